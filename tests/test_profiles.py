"""profile: the Thunderbird autoconfig file and the Apple profile match the source, field by field."""

from __future__ import annotations

import plistlib
import xml.etree.ElementTree as ET

import pytest
from mailru import service
from mailru.profiles import NotMailruAddress, autoconfig, mobileconfig

SOCKET = {"SSL": service.SSL_TLS, "STARTTLS": service.STARTTLS}


@pytest.mark.parametrize("domain", service.DOMAINS)
def test_autoconfig_lists_every_server_of_the_source(domain):
    address = f"jana.novakova@{domain}"
    root = ET.fromstring(autoconfig(address))
    assert root.tag == "clientConfig" and root.get("version") == "1.1"
    provider = root.find("emailProvider")
    assert [d.text for d in provider.findall("domain")] == list(service.DOMAINS)
    servers = []
    for element in provider:
        if element.tag in ("incomingServer", "outgoingServer"):
            assert (element.tag == "outgoingServer") == (element.get("type") == "smtp")
            assert element.findtext("username") == "%EMAILADDRESS%"
            assert [a.text for a in element.findall("authentication")] == ["OAuth2", "password-cleartext"]
            servers.append((element.get("type"), element.findtext("hostname"), int(element.findtext("port")),
                            SOCKET[element.findtext("socketType")]))
    assert servers == [(s.protocol, s.host, s.port, s.security) for s in service.SERVERS]
    assert "password" not in {e.tag.lower() for e in root.iter()}


REQUIRED = {"EmailAccountType", "IncomingMailServerHostName", "IncomingMailServerAuthentication",
            "OutgoingMailServerHostName", "OutgoingMailServerAuthentication",
            "PayloadType", "PayloadIdentifier", "PayloadUUID", "PayloadVersion"}


@pytest.mark.parametrize("domain", service.DOMAINS)
def test_mobileconfig_has_every_required_key_and_the_recommended_servers(domain):
    address = f"Jana.Novakova@{domain.upper()}"
    profile = plistlib.loads(mobileconfig(address))
    assert profile["PayloadType"] == "Configuration" and profile["PayloadVersion"] == 1
    assert {"PayloadIdentifier", "PayloadUUID"} <= profile.keys()
    (account,) = profile["PayloadContent"]
    assert REQUIRED <= account.keys()
    imap, smtp = service.recommended(service.IMAP), service.recommended(service.SMTP)
    assert account["PayloadType"] == "com.apple.mail.managed"
    assert account["EmailAccountType"] == "EmailTypeIMAP"
    assert account["EmailAddress"] == f"Jana.Novakova@{domain}"
    assert (account["IncomingMailServerHostName"], account["IncomingMailServerPortNumber"], account["IncomingMailServerUseSSL"]) == (imap.host, imap.port, True)
    assert (account["OutgoingMailServerHostName"], account["OutgoingMailServerPortNumber"], account["OutgoingMailServerUseSSL"]) == (smtp.host, smtp.port, True)
    assert account["IncomingMailServerUsername"] == account["OutgoingMailServerUsername"] == account["EmailAddress"]
    assert account["IncomingMailServerAuthentication"] == account["OutgoingMailServerAuthentication"] == "EmailAuthPassword"
    assert not any("Password" in key and key != "OutgoingPasswordSameAsIncomingPassword" for key in account)
    assert profile["PayloadUUID"] != account["PayloadUUID"]


@pytest.mark.parametrize(
    "address, code",
    [("", "address-empty"), ("jana", "address-invalid"), ("jana@gmail.com", "address-not-mailru"),
     ("jana@vk.com", "address-unsupported"), ("<script>@mail.ru", "address-invalid"), ("ja\x01na@mail.ru", "address-invalid"), ("a" * 300 + "@mail.ru", "address-invalid")],
)
@pytest.mark.parametrize("make", [autoconfig, mobileconfig])
def test_other_addresses_are_refused(make, address, code):
    with pytest.raises(NotMailruAddress) as refused:
        make(address)
    assert refused.value.code == code
