"""The downloadable account checker and the copyable snippets, unchanged, against real servers
on loopback behind the real host names (tests/mailservers.py): each case asserts the catalogue
id, the exit code, that nothing crashed, and that the password never appears in the output."""

from __future__ import annotations

import re

import pytest
from mailru import service
from mailservers import BLOCKED_SENDER, RECIPIENT_REJECTIONS

from conftest import ROOT

LABELS = {p: service.PROTOCOL_LABELS[p] for p in (service.IMAP, service.POP3, service.SMTP)}


@pytest.fixture(scope="module")
def checker(built_site, mail_servers):
    pyz = built_site / "download" / "mailru-check.pyz"

    def run(address, password, *args, env=None, lang="en"):
        result = mail_servers.run([str(pyz), address, "--lang", lang, *args], env=env, input=password + "\n", timeout=60)
        output = result.stdout + result.stderr
        assert "Traceback" not in output, output
        secret = password or (env or {}).get("MAILRU_APP_PASSWORD")
        assert secret and secret not in output, "the password was printed"
        lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.split()}
        return result, lines

    return run


def outcome(line: str) -> str:
    """'OK', or the catalogue id a failed line names."""
    if line.split()[1] == "OK":
        return "OK"
    found = re.search(r": ([a-z0-9-]+) – ", line)
    assert found, line
    return found.group(1)


def test_all_three_sign_in_and_the_test_message_comes_back(checker, mail_servers):
    before = len([s for s in mail_servers.inbox_subjects(mail_servers.address) if s.startswith("Mail.ru account check")])
    result, lines = checker(mail_servers.address, mail_servers.app_password, "--send-test")
    assert result.returncode == 0, result.stdout
    for protocol, label in LABELS.items():
        server = service.recommended(protocol)
        assert outcome(lines[label]) == "OK"
        assert f"{server.host}:{server.port}" in lines[label] and "TLSv1." in lines[label]
    after = [s for s in mail_servers.inbox_subjects(mail_servers.address) if s.startswith("Mail.ru account check")]
    assert len(after) == before + 1


def test_the_password_may_come_from_the_environment(checker, mail_servers):
    env = dict(mail_servers.env(), MAILRU_APP_PASSWORD=mail_servers.app_password)
    result, lines = checker(mail_servers.address, "", env=env)
    assert result.returncode == 0 and all(outcome(lines[label]) == "OK" for label in LABELS.values())


def test_czech_output(checker, mail_servers):
    result, lines = checker(mail_servers.address, "wrong-" + mail_servers.app_password, lang="cs")
    assert result.returncode == 1
    assert "CHYBA" in lines["IMAP"] and "Přihlášení selhalo" in lines["IMAP"] and "/errors/#authentication-failed" in lines["IMAP"]


def test_a_password_with_czech_letters_is_refused_not_crashed(checker, mail_servers):
    result, lines = checker(mail_servers.address, "heslo-žluťoučký")
    assert result.returncode == 1
    assert all(outcome(lines[label]) == "authentication-failed" for label in LABELS.values()), lines


@pytest.mark.parametrize("who, expected", [("wrong-password", "authentication-failed"), ("app-password-user", "app-password-required")])
def test_refused_sign_in_names_the_entry_on_every_protocol(checker, mail_servers, who, expected):
    if who == "wrong-password":
        address, password = mail_servers.address, "not-the-" + mail_servers.app_password
    else:
        address, password = mail_servers.app_password_user, "my-old-main-password"
    result, lines = checker(address, password)
    assert result.returncode == 1
    for label in LABELS.values():
        assert outcome(lines[label]) == expected, lines[label]
        assert f"/en/errors/#{expected}" in lines[label]


