"""The downloadable checker (download/mailru-check.pyz from the built site): explain, settings,
profile, --help, languages and exit codes, run as a reader runs it."""

from __future__ import annotations

import plistlib
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from mailru import service


@pytest.fixture(scope="module")
def checker(built_site):
    path = built_site / "download" / "mailru-check.pyz"
    assert path.exists()

    def run(*args, stdin=None, lang_env="C.UTF-8"):
        env = {"PATH": "/usr/bin:/bin", "LANG": lang_env}
        return subprocess.run([sys.executable, str(path), *args], input=stdin, capture_output=True, text=True, env=env, timeout=60)

    run.pyz = path
    return run


def test_help_documents_every_command_and_the_exit_codes(checker):
    result = checker("--help")
    assert result.returncode == 0
    for word in ("check", "explain", "settings", "profile", "Exit codes"):
        assert word in result.stdout


def test_explain_prints_ids_best_first_then_a_line_with_the_link(checker):
    result = checker("explain", "Invalid login: 535 5.7.0 NEOBHODIM parol prilozheniya / Application password is REQUIRED", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "app-password-required"
    assert lines[-1].startswith("App password required:")
    assert lines[-1].endswith("/en/errors/#app-password-required")
    assert all(line in service.ERROR_IDS for line in lines[:-1])


def test_explain_speaks_czech_from_the_environment(checker):
    result = checker("explain", "[SSL: WRONG_VERSION_NUMBER] wrong version number", lang_env="cs_CZ.UTF-8")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == "wrong-security"
    assert "Zabezpečení neodpovídá portu" in result.stdout and "/errors/#wrong-security" in result.stdout
    assert "/en/" not in result.stdout


def test_explain_reads_a_megabyte_from_stdin_and_says_when_it_does_not_know(checker):
    big = "nothing to see here " * 55000
    result = checker("explain", "-", stdin=big, lang_env="en_GB.UTF-8")
    assert result.returncode == 1 and "not recognised" in result.stdout and "Traceback" not in result.stderr
    result = checker("explain", "-", stdin=big + "\n550 user not found\n")
    assert result.returncode == 0 and result.stdout.splitlines()[0] == "user-not-found"


def test_explain_of_an_empty_text_is_a_clear_message(checker):
    result = checker("explain", "  ", "--lang", "cs")
    assert result.returncode == 1 and "Vložte text chyby" in result.stderr


def test_settings_right_and_wrong(checker):
    smtp = service.recommended(service.SMTP)
    ok = checker("settings", "--protocol", "smtp", "--host", smtp.host, "--port", str(smtp.port), "--security", "ssl", "--lang", "en")
    assert ok.returncode == 0 and ok.stdout.splitlines()[-1] == "These settings are right."
    alt = service.alternative(service.SMTP)
    bad = checker("settings", "--protocol", "smtp", "--host", smtp.host, "--port", str(alt.port), "--security", "ssl", "--lang", "cs")
    assert bad.returncode == 1
    assert f"✗ Zabezpečení: K\u00a0tomuto portu patří {alt.security_label}, ne SSL/TLS." in bad.stdout


@pytest.mark.parametrize("fmt", ["autoconfig", "mobileconfig"])
def test_profile_prints_a_file_that_parses(checker, fmt):
    result = checker("profile", "jana.novakova@list.ru", "--format", fmt)
    assert result.returncode == 0, result.stderr
    if fmt == "autoconfig":
        assert ET.fromstring(result.stdout).find("emailProvider/incomingServer/hostname").text == service.recommended(service.IMAP).host
    else:
        assert plistlib.loads(result.stdout.encode())["PayloadContent"][0]["EmailAddress"] == "jana.novakova@list.ru"


def test_profile_refuses_another_provider_clearly(checker):
    result = checker("profile", "jana@gmail.com", "--format", "autoconfig", "--lang", "en")
    assert result.returncode == 1 and result.stdout == ""
    assert "jana@gmail.com is not a Mail.ru address" in result.stderr


def test_lang_may_come_before_the_address(checker):
    result = checker("--lang", "en", "jana@gmail.com")
    assert result.returncode == 1 and "not a Mail.ru address" in result.stderr


def test_explain_reads_any_bytes_from_stdin(checker):
    result = subprocess.run([sys.executable, str(checker.pyz), "explain", "-", "--lang", "en"], input="Ошибка: user not found".encode("cp1251"),
                            capture_output=True, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, timeout=60)
    assert result.returncode == 0 and result.stdout.decode().splitlines()[0] == "user-not-found"


def test_wrong_usage_exits_2(checker):
    assert checker("settings", "--protocol", "imap").returncode == 2
    assert checker("profile", "a@mail.ru", "--format", "exe").returncode == 2
