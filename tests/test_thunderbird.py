"""The real Thunderbird 153 ESR, Czech and English: its account wizard reads OUR autoconfig file;
with the password method it shows its own message for Mail.ru's app-password refusal, and with the
app password it signs in over IMAP, downloads the mail and sends over SMTP to the loopback test
servers under the real host names. One Thunderbird per language."""

from __future__ import annotations

import email
import email.policy
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from support.mailservers import ADDRESS, APP_PASSWORD_USER
from support.thunderbird import AutoconfigServer, Thunderbird, Wizard, oauth2_providers, string

from mailru import profiles, service
from mailru.checks import decode_report
from mailru.messages import message

pytestmark = pytest.mark.thunderbird

NAME = "Jana Nováková"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
REFUSALS: dict[str, str] = {}  # language -> the refusal as Thunderbird showed it (title and text)


@pytest.fixture(scope="module")
def autoconfig():
    with AutoconfigServer() as server:
        yield server


@pytest.fixture(scope="module", params=["cs", "en"])
def thunderbird(request, autoconfig, mail_servers):
    with Thunderbird(request.param, autoconfig=autoconfig, mail_servers=mail_servers) as tb:
        yield tb


def set_pref(tb: Thunderbird, name: str, value: bool) -> None:
    tb.js("Services.prefs.setBoolPref(arguments[0], arguments[1])", name, value)


def expected(locale: str, address: str, protocol: str) -> dict[str, dict[str, str]]:
    """What the wizard must show: the recommended servers from the source, in the program's words.

    Authentication: the first method of our file that Thunderbird can use for the host; it
    offers OAuth2 only for hosts in its own OAuth2 provider list (pop.mail.ru is not there)."""
    security = {service.SSL_TLS: "ssl", service.STARTTLS: "starttls"}
    shown = {}
    for side, server in (("incoming", service.recommended(protocol)), ("outgoing", service.recommended(service.SMTP))):
        shown[side] = {
            "protocol": server.protocol, "host": server.host, "port": str(server.port),
            "socketType": string(locale, f"account-hub-result-security-{security[server.security]}"),
            "username": service.username_for(address),
            "authenticationType": string(locale, f"account-hub-result-authentication-{auth_shown(server.host)}"),
        }
    return shown


def auth_shown(host: str) -> str:
    for method in service.AUTH_METHODS:
        if method == service.AUTH_PASSWORD:
            return "password"
        if method == service.AUTH_OAUTH2 and f'["{host}", ["{service.OAUTH2_ISSUER}"' in oauth2_providers():
            return "oauth2"


def mismatches(want: dict, shown: dict) -> list[str]:
    return [f"{side} {field}: expected {value!r}, shown {shown[side].get(field)!r}"
            for side in want for field, value in want[side].items() if shown[side].get(field) != value]


def look_up(tb: Thunderbird, autoconfig: AutoconfigServer, address: str) -> Wizard:
    set_pref(tb, "mailnews.auto_config.guess.enabled", False)  # only our file may answer
    autoconfig.requests.clear()
    wizard = Wizard(tb)
    wizard.enter_address(NAME, address)
    wizard.wait_step("emailConfigFoundSubview")
    wizard.wait_notification()  # the bar's words arrive from Fluent a moment later
    return wizard


@pytest.mark.parametrize("domain", service.DOMAINS)
def test_wizard_shows_our_configuration(thunderbird, autoconfig, domain):
    address = f"jana.novakova@{domain}"
    wizard = look_up(thunderbird, autoconfig, address)
    assert autoconfig.requests == [domain]
    note = wizard.notification()  # "found in Mozilla ISPDB": the lookup at mailnews.auto_config_url
    assert (note["type"], note["title"]) == ("success", string(thunderbird.locale, "account-hub-config-success-title"))
    assert note["text"].startswith(string(thunderbird.locale, "account-hub-config-success-description-db"))
    for protocol in service.INCOMING:
        assert mismatches(expected(thunderbird.locale, address, protocol), wizard.found(protocol)) == []


def test_wizard_shows_a_planted_wrong_value(thunderbird, autoconfig):
    imap = service.recommended(service.IMAP)
    wrong = imap.port + 1
    autoconfig.plant = lambda xml: xml.replace(f"<port>{imap.port}</port>", f"<port>{wrong}</port>", 1)
    try:
        assert f"<port>{wrong}</port>" in autoconfig.plant(profiles.autoconfig(ADDRESS))
        wizard = look_up(thunderbird, autoconfig, ADDRESS)
        found = mismatches(expected(thunderbird.locale, ADDRESS, service.IMAP), wizard.found(service.IMAP))
    finally:
        autoconfig.plant = None
    assert found == [f"incoming port: expected '{imap.port}', shown '{wrong}'"]


