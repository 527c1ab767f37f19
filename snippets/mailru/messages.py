"""Words for the reader, in Czech and English: one table for the pages, the checks and the command line."""

from __future__ import annotations

LANGUAGES = ("cs", "en")

MESSAGES = {
    "cs": {
        "protocol": "Protokol",
        "server": "Server",
        "port": "Port",
        "security": "Zabezpečení",
        "use": "Použití",
        "recommended": "doporučeno",
        "alternative": "náhradní možnost",
        "incoming": "Příchozí pošta",
        "outgoing": "Odchozí pošta (SMTP)",
        "username": "Uživatelské jméno",
        "username_value": "celá adresa včetně domény, např. jana.novakova@mail.ru",
        "password": "Heslo",
        "password_value": "heslo pro externí aplikace (ne heslo k webové poště)",
        "authentication": "Ověření",
        "authentication_value": "normální heslo; odchozí server vyžaduje přihlášení",
        "copy": "Kopírovat do schránky",
    },
    "en": {
        "protocol": "Protocol",
        "server": "Server",
        "port": "Port",
        "security": "Security",
        "use": "Use",
        "recommended": "recommended",
        "alternative": "alternative",
        "incoming": "Incoming mail",
        "outgoing": "Outgoing mail (SMTP)",
        "username": "User name",
        "username_value": "the full address with its domain, e.g. jana.novakova@mail.ru",
        "password": "Password",
        "password_value": "an app password (not the one you use on the web)",
        "authentication": "Authentication",
        "authentication_value": "normal password; the outgoing server requires sign-in",
        "copy": "Copy to clipboard",
    },
}


def message(lang: str, key: str) -> str:
    """The reader's words for key, in lang (English when lang is not one of ours)."""
    return MESSAGES.get(lang, MESSAGES["en"])[key]
