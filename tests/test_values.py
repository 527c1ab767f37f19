"""Every server, port and security value on every page, in both languages, and in snippets/,
agrees with the source of truth; and a wrong value planted in a page is caught."""

from __future__ import annotations

import pytest
from conftest import ROOT
from mailru import service
from support.site_pages import page_file
from support.valuecheck import check_html, check_text, html_blocks


def test_every_built_page_agrees_with_the_source(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 26
    problems = [f"{p.relative_to(built_site)}: {problem}" for p in pages for problem in check_html(p.read_text(encoding="utf-8"))]
    assert not problems, "\n".join(problems)


def test_every_snippet_file_agrees_with_the_source():
    files = sorted(p for p in (ROOT / "snippets").rglob("*") if p.is_file() and p.suffix in {".py", ".md", ".txt", ".xml"})
    assert files
    files.append(ROOT / "tests" / "support" / "sets" / "brief.md")  # the servers the gatherers of sets are told
    problems = [f"{p.relative_to(ROOT)}: {problem}" for p in files for problem in check_text(p.read_text(encoding="utf-8"))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_settings_page_states_every_server_of_the_source(built_site, lang):
    """The check reads the values a reader sees: each server's host, port and mode in one row."""
    blocks = html_blocks(page_file(built_site, lang, "settings/").read_text(encoding="utf-8"))
    for server in service.SERVERS:
        assert any(
            server.host in b and str(server.port) in b.split() and server.security_label in b.split() for b in blocks
        ), f"{server} is not in one row of the settings table"


IMAP, POP3 = service.recommended(service.IMAP), service.recommended(service.POP3)
SMTP, SMTP_ALT = service.recommended(service.SMTP), service.alternative(service.SMTP)
PLANTS = {
    # a Mail.ru host that the source does not know
    "unknown-host": lambda html: html.replace(IMAP.host, IMAP.host.replace(".mail.ru", ".inbox.ru")),
    # the POP3 port on the IMAP host
    "port-host": lambda html: html.replace(f'<code class="mr-value">{IMAP.port}</code>', f'<code class="mr-value">{POP3.port}</code>'),
    # implicit TLS on the STARTTLS submission port (the two SMTP ports swapped in the table)
    "port-security": lambda html: html.replace(f'<code class="mr-value">{SMTP_ALT.port}</code>', f'<code class="mr-value">{SMTP.port}</code>')
    .replace(f">{SMTP.port}</code>", f">{SMTP_ALT.port}</code>", 1),
}


@pytest.mark.parametrize("kind", PLANTS)
@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_a_planted_wrong_value_is_caught(built_site, lang, kind, tmp_path):
    original = page_file(built_site, lang, "settings/").read_text(encoding="utf-8")
    assert not check_html(original)
    copy = tmp_path / "index.html"
    copy.write_text(PLANTS[kind](original), encoding="utf-8")
    planted = copy.read_text(encoding="utf-8")
    assert planted != original
    found = {problem.kind for problem in check_html(planted)}
    assert kind in found, found


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Server smtp.list.ru, port 465, SSL/TLS", "unknown-host"),
        ("Příchozí server imap.mail.ru, port 465, SSL/TLS", "port-host"),
        ("Outgoing: smtp.mail.ru port 587 with SSL/TLS", "port-security"),
        ("Outgoing: smtp.mail.ru port 465 with STARTTLS", "port-security"),
        ("SMTP_PORT = 2465", "unknown-port"),
        ("Outgoing: smtp.mail.ru port 2525 with SSL/TLS", "port-security"),
        ("Incoming: imap.mail.ru port 2525, STARTTLS", "port-host"),
        ("IMAP imap.mail.ru port 933 SSL/TLS", "unknown-port"),
        ("Zadejte portu 994.", "unknown-port"),
        ('HOST = "pop3.mail.ru"\nPORT = 995', "unknown-host"),
        ('HOST = "pop.mail.ru"\nPORT = 993', "port-host"),
    ],
)
def test_a_wrong_value_in_a_snippet_is_caught(text, kind):
    assert kind in {problem.kind for problem in check_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "IMAP imap.mail.ru 993 SSL/TLS, SMTP smtp.mail.ru 465 SSL/TLS",
        "Port 587 uses STARTTLS, port 465 uses SSL/TLS.",
        "Last resort: smtp.mail.ru, port 2525, STARTTLS",
        "Write to jana.novakova@mail.ru or see https://help.mail.ru/mail/security/protection/external",
        "RFC 1939 and error 550 are not ports; Outlook 2016 is a version.",
    ],
)
def test_right_values_pass(text):
    assert check_text(text) == []
