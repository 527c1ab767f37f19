"""Real mail servers on loopback standing in for imap.mail.ru, pop.mail.ru and smtp.mail.ru.

Programs under test run UNCHANGED in a subprocess: they connect to the real host names and
ports with ssl.create_default_context(), and reach these servers instead, because
mail_servers.env() puts tests/support/route (sitecustomize.py, the name router) on PYTHONPATH,
trusts the test CA through SSL_CERT_FILE and lists the routes in MAILRU_TEST_ROUTES.

    def test_login(mail_servers):
        result = mail_servers.run(["-c", CODE], env=mail_servers.env(imap="untrusted-ca"))

IMAP and POP3 are Dovecot; SMTP is aiosmtpd. Each service can be put behind its real
host:port in one of these scenarios (env(imap=..., pop3=..., smtp=...)):

    tls              implicit TLS, certificate for the real host from the trusted test CA
    plain            plain text with STARTTLS offered (what ports 143, 110 and 587 serve)
    wrong-host-cert  implicit TLS, certificate for wrong.example from the trusted CA
    cn-only-cert     implicit TLS, certificate from the trusted CA that names the real host only in
                     its subject's common name, with no subjectAltName (browsers refuse these)
    untrusted-ca     implicit TLS, certificate for the real host from a CA nobody trusts
    closed           nothing listens: connection refused
    silent           accepts the connection and never sends a byte (for time-outs)

Accounts: ADDRESS logs in with its app password (mail_servers.app_password), any other
password gets the server's normal failure; APP_PASSWORD_USER is refused with Mail.ru's
"app password required" reply whatever the password (MailServers(root, app_password_user=ADDRESS)
instead gives ADDRESS that reply for any wrong password, as for a main password: the pictures); BLOCKED_SENDER logs in but may not
send. SMTP refusals are the tables RECIPIENT_REJECTIONS and SENDER_REJECTIONS below.
One set of servers serves the whole session: use unique subjects to find your messages.
"""

from __future__ import annotations

import asyncio
import datetime
import email
import email.policy
import imaplib
import logging
import os
import secrets
import shutil
import signal
import socket
import stat
import ssl
import string
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest
import trustme
from mailru import service
from aiosmtpd.smtp import SMTP, AuthResult

__all__ = ["mail_servers"]

ROUTE_DIR = Path(__file__).resolve().parent / "route"

ADDRESS = "jana.novakova@mail.ru"
APP_PASSWORD_USER = "stary.ucet@mail.ru"
BLOCKED_SENDER = "blocked@mail.ru"

# The real host names and ports, from the source of truth (keys: imap, pop3, smtp).
HOSTS = {p: service.recommended(p).host for p in service.INCOMING + (service.SMTP,)}
TLS_PORTS = {p: service.recommended(p).port for p in HOSTS}
STARTTLS_PORTS = {p: service.alternative(p).port for p in HOSTS}
SCENARIOS = ("tls", "plain", "wrong-host-cert", "cn-only-cert", "untrusted-ca", "closed", "silent")
CERTIFICATE_SCENARIOS = ("wrong-host-cert", "cn-only-cert", "untrusted-ca")  # Dovecot and aiosmtpd behind a bad certificate
WRONG_HOST = "wrong.example"

# Mail.ru's verbatim replies (shared/facts.md); Dovecot puts its own prefix before the IMAP one.
SMTP_APP_PASSWORD_REQUIRED, APP_PASSWORD_REQUIRED = service.ERRORS_BY_ID["app-password-required"].server_texts
SMTP_AUTH_FAILED = service.ERRORS_BY_ID["authentication-failed"].server_texts[0]
# What each server answers to a log-in, as imaplib (after "NO"), poplib and smtplib show it.
APP_PASSWORD_REQUIRED_REPLY = {"imap": f"[AUTHENTICATIONFAILED] {APP_PASSWORD_REQUIRED}",
                               "pop3": f"-ERR [AUTH] {APP_PASSWORD_REQUIRED}",
                               "smtp": SMTP_APP_PASSWORD_REQUIRED}
WRONG_PASSWORD_REPLY = {"imap": "[AUTHENTICATIONFAILED] Authentication failed.",  # Dovecot's own
                        "pop3": "-ERR [AUTH] Authentication failed.",
                        "smtp": SMTP_AUTH_FAILED}


@dataclass(frozen=True)
class Rejection:
    stage: str  # the SMTP command that gets the reply: "MAIL", "RCPT" or "DATA"
    reply: str  # the whole reply line, code first


