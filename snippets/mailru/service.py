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
    fallback: bool = False  # a last resort where the network blocks the others; never in the set-up files

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
    # Where a network blocks both ports above (cloud servers, some providers); no provider database lists it.
    Server("smtp-fallback", SMTP, "smtp.mail.ru", 2525, STARTTLS, False, fallback=True),
)
SERVERS_BY_KEY = {server.key: server for server in SERVERS}
# What the set-up files (autoconfig, Apple profile) may offer: the fallback is for readers who know they need it.
SERVERS_IN_FILES = tuple(server for server in SERVERS if not server.fallback)
HOSTS = tuple(sorted({server.host for server in SERVERS}))


def recommended(protocol: str) -> Server:
    """The server a mail program should use for this protocol."""
    return next(s for s in SERVERS if s.protocol == protocol and s.recommended)


def alternative(protocol: str) -> Server:
    """The other server for this protocol (STARTTLS), for programs that cannot use the recommended one."""
    return next(s for s in SERVERS if s.protocol == protocol and not s.recommended and not s.fallback)


def servers_for(protocol: str) -> tuple[Server, ...]:
    """Every server for the protocol, the recommended one first."""
    found = [s for s in SERVERS if s.protocol == protocol]
    return tuple(sorted(found, key=lambda s: not s.recommended))


# Address domains whose mailboxes these servers serve.
DOMAINS = ("mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru")
# VK Mail: the same servers by a provider database's test (2024), while VK's own help said mail programs
# are not supported; the guides and set-up files do not promise it (see FACTS["domain:vk.com"]).
UNSUPPORTED_DOMAINS = ("vk.com",)
# Host names of Mail.ru that are not mail servers but that the site names (links, OAuth2, the account's settings).
WEB_HOSTS = ("help.mail.ru", "o2.mail.ru", "id.mail.ru", "otvet.mail.ru")

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
    CatalogueEntry(
        "sending-disabled",
        (SMTP,),
        "send",
        (
            "550 Message was not accepted -- invalid mailbox. Local mailbox jana.novakova@mail.ru is unavailable: message sending for this account is disabled: http://help.mail.ru/mail-help/postmaster/error",
        ),
    ),
    CatalogueEntry(
        "sender-mismatch",
        (SMTP,),
        "send",
        (
            "550 not local sender over smtp",
            "501 sender address must match authenticated user",
        ),
    ),
    CatalogueEntry("mailbox-full", (SMTP, IMAP), "deliver"),
    CatalogueEntry(
        "user-not-found",
        (SMTP,),
        "deliver",
        (
            "550 Message was not accepted -- invalid mailbox.  Local mailbox jana.novakova@mail.ru is unavailable: user not found",
        ),
    ),
    CatalogueEntry("pop3-maildrop-limit", (POP3,), "receive"),
    CatalogueEntry("pop3-folders-hidden", (POP3,), "receive"),
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
    CatalogueEntry(
        "account-disabled",
        (IMAP, POP3, SMTP),
        "login",
        (
            "550 Message was not accepted -- invalid mailbox. Local mailbox jana.novakova@mail.ru is unavailable: account is disabled",
            "550 Message was not accepted -- invalid mailbox. Local mailbox jana.novakova@mail.ru is unavailable: user is terminated",
        ),
    ),
    CatalogueEntry("tls-certificate", (IMAP, POP3, SMTP), "connect"),
    CatalogueEntry("wrong-security", (IMAP, POP3, SMTP), "connect"),
    CatalogueEntry("connection-failed", (IMAP, POP3, SMTP), "connect"),
)
ERROR_IDS = tuple(entry.id for entry in ERRORS)
ERRORS_BY_ID = {entry.id: entry for entry in ERRORS}


# Where each fact above comes from, and when it was last checked against that source.
# /about/ renders both as tables (overrides/hooks/service_values.py); tests/test_facts.py fails when a
# fact has no source, names a source that is not here, or was checked more than twelve months ago.


