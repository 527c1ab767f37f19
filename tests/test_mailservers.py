"""The loopback mail servers themselves (tests/support/mailservers.py).

Each program below is what a user could run against Mail.ru: real host names, real
ports, ssl.create_default_context(). It runs unchanged in a subprocess and reaches the
loopback servers through mail_servers.env().
"""

import uuid

import pytest

from support.mailservers import (
    APP_PASSWORD_REQUIRED_REPLY,
    BLOCKED_SENDER,
    HOSTS,
    RECIPIENT_REJECTIONS,
    SENDER_REJECTIONS,
    WRONG_PASSWORD_REPLY,
)

# argv: user, password. Each prints the server's reply to the log-in.
IMAP_LOGIN = """
import imaplib, ssl, sys
imap = imaplib.IMAP4_SSL("imap.mail.ru", 993, ssl_context=ssl.create_default_context(), timeout=3)
try:
    print(imap.login(sys.argv[1], sys.argv[2])[1][0].decode())
except imaplib.IMAP4.error as error:
    print(error.args[0].decode())
"""
POP3_LOGIN = """
import poplib, ssl, sys
pop = poplib.POP3_SSL("pop.mail.ru", 995, context=ssl.create_default_context(), timeout=3)
try:
    pop.user(sys.argv[1])
    print(pop.pass_(sys.argv[2]).decode())
except poplib.error_proto as error:
    print(error.args[0].decode())
"""
SMTP_LOGIN = """
import smtplib, ssl, sys
smtp = smtplib.SMTP_SSL("smtp.mail.ru", 465, context=ssl.create_default_context(), timeout=3)
try:
    code, text = smtp.login(sys.argv[1], sys.argv[2])
except smtplib.SMTPResponseException as error:
    code, text = error.smtp_code, error.smtp_error
print(code, text.decode())
"""
# argv: user, password, recipient, subject. Prints "sent" or the refusing reply.
SMTP_SEND = """
import smtplib, ssl, sys
from email.message import EmailMessage
user, password, to, subject = sys.argv[1:]
message = EmailMessage()
message["From"], message["To"], message["Subject"] = user, to, subject
message.set_content("Ahoj, Jano!")
with smtplib.SMTP_SSL("smtp.mail.ru", 465, context=ssl.create_default_context(), timeout=3) as smtp:
    smtp.login(user, password)
    try:
        smtp.send_message(message)
        print("sent")
    except smtplib.SMTPRecipientsRefused as error:
        code, text = error.recipients[to]
        print(code, text.decode())
    except smtplib.SMTPResponseException as error:
        print(error.smtp_code, error.smtp_error.decode())
"""
STARTTLS_LOGINS = """
import imaplib, poplib, smtplib, ssl, sys
user, password = sys.argv[1:]
imap = imaplib.IMAP4("imap.mail.ru", 143, timeout=3)
imap.starttls(ssl.create_default_context())
print(imap.login(user, password)[0])
pop = poplib.POP3("pop.mail.ru", 110, timeout=3)
pop.stls(ssl.create_default_context())
pop.user(user)
print(pop.pass_(password).decode())
smtp = smtplib.SMTP("smtp.mail.ru", 587, timeout=3)
smtp.starttls(context=ssl.create_default_context())
print(smtp.login(user, password)[0])
"""
# argv: service. Only connects.
CONNECT = """
import imaplib, poplib, smtplib, ssl, sys
context = ssl.create_default_context()
{"imap": lambda: imaplib.IMAP4_SSL("imap.mail.ru", 993, ssl_context=context, timeout=1),
 "pop3": lambda: poplib.POP3_SSL("pop.mail.ru", 995, context=context, timeout=1),
 "smtp": lambda: smtplib.SMTP_SSL("smtp.mail.ru", 465, context=context, timeout=1)}[sys.argv[1]]()
print("connected")
"""
LOGIN = {"imap": IMAP_LOGIN, "pop3": POP3_LOGIN, "smtp": SMTP_LOGIN}
LOGGED_IN = {"imap": "Logged in", "pop3": "+OK Logged in.", "smtp": "235 2.7.0 Authentication successful"}
SERVICES = ("imap", "pop3", "smtp")


