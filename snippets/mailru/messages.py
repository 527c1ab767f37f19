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
        # the settings check (verify.py): {given} is what the reader entered, {expected} the right value
        "field.protocol": "Protokol",
        "field.host": "Server",
        "field.port": "Port",
        "field.security": "Zabezpečení",
        "field.username": "Uživatelské jméno",
        "protocol-ok": "{given} – v pořádku.",
        "protocol-empty": "Vyberte protokol: IMAP, POP3 nebo SMTP.",
        "protocol-unknown": "„{given}“ není protokol pro poštu Mail.ru. Použijte jeden z: {expected}.",
        "host-ok": "{given} – správně.",
        "host-empty": "Server není vyplněný. Zadejte {expected}.",
        "host-other-protocol": "{given} je server pro jiný protokol. Sem patří {expected}.",
        "host-wrong": "„{given}“ není server Mail.ru pro tento protokol. Zadejte {expected}.",
        "port-ok": "{given} – správně.",
        "port-alternative": "{given} funguje, ale doporučený je port {expected}.",
        "port-empty": "Port není vyplněný. Zadejte {expected}.",
        "port-not-a-number": "„{given}“ není číslo portu. Zadejte {expected}.",
        "port-wrong": "Port {given} Mail.ru pro tento protokol nepoužívá. Zadejte {expected}.",
        "security-ok": "{given} – správně.",
        "security-empty": "Zabezpečení není vybrané. Zvolte {expected}.",
        "security-unknown": "„{given}“ neznáme. Zvolte {expected}.",
        "security-none": "Bez šifrování se Mail.ru připojit nedá a heslo by šlo po síti čitelně. Zvolte {expected}.",
        "security-wrong-for-port": "K tomuto portu patří {expected}, ne {given}. Tahle záměna je nejčastější chyba.",
        "security-wrong": "Zvolte {expected} (spolu s doporučeným portem).",
        "username-ok": "{given} – celá adresa, správně.",
        "username-empty": "Uživatelské jméno není vyplněné. Zadejte celou adresu, např. {expected}.",
        "username-not-full-address": "Zadejte celou adresu včetně domény, např. {expected}.",
        "username-not-mailru": "{given} není adresa Mail.ru. Tyto servery obsluhují domény: {expected}.",
        "settings-all-ok": "Nastavení je v pořádku.",
        "settings-fix": "Opravte pole označená ✗.",
        # configuration files (profiles.py)
        "address-empty": "Zadejte e-mailovou adresu.",
        "address-invalid": "„{given}“ není platná e-mailová adresa.",
        "address-unsupported": "Adresy {given} VK v poštovních programech nepodporuje.",
        "address-not-mailru": "{given} není adresa Mail.ru. Soubory umíme jen pro domény: {expected}.",
        # the error decoder (diagnose.py)
        "explain-empty": "Vložte text chyby, který vám program ukázal.",
        "explain-unknown": "Tuto chybu nepoznáváme. Projděte celý katalog chyb: {expected}",
        "explain-best": "Nejspíš jde o:",
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
        "field.protocol": "Protocol",
        "field.host": "Server",
        "field.port": "Port",
        "field.security": "Security",
        "field.username": "User name",
        "protocol-ok": "{given} – fine.",
        "protocol-empty": "Choose a protocol: IMAP, POP3 or SMTP.",
        "protocol-unknown": "\"{given}\" is not a protocol for Mail.ru mail. Use one of: {expected}.",
        "host-ok": "{given} – right.",
        "host-empty": "The server is empty. Enter {expected}.",
        "host-other-protocol": "{given} is the server for another protocol. This one needs {expected}.",
        "host-wrong": "\"{given}\" is not Mail.ru's server for this protocol. Enter {expected}.",
        "port-ok": "{given} – right.",
        "port-alternative": "{given} works, but the recommended port is {expected}.",
        "port-empty": "The port is empty. Enter {expected}.",
        "port-not-a-number": "\"{given}\" is not a port number. Enter {expected}.",
        "port-wrong": "Mail.ru does not use port {given} for this protocol. Enter {expected}.",
        "security-ok": "{given} – right.",
        "security-empty": "No security is chosen. Choose {expected}.",
        "security-unknown": "\"{given}\" is not a security setting we know. Choose {expected}.",
        "security-none": "Mail.ru cannot be reached without encryption, and your password would cross the network readable. Choose {expected}.",
        "security-wrong-for-port": "This port needs {expected}, not {given}. Mixing these up is the most common mistake.",
        "security-wrong": "Choose {expected} (with the recommended port).",
        "username-ok": "{given} – the full address, right.",
        "username-empty": "The user name is empty. Enter your full address, e.g. {expected}.",
        "username-not-full-address": "Enter the full address with its domain, e.g. {expected}.",
        "username-not-mailru": "{given} is not a Mail.ru address. These servers serve: {expected}.",
        "settings-all-ok": "These settings are right.",
        "settings-fix": "Fix the fields marked ✗.",
        "address-empty": "Enter an email address.",
        "address-invalid": "\"{given}\" is not a valid email address.",
        "address-unsupported": "VK does not support {given} addresses in mail programs.",
        "address-not-mailru": "{given} is not a Mail.ru address. Files are made only for: {expected}.",
        "explain-empty": "Paste the error text your program showed.",
        "explain-unknown": "We do not recognise this error. See the whole error catalogue: {expected}",
        "explain-best": "Most likely:",
    },
}


