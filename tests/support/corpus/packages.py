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
# translation domain -> the Debian package that ships its Czech and Russian files (./dev installs them)
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
            with open(LOCALE / lang / "LC_MESSAGES" / f"{domain}.mo", "rb") as mo:
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
    """printf-style (%s, %d, %u, %1$s, %.*s) and KDE/Qt-style (%1, %2) placeholders, in order."""
    ordered = iter(values)

    def printf(match):
        if match.group(0) == "%%":
            return "%"
        if match.group(1):
            return values[int(match.group(1)) - 1]
        return next(ordered)

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
    return found.stdout.strip() or "not installed"


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


def entries() -> list[dict]:
    """Every template in its languages, filled; raises MissingString naming a vanished message."""
    out, seen = [], set()
    for template in TEMPLATES:
        program, parts, ids, langs = template[:4]
        per_lang = template[4] if len(template) > 4 else {}
        domains = sorted({d for part in parts for d in _domains(part)})
        where = "; ".join(f"Debian {DOMAINS[d]} {version(DOMAINS[d])} ({d})" for d in domains)
        for lang in langs:
            text = re.sub(r"</?(?:b|big|i)>", "", _joined(parts, lang))  # a dialog shows Pango markup as it renders
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