# Recipient's local part (any domain) -> how SMTP refuses mail to it.
RECIPIENT_REJECTIONS = {
    "spam": Rejection("DATA", "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=123"
                              " or report details to abuse@corp.mail.ru. Error code: 123 ID: 456."),
    "dmarc": Rejection("DATA", "550 5.7.1 This message was not accepted due to domain (example.org) owner DMARC"
                               " policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc"),
    "nobody-here": Rejection("RCPT", "550 user not found"),
    "full": Rejection("RCPT", "552 5.2.2 Mailbox full"),  # no verbatim Mail.ru text is known
    "dynamic": Rejection("RCPT", "550 we do not accept mail from dynamic ips"),
}
# Logged-in account -> how SMTP refuses everything it sends (no verbatim text is known).
SENDER_REJECTIONS = {
    BLOCKED_SENDER: Rejection("MAIL", "550 Sending messages for this account is disabled"),
}

# Mail storage belongs to an unprivileged user: Dovecot refuses to serve mail as root.
MAIL_UID = MAIL_GID = 65534  # nobody:nogroup
DH_PARAMS = Path("/usr/share/dovecot/dh.pem")
DOVECOT = shutil.which("dovecot", path=f"{os.environ.get('PATH', '')}:/usr/sbin") or "dovecot"

# aiosmtpd logs a warning about its own deprecated field on every log-in.
logging.getLogger("mail.log").addFilter(lambda record: not record.getMessage().startswith("Session.login_data"))


def _app_password() -> str:
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(20))


def _listening_socket(listen: bool = True) -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    if listen:
        sock.listen(64)
    return sock


def _free_port() -> int:
    with _listening_socket(listen=False) as sock:
        return sock.getsockname()[1]


def _rejection(stage: str, login: str | None, recipients: list[str]) -> str | None:
    found = [SENDER_REJECTIONS.get(login or "")]
    found += [RECIPIENT_REJECTIONS.get(r.partition("@")[0].lower()) for r in recipients]
    return next((r.reply for r in found if r and r.stage == stage), None)


@dataclass(frozen=True)
class SentMessage:
    login: str | None
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


