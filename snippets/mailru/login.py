"""Sign in to the Mail.ru servers over IMAP, POP3 and SMTP and say what was verified.

The network half of the account checker (host Python only; the browser cannot open sockets).
Certificate verification stays on; the password is used only for LOGIN/AUTH and never
appears in a result, masked or not.

What a failed result shows of the server's words (`Result.detail`):
- before the password was sent (greeting, TLS, STARTTLS): the server's reply as it came,
  with control characters escaped; it cannot contain the password, which was not sent yet;
- from the moment the password was sent: only the reply's codes (the reply code such as 535,
  the enhanced status code such as 5.7.0, the protocol's status word such as NO or -ERR, and a
  response code in brackets from the fixed lists of RFC 5530 and RFC 2449/3206) and the names
  of local errors (Python's, the operating system's, OpenSSL's). None of these can carry what
  the reader typed, so nothing about the password can be read or inferred from the output,
  not even from a mask. The catalogue entry is still chosen from the whole reply.
A failure that is not the server's reply (a refused connection, a certificate OpenSSL rejects, a
time-out) is said in the system's or OpenSSL's words and marked as such (`Result.from_server`).

A hostile server with a trusted certificate gets no more than that: each connection reads at
most MAX_READ bytes, and a check given up on has its connection shut, so its thread ends.
"""

from __future__ import annotations

import errno
import imaplib
import os
import poplib
import re
import smtplib
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage

from . import service
from .diagnose import diagnose

TIMEOUT = 15.0  # seconds for each server: a check of one server never takes longer
MAX_READ = 1 << 20  # bytes a connection may read in all: a whole check needs a few kilobytes

# Response codes in brackets that servers put before their words (RFC 5530 for IMAP; RFC 2449
# and RFC 3206 for POP3). Only these are shown after the password was sent.
RESPONSE_CODES = frozenset(
    "ALERT AUTHENTICATIONFAILED AUTHORIZATIONFAILED EXPIRED PRIVACYREQUIRED CONTACTADMIN NOPERM INUSE "
    "EXPUNGEISSUED CORRUPTION SERVERBUG CLIENTBUG CANNOT LIMIT OVERQUOTA ALREADYEXISTS NONEXISTENT "
    "UNAVAILABLE AUTH SYS/TEMP SYS/PERM IN-USE LOGIN-DELAY".split()
)
_CODE_TOKENS = re.compile(
    r"(?<![\w.])(?:[2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})(?![\w.])"  # reply code, enhanced status code
    r"|(?<![\w-])(?:OK|NO|BAD|BYE|PREAUTH|\+OK|-ERR)(?![\w-])"  # IMAP and POP3 status words
    r"|\[[A-Z/-]{2,24}\]"
)
# Temporary refusals: a busy server, a rate limit or a failing back end says nothing about the password.
_TEMPORARY = re.compile(r"\[(?:UNAVAILABLE|SYS/TEMP|IN-USE|LOGIN-DELAY|INUSE)\]|^\s*(?:b')?4\d\d\b|\btemporar", re.I)


@dataclass(frozen=True)
class Result:
    protocol: str
    host: str
    port: int
    ok: bool
    tls_version: str = ""
    entry_id: str = ""  # the catalogue entry explaining a failure
    detail: str = ""  # what the reader may see of the failure; see the module's docstring
    from_server: bool = True  # the detail is the server's reply (else the system's or OpenSSL's words)


class TooMuchData(ConnectionError):
    """The server sent more than a check can need (MAX_READ bytes, or a longer IMAP literal)."""

    def __init__(self) -> None:
        super().__init__(errno.EMSGSIZE, os.strerror(errno.EMSGSIZE))


class _Attempt:
    """One server's check: whether the password has been sent yet, what was read, and its sockets."""

    def __init__(self) -> None:
        self.password_sent = False
        self.given_up = False
        self.received = 0
        self.sockets: list[ssl.SSLSocket] = []
        self.lock = threading.Lock()

    def give_up(self) -> None:
        """Shut every connection of this check, which wakes its thread from a blocked read."""
        with self.lock:
            self.given_up = True
            for sock in self.sockets:
                try:
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the TCP connection, whatever TLS is doing
                except OSError:
                    pass


