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
from email.policy import default

HOST, PORT = "pop.mail.ru", 995  # POP3 over SSL/TLS
TIMEOUT = 30  # seconds


def main(address):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("App password: ")
    context = ssl.create_default_context()  # verifies the certificate and the host name
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


if __name__ == "__main__":
    main(sys.argv[1])