class _SmtpHandler:
    def __init__(self, servers: MailServers):
        self.servers = servers

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if not session.authenticated:  # here, not aiosmtpd's auth_required: see _start_python_servers
            return "530 5.7.0 Authentication required"
        refused = _rejection("MAIL", _login(session), [])
        if refused:
            return refused
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refused = _rejection("RCPT", _login(session), [address])
        if refused:
            return refused
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        refused = _rejection("DATA", _login(session), envelope.rcpt_tos)
        if refused:
            return refused
        sent = SentMessage(_login(session), envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
        self.servers.sent.append(sent)
        for rcpt in sent.rcpt_tos:
            if rcpt.lower() in self.servers.users:
                self.servers.deliver(rcpt, sent.content)
        return "250 OK"


def _login(session) -> str | None:
    login = getattr(session.auth_data, "login", None)  # aiosmtpd's LoginPassword
    return login.decode("utf-8", "replace").lower() if login else None


class _ImapClient(imaplib.IMAP4_SSL):
    """IMAP4_SSL to a loopback port that still checks the certificate as imap.mail.ru."""

    def _create_socket(self, timeout):
        sock = socket.create_connection((self.host, self.port), timeout)
        return self.ssl_context.wrap_socket(sock, server_hostname=HOSTS["imap"])


class MailServers:
    """Everything the tests need; start() it once, stop() it at the end (the fixture does).

    address, app_password        the account that works (ADDRESS and its app password)
    app_password_user            the account refused with Mail.ru's app-password reply
    blocked_sender, users        the account that may not send; every address -> password
    ca_pem, routes, sent         test CA; default routes; messages SMTP accepted
    env(**scenarios), run(args, env=None, input=None, timeout=30, cwd=None)
    deliver(address, message), inbox(address), inbox_subjects(address), clear_inbox(address)
    dovecot_log                  Dovecot's log file, to read when something fails
    """

    def __init__(self, root: Path, app_password_user: str = APP_PASSWORD_USER):
        self.root = root
        self.address = ADDRESS
        self.app_password = _app_password()
        self.app_password_user = app_password_user
        self.blocked_sender = BLOCKED_SENDER
        # address -> password; each refused recipient has an account too, so that a program can
        # sign in as it and send a test message to itself
        self.users = {ADDRESS: self.app_password, BLOCKED_SENDER: _app_password(),
                      **{f"{local}@mail.ru": _app_password() for local in RECIPIENT_REJECTIONS}}
        self.sent: list[SentMessage] = []  # every message SMTP accepted, in order
        self.ca_pem = root / "ca.pem"
        self.dovecot_log = root / "dovecot.log"
        self._targets: dict[str, dict[str, tuple[str, int]]] = {s: {} for s in HOSTS}
        self._dovecot: subprocess.Popen | None = None
        self._loop = asyncio.new_event_loop()
        self._loop_thread = threading.Thread(target=self._loop.run_forever, name="mail-servers", daemon=True)
        self._servers: list[asyncio.AbstractServer] = []
        self._held: list[socket.socket] = []
        self._names = count()

    # ---- for tests -------------------------------------------------------------------

    @property
    def routes(self) -> dict[str, str]:
        """The default map: real "host:port" (or "host:*") -> loopback "127.0.0.1:port"."""
        return self._routes({})

    def env(self, **overrides: str | None) -> dict[str, str]:
        """Environment for a subprocess that should reach these servers.

        Keys: imap, pop3, smtp (their implicit-TLS ports 993, 995, 465) or any
        "host:port" (pass as **{"smtp.mail.ru:587": "silent"}); values: a scenario name,
        a literal "127.0.0.1:port", or None to drop the route (the port is then closed).
        """
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROUTE_DIR), env.get("PYTHONPATH")]))
        env["SSL_CERT_FILE"] = str(self.ca_pem)
        env["SSL_CERT_DIR"] = str(self.root / "no-certs")  # trust nothing else
        env["MAILRU_TEST_ROUTES"] = ",".join(f"{k}={v}" for k, v in self._routes(overrides).items())
        return env

    def run(self, args, env=None, input=None, timeout=30, cwd=None) -> subprocess.CompletedProcess:
        """sys.executable with args (e.g. ["-c", code] or [script, ...]), text output captured."""
        return subprocess.run([sys.executable, *args], env=self.env() if env is None else env, input=input,
                              capture_output=True, text=True, timeout=timeout, cwd=cwd)

    def scripted(self, protocol: str, script, context: ssl.SSLContext | None = None) -> str:
        """A misbehaving server for protocol ("imap", "pop3", "smtp"): implicit TLS with the trusted
        certificate for the real host (or the server context given), then `await script(reader, writer)`
        runs the conversation. Returns its "127.0.0.1:port", to pass as env(imap=...) and the like."""
        async def run(reader, writer):
            try:
                await script(reader, writer)
            except (OSError, ssl.SSLError, asyncio.IncompleteReadError):
                pass
            finally:
                writer.close()

        sock = _listening_socket()
        server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(run, sock=sock, ssl=context or self._contexts[protocol, "tls"]), self._loop).result(10)
        self._servers.append(server)
        return "%s:%d" % sock.getsockname()

    def deliver(self, address: str, message: bytes | str | email.message.Message) -> Path:
        """Put a message straight into the address's INBOX (what SMTP does for local users)."""
        if isinstance(message, email.message.Message):
            message = message.as_bytes()
        if isinstance(message, str):
            message = message.encode()
        maildir = self._maildir(address)
        name = f"{time.time_ns()}.P{os.getpid()}Q{next(self._names)}.mailru-test"
        tmp = maildir / "tmp" / name
        tmp.write_bytes(message.replace(b"\r\n", b"\n"))
        os.chown(tmp, MAIL_UID, MAIL_GID)
        return tmp.rename(maildir / "new" / name)

    def inbox(self, address: str = ADDRESS) -> list[email.message.EmailMessage]:
        """The address's INBOX, read over IMAPS from this process (certificate checked)."""
        host, port = self._targets["imap"]["tls"]
        context = ssl.create_default_context(cafile=str(self.ca_pem))
        with _ImapClient(host, port, ssl_context=context, timeout=10) as imap:
            imap.login(address, self.users[address.lower()])
            imap.select("INBOX", readonly=True)
            _, (numbers,) = imap.search(None, "ALL")
            messages = []
            for number in numbers.split():
                _, data = imap.fetch(number, "(BODY.PEEK[])")
                messages.append(email.message_from_bytes(data[0][1], policy=email.policy.default))
            return messages

    def inbox_subjects(self, address: str = ADDRESS) -> list[str]:
        return [str(message["Subject"]) for message in self.inbox(address)]

    def clear_inbox(self, address: str = ADDRESS) -> None:
        for folder in ("new", "cur"):
            for path in (self._maildir(address) / folder).iterdir():
                path.unlink()

    # ---- start and stop ------------------------------------------------------------

    def start(self) -> MailServers:
        started = time.monotonic()
        (self.root / "no-certs").mkdir()
        self._make_certificates()
        for address in self.users:
            for folder in ("", "cur", "new", "tmp"):
                self._maildir(address, check=False).joinpath(folder).mkdir(parents=True, exist_ok=True)
        for path in [self.root / "mail", *(self.root / "mail").rglob("*")]:
            os.chown(path, MAIL_UID, MAIL_GID)
        (self.root / "mail").chmod(0o700)
        self._loop.set_exception_handler(self._log_loop_error)
        self._loop_thread.start()
        self._start_dovecot(deadline=started + 15)
        self._start_python_servers()
        return self

    def stop(self) -> None:
        if self._loop_thread.is_alive():
            for server in self._servers:
                self._loop.call_soon_threadsafe(server.close)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._loop_thread.join(5)
        if not self._loop.is_running():
            self._loop.close()
        for sock in self._held:
            sock.close()
        self._stop_dovecot()
        if os.environ.get("MAILRU_TEST_KEEP"):
            print(f"mail servers' files kept in {self.root}", file=sys.stderr)
        else:
            shutil.rmtree(self.root, ignore_errors=True)

    # ---- internals -----------------------------------------------------------------

    def _routes(self, overrides: dict) -> dict[str, str]:
        routes = {}
        for service, host in HOSTS.items():
            routes[f"{host}:{TLS_PORTS[service]}"] = "tls"
            routes[f"{host}:{STARTTLS_PORTS[service]}"] = "plain"
        for key, scenario in overrides.items():
            routes[f"{HOSTS[key]}:{TLS_PORTS[key]}" if key in HOSTS else key] = scenario
        service_of = {host: service for service, host in HOSTS.items()}
        spec = {}
        for source, scenario in routes.items():
            if scenario is None:
                continue
            if ":" not in scenario:
                if scenario not in SCENARIOS:
                    raise ValueError(f"unknown scenario {scenario!r}; choose from {SCENARIOS}")
                service = service_of.get(source.rpartition(":")[0])
                if service is None and scenario not in ("closed", "silent"):
                    raise ValueError(f"{source}: only 'closed', 'silent' or a host:port fit an unknown host")
                scenario = "%s:%d" % self._targets[service or "imap"][scenario]
            spec[source] = scenario
        for host in HOSTS.values():
            spec.setdefault(f"{host}:*", "%s:%d" % self._targets["imap"]["closed"])
        return spec

    def _maildir(self, address: str, check: bool = True) -> Path:
        address = address.lower()
        if check and address not in self.users:
            raise KeyError(f"{address} has no mailbox here; mailboxes: {sorted(self.users)}")
        return self.root / "mail" / address / "Maildir"

    def _make_certificates(self) -> None:
        trusted = trustme.CA(organization_name="Mail.ru stand-in test CA")
        untrusted = trustme.CA(organization_name="Untrusted test CA")
        trusted.cert_pem.write_to_path(str(self.ca_pem))
        self._contexts = {}  # (service, scenario) -> server SSLContext
        for service, host in HOSTS.items():
            for scenario, leaf in (("tls", trusted.issue_cert(host)),
                                   ("wrong-host-cert", trusted.issue_cert(WRONG_HOST)),
                                   ("cn-only-cert", None),
                                   ("untrusted-ca", untrusted.issue_cert(host))):
                context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                if leaf is None:
                    context.load_cert_chain(*self._common_name_only(trusted, host))
                else:
                    leaf.configure_cert(context)
                self._contexts[service, scenario] = context
                if scenario == "tls":
                    leaf.private_key_pem.write_to_path(str(self.root / f"{host}.key"))
                    (self.root / f"{host}.pem").write_bytes(b"".join(p.bytes() for p in leaf.cert_chain_pems))

    def _common_name_only(self, ca: trustme.CA, host: str) -> tuple[Path, Path]:
        """A certificate from `ca` with `host` in the subject's CN and no subjectAltName (trustme always
        adds one); returns the files of the certificate and its key."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        issuer = x509.load_pem_x509_certificate(ca.cert_pem.bytes())
        signer = serialization.load_pem_private_key(ca.private_key_pem.bytes(), password=None)
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.timezone.utc)
        certificate = (x509.CertificateBuilder()
                       .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
                       .issuer_name(issuer.subject).public_key(key.public_key())
                       .serial_number(x509.random_serial_number())
                       .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=1))
                       .sign(signer, hashes.SHA256()))
        cert_file, key_file = self.root / f"{host}.cn-only.pem", self.root / f"{host}.cn-only.key"
        cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        return cert_file, key_file

    def _start_python_servers(self) -> None:
        handler = _SmtpHandler(self)
        for scenario in ("tls", "plain", *CERTIFICATE_SCENARIOS):
            implicit = scenario != "plain"
            context = self._contexts["smtp", "tls" if scenario == "plain" else scenario]
            # aiosmtpd warns when AUTH is required but TLS is not; with implicit TLS the whole
            # connection is TLS, so the handler requires AUTH itself.
            factory = (lambda implicit=implicit, context=context: SMTP(
                handler, hostname=HOSTS["smtp"], loop=self._loop, authenticator=self._authenticate,
                auth_require_tls=not implicit, tls_context=None if implicit else context))
            self._serve("smtp", scenario, self._loop.create_server, factory, tls=context if implicit else None)
        for service in ("imap", "pop3"):  # Dovecot's plain port behind TLS with the wrong certificates
            for scenario in CERTIFICATE_SCENARIOS:
                relay = lambda r, w, backend=self._targets[service]["plain"]: self._relay(r, w, backend)
                self._serve(service, scenario, asyncio.start_server, relay, tls=self._contexts[service, scenario])
        self._serve(None, "silent", asyncio.start_server, self._silent)
        closed = _listening_socket(listen=False)  # bound, never listening: connection refused
        self._held.append(closed)
        for service in HOSTS:
            self._targets[service]["closed"] = closed.getsockname()

    def _serve(self, service, scenario, start, callback, tls=None) -> None:
        sock = _listening_socket()
        server = asyncio.run_coroutine_threadsafe(start(callback, sock=sock, ssl=tls), self._loop).result(10)
        self._servers.append(server)
        for name in [service] if service else HOSTS:
            self._targets[name][scenario] = sock.getsockname()

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        login = auth_data.login.decode("utf-8", "replace").lower()
        password = auth_data.password.decode("utf-8", "replace")
        if login in self.users and secrets.compare_digest(self.users[login].encode(), password.encode()):
            return AuthResult(success=True, auth_data=auth_data)
        if login == self.app_password_user:
            return AuthResult(success=False, handled=False, message=SMTP_APP_PASSWORD_REQUIRED)
        return AuthResult(success=False, handled=False, message=SMTP_AUTH_FAILED)

    @staticmethod
    async def _relay(reader, writer, backend) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*backend)
        except OSError:
            writer.close()
            return

        async def pump(source, sink):
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except (OSError, ssl.SSLError):
                pass
            finally:
                sink.close()

        await asyncio.gather(pump(reader, up_writer), pump(up_reader, writer))

    @staticmethod
    async def _silent(reader, writer) -> None:
        try:
            await reader.read()  # swallow whatever comes until the client gives up
        except OSError:
            pass
        writer.close()

    def _log_loop_error(self, loop, context) -> None:
        # Refused TLS handshakes are the point of some scenarios; keep a note of everything.
        try:
            with open(self.root / "python-servers.log", "a") as log:
                print(context.get("message"), repr(context.get("exception")), file=log)
        except OSError:  # at the very end, a scripted conversation still pending after the files were removed
            pass

    # ---- Dovecot -------------------------------------------------------------------

    def _dovecot_config(self) -> str:
        root, imap, pop3 = self.root, HOSTS["imap"], HOSTS["pop3"]
        ports = {(s, c): self._targets[s][c][1] for s in ("imap", "pop3") for c in ("plain", "tls")}
        dh = f"ssl_dh = <{DH_PARAMS}" if DH_PARAMS.exists() else ""
        return f"""\
