"""Vypíše přes POP3 zprávy, které čekají ve schránce Mail.ru, a žádnou nesmaže.

Použití: python pop3_read.py jana.novakova@mail.ru
Heslo aplikace skript vezme z proměnné prostředí MAILRU_APP_PASSWORD, nebo si ho
vyžádá; z příkazového řádku ho nikdy nečte.
"""

import email
import getpass
import os
import poplib
import ssl
import sys
import threading
from email.policy import default

HOST, PORT = "pop.mail.ru", 995  # POP3 se zabezpečením SSL/TLS
TIMEOUT = 30  # kolik sekund čekat na každou odpověď serveru
DEADLINE = 60  # kolik sekund smí trvat celá komunikace, ať server odpovídá jakkoli pomalu


def list_messages(address, password):
    context = ssl.create_default_context()  # ověří certifikát i jméno serveru
    # jméno serveru se hledá jen mezi alternativními jmény v certifikátu (SAN), jako v prohlížečích
    context.hostname_checks_common_name = False
    pop = poplib.POP3_SSL(HOST, PORT, context=context, timeout=TIMEOUT)
    try:
        pop.user(address)  # uživatelské jméno je celá adresa
        pop.pass_(password)
        count, size = pop.stat()
        print(f"Počet zpráv: {count}, celková velikost: {size} bajtů")
        for number in range(max(1, count - 9), count + 1):
            _, lines, _ = pop.top(number, 0)  # jen hlavičky; nic se nesmaže
            header = email.message_from_bytes(b"\r\n".join(lines), policy=default)
            print(header["Date"], "|", header["From"], "|", header["Subject"])
    finally:
        pop.quit()


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
    within_deadline(list_messages, address, password)


if __name__ == "__main__":
    main(sys.argv[1])
