"""Отправляет по SMTP письмо из ящика Mail.ru.

Запуск: python smtp_send.py jana.novakova@mail.ru poluchatel@example.org
Пароль приложения скрипт берёт из переменной окружения MAILRU_APP_PASSWORD или спрашивает;
из командной строки он его никогда не читает.
"""

import getpass
import os
import smtplib
import ssl
import sys
import threading
from email.message import EmailMessage

HOST, PORT = "smtp.mail.ru", 465  # SMTP с защитой SSL/TLS
TIMEOUT = 30  # сколько секунд ждать каждого ответа сервера
DEADLINE = 60  # сколько секунд может длиться весь обмен, как бы медленно ни отвечал сервер


def send(address, password, recipient):
    message = EmailMessage()
    message["From"] = address  # Mail.ru отправляет письмо только от адреса, с которым выполнен вход
    message["To"] = recipient
    message["Subject"] = "Привет из Python"
    message.set_content("Отправлено из Python библиотекой smtplib по защищённому соединению SSL/TLS.\n")
    context = ssl.create_default_context()  # проверяет сертификат и имя сервера
    # имя сервера ищется только среди альтернативных имён сертификата (SAN), как в браузерах
    context.hostname_checks_common_name = False
    with smtplib.SMTP_SSL(HOST, PORT, context=context, timeout=TIMEOUT) as smtp:
        smtp.login(address, password)  # имя пользователя — полный адрес
        smtp.send_message(message)
    print("Отправлено на адрес", recipient)


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


def main(address, recipient):
    password = os.environ.get("MAILRU_APP_PASSWORD") or getpass.getpass("Пароль приложения: ")
    within_deadline(send, address, password, recipient)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
