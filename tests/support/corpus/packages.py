"""Texts of mail programs and of the libraries beneath them, read at test time from the translations
that installed Debian packages ship (gettext .mo files, Qt .qm files) and filled as each program fills them.

English is the message id itself; Czech and Russian are the packages' translations. A message id that
a package no longer has raises MissingString naming it, so a new release's wording is checked, never
copied by hand. Each template says which program shows the text and how it puts the pieces together.
"""

from __future__ import annotations

import functools
import gettext
import re
import struct
import subprocess
from pathlib import Path

from .thunderbird import DYNAMIC, NO_USER, SENDING_OFF, SPAM, USER

LOCALE = Path("/usr/share/locale")
QT = Path("/usr/share/qt5/translations")
# packages ./dev does not install (their dependencies are heavy) but unpacks the translations of, with
# each package's version in PACKAGE.version
EXTRACTED = Path(__file__).resolve().parents[3] / ".cache" / "translations"
# translation domain -> the Debian package that ships its Czech and Russian files (./dev installs or unpacks them)
DOMAINS = {
    "libc": "libc-l10n",
    "glib20": "libglib2.0-data",
    "glib-networking": "glib-networking-common",
    "gnutls30": "libgnutls30",
    "evolution-data-server": "evolution-data-server-common",
    "gnome-online-accounts": "libgoa-1.0-common",
    "libkimap5": "libkf5imap-data",
    "libksmtp5": "libkpimsmtp-data",
    "libmailtransport5": "libkf5mailtransport-data",
    "claws-mail": "claws-mail-i18n",
    "sylpheed": "sylpheed-i18n",
    "mutt": "mutt",
    "balsa": "balsa-data",
    "qtbase": "qttranslations5-l10n",
    "geary": "geary",
    "evolution": "evolution-common",
    "evolution-ews": "evolution-ews",
    "libsoup-3.0": "libsoup-3.0-common",
    "kio5": "kio",
    "akonadi_imap_resource": "kdepim-runtime",
    "akonadi_pop3_resource": "kdepim-runtime",
    "akonadi_maildispatcher_agent": "kdepim-runtime",
    "accountwizard_imap": "kdepim-runtime",
    "libmailcommon": "libkf5mailcommon-data",
    "neomutt": "neomutt",
    "kmail": "kmail",
    "akonadi_sendlater_agent": "kmail",
    "libmessagecomposer": "kf5-messagelib-data",
    "libmessageviewer": "kf5-messagelib-data",
    "libmessagecore": "kf5-messagelib-data",
    "accountwizard": "accountwizard",
    "xfce4-mailwatch-plugin": "xfce4-mailwatch-plugin",
    "mailnag": "mailnag",
    "gcr": "gcr",
}

AUTH, APP = "authentication-failed", "app-password-required"
CONN, SEC, CERT = "connection-failed", "wrong-security", "tls-certificate"
LOGIN, TIMEOUT = [AUTH, APP], [CONN, SEC]
IMAP, POP, SMTP = "imap.mail.ru", "pop.mail.ru", "smtp.mail.ru"
NOT_LOCAL = "550 not local sender over smtp"  # Mail.ru's reply: service.py, sender-mismatch
MUST_MATCH = "501 sender address must match authenticated user"


class MissingString(LookupError):
    """A message id this corpus uses is not in the installed package (reworded in a new release?)."""


class S:
    """One message of a translation domain, with the values its program fills in (str or S);
    ctx is a gettext msgctxt (KDE) or a Qt context."""

    def __init__(self, domain: str, msgid: str, *args, ctx: str | None = None):
        self.domain, self.msgid, self.args, self.ctx = domain, msgid, args, ctx


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """A Qt .qm file: {(context, source text): translation}. The format: a 16-byte magic, then tagged
    sections; the messages section (0x69) holds records of tagged fields, ended by tag 1."""
    data = path.read_bytes()
    if data[:16] != bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD"):
        raise ValueError(f"{path} is not a Qt translation file")
    pos, messages = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    out, record, pos = {}, {}, 0
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == 1:  # end of a message
            if "tr" in record and "src" in record:
                out.setdefault((record.get("ctx", ""), record["src"]), record["tr"])
            record = {}
        elif tag in (3, 6, 7, 8):  # translation (UTF-16), source text, context, comment
            length = struct.unpack(">I", messages[pos:pos + 4])[0]
            pos += 4
            if length == 0xFFFFFFFF:
                continue
            raw = messages[pos:pos + length]
            pos += length
            key = {3: "tr", 6: "src", 7: "ctx", 8: "cmt"}[tag]
            record.setdefault(key, raw.decode("utf-16-be") if tag == 3 else raw.decode("utf-8"))
        elif tag == 5:  # an obsolete hash
            pos += 4
        else:
            raise ValueError(f"{path}: unknown Qt message tag {tag}")
    return out


def _catalog(domain: str, lang: str, cache: dict = {}) -> dict:  # noqa: B006 - a cache across calls
    if (domain, lang) not in cache:
        if domain == "qtbase":
            cache[domain, lang] = read_qm(QT / f"qtbase_{lang}.qm")
        else:
            path = Path(lang) / "LC_MESSAGES" / f"{domain}.mo"
            installed = LOCALE / path
            with open(installed if installed.exists() else EXTRACTED / "usr/share/locale" / path, "rb") as mo:
                cache[domain, lang] = gettext.GNUTranslations(mo)._catalog  # msgid -> translation, as stored
    return cache[domain, lang]


def translate(domain: str, msgid: str, lang: str, ctx: str | None = None) -> str:
    """The message in that language (in English the id itself, which the package must still have);
    MissingString when it is not there."""
    key = (ctx or "", msgid) if domain == "qtbase" else (f"{ctx}\x04{msgid}" if ctx else msgid)
    for look_in in (("cs", "ru") if lang == "en" else (lang,)):
        found = _catalog(domain, look_in).get(key)
        if found:
            return msgid if lang == "en" else found
    raise MissingString(f"{DOMAINS[domain]} ({lang}) has no message {msgid!r} in {domain}")


def fill(template: str, values: list[str]) -> str:
    """printf-style (%s, %d, %u, %1$s, %.*s), KDE/Qt-style (%1, %2) and Evolution's alert-style ({0}, {1})
    placeholders, in order."""
    ordered = iter(values)

    def printf(match):
        if match.group(0) == "%%":
            return "%"
        if match.group(1):
            return values[int(match.group(1)) - 1]
        return next(ordered)

    if re.search(r"\{\d\}", template) and "%" not in template:
        return re.sub(r"\{(\d)\}", lambda m: values[int(m.group(1))], template)
    if re.search(r"%[1-9](?![$\d])", template) and not re.search(r"%[-.*\d]*[sdui]", template):
        return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1], template)
    return re.sub(r"%%|%(?:(\d)\$)?[-.*\d]*l?[sdui]", printf, template)


def render(part, lang: str) -> str:
    if isinstance(part, str):
        return part
    values = [render(arg, lang) for arg in part.args]
    return fill(translate(part.domain, part.msgid, lang, part.ctx), values)


@functools.cache
def version(package: str) -> str:
    found = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True)
    unpacked = EXTRACTED / f"{package}.version"
    return found.stdout.strip() or (unpacked.read_text().strip() if unpacked.exists() else "not installed")