def output(result):
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("service", SERVICES)
def test_app_password_logs_in(mail_servers, service):
    reply = output(mail_servers.run(["-c", LOGIN[service], mail_servers.address, mail_servers.app_password]))
    assert reply == LOGGED_IN[service]


def test_starttls_ports_log_in(mail_servers):
    lines = output(mail_servers.run(["-c", STARTTLS_LOGINS, mail_servers.address, mail_servers.app_password]))
    assert lines.splitlines() == ["OK", "+OK Logged in.", "235"]


@pytest.mark.parametrize("service", SERVICES)
def test_wrong_password_is_refused(mail_servers, service):
    result = mail_servers.run(["-c", LOGIN[service], mail_servers.address, "not-the-app-password"])
    assert output(result) == WRONG_PASSWORD_REPLY[service]


@pytest.mark.parametrize("service", SERVICES)
def test_main_password_gets_mailru_app_password_reply(mail_servers, service):
    result = mail_servers.run(["-c", LOGIN[service], mail_servers.app_password_user, "the-main-password"])
    assert output(result) == APP_PASSWORD_REQUIRED_REPLY[service]


def test_sent_message_arrives_in_inbox(mail_servers):
    subject = f"Test {uuid.uuid4()} ✓"
    result = mail_servers.run(["-c", SMTP_SEND, mail_servers.address, mail_servers.app_password,
                               mail_servers.address, subject])
    assert output(result) == "sent"
    assert subject in mail_servers.inbox_subjects(mail_servers.address)
    assert mail_servers.sent[-1].rcpt_tos == [mail_servers.address]


def test_delivered_message_is_read_over_pop3(mail_servers):
    subject = f"Delivered {uuid.uuid4()}"
    mail_servers.deliver(mail_servers.address, f"From: a@example.org\nSubject: {subject}\n\nHi\n")
    program = POP3_LOGIN + "print(b'\\n'.join(pop.retr(len(pop.list()[1]))[1]).decode())\n"
    assert f"Subject: {subject}" in output(mail_servers.run(["-c", program, mail_servers.address,
                                                               mail_servers.app_password]))


def test_clear_inbox(mail_servers):
    mail_servers.deliver(BLOCKED_SENDER, "Subject: Old\n\nold\n")
    assert "Old" in mail_servers.inbox_subjects(BLOCKED_SENDER)
    mail_servers.clear_inbox(BLOCKED_SENDER)
    assert mail_servers.inbox_subjects(BLOCKED_SENDER) == []


@pytest.mark.parametrize("local_part", sorted(RECIPIENT_REJECTIONS))
def test_recipient_rejections(mail_servers, local_part):
    result = mail_servers.run(["-c", SMTP_SEND, mail_servers.address, mail_servers.app_password,
                               f"{local_part}@mail.ru", "Rejected"])
    assert output(result) == RECIPIENT_REJECTIONS[local_part].reply


def test_sending_needs_log_in(mail_servers):
    program = """
import smtplib, ssl
smtp = smtplib.SMTP_SSL("smtp.mail.ru", 465, context=ssl.create_default_context(), timeout=3)
try:
    smtp.sendmail("jana.novakova@mail.ru", ["jana.novakova@mail.ru"], "Subject: x\\n\\nx")
except smtplib.SMTPSenderRefused as error:
    print(error.smtp_code, error.smtp_error.decode())
"""
    assert output(mail_servers.run(["-c", program])) == "530 5.7.0 Authentication required"


def test_blocked_sender_may_log_in_but_not_send(mail_servers):
    password = mail_servers.users[BLOCKED_SENDER]
    assert output(mail_servers.run(["-c", IMAP_LOGIN, BLOCKED_SENDER, password])) == "Logged in"
    result = mail_servers.run(["-c", SMTP_SEND, BLOCKED_SENDER, password, mail_servers.address, "Blocked"])
    assert output(result) == SENDER_REJECTIONS[BLOCKED_SENDER].reply


