"""Read the newest messages in a Mail.ru INBOX over IMAP.

Usage: python imap_read.py jana.novakova@mail.ru
The app password comes from MAILRU_APP_PASSWORD or is asked for; it is never an argument.
"""

import email
import getpass
import imaplib
import os
import ssl
import sys
import threading
from email.policy import default

HOST, PORT = "imap.mail.ru", 993  # IMAP over SSL/TLS
TIMEOUT = 30  # seconds to wait for each answer of the server
DEADLINE = 60  # seconds for the whole conversation, however slowly the server answers


def read_inbox(address, password):
    context = ssl.create_default_context()  # verifies the certificate and the host name
    # as browsers do, look for the host name only among the certificate's alternative names (SAN)
    context.hostname_checks_common_name = False
    with imaplib.IMAP4_SSL(HOST, PORT, ssl_context=context, timeout=TIMEOUT) as imap:
        imap.login(address, password)  # the user name is the full address
        imap.select("INBOX", readonly=True)  # read-only: nothing changes on the server
        _, data = imap.search(None, "ALL")
        for number in data[0].split()[-10:]:
            _, parts = imap.fetch(number, "(BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])")
            header = email.message_from_bytes(parts[0][1], policy=default)
            print(header["Date"], "|", header["From"], "|", header["Subject"])


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


def main(address):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("App password: ")
    within_deadline(read_inbox, address, password)


if __name__ == "__main__":
    main(sys.argv[1])