@dataclass(frozen=True)
class Source:
    key: str
    name: str  # how the tables name it: a proper name or a short label, the same in every language
    where: tuple[str, ...] = ()  # repository @ commit and path, or an address (https://…); the words say what it is
    dated: str = ""  # the source's own date (YYYY, YYYY-MM or YYYY-MM-DD), where it has one


@dataclass(frozen=True)
class Fact:
    key: str  # "server:<key>", "domain:<domain>", "error:<catalogue id>", or a topic of its own
    sources: tuple[str, ...]  # keys of SOURCES
    checked: str  # YYYY-MM-DD: when the sources were last read for this fact
    confidence: str  # "high", "medium" or "low"
    reader_report: bool = False  # nothing but users' own reports supports it: the page says so
    covers: tuple[str, ...] = ()  # further keys it vouches for (e.g. several domains in one row)


SOURCES = {source.key: source for source in (
    Source("ispdb", "ISPDB", ("thunderbird/autoconfig @ c6ad796, ispdb/mail.ru.xml",), "2026-03-12"),
    Source("pdb", "Delta Chat", ("chatmail/provider-db @ ad097ee, _providers/mail.ru.md, _providers/vk.com.md",), "2026-04"),
    Source("tb-oauth", "Thunderbird OAuth2", ("thunderbird/thunderbird-desktop @ 8456074, mailnews/base/src/OAuth2Providers.sys.mjs",
                                    "Debian thunderbird 1:153.8.0esr-1~deb12u1"), "2026-11"),
    Source("tba-9069", "TBA-9069", ("https://github.com/thunderbird/thunderbird-android/issues/9069",), "2025"),
    Source("pd-5", "PD-5", ("https://github.com/lmanukyan/print-designer/issues/5",), "2024"),
    Source("fixture", "MR-2026", (), "2026-10-06"),
    Source("cloudmailru", "CloudMailRu", ("pozitronik/CloudMailRu @ 164454e, README.MD (06dc3c2)",), "2026-01-17"),
    Source("rclone", "rclone", ("rclone/rclone @ 64ab1ac, docs/content/mailru.md (629b427)",), "2025-06-12"),
    Source("kuznetsov", "EK-2022", ("https://evgenykuznetsov.org/posts/2022/mailru/",), "2022"),
    Source("cnews", "CNews", ("https://internet.cnews.ru/news/top/2026-02-19_platit_za_vozduhglavnyj",), "2026-02-19"),
    Source("wiki-mailru", "Wikipedia", ("https://perceptiopt.com/Почта_Mail.ru",)),
    Source("ria", "RIA", ("https://ria.ru/20251117/gosduma-2055587963.html",), "2025-11-17"),
    Source("arinco", "Arinco", ("http://free.arinco.org/mail/mailru/index3.html",)),
    Source("hosting-xyz", "hosting.xyz", ("https://hosting.xyz/wiki/hosting/mail/clients/the-bat/auth/",)),
    Source("django-35", "DVE-35", ("https://github.com/nitinsh06/Django-Verify-Email/issues/35",), "2022-03-13"),
    Source("public-code", "CODE-2026", ()),
    Source("mailsend-74", "MS-74", ("https://github.com/muquit/mailsend/issues/74",), "2015-04-28"),
    Source("sisimai", "Sisimai", ("sisimai/p5-sisimai @ 21cfb93, lib/Sisimai/Reason/{Blocked,Filtered,SpamDetected}.pm",
                                  "sisimai/set-of-emails @ 18e585c, maildir/bsd/lhost-postfix-72.eml")),
    Source("otvet", "Otvet", ("https://otvet.mail.ru/question/239834562",)),
    Source("rfc1939", "RFC 1939", ("https://www.rfc-editor.org/rfc/rfc1939",), "1996"),
    Source("rfc8314", "RFC 8314", ("https://www.rfc-editor.org/rfc/rfc8314",), "2018"),
    Source("rfc6125", "RFC 6125", ("https://www.rfc-editor.org/rfc/rfc6125",), "2011"),
    Source("rfc3463", "RFC 3463", ("https://www.rfc-editor.org/rfc/rfc3463",), "2003"),
    Source("seed", "SEED", ()),
    Source("ms-eos", "Microsoft 2024", ("MicrosoftDocs/OfficeDocs-DeployOffice @ 947f018, microsoft-365-apps/end-of-support/resources.md, "
                                "microsoft-365-services-connectivity.md",), "2024-09-19"),
    Source("ms-accounts", "Microsoft 2023", ("MicrosoftDocs/OfficeDocs-DeployOffice @ 947f018, microsoft-365-apps/outlook/get-started/"
                                     "supported-account-types.md, deployment-new-outlook.md",
                                     "https://learn-microsoft-com.rtu-tc.ru/en-us/microsoft-365-apps/outlook/get-started/supported-account-types"),
           "2023-11-09"),
    Source("neowin", "Neowin", ("https://neowin.net/amp/new-outlook-for-windows-wants-to-send-your-non-msa-data-to-its-servers-for-your-own-good",),
           "2023-11"),
    Source("ovh", "OVH", ("ovh/docs @ 156154b, pages/web_cloud/email_and_collaborative_solutions/mx_plan/",), "2026-01-09"),
    Source("ms-cs", "MS-CS", ("https://support.office.com/cs-cz/article/58b62e89-6a9b-467b-8865-d5633fcacc3f",)),
    Source("gmail-pop", "GMAIL-POP", ("https://support.google.com/mail/answer/16604719",
                                      "https://particle.news/story/google-to-end-gmailify-and-pop-support-in-gmail-in-january-2026",
                                      "https://www.dopstart.com/en/gmail-removing-gmailify-pop/"), "2026-01"),
    Source("android-cs", "AOSP", ("platform/packages/apps/Email, res/values-cs/strings.xml",)),
    Source("android-ru", "AOSP ru", ("aosp-mirror/platform_packages_apps_email @ f44b729, res/values-ru/strings.xml",)),
    Source("bat-help", "Ritlabs", ("https://www.ritlabs.com/en/support/help/75/", "https://informationworker.ru/the_bat.en/account.htm",
                                    "https://informationworker.ru/the_bat.en/smtpauthentication.htm")),
    Source("apple-cs", "APPLE-CS", ("https://support.apple.com/cs-cz/guide/mail/cpmlprefsmtpserver", "https://support.apple.com/cs-cz/HT201419")),
    Source("tb-l10n", "Thunderbird l10n", ("Debian thunderbird-l10n-cs 1:153.8.0esr-1~deb12u1", "Debian thunderbird 1:153.8.0esr-1~deb12u1 (omni.ja)"), "2026-11"),
    Source("tb-l10n-ru", "Thunderbird l10n ru", ("Debian thunderbird-l10n-ru 1:153.8.0esr-1~deb12u1",), "2026-11"),
    Source("apple-schema", "Apple MDM", ("apple/device-management, mdm/profiles/com.apple.mail.managed.yaml",)),
    Source("autoconfig-draft", "AUTOCONFIG", ("https://datatracker.ietf.org/doc/draft-ietf-mailmaint-autoconfig/",), "2026-06"),
)}