def test_app_password_refusal(thunderbird, autoconfig, mail_servers):
    """Mail.ru's verbatim refusal reaches Thunderbird; the wizard shows its own words instead."""
    wizard = look_up(thunderbird, autoconfig, APP_PASSWORD_USER)
    set_pref(thunderbird, "mailnews.auto_config.guess.enabled", True)  # the Test button probes the servers
    wizard.choose_password_method()
    note = wizard.sign_in("hlavni-heslo-z-webu", remember=False)
    locale = thunderbird.locale
    assert note == {"type": "error", "title": string(locale, "account-hub-account-authentication-error"),
                    "text": string(locale, "cannot-login-error")}
    REFUSALS[locale] = f"{note['title']} {note['text']}"
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"thunderbird-refusal-{locale}.txt").write_text(REFUSALS[locale] + "\n")
    log = mail_servers.dovecot_log.read_text(errors="replace")
    assert f"user=<{APP_PASSWORD_USER}>, method=PLAIN" in log  # it did try the password over IMAP


def test_decoder_explains_the_refusal(thunderbird):
    """Thunderbird's words do not say why the server refused (a wrong password and the main password
    get the same message), so the decoder names both entries, the app password among them, and says why."""
    text = REFUSALS[thunderbird.locale]  # captured by the test above, in this language
    report = decode_report(thunderbird.locale, text)
    ids = [entry["id"] for entry in report["entries"]]
    assert set(ids) == {"authentication-failed", "app-password-required"}, ids
    assert message(thunderbird.locale, "explain-both.login") in {entry["note"] for entry in report["entries"]}


def test_sign_in_fetch_and_send(thunderbird, autoconfig, mail_servers):
    """The password method with the app password, as the guide tells it: Thunderbird signs in over
    IMAP and downloads a message that was waiting, keeps the password ("Remember password"), and
    sends a message over SMTP that the server accepts from her and delivers to her inbox."""
    locale, imap, smtp = thunderbird.locale, service.recommended(service.IMAP), service.recommended(service.SMTP)
    waiting, written = f"Čeká na Thunderbird {locale} {time.time_ns()}", f"Z Thunderbirdu {locale} {time.time_ns()}"
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "Petr <petr@mail.ru>", ADDRESS, waiting
    message.set_content("Zpráva doručená před nastavením účtu.")
    mail_servers.deliver(ADDRESS, message)

    wizard = look_up(thunderbird, autoconfig, ADDRESS)
    set_pref(thunderbird, "mailnews.auto_config.guess.enabled", True)
    wizard.choose_password_method()
    assert wizard.sign_in(mail_servers.app_password) is None, "the app password was refused"
    # the hub then looks for address books and calendars and opens Mail.ru's OAuth2 sign-in window
    # for them (see Wizard.finish); the guide tells the reader to Skip and close that window
    assert wizard.wait_searching() == {"note": string(locale, "account-hub-finding-sync-accounts"),
                                       "skip": string(locale, "account-hub-email-skip-button")}
    title = string(locale, "oauth2WindowTitle").replace("%1$S", ADDRESS).replace("%2$S", imap.host)
    assert wizard.finish() == {"closed": [title], "finish": string(locale, "account-hub-email-finish-button")}

    # IMAP: the waiting message is in the Inbox, read from Thunderbird's folder database
    thunderbird.wait_for("""const server = MailServices.accounts.findServer(arguments[0], arguments[1], 'imap');
const inbox = server?.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox);
return inbox && [...inbox.msgDatabase.enumerateMessages()].some(m => m.mime2DecodedSubject == arguments[2]);""",
                         ADDRESS, imap.host, waiting, what="the waiting message in Thunderbird's Inbox")
    assert waiting in thunderbird.subjects(ADDRESS)
    assert thunderbird.js_async("""Services.logins.getAllLogins().then(logins => resolve(logins.map(l =>
  [l.origin, l.username, l.password == arguments[0]]).sort()));""", mail_servers.app_password) == [
        [f"imap://{imap.host}", ADDRESS, True], [f"smtp://{smtp.host}", ADDRESS, True]]

    # SMTP: written and sent in Thunderbird; the server took it from her login and delivered it
    sent_before = len(mail_servers.sent)
    thunderbird.send_message(ADDRESS, written, "Zkušební zpráva poslaná Thunderbirdem.")
    sent = [(m.login, m.mail_from, m.rcpt_tos, str(parsed["From"]), parsed.get_content().strip())
            for m in mail_servers.sent[sent_before:]
            if (parsed := email.message_from_bytes(m.content, policy=email.policy.default))["Subject"] == written]
    assert sent == [(ADDRESS, ADDRESS, [ADDRESS], f"{NAME} <{ADDRESS}>", "Zkušební zpráva poslaná Thunderbirdem.")]
    assert written in mail_servers.inbox_subjects(ADDRESS)

    account = thunderbird.js("""
const server = MailServices.accounts.findServer(arguments[0], arguments[1], 'imap');
const smtp = MailServices.outgoingServer.getServerByIdentity(MailServices.accounts.findAccountForServer(server).defaultIdentity);
return {imap: [server.hostname, server.port, server.socketType, server.authMethod, server.username],
        smtp: [smtp.serverURI.host, smtp.serverURI.port, smtp.socketType, smtp.authMethod, smtp.username]};""",
                             ADDRESS, imap.host)
    ssl, normal_password = 3, 3  # Ci.nsMsgSocketType.SSL, Ci.nsMsgAuthMethod.passwordCleartext
    assert account == {"imap": [imap.host, imap.port, ssl, normal_password, ADDRESS],
                       "smtp": [smtp.host, smtp.port, ssl, normal_password, ADDRESS]}
