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
from email.policy import default

HOST, PORT = "imap.mail.ru", 993  # IMAP over SSL/TLS
TIMEOUT = 30  # seconds


def main(address):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("App password: ")
    context = ssl.create_default_context()  # verifies the certificate and the host name
    with imaplib.IMAP4_SSL(HOST, PORT, ssl_context=context, timeout=TIMEOUT) as imap:
        imap.login(address, password)  # the user name is the full address
        imap.select("INBOX", readonly=True)
        _, data = imap.search(None, "ALL")
        for number in data[0].split()[-10:]:
            _, parts = imap.fetch(number, "(BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])")
            header = email.message_from_bytes(parts[0][1], policy=default)
            print(header["Date"], "|", header["From"], "|", header["Subject"])


if __name__ == "__main__":
    main(sys.argv[1])
