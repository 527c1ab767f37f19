"""List the messages waiting in a Mail.ru mailbox over POP3, without deleting them.

Usage: python pop3_read.py jana.novakova@mail.ru
The app password comes from MAILRU_APP_PASSWORD or is asked for; it is never an argument.
"""

import email
import getpass
import os
import poplib
import ssl
import sys
import threading
from email.policy import default

HOST, PORT = "pop.mail.ru", 995  # POP3 over SSL/TLS
TIMEOUT = 30  # seconds to wait for each answer of the server
DEADLINE = 60  # seconds for the whole conversation, however slowly the server answers


def list_messages(address, password):
    context = ssl.create_default_context()  # verifies the certificate and the host name
    # as browsers do, look for the host name only among the certificate's alternative names (SAN)
    context.hostname_checks_common_name = False
    pop = poplib.POP3_SSL(HOST, PORT, context=context, timeout=TIMEOUT)
    try:
        pop.user(address)  # the user name is the full address
        pop.pass_(password)
        count, size = pop.stat()
        print(f"{count} messages, {size} bytes")
        for number in range(max(1, count - 9), count + 1):
            _, lines, _ = pop.top(number, 0)  # headers only; nothing is deleted
            header = email.message_from_bytes(b"\r\n".join(lines), policy=default)
            print(header["Date"], "|", header["From"], "|", header["Subject"])
    finally:
        pop.quit()


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
    within_deadline(list_messages, address, password)


if __name__ == "__main__":
    main(sys.argv[1])
