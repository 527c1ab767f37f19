"""Send a message from a Mail.ru mailbox over SMTP.

Usage: python smtp_send.py jana.novakova@mail.ru recipient@example.org
The app password comes from MAILRU_APP_PASSWORD or is asked for; it is never an argument.
"""

import getpass
import os
import smtplib
import ssl
import sys
import threading
from email.message import EmailMessage

HOST, PORT = "smtp.mail.ru", 465  # SMTP over SSL/TLS
TIMEOUT = 30  # seconds to wait for each answer of the server
DEADLINE = 60  # seconds for the whole conversation, however slowly the server answers


def send(address, password, recipient):
    message = EmailMessage()
    message["From"] = address  # Mail.ru sends only as the signed-in address
    message["To"] = recipient
    message["Subject"] = "Hello from Python"
    message.set_content("Sent with smtplib over SSL/TLS.\n")
    context = ssl.create_default_context()  # verifies the certificate and the host name
    # as browsers do, look for the host name only among the certificate's alternative names (SAN)
    context.hostname_checks_common_name = False
    with smtplib.SMTP_SSL(HOST, PORT, context=context, timeout=TIMEOUT) as smtp:
        smtp.login(address, password)  # the user name is the full address
        smtp.send_message(message)
    print("Sent to", recipient)


def within_deadline(function, *args):
    """Call function(*args), but stop waiting for it after DEADLINE seconds.

    TIMEOUT bounds each wait for the server, not a server that sends its answer a byte at a
    time. So the conversation runs in a thread of its own, and the script gives up on it.
    """
    outcome = {}

    def run():
        try:
            function(*args)
        except Exception as error:  # raised again below, in the script's own thread
            outcome["error"] = error

    # a daemon thread: the script may end while the thread still waits for the server
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLINE)
    if thread.is_alive():
        raise TimeoutError(f"no complete answer from {HOST} within {DEADLINE} s")
    if "error" in outcome:
        raise outcome["error"]


def main(address, recipient):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("App password: ")
    within_deadline(send, address, password, recipient)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