# (program, parts (a part ending in ": " runs on, others stand on their own line), acceptable ids best first,
#  languages[, {language: ids} where a translation says something else])
G, N, T = "glib20", "glib-networking", "gnutls30"
EDS, GOA, KIMAP, KSMTP, MT = "evolution-data-server", "gnome-online-accounts", "libkimap5", "libksmtp5", "libmailtransport5"
CLAWS, SYL = "claws-mail", "sylpheed"
ALL, CS_EN = ("cs", "en", "ru"), ("cs", "en")
UNEXPECTED = S(T, "An unexpected TLS packet was received.")
TEMPLATES = [
    # glibc: getaddrinfo's and the socket calls' words, as command-line programs print them after the host
    ("glibc", (f"{IMAP}: ", S("libc", "Name or service not known")), [CONN], ALL),
    ("glibc", (f"{SMTP}: ", S("libc", "Temporary failure in name resolution")), [CONN], ALL),
    ("glibc", (f"{POP}: ", S("libc", "No address associated with hostname")), [CONN], ALL),
    ("glibc", (f"connect {IMAP}:993: ", S("libc", "Connection refused")), [CONN], ALL),
    ("glibc", (f"connect {SMTP}:465: ", S("libc", "Connection timed out")), TIMEOUT, ALL),
    ("glibc", (f"connect {SMTP}:587: ", S("libc", "Network is unreachable")), [CONN], ALL),
    ("glibc", (f"connect {IMAP}:993: ", S("libc", "No route to host")), [CONN], ALL),
    ("glibc", (f"read {IMAP}:143: ", S("libc", "Connection reset by peer")), TIMEOUT, ALL),
    # GLib's GIO (GSocketClient, the threaded resolver) and its TLS back end glib-networking with GnuTLS
    ("GLib GIO", (S(G, "Error resolving “%s”: %s", IMAP, S("libc", "Name or service not known")),), [CONN], ALL),
    ("GLib GIO", (S(G, "Error resolving “%s”: %s", SMTP, S("libc", "Temporary failure in name resolution")),), [CONN], ALL),
    ("GLib GIO", (S(G, "Temporarily unable to resolve “%s”", POP),), [CONN], ALL),
    ("GLib GIO", (S(G, "Could not connect to %s: ", IMAP), S("libc", "Connection refused")), [CONN], ALL),
    ("GLib GIO", (S(G, "Could not connect to %s: ", SMTP), S("libc", "Connection timed out")), TIMEOUT, ALL),
    ("GLib GIO", (S(G, "Could not connect to %s: ", IMAP), S(G, "Network unreachable")), [CONN], ALL),
    ("GLib GIO", (S(G, "Could not connect to %s: ", POP), S(G, "Host unreachable")), [CONN], ALL),
    ("GLib GIO", (S(G, "Socket I/O timed out"),), TIMEOUT, ALL),
    ("GLib GIO", (S(N, "Error performing TLS handshake: %s", UNEXPECTED),), [SEC], CS_EN),
    ("GLib GIO", (S(N, "Error performing TLS handshake: %s", S(T, "A TLS record packet with invalid length was received.")),), [SEC], CS_EN),
    ("GLib GIO", (S(N, "TLS connection closed unexpectedly"),), [SEC, CONN], ALL),
    ("GLib GIO", (S(N, "Unacceptable TLS certificate"),), [CERT], ALL),
    ("GLib GIO", (S(N, "Peer failed to perform TLS handshake: %s", S(T, "The TLS connection was non-properly terminated.")),), [SEC, CONN], CS_EN),
    ("GLib GIO", (S(G, "Could not connect to %s: ", SMTP), S(N, "Error performing TLS handshake")), [SEC], ALL),
    # GnuTLS alone, as programs built on it (msmtp, mutt, Claws Mail) pass gnutls_strerror on
    ("GnuTLS", ("TLS handshake failed: ", UNEXPECTED), [SEC], CS_EN),
    ("GnuTLS", ("gnutls_handshake: ", S(T, "An unexpected TLS handshake packet was received.")), [SEC], CS_EN),
    ("GnuTLS", ("gnutls_handshake: ", S(T, "A packet with illegal or unsupported version was received.")), [SEC], CS_EN),
    ("GnuTLS", (S(T, "Error in the certificate verification."),), [CERT], CS_EN),
    ("GnuTLS", (S(T, "The TLS connection was non-properly terminated."),), [SEC, CONN], CS_EN),
    ("GnuTLS", (S(T, "Error in the pull function."),), [CONN, SEC], CS_EN),
    ("GnuTLS", (S(T, "Certificate is expired"),), [CERT], CS_EN),
    # Evolution: Camel's messages, with GIO's, glib-networking's and GnuTLS's words after them
    ("Evolution", (S(EDS, "Failed to connect to IMAP server %s in secure mode: %s", IMAP, S(EDS, "STARTTLS not supported")),), [SEC], ALL),
    ("Evolution", (S(EDS, "Failed to connect to SMTP server %s in secure mode: %s", SMTP, S(EDS, "STARTTLS not supported")),), [SEC], ALL),
    ("Evolution", (S(EDS, "Failed to connect to POP server %s in secure mode: %s", POP, S(EDS, "STARTTLS not supported")),), [SEC], ALL),
    ("Evolution", (S(EDS, "Failed to connect to IMAP server %s in secure mode: ", IMAP), S(N, "Error performing TLS handshake: %s", UNEXPECTED)), [SEC], CS_EN),
    ("Evolution", (S(EDS, "STARTTLS command failed: "), S(N, "TLS connection closed unexpectedly")), [SEC], ALL),
    ("Evolution", (S(EDS, "Host lookup “%s” failed. Check your host name for spelling errors.", IMAP),), [CONN], ALL),
    ("Evolution", (S(EDS, "Host lookup “%s” failed: %s", SMTP, S("libc", "Temporary failure in name resolution")),), [CONN], ALL),
    ("Evolution", (S(EDS, "Could not read greeting from %s: ", SMTP), S(G, "Socket I/O timed out")), TIMEOUT, ALL),
    ("Evolution", (S(EDS, "Failed to read a valid greeting from POP server %s", POP),), [SEC, CONN], ALL),
    ("Evolution", (S(EDS, "Unable to connect to POP server %s.\nError sending password: ", POP), "-ERR [AUTH] authentication failed"), LOGIN, ALL),
    ("Evolution", (S(EDS, "Failed to authenticate on POP server %s: ", POP), "-ERR [AUTH] authentication failed"), LOGIN, ALL),
    ("Evolution", (S(EDS, "%s authentication failed", IMAP),), LOGIN, ALL),
    ("Evolution", (S(EDS, "AUTH command failed: "), S(EDS, "Authentication required")), LOGIN, ALL),
    ("Evolution", (S(EDS, "SSL/TLS certificate for “%s” is not trusted. Do you wish to accept it?", IMAP),), [CERT], ALL),
    ("Evolution", (S(EDS, "SSL/TLS certificate for “%s” is not trusted. Do you wish to accept it?", SMTP), "", S(EDS, "The signing certificate authority is not known.")), [CERT], ALL),
    ("Evolution", (S(EDS, "The certificate does not match the expected identity of the site that it was retrieved from."),), [CERT], ALL),
    ("Evolution", (S(EDS, "The certificate has expired."),), [CERT], ALL),
    ("Evolution", (S(EDS, "MAIL FROM command failed: "), NOT_LOCAL[4:]), ["sender-mismatch"], ALL),
    ("Evolution", (S(EDS, "RCPT TO <%s> failed: ", "petr.svoboda@mail.ru"), S(EDS, "Requested mail action aborted: exceeded storage allocation")), ["mailbox-full"], ALL),
    ("Evolution", (S(EDS, "RCPT TO <%s> failed: ", "petr.svoboda@mail.ru"), S(EDS, "Requested mail action not taken: mailbox unavailable")), ["user-not-found"], ALL),
    ("Evolution", (S(EDS, "DATA command failed: "), SPAM[4:]), ["spam-rejected"], ALL),
    ("Evolution", (S(EDS, "Plaintext authentication disallowed on insecure connections. Change encryption to STARTTLS or TLS for account “%s”.", USER),), [SEC], ALL),
    # GNOME Online Accounts: the mail account dialog (IMAP and SMTP)
    ("GNOME Online Accounts", (S(GOA, "Error connecting to IMAP server"), S(GOA, "Server does not support STARTTLS")), [SEC], ALL),
    ("GNOME Online Accounts", (S(GOA, "Error connecting to SMTP server"), S(GOA, "Cannot resolve hostname")), [CONN], ALL),
    ("GNOME Online Accounts", (S(GOA, "Error connecting to IMAP server"), S(GOA, "Invalid certificate.")), [CERT], ALL),
    ("GNOME Online Accounts", (S(GOA, "Error connecting to IMAP server"), S(GOA, "Invalid password with username “%s” (%s, %d): ", USER, "goa-imap-auth-error-quark", "0"), "[AUTHENTICATIONFAILED] Authentication failed."), LOGIN, ALL),
    ("GNOME Online Accounts", (S(GOA, "Error connecting to SMTP server"), S(GOA, "Authentication failed")), LOGIN, ALL),
    ("GNOME Online Accounts", (S(GOA, "Error connecting to IMAP server"), S(GOA, "The signing certificate authority is not known.")), [CERT], ALL),
    ("GNOME Online Accounts", (S(GOA, "Error connecting to SMTP server"), S(GOA, "TLS not available")), [SEC], ALL),
    # KMail: KIMAP (receiving), KSMTP and MailTransport (sending)
    ("KMail", (S(KIMAP, "STARTTLS is not supported by the server, try using SSL/TLS instead."),), [SEC], ALL),
    ("KMail", (S(KIMAP, "Login failed, TLS negotiation failed."),), [SEC, CERT], ALL),
    ("KMail", (S(KIMAP, "SSL handshake failed."),), [SEC, CERT], ALL),
    ("KMail", (S(KIMAP, "Connection to server lost."),), TIMEOUT, ALL),
    ("KMail", (S(KIMAP, "Login failed, plain login is disabled by the server."),), [SEC, AUTH], ALL),
    ("KMail", (S(KSMTP, "Insufficient storage space on server. The server said: %1", "552 5.2.2 Mailbox size limit exceeded"),), ["mailbox-full"], ALL),
    ("KMail", (S(KSMTP, "Mailbox unavailable. The server said: %1", NO_USER),), ["user-not-found"], ALL),
    ("KMail", (S(KSMTP, "Server error: %1", MUST_MATCH),), ["sender-mismatch"], ALL),
    ("KMail", (S(MT, "Failed to check capabilities. Please verify port and authentication mode."),), [SEC, CONN], ("en", "ru")),
    # Claws Mail and Sylpheed (a fork of it): one unit, their English ids are mostly the same
    ("Claws Mail / Sylpheed", (S(CLAWS, "Connection to %s failed: login refused.%s", IMAP, ""),), LOGIN, ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Couldn't login to IMAP server %s.", IMAP),), LOGIN, ALL, {"ru": LOGIN + [CONN]}),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Authentication failed:\n%s", "[AUTHENTICATIONFAILED] Authentication failed."),), LOGIN, ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Can't connect to IMAP server: %s:%d", IMAP, "993"),), [CONN, SEC], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Can't connect to POP3 server: %s:%d", POP, "995"),), [CONN, SEC], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "%s:%d: unknown host.\n", SMTP, "465"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "%s:%s: host lookup failed (%s).\n", IMAP, "993", S("libc", "Name or service not known")),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "%s:%d: connection failed (%s).\n", SMTP, "587", S("libc", "Connection refused")),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Connection to %s:%d timed out.", POP, "995"),), TIMEOUT, ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Certificate for %s is unknown.\n%sDo you want to accept it?", IMAP, ""),), [CERT], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Certificate for %s is expired.\n%sDo you want to continue?", SMTP, ""),), [CERT], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "TLS certificate is unknown"),), [CERT], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Can't start STARTTLS session.\n"),), [SEC], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Error occurred while sending the message:\n%s", SENDING_OFF),), ["sending-disabled"], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Error occurred while sending the message:\n%s", MUST_MATCH),), ["sender-mismatch"], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "The SSL certificate of %s cannot be verified by the following reason:", IMAP), "unable to get local issuer certificate"), [CERT], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "IMAP4 login failed.\n"),), LOGIN, ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "SMTP server not found: %s:%d", SMTP, "465"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Session timed out."),), TIMEOUT, ALL),
    # Mutt: its messages, with glibc's and GnuTLS's words in them
    ("Mutt", (S("mutt", "Could not find the host \"%s\"", IMAP),), [CONN], ALL),
    ("Mutt", (S("mutt", "Could not connect to %s (%s).", SMTP, S("libc", "Connection refused")),), [CONN], ALL),
    ("Mutt", (S("mutt", "Connection to %s timed out", IMAP),), TIMEOUT, ALL),
    ("Mutt", (S("mutt", "Could not negotiate TLS connection"),), [SEC, CERT], ALL),
    ("Mutt", (S("mutt", "Login failed."),), LOGIN, ALL),
    ("Mutt", (S("mutt", "SASL authentication failed."),), LOGIN, ALL),
    ("Mutt", (S("mutt", "WARNING: Server hostname does not match certificate"),), [CERT], ALL),
    ("Mutt", (S("mutt", "WARNING: Signer of server certificate is not a CA"),), [CERT], ALL),
    ("Mutt", (S("mutt", "Certificate host check failed: %s", f"certificate owner does not match hostname {IMAP}"),), [CERT], ALL),
    ("Mutt", (S("mutt", "SMTP session failed: %s", MUST_MATCH),), ["sender-mismatch"], ALL),
    ("Mutt", (S("mutt", "SMTP session failed: %s", DYNAMIC),), ["dynamic-ip-rejected"], ALL),
    ("Mutt", (S("mutt", "Server closed connection!"),), TIMEOUT, ALL),
    # Balsa (its Russian translation leaves these in English)
    ("Balsa", (S("balsa", "<big><b>Authenticity of this certificate could not be verified.</b></big>\nReason: %s", S("balsa", "the certificate does not match the expected identity of the site that it was retrieved from")),), [CERT], CS_EN),
    ("Balsa", (S("balsa", "Connecting SMTP server %s (%s) failed: %s", SMTP, "smtp.mail.ru:587", S("balsa", "remote server does not support STARTTLS")),), [SEC], CS_EN),
    ("Balsa", (S("balsa", "Cannot connect to the server: %s", S("balsa", "Host not found")),), [CONN], CS_EN),
    ("Balsa", (S("balsa", "TLS negotiation failed: %s", UNEXPECTED),), [SEC], CS_EN),
    ("Balsa", (S("balsa", "POP3 mailbox %s: cannot connect %s: %s", "Mail.ru", POP, S("libc", "Connection timed out")),), TIMEOUT, CS_EN),
    ("Balsa", (S("balsa", "<big><b>Authenticity of this certificate could not be verified.</b></big>\nReason: %s", S("balsa", "the certificate has expired")),), [CERT], CS_EN),
    # Qt's network module, which KDE programs, Trojitá and others show as it is
    ("Qt", (S("qtbase", "Host not found", ctx="QAbstractSocket"),), [CONN], ALL),
    ("Qt", (S("qtbase", "Connection refused", ctx="QAbstractSocket"),), [CONN], ALL),
    ("Qt", (S("qtbase", "Socket operation timed out", ctx="QAbstractSocket"),), TIMEOUT, ALL),
    ("Qt", (S("qtbase", "The remote host closed the connection", ctx="QNativeSocketEngine"),), TIMEOUT, ALL),
    ("Qt", (S("qtbase", "The host name did not match any of the valid hosts for this certificate", ctx="QSslSocket"),), [CERT], ALL),
    ("Qt", (S("qtbase", "The certificate is self-signed, and untrusted", ctx="QSslSocket"),), [CERT], ALL),
    ("Qt", (S("qtbase", "The issuer certificate of a locally looked up certificate could not be found", ctx="QSslSocket"),), [CERT], ALL),
    ("Qt", (S("qtbase", "The certificate has expired", ctx="QSslSocket"),), [CERT], ALL),
    ("Qt", (S("qtbase", "Error during SSL handshake: %1", "error:0A00010B:SSL routines::wrong version number", ctx="QSslSocket"),), [SEC], ALL),
    # what Evolution answers when asked for a POP3 account's folders: the catalogue's "POP3 does not show folders"
    ("Evolution", (S(EDS, "POP3 stores have no folder hierarchy"),), ["pop3-folders-hidden"], ALL),
    # negatives: real texts of the same programs that are none of the catalogue's entries
    ("Evolution", (S(EDS, "IMAP server does not support quotas"),), [], ALL),
    ("Evolution", (S(EDS, "Cannot send message: no recipients defined."),), [], ALL),
    ("Evolution", (S(EDS, "Failed to create calendar"),), [], ALL),
    ("Evolution", (S(EDS, "Requested mail action okay, completed"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Mail sent successfully."),), [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Connected successfully to server"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "A folder name can not end with a space."),), [], ALL),
    ("Mutt", (S("mutt", "Could not copy message"),), [], ALL),
    ("Balsa", (S("balsa", "the server does not support quotas"),), [], CS_EN),
    ("GNOME Online Accounts", (S(GOA, "Remember this password"),), [], ALL),
    ("Qt", (S("qtbase", "Datagram was too large to send", ctx="QNativeSocketEngine"),), [], ALL),
]

