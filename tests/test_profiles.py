"""profile: the Thunderbird autoconfig file and the Apple profile match the source, field by field."""

from __future__ import annotations

import plistlib
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from mailru import service
from mailru.checks import profile_file
from mailru.messages import LANGUAGES, message
from mailru.profiles import NotMailruAddress, autoconfig, mobileconfig

SNIPPETS = ROOT / "snippets"

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
    assert servers == [(s.protocol, s.host, s.port, s.security) for s in service.SERVERS_IN_FILES]
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


def test_installing_the_profile_again_replaces_it():
    """iOS replaces an installed profile whose PayloadIdentifier matches: the same address, the same ids."""
    first, again = plistlib.loads(mobileconfig("jana.novakova@mail.ru")), plistlib.loads(mobileconfig(" jana.novakova@MAIL.RU "))
    ids = lambda p: (p["PayloadIdentifier"], p["PayloadUUID"], p["PayloadContent"][0]["PayloadIdentifier"], p["PayloadContent"][0]["PayloadUUID"])  # noqa: E731
    assert ids(first) == ids(again)
    assert ids(first) == ids(plistlib.loads(mobileconfig("jana.novakova@mail.ru", "cs"))), "the language does not change the identity"
    other = plistlib.loads(mobileconfig("petr@mail.ru"))
    assert all(a != b for a, b in zip(ids(first), ids(other))), "another address is another profile"
    assert all(str(uuid.UUID(u)).upper() == u for u in (first["PayloadUUID"], first["PayloadContent"][0]["PayloadUUID"]))
    assert first["PayloadContent"][0]["PayloadIdentifier"].startswith(first["PayloadIdentifier"] + ".")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_profile_speaks_the_page_language(lang):
    address = "petr@inbox.ru"
    profile = plistlib.loads(mobileconfig(address, lang))
    account = profile["PayloadContent"][0]
    assert profile["PayloadDisplayName"] == message(lang, "profile.name", given=address)
    assert profile["PayloadDescription"] == message(lang, "profile.description", given=address)
    assert account["EmailAccountDescription"] == message(lang, "profile.account", given=address)
    assert account["PayloadDisplayName"] == message(lang, "profile.payload", given=address)
    other = next(other for other in LANGUAGES if other != lang)
    assert profile["PayloadDescription"] != message(other, "profile.description", given=address), "a planted other language differs"
    # the browser's check and the command line pass the language they were given
    assert profile_file(lang, address, "mobileconfig")["content"] == mobileconfig(address, lang).decode()
    cli = subprocess.run([sys.executable, "-m", "mailru", "--lang", lang, "profile", address, "--format", "mobileconfig"],
                         cwd=SNIPPETS, capture_output=True, timeout=60)
    assert cli.returncode == 0 and cli.stdout == mobileconfig(address, lang)
