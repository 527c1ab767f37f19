"""The downloadable checker (download/mailru-check.pyz from the built site): explain, settings,
profile, --help, languages (cs, en, ru) and exit codes, run as a reader runs it."""

from __future__ import annotations

import plistlib
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from mailru import messages, service


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
    assert lines[-1].startswith("App password required. ")
    assert lines[-1].endswith("/en/errors/#app-password-required")
    ids = [line for line in lines if line in service.ERROR_IDS]
    assert lines[: len(ids)] == ids
    # then the pasted text's own words that led to the answer
    assert lines[len(ids)].startswith("Recognised by the words:") and "“NEOBHODIM parol prilozheniya”" in lines[len(ids)]


def test_explain_without_a_text_reads_standard_input_and_names_both_causes(checker):
    result = checker("explain", "--lang", "cs", stdin="Ошибка входа на сервер «imap.mail.ru» с именем пользователя «jana.novakova@mail.ru».")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["app-password-required", "authentication-failed"]  # the likelier cause first
    assert lines[2] == "Rozpoznáno podle slov: „Ошибка входа“"
    assert "obě možnosti" in lines[3]


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


def test_the_checker_carries_the_stemmers_it_uses_and_needs_no_installed_package(checker):
    """The decoder's Snowball stemmers (Czech, English, Russian) travel inside the archive with their
    licence, and nothing else of the package: without site-packages (-S) the archive alone answers."""
    import zipfile

    names = sorted(n for n in zipfile.ZipFile(checker.pyz).namelist() if n.startswith("snowballstemmer/"))
    assert names == [f"snowballstemmer/{n}" for n in ("COPYING", "__init__.py", "among.py", "basestemmer.py", "czech_stemmer.py",
                                                      "english_stemmer.py", "russian_stemmer.py")]
    result = subprocess.run([sys.executable, "-I", "-S", str(checker.pyz), "explain", "Spojením se serverem se nepodařilo navázat.", "--lang", "cs"],
                            capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, timeout=60)
    assert result.returncode == 0 and result.stdout.splitlines()[0] == "connection-failed", (result.stdout, result.stderr)


def test_explain_of_an_unknown_text_asks_the_questions_that_lead_to_an_entry(checker):
    result = checker("explain", "Something odd happened", "--lang", "en")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "not recognised" in lines[0] and lines[0].endswith("/en/errors/")
    assert "When did the error appear?" in lines
    def answer(lang, words, ids):  # each entry by its title in the reader's language, then its anchor
        return f"  {words}: " + "; ".join(f"{messages.catalogue_entry(lang, i)[0]} (#{i})" for i in ids)

    assert answer("en", "on connecting to the server", ["connection-failed", "wrong-security", "tls-certificate"]) in lines
    assert answer("en", "a certificate", ["tls-certificate"]) in lines
    assert answer("en", "yes, the password", ["app-password-required", "authentication-failed"]) in lines
    czech = checker("explain", "Něco divného", "--lang", "cs").stdout.splitlines()
    signin = answer("cs", "při přihlašování", ["app-password-required", "authentication-failed", "account-disabled"])
    assert "Kdy se chyba objevila?" in czech and signin in czech
    assert "Přihlášení selhalo (#authentication-failed)" in signin  # a Czech reader reads Czech titles, not only anchors


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


# An environment a reader can have never ends in "unexpected error".

SETTINGS_OK = ["settings", "--protocol", "imap", "--host", "imap.mail.ru", "--port", "993", "--security", "ssl"]


@pytest.mark.parametrize("encoding", ["cp1250", "cp852", "ascii", "latin-1"])
@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_a_console_that_is_not_utf8_gets_readable_output(checker, encoding, lang):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": encoding}
    result = subprocess.run([sys.executable, str(checker.pyz), *SETTINGS_OK, "--username", "jana novakova@mail.ru", "--lang", lang],
                            capture_output=True, env=env, timeout=60)
    assert result.returncode == 1, result.stderr
    text = result.stdout.decode(encoding)
    assert "unexpected" not in text + result.stderr.decode(encoding, "replace")
    lines = text.splitlines()
    assert len(lines) == 6 and lines[1].startswith(("✓", "OK")) and lines[4].startswith(("✗", "X"))
    assert "imap.mail.ru" in lines[1] and "jana novakova@mail.ru" in lines[4]
    if lang == "cs" and encoding in ("cp1250", "cp852"):
        assert "Uživatelské jméno" in lines[4]  # Czech letters survive on Czech consoles
    if encoding == "ascii":
        # accents dropped and Cyrillic transliterated, not "?"
        assert {"cs": "Uzivatelske jmeno", "en": "User name", "ru": "Imya polzovatelya"}[lang] in lines[4]


