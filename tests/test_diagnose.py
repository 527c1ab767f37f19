"""explain / the error decoder: every text from facts.md, wrapped as programs wrap it, and the
seed's descriptions, Python's and OpenSSL's own errors, map to the right catalogue entry."""

from __future__ import annotations

import pytest
from mailru import service
from mailru.diagnose import diagnose

# (entry id, text) for every verbatim text in ../shared/facts.md (kept in the source of truth).
FACT_TEXTS = [(entry.id, text) for entry in service.ERRORS for text in entry.server_texts]

WRAPPERS = {
    "nodemailer": "Invalid login: {}",
    "outlook": "The server responded: {}",
    "thunderbird": "Sending of the message failed.\nThe message could not be sent because the connection to Outgoing server (SMTP) smtp.mail.ru was lost.\n{}",
    "python-smtp-repr": "smtplib.SMTPAuthenticationError: (535, b'{}')",
    "python-imap-repr": "imaplib.IMAP4.error: b'{}'",
    "quoted-lower": "„{}“",
    "upper": "{}",
}


def wrap(style: str, text: str) -> str:
    wrapped = WRAPPERS[style].format(text)
    if style == "quoted-lower":
        return wrapped.lower()
    if style == "upper":
        return wrapped.upper()
    return wrapped


def test_facts_give_nine_texts_across_five_entries():
    assert len(FACT_TEXTS) == 9
    assert {entry for entry, _ in FACT_TEXTS} == {"app-password-required", "authentication-failed", "user-not-found",
                                                    "dynamic-ip-rejected", "spam-rejected"}


@pytest.mark.parametrize("style", WRAPPERS)
@pytest.mark.parametrize("entry, text", FACT_TEXTS, ids=[f"{e}-{i}" for i, (e, _) in enumerate(FACT_TEXTS)])
def test_every_fact_text_in_every_wrapping_finds_its_entry_first(entry, text, style):
    found = diagnose(wrap(style, text))
    assert found, "not recognised"
    assert found[0].id == entry, [m.id for m in found]


SEED_AND_LIBRARY = [
    # the original article's descriptions, in Czech and English
    ("sending-disabled", "550 chyba Odesílání zpráv pro tento účet je zakázáno"),
    ("sending-disabled", "550 Sending messages for this account is disabled"),
    ("mailbox-full", "Chyba poštovní schránky – schránka je plná"),
    ("mailbox-full", "552 5.2.2 Mailbox full"),
    ("user-not-found", "Chyba Uživatel nebyl nalezen"),
    ("pop3-maildrop-limit", "-ERR no such message, only 1000 messages in maildrop"),
    ("pop3-maildrop-limit", "Neexistuje žádná taková zpráva, pouze 1000 zpráv v maildrop"),
    ("dynamic-ip-rejected", "Nepřijímáme poštu z dynamické IP adresy"),
    ("spam-rejected", "550 Zpráva spamu odmítnuta"),
    ("account-disabled", "Přístup k tomuto účtu je deaktivován"),
    ("account-disabled", "Access to this account is disabled"),
    ("app-password-required", "Je vyžadováno heslo aplikace"),
    ("authentication-failed", "Přihlášení se nezdařilo, ověření selhalo"),
    # Python and OpenSSL
    ("tls-certificate", "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'imap.mail.ru'. (_ssl.c:1006)"),
    ("tls-certificate", "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)"),
    ("tls-certificate", "certificate verify failed: self-signed certificate in certificate chain"),
    ("wrong-security", "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"),
    ("wrong-security", "[SSL: RECORD_LAYER_FAILURE] record layer failure (_ssl.c:1006)"),
    ("wrong-security", "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server."),
    ("connection-failed", "ConnectionRefusedError: [Errno 111] Connection refused"),
    ("connection-failed", "TimeoutError: timed out"),
    ("connection-failed", "socket.gaierror: [Errno -2] Name or service not known"),
    ("connection-failed", "[WinError 10060] A connection attempt failed"),
    # what mail programs themselves say (iOS, the Gmail app, Thunderbird, Outlook; English and Czech)
    ("authentication-failed", "The user name or password for “imap.mail.ru” is incorrect."),
    ("authentication-failed", "Username or password is incorrect."),
    ("authentication-failed", "Login to server imap.mail.ru with username jana.novakova@mail.ru failed."),
    ("authentication-failed", "Přihlášení k serveru imap.mail.ru s uživatelským jménem jana.novakova@mail.ru selhalo."),
    ("authentication-failed", "Uživatelské jméno nebo heslo pro imap.mail.ru je nesprávné."),
    ("connection-failed", "The connection to the server failed."),
    ("connection-failed", "Failed to connect to server imap.mail.ru."),
    ("connection-failed", "imaplib.IMAP4.abort: socket error: EOF"),
    ("wrong-security", "An error occurred during a connection to smtp.mail.ru:465. (Error code: ssl_error_rx_record_too_long)"),
    ("wrong-security", "The server does not support the specified connection encryption type."),
]


@pytest.mark.parametrize("entry, text", SEED_AND_LIBRARY)
def test_seed_descriptions_and_library_errors_find_their_entry_first(entry, text):
    found = diagnose(text)
    assert found and found[0].id == entry, [m.id for m in found]


@pytest.mark.parametrize("text", ["", "   ", "Hello, how are you?", "<script>alert(1)</script>", "Outlook 2016 on Windows 11"])
def test_unrelated_text_is_not_recognised(text):
    assert diagnose(text) == []


def test_a_megabyte_of_repeated_words_stays_fast():
    import time

    for text in ("odesílání " * 100_000, "Odesílání zprávy selhalo.\n" * 40_000, "přístup k účtu " * 70_000):
        start = time.perf_counter()
        diagnose(text)
        assert time.perf_counter() - start < 3, "a pattern backtracks on long input"


def test_a_megabyte_paste_is_handled():
    text = "Lorem ipsum dolor sit amet, řeřicha. " * 28000 + "\n535 5.7.0 NEOBHODIM parol prilozheniya\n"
    assert len(text) > 1_000_000
    assert diagnose(text)[0].id == "app-password-required"
