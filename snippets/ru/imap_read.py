"""Читает по IMAP заголовки самых новых писем в папке INBOX ящика Mail.ru.

Запуск: python imap_read.py jana.novakova@mail.ru
Пароль приложения скрипт берёт из переменной окружения MAILRU_APP_PASSWORD или спрашивает;
из командной строки он его никогда не читает.
"""

import email
import getpass
import imaplib
import os
import ssl
import sys
import threading
from email.policy import default

HOST, PORT = "imap.mail.ru", 993  # IMAP с защитой SSL/TLS
TIMEOUT = 30  # сколько секунд ждать каждого ответа сервера
DEADLINE = 60  # сколько секунд может длиться весь обмен, как бы медленно ни отвечал сервер


def read_inbox(address, password):
    context = ssl.create_default_context()  # проверяет сертификат и имя сервера
    # имя сервера ищется только среди альтернативных имён сертификата (SAN), как в браузерах
    context.hostname_checks_common_name = False
    with imaplib.IMAP4_SSL(HOST, PORT, ssl_context=context, timeout=TIMEOUT) as imap:
        imap.login(address, password)  # имя пользователя — полный адрес
        imap.select("INBOX", readonly=True)  # только для чтения: на сервере ничего не меняется
        _, data = imap.search(None, "ALL")
        for number in data[0].split()[-10:]:
            _, parts = imap.fetch(number, "(BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])")
            header = email.message_from_bytes(parts[0][1], policy=default)
            print(header["Date"], "|", header["From"], "|", header["Subject"])


def within_deadline(function, *args):
    """Вызывает function(*args), но ждёт её не дольше DEADLINE секунд.

    TIMEOUT ограничивает только каждое отдельное ожидание ответа сервера. Сервер, который
    присылает ответ по одному байту, задержал бы скрипт до бесконечности. Поэтому обмен с сервером
    идёт в отдельном потоке, и через DEADLINE секунд скрипт перестаёт его ждать.
    """
    outcome = {}

    def run():
        try:
            function(*args)
        except Exception as error:  # ниже скрипт вызовет её снова в своём основном потоке
            outcome["error"] = error

    # фоновый поток (daemon): скрипт может завершиться, даже если поток ещё ждёт сервер
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLINE)
    if thread.is_alive():
        raise TimeoutError(f"полного ответа от сервера {HOST} не пришло за {DEADLINE} с")
    if "error" in outcome:
        raise outcome["error"]


def main(address):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("Пароль приложения: ")
    within_deadline(read_inbox, address, password)


if __name__ == "__main__":
    main(sys.argv[1])
