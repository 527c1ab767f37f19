"""Sign in to the Mail.ru servers over IMAP, POP3 and SMTP and say what was verified.

The network half of the account checker (host Python only; the browser cannot open sockets).
Certificate verification stays on; the password is used only for LOGIN/AUTH and never
appears in a result.
"""

from __future__ import annotations

import imaplib
import poplib
import re
import smtplib
import socket
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage

from . import service
from .diagnose import diagnose

TIMEOUT = 15.0  # seconds for each connection and each reply


@dataclass(frozen=True)
class Result:
    protocol: str
    host: str
    port: int
    ok: bool
    tls_version: str = ""
    entry_id: str = ""  # the catalogue entry explaining a failure
    detail: str = ""  # the server's or the library's own words, password removed


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


def classify(error: BaseException) -> str:
    """The catalogue entry id for an exception raised while connecting or signing in."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return "tls-certificate"
    if isinstance(error, UnicodeError):
        return "authentication-failed"  # an app password is plain ASCII: this one cannot be it
    text = f"{type(error).__name__} {_text(error)}"
    found = diagnose(text)
    if found:
        return found[0].id
    if isinstance(error, (imaplib.IMAP4.abort, smtplib.SMTPServerDisconnected, EOFError)) or re.search(r"\bEOF\b", text):
        return "connection-failed"  # the server hung up: not a verdict on the password
    if isinstance(error, ssl.SSLError):
        return "wrong-security"
    if isinstance(error, (imaplib.IMAP4.error, poplib.error_proto, smtplib.SMTPAuthenticationError)):
        return "authentication-failed"
    return "connection-failed"


def _failure(server: service.Server, error: BaseException, password: str) -> Result:
    # a UnicodeError carries the text it could not encode, which may be the password itself
    detail = type(error).__name__ if isinstance(error, UnicodeError) else _text(error)
    if password:
        detail = detail.replace(password, "***")
    return Result(server.protocol, server.host, server.port, False, entry_id=classify(error), detail=" ".join(detail.split())[:300])


def check_imap(address: str, password: str, timeout: float = TIMEOUT) -> Result:
    server = service.recommended(service.IMAP)
    try:
        with imaplib.IMAP4_SSL(server.host, server.port, ssl_context=_context(), timeout=timeout) as imap:
            version = imap.sock.version()
            imap.login(service.username_for(address), password)
            imap.select("INBOX", readonly=True)
            imap.logout()
    except Exception as error:  # noqa: BLE001 - every failure becomes a catalogue entry
        return _failure(server, error, password)
    return Result(server.protocol, server.host, server.port, True, version)


def check_pop3(address: str, password: str, timeout: float = TIMEOUT) -> Result:
    server = service.recommended(service.POP3)
    try:
        pop = poplib.POP3_SSL(server.host, server.port, context=_context(), timeout=timeout)
        try:
            version = pop.sock.version()
            pop.user(service.username_for(address))
            pop.pass_(password)
            pop.stat()
        finally:
            try:
                pop.quit()
            except (OSError, poplib.error_proto):
                pop.close()
    except Exception as error:  # noqa: BLE001
        return _failure(server, error, password)
    return Result(server.protocol, server.host, server.port, True, version)


def check_smtp(address: str, password: str, send_test: bool = False, subject: str = "", timeout: float = TIMEOUT) -> Result:
    server = service.recommended(service.SMTP)
    try:
        with smtplib.SMTP_SSL(server.host, server.port, context=_context(), timeout=timeout) as smtp:
            version = smtp.sock.version()
            smtp.login(service.username_for(address), password)
            if send_test:
                message = EmailMessage()
                message["From"] = message["To"] = address
                message["Subject"] = subject or f"Mail.ru account check {time.strftime('%Y-%m-%d %H:%M:%S')}"
                message.set_content("This message was sent by the account checker to test sending.\n")
                smtp.send_message(message)
    except Exception as error:  # noqa: BLE001
        return _failure(server, error, password)
    return Result(server.protocol, server.host, server.port, True, version)


def check_all(address: str, password: str, send_test: bool = False, timeout: float = TIMEOUT) -> list[Result]:
    """IMAP, POP3 and SMTP sign-in on the recommended settings, in that order."""
    socket.setdefaulttimeout(timeout)
    return [
        check_imap(address, password, timeout),
        check_pop3(address, password, timeout),
        check_smtp(address, password, send_test, timeout=timeout),
    ]