# The eleventh session's sweep of these domains (CONTRIBUTING.md): messages a helper picked as texts a reader may
# paste and labelled by the sets' brief (where a translation says something else, its language is labelled by its
# words); those the decoder answers right in every language and no unread set holds. The others are in CONTRIBUTING.md.
TEMPLATES += [
    ("Claws Mail / Sylpheed", (S(SYL, "Error occurred during POP3 session."),), [CONN, APP], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "POP3 protocol error\n"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "error occurred on POP3 session\n"),), [CONN, APP], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "error occurred on SMTP session\n"),), [CONN, APP], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Invalid timestamp in greeting\n"),), [SEC, AUTH], ALL),
    ("Mutt", (S("mutt", "%s authentication failed, trying next method", "LOGIN"),), [APP, AUTH], ALL),
    ("Mutt", (S("mutt", "%s authentication failed.", "PLAIN"),), [APP, AUTH], ALL),
    ("Mutt", (S("mutt", "APOP authentication failed."),), [APP, AUTH], ALL),
    ("Mutt", (S("mutt", "CRAM-MD5 authentication failed."),), [APP, AUTH], ALL),
    ("Mutt", (S("mutt", "Connecting to %s...", IMAP),), [], ALL),
    ("Mutt", (S("mutt", "Connection lost. Reconnect to POP server?"),), [CONN], ALL),
    ("Mutt", (S("mutt", "Error connecting to server: %s", "Connection reset by peer"),), [CONN], ALL),
    ("Mutt", (S("mutt", "LOGIN disabled on this server."),), [SEC], ALL),
    ("Mutt", (S("mutt", "No authenticators available"),), [SEC, AUTH], ALL),
    ("Mutt", (S("mutt", "Password for %s@%s: ", USER, IMAP),), [], ALL),
    ("Mutt", (S("mutt", "Reconnect failed.  Mailbox closed."),), [CONN], ALL),
    ("Mutt", (S("mutt", "SSL failed: %s", "Connection reset by peer"),), [SEC], ALL),
    ("Mutt",
     (S("mutt", "SSL/TLS connection using %s (%s/%s/%s)", "TLSv1.3", "ECDHE-RSA", "AES-256-GCM", "AEAD"),),
     [], ALL),
    ("Mutt", (S("mutt", "Secure connection with TLS?"),), [], ALL),
    ("Mutt", (S("mutt", "Server certificate is not yet valid"),), [CERT], ALL),
    ("Mutt", (S("mutt", "WARNING: Server certificate has been revoked"),), [CERT], ALL),
    ("Mutt", (S("mutt", "WARNING: Server certificate has expired"),), [CERT], ALL),
    ("Mutt", (S("mutt", "WARNING: Server certificate is not yet valid"),), [CERT], ALL),
    ("Mutt", (S("mutt", "Warning: Server certificate was signed using an insecure algorithm"),), [CERT], ALL),
    ("Mutt", (S("mutt", "certificate owner does not match hostname %s", IMAP),), [CERT], ALL),
    ("Mutt", (S("mutt", "Unable to get certificate from peer"),), [SEC, CERT], ALL),
    ("Mutt", (S("mutt", "SSL Certificate check (certificate %d of %d in chain)", "1", "2"),), [CERT], ALL),
    ("Mutt", (S("mutt", "Could not send the message."),), [CONN, APP], ALL),
    ("Mutt", (S("mutt", "Error sending message."),), [CONN, APP], ALL),
    ("Mutt", (S("mutt", "Mail not sent."),), [CONN, APP], ALL),
    ("Mutt", (S("mutt", "Checking for new messages..."),), [], ALL),
    ("Mutt", (S("mutt", "Delete messages from server?"),), [], ALL),
    ("Mutt", (S("mutt", "Mailbox is corrupt!"),), [], ALL),
    ("Mutt", (S("mutt", "Error opening mailbox"),), [], ALL),
    ("Mutt", (S("mutt", "Could not flush message to disk"),), [], ALL),
    ("Mutt", (S("mutt", "Create is only supported for IMAP mailboxes"),), [], ALL),
    ("Mutt", (S("mutt", "No recipients are specified!"),), [], ALL),
    ("Mutt", (S("mutt", "Mailbox %s@%s closed", USER, IMAP),), [CONN], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "Account '%s': Connecting to IMAP server: %s:%d...", USER, IMAP, "993"),),
     [], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "Account '%s': Connecting to POP3 server: %s:%d...", USER, POP, "995"),),
     [], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "Account '%s': Connecting to SMTP server: %s:%d...", USER, SMTP, "465"),),
     [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Can't connect to IMAP server: %s:%d\n", IMAP, "993"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Can't connect to POP3 server: %s:%d\n", POP, "995"),), [CONN], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "Certificate for %s has changed.\n%sDo you want to accept it?",
               IMAP, "Owner: *.mail.ru (Mail.Ru LLC)\n"),),
     [CERT], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Connecting to %s failed", SMTP),), [CONN], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "Connection to %s failed: server requires STARTTLS, but Claws Mail has been compiled without "
               "STARTTLS support.\n", SMTP),),
     [SEC], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Connection to %s:%d failed.", SMTP, "465"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Could not connect to server"),), [CONN], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "Couldn't login to IMAP server %s.\n", IMAP),),
     [APP, AUTH], ALL, {"ru": [CONN]}),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Error authenticating to %s:%d...\n", SMTP, "465"),), [APP, AUTH], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Error connecting to LDAP server"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Error starting STARTTLS connection"),), [SEC], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Input password for %s on %s:", USER, IMAP),), [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "NetworkManager: network is offline.\n"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "OAuth2 TLS connection error\n"),), [CONN, SEC], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "OAuth2 connection error\n"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Required APOP timestamp not found in greeting\n"),), [SEC, AUTH], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Socket error on connection to %s:%d.", IMAP, "993"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "TLS certificate changed"),), [CERT], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "TLS certificate changed and is invalid"),), [CERT], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "TLS certificate is invalid and expired"),), [CERT], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "This connection is configured to be secured using TLS, but TLS is not available in this build of "
               "Claws Mail. \n\nDo you want to continue connecting to this server? The communication would not be "
               "secure."),),
     [SEC], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "Some errors occurred while sending queued messages:\n%s", "535 5.7.8 Error: authentication failed"),),
     [APP, AUTH], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Sending message (%d / %d bytes)", "2048", "10240"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Fetching message (%s)...", "Inbox"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Synchronising %s for offline use...\n", "Inbox"),), [], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "Account for sending mail is not specified.\nPlease select a mail account before sending."),),
     [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Recipient is not specified."),), [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Folder could not be opened."),), [], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "The folder could not be renamed.\nThe new folder name is not allowed."),),
     [], ALL),
    ("Claws Mail / Sylpheed",
     (S(CLAWS, "This message has been partially retrieved,\nand has been deleted from the server."),),
     [], ALL),
    ("Claws Mail / Sylpheed", (S(CLAWS, "Press this button to test the connection to the server."),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "%s: Authenticating with POP3", USER),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Can't connect to IMAP4 server: %s:%d\n", IMAP, "993"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Can't connect to SMTP server."),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Can't connect to SMTP server: %s:%d", SMTP, "465"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Can't establish IMAP4 session with: %s:%d\n", IMAP, "993"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Connecting to POP3 server: %s...", POP),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Connecting to SMTP server: %s ...", SMTP),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Connection closed by the remote host."),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Connection to %s:%d failed.", POP, "995"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Could not connect to server"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Could not establish IMAP connection.\n"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Could not establish a connection to the server."),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Do you accept this certificate?"),), [CERT], ALL),
    ("Claws Mail / Sylpheed",
     (S(SYL, "Error occurred during POP3 session:\n%s", "-ERR [AUTH] Authentication failed"),),
     [APP, AUTH], ALL),
    ("Claws Mail / Sylpheed",
     (S(SYL, "Error occurred while processing mail:\n%s", "Connection reset by peer"),),
     [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Error occurred while sending command\n"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Error occurred while sending the message."),), [CONN, APP], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "IMAP4 authentication failed.\n"),), [APP, AUTH], ALL),
    ("Claws Mail / Sylpheed",
     (S(SYL, "IMAP4 connection to %s has been disconnected. Reconnecting...\n", IMAP),),
     [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "IMAP4 server disables LOGIN.\n"),), [SEC], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "SMTP AUTH not available\n"),), [SEC, AUTH], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "SSL certificate verify failed"),), [CERT], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "SSL connection using %s\n", "TLS_AES_256_GCM_SHA384"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Sending message via %s:%d...", SMTP, "465"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "You are offline. Go online?"),), [CONN], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "error occurred on authentication\n"),), [APP, AUTH], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "protocol error: %s\n", "-ERR [AUTH] Authentication failed"),), [APP, AUTH], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "%d message(s) (%s) received", "3", "12.4KB"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Creation of the folder tree failed."),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Failed to import the address book."),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "POP3 server is not entered."),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Use SSL for POP3 connection"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Use STARTTLS command to start SSL session"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "Really send this mail to the following addresses?"),), [], ALL),
    ("Claws Mail / Sylpheed", (S(SYL, "writing to %s failed.\n", "/home/jana/Mail/inbox/1"),), [], ALL),
    ("Evolution", (S(EDS, "Cannot send message: one or more invalid recipients"),), ["user-not-found"], ALL),
    ("Evolution", (S(EDS, "Could not send message: "),), [CONN, APP], ALL),
    ("Evolution", (S(EDS, "Encryption required for requested authentication mechanism"),), [SEC], ALL),
    ("Evolution", (S(EDS, "Failed to connect to SMTP server %s in secure mode: ", SMTP),), [CONN, SEC], ALL),
    ("Evolution", (S(EDS, "Failed to connect to POP server %s in secure mode: ", POP),), [CONN, SEC], ALL),
    ("Evolution", (S(EDS, "IMAP server %s does not support %s authentication", IMAP, "NTLM"),), [SEC, AUTH], ALL),
    ("Evolution", (S(EDS, "SMTP server %s does not support %s authentication", SMTP, "NTLM"),), [SEC, AUTH], ALL),
    ("Evolution", (S(EDS, "No support for %s authentication", "GSSAPI"),), [SEC, AUTH], ALL),
    ("Evolution", (S(EDS, "Timeout was reached"),), [CONN], ALL),
    ("Evolution",
     (S(EDS, "Unable to connect to POP server %s.\nError sending username%s",
             POP, ": -ERR [AUTH] Authentication failed"),),
     [APP, AUTH], ALL),
    ("Evolution", (S(EDS, "Unable to connect to “%s”: ", IMAP),), [CONN], ALL),
    ("Evolution", (S(EDS, "Retrieving POP message %d", "5"),), [], ALL),
    ("Evolution", (S(EDS, "Checking for new messages"),), [], ALL),
    ("Evolution", (S(EDS, "Cannot create folder “%s”: %s", "Inbox/Archive", "Permission denied"),), [], ALL),
    ("Evolution", (S(EDS, "Cannot get folder “%s”: folder does not exist.", "Archive"),), [], ALL),
    ("Evolution", (S(EDS, "Cannot copy messages to the Junk folder"),), [], ALL),
    ("Evolution", (S(EDS, "Cannot open book: "),), [], ALL),
    ("Evolution", (S(EDS, "Cannot refresh calendar: "),), [], ALL),
    ("Evolution", (S(EDS, "Cannot append message to mbox file: %s: ", "/home/jana/mbox"),), [], ALL),
    ("Evolution", (S(EDS, "Cannot get message %s: %s", "12345", "No such message"),), [], ALL),
    ("Balsa", (S("balsa", "Cannot load mailbox %s", "Inbox"),), [], ALL),
    ("Balsa", (S("balsa", "Could not create a mailbox of type %s", "Maildir"),), [], ALL),
    ("Balsa", (S("balsa", "Mailbox %s does not appear to be a Maildir mailbox.", "Inbox"),), [], ALL),
    ("Balsa", (S("balsa", "Error: An identity with that name already exists"),), [], ALL),
    ("KMail",
     (S(KIMAP, "%1 failed, server replied: %2", "Login", "A000001 NO [AUTHENTICATIONFAILED] Authentication failed."),),
     [APP, AUTH], ALL),
    ("KMail",
     (S(KIMAP, "Login failed, authentication mode %1 is not supported by the server.", "CRAM-MD5"),),
     [SEC, AUTH], ALL),
    ("KMail", (S(KIMAP, "Internal error, tried to login before encryption"),), [SEC], ALL),
    ("KMail", (S(KSMTP, "Service not available"),), [CONN], ALL),
    ("KMail", (S(MT, "Message has no recipients."),), [], ALL),
    ("KMail",
     (S(MT, "Error while executing precommand '%1'.", "ssh -f -N -L 2525:smtp.mail.ru:465 gateway"),),
     [], ALL),
    ("KMail", (S(MT, "Message has invalid sent-mail folder."),), [], ALL),
    ("GLib GIO", (S(N, "Connection is closed"),), [CONN], ALL),
    ("GLib GIO", (S(N, "Error reading data from TLS socket"),), [CONN, SEC], ALL),
    ("GLib GIO", (S(N, "Peer sent fatal TLS alert: %s", "Handshake failed"),), [SEC, CERT], ALL),
    ("GLib GIO", (S(N, "Protocol version downgrade attack detected"),), [SEC], ALL),
    ("GLib GIO", (S(N, "The operation timed out"),), [CONN], ALL),
    ("GLib GIO", (S(N, "Unacceptable TLS certificate authority"),), [CERT], ALL),
    ("GLib GIO", (S(N, "There is a problem with the certificate: %s", "The certificate is not trusted"),), [CERT], ALL),
    ("GLib GIO", (S(N, "Current X.509 certificate uses unknown or unsupported signature algorithm"),), [CERT], ALL),
]


