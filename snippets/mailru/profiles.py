"""Configuration files for one Mail.ru address: Thunderbird autoconfig and an Apple profile.

Pure functions on the source of truth; the command line (`profile`) and the browser's
generator call the same code. No password ever goes into either file: the program asks.
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


class NotMailruAddress(ValueError):
    """The address is empty, malformed or not at a Mail.ru domain; .code says which."""

    def __init__(self, code: str, address: str):
        super().__init__(code)
        self.code = code
        self.address = address


def checked_address(address: str) -> str:
    address = (address or "").strip()
    if not address:
        raise NotMailruAddress("address-empty", address)
    local, at, domain = address.partition("@")
    if len(address) > MAX_ADDRESS or not LOCAL_PART.fullmatch(local) or not at:
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


def _uuid(address: str, part: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"mailru-profile:{address}:{part}")).upper()


def mobileconfig(address: str, lang: str = "en") -> bytes:
    """An Apple configuration profile (com.apple.mail.managed) for the address, as plist XML.

    The identifier and UUIDs depend only on the address (its domain in lower case), so
    installing a new copy replaces the profile instead of adding a second account. The names
    the device shows are in lang.
    """
    address = checked_address(address)
    words = lambda key: message(lang, key, given=address)  # noqa: E731
    incoming, outgoing = service.recommended(service.IMAP), service.recommended(service.SMTP)
    ident = "ru.mail.profile." + address.replace("@", ".at.")
    account = {
        "PayloadType": "com.apple.mail.managed",
        "PayloadVersion": 1,
        "PayloadIdentifier": ident + ".account",
        "PayloadUUID": _uuid(address, "account"),
        "PayloadDisplayName": words("profile.payload"),
        "EmailAccountDescription": words("profile.account"),
        "EmailAccountType": "EmailTypeIMAP",
        "EmailAddress": address,
        "IncomingMailServerHostName": incoming.host,
        "IncomingMailServerPortNumber": incoming.port,
        "IncomingMailServerUseSSL": incoming.security == service.SSL_TLS,
        "IncomingMailServerUsername": service.username_for(address),
        "IncomingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingMailServerHostName": outgoing.host,
        "OutgoingMailServerPortNumber": outgoing.port,
        "OutgoingMailServerUseSSL": outgoing.security == service.SSL_TLS,
        "OutgoingMailServerUsername": service.username_for(address),
        "OutgoingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingPasswordSameAsIncomingPassword": True,
    }
    profile = {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": ident,
        "PayloadUUID": _uuid(address, "profile"),
        "PayloadDisplayName": words("profile.name"),
        "PayloadDescription": words("profile.description"),
        "PayloadContent": [account],
    }
    return plistlib.dumps(profile, fmt=plistlib.FMT_XML)