# The error catalogue: per entry id, its title (the heading on /errors/) and its cause in a line.
CATALOGUE = {
    "cs": {
        "app-password-required": ("Je vyžadováno heslo aplikace", "Server nepřijímá hlavní heslo; program potřebuje heslo pro externí aplikace."),
        "authentication-failed": ("Přihlášení selhalo", "Adresa nebo heslo nesouhlasí: zkontrolujte celou adresu a heslo pro externí aplikace."),
        "sending-disabled": ("Odesílání z účtu je zakázáno", "Mail.ru zablokovalo odesílání, obvykle pro podezření na zneužití účtu; změňte heslo."),
        "mailbox-full": ("Schránka je plná", "Schránka příjemce (nebo vaše) je zaplněná; je třeba uvolnit místo."),
        "user-not-found": ("Uživatel nenalezen", "Adresa příjemce neexistuje nebo je v ní překlep."),
        "pop3-maildrop-limit": ("POP3: „no such message, only … messages in maildrop“", "POP3 nabízí jen omezený počet zpráv; smažte nejstarší nebo přejděte na IMAP."),
        "dynamic-ip-rejected": ("Odmítnutí kvůli dynamické IP adrese", "Zpráva šla z adresy bez správného záznamu PTR; posílejte přes server poskytovatele."),
        "spam-rejected": ("Odmítnutí jako spam", "Filtr Mail.ru zprávu odmítl jako spam nebo kvůli politice DMARC odesílatele."),
        "account-disabled": ("Přístup k účtu je zablokován", "Účet je zablokovaný nebo zrušený, často po dlouhé nečinnosti."),
        "tls-certificate": ("Chyba certifikátu", "Certifikát serveru nelze ověřit: špatný název serveru, hodiny nebo síť, která zasahuje do šifrování."),
        "wrong-security": ("Nesprávné zabezpečení k portu", "Zabezpečení neodpovídá portu: SSL/TLS a STARTTLS jsou zaměněné."),
        "connection-failed": ("Nelze se připojit k serveru", "Server je špatně napsaný, port je blokovaný nebo chybí připojení."),
    },
    "en": {
        "app-password-required": ("Application password required", "The server refuses the main password; the program needs an app password."),
        "authentication-failed": ("Authentication failed", "The address or password does not match: check the full address and the app password."),
        "sending-disabled": ("Sending from this account disabled", "Mail.ru blocked sending, usually on suspicion of misuse; change your password."),
        "mailbox-full": ("Mailbox full", "The recipient's (or your) mailbox is full; space must be freed."),
        "user-not-found": ("User not found", "The recipient's address does not exist or has a typo."),
        "pop3-maildrop-limit": ('POP3: "no such message, only … messages in maildrop"', "POP3 offers only a limited number of messages; delete the oldest or switch to IMAP."),
        "dynamic-ip-rejected": ("Rejected because of a dynamic IP address", "The message came from an address without a proper PTR record; send through your provider's server."),
        "spam-rejected": ("Rejected as spam", "Mail.ru's filter rejected the message as spam or for the sender's DMARC policy."),
        "account-disabled": ("Access to the account disabled", "The account is blocked or closed, often after a long time unused."),
        "tls-certificate": ("Certificate error", "The server's certificate cannot be verified: wrong server name, clock, or a network meddling with encryption."),
        "wrong-security": ("Wrong security for the port", "The security does not match the port: SSL/TLS and STARTTLS are swapped."),
        "connection-failed": ("Cannot connect to the server", "The server name is wrong, the port is blocked or there is no connection."),
    },
}


def language(lang: str | None) -> str:
    """One of LANGUAGES: lang itself, the language of a locale such as cs_CZ.UTF-8, or English."""
    code = (lang or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


def message(lang: str, key: str, **values: object) -> str:
    """The reader's words for key, in lang (English when lang is not one of ours)."""
    text = MESSAGES[language(lang)][key]
    return text.format(**values) if values else text


def catalogue_entry(lang: str, entry_id: str) -> tuple[str, str]:
    """(title, cause in a line) of a catalogue entry."""
    return CATALOGUE[language(lang)][entry_id]