@pytest.mark.parametrize(
    "protocol, scenario, expected",
    [
        ("imap", "wrong-host-cert", "tls-certificate"),
        ("smtp", "wrong-host-cert", "tls-certificate"),
        ("pop3", "untrusted-ca", "tls-certificate"),
        ("smtp", "untrusted-ca", "tls-certificate"),
        ("imap", "plain", "wrong-security"),
        ("pop3", "plain", "wrong-security"),
        ("smtp", "plain", "wrong-security"),
        ("pop3", "closed", "connection-failed"),
        ("imap", "closed", "connection-failed"),
        ("smtp", "silent", "connection-failed"),
        ("imap", "silent", "connection-failed"),
    ],
)
def test_connection_problems_name_their_entry(checker, mail_servers, protocol, scenario, expected):
    result, lines = checker(mail_servers.address, mail_servers.app_password, "--timeout", "2",
                            env=mail_servers.env(**{protocol: scenario}))
    assert result.returncode == 1
    assert outcome(lines[LABELS[protocol]]) == expected, lines[LABELS[protocol]]
    for other, label in LABELS.items():
        if other != protocol:
            assert outcome(lines[label]) == "OK", lines[label]


SMTP_REFUSALS = {
    "spam": "spam-rejected",
    "dmarc": "spam-rejected",
    "nobody-here": "user-not-found",
    "full": "mailbox-full",
    "dynamic": "dynamic-ip-rejected",
}


@pytest.mark.parametrize("local, expected", list(SMTP_REFUSALS.items()) + [(BLOCKED_SENDER.split("@")[0], "sending-disabled")])
def test_smtp_refusals_name_their_entry(checker, mail_servers, local, expected):
    assert local in RECIPIENT_REJECTIONS or f"{local}@mail.ru" == BLOCKED_SENDER
    address = f"{local}@mail.ru"
    result, lines = checker(address, mail_servers.users[address], "--send-test")
    assert result.returncode == 1
    assert outcome(lines["IMAP"]) == outcome(lines["POP3"]) == "OK"
    assert outcome(lines["SMTP"]) == expected, lines["SMTP"]


def test_an_address_of_another_provider_is_refused_before_asking_for_a_password(checker, mail_servers):
    result, _ = checker("jana@gmail.com", "unused")
    assert result.returncode == 1 and "not a Mail.ru address" in result.stderr


# The copyable snippets, run as a reader runs them.

def snippet(name):
    return str(ROOT / "snippets" / name)


def test_imap_snippet_reads_the_inbox(mail_servers):
    subject = "Snippet IMAP check"
    mail_servers.deliver(mail_servers.address, f"From: petr@inbox.ru\r\nTo: {mail_servers.address}\r\nSubject: {subject}\r\n\r\nAhoj\r\n")
    env = dict(mail_servers.env(), MAILRU_APP_PASSWORD=mail_servers.app_password)
    result = mail_servers.run([snippet("imap_read.py"), mail_servers.address], env=env)
    assert result.returncode == 0, result.stderr
    assert subject in result.stdout and mail_servers.app_password not in result.stdout + result.stderr


def test_pop3_snippet_lists_messages_without_deleting_them(mail_servers):
    env = dict(mail_servers.env(), MAILRU_APP_PASSWORD=mail_servers.app_password)
    before = len(mail_servers.inbox_subjects(mail_servers.address))
    result = mail_servers.run([snippet("pop3_read.py"), mail_servers.address], env=env)
    assert result.returncode == 0, result.stderr
    assert re.match(r"\d+ messages, \d+ bytes", result.stdout)
    assert len(mail_servers.inbox_subjects(mail_servers.address)) == before


def test_smtp_snippet_sends_a_message_that_arrives(mail_servers):
    env = dict(mail_servers.env(), MAILRU_APP_PASSWORD=mail_servers.app_password)
    before = mail_servers.inbox_subjects(mail_servers.address).count("Hello from Python")
    result = mail_servers.run([snippet("smtp_send.py"), mail_servers.address, mail_servers.address], env=env)
    assert result.returncode == 0, result.stderr
    assert mail_servers.inbox_subjects(mail_servers.address).count("Hello from Python") == before + 1


@pytest.mark.parametrize("name, protocol", [("imap_read.py", "imap"), ("pop3_read.py", "pop3"), ("smtp_send.py", "smtp")])
def test_snippets_keep_certificate_verification_on(mail_servers, name, protocol):
    env = dict(mail_servers.env(**{protocol: "untrusted-ca"}), MAILRU_APP_PASSWORD=mail_servers.app_password)
    result = mail_servers.run([snippet(name), mail_servers.address, mail_servers.address], env=env)
    assert result.returncode != 0
    assert "CERTIFICATE_VERIFY_FAILED" in result.stderr
    assert mail_servers.app_password not in result.stdout + result.stderr
