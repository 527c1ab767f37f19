"""Odešle přes SMTP zprávu ze schránky Mail.ru.

Použití: python smtp_send.py jana.novakova@mail.ru prijemce@example.org
Heslo aplikace skript vezme z proměnné prostředí MAILRU_APP_PASSWORD, nebo si ho
vyžádá; z příkazového řádku ho nikdy nečte.
"""

import getpass
import os
import smtplib
import ssl
import sys
import threading
from email.message import EmailMessage

HOST, PORT = "smtp.mail.ru", 465  # SMTP se zabezpečením SSL/TLS
TIMEOUT = 30  # kolik sekund čekat na každou odpověď serveru
DEADLINE = 60  # kolik sekund smí trvat celá komunikace, ať server odpovídá jakkoli pomalu


def send(address, password, recipient):
    message = EmailMessage()
    message["From"] = address  # Mail.ru odešle zprávu jen z adresy, která je přihlášená
    message["To"] = recipient
    message["Subject"] = "Pozdrav z Pythonu"
    message.set_content("Odesláno z Pythonu knihovnou smtplib přes zabezpečené spojení SSL/TLS.\n")
    context = ssl.create_default_context()  # ověří certifikát i jméno serveru
    # jméno serveru se hledá jen mezi alternativními jmény v certifikátu (SAN), jako v prohlížečích
    context.hostname_checks_common_name = False
    with smtplib.SMTP_SSL(HOST, PORT, context=context, timeout=TIMEOUT) as smtp:
        smtp.login(address, password)  # uživatelské jméno je celá adresa
        smtp.send_message(message)
    print("Odesláno na adresu", recipient)


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


def main(address, recipient):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("Heslo aplikace: ")
    within_deadline(send, address, password, recipient)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