@pytest.mark.parametrize("service", SERVICES)
def test_wrong_host_certificate(mail_servers, service):
    result = mail_servers.run(["-c", CONNECT, service], env=mail_servers.env(**{service: "wrong-host-cert"}))
    assert result.returncode != 0
    assert f"Hostname mismatch, certificate is not valid for '{HOSTS[service]}'" in result.stderr


@pytest.mark.parametrize("service", SERVICES)
def test_untrusted_ca(mail_servers, service):
    result = mail_servers.run(["-c", CONNECT, service], env=mail_servers.env(**{service: "untrusted-ca"}))
    assert result.returncode != 0
    assert "CERTIFICATE_VERIFY_FAILED" in result.stderr
    assert "unable to get local issuer certificate" in result.stderr


def test_wrong_certificate_servers_are_real_servers(mail_servers):
    """Without verification the log-in goes through: only the certificate is wrong."""
    program = IMAP_LOGIN.replace("ssl.create_default_context()", "ssl._create_unverified_context()")
    result = mail_servers.run(["-c", program, mail_servers.address, mail_servers.app_password],
                              env=mail_servers.env(imap="wrong-host-cert"))
    assert output(result) == "Logged in"


@pytest.mark.parametrize("service", SERVICES)
def test_implicit_tls_to_plain_port(mail_servers, service):
    result = mail_servers.run(["-c", CONNECT, service], env=mail_servers.env(**{service: "plain"}))
    assert result.returncode != 0
    assert "WRONG_VERSION_NUMBER" in result.stderr


@pytest.mark.parametrize("service", SERVICES)
def test_closed_port(mail_servers, service):
    result = mail_servers.run(["-c", CONNECT, service], env=mail_servers.env(**{service: "closed"}))
    assert "ConnectionRefusedError" in result.stderr


@pytest.mark.parametrize("service", SERVICES)
def test_silent_server_times_out(mail_servers, service):
    result = mail_servers.run(["-c", CONNECT, service], env=mail_servers.env(**{service: "silent"}))
    assert "timed out" in result.stderr


def test_other_ports_of_mailru_hosts_are_closed(mail_servers):
    program = "import socket; socket.create_connection(('smtp.mail.ru', 25), 2)"
    assert "ConnectionRefusedError" in mail_servers.run(["-c", program]).stderr


@pytest.mark.parametrize("host", ["example.com", "imap.gmail.com", "mail.ru", "1.1.1.1"])
def test_unrouted_hosts_do_not_resolve(mail_servers, host):
    program = f"import socket; socket.create_connection(({host!r}, 443), 2)"
    assert "socket.gaierror: [Errno -2] Name or service not known" in mail_servers.run(["-c", program]).stderr


def test_routes_stay_on_loopback(mail_servers):
    assert set(mail_servers.routes) >= {"imap.mail.ru:993", "pop.mail.ru:995", "smtp.mail.ru:465",
                                        "imap.mail.ru:143", "pop.mail.ru:110", "smtp.mail.ru:587"}
    assert all(target.startswith("127.0.0.1:") for target in mail_servers.routes.values())
    assert mail_servers.ca_pem.read_text().startswith("-----BEGIN CERTIFICATE-----")


def test_router_is_inert_without_routes(mail_servers):
    env = mail_servers.env()
    del env["MAILRU_TEST_ROUTES"]
    program = "import socket; print(socket.getaddrinfo.__module__)"
    assert output(mail_servers.run(["-c", program], env=env)) == "socket"


def test_dovecot_logged_no_errors(mail_servers):
    log = mail_servers.dovecot_log.read_text()
    problems = [line for line in log.splitlines()
                if any(f" {level}: " in line for level in ("Warning", "Error", "Fatal", "Panic"))]
    assert not problems, "\n".join(problems)
