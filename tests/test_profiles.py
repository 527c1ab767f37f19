"""profile: the Thunderbird autoconfig file and the Apple profiles (made for an address, and the static one
per domain that the build publishes) match the source field by field and follow Apple's published schema."""

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
from mailru.profiles import NotMailruAddress, autoconfig, checked_address, domain_mobileconfig, mobileconfig, shown
from support import apple_schema
from support.site_pages import LANGUAGE_PREFIX

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
    """iOS replaces an installed profile whose PayloadIdentifier matches: the same mailbox, typed in any case
    (Mail.ru logins ignore case), has the same ids."""
    first, again = plistlib.loads(mobileconfig("jana.novakova@mail.ru")), plistlib.loads(mobileconfig(" JANA.Novakova@MAIL.RU "))
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


# ---- Apple's schema (tests/support/apple/, apple/device-management at b6202ca) ----------------------

ADDRESSES = ["jana.novakova@mail.ru", "Petr.Svoboda@INBOX.ru", "a+b@list.ru", "x'y@bk.ru", "c.d-e_f@internet.ru"]


def every_profile_we_make(built_site):
    """(name, bytes) of every Apple profile the project makes: for addresses (the browser and the command
    line call mobileconfig) and the static ones the build publishes for each domain and language."""
    for lang in LANGUAGES:
        for address in ADDRESSES:
            yield f"mobileconfig({address!r}, {lang})", mobileconfig(address, lang)
        for domain in service.DOMAINS:
            path = built_site / LANGUAGE_PREFIX[lang] / "profiles" / f"{domain}.mobileconfig"
            yield str(path.relative_to(built_site)), path.read_bytes()


def test_every_profile_follows_apples_schema(built_site):
    made = list(every_profile_we_make(built_site))
    assert len(made) == len(LANGUAGES) * (len(ADDRESSES) + len(service.DOMAINS))
    problems = [f"{name}: {problem}" for name, content in made for problem in apple_schema.problems(plistlib.loads(content))]
    assert not problems, "\n".join(problems)


def _payload(profile):
    return profile["PayloadContent"][0]


PLANTED = {
    "an account type the schema does not list": lambda p: _payload(p).update(EmailAccountType="EmailTypeIMAP4"),
    "a port as text": lambda p: _payload(p).update(IncomingMailServerPortNumber="993"),
    "SSL as the word true": lambda p: _payload(p).update(OutgoingMailServerUseSSL="true"),
    "a port as a boolean": lambda p: _payload(p).update(OutgoingMailServerPortNumber=True),
    "an authentication the schema does not list": lambda p: _payload(p).update(IncomingMailServerAuthentication="EmailAuthOAuth2"),
    "a required server missing": lambda p: _payload(p).pop("OutgoingMailServerHostName"),
    "a key of no schema": lambda p: _payload(p).update(IncomingMailServerUseTLS=True),
    "a key macOS does not support": lambda p: _payload(p).update(PreventMove=True),
    "profile version 2": lambda p: p.update(PayloadVersion=2),
    "a profile type in lower case": lambda p: p.update(PayloadType="configuration"),
    "the profile's UUID missing": lambda p: p.pop("PayloadUUID"),
    "a payload type no schema here describes": lambda p: _payload(p).update(PayloadType="com.apple.mail.managed2"),
    "the payload's identifier equal to the profile's": lambda p: _payload(p).update(PayloadIdentifier=p["PayloadIdentifier"]),
}


@pytest.mark.parametrize("plant", PLANTED)
@pytest.mark.parametrize("make", [lambda: mobileconfig("jana@mail.ru", "cs"), lambda: domain_mobileconfig("bk.ru", "en")],
                         ids=["for an address", "static"])
def test_a_planted_wrong_value_breaks_the_schema(make, plant):
    profile = plistlib.loads(make())
    assert apple_schema.problems(profile) == []
    PLANTED[plant](profile)
    assert apple_schema.problems(profile), f"{plant} was not caught"


# ---- the static profile per domain: what any host can serve, the same for every reader -----------