# The twelfth session's sweep (CONTRIBUTING.md) of mail programs whose packages ./dev unpacks rather than installs
# (Geary, Evolution and its Exchange module, libsoup, KDE's KIO and Akonadi resources, NeoMutt): picked and labelled
# by two helpers as the eleventh session's were; those the decoder answers right in every language and no unread set
# holds. The others are in CONTRIBUTING.md.
GEARY, EVO, EWS, SOUP, NEOMUTT = "geary", "evolution", "evolution-ews", "libsoup-3.0", "neomutt"
KIO, IMAPRES, POPRES = "kio5", "akonadi_imap_resource", "akonadi_pop3_resource"
DISPATCH, MAILCOMMON, WIZARD = "akonadi_maildispatcher_agent", "libmailcommon", "accountwizard_imap"
TEMPLATES += [
    ("Geary", (S(GEARY, "A problem occurred sending email for %s", USER),), [CONN, APP], ALL),
    ("Geary", (S(GEARY, "An account has reported an incorrect login or password."),), [APP, AUTH], ALL),
    ("Geary", (S(GEARY, "An account has reported an untrusted server."),), [CERT], ALL),
    ("Geary", (S(GEARY, "An error has occurred processing the server’s certificate"),), [CERT], ALL),
    ("Geary", (S(GEARY, "Check your email address and password"),), [APP, AUTH], ALL),
    ("Geary", (S(GEARY, "Check your receiving login and password"),), [APP, AUTH], ALL),
    ("Geary", (S(GEARY, "Could not connect, check your network"),), [CONN], ALL),
    ("Geary", (S(GEARY, "Could not look up server name"),), [CONN], ALL),
    ("Geary", (S(GEARY, "Security problem"),), [SEC, CERT], ALL),
    ("Geary",
     (S(GEARY, "Selecting “Don’t Trust This Server” will cause Geary not to access this server."),),
     [CERT], ALL),
    ("Geary",
     (S(GEARY, "Selecting “Don’t Trust This Server” will cause Geary to stop accessing this account."),),
     [CERT], ALL),
    ("Geary", (S(GEARY, "The server’s certificate has not been activated"),), [CERT], ALL),
    ("Geary", (S(GEARY, "The server’s certificate is not signed by a known authority"),), [CERT], ALL),
    ("Geary", (S(GEARY, "This account has been disabled"),), ["account-disabled"], ALL),
    ("Geary", (S(GEARY, "Untrusted Connection: %s", USER),), [CERT], ALL),
    ("Geary", (S(GEARY, "A server name is required"),), [], ALL),
    ("Geary", (S(GEARY, "Account update in progress"),), [], ALL),
    ("Geary", (S(GEARY, "An email address is required"),), [], ALL),
    ("Geary", (S(GEARY, "Cannot add attachment"),), [], ALL),
    ("Geary", (S(GEARY, "Compatible with GMail, Yahoo! Mail, Outlook.com and other IMAP servers"),), [], ALL),
    ("Geary", (S(GEARY, "Composer could not be restored"),), [], ALL),
    ("Geary", (S(GEARY, "Email sent to %s", USER),), [], ALL),
    ("Geary", (S(GEARY, "Email to %s queued for delivery", USER),), [], ALL),
    ("Geary", (S(GEARY, "Empty all email from your %s folder?", "Inbox"),), [], ALL),
    ("Geary", (S(GEARY, "Error saving sent mail"),), [], ALL),
    ("Geary", (S(GEARY, "Geary requires your email password to continue"),), [], ALL),
    ("Geary", (S(GEARY, "No login needed"),), [], ALL),
    ("Geary", (S(GEARY, "This email address may have been forged"),), [], ALL),
    ("Geary", (S(GEARY, "Unable to open the database for %s", USER),), [], ALL),
    ("Geary", (S(GEARY, "Use a different login"),), [], ALL),
    ("Geary", (S(GEARY, "Use same login as receiving"),), [], ALL),
    ("Evolution", (S(EVO, "%s authentication failed", "PLAIN"),), [APP, AUTH], ALL),
    ("Evolution", (S(EVO, "An error occurred while sending. How do you want to proceed?"),), [CONN, APP], ALL),
    ("Evolution",
     (S(EVO, "Before trusting this site, you should examine its certificate and its policy and procedures (if "
              "available)."),),
     [CERT], ALL),
    ("Evolution",
     (S(EVO, "Check to make sure your password is spelled correctly. Remember that many passwords are case "
              "sensitive; your caps lock might be on."),),
     [APP, AUTH], ALL),
    ("Evolution", (S(EVO, "Credentials are required to connect to the destination host."),), [APP, AUTH], ALL),
    ("Evolution", (S(EVO, "Evolution is currently offline because the network is unavailable."),), [CONN], ALL),
    ("Evolution", (S(EVO, "Evolution is currently offline due to a network outage."),), [CONN], ALL),
    ("Evolution", (S(EVO, "Evolution is currently offline."),), [CONN], ALL),
    ("Evolution", (S(EVO, "Evolution is currently offline.  Click this button to work online."),), [CONN], ALL),
    ("Evolution",
     (S(EVO, "Evolution is taking a long time to shut down, possibly due to network connectivity issues. Would "
              "you like to cancel all pending operations and close immediately, or keep waiting?"),),
     [CONN], ALL),
    ("Evolution", (S(EVO, "Failed to connect account “{0}”.", USER),), [CONN, APP], ALL),
    ("Evolution", (S(EVO, "Failed to connect mail account “{0}”", USER),), [CONN, APP], ALL),
    ("Evolution", (S(EVO, "Failed to connect “{0}”", USER),), [CONN, APP], ALL),
    ("Evolution",
     (S(EVO, "Failed to download messages for offline viewing for account “{0}”.", USER),),
     [CONN, APP], ALL),
    ("Evolution", (S(EVO, "Failed to finish trust prompt for “{0}”", USER),), [CERT], ALL),
    ("Evolution", (S(EVO, "Invalid authentication"),), [APP, AUTH, SEC], ALL),
    ("Evolution", (S(EVO, "Port number is not valid"),), [SEC], ALL),
    ("Evolution", (S(EVO, "SSL certificate for mail account “{0}” is not trusted.", USER),), [CERT], ALL),
    ("Evolution", (S(EVO, "SSL certificate for “{0}” is not trusted.", USER),), [CERT], ALL),
    ("Evolution", (S(EVO, "The reported error was “{0}”.", "-ERR [AUTH] Authentication failed"),), [APP, AUTH], ALL),
    ("Evolution",
     (S(EVO, "The reported error was “{0}”. The message has not been sent.",
        "535 5.7.8 Error: authentication failed"),),
     [APP, AUTH], ALL),
    ("Evolution",
     (S(EVO, "This server does not support this type of authentication and may not support authentication at all."),),
     [SEC, AUTH], ALL),
    ("Evolution", (S(EVO, "Your login to your server “{0}” as “{0}” failed.", IMAP),), [APP, AUTH], ALL),
    ("Evolution", (S(EVO, "An error occurred while saving to your Drafts folder."),), [], ALL),
    ("Evolution", (S(EVO, "Are you sure you want to send a message without a subject?"),), [], ALL),
    ("Evolution", (S(EVO, "Authentication mechanism: %s", "PLAIN"),), [], ALL),
    ("Evolution", (S(EVO, "Cannot create folder “{0}”.", "Inbox"),), [], ALL),
    ("Evolution", (S(EVO, "Cannot sign outgoing message: No signing certificate set for this account"),), [], ALL),
    ("Evolution", (S(EVO, "Checking for new mail at “%s”", USER),), [], ALL),
    ("Evolution",
     (S(EVO, "Congratulations, your mail configuration is complete.\n\nYou are now ready to send and receive "
              "email using Evolution.\n\nClick “Apply” to save your settings."),),
     [], ALL),
    ("Evolution",
     (S(EVO, "Enter password to access free/busy information on server %s as user %s", IMAP, USER),),
     [], ALL),
    ("Evolution", (S(EVO, "Enter the password for “%s”", USER),), [], ALL),
    ("Evolution", (S(EVO, "Failed to append to local “Sent” folder: %s", "No space left on device"),), [], ALL),
    ("Evolution", (S(EVO, "Failed to connect address book “{0}”", "Personal"),), [], ALL),
    ("Evolution", (S(EVO, "Failed to import certificate"),), [], ALL),
    ("Evolution", (S(EVO, "Failed to refresh folder “{0}”.", "Inbox"),), [], ALL),
    ("Evolution", (S(EVO, "Failed to store password: "),), [], ALL),
    ("Evolution", (S(EVO, "Failed to unsubscribe from folder “{0}”.", "Inbox"),), [], ALL),
    ("Evolution", (S(EVO, "Fetching mail from “%s”", USER),), [], ALL),
    ("Evolution",
     (S(EVO, "Found no candidates. It can also mean that the server doesn’t provide any information about its "
              "configuration using the selected lookup methods. Enter the account manually instead or change "
              "above settings."),),
     [], ALL),
    ("Evolution", (S(EVO, "Host: %s:%d", IMAP, "993"),), [], ALL),
    ("Evolution", (S(EVO, "Ignore network availability"),), [], ALL),
    ("Evolution", (S(EVO, "Looking up IMAP server…"),), [], ALL),
    ("Evolution", (S(EVO, "Mark as Seen after specified timeout"),), [], ALL),
    ("Evolution", (S(EVO, "Querying authentication types…"),), [], ALL),
    ("Evolution", (S(EVO, "Requires password to continue."),), [], ALL),
    ("Evolution", (S(EVO, "Requires password to continue. %s.", "Enter password"),), [], ALL),
    ("Evolution", (S(EVO, "SSL certificate for address book “{0}” is not trusted.", "Personal"),), [], ALL),
    ("Evolution", (S(EVO, "Saving message to Outbox."),), [], ALL),
    ("Evolution", (S(EVO, "Sending message %d of %d", "1", "1"),), [], ALL),
    ("Evolution", (S(EVO, "Storing sent message to “%s”", "Sent"),), [], ALL),
    ("Evolution", (S(EVO, "TLS on a dedicated port"),), [], ALL),
    ("Evolution", (S(EVO, "This is the method Evolution will use to authenticate you."),), [], ALL),
    ("Evolution", (S(EVO, "This message cannot be sent because there is no mail account configured"),), [], ALL),
    ("Evolution", (S(EVO, "This message is signed, but the public key is not in your keyring"),), [], ALL),
    ("Evolution", (S(EVO, "Use a direct connection, no proxying required."),), [], ALL),
    ("Evolution", (S(EVO, "Use a secure connection"),), [], ALL),
    ("Evolution", (S(EVO, "You do not have sufficient permissions to delete this mail."),), [], ALL),
    ("Evolution", (S(EVO, "You have unsent messages, do you wish to quit anyway?"),), [], ALL),
    ("Evolution EWS", (S(EWS, "Failed to create connection"),), [CONN], ALL),
    ("Evolution EWS", (S(EWS, "Password expired."),), [APP, AUTH], ALL),
    ("Evolution EWS", (S(EWS, "The reported error was “{0}”.", "Connection reset by peer"),), [CONN], ALL),
    ("Evolution EWS", (S(EWS, "Checking for new mail"),), [], ALL),
    ("Evolution EWS", (S(EWS, "Could not locate Junk folder"),), [], ALL),
    ("Evolution EWS", (S(EWS, "Email address is missing a domain part"),), [], ALL),
    ("Evolution EWS", (S(EWS, "Folder “%s” does not exist", "Inbox"),), [], ALL),
    ("Evolution EWS", (S(EWS, "Requires password to continue."),), [], ALL),
    ("Evolution EWS", (S(EWS, "Unable to retrieve folder size information"),), [], ALL),
    ("KDE KIO", (S(KIO, "\nThe server said: \"%1\"", "-ERR [AUTH] Authentication failed"),), [APP, AUTH], ALL),
    ("KDE KIO", (S(KIO, "%1 is required by the server, but is not available.", "TLS"),), [SEC], ALL),
    ("KDE KIO", (S(KIO, "%1: SSL negotiation failed", IMAP, ctx="%1 is a host name"),), [SEC, CONN], ALL),
    ("KDE KIO",
     (S(KIO, "A network firewall (a device which restricts Internet requests), either protecting your network "
              "or the network of the server, may have intervened, preventing this request."),),
     [CONN], ALL),
    ("KDE KIO",
     (S(KIO, "Although a connection was established to <strong>%1</strong>, the connection was closed at an "
              "unexpected point in the communication.",
              IMAP),),
     [CONN], ALL),
    ("KDE KIO",
     (S(KIO, "An attempt to login to perform the requested operation was unsuccessful."),),
     [APP, AUTH], ALL),
    ("KDE KIO",
     (S(KIO, "An unknown host error indicates that the server with the requested name, <strong>%1</strong>, "
              "could not be located on the Internet.",
              POP),),
     [CONN], ALL),
    ("KDE KIO", (S(KIO, "Authentication Failed: Method %1 Not Supported", "PLAIN"),), [SEC, AUTH], ALL),
    ("KDE KIO", (S(KIO, "Authorization failed, %1 authentication not supported", "PLAIN"),), [SEC, AUTH], ALL),
    ("KDE KIO", (S(KIO, "Authorization failed."),), [APP, AUTH], ALL),
    ("KDE KIO", (S(KIO, "Check your network connection status."),), [CONN], ALL),
    ("KDE KIO", (S(KIO, "Connection to Server Closed Unexpectedly"),), [CONN], ALL),
    ("KDE KIO", (S(KIO, "Connection to Server Refused"),), [CONN], ALL),
    ("KDE KIO", (S(KIO, "Could Not Create Network Connection"),), [CONN], ALL),
    ("KDE KIO", (S(KIO, "Could Not Login: %1", IMAP),), [APP, AUTH], ALL),
    ("KDE KIO", (S(KIO, "Could not connect to host %1.", IMAP),), [CONN], ALL),
    ("KDE KIO", (S(KIO, "Could not create socket for accessing %1.", IMAP),), [CONN], ALL),
    ("KDE KIO", (S(KIO, "Could not login to %1.", IMAP),), [APP, AUTH], ALL),
    ("KDE KIO",
     (S(KIO, "Message sent:\nLogin using username=%1 and password=[hidden]\n\nServer replied:\n%2\n\n",
        USER, "-ERR [AUTH] Authentication failed"),),
     [APP, AUTH], ALL),
    ("KDE KIO", (S(KIO, "Proxy Authentication Failed."),), [CONN], ALL),
    ("KDE KIO",
     (S(KIO, "Retry the request and ensure your authentication details are entered correctly."),),
     [APP, AUTH], ALL),
    ("KDE KIO", (S(KIO, "The desktop is offline"),), [CONN], ALL),
    ("KDE KIO",
     (S(KIO, "The server <strong>%1</strong> refused to allow this computer to make a connection.", SMTP),),
     [CONN], ALL),
    ("KDE KIO",
     (S(KIO, "There may have been a problem at some point along the network path between the server and this "
              "computer."),),
     [CONN], ALL),
    ("KDE KIO", (S(KIO, "There may have been a problem with your network connection."),), [CONN], ALL),
    ("KDE KIO", (S(KIO, "Unknown Authorization method."),), [SEC, AUTH], ALL),
    ("KDE KIO", (S(KIO, "Unknown Proxy Host"),), [CONN], ALL),
    ("KDE KIO", (S(KIO, "Would you like to accept this certificate forever without being prompted?"),), [CERT], ALL),
    ("KDE KIO", (S(KIO, "A folder cannot be moved into itself"),), [], ALL),
    ("KDE KIO", (S(KIO, "Cannot Save Cookies"),), [], ALL),
    ("KDE KIO", (S(KIO, "Connected to host %1", IMAP),), [], ALL),
    ("KDE KIO", (S(KIO, "Could not communicate with password server"),), [], ALL),
    ("KDE KIO", (S(KIO, "Could not enter folder %1.", "Inbox"),), [], ALL),
    ("KDE KIO", (S(KIO, "Current connection is not secured with SSL."),), [], ALL),
    ("KDE KIO",
     (S(KIO, "Free up enough disk space by 1) deleting unwanted and temporary files; 2) archiving files to "
              "removable media storage such as CD-Recordable discs; or 3) obtain more storage capacity."),),
     [], ALL),
    ("KDE KIO", (S(KIO, "Opening connection to host %1", IMAP),), [], ALL),
    ("KDE KIO", (S(KIO, "Sending data to %1", SMTP),), [], ALL),
    ("KDE KIO", (S(KIO, "Sending login information"),), [], ALL),
    ("KDE KIO",
     (S(KIO, "The requested folder could not be created because a folder with the same name already exists."),),
     [], ALL),
    ("KDE KIO", (S(KIO, "Write Access Denied"),), [], ALL),
    ("KMail (Akonadi IMAP resource)", (S(IMAPRES, "Connection lost"),), [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Could not connect to the IMAP server.\n%1", "Connection reset by peer"),),
     [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Could not connect to the IMAP-server %1.\n%2", IMAP, "Connection reset by peer"),),
     [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Could not connect to the IMAP-server.\n%1", "Host not found"),),
     [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Could not create another extra connection to the IMAP-server %1.", IMAP),),
     [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Could not test the capabilities supported by the IMAP server %1.\n%2",
        IMAP, "Connection reset by peer"),),
     [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Could not test the capabilities supported by the IMAP server.\n%1", "Connection reset by peer"),),
     [CONN], ALL),
    ("KMail (Akonadi IMAP resource)", (S(IMAPRES, "Disconnected from server during login."),), [CONN, APP], ALL),
    ("KMail (Akonadi IMAP resource)", (S(IMAPRES, "Server is not available."),), [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "The server for account \"%2\" refused the supplied username and password.\nDo you want to go to "
              "the settings, have another attempt at logging in, or do nothing?\n\n%1",
              "Authentication failed.", USER),),
     [APP, AUTH], ALL),
    ("KMail (Akonadi IMAP resource)", (S(IMAPRES, "Unable to connect to the IMAP server."),), [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Unable to connect to the server, please verify the server address."),),
     [CONN], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "<p>Your access rights to folder <b>%1</b> have been restricted, it will no longer be possible to "
              "add messages to this folder.</p>",
              "Inbox"),),
     [], ALL),
    ("KMail (Akonadi IMAP resource)", (S(IMAPRES, "<qt><b>SSL/TLS is supported and recommended.</b></qt>"),), [], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Could not read the password: user rejected wallet access"),),
     [], ALL),
    ("KMail (Akonadi IMAP resource)", (S(IMAPRES, "Defines the port the IMAP service is running on"),), [], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Failed to create the folder '%1' on the IMAP server. ", "Inbox"),),
     [], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "If checked, the system proxy settings will be used to connect to the mail server."),),
     [], ALL),
    ("KMail (Akonadi IMAP resource)", (S(IMAPRES, "No server configured yet."),), [], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "Please enter password for user '%1' on IMAP server '%2'.", USER, IMAP),),
     [], ALL),
    ("KMail (Akonadi IMAP resource)",
     (S(IMAPRES, "The server port changed when ManageSieve turned into a full RFC Standard. Old server "
              "implementations still use port 2000, while newer standard conform server can only be accessed "
              "via port 4190."),),
     [], ALL),
    ("KMail (Akonadi IMAP resource)", (S(IMAPRES, "Updating folder '%1'", "Inbox", ctx="@info:status"),), [], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "An error occurred during authentication: %1", "-ERR [AUTH] Authentication failed"),),
     [APP, AUTH], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Could not login to %1. The password may be wrong.\n\n%2", POP, "-ERR [AUTH] Authentication failed"),),
     [APP, AUTH], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "Could not send to server.\n"),), [CONN], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Error during communication with the POP3 server while trying to download mail: %1",
        "Connection reset by peer"),),
     [CONN], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Login via APOP failed. The server %1 may not support APOP, although it claims to support it, or "
              "the password may be wrong.\n\n%2",
              POP, "-ERR [AUTH] Authentication failed"),),
     [APP, AUTH, SEC], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Login via SASL (%1) failed. The server may not support %2, or the password may be wrong.\n\n%3",
        "PLAIN", "PLAIN", "-ERR [AUTH] Authentication failed"),),
     [APP, AUTH, SEC], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "Mail check aborted after going offline."),), [CONN], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "SSL/TLS error: %1", "The host name did not match any of the valid hosts for this certificate"),),
     [CERT], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Server does not respond properly:\n%1\n", "-ERR [AUTH] Authentication failed"),),
     [APP, AUTH], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "The server said: \"%1\"", "-ERR [AUTH] Authentication failed"),),
     [APP, AUTH], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "The server terminated the connection immediately."),), [CONN], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "The server terminated the connection."),), [CONN], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Unable to connect to the server, please verify the server address."),),
     [CONN], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "Unable to login to the server \"%1\".", POP),), [APP, AUTH], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "Unexpected response from POP3 server."),), [CONN, SEC], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "You are asked here because the previous login was not successful."),),
     [APP, AUTH], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Your POP3 server (%1) does not support APOP.\nChoose a different authentication method.", POP),),
     [SEC, AUTH], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Your POP3 server (%1) does not support SASL.\nChoose a different authentication method.", POP),),
     [SEC, AUTH], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Your POP3 server claims to support TLS but negotiation was unsuccessful.\nYou can disable TLS in "
              "the POP account settings dialog."),),
     [SEC, CERT], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Could not find folder for incoming mail, aborting mail check."),),
     [], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "Fetching mail listing."),), [], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Fetching message %1 of %2 (%3 of %4 KB) for %5", "3", "10", "120", "540", USER),),
     [], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "Finished mail check, no message downloaded."),), [], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "If active, most recent messages are kept until the quota is reached and oldest messages are "
              "deleted."),),
     [], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Mail check already in progress, unable to start a second check."),),
     [], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Password: The password given to you by your mail provider."),),
     [], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Please enter the username and password for account '%1'.", USER),),
     [], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "Please specify a server and port on the General tab first."),),
     [], ALL),
    ("KMail (Akonadi POP3 resource)", (S(POPRES, "Unable to store downloaded mails."),), [], ALL),
    ("KMail (Akonadi POP3 resource)",
     (S(POPRES, "You are asked here because the password could not be loaded from the wallet."),),
     [], ALL),
    ("KMail (Akonadi mail dispatcher)",
     (S(DISPATCH, "Could not initiate message transport. Possibly invalid transport."),),
     [CONN, APP], ALL),
    ("KMail (Akonadi mail dispatcher)", (S(DISPATCH, "Could not send message. Invalid transport."),), [CONN, APP], ALL),
    ("KMail (Akonadi mail dispatcher)",
     (S(DISPATCH, "E-Mail Sending Failed", ctx="Notification title when email sending failed"),),
     [CONN, APP], ALL),
    ("KMail (Akonadi mail dispatcher)", (S(DISPATCH, "Offline, message sending suspended."),), [CONN], ALL),
    ("KMail (Akonadi mail dispatcher)",
     (S(DISPATCH, "Default sent-mail folder unavailable. Keeping message in outbox."),),
     [], ALL),
    ("KMail (Akonadi mail dispatcher)",
     (S(DISPATCH, "E-Mail Successfully Sent", ctx="Notification title when email was sent"),),
     [], ALL),
    ("KMail (Akonadi mail dispatcher)", (S(DISPATCH, "Online, sending messages in queue."),), [], ALL),
    ("KMail (Akonadi mail dispatcher)",
     (S(DISPATCH, "Sending succeeded, but failed to move the message to the sent-mail folder."),),
     [], ALL),
    ("KMail (Akonadi mail dispatcher)",
     (S(DISPATCH, "Your E-Mail has been sent successfully.", ctx="Notification when the email was sent"),),
     [], ALL),
    ("KMail", (S(MAILCOMMON, "A critical error occurred. Processing stops here."),), [], ALL),
    ("KMail", (S(MAILCOMMON, "Apply before sending messages"),), [], ALL),
    ("KMail", (S(MAILCOMMON, "Failed to archive the folder '%1'.", "Inbox"),), [], ALL),
    ("KMail", (S(MAILCOMMON, "Removing old messages from folder %1 failed.", "Inbox"),), [], ALL),
    ("KMail", (S(MAILCOMMON, "You cannot redirect the message without an address."),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "All available protocols for TLS/SSL connection disabled"),), [SEC], ALL),
    ("NeoMutt",
     (S(NEOMUTT, "Certificate host check failed: %s", "certificate owner does not match hostname imap.mail.ru"),),
     [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "Command USER is not supported by server"),), [SEC, AUTH], ALL),
    ("NeoMutt", (S(NEOMUTT, "Connection lost. Reconnect to POP server?"),), [CONN], ALL),
    ("NeoMutt", (S(NEOMUTT, "Connection to %s timed out", SMTP),), [CONN], ALL),
    ("NeoMutt", (S(NEOMUTT, "Could not connect to %s (%s)", SMTP, "Connection refused"),), [CONN], ALL),
    ("NeoMutt", (S(NEOMUTT, "Could not find the host \"%s\"", IMAP),), [CONN], ALL),
    ("NeoMutt", (S(NEOMUTT, "Error talking to %s (%s)", IMAP, "Connection reset by peer"),), [CONN], ALL),
    ("NeoMutt", (S(NEOMUTT, "IMAP command failed: %s", "NO [OVERQUOTA] Quota exceeded"),), ["mailbox-full"], ALL),
    ("NeoMutt", (S(NEOMUTT, "Invalid server response"),), [CONN, SEC], ALL),
    ("NeoMutt", (S(NEOMUTT, "Mail not sent"),), [CONN, APP], ALL),
    ("NeoMutt", (S(NEOMUTT, "Mailbox %s@%s closed", USER, IMAP),), [CONN], ALL),
    ("NeoMutt", (S(NEOMUTT, "No authenticators available"),), [SEC, AUTH], ALL),
    ("NeoMutt", (S(NEOMUTT, "SMTP session failed: %s", "535 5.7.8 Error: authentication failed"),), [APP, AUTH], ALL),
    ("NeoMutt", (S(NEOMUTT, "SSL Certificate check (certificate %zu of %zu in chain)", "1", "2"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "SSL failed: %s", "error:0A00010B:SSL routines::wrong version number"),), [SEC], ALL),
    ("NeoMutt", (S(NEOMUTT, "Server certificate is not yet valid"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "This certificate was issued by:"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "Tunnel error talking to %s: %s", IMAP, "Connection reset by peer"),), [CONN], ALL),
    ("NeoMutt",
     (S(NEOMUTT, "Tunnel to %s returned error %d (%s)", IMAP, "104", "Connection reset by peer"),),
     [CONN], ALL),
    ("NeoMutt", (S(NEOMUTT, "Unable to get certificate from peer"),), [CERT, SEC], ALL),
    ("NeoMutt", (S(NEOMUTT, "WARNING: Server certificate has been revoked"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "WARNING: Server certificate has expired"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "WARNING: Server certificate is not yet valid"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "WARNING: Server hostname does not match certificate"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "WARNING: Signer of server certificate is not a CA"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "Warning: Server certificate was signed using an insecure algorithm"),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "certificate owner does not match hostname %s", IMAP),), [CERT], ALL),
    ("NeoMutt", (S(NEOMUTT, "Authenticating (%s)...", "LOGIN"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Can't open trash folder"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Can't postpone.  $postponed is unset"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Certificate saved"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Command UIDL is not supported by server"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Could not flush message to disk"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Error reading alias file"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Fcc failed. (r)etry, alternate (m)ailbox, or (s)kip?"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Logging in..."),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Mailbox is read-only"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Newsgroup %s not found on the server", "comp.mail.mutt"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Password for %s@%s: ", USER, IMAP),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "S/MIME certificate owner does not match sender"),), [], ALL),
    ("NeoMutt",
     (S(NEOMUTT, "SSL/TLS connection using %s (%s/%s/%s)", "TLS1.3", "ECDHE-RSA", "AES-256-GCM", "AEAD"),),
     [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Secure connection with TLS?"),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "Sending message..."),), [], ALL),
    ("NeoMutt", (S(NEOMUTT, "What we have here is a failure to make an attachment"),), [], ALL),
    ("KMail", (S(WIZARD, "&Download all messages for offline use"),), [], ALL),
]


# The same sweep of KMail's own catalogues (its main window, message libraries, account wizard, send-later agent),
# Xfce's Mailwatch plugin, Mailnag and GCR (the certificate prompts of GNOME's mail programs), by a third helper
KMAIL, COMPOSER, VIEWER, MESSAGECORE = "kmail", "libmessagecomposer", "libmessageviewer", "libmessagecore"
ACCOUNTWIZARD, SENDLATER, MAILWATCH, MAILNAG, GCR = (
    "accountwizard", "akonadi_sendlater_agent", "xfce4-mailwatch-plugin", "mailnag", "gcr")
TEMPLATES += [
    ("KMail",
     (S(KMAIL, "%1: %2", USER, "-ERR [AUTH] Authentication failed", ctx="<source>: <error message>"),),
     [APP, AUTH], ALL),
    ("KMail",
     (S(KMAIL, "Account is currently in offline mode. Click <a href=\"kmail:goResourceOnline\">here</a> to go "
              "online . . .</p>"),),
     [CONN], ALL),
    ("KMail", (S(KMAIL, "Impossible to send email"),), [CONN, APP], ALL),
    ("KMail",
     (S(KMAIL, "KMail is currently in offline mode. Click <a href=\"kmail:goOnline\">here</a> to go online . . "
              ".</p>"),),
     [CONN], ALL),
    ("KMail", (S(KMAIL, "KMail is currently in offline mode. How do you want to proceed?"),), [CONN], ALL),
    ("KMail", (S(KMAIL, "Network is unconnected. Folder information cannot be updated."),), [CONN], ALL),
    ("KMail", (S(KMAIL, "Resource %1 is broken.\n%2", USER, "Connection reset by peer"),), [CONN], ALL),
    ("KMail", (S(KMAIL, "Sending Message Failed"),), [CONN, APP], ALL),
    ("KMail", (S(KMAIL, "About to send email..."),), [], ALL),
    ("KMail", (S(KMAIL, "Autosave Message Failed"),), [], ALL),
    ("KMail", (S(KMAIL, "Check mail on startup"),), [], ALL),
    ("KMail", (S(KMAIL, "Close to quota threshold:"),), [], ALL),
    ("KMail", (S(KMAIL, "Deleting messages failed."),), [], ALL),
    ("KMail", (S(KMAIL, "Failed to store contact"),), [], ALL),
    ("KMail", (S(KMAIL, "Initiating sending process..."),), [], ALL),
    ("KMail", (S(KMAIL, "Messages deleted successfully."),), [], ALL),
    ("KMail", (S(KMAIL, "Messages moved successfully."),), [], ALL),
    ("KMail", (S(KMAIL, "Moving messages failed."),), [], ALL),
    ("KMail",
     (S(KMAIL, "One of the configured S/MIME encryption certificates does not contain the configured email "
              "address for this identity (%1).",
              USER),),
     [], ALL),
    ("KMail", (S(KMAIL, "Push email (IMAP IDLE)"),), [], ALL),
    ("KMail", (S(KMAIL, "Retrieving folder properties"),), [], ALL),
    ("KMail", (S(KMAIL, "To: field is empty. Send message anyway?"),), [], ALL),
    ("KMail", (S(KMAIL, "Too many recipients"),), [], ALL),
    ("KMail", (S(KMAIL, "Unable to return list of folders."),), [], ALL),
    ("KMail",
     (S(KMAIL, "You are trying to send the mail to more than %1 recipients. Send message anyway?", "10"),),
     [], ALL),
    ("KMail", (S(KMAIL, "You did not specify a subject. Send message anyway?"),), [], ALL),
    ("KMail",
     (S(KMAIL, "You must enter your email address in the From: field. You should also set your email address for "
              "all identities, so that you do not have to enter it for each message."),),
     [], ALL),
    ("KMail",
     (S(KMAIL, "You must specify at least one receiver, either in the To: field or as CC or as BCC."),),
     [], ALL),
    ("KMail", (S(COMPOSER, "Autosaving Message Failed"),), [], ALL),
    ("KMail",
     (S(COMPOSER, "Examination of recipient's signing preferences showed no common type of signature matching your "
              "available signing keys.\nSend message without signing?"),),
     [], ALL),
    ("KMail", (S(COMPOSER, "Failed to attach file"),), [], ALL),
    ("KMail", (S(COMPOSER, "KMail was unable to write the attachment to a temporary file."),), [], ALL),
    ("KMail",
     (S(COMPOSER, "One or more of your configured OpenPGP encryption keys or S/MIME certificates is not fully "
              "trusted for encryption."),),
     [], ALL),
    ("KMail", (S(COMPOSER, "S/MIME Certificate Expired"),), [], ALL),
    ("KMail", (S(COMPOSER, "S/MIME Certificate Expires Soon"),), [], ALL),
    ("KMail", (S(COMPOSER, "The Send Later agent is not running."),), [], ALL),
    ("KMail", (S(COMPOSER, "Unable to open attachment"),), [], ALL),
    ("KMail",
     (S(COMPOSER, "You did not select an encryption key for the recipient of this message; therefore, the message "
              "will not be encrypted."),),
     [], ALL),
    ("KMail", (S(VIEWER, "Message loading failed: %1.", "Connection reset by peer"),), [CONN], ALL),
    ("KMail", (S(VIEWER, "The network is broken."),), [CONN], ALL),
    ("KMail", (S(VIEWER, "Available CRL is too old."),), [], ALL),
    ("KMail", (S(VIEWER, "CRL not available."),), [], ALL),
    ("KMail", (S(VIEWER, "Could not decrypt the data."),), [], ALL),
    ("KMail", (S(VIEWER, "DKIM: valid (signed by %1)", "mail.ru"),), [], ALL),
    ("KMail", (S(VIEWER, "Error saving message"),), [], ALL),
    ("KMail", (S(VIEWER, "Error verifying the signature"),), [], ALL),
    ("KMail", (S(VIEWER, "File %1 could not be created.", "/home/jana/message.eml"),), [], ALL),
    ("KMail", (S(VIEWER, "No public key to verify the signature"),), [], ALL),
    ("KMail", (S(VIEWER, "Sorry, certificate could not be imported."),), [], ALL),
    ("KMail", (S(VIEWER, "The signature has expired."),), [], ALL),
    ("KMail", (S(VIEWER, "The signature is valid, but the key is untrusted."),), [], ALL),
    ("KMail", (S(MESSAGECORE, "Could not compress the attachment."),), [], ALL),
    ("KMail", (S(MESSAGECORE, "Could not create compressed file."),), [], ALL),
    ("KMail", (S(MESSAGECORE, "Could not open %1 for reading.", "/home/jana/report.pdf"),), [], ALL),
    ("KMail",
     (S(MESSAGECORE, "The resulting attachment would be larger than the maximum allowed size, aborting."),),
     [], ALL),
    ("KMail",
     (S(MESSAGECORE, "You may not attach files bigger than %1. Share it with storage service.", "25 MB"),),
     [], ALL),
    ("KMail", (S(ACCOUNTWIZARD, "Autoconfiguration failed."),), [], ALL),
    ("KMail", (S(ACCOUNTWIZARD, "Autodetecting settings failed"),), [], ALL),
    ("KMail", (S(ACCOUNTWIZARD, "Could not save settings: %1", "Permission denied"),), [], ALL),
    ("KMail", (S(ACCOUNTWIZARD, "Fetching provider list..."),), [], ALL),
    ("KMail", (S(ACCOUNTWIZARD, "Mail transport account set up."),), [], ALL),
    ("KMail",
     (S(ACCOUNTWIZARD, "Select your provider from the list below or click back if your provider is not listed"),),
     [], ALL),
    ("KMail", (S(ACCOUNTWIZARD, "Setting up account..."),), [], ALL),
    ("KMail", (S(ACCOUNTWIZARD, "Setting up mail transport account..."),), [], ALL),
    ("KMail", (S(ACCOUNTWIZARD, "Setup complete."),), [], ALL),
    ("KMail", (S(SENDLATER, "Cannot send message."),), [CONN, APP], ALL),
    ("KMail", (S(SENDLATER, "Message is not a real message"),), [], ALL),
    ("KMail", (S(SENDLATER, "No message found."),), [], ALL),
    ("Xfce Mailwatch plugin",
     (S(MAILWATCH, "Failed to connect to server \"%s\": %s", POP, "Connection refused"),),
     [CONN], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "Failed to receive data: %s", "Connection reset by peer"),), [CONN], ALL),
    ("Xfce Mailwatch plugin",
     (S(MAILWATCH, "Failed to receive encrypted data: %s", "Connection reset by peer"),),
     [CONN, SEC], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "Failed to send data: %s", "Connection reset by peer"),), [CONN], ALL),
    ("Xfce Mailwatch plugin",
     (S(MAILWATCH, "Failed to send encrypted data: %s", "Connection reset by peer"),),
     [CONN, SEC], ALL),
    ("Xfce Mailwatch plugin",
     (S(MAILWATCH, "Received HTTP response code %d.  The most likely reason for this is that your GMail username or "
              "password is incorrect.",
              "401"),),
     [APP, AUTH], ALL),
    ("Xfce Mailwatch plugin",
     (S(MAILWATCH, "TLS handshake failed: %s", "An unexpected TLS packet was received."),),
     [SEC], ALL),
    ("Xfce Mailwatch plugin",
     (S(MAILWATCH, "%s is not a directory. Is %s really a valid maildir?",
        "/home/jana/Maildir", "/home/jana/Maildir"),),
     [], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "Edit Mailbox: %s", USER),), [], ALL),
    ("Xfce Mailwatch plugin",
     (S(MAILWATCH, "Failed to get status of file %s: %s", "/var/mail/jana", "No such file or directory"),),
     [], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "Mailbox name required."),), [], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "No new mail"),), [], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "No server or username is set."),), [], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "Please enter a name for the mailbox."),), [], ALL),
    ("Xfce Mailwatch plugin",
     (S(MAILWATCH, "The POP3 plugin can connect to a remote mail server that supports the POP3 protocol, optionally "
              "using SSL for link protection."),),
     [], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "Use SSL/TLS on alternate port"),), [], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "Use SSL/TLS via STARTTLS"),), [], ALL),
    ("Xfce Mailwatch plugin", (S(MAILWATCH, "Use SSL/TLS via STLS"),), [], ALL),
    ("Mailnag", (S(MAILNAG, "Enable Push-IMAP"),), [], ALL),
    ("Mailnag", (S(MAILNAG, "Maximum number of visible mails:"),), [], ALL),
    ("Mailnag", (S(MAILNAG, "One notification per new mail"),), [], ALL),
    ("Mailnag", (S(MAILNAG, "Shows a popup when new mails arrive."),), [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "The password was incorrect"),), [APP, AUTH], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "Automatically unlock this keyring whenever I’m logged in"),), [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "Could not parse invalid or corrupted data."),), [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "Couldn’t export the certificate."),), [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "Enter password to unlock the private key"),), [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "In order to import, please enter the password."),), [], ALL),
    ("GCR (GNOME certificate prompts)",
     (S(GCR, "The contents are locked. In order to view the contents, enter the correct password."),),
     [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "The information in this key has not yet been verified"),), [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "This key has expired"),), [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "This key is distrusted"),), [], ALL),
    ("GCR (GNOME certificate prompts)", (S(GCR, "Unlock access to passwords and other secrets"),), [], ALL),
]


