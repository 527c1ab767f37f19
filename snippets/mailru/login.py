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


class _Attempt:
    """What happened so far on one server: whether the password has been sent yet."""

    def __init__(self) -> None:
        self.password_sent = False


def _context() -> ssl.SSLContext:
    return ssl.create_default_context()


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


def safe_detail(error: BaseException, password_sent: bool) -> str:
    """What the reader sees of a failure; see the module's docstring for why it is safe."""
    if isinstance(error, UnicodeError):
        return type(error).__name__  # it carries the text it could not encode
    if not password_sent:
        return printable(_text(error))[:200]
    if isinstance(error, smtplib.SMTPResponseException):
        text = f"{error.smtp_code} {error.smtp_error.decode('ascii', 'replace') if isinstance(error.smtp_error, bytes) else error.smtp_error}"
    elif _is_server_reply(error):
        text = _text(error)
    elif isinstance(error, OSError) and error.errno in errno.errorcode:
        return f"{type(error).__name__}: {os.strerror(error.errno)}"  # the system's own words
    else:
        return type(error).__name__
    tokens = [t for t in _CODE_TOKENS.findall(text) if not t.startswith("[") or t[1:-1] in RESPONSE_CODES]
    return " ".join(dict.fromkeys(tokens)) or type(error).__name__


def _failure(server: service.Server, error: BaseException, attempt: _Attempt) -> Result:
    return Result(server.protocol, server.host, server.port, False, entry_id=classify(error, attempt.password_sent),
                  detail=safe_detail(error, attempt.password_sent))


def _imap(address: str, password: str, timeout: float, attempt: _Attempt) -> str:
    server = service.recommended(service.IMAP)
    with imaplib.IMAP4_SSL(server.host, server.port, ssl_context=_context(), timeout=timeout) as imap:
        version = imap.sock.version()
        attempt.password_sent = True
        imap.login(service.username_for(address), password)
        imap.select("INBOX", readonly=True)
        imap.logout()
    return version


def _pop3(address: str, password: str, timeout: float, attempt: _Attempt) -> str:
    server = service.recommended(service.POP3)
    pop = poplib.POP3_SSL(server.host, server.port, context=_context(), timeout=timeout)
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
    with smtplib.SMTP_SSL(server.host, server.port, context=_context(), timeout=timeout) as smtp:
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
    hold a check for ever, so the whole check has a deadline too. A check given up on is left
    to its (daemon) thread, which ends with the program.
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
    return _failure(server, socket.timeout(f"no complete answer within {timeout:g} s"), attempt)


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