@pytest.mark.parametrize("domain", service.DOMAINS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_static_profile_asks_for_the_address_and_holds_the_source(built_site, lang, domain):
    content = (built_site / LANGUAGE_PREFIX[lang] / "profiles" / f"{domain}.mobileconfig").read_bytes()
    assert content == domain_mobileconfig(domain, lang), "the build writes what profiles.py makes"
    profile = plistlib.loads(content)
    account = _payload(profile)
    # without these keys the device asks for them while installing (Apple's schema, presence: optional)
    assert not {"EmailAddress", "IncomingMailServerUsername", "OutgoingMailServerUsername"} & account.keys()
    assert not any("Password" in key and key != "OutgoingPasswordSameAsIncomingPassword" for key in account)
    imap, smtp = service.recommended(service.IMAP), service.recommended(service.SMTP)
    assert (account["IncomingMailServerHostName"], account["IncomingMailServerPortNumber"], account["IncomingMailServerUseSSL"]) == (imap.host, imap.port, imap.security == service.SSL_TLS)
    assert (account["OutgoingMailServerHostName"], account["OutgoingMailServerPortNumber"], account["OutgoingMailServerUseSSL"]) == (smtp.host, smtp.port, smtp.security == service.SSL_TLS)
    assert account["IncomingMailServerAuthentication"] == account["OutgoingMailServerAuthentication"] == "EmailAuthPassword"
    assert account["OutgoingPasswordSameAsIncomingPassword"] is True, "one question for the app password"
    assert profile["PayloadDisplayName"] == message(lang, "profile.name-domain", given=domain)
    assert account["EmailAccountDescription"] == message(lang, "profile.account-domain", given=domain)
    assert service.EXAMPLE_ADDRESS.encode() not in content


def test_each_domain_has_its_own_static_profile_in_every_language():
    ids = lambda p: (p["PayloadIdentifier"], p["PayloadUUID"], _payload(p)["PayloadIdentifier"], _payload(p)["PayloadUUID"])  # noqa: E731
    by_domain = {d: ids(plistlib.loads(domain_mobileconfig(d, "cs"))) for d in service.DOMAINS}
    assert len({i for d in by_domain.values() for i in d}) == 4 * len(service.DOMAINS), "no two domains share an identifier"
    for domain in service.DOMAINS:
        assert ids(plistlib.loads(domain_mobileconfig(domain, "en"))) == by_domain[domain], "the language does not change the identity"
        personal = ids(plistlib.loads(mobileconfig(f"domain@{domain}")))
        assert not set(personal) & set(by_domain[domain]), "no address's profile takes a static profile's identity"
    with pytest.raises(ValueError):
        domain_mobileconfig("vk.com")


# ---- what a refusal quotes (L6): nothing that reorders or hides the words around it -------------

@pytest.mark.parametrize("typed, quoted", [
    ("\u202eyrtnuoc@gmail.com", "\\u202eyrtnuoc@gmail.com"),  # right-to-left override
    ("jana\u200b@mail.ru", "jana\\u200b@mail.ru"),  # zero-width space
    ("a\u2066b\u2069@x.cz", "a\\u2066b\\u2069@x.cz"),  # bidi isolates
    ("a\x00b\x7f@x.cz", "a\\x00b\\x7f@x.cz"),  # control characters
    ("jana\u00a0@mail.ru", "jana\u00a0@mail.ru"),  # a no-break space stays
    ("ján@gmail.com", "ján@gmail.com"),
    ("x" * 100 + "@gmail.com", "x" * 80),
])
def test_a_refusal_quotes_invisible_characters_as_escapes(typed, quoted):
    with pytest.raises(NotMailruAddress) as refused:
        checked_address(typed)
    assert refused.value.shown == shown(typed.strip()) == quoted
    assert profile_file("en", typed, "mobileconfig")["message"].count(quoted) == 1, "the browser's check quotes the same"


@pytest.mark.parametrize("typed", ["jana@mail.ru,", "jana@mail ru", "jana@", "jana@@mail.ru", "jana@mail.ru@bk.ru", "jana@(mail).ru"])
def test_a_malformed_domain_is_an_invalid_address_not_another_provider(typed):
    with pytest.raises(NotMailruAddress) as refused:
        checked_address(typed)
    assert refused.value.code == "address-invalid"
