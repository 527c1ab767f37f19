"""Send a message from a Mail.ru mailbox over SMTP.

Usage: python smtp_send.py jana.novakova@mail.ru recipient@example.org
The app password comes from MAILRU_APP_PASSWORD or is asked for; it is never an argument.
"""

import getpass
import os
import smtplib
import ssl
import sys
from email.message import EmailMessage

HOST, PORT = "smtp.mail.ru", 465  # SMTP over SSL/TLS
TIMEOUT = 30  # seconds


def main(address, recipient):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("App password: ")
    message = EmailMessage()
    message["From"] = address  # Mail.ru sends only as the signed-in address
    message["To"] = recipient
    message["Subject"] = "Hello from Python"
    message.set_content("Sent with smtplib over SSL/TLS.\n")
    context = ssl.create_default_context()  # verifies the certificate and the host name
    with smtplib.SMTP_SSL(HOST, PORT, context=context, timeout=TIMEOUT) as smtp:
        smtp.login(address, password)  # the user name is the full address
        smtp.send_message(message)
    print("Sent to", recipient)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