class _CappedSocket(ssl.SSLSocket):
    """An SSL socket that counts what it reads against its check's MAX_READ and stops once given up."""

    attempt: _Attempt  # set on the subclass made for each check (_context)

    def do_handshake(self, *args, **kwargs):
        with self.attempt.lock:  # known before the handshake, so that a slow one can be shut too
            if self.attempt.given_up:
                raise socket.timeout("given up")
            self.attempt.sockets.append(self)
        return super().do_handshake(*args, **kwargs)

    def read(self, size=1024, buffer=None):
        if self.attempt.given_up:
            raise socket.timeout("given up")
        data = super().read(size, buffer)
        self.attempt.received += data if isinstance(data, int) else len(data)
        if self.attempt.received > MAX_READ:
            raise TooMuchData()
        return data


def _context(attempt: _Attempt) -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.hostname_checks_common_name = False  # the host name must be in the certificate's subjectAltName
    context.sslsocket_class = type("CappedSocket", (_CappedSocket,), {"attempt": attempt})
    return context


class _IMAP(imaplib.IMAP4_SSL):
    def read(self, size: int) -> bytes:  # an IMAP literal: imaplib would allocate whatever size it announces
        if size > MAX_READ:
            raise TooMuchData()
        return super().read(size)


def _text(error: BaseException) -> str:
    args = error.args
    parts = []
    for arg in args if args else (error,):
        if isinstance(arg, bytes):
            arg = arg.decode("utf-8", "replace")
        elif isinstance(arg, dict):  # smtplib.SMTPRecipientsRefused
            arg = " ".join(f"{code} {msg.decode('utf-8', 'replace') if isinstance(msg, bytes) else msg}" for code, msg in arg.values())
        parts.append(str(arg))
    return " ".join(parts) or type(error).__name__


KEPT_SPACES = "\u00a0\u202f"  # no-break spaces: part of Czech typography, harmless on a terminal


