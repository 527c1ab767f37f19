"""Debian's Thunderbird under Xvfb, driven through Marionette (chrome context), for the tests.

    with AutoconfigServer() as autoconfig, Thunderbird("cs", autoconfig=autoconfig) as tb:
        wizard = Wizard(tb)
        wizard.enter_address("Jana Nováková", "jana.novakova@mail.ru")
        wizard.found()   # {"incoming": {"host": "imap.mail.ru", "port": "993", ...}, "outgoing": {...}}

Each instance has its own temporary folder (profile, HOME, TMPDIR), its own Xvfb display and
a free Marionette port, so parallel runs cannot collide; stop() removes the folder. The
profile's user.js keeps every lookup on loopback: all names resolve to 127.0.0.1
(network.dns.forceResolve) and the real mail ports can be mapped to the test servers' ports
(network.socket.forcePort), while TLS still checks the certificate for the real host name.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from functools import cache
from pathlib import Path

from marionette_driver.by import By
from marionette_driver.errors import NoSuchWindowException
from marionette_driver.keys import Keys
from marionette_driver.marionette import Marionette

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "snippets"), str(ROOT / "tests")]
from mailru import profiles, service  # noqa: E402

THUNDERBIRD = "/usr/lib/thunderbird/thunderbird"
OMNI_JA = Path("/usr/lib/thunderbird/omni.ja")
LANGPACKS = Path("/usr/lib/thunderbird/extensions")
SCREEN = (1280, 900)

# Quiet, offline, reproducible: no start page, update, telemetry, or first-run notices.
BASE_PREFS = {
    "network.dns.forceResolve": "127.0.0.1",  # every name is loopback: nothing leaves the machine
    "network.dns.disableIPv6": True,
    "mailnews.start_page.enabled": False,
    "mail.rights.version": 1,
    "mail.shell.checkDefaultClient": False,
    "mail.provider.enabled": False,
    "mail.spotlight.firstRunDone": True,
    "mail.winsearch.firstRunDone": True,
    "mailnews.auto_config.fetchFromISP.enabled": False,  # would ask autoconfig.<domain>
    "mailnews.auto_config.fetchFromExchange.enabled": False,
    "mailnews.auto_config.guess.enabled": False,  # only the served file may answer
    "app.update.disabledForTesting": True,
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "browser.EULA.override": True,
    "ui.prefersReducedMotion": 1,
    "signon.rememberSignons": True,  # Marionette turns it off; the wizard's "Remember password" needs it
    "mail.openMessageBehavior.version": 1,
    "mail.tabs.drawInTitlebar": False,
}


def _strings_file(locale: str) -> Path:
    return OMNI_JA if locale == "en" else LANGPACKS / f"langpack-{locale}@thunderbird.mozilla.org.xpi"


@cache
def strings(locale: str) -> dict[str, str]:
    """The installed program's user interface strings: "file:id" -> text, read from the
    language pack (cs, ru) or from omni.ja (en-US). Fluent variants are joined by newlines and
    the brand terms filled in, so a label is found as the reader sees it."""
    folder = "en-US" if locale == "en" else locale
    found = {}
    with zipfile.ZipFile(_strings_file(locale)) as archive:
        for name in archive.namelist():
            if not name.startswith((f"localization/{folder}/", f"chrome/{folder}/locale/")):
                continue
            text = archive.read(name).decode("utf-8", "replace")
            if name.endswith(".ftl"):
                found.update((f"{name}:{k}", v) for k, v in _fluent(text).items())
            elif name.endswith(".properties"):
                for line in text.splitlines():
                    key, sep, value = line.partition("=")
                    if sep and not line.lstrip().startswith("#"):
                        found[f"{name}:{key.strip()}"] = value.strip()
            elif name.endswith(".dtd"):
                for key, value in re.findall(r'<!ENTITY\s+(\S+)\s+"([^"]*)"', text):
                    found[f"{name}:{key}"] = value
    brand = {"-brand-short-name": "Thunderbird", "-brand-full-name": "Mozilla Thunderbird",
             "-brand-product-name": "Thunderbird"}
    cases = {"gen": "u", "dat": "u", "loc": "u", "ins": "em"}  # Czech brand.ftl declines the name

    def fill(match):
        name = brand.get(match[1], match[0])
        return name + cases.get(match[2], "") if locale == "cs" and match[2] else name

    for key, value in found.items():
        value = re.sub(r'\{\s*(-brand-[a-z-]+)(?:\(case:\s*"(\w+)"\))?\s*\}', fill, value)
        found[key] = value.replace("&brandShortName;", "Thunderbird").replace("&brandFullName;", "Mozilla Thunderbird")
    return found


def string(locale: str, message_id: str) -> str:
    """One Fluent message or attribute by id, e.g. "account-hub-config-success-title"."""
    hits = [v for k, v in strings(locale).items() if k.endswith(":" + message_id)]
    if len(hits) != 1:
        raise KeyError(f"{message_id}: {len(hits)} strings in the {locale} language pack")
    return hits[0]


@cache
def oauth2_providers() -> str:
    """Thunderbird's built-in OAuth2 host list (modules/OAuth2Providers.sys.mjs in omni.ja), as text."""
    with zipfile.ZipFile(OMNI_JA) as archive:
        return archive.read("modules/OAuth2Providers.sys.mjs").decode()


