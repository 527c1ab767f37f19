"""Configuration files for Mail.ru: Thunderbird autoconfig and Apple profiles.

Pure functions on the source of truth; the command line (`profile`), the browser's generator and
the build (one static Apple profile per domain, overrides/hooks/phone_profiles.py) call the same
code. No password ever goes into any file: the program asks.
"""

from __future__ import annotations

import plistlib
import re
import uuid
import xml.etree.ElementTree as ET

from . import service
from .messages import message

AUTOCONFIG_SOCKET = {service.SSL_TLS: "SSL", service.STARTTLS: "STARTTLS"}
AUTOCONFIG_AUTH = {service.AUTH_PASSWORD: "password-cleartext", service.AUTH_OAUTH2: "OAuth2"}
MAX_ADDRESS = 254  # RFC 5321's limit on a path
# The part before @: RFC 5322's dot-atom (no spaces, quotes, <>, colons or control characters)
LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
# The part after @ as a domain can be written: labels of letters, digits and hyphens (any script),
# joined by dots. Anything else ("mail.ru,", "mail ru") is a malformed address, not another provider.
DOMAIN_PART = re.compile(r"(?:[^\W_]|-)+(?:\.(?:[^\W_]|-)+)*\.?")
SHOWN = 80  # characters of a refused address that a refusal quotes
KEPT_SPACES = "\u00a0\u202f"  # no-break spaces: harmless to show


def shown(text: str) -> str:
    """What the reader typed, as a refusal may quote it: the first 80 characters, on one line, with
    control, bidirectional and other invisible characters written as escapes (\\u202e), so a
    crafted link cannot reorder or hide the words around it. reader.js does the same."""
    def escaped(ch: str) -> str:  # as Python writes it in a string literal (no codec: none to import in the browser)
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

    return "".join(ch if ch.isprintable() or ch in KEPT_SPACES else " " if ch.isspace() else escaped(ch)
                   for ch in str(text)[:SHOWN])


class NotMailruAddress(ValueError):
    """The address is empty, malformed or not at a Mail.ru domain; .code says which."""

    def __init__(self, code: str, address: str):
        super().__init__(code)
        self.code = code
        self.address = address
        self.shown = shown(address)  # what a refusal quotes


def checked_address(address: str) -> str:
    address = (address or "").strip()
    if not address:
        raise NotMailruAddress("address-empty", address)
    local, at, domain = address.partition("@")
    if len(address) > MAX_ADDRESS or not LOCAL_PART.fullmatch(local) or not at or not DOMAIN_PART.fullmatch(domain):
        raise NotMailruAddress("address-invalid", address[:MAX_ADDRESS])
    if domain.lower() in service.UNSUPPORTED_DOMAINS:
        raise NotMailruAddress("address-unsupported", address)
    if domain.lower() not in service.DOMAINS:
        raise NotMailruAddress("address-not-mailru", address)
    return f"{local}@{domain.lower()}"


def autoconfig(address: str) -> str:
    """Thunderbird's autoconfig file (clientConfig 1.1) for the address, as XML text."""
    address = checked_address(address)
    root = ET.Element("clientConfig", version="1.1")
    provider = ET.SubElement(root, "emailProvider", id=service.DOMAINS[0])
    for domain in service.DOMAINS:
        ET.SubElement(provider, "domain").text = domain
    ET.SubElement(provider, "displayName").text = "Mail.ru"
    ET.SubElement(provider, "displayShortName").text = "Mail.ru"
    for server in service.SERVERS_IN_FILES:
        tag = "outgoingServer" if server.protocol == service.SMTP else "incomingServer"
        element = ET.SubElement(provider, tag, type=server.protocol)
        ET.SubElement(element, "hostname").text = server.host
        ET.SubElement(element, "port").text = str(server.port)
        ET.SubElement(element, "socketType").text = AUTOCONFIG_SOCKET[server.security]
        ET.SubElement(element, "username").text = service.USERNAME_PLACEHOLDER
        # Thunderbird uses the first method it supports, so the order of preference matters
        for method in service.AUTH_METHODS:
            ET.SubElement(element, "authentication").text = AUTOCONFIG_AUTH[method]
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _uuid(key: str, part: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"mailru-profile:{key}:{part}")).upper()


def _profile(key: str, ident: str, words, fields: dict) -> bytes:
    """The profile around one com.apple.mail.managed payload: the recommended IMAP and SMTP servers,
    password authentication, one password prompt for both; names in the reader's language; fields
    adds the address and the user names (plistlib writes the keys sorted)."""
    incoming, outgoing = service.recommended(service.IMAP), service.recommended(service.SMTP)
    payload = {
        "PayloadType": "com.apple.mail.managed",
        "PayloadVersion": 1,
        "PayloadIdentifier": ident + ".account",
        "PayloadUUID": _uuid(key, "account"),
        "PayloadDisplayName": words("profile.payload"),
        "EmailAccountDescription": words("profile.account"),
        "EmailAccountType": "EmailTypeIMAP",
        "IncomingMailServerHostName": incoming.host,
        "IncomingMailServerPortNumber": incoming.port,
        "IncomingMailServerUseSSL": incoming.security == service.SSL_TLS,
        "IncomingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingMailServerHostName": outgoing.host,
        "OutgoingMailServerPortNumber": outgoing.port,
        "OutgoingMailServerUseSSL": outgoing.security == service.SSL_TLS,
        "OutgoingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingPasswordSameAsIncomingPassword": True,
        **fields,
    }
    profile = {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": ident,
        "PayloadUUID": _uuid(key, "profile"),
        "PayloadDisplayName": words("profile.name"),
        "PayloadDescription": words("profile.description"),
        "PayloadContent": [payload],
    }
    return plistlib.dumps(profile, fmt=plistlib.FMT_XML)


def mobileconfig(address: str, lang: str = "en") -> bytes:
    """An Apple configuration profile (com.apple.mail.managed) for the address, as plist XML.

    The identifier and UUIDs depend only on the address in lower case (Mail.ru logins ignore
    case), so installing a new copy, typed in any case, replaces the profile instead of adding a
    second account. The names the device shows are in lang.
    """
    address = checked_address(address)
    key = address.lower()
    username = service.username_for(address)
    return _profile(key, "ru.mail.profile." + key.replace("@", ".at."), lambda k: message(lang, k, given=address), {
        "EmailAddress": address, "IncomingMailServerUsername": username, "OutgoingMailServerUsername": username})


def domain_mobileconfig(domain: str, lang: str = "en") -> bytes:
    """The static profile for any address at domain, as the build publishes it for phones: without
    the address and the user names, which the device asks for while installing the profile
    (Apple's schema of com.apple.mail.managed: EmailAddress and the user names are optional, and
    a device prompts for what is missing). One identifier per domain: installing it again
    replaces the account it made."""
    if domain not in service.DOMAINS:
        raise ValueError(f"{domain!r} is not a Mail.ru domain: {', '.join(service.DOMAINS)}")
    words = lambda k: message(lang, k + "-domain", given=domain)  # noqa: E731
    return _profile("@" + domain, "ru.mail.profile.domain." + domain, words, {})
