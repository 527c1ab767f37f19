"""The Thunderbird guide (cs, en, ru) against the installed program and the autoconfig file against
Thunderbird's own provider database; no Thunderbird is started here."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from support.thunderbird import MAX_PICTURE_BYTES, PICTURE_DIR, PICTURES, ROOT, picture_path, string, strings

from mailru import profiles, service

GUIDE = ROOT / "docs" / "clients"
LOCALES = ("cs", "en", "ru")


def quoted_labels(markdown: str) -> list[str]:
    """Every label the page quotes: bold text and keys, split at menu arrows."""
    markdown = re.sub(r"\{\{.*?\}\}", "", markdown)
    found = re.findall(r"\*\*(.+?)\*\*", markdown) + re.findall(r"<kbd>(.+?)</kbd>", markdown)
    found += [key for keys in re.findall(r"\+\+(.+?)\+\+", markdown) for key in keys.split("+")]
    return [part.strip() for label in found for part in label.split("→") if part.strip()]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_quoted_label_is_the_programs_own(locale):
    labels = quoted_labels((GUIDE / f"thunderbird.{locale}.md").read_text())
    assert len(labels) > 20
    texts = "\n".join(strings(locale).values())
    assert [label for label in labels if label not in texts] == []


def test_a_label_the_program_lacks_is_caught():
    texts = "\n".join(strings("cs").values())
    invented = quoted_labels("Klikněte na **Nastavení serveru** a pak na **Normální heslo pro poštu**.")
    assert [label for label in invented if label not in texts] == ["Normální heslo pro poštu"]
    russian = "\n".join(strings("ru").values())
    invented = quoted_labels("Нажмите **Параметры сервера**, затем **Обычный пароль для почты**.")
    assert [label for label in invented if label not in russian] == ["Обычный пароль для почты"]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_sign_in_window_is_quoted_by_its_title(locale):
    """The Mail.ru window the hub opens after a password sign-in (test_thunderbird closes exactly
    that one) is named by the start of its title, Thunderbird's own string filled as Thunderbird
    fills it (up to the address: the host name would pull searches for it away from /settings/)."""
    start = string(locale, "oauth2WindowTitle").partition("%1$S")[0] + service.EXAMPLE_ADDRESS
    quoted = {"cs": f"„{start}“", "ru": f"«{start}»"}.get(locale, f'"{start}"')
    assert quoted in " ".join((GUIDE / f"thunderbird.{locale}.md").read_text().split())


def pictures_referenced(locale: str) -> dict[str, dict[str, str]]:
    markdown = (GUIDE / f"thunderbird.{locale}.md").read_text()
    pictures = {}
    for alt, src, attrs in re.findall(r"!\[([^\]]*)\]\(([^)]+)\)\{([^}]*)\}", markdown):
        pictures[src] = {"alt": alt, **dict(re.findall(r'(\w+)="([^"]*)"', attrs))}
    return pictures


@pytest.mark.parametrize("locale", LOCALES)
def test_pictures_exist_fit_and_match_the_script(locale):
    referenced = pictures_referenced(locale)
    assert set(referenced) == {f"img/thunderbird-{name}.webp" for name in PICTURES}
    for src, attrs in referenced.items():
        path = picture_path(src.removeprefix("img/thunderbird-").removesuffix(".webp"), locale)
        assert path.parent == PICTURE_DIR and path.is_file(), src
        assert path.stat().st_size <= MAX_PICTURE_BYTES, f"{src}: {path.stat().st_size} bytes"
        with Image.open(path) as image:
            assert (attrs.get("width"), attrs.get("height")) == (str(image.width), str(image.height)), src
        assert attrs.get("loading") == "lazy" and len(attrs["alt"]) > 20, src
    assert sorted(p.name for p in PICTURE_DIR.iterdir()) == sorted(
        picture_path(name, loc).name for name in PICTURES for loc in LOCALES)


def test_alt_texts_are_in_each_pages_language():
    cs, en, ru = pictures_referenced("cs"), pictures_referenced("en"), pictures_referenced("ru")
    for name in PICTURES:
        alt_cs, alt_en, alt_ru = (alts[f"img/thunderbird-{name}.webp"]["alt"] for alts in (cs, en, ru))
        assert alt_cs != alt_en and re.search(r"[ěščřžýůú]", alt_cs) and not re.search(r"[ěščřůú]", alt_en), name
        assert len(re.findall(r"[а-яё]", alt_ru, re.I)) > len(alt_ru) / 3 and not re.search(r"[а-яё]", alt_cs + alt_en, re.I), name


# Thunderbird's provider database, thunderbird/autoconfig, ispdb/mail.ru at revision
# de8e08dc0f2511b95ea36ec808e8bede3de819e2: the values our file is compared with (cited data).
ISPDB_REVISION = "de8e08dc0f2511b95ea36ec808e8bede3de819e2"
ISPDB = {
    "domains": ["mail.ru", "inbox.ru", "list.ru", "bk.ru", "corp.mail.ru"],
    "displayName": "mail.ru",
    "servers": [
        ("incomingServer", "imap", "imap.mail.ru", "993", "SSL", "%EMAILADDRESS%", ["OAuth2", "password-cleartext"]),
        ("incomingServer", "imap", "imap.mail.ru", "143", "STARTTLS", "%EMAILADDRESS%", ["OAuth2", "password-cleartext"]),
        ("incomingServer", "pop3", "pop.mail.ru", "995", "SSL", "%EMAILADDRESS%", ["OAuth2", "password-cleartext"]),
        ("incomingServer", "pop3", "pop.mail.ru", "110", "STARTTLS", "%EMAILADDRESS%", ["OAuth2", "password-cleartext"]),
        ("outgoingServer", "smtp", "smtp.mail.ru", "465", "SSL", "%EMAILADDRESS%", ["password-cleartext"]),
        ("outgoingServer", "smtp", "smtp.mail.ru", "587", "STARTTLS", "%EMAILADDRESS%", ["password-cleartext"]),
    ],
    "extra": ["documentation", "oAuth2"],  # elements outside the server list
}
# Every difference, as /about/ lists it (both languages name each by its key word).
DIFFERENCES = {
    "domain internet.ru": "internet.ru",
    "domain corp.mail.ru": "`corp`",
    "displayName": "displayName",
    "smtp OAuth2": "OAuth2",
    "documentation": "documentation",
    "oAuth2": "oAuth2",
}


def ours() -> dict:
    root = ET.fromstring(profiles.autoconfig("jana.novakova@mail.ru"))
    provider = root.find("emailProvider")
    servers = [(s.tag, s.get("type"), s.findtext("hostname"), s.findtext("port"), s.findtext("socketType"),
                s.findtext("username"), [a.text for a in s.findall("authentication")])
               for s in provider if s.tag in ("incomingServer", "outgoingServer")]
    return {"domains": [d.text for d in provider.findall("domain")], "displayName": provider.findtext("displayName"),
            "servers": servers, "extra": [e.tag for e in [*provider, *root] if e.tag in ("documentation", "oAuth2")]}


def differences(a: dict, b: dict) -> set[str]:
    found = {f"domain {d}" for d in set(a["domains"]) ^ set(b["domains"])}
    found |= {"displayName"} if a["displayName"] != b["displayName"] else set()
    for mine, theirs in zip(a["servers"], b["servers"], strict=True):
        if mine[:6] != theirs[:6]:
            found.add(f"{mine[1]} {mine[3]} server")
        if mine[6] != theirs[6]:
            found.add(f"{mine[1]} " + " ".join(sorted(set(mine[6]) ^ set(theirs[6]))))
    found |= set(a["extra"]) ^ set(b["extra"])
    return found


def test_autoconfig_against_ispdb():
    assert differences(ours(), ISPDB) == set(DIFFERENCES)
    for locale in LOCALES:
        about = (ROOT / "docs" / f"about.{locale}.md").read_text()
        assert ISPDB_REVISION[:12] in about and "draft-ietf-mailmaint-autoconfig" in about
        assert [word for word in DIFFERENCES.values() if word not in about] == []


def test_a_changed_port_is_a_difference():
    changed = ours()
    changed["servers"][0] = changed["servers"][0][:3] + ("994",) + changed["servers"][0][4:]
    assert differences(changed, ISPDB) - set(DIFFERENCES) == {"imap 994 server"}


def test_autoconfig_uses_only_the_drafts_elements():
    # draft-ietf-mailmaint-autoconfig-06, the configuration file's elements for mail accounts
    allowed = {"clientConfig", "emailProvider", "domain", "displayName", "displayShortName", "incomingServer",
               "outgoingServer", "hostname", "port", "socketType", "username", "authentication"}
    root = ET.fromstring(profiles.autoconfig("jana.novakova@mail.ru"))
    assert {e.tag for e in root.iter()} <= allowed
    assert root.get("version") == "1.1"
    assert {e.text for e in root.iter("socketType")} <= {"plain", "SSL", "STARTTLS"}
    assert {e.text for e in root.iter("authentication")} <= {"password-cleartext", "OAuth2"}