def _fluent(text: str) -> dict[str, str]:
    """Fluent (.ftl) messages and attributes ("id" and "id.attr") -> text; variants joined."""
    messages, key = {}, None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head = re.match(r"^(-?[A-Za-z][\w-]*)\s*=\s?(.*)$", line)
        attribute = re.match(r"^\s+\.([\w-]+)\s*=\s?(.*)$", line)
        if head:
            base = key = head[1]
            messages[key] = head[2].strip()
        elif attribute and key:
            key = f"{base}.{attribute[1]}"
            messages[key] = attribute[2].strip()
        elif key and line.startswith(" "):
            variant = re.sub(r"^\s*\*?\[[^]]*\]\s*", "", line).strip()
            if variant and not variant.endswith("->") and variant != "}":
                messages[key] = (messages[key] + "\n" + variant).strip()
    return messages


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _user_pref(name: str, value) -> str:
    return f"user_pref({json.dumps(name)}, {json.dumps(value)});\n"


class Thunderbird:
    """One Thunderbird with a fresh profile; start() it, stop() it (or use `with`)."""

    def __init__(self, locale: str, autoconfig: AutoconfigServer | None = None, mail_servers=None,
                 prefs: dict | None = None):
        self.locale = locale
        self.prefs = {**BASE_PREFS, "intl.locale.requested": locale, **(prefs or {})}
        if autoconfig:  # the provider lookup asks our loopback server instead of Mozilla's
            self.prefs["mailnews.auto_config_url"] = autoconfig.url
        self.ca_pem = None
        if mail_servers:  # the real ports (993, 465, ...) reach the test servers; their CA is trusted
            self.prefs["network.socket.forcePort"] = ";".join(
                f"{source.rpartition(':')[2]}={target.rpartition(':')[2]}"
                for source, target in mail_servers.routes.items() if not source.endswith(":*"))
            self.ca_pem = mail_servers.ca_pem
        self.root: Path | None = None
        self.marionette: Marionette | None = None
        self._xvfb: subprocess.Popen | None = None
        self._thunderbird: subprocess.Popen | None = None

    def __enter__(self) -> Thunderbird:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---- start and stop ------------------------------------------------------------

    def start(self) -> Thunderbird:
        self.root = Path(tempfile.mkdtemp(prefix="mailru-thunderbird-"))
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        profile, home, tmp = (self.root / name for name in ("profile", "home", "tmp"))
        for folder in (profile, home, tmp):
            folder.mkdir()
        if self.ca_pem:  # trust the test CA in the profile's own NSS database
            subprocess.run(["certutil", "-N", "-d", f"sql:{profile}", "--empty-password"], check=True)
            subprocess.run(["certutil", "-A", "-d", f"sql:{profile}", "-n", "mailru test CA", "-t", "C,,",
                            "-i", str(self.ca_pem)], check=True)
        display = self._start_xvfb()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MOZ_", "XDG_", "WAYLAND"))}
        env.update(DISPLAY=display, HOME=str(home), TMPDIR=str(tmp), XDG_RUNTIME_DIR=str(tmp),
                   LANG="C.UTF-8", MOZ_CRASHREPORTER_DISABLE="1", NO_AT_BRIDGE="1", GTK_A11Y="none")
        for attempt in range(3):  # a free port can be taken between choosing and binding it
            port = free_port()
            (profile / "user.js").write_text(
                "".join(_user_pref(k, v) for k, v in {**self.prefs, "marionette.port": port}.items()))
            log = open(self.root / "thunderbird.log", "ab")
            self._thunderbird = subprocess.Popen(
                [THUNDERBIRD, "--marionette", "-remote-allow-system-access", "--no-remote",
                 "--profile", str(profile)], env=env, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True)
            log.close()
            if self._wait_for_port(port, 60):
                break
            self._stop_thunderbird()
        else:
            raise RuntimeError(f"Thunderbird did not start:\n{self.log()[-3000:]}")
        self.marionette = Marionette(host="127.0.0.1", port=port)
        self.marionette.start_session(timeout=60)
        self.marionette.set_context(Marionette.CONTEXT_CHROME)

    def _start_xvfb(self) -> str:
        read, write = os.pipe()
        self._xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
            pass_fds=[write], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        os.close(write)
        number = b""
        deadline = time.monotonic() + 20
        with os.fdopen(read, "rb", buffering=0) as pipe:
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                chunk = pipe.read(16)
                if not chunk:
                    break
                number += chunk
        if not number.strip().isdigit():
            raise RuntimeError("Xvfb did not start")
        return f":{number.strip().decode()}"

    def _wait_for_port(self, port: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._thunderbird.poll() is not None:
                return False
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                return True
            except OSError:
                time.sleep(0.1)
        return False

    def stop(self) -> None:
        if self.marionette is not None:
            try:
                self.marionette.delete_session()
            except Exception:
                pass
            self.marionette = None
        self._stop_thunderbird()
        for process in [self._xvfb]:
            if process and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(10)
        self._xvfb = None
        if self.root and os.environ.get("MAILRU_TEST_KEEP"):
            print(f"Thunderbird's files kept in {self.root}")
        elif self.root:
            shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def _stop_thunderbird(self) -> None:
        process, self._thunderbird = self._thunderbird, None
        if process is None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:  # start_new_session made Thunderbird and its content processes one group
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(10)
                break
            except subprocess.TimeoutExpired:
                pass

    # ---- for tests -------------------------------------------------------------------

    def js(self, script: str, *args, timeout: float = 30):
        """Run JavaScript in the main window's chrome context; `arguments` holds args."""
        self.marionette.timeout.script = timeout
        return self.marionette.execute_script(script, script_args=list(args), new_sandbox=False)

    def js_async(self, script: str, *args, timeout: float = 30):
        """Like js(), for a script that ends by calling resolve(value) (an async body)."""
        self.marionette.timeout.script = timeout
        return self.marionette.execute_async_script(
            "const resolve = arguments[arguments.length - 1];" + script, script_args=list(args), new_sandbox=False)

    def wait_for(self, script: str, *args, timeout: float = 30, what: str = ""):
        """Poll a JavaScript expression (its body returns a value) until it is truthy; returns it."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(script, *args)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"Thunderbird: waited {timeout} s for {what or script}")
            time.sleep(0.1)

    def answer_password_prompt(self, password: str, timeout: float = 30) -> str:
        """Type the password into Thunderbird's password prompt (a common dialog), tick
        "remember" and press OK, as a reader would; returns the prompt's text."""
        text = self.wait_for("""
const win = [...Services.wm.getEnumerator('Prompt:Common')].find(w => w.document.getElementById('password1Textbox'));
return win?.document.readyState == 'complete' && win.document.getElementById('infoBody').textContent;""",
                             timeout=timeout, what="Thunderbird's password prompt")
        self.js("""
const win = [...Services.wm.getEnumerator('Prompt:Common')].find(w => w.document.getElementById('password1Textbox'));
win.document.getElementById('password1Textbox').value = arguments[0];
const remember = win.document.getElementById('checkbox');
if (!remember.hidden && !remember.checked) remember.click();
win.document.querySelector('dialog').acceptDialog();""", password)
        return text

    def other_windows(self, url: str) -> list[str]:
        """Marionette handles of the open chrome windows (not the main one) showing url."""
        main, found = self.marionette.current_chrome_window_handle, []
        try:
            for handle in self.marionette.chrome_window_handles:
                try:
                    self.marionette.switch_to_window(handle, focus=False)
                    if handle != main and self.marionette.execute_script("return document.location.href") == url:
                        found.append(handle)
                except NoSuchWindowException:  # it closed meanwhile
                    pass
        finally:
            self.marionette.switch_to_window(main, focus=False)
        return found

    def press_escape(self, handle: str) -> str | None:
        """Focus the window and press Esc there, as a reader would; returns its title (None if it
        was gone already)."""
        main, title = self.marionette.current_chrome_window_handle, None
        try:
            self.marionette.switch_to_window(handle)
            title = self.marionette.execute_script("return document.title")
            # the window closes on the key press; the key's release then finds no window
            self.marionette.actions.sequence("key", "keyboard").key_down(Keys.ESCAPE).key_up(Keys.ESCAPE).perform()
        except NoSuchWindowException:
            pass
        finally:
            self.marionette.switch_to_window(main)
        return title

    def subjects(self, address: str, folder_flag: str = "Inbox") -> list[str]:
        """Subjects in one of the account's folders, read from Thunderbird's own folder database."""
        return self.js("""const server = MailServices.accounts.findServer(arguments[0], arguments[1], 'imap');
const folder = server?.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags[arguments[2]]);
return folder ? [...folder.msgDatabase.enumerateMessages()].map(m => m.mime2DecodedSubject) : [];""",
                       address, service.recommended(service.IMAP).host, folder_flag)

    def send_message(self, to: str, subject: str, body: str, timeout: float = 30) -> None:
        """Write a message as a reader does (New Message, type recipient, subject and text, Send) and
        wait until Thunderbird has sent it: it closes the compose window only then."""
        self.js("goDoCommand('cmd_newMessage')")  # what the toolbar's New Message button does
        deadline = time.monotonic() + timeout
        while not (windows := self.other_windows(COMPOSE_URL)):
            if time.monotonic() > deadline:
                raise TimeoutError("Thunderbird: no compose window")
            time.sleep(0.1)
        marionette, main = self.marionette, self.marionette.current_chrome_window_handle
        try:
            marionette.switch_to_window(windows[0])
            while not marionette.execute_script("return window.gLoadingComplete && !!GetCurrentEditor()"):
                if time.monotonic() > deadline:
                    raise TimeoutError("Thunderbird: the compose window did not get ready")
                time.sleep(0.1)
            marionette.find_element(By.ID, "toAddrInput").send_keys(to + ",")  # the comma makes the address a pill
            marionette.find_element(By.ID, "msgSubject").send_keys(subject)
            marionette.execute_script("document.getElementById('messageEditor').focus()")
            marionette.actions.sequence("key", "keyboard").send_keys(body).perform()
            marionette.find_element(By.ID, "button-send").click()
        finally:
            marionette.switch_to_window(main)
        while self.other_windows(COMPOSE_URL):
            if time.monotonic() > deadline:
                titles = self.js("return [...Services.wm.getEnumerator(null)].map(w => w.document.title)")
                raise TimeoutError(f"Thunderbird: the message was not sent; windows open: {titles}")
            time.sleep(0.2)

    def settle(self, timeout: float = 30) -> None:
        """Wait until Fluent has written every text of the main window, every animation and transition
        has ended, and a frame with all that has been painted (before a picture)."""
        self.js_async("""
const container = document.querySelector('account-hub-container');  // the account hub and its steps' headers
const headers = [...(container?.shadowRoot?.querySelectorAll('[id$=Subview]') ?? [])]
  .map(step => step.shadowRoot?.querySelector('account-hub-header')).filter(Boolean);
const localizations = [document.l10n, container?.l10n, ...headers.map(header => header.l10n)].filter(Boolean);
Promise.all([...localizations.map(l10n => l10n.translateRoots()), ...document.getAnimations().map(a => a.finished)])
  .then(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))), () => resolve(false));""",
                      timeout=timeout)

    def screenshot(self) -> bytes:
        """The main window as PNG."""
        return self.marionette.screenshot(format="binary")

    def log(self) -> str:
        path = self.root / "thunderbird.log" if self.root else None
        return path.read_text(errors="replace") if path and path.exists() else ""


class AutoconfigServer:
    """Loopback HTTP server answering /v1.1/<domain> with our generated autoconfig file.

    plant: an optional function applied to the XML text before it is served (a planted
    wrong value); requests: the domains asked for, in order.
    """

    def __init__(self):
        self.plant = None
        self.requests: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                domain = self.path.rpartition("/")[2]
                server.requests.append(domain)
                try:
                    body = profiles.autoconfig(f"jana.novakova@{domain}")
                except profiles.NotMailruAddress:
                    self.send_error(404)
                    return
                body = (server.plant(body) if server.plant else body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}/v1.1/"

    def __enter__(self) -> AutoconfigServer:
        threading.Thread(target=self._http.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._http.shutdown()
        self._http.server_close()


SIGN_IN_WINDOW_URL = "chrome://messenger/content/browserRequest.xhtml"  # Thunderbird's OAuth2 sign-in window
COMPOSE_URL = "chrome://messenger/content/messengercompose/messengercompose.xhtml"
HUB = "const hub = document.querySelector('account-hub-container').shadowRoot;"
SUBVIEW = HUB + "const sub = [...hub.querySelectorAll('[id$=Subview]')].find(s => !s.hidden && s.checkVisibility());"
NOTE_TITLE = """const note = sub.shadowRoot?.querySelector('account-hub-header')?.shadowRoot
  ?.querySelector('#emailFormNotificationTitle')?.textContent.trim();"""  # the visible step's message (SUBVIEW first)
# What the wizard shows for each server: element ids of the "settings found" step. Security,
# user name and authentication sit under "All servers" (shared*) when both servers agree.
FOUND_FIELDS = ("host", "port", "socketType", "username", "authenticationType")


class Wizard:
    """The account hub's e-mail wizard (Thunderbird 153), step by step, through its DOM."""

    def __init__(self, tb: Thunderbird):
        self.tb = tb

    def step(self) -> str | None:
        """Id of the visible step, e.g. emailAutoConfigSubview, emailConfigFoundSubview."""
        return self.tb.js(SUBVIEW + "return sub?.id ?? null")

    def wait_step(self, step: str, timeout: float = 30) -> None:
        self.tb.wait_for(SUBVIEW + "return sub?.id == arguments[0] && !sub.disabled", step, timeout=timeout,
                         what=f"the wizard step {step}")

    def fill(self, **values) -> None:
        """Type into the visible step's fields by id, as input events."""
        self.tb.js(SUBVIEW + """
for (const [id, value] of Object.entries(arguments[0])) {
  const input = sub.querySelector('#' + id);
  input.focus(); input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
}""", values)

    def choose(self, select_id: str, value: str) -> None:
        self.tb.js(SUBVIEW + """const select = sub.querySelector('#' + arguments[0]);
select.value = arguments[1]; select.dispatchEvent(new Event('change', {bubbles: true}));""", select_id, value)

    def click(self, element_id: str) -> None:
        """Click a button of the visible step or of the footer (forward, back, custom)."""
        self.tb.js(SUBVIEW + """const button = sub.querySelector('#' + arguments[0]) ?? hub.querySelector('#emailFooter #' + arguments[0]);
if (button.disabled) throw new Error(arguments[0] + ' is disabled');
button.click();""", element_id)

    def enabled(self, element_id: str) -> bool:
        return self.tb.js(HUB + "const b = hub.querySelector('#emailFooter #' + arguments[0]); return !b.disabled && !b.hidden",
                          element_id)

    def enter_address(self, name: str, address: str) -> None:
        """From any step: back to the first step, fill name and address, Continue."""
        for _ in range(8):
            if (step := self.step()) == "emailAutoConfigSubview":
                break
            self.click("back")
            self.tb.wait_for(SUBVIEW + "return sub && sub.id != arguments[0] && !sub.disabled", step, what="the step before " + step)
        self.wait_step("emailAutoConfigSubview")
        self.fill(realName=name, email=address)
        self.tb.wait_for(HUB + "return !hub.querySelector('#emailFooter #forward').disabled", what="Continue")
        self.click("forward")

    def found(self, protocol: str = "imap") -> dict[str, dict[str, str]]:
        """The "settings found" step's values for the protocol tab, read from the DOM.

        Choosing a tab sets host, port and user name at once, but security and authentication
        get a Fluent id, whose words the hub's own localization (account-hub-container.l10n)
        writes a moment later: the values are read once it has translated every element of the
        step as it now stands (read at once, POP3's authentication still said OAuth2, IMAP's)."""
        self.wait_step("emailConfigFoundSubview")
        self.tb.js(SUBVIEW + "const radio = sub.querySelector(`#${arguments[0]} input`); if (!radio.checked) radio.click();",
                   protocol)
        self.tb.wait_for(SUBVIEW + "return sub.querySelector('#incomingType').textContent.trim().toLowerCase() == arguments[0]",
                         protocol, what=f"the {protocol} tab")
        shown = self.tb.js_async(SUBVIEW + """
hub.host.l10n.translateElements([...sub.querySelectorAll('[data-l10n-id]')]).then(() => {
const shown = {};
for (const side of ['incoming', 'outgoing']) {
  shown[side] = {};
  for (const field of arguments[0]) {
    const name = field[0].toUpperCase() + field.slice(1);
    let element = sub.querySelector('#' + side + name);
    if (!element?.checkVisibility()) element = sub.querySelector('#shared' + name);
    shown[side][field] = element?.checkVisibility() ? element.textContent.trim() : null;
  }
}
shown.incoming.protocol = sub.querySelector('#incomingType').textContent.trim();
shown.outgoing.protocol = sub.querySelector('#outgoingType').textContent.trim();
resolve(shown);
}, (error) => resolve({error: String(error)}));""", FOUND_FIELDS)
        if "error" in shown:
            raise RuntimeError(f"Fluent could not translate the step: {shown['error']}")
        return shown

    def notification(self, expand: bool = False) -> dict | None:
        """The visible step's notification bar: {"type", "title", "text"}, or None; read once the
        header's own localization (account-hub-header.l10n) has written its words as they now stand."""
        return self.tb.js_async(SUBVIEW + """
const host = sub.shadowRoot?.querySelector('account-hub-header');
const header = host?.shadowRoot;
const bar = header?.querySelector('#emailFormNotification');
if (!bar || bar.hidden) return resolve(null);
const toggle = header.querySelector('#emailFormNotificationToggle');
if (arguments[0] && !toggle.hidden && !bar.hasAttribute('open') && !bar.open) toggle.click();
const type = ['error', 'warning', 'info', 'success'].find(t => bar.classList.contains(t)) ?? null;
const read = () => resolve({type, title: header.querySelector('#emailFormNotificationTitle').textContent.trim(),
                            text: header.querySelector('#emailFormNotificationText').textContent.trim()});
host.l10n.translateElements([...header.querySelectorAll('[data-l10n-id]')]).then(read, read);""", expand)

    def wait_notification(self, timeout: float = 30) -> dict:
        """The visible step's notification bar once it has a title (its words come from Fluent)."""
        deadline = time.monotonic() + timeout
        while not ((note := self.notification()) or {}).get("title"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"Thunderbird: no notification on the step {self.step()} after {timeout} s")
            time.sleep(0.1)
        return note

    def choose_password_method(self) -> None:
        """From "settings found": Edit configuration, normal password on both servers, Test, Continue."""
        self.wait_step("emailConfigFoundSubview")
        self.click("editConfiguration")
        self.wait_step("emailIncomingConfigSubview")
        self.choose("incomingAuthMethod", str(AUTH_NORMAL_PASSWORD))
        self.click("forward")
        self.wait_step("emailOutgoingConfigSubview")
        self.choose("outgoingAuthMethod", str(AUTH_NORMAL_PASSWORD))
        self.click("custom")  # Test: Thunderbird probes the servers with these values
        self.tb.wait_for(HUB + "return !hub.querySelector('#emailFooter #forward').disabled", timeout=60,
                         what="Continue after Test")
        self.click("forward")
        self.wait_step("emailPasswordSubview")

    def sign_in(self, password: str, remember: bool = True, timeout: float = 60) -> dict | None:
        """On the password step: type the password and Continue. Returns the error notification
        (expanded, as the reader sees it after "Show more"), or None once the account exists."""
        self.wait_step("emailPasswordSubview")
        self.tb.js(SUBVIEW + "const box = sub.querySelector('#rememberPassword'); if (box.checked != arguments[0]) box.click();",
                   remember)
        self.fill(password=password)
        self.click("forward")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            # the account exists once the sign-in worked (the hub then looks for address books)
            if self.step() not in ("emailPasswordSubview", None) or self.tb.js(
                    "return MailServices.accounts.accounts.some(a => a.incomingServer.type != 'none')"):
                return None
            note = self.notification()
            if note and note["type"] == "error" and note["title"]:
                return self.notification(expand=True)
            time.sleep(0.2)
        raise TimeoutError(f"signing in: neither an error nor the next step; last {self.notification()}")

    def wait_searching(self, timeout: float = 30) -> dict:
        """After the sign-in: wait until the hub says it looks for address books and calendars and
        offers Skip; returns {"note": the notification's title, "skip": the Skip button's text}."""
        return self.tb.wait_for(SUBVIEW + NOTE_TITLE + """
const back = hub.querySelector('#emailFooter #back');
return note && back.getAttribute('data-l10n-id') == 'account-hub-email-skip-button' && !back.hidden && !back.disabled
  && back.textContent.trim() && {note, skip: back.textContent.trim()};""",
                                timeout=timeout, what="the hub looking for address books and calendars, with Skip")

    def finish(self, timeout: float = 30) -> dict:
        """After the sign-in: Skip, close Mail.ru's sign-in window(s) with Esc, Finish. Returns
        {"closed": the closed windows' titles, "finish": the text of the button that closes the hub}.

        Once the account exists, the hub looks for address books and calendars at the address's
        domain and at imap.mail.ru. imap.mail.ru is on Thunderbird's OAuth2 list with one scope for
        everything, so for CardDAV (and CalDAV) it asks Mail.ru for an OAuth2 token and opens
        Mail.ru's sign-in window. Thunderbird runs such requests one at a time (MsgAsyncPrompter),
        and the IMAP connection's request for the saved password can queue behind that window: then
        no mail arrives while it is open. Skip ends the search once the window is closed."""
        self.wait_searching(timeout)
        self.click("back")
        closed, deadline = {}, time.monotonic() + timeout  # window handle -> title
        while self.step() != "emailAddedSuccessSubview":
            for handle in self.tb.other_windows(SIGN_IN_WINDOW_URL):
                if handle not in closed and (title := self.tb.press_escape(handle)):
                    closed[handle] = title
            if time.monotonic() > deadline:
                raise TimeoutError(f"the hub did not finish; step {self.step()}, {self.notification()}")
            time.sleep(0.2)
        finish = self.tb.wait_for(HUB + "const b = hub.querySelector('#emailFooter #forward'); return !b.disabled && b.textContent.trim()",
                                  what="Finish")
        self.click("forward")  # Finish: the hub closes
        self.tb.wait_for("return !document.querySelector('account-hub-container').modal.open", what="the hub to close")
        return {"closed": list(closed.values()), "finish": finish}


AUTH_NORMAL_PASSWORD = 3  # Ci.nsMsgAuthMethod.passwordCleartext: "Normal password" / „Heslo, zabezpečený přenos“


# ---- ./dev screenshots: the pictures of the Thunderbird guide, from the real program ----------

PICTURE_DIR = ROOT / "docs" / "clients" / "img"
# name -> the step of the guide it illustrates; files are thunderbird-<name>.<locale>.webp, which
# mkdocs-static-i18n serves to that language's page as img/thunderbird-<name>.webp
PICTURES = {
    "address": "the first step: name and address",
    "found": "the settings found from the provider database",
    "manual": "manual configuration: the incoming server",
    "refused": "the password step after Mail.ru refused the main password",
    "searching": "the account created, the hub looking for address books and calendars (Skip)",
    "server-settings": "Account Settings: Server Settings, later",
}
MAX_PICTURE_BYTES = 80 * 1024


def picture_path(name: str, locale: str) -> Path:
    return PICTURE_DIR / f"thunderbird-{name}.{locale}.webp"


def _save(tb: Thunderbird, name: str, crop_js: str | None = None) -> None:
    import io

    from PIL import Image

    tb.settle()
    image = Image.open(io.BytesIO(tb.screenshot())).convert("RGB")
    if crop_js:
        left, top, right, bottom = (round(v) for v in tb.js(crop_js))
        image = image.crop((max(left, 0), max(top, 0), min(right, image.width), min(bottom, image.height)))
    path = picture_path(name, tb.locale)
    for quality in (82, 75, 68, 60, 50):  # the smallest loss that fits the size limit
        buffer = io.BytesIO()
        image.save(buffer, "WEBP", quality=quality, method=6)
        if buffer.tell() <= MAX_PICTURE_BYTES:
            break
    path.write_bytes(buffer.getvalue())
    print(f"{path.relative_to(ROOT)}: {image.width}x{image.height}, {buffer.tell()} bytes")


HUB_RECT = HUB + """const box = hub.querySelector('.account-hub-email') ?? hub.firstElementChild;
const r = [...hub.children].map(e => e.getBoundingClientRect()).filter(r => r.width > 300)[0] ?? box.getBoundingClientRect();
return [r.left - 8, r.top - 8, r.right + 8, r.bottom + 8];"""


def take_pictures(locale: str) -> None:
    """One Thunderbird in the locale, Jana Nováková's address, the loopback servers (her main
    password gets Mail.ru's app-password refusal, her app password works)."""
    from support.mailservers import ADDRESS, MailServers

    servers = MailServers(Path(tempfile.mkdtemp(prefix="mailru-servers-")), app_password_user=ADDRESS).start()
    try:
        with AutoconfigServer() as autoconfig, Thunderbird(locale, autoconfig=autoconfig, mail_servers=servers) as tb:
            wizard = Wizard(tb)
            wizard.wait_step("emailAutoConfigSubview")
            wizard.fill(realName="Jana Nováková", email=ADDRESS)
            tb.js(SUBVIEW + "sub.querySelector('#email').blur()")
            _save(tb, "address", HUB_RECT)
            wizard.click("forward")
            wizard.found()
            tb.wait_for(SUBVIEW + "return sub.shadowRoot.querySelector('account-hub-header').shadowRoot"
                        ".querySelector('#emailFormNotificationTitle').textContent.trim()")
            _save(tb, "found", HUB_RECT)
            tb.js("Services.prefs.setBoolPref('mailnews.auto_config.guess.enabled', true)")
            wizard.click("editConfiguration")
            wizard.wait_step("emailIncomingConfigSubview")
            wizard.choose("incomingAuthMethod", str(AUTH_NORMAL_PASSWORD))
            _save(tb, "manual", HUB_RECT)
            wizard.click("forward")
            wizard.wait_step("emailOutgoingConfigSubview")
            wizard.choose("outgoingAuthMethod", str(AUTH_NORMAL_PASSWORD))
            wizard.click("custom")
            tb.wait_for(HUB + "return !hub.querySelector('#emailFooter #forward').disabled", timeout=60)
            wizard.click("forward")
            note = wizard.sign_in("heslo-z-webu")  # her main password: refused
            assert note and note["type"] == "error", note
            tb.js(SUBVIEW + "sub.querySelector('#password').blur()")
            _save(tb, "refused", HUB_RECT)
            assert wizard.sign_in(servers.app_password) is None
            wizard.wait_searching()
            _save(tb, "searching", HUB_RECT)
            wizard.finish()  # Skip, close Mail.ru's sign-in window, Finish: as the guide says
            tb.js("""const server = MailServices.accounts.findServer(arguments[0], arguments[1], 'imap');
MsgAccountManager('am-server.xhtml', server);""", ADDRESS, service.recommended(service.IMAP).host)
            tb.wait_for("""const tab = document.getElementById('tabmail').currentTabInfo;
const frame = tab.browser?.contentDocument?.getElementById('contentFrame');
return frame?.contentDocument?.readyState == 'complete' && frame.contentDocument.location.href.includes('am-server')""",
                        what="Server Settings")
            _save(tb, "server-settings")
    finally:
        servers.stop()


if __name__ == "__main__":  # ./dev screenshots [cs|en|ru ...]
    PICTURE_DIR.mkdir(parents=True, exist_ok=True)
    for language in sys.argv[1:] or ["cs", "en", "ru"]:
        take_pictures(language)