def entries() -> list[dict]:
    """Every template in its languages, filled; raises MissingString naming a vanished message."""
    out, seen = [], set()
    for template in TEMPLATES:
        program, parts, ids, langs = template[:4]
        per_lang = template[4] if len(template) > 4 else {}
        domains = sorted({d for part in parts for d in _domains(part)})
        where = "; ".join(f"Debian {DOMAINS[d]} {version(DOMAINS[d])} ({d})" for d in domains)
        for lang in langs:
            # a dialog shows Pango's and Qt's rich text as it renders it
            text = re.sub(r"<br ?/?>", "\n", _joined(parts, lang))
            text = re.sub(r"</?(?:b|big|i|qt|p|strong|em)>|</?a\b[^>]*>", "", text)
            text = "\n".join(line.strip() for line in text.split("\n")).strip()
            if (program, text) in seen:  # two messages with the same words in this language
                continue
            seen.add((program, text))
            msgids = "; ".join(_msgids(parts))
            out.append({"text": text, "ids": per_lang.get(lang, ids), "lang": lang, "program": program,
                        "source": f"{where}: {msgids}"})
    return out


def _joined(parts, lang: str) -> str:
    """Parts ending in a colon or a space run on into the next part; others stand on a line of their own."""
    rendered = [render(part, lang) for part in parts]
    return "".join(piece + ("" if i + 1 == len(rendered) or piece.endswith((":", " ")) else "\n")
                   for i, piece in enumerate(rendered))


def _domains(part):
    if isinstance(part, S):
        yield part.domain
        for arg in part.args:
            yield from _domains(arg)


def _msgids(parts):
    for part in parts:
        if isinstance(part, S):
            yield repr(part.msgid)
            yield from _msgids(part.args)