# Written by tests/support/mailservers.py for one test session.
instance_name = mailru-test
base_dir = {root}/run
state_dir = {root}/state
listen = 127.0.0.1
protocols = imap pop3
log_path = {self.dovecot_log}
auth_verbose = yes
auth_failure_delay = 0
auth_mechanisms = plain login
auth_username_format = %Lu
disable_plaintext_auth = no
default_internal_user = dovecot
default_login_user = dovenull
ssl = yes
ssl_cert = <{root}/{imap}.pem
ssl_key = <{root}/{imap}.key
{dh}
protocol pop3 {{
  ssl_cert = <{root}/{pop3}.pem
  ssl_key = <{root}/{pop3}.key
}}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/users
}}
passdb {{
  driver = checkpassword
  args = {root}/refuse
  result_success = return-fail
}}
userdb {{
  driver = static
  args = uid={MAIL_UID} gid={MAIL_GID} home={root}/mail/%u
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0  # no listener: the auth process then disables its growing failure penalty
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = {ports["imap", "plain"]}
  }}
  inet_listener imaps {{
    port = {ports["imap", "tls"]}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = {ports["pop3", "plain"]}
  }}
  inet_listener pop3s {{
    port = {ports["pop3", "tls"]}
    ssl = yes
  }}
}}
"""

    def _start_dovecot(self, deadline: float) -> None:
        if not Path(DOVECOT).is_file():
            raise RuntimeError("Dovecot is missing: apt-get install dovecot-imapd dovecot-pop3d")
        self.root.chmod(0o755)  # Dovecot's auth process (user dovecot) runs the script below
        for folder in self.root.parents:  # and must reach it through a private TMPDIR: let it pass, not list
            if not folder.stat().st_mode & stat.S_IXOTH:
                folder.chmod(stat.S_IMODE(folder.stat().st_mode) | stat.S_IXOTH)
        (self.root / "users").write_text("".join(f"{a}:{{PLAIN}}{p}\n" for a, p in self.users.items()))
        script = self.root / "refuse"
        script.write_text(f"""#!/bin/sh
