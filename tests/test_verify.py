"""settings / the settings checker: right settings pass, and each wrong field says what to change."""

from __future__ import annotations

import pytest
from mailru import service
from mailru.messages import LANGUAGES, message
from mailru.verify import FIELDS, check_settings, settings_ok


@pytest.mark.parametrize("server", service.SERVERS, ids=lambda s: s.key)
def test_every_server_of_the_source_passes(server):
    findings = check_settings(server.protocol, server.host, server.port, server.security_label, "jana.novakova@mail.ru")
    assert settings_ok(findings), findings
    assert [f.field for f in findings] == list(FIELDS)
    port = next(f for f in findings if f.field == "port")
    assert port.code == ("port-ok" if server.recommended else "port-fallback" if server.fallback else "port-alternative")


@pytest.mark.parametrize(
    "given, field, code, expected",
    [
        (("imap", "imap.inbox.ru", 993, "ssl"), "host", "host-wrong", "imap.mail.ru"),
        (("smtp", "imap.mail.ru", 465, "ssl"), "host", "host-other-protocol", "smtp.mail.ru"),
        (("imap", "", 993, "ssl"), "host", "host-empty", "imap.mail.ru"),
        (("imap", "imap.mail.ru", 995, "ssl"), "port", "port-wrong", "993"),
        (("smtp", "smtp.mail.ru", 25, "ssl"), "port", "port-wrong", "465"),
        (("smtp", "smtp.mail.ru", 2525, "ssl"), "security", "security-wrong-for-port", "STARTTLS"),
        (("imap", "imap.mail.ru", 2525, "starttls"), "port", "port-wrong", "993"),
        (("smtp", "smtp.mail.ru", "abc", "ssl"), "port", "port-not-a-number", "465"),
        (("smtp", "smtp.mail.ru", "", "ssl"), "port", "port-empty", "465"),
        (("smtp", "smtp.mail.ru", "²", "ssl"), "port", "port-not-a-number", "465"),
        (("smtp", "smtp.mail.ru", 587, "TLS"), "security", "security-ambiguous", "STARTTLS"),
        (("smtp", "smtp.mail.ru", 465, "tls"), "security", "security-ambiguous", "SSL/TLS"),
        (("smtp", "smtp.mail.ru", 587, "SSL/TLS"), "security", "security-wrong-for-port", "STARTTLS"),
        (("imap", "imap.mail.ru", 993, "STARTTLS"), "security", "security-wrong-for-port", "SSL/TLS"),
        (("pop3", "pop.mail.ru", 995, "none"), "security", "security-none", "SSL/TLS"),
        (("pop3", "pop.mail.ru", 995, "quantum"), "security", "security-unknown", "SSL/TLS"),
        (("imap", "imap.mail.ru", 993, "ssl", "jana"), "username", "username-not-full-address", "jana@mail.ru"),
        (("imap", "imap.mail.ru", 993, "ssl", "jana@gmail.com"), "username", "username-not-mailru", ", ".join(service.DOMAINS)),
        (("gopher", "imap.mail.ru", 993, "ssl"), "protocol", "protocol-unknown", "IMAP, POP3, SMTP"),
    ],
)
def test_a_wrong_field_is_named_with_the_fix(given, field, code, expected):
    findings = check_settings(*given)
    wrong = [f for f in findings if not f.ok]
    assert not settings_ok(findings)
    assert [(f.field, f.code, f.expected) for f in wrong if f.field == field] == [(field, code, expected)]


def test_every_finding_has_words_in_both_languages():
    cases = [("imap", "x", "y", "z", "q"), ("smtp", "smtp.mail.ru", 587, "ssl", "a@gmail.com"), ("", "", "", "")]
    for case in cases:
        for finding in check_settings(*case):
            for lang in LANGUAGES:
                text = message(lang, finding.code, given=finding.given, expected=finding.expected)
                assert text and "{" not in text


def test_a_megabyte_of_html_in_a_field_is_only_text():
    paste = "<script>alert(1)</script>" * 45000
    findings = check_settings("imap", paste, paste, paste, paste)
    assert not settings_ok(findings)
    assert all(len(f.given) <= 320 for f in findings)


def test_port_2525_with_starttls_is_accepted_as_the_last_resort_for_sending():
    """Where a network blocks 465 and 587, 2525 with STARTTLS gets through: right, but named a last resort."""
    findings = check_settings("smtp", "smtp.mail.ru", "2525", "STARTTLS", "jana.novakova@mail.ru")
    assert settings_ok(findings), findings
    port = next(f for f in findings if f.field == "port")
    assert (port.code, port.expected) == ("port-fallback", str(service.recommended(service.SMTP).port))
    for lang in LANGUAGES:
        words = message(lang, port.code, given=port.given, expected=port.expected)
        assert "2525" in words and "STARTTLS" in words and "465" in words


def test_the_fallback_is_for_sending_only_and_never_in_the_set_up_files():
    fallbacks = [s for s in service.SERVERS if s.fallback]
    assert [(s.protocol, s.port, s.security) for s in fallbacks] == [(service.SMTP, 2525, service.STARTTLS)]
    assert not set(fallbacks) & set(service.SERVERS_IN_FILES)
    assert service.alternative(service.SMTP).port == 587