def test_a_plain_c_locale_without_utf8_mode(checker):
    result = subprocess.run([sys.executable, "-X", "utf8=0", str(checker.pyz), *SETTINGS_OK, "--lang", "cs"],
                            capture_output=True, env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"}, timeout=60)
    assert result.returncode == 0 and result.stdout.decode("ascii").splitlines()[-1] == "Nastaveni je v poradku."


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "1e10", "1e300", "abc", ""])
def test_an_odd_timeout_is_a_usage_error(checker, value):
    result = checker("jana@mail.ru", "--timeout", value, "--lang", "en")
    assert result.returncode == 2 and "not a valid number of seconds" in result.stderr and "unexpected" not in result.stderr


def test_output_closed_early_ends_quietly(checker):
    """As with `| head`: the reader of the output is gone before the checker writes."""
    for args in (["explain", "550 spam message rejected, mailbox full, user not found"], ["profile", "jana@mail.ru", "--format", "mobileconfig"],
                 ["--help"], SETTINGS_OK):
        run = subprocess.Popen([sys.executable, str(checker.pyz), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        run.stdout.close()
        assert run.stderr.read() == b""
        assert run.wait(60) == 141


@pytest.mark.parametrize("args", [["explain", "550 user not found"], ["profile", "jana@mail.ru", "--format", "autoconfig"],
                                  SETTINGS_OK, ["--help"], ["explain", "--no-such-option"]])
def test_a_closed_output_is_said_not_reported_as_a_bug(checker, args):
    """Started with its standard output closed (`>&-`, some service managers and cron wrappers)."""
    import os

    result = subprocess.run([sys.executable, str(checker.pyz), *args, "--lang", "en"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, preexec_fn=lambda: os.close(1))
    assert result.returncode == 4, result.stderr
    assert result.stderr == "The output could not be written: Bad file descriptor.\n"


@pytest.mark.parametrize("args", [["profile", "jana@gmail.com", "--format", "autoconfig"], ["jana@gmail.com"],
                                  ["explain", "--no-such-option"]])
def test_a_closed_error_stream_puts_nothing_into_the_output(checker, args):
    """Started with its standard error closed (`2>&-`): a refusal must not land in the output, say a
    profile redirected into a file; the exit code still tells."""
    import os

    result = subprocess.run([sys.executable, str(checker.pyz), *args, "--lang", "en"], capture_output=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, preexec_fn=lambda: os.close(2))
    assert result.returncode in (1, 2) and result.stdout == b""


def test_a_huge_log_on_standard_input_is_read_in_little_memory(checker):
    """explain reads only the start and the end of a long text (what the decoder reads), so a log of
    hundreds of megabytes never has to fit in memory; the error at its end is still found."""
    import threading

    peak = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
            "print('peak-kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)")
    run = subprocess.Popen([sys.executable, "-c", peak, sys.executable, str(checker.pyz), "explain", "--lang", "en"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    line = b"Dec  5 03:40:01 host postfix/smtp[4711]: connect to mx.example: nothing to see here\n"

    def feed():
        for _ in range(200 * 2**20 // (len(line) * 1000)):  # 200 MB
            run.stdin.write(line * 1000)
        run.stdin.write(b"550 5.1.1 user not found\n")
        run.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    out, err = run.stdout.read(), run.stderr.read()  # both are a few lines
    writer.join()
    run.wait(60)
    peak_mb = int(err.rsplit(b"peak-kb", 1)[1]) / 1024
    assert run.returncode == 0 and out.decode().splitlines()[0] == "user-not-found", err
    assert b"only its start and its end were read" in err
    assert peak_mb < 100, f"explain grew to {peak_mb:.0f} MB for a 200 MB log"


@pytest.mark.parametrize("length", [0, 5, 19, 20, 21, 40, 1000])
@pytest.mark.parametrize("chunk", [1, 3, 7, 1 << 20])
def test_the_text_read_from_standard_input_is_what_the_decoder_reads_of_the_whole(monkeypatch, length, chunk):
    """read_text keeps only the start and the end of a long text: the decoder must read exactly the
    same pieces of it as of the whole text (checked with a small MAX_TEXT, multi-byte letters cut
    across reads)."""
    import io

    from mailru import cli, diagnose

    monkeypatch.setattr(diagnose, "MAX_TEXT", 20)
    monkeypatch.setattr(cli, "MAX_TEXT", 20)
    whole = "".join("aéб€😀\n"[i % 6] for i in range(length))
    stream = io.BytesIO(whole.encode())
    stream.read = (lambda read: lambda size=-1: read(min(size, chunk)))(stream.read)
    kept = cli.read_text(stream)
    assert [part for _, part in diagnose.pieces(kept)] == [part for _, part in diagnose.pieces(whole)]
    assert (len(kept) > 20) == (len(whole) > 20)  # said to be cut exactly when it is


def test_a_full_disk_is_said_as_such(checker):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, str(checker.pyz), "profile", "jana@mail.ru", "--format", "autoconfig", "--lang", "en"],
                                stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 4 and "could not be written" in result.stderr and "No space left" in result.stderr


def _pty_run(pyz, args, steps):
    """Runs the checker on a terminal; steps: (text to wait for, bytes to send or a signal). Each step acts only once
    the checker waits on the terminal with its Ctrl+C handler in place (Linux's /proc tells): getpass flushes what was
    typed before it turned the echo off, and a Ctrl+C during start-up is not the checker's to answer, so acting at a
    fixed time would fail on a slow machine. Every wait has a deadline: a hang fails the test instead of blocking it."""
    import os
    import pty
    import re
    import select
    import signal
    import time
    from pathlib import Path

    pid, fd = pty.fork()
    if pid == 0:  # Ctrl+C as a terminal sends it, even where the tests run with it ignored (a background job)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execve(sys.executable, [sys.executable, str(pyz), *args], {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    seen, exit_code = b"", None

    def waiting_on_terminal():
        status = Path(f"/proc/{pid}/status").read_text()
        caught = int(re.search(r"SigCgt:\s*([0-9a-f]+)", status).group(1), 16)
        return caught >> (signal.SIGINT - 1) & 1 and Path(f"/proc/{pid}/wchan").read_text() == "wait_woken"

    def pump(done, what):
        """Reads what the checker writes until done() holds: 30 s at most, else the checker is killed."""
        nonlocal seen, exit_code
        deadline = time.monotonic() + 30
        while not done():
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                raise AssertionError(f"{what}: {seen!r}")
            if select.select([fd], [], [], 0.05)[0]:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the terminal is closed: the checker is exiting
                    chunk = b""
                if chunk:
                    seen += chunk
                    continue
            if exit_code is None:
                finished, status = os.waitpid(pid, os.WNOHANG)
                if finished:
                    exit_code = os.waitstatus_to_exitcode(status)

    for wait_for, action in steps:
        pump(lambda: wait_for.encode() in seen, f"no {wait_for!r} on the terminal")
        pump(waiting_on_terminal, "the checker does not wait on the terminal")
        if isinstance(action, bytes):
            os.write(fd, action)
        else:
            os.kill(pid, action)
    pump(lambda: exit_code is not None, "the checker did not finish")
    os.close(fd)
    return exit_code, seen.decode("utf-8", "replace")


def test_ctrl_d_at_the_password_prompt(checker):
    code, output = _pty_run(checker.pyz, ["jana.novakova@mail.ru", "--lang", "en"], [("App password", b"\x04")])
    assert code == 1 and "No password was entered." in output and "unexpected" not in output


def test_ctrl_c_at_the_password_prompt_and_while_reading_an_error_text(checker):
    import signal

    code, output = _pty_run(checker.pyz, ["jana.novakova@mail.ru", "--lang", "en"], [("App password", b"secret"), ("", signal.SIGINT)])
    assert code == 130 and "Traceback" not in output and "secret" not in output
    code, output = _pty_run(checker.pyz, ["explain", "-"], [("", b"some text"), ("some text", signal.SIGINT)])
    assert code == 130 and "Traceback" not in output


def test_usage_mistakes_get_clear_words(checker):
    result = checker("--timeout", "5", "jana@gmail.com", "--lang", "en")
    assert result.returncode == 1 and "jana@gmail.com is not a Mail.ru address" in result.stderr
    result = checker("--lang", "en", "--", "-x@gmail.com")
    assert result.returncode == 1 and "-x@gmail.com is not a Mail.ru address" in result.stderr
    assert "invalid choice" not in result.stderr


def test_czech_help_and_usage_errors(checker):
    result = checker("--help", "--lang", "cs")
    result.stdout = result.stdout.replace("\u00a0", " ")
    assert result.returncode == 0
    for words in ("použití:", "volby:", "zobrazí tuto nápovědu", "Návratové kódy", "přihlásí se přes IMAP, POP3 a SMTP"):
        assert words in result.stdout, words
    for english in ("usage:", "options:", "show this help", "Exit codes"):
        assert english not in result.stdout
    result = checker("settings", "--protocol", "imap", "--lang", "cs")
    assert result.returncode == 2 and "chybí povinné argumenty: --host, --port, --security" in result.stderr
    result = checker("profile", "a@mail.ru", "--format", "exe", lang_env="cs_CZ.UTF-8")
    assert result.returncode == 2 and "neplatná volba" in result.stderr


@pytest.mark.parametrize("username", ["jana novakova@mail.ru", "<jana@mail.ru", '"jana"@mail.ru', "mailto:jana@mail.ru"])
def test_a_user_name_that_is_not_an_address_is_wrong(checker, username):
    result = checker(*SETTINGS_OK, "--username", username, "--lang", "en")
    assert result.returncode == 1
    assert result.stdout.splitlines()[4].startswith("✗ User name:") and "not a valid email address" in result.stdout


def test_the_readers_own_escape_sequences_are_shown_escaped(checker):
    evil = "\x1b]0;pwned\x07\x1b[2Jx"
    for args in (["settings", "--protocol", "imap", "--host", evil, "--port", "993", "--security", "ssl"],
                 ["profile", f"\x1b[31mred\x1b[0m@gmail.com", "--format", "autoconfig"],
                 ["explain", f"535 authentication failed {evil}"],
                 ["explain", "x", evil],  # argparse: "unrecognized arguments: …"
                 ["settings", "--protocol", "imap", "--host", "h", "--port", "1", "--security", "ssl", evil]):
        result = checker(*args, "--lang", "en")
        assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout + result.stderr, args
        assert args[0] == "explain" or "\\x1b" in result.stdout + result.stderr, args  # echoed, as an escape


# Russian: --lang ru and a Russian locale choose it; --help, usage errors and answers speak it.

def test_russian_from_the_environment_and_from_lang(checker):
    from_env = checker("explain", "535 5.7.0 NEOBHODIM parol prilozheniya", lang_env="ru_RU.UTF-8")
    from_option = checker("explain", "535 5.7.0 NEOBHODIM parol prilozheniya", "--lang", "ru")
    assert from_env.returncode == from_option.returncode == 0 and from_env.stdout == from_option.stdout
    lines = from_env.stdout.splitlines()
    assert lines[0] == "app-password-required"
    assert "Распознано по\u00a0словам: «NEOBHODIM parol prilozheniya»" in from_env.stdout
    assert lines[-1].startswith("Нужен пароль приложения. ") and lines[-1].endswith("/ru/errors/#app-password-required")
    assert checker("explain", "550 user not found", "--lang", "ru", lang_env="cs_CZ.UTF-8").stdout.endswith("/ru/errors/#user-not-found\n")


def test_russian_help_and_usage_errors(checker):
    result = checker("--help", lang_env="ru_RU.UTF-8")
    assert result.returncode == 0
    for words in ("использование: mailru-check", "позиционные аргументы", "параметры:", "Коды возврата",
                  "показывает эту справку", "{cs,en,ru}"):
        assert words in result.stdout.replace("\u00a0", " "), words
    wrong = checker("settings", "--protocol", "imap", "--lang", "ru")
    assert wrong.returncode == 2 and "ошибка: не хватает обязательных аргументов: --host" in wrong.stderr.replace("\u00a0", " ")
    bad_lang = checker("explain", "x", "--lang", "de")
    assert bad_lang.returncode == 2 and "'ru'" in bad_lang.stderr


def test_russian_settings_and_profile_answers(checker):
    smtp, alt = service.recommended(service.SMTP), service.alternative(service.SMTP)
    bad = checker("settings", "--protocol", "smtp", "--host", smtp.host, "--port", str(alt.port), "--security", "ssl", "--lang", "ru")
    assert bad.returncode == 1
    assert f"✗ Защита: Этому порту соответствует {alt.security_label}, а\u00a0не\u00a0SSL/TLS." in bad.stdout
    refused = checker("profile", "petr@vk.com", "--format", "autoconfig", "--lang", "ru")
    assert refused.returncode == 1 and "vk.com" in refused.stderr and "VK" in refused.stderr
    result = checker("profile", "jana.novakova@list.ru", "--format", "mobileconfig", "--lang", "ru")
    assert plistlib.loads(result.stdout.encode())["PayloadDisplayName"] == "Настройки почты Mail.ru (jana.novakova@list.ru)"


def test_russian_on_a_console_without_cyrillic_is_written_in_latin_letters(checker):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([sys.executable, str(checker.pyz), *SETTINGS_OK, "--username", "jana", "--lang", "ru"],
                            capture_output=True, env=env, timeout=60)
    text = result.stdout.decode("ascii")
    assert result.returncode == 1 and "?" not in text
    assert "Imya polzovatelya: Vvedite polnyy adres vmeste s domenom" in text.replace("\u00a0", " ")
    cp1251 = subprocess.run([sys.executable, str(checker.pyz), *SETTINGS_OK, "--lang", "ru"],
                            capture_output=True, env=dict(env, PYTHONIOENCODING="cp1251"), timeout=60)
    assert "Настройки верны." in cp1251.stdout.decode("cp1251")  # a Russian Windows console keeps its letters
