"""Mail.ru in mail programs: the one source of truth.

Every server, port, security mode, address domain, sign-in rule and error
catalogue id that the site, the snippets, the checks and the generated files
state comes from here. Standard library only: it runs on the host's Python and
in the browser under Pyodide. Sources of each value: ../shared/facts.md,
summarised on the site's /about/ page.
"""

from __future__ import annotations

from dataclasses import dataclass

# Security modes, as mail programs name them.
SSL_TLS = "ssl"  # TLS from the first byte ("SSL/TLS", "implicit TLS")
STARTTLS = "starttls"  # plain greeting, then upgraded with the STARTTLS command
SECURITY_LABELS = {SSL_TLS: "SSL/TLS", STARTTLS: "STARTTLS"}

IMAP, POP3, SMTP = "imap", "pop3", "smtp"
PROTOCOL_LABELS = {IMAP: "IMAP", POP3: "POP3", SMTP: "SMTP"}
INCOMING = (IMAP, POP3)


@dataclass(frozen=True)
class Server:
    key: str  # stable name used by the pages: "imap", "imap-alt", ...
    protocol: str
    host: str
    port: int
    security: str
    recommended: bool

    @property
    def security_label(self) -> str:
        return SECURITY_LABELS[self.security]


SERVERS = (
    Server("imap", IMAP, "imap.mail.ru", 993, SSL_TLS, True),
    Server("imap-alt", IMAP, "imap.mail.ru", 143, STARTTLS, False),
    Server("pop3", POP3, "pop.mail.ru", 995, SSL_TLS, True),
    Server("pop3-alt", POP3, "pop.mail.ru", 110, STARTTLS, False),
    Server("smtp", SMTP, "smtp.mail.ru", 465, SSL_TLS, True),
    Server("smtp-alt", SMTP, "smtp.mail.ru", 587, STARTTLS, False),
)
SERVERS_BY_KEY = {server.key: server for server in SERVERS}
HOSTS = tuple(sorted({server.host for server in SERVERS}))


def recommended(protocol: str) -> Server:
    """The server a mail program should use for this protocol."""
    return next(s for s in SERVERS if s.protocol == protocol and s.recommended)


def alternative(protocol: str) -> Server:
    """The other server for this protocol (STARTTLS), for programs that cannot use the recommended one."""
    return next(s for s in SERVERS if s.protocol == protocol and not s.recommended)


def servers_for(protocol: str) -> tuple[Server, ...]:
    """Every server for the protocol, the recommended one first."""
    found = [s for s in SERVERS if s.protocol == protocol]
    return tuple(sorted(found, key=lambda s: not s.recommended))


# Address domains whose mailboxes these servers serve.
DOMAINS = ("mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru")
# Listed by a provider database as "preparation"; VK says external programs are not supported.
UNSUPPORTED_DOMAINS = ("vk.com",)
# Host names of Mail.ru that are not mail servers but that the site names (links, OAuth2, the account
# settings where app passwords are made after the move to VK ID).
WEB_HOSTS = ("help.mail.ru", "o2.mail.ru", "id.mail.ru")

# The user name is always the whole address, domain included.
USERNAME_PLACEHOLDER = "%EMAILADDRESS%"
# The example address the pages, checks and messages use; the browser puts the reader's own in its place.
EXAMPLE_ADDRESS = "jana.novakova@mail.ru"


def username_for(address: str) -> str:
    """The user name a mail program must send: the full address, as typed."""
    return address.strip()


# Sign-in: a password sent inside TLS (it must be an app password) or OAuth2.
AUTH_PASSWORD = "password"
AUTH_OAUTH2 = "oauth2"
AUTH_METHODS = (AUTH_OAUTH2, AUTH_PASSWORD)  # in order of preference: OAuth2 needs no app password
OAUTH2_ISSUER = "o2.mail.ru"
OAUTH2_SCOPE = "mail.imap"
APP_PASSWORD_HELP_URL = "https://help.mail.ru/mail/security/protection/external"


@dataclass(frozen=True)
class CatalogueEntry:
    id: str  # the anchor on /errors/ in both languages
    protocols: tuple[str, ...]
    stage: str  # "connect", "login", "receive", "send" or "deliver" (sending to a Mail.ru address)
    server_texts: tuple[str, ...] = ()  # verbatim replies seen by users, as published


ERRORS = (
    CatalogueEntry(
        "app-password-required",
        (IMAP, POP3, SMTP),
        "login",
        (
            "535 5.7.0 NEOBHODIM parol prilozheniya https://help.mail.ru/mail/security/protection/external / Application password is REQUIRED",
            "NEOBHODIM parol prilozheniya https://help.mail.ru/mail/security/protection/external / Aplication password is REQUIRED",
        ),
    ),
    CatalogueEntry(
        "authentication-failed",
        (IMAP, POP3, SMTP),
        "login",
        (
            "535 Incorrect authentication data: authentication failed",
            "[AUTHENTICATIONFAILED] Authentication failed.",
        ),
    ),
    CatalogueEntry("sending-disabled", (SMTP,), "send"),
    CatalogueEntry("mailbox-full", (SMTP, IMAP), "deliver"),
    CatalogueEntry("user-not-found", (SMTP,), "deliver", ("user not found",)),
    CatalogueEntry("pop3-maildrop-limit", (POP3,), "receive"),
    CatalogueEntry(
        "dynamic-ip-rejected",
        (SMTP,),
        "deliver",
        (
            "we do not accept mail from dynamic ips",
            "we do not accept mail from hosts with dynamic ip or generic dns ptr-records",
        ),
    ),
    CatalogueEntry(
        "spam-rejected",
        (SMTP,),
        "deliver",
        (
            "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=… or report details to abuse@corp.mail.ru. Error code: … ID: ….",
            "550 5.7.1 This message was not accepted due to domain (example.org) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
        ),
    ),
    CatalogueEntry("account-disabled", (IMAP, POP3, SMTP), "login"),
    CatalogueEntry("tls-certificate", (IMAP, POP3, SMTP), "connect"),
    CatalogueEntry("wrong-security", (IMAP, POP3, SMTP), "connect"),
    CatalogueEntry("connection-failed", (IMAP, POP3, SMTP), "connect"),
)
ERROR_IDS = tuple(entry.id for entry in ERRORS)
ERRORS_BY_ID = {entry.id: entry for entry in ERRORS}
