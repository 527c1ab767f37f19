"""Перечисляет по POP3 письма, которые ждут в ящике Mail.ru, и ни одного не удаляет.

Запуск: python pop3_read.py jana.novakova@mail.ru
Пароль приложения скрипт берёт из переменной окружения MAILRU_APP_PASSWORD или спрашивает;
из командной строки он его никогда не читает.
"""

import email
import getpass
import os
import poplib
import ssl
import sys
import threading
from email.policy import default

HOST, PORT = "pop.mail.ru", 995  # POP3 с защитой SSL/TLS
TIMEOUT = 30  # сколько секунд ждать каждого ответа сервера
DEADLINE = 60  # сколько секунд может длиться весь обмен, как бы медленно ни отвечал сервер


def list_messages(address, password):
    context = ssl.create_default_context()  # проверяет сертификат и имя сервера
    # имя сервера ищется только среди альтернативных имён сертификата (SAN), как в браузерах
    context.hostname_checks_common_name = False
    pop = poplib.POP3_SSL(HOST, PORT, context=context, timeout=TIMEOUT)
    try:
        pop.user(address)  # имя пользователя — полный адрес
        pop.pass_(password)
        count, size = pop.stat()
        print(f"Писем: {count}, общий размер: {size} байт")
        for number in range(max(1, count - 9), count + 1):
            _, lines, _ = pop.top(number, 0)  # только заголовки; ничего не удаляется
            header = email.message_from_bytes(b"\r\n".join(lines), policy=default)
            print(header["Date"], "|", header["From"], "|", header["Subject"])
    finally:
        pop.quit()


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
    within_deadline(list_messages, address, password)


if __name__ == "__main__":
    main(sys.argv[1])