def printable(text: str) -> str:
    """The text on one line, control characters and other unprintable ones shown as escapes."""
    return "".join(ch if ch.isprintable() or ch in KEPT_SPACES else " " if ch.isspace()
                   else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _is_server_reply(error: BaseException) -> bool:
    return isinstance(error, (imaplib.IMAP4.error, poplib.error_proto, smtplib.SMTPException)) and not isinstance(
        error, smtplib.SMTPServerDisconnected)


def classify(error: BaseException, password_sent: bool = True) -> str:
    """The catalogue entry id for an exception raised while connecting, signing in or sending."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return "tls-certificate"
    if isinstance(error, UnicodeError):
        return "authentication-failed"  # an app password is plain ASCII: this one cannot be it
    text = f"{type(error).__name__} {_text(error)}"
    if isinstance(error, (imaplib.IMAP4.abort, smtplib.SMTPServerDisconnected, EOFError, socket.timeout)):
        return "connection-failed"  # the server hung up or went silent: not a verdict on the password
    if _is_server_reply(error) and _TEMPORARY.search(_text(error)):
        return "connection-failed"  # try again later; the password may well be right
    found = diagnose(text)
    if found and (password_sent or found[0].id in ("tls-certificate", "wrong-security", "connection-failed")):
        return found[0].id
    if isinstance(error, ssl.SSLError):
        return "wrong-security"
    if password_sent and _is_server_reply(error):
        return "authentication-failed"
    return "connection-failed"  # refused or garbled before any sign-in: not a verdict on the password


_SSL_SOURCE_LINE = re.compile(r"\s*\(_ssl\.c:\d+\)|_ssl\.c:\d+:\s*")  # where in CPython's C code the error was raised


def local_words(error: BaseException) -> str:
    """A failure that is not the server's reply, in the system's or OpenSSL's own words."""
    if isinstance(error, ssl.SSLError):  # "[SSL: REASON] words", without the error number
        words = str(error.args[1]) if len(error.args) > 1 else str(error)
    elif isinstance(error, OSError) and error.errno in errno.errorcode:
        words = f"{type(error).__name__}: {os.strerror(error.errno)}"  # the system's own words
    elif isinstance(error, OSError) and (error.strerror or error.args):  # smtplib's SMTPServerDisconnected too
        words = f"{type(error).__name__}: {error.strerror or error.args[0]}"
    else:
        words = type(error).__name__
    return _SSL_SOURCE_LINE.sub("", words)


def safe_detail(error: BaseException, password_sent: bool) -> str:
    """What the reader sees of a failure; see the module's docstring for why it is safe."""
    if isinstance(error, UnicodeError):
        return type(error).__name__  # it carries the text it could not encode
    if not _is_server_reply(error):
        return printable(local_words(error))[:200]
    if not password_sent:
        return printable(_text(error))[:200]
    if isinstance(error, smtplib.SMTPResponseException):
        text = f"{error.smtp_code} {error.smtp_error.decode('ascii', 'replace') if isinstance(error.smtp_error, bytes) else error.smtp_error}"
    else:
        text = _text(error)
    tokens = [t for t in _CODE_TOKENS.findall(text) if not t.startswith("[") or t[1:-1] in RESPONSE_CODES]
    return " ".join(dict.fromkeys(tokens)) or type(error).__name__


def _failure(server: service.Server, error: BaseException, attempt: _Attempt) -> Result:
    return Result(server.protocol, server.host, server.port, False, entry_id=classify(error, attempt.password_sent),
                  detail=safe_detail(error, attempt.password_sent), from_server=_is_server_reply(error))


def _imap(address: str, password: str, timeout: float, attempt: _Attempt) -> str:
    server = service.recommended(service.IMAP)
    with _IMAP(server.host, server.port, ssl_context=_context(attempt), timeout=timeout) as imap:
        version = imap.sock.version()
        if imap.state != "NONAUTH":  # a PREAUTH greeting: signed in before any password, so none is sent
            raise imaplib.IMAP4.error(imap.welcome.decode("utf-8", "replace"))
        attempt.password_sent = True
        imap.login(service.username_for(address), password)
        imap.select("INBOX", readonly=True)
        imap.logout()
    return version


def _pop3(address: str, password: str, timeout: float, attempt: _Attempt) -> str:
    server = service.recommended(service.POP3)
    pop = poplib.POP3_SSL(server.host, server.port, context=_context(attempt), timeout=timeout)
    try:
        version = pop.sock.version()
        pop.user(service.username_for(address))
        attempt.password_sent = True
        pop.pass_(password)
        pop.stat()
    finally:
        try:
            pop.quit()
        except (OSError, poplib.error_proto):
            pop.close()
    return version


def _smtp(address: str, password: str, timeout: float, attempt: _Attempt, send_test: bool = False, subject: str = "") -> str:
    server = service.recommended(service.SMTP)
    with smtplib.SMTP_SSL(server.host, server.port, context=_context(attempt), timeout=timeout) as smtp:
        version = smtp.sock.version()
        smtp.ehlo()
        attempt.password_sent = True
        smtp.login(service.username_for(address), password)
        if send_test:
            message = EmailMessage()
            message["From"] = message["To"] = address
            message["Subject"] = subject or f"Mail.ru account check {time.strftime('%Y-%m-%d %H:%M:%S')}"
            message.set_content("This message was sent by the account checker to test sending.\n")
            smtp.send_message(message)
    return version


def _bounded(protocol: str, run, timeout: float) -> Result:
    """Run one server's check in a thread and give up after `timeout` seconds in all.

    A socket time-out bounds each read; a server that sends one byte now and then would still
    hold a check for ever, so the whole check has a deadline too. A check given up on has its
    connection shut: its (daemon) thread stops reading at once and ends.
    """
    server = service.recommended(protocol)
    attempt = _Attempt()
    outcome: list[Result] = []

    def target() -> None:
        try:
            version = run(attempt)
        except Exception as error:  # noqa: BLE001 - every failure becomes a catalogue entry
            outcome.append(_failure(server, error, attempt))
        else:
            outcome.append(Result(server.protocol, server.host, server.port, True, version))

    thread = threading.Thread(target=target, name=f"check-{protocol}", daemon=True)
    thread.start()
    thread.join(timeout)
    if outcome:
        return outcome[0]
    attempt.give_up()
    return _failure(server, TimeoutError(errno.ETIMEDOUT, os.strerror(errno.ETIMEDOUT)), attempt)


def check_imap(address: str, password: str, timeout: float = TIMEOUT) -> Result:
    return _bounded(service.IMAP, lambda attempt: _imap(address, password, timeout, attempt), timeout)


def check_pop3(address: str, password: str, timeout: float = TIMEOUT) -> Result:
    return _bounded(service.POP3, lambda attempt: _pop3(address, password, timeout, attempt), timeout)


def check_smtp(address: str, password: str, send_test: bool = False, subject: str = "", timeout: float = TIMEOUT) -> Result:
    return _bounded(service.SMTP, lambda attempt: _smtp(address, password, timeout, attempt, send_test, subject), timeout)


def check_all(address: str, password: str, send_test: bool = False, timeout: float = TIMEOUT) -> list[Result]:
    """IMAP, POP3 and SMTP sign-in on the recommended settings, in that order."""
    return [
        check_imap(address, password, timeout),
        check_pop3(address, password, timeout),
        check_smtp(address, password, send_test, timeout=timeout),
    ]