# Dovecot's second passdb (checkpassword), asked only when the first (passwd-file) said
# no, with result_success = return-fail: whatever this answers, the log-in fails. It only
# adds extra fields to the failure: "nodelay" (answer now, not after Dovecot's 0.5 s) and,
# for {self.app_password_user}, Mail.ru's reason (passwd-file fields cannot carry spaces).
# Dovecot writes "user NUL password NUL" to fd 3 and passes the reply program as
# arguments; that program reads the fields named in EXTRA from the environment.
cat <&3 >/dev/null
EXTRA=nodelay
if [ "$AUTH_USER" = "{self.app_password_user}" ]; then
  EXTRA="nodelay reason"
  case "$SERVICE" in imap) code="[AUTHENTICATIONFAILED] " ;; *) code="" ;; esac
fi
nodelay=y reason="${{code}}{APP_PASSWORD_REQUIRED}" EXTRA="$EXTRA" exec "$@"
""")
        script.chmod(0o755)
        for attempt in range(3):  # a free port can be taken between choosing and binding it
            for service in ("imap", "pop3"):
                for scenario in ("plain", "tls"):
                    self._targets[service][scenario] = ("127.0.0.1", _free_port())
            (self.root / "dovecot.conf").write_text(self._dovecot_config())
            with open(self.root / "dovecot.stderr", "ab") as stderr:
                self._dovecot = subprocess.Popen(
                    [DOVECOT, "-F", "-c", str(self.root / "dovecot.conf")], stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
            if self._wait_for_dovecot(deadline):
                return
            self._stop_dovecot()
            if "Address already in use" not in self._dovecot_output():
                break
        raise RuntimeError(f"dovecot did not start:\n{self._dovecot_output()}")

    def _wait_for_dovecot(self, deadline: float) -> bool:
        """True once all four ports answer; False if Dovecot exits or takes too long."""
        for service in ("imap", "pop3"):
            for scenario in ("plain", "tls"):
                while True:
                    try:
                        socket.create_connection(self._targets[service][scenario], 1).close()
                        break
                    except OSError:
                        if self._dovecot.poll() is not None or time.monotonic() > deadline:
                            return False
                        time.sleep(0.02)
        return True

    def _dovecot_output(self) -> str:
        return "".join(p.read_text(errors="replace")[-4000:] for p in (self.root / "dovecot.stderr", self.dovecot_log)
                       if p.exists())

    def _stop_dovecot(self) -> None:
        if self._dovecot is None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:  # start_new_session made Dovecot and its children one process group
                os.killpg(self._dovecot.pid, sig)
            except ProcessLookupError:
                pass
            try:  # just after starting, Dovecot can take seconds to stop: then it is killed
                self._dovecot.wait(1)
            except subprocess.TimeoutExpired:
                pass
        self._dovecot.wait()
        self._dovecot = None


@pytest.fixture(scope="session")
def mail_servers():
    """Dovecot (IMAP, POP3) and aiosmtpd (SMTP) on loopback, for the whole session."""
    servers = MailServers(Path(tempfile.mkdtemp(prefix="mailru-servers-")))
    try:
        yield servers.start()
    finally:
        servers.stop()