CHECKED = "2026-12-05"  # the facts check (../shared/reviews/facts-2026-12-05.md) and this revision's own reading
FACTS = {fact.key: fact for fact in (
    Fact("server:imap", ("ispdb", "pdb"), CHECKED, "high"),
    Fact("server:imap-alt", ("ispdb",), CHECKED, "medium"),
    Fact("server:pop3", ("ispdb", "pdb"), CHECKED, "high"),
    Fact("server:pop3-alt", ("ispdb",), CHECKED, "medium"),
    Fact("server:smtp", ("ispdb", "pdb"), CHECKED, "high"),
    Fact("server:smtp-alt", ("ispdb", "public-code"), CHECKED, "medium"),
    Fact("server:smtp-fallback", ("arinco", "hosting-xyz", "public-code"), CHECKED, "medium"),
    Fact("username", ("ispdb",), CHECKED, "high"),
    Fact("domains", ("ispdb", "pdb"), CHECKED, "high", covers=("domain:mail.ru", "domain:inbox.ru", "domain:list.ru", "domain:bk.ru")),
    Fact("domain:internet.ru", ("pdb", "wiki-mailru"), CHECKED, "medium"),
    Fact("domain:vk.com", ("pdb",), CHECKED, "low"),
    Fact("app-password:required", ("pd-5", "tba-9069", "cloudmailru"), CHECKED, "high"),
    Fact("app-password:since", ("kuznetsov",), CHECKED, "low", reader_report=True),
    Fact("app-password:where", ("cloudmailru", "rclone", "pdb"), CHECKED, "medium"),
    Fact("app-password:access", ("cloudmailru", "rclone"), CHECKED, "medium"),
    Fact("app-password:two-factor", ("cloudmailru",), CHECKED, "medium"),
    Fact("vk-id", ("cloudmailru", "wiki-mailru"), CHECKED, "medium"),
    Fact("paid-access", ("cnews",), CHECKED, "low"),
    Fact("oauth2:thunderbird", ("tb-oauth", "ispdb"), CHECKED, "high", covers=("auth:oauth2",)),
    Fact("oauth2:mailru-app", ("ispdb",), CHECKED, "medium"),
    Fact("error:app-password-required", ("pd-5", "tba-9069", "fixture"), CHECKED, "high", covers=("auth:password",)),
    Fact("error:authentication-failed", ("mailsend-74", "fixture"), CHECKED, "medium"),
    Fact("error:sending-disabled", ("public-code", "seed"), CHECKED, "medium"),
    Fact("error:sender-mismatch", ("django-35", "public-code"), CHECKED, "medium"),
    Fact("error:mailbox-full", ("seed", "rfc3463"), CHECKED, "low"),
    Fact("error:user-not-found", ("sisimai", "public-code"), CHECKED, "medium"),
    Fact("error:pop3-maildrop-limit", ("rfc1939", "seed"), CHECKED, "low"),
    Fact("error:pop3-folders-hidden", ("arinco",), CHECKED, "medium"),
    Fact("error:dynamic-ip-rejected", ("sisimai",), CHECKED, "medium"),
    Fact("error:spam-rejected", ("sisimai",), CHECKED, "high"),
    Fact("error:account-disabled", ("public-code",), CHECKED, "medium"),
    Fact("inactive-mailboxes", ("otvet",), CHECKED, "low", reader_report=True),
    Fact("error:tls-certificate", ("rfc6125",), CHECKED, "high"),
    Fact("error:wrong-security", ("rfc8314",), CHECKED, "high"),
    Fact("error:connection-failed", ("rfc8314",), CHECKED, "medium"),
    Fact("outlook:support", ("ms-eos",), CHECKED, "high"),
    Fact("outlook:new-outlook", ("ms-accounts", "neowin"), CHECKED, "medium"),
    Fact("outlook:steps", ("ovh", "ms-cs"), CHECKED, "medium"),
    Fact("the-bat:labels", ("bat-help", "hosting-xyz"), CHECKED, "medium"),
    Fact("apple:steps", ("apple-cs", "ovh"), CHECKED, "medium"),
    Fact("android:steps", ("ovh", "android-cs", "android-ru"), CHECKED, "medium"),
    Fact("gmail:pop-fetching", ("gmail-pop",), CHECKED, "medium"),
    Fact("thunderbird:steps", ("tb-l10n", "tb-l10n-ru", "ispdb"), CHECKED, "high"),
    Fact("registration:phone", ("ria",), CHECKED, "low"),
    Fact("set-up-files", ("autoconfig-draft", "apple-schema"), CHECKED, "high"),
)}


def fact_keys_needed() -> set[str]:
    """What service.py states that must have a fact: every server, domain and catalogue entry, the user
    name rule and each sign-in method."""
    return ({f"server:{s.key}" for s in SERVERS} | {f"domain:{d}" for d in DOMAINS + UNSUPPORTED_DOMAINS}
            | {f"error:{e.id}" for e in ERRORS} | {f"auth:{m}" for m in AUTH_METHODS} | {"username"})


def fact_for(key: str) -> Fact | None:
    """The fact that vouches for key: its own, or one that covers it."""
    return FACTS.get(key) or next((f for f in FACTS.values() if key in f.covers), None)
