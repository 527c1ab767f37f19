"""Přečte přes IMAP hlavičky nejnovějších zpráv ve složce INBOX schránky Mail.ru.

Použití: python imap_read.py jana.novakova@mail.ru
Heslo aplikace skript vezme z proměnné prostředí MAILRU_APP_PASSWORD, nebo si ho
vyžádá; z příkazového řádku ho nikdy nečte.
"""

import email
import getpass
import imaplib
import os
import ssl
import sys
import threading
from email.policy import default

HOST, PORT = "imap.mail.ru", 993  # IMAP se zabezpečením SSL/TLS
TIMEOUT = 30  # kolik sekund čekat na každou odpověď serveru
DEADLINE = 60  # kolik sekund smí trvat celá komunikace, ať server odpovídá jakkoli pomalu


def read_inbox(address, password):
    context = ssl.create_default_context()  # ověří certifikát i jméno serveru
    # jméno serveru se hledá jen mezi alternativními jmény v certifikátu (SAN), jako v prohlížečích
    context.hostname_checks_common_name = False
    with imaplib.IMAP4_SSL(HOST, PORT, ssl_context=context, timeout=TIMEOUT) as imap:
        imap.login(address, password)  # uživatelské jméno je celá adresa
        imap.select("INBOX", readonly=True)  # jen ke čtení: na serveru se nic nezmění
        _, data = imap.search(None, "ALL")
        for number in data[0].split()[-10:]:
            _, parts = imap.fetch(number, "(BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])")
            header = email.message_from_bytes(parts[0][1], policy=default)
            print(header["Date"], "|", header["From"], "|", header["Subject"])


def within_deadline(function, *args):
    """Zavolá function(*args), ale čeká na ni nejvýš DEADLINE sekund.

    TIMEOUT hlídá jen každé jednotlivé čekání na server. Server, který posílá odpověď
    po bajtech, by ale skript držel donekonečna. Komunikace se serverem proto běží ve vlastním
    vlákně a skript na ni po DEADLINE sekundách přestane čekat.
    """
    outcome = {}

    def run():
        try:
            function(*args)
        except Exception as error:  # níže ji skript vyvolá znovu ve svém hlavním vlákně
            outcome["error"] = error

    # vlákno na pozadí (daemon): skript může skončit, i když vlákno ještě čeká na server
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLINE)
    if thread.is_alive():
        raise TimeoutError(f"od serveru {HOST} nepřišla úplná odpověď do {DEADLINE} s")
    if "error" in outcome:
        raise outcome["error"]


def main(address):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("Heslo aplikace: ")
    within_deadline(read_inbox, address, password)


if __name__ == "__main__":
    main(sys.argv[1])
