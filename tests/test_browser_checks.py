"""The browser checks in Debian's Chromium, both languages: answers for right and wrong input,
downloads that parse, no Pyodide before intent, nothing from another origin, no console error,
pasted HTML shown as text, and a clear word when checks cannot run."""

from __future__ import annotations

import plistlib
import xml.etree.ElementTree as ET

import pytest
from mailru import service
from support.site_pages import LANGUAGE_PREFIX

pytestmark = pytest.mark.browser

IMAP, SMTP = service.recommended(service.IMAP), service.recommended(service.SMTP)
ALT_SMTP = service.alternative(service.SMTP)
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
WORDS = {
    "cs": {"ok": "Nastavení je v\u00a0pořádku.", "fix": "Opravte pole označená ✗.", "unknown": "Tuto chybu se nepodařilo rozpoznat."},
    "en": {"ok": "These settings are right.", "fix": "Fix the fields marked ✗.", "unknown": "This error was not recognised."},
    "ru": {"ok": "Настройки верны.", "fix": "Исправьте поля, отмеченные ✗.", "unknown": "Эту ошибку распознать не\u00a0удалось."},
}


@pytest.fixture
def watched(page, site_url, served):
    """The page, with every request, console error and page error it makes recorded (and what the
    server was asked for, which includes what a shared worker fetched)."""
    log = {"requests": [], "errors": [], "served": served}
    page.on("request", lambda r: log["requests"].append(r.url))
    page.on("console", lambda m: m.type == "error" and log["errors"].append(m.text))
    page.on("pageerror", lambda e: log["errors"].append(str(e)))
    page.on("dialog", lambda d: (log["errors"].append("dialog: " + d.message), d.dismiss()))
    yield page, log
    assert not log["errors"], log["errors"]
    outside = [u for u in log["requests"] if not u.startswith(site_url) and not u.startswith(("blob:", "data:"))]
    assert not outside, outside
    assert page.evaluate("window.__xss === undefined")


def pyodide_requests(log):
    return [path for path in log["served"]() if "/assets/pyodide/" in path]


def settings(form, host, port, security, username, protocol="imap"):
    form.locator("select[name=protocol]").select_option(protocol)
    form.locator("input[name=host]").fill(host)
    form.locator("input[name=port]").fill(port)
    form.locator("select[name=security]").select_option(security)
    form.locator("input[name=username]").fill(username)
    form.locator("button[type=submit]").click()


def answer(form):
    result = form.locator(".mr-check__result")
    result.locator("p").first.wait_for(timeout=120_000)
    return result


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_checks_page(watched, site_url, lang):
    page, log = watched
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}checks/", wait_until="networkidle")
    assert page.locator(".mr-check__nojs").first.is_hidden()
    page.mouse.wheel(0, 400)
    page.wait_for_timeout(300)
    assert not pyodide_requests(log), "Pyodide was fetched before the reader asked for a check"

    form = page.locator('form[data-check="settings"]')
    settings(form, IMAP.host, str(IMAP.port), "ssl", "jana.novakova@mail.ru")
    assert form.locator(".mr-check__status").is_visible()  # the reader sees that it is loading
    result = answer(form)
    assert result.locator("p").first.inner_text() == WORDS[lang]["ok"]
    assert pyodide_requests(log)
    loads = len(pyodide_requests(log))

    settings(form, SMTP.host, str(ALT_SMTP.port), "ssl", "jana.novakova@mail.ru", protocol="smtp")
    page.wait_for_function("document.querySelector('form[data-check=settings] .mr-check__result p').textContent.includes('✗')")
    assert result.locator("li.mr-wrong").count() == 1
    assert ALT_SMTP.security_label in result.locator("li.mr-wrong").inner_text()

    settings(form, XSS, XSS, "ssl", XSS)
    page.wait_for_function("document.querySelectorAll('form[data-check=settings] li.mr-wrong').length === 3")
    assert result.locator("img, script").count() == 0
    assert "<img src=x" in result.inner_text()

    decoder = page.locator('form[data-check="decode"]')
    decoder.locator("textarea").fill("The server responded: 535 5.7.0 NEOBHODIM parol prilozheniya / Application password is REQUIRED")
    decoder.locator("button").click()
    first = decoder.locator(".mr-check__result li").first
    first.wait_for()
    assert first.get_attribute("data-entry") == "app-password-required"
    href = first.locator("a").get_attribute("href")
    assert href.endswith(f"{LANGUAGE_PREFIX[lang]}errors/#app-password-required")

    # show why: the pasted words behind the answer, drawn as text
    decoder.locator("textarea").fill("<b>535</b> authentication failed")
    decoder.locator("button").click()
    page.wait_for_selector('form[data-check=decode] li[data-entry="authentication-failed"] q')
    best = decoder.locator(".mr-check__result li").first
    assert best.get_attribute("data-entry") == "authentication-failed"
    assert [q.inner_text() for q in best.locator("q").all()] == ["535</b> authentication failed"]  # the pasted text's own characters
    assert decoder.locator(".mr-check__result b").count() == 0
    assert decoder.locator(".mr-check__result li").nth(1).get_attribute("data-entry") == "app-password-required"
    assert decoder.locator(".mr-check__note").count() == 1
    decoder.locator("textarea").fill("Login to server <b>imap.mail.ru</b> failed.")
    decoder.locator("button").click()
    page.wait_for_function("document.querySelector('form[data-check=decode] q')?.textContent.startsWith('Login to server <b>')")
    assert decoder.locator(".mr-check__result b").count() == 0

    decoder.locator("textarea").fill(XSS)
    decoder.locator("button").click()
    page.wait_for_function("document.querySelector('form[data-check=decode] .mr-check__question') !== null")
    assert decoder.locator(".mr-check__result p").first.inner_text() == WORDS[lang]["unknown"]
    # not recognised: three questions, each answer linking to its entries on the page's own catalogue
    assert decoder.locator(".mr-check__question").count() == 3 and decoder.locator(".mr-check__result ol").count() == 0
    links = decoder.locator(".mr-check__answers a")
    assert links.first.get_attribute("href").endswith(f"{LANGUAGE_PREFIX[lang]}errors/#connection-failed")
    assert {links.nth(i).get_attribute("data-entry") for i in range(links.count())} == set(service.ERROR_IDS)
    assert decoder.locator(".mr-check__result > p > a").last.get_attribute("href").endswith("errors/")

    decoder.locator("textarea").evaluate("(t) => { t.value = 'x'.repeat(1000000) + ' 550 user not found'; }")
    decoder.locator("button").click()
    page.wait_for_selector('form[data-check=decode] li[data-entry="user-not-found"]')

    profile = page.locator('form[data-check="profile"]')
    profile.locator("input").fill("jana.novakova@bk.ru")
    with page.expect_download() as download:
        profile.locator("button[value=mobileconfig]").click()
    account = plistlib.loads(open(download.value.path(), "rb").read())["PayloadContent"][0]
    assert (account["IncomingMailServerHostName"], account["IncomingMailServerPortNumber"]) == (IMAP.host, IMAP.port)
    assert (account["OutgoingMailServerHostName"], account["OutgoingMailServerPortNumber"]) == (SMTP.host, SMTP.port)
    assert account["EmailAddress"] == "jana.novakova@bk.ru"
    with page.expect_download() as download:
        profile.locator("button[value=autoconfig]").click()
    tree = ET.parse(download.value.path())
    assert [(s.get("type"), s.findtext("hostname"), int(s.findtext("port"))) for s in tree.getroot().find("emailProvider") if s.tag.endswith("Server")] == [
        (s.protocol, s.host, s.port) for s in service.SERVERS_IN_FILES
    ]
    assert profile.locator(".mr-check__result a[download]").inner_text() == "config-v1.1.xml"
    profile.locator("input").fill("jana@gmail.com")
    profile.locator("button[value=autoconfig]").click()
    page.wait_for_selector("form[data-check=profile] .mr-check__result p.mr-wrong")
    assert "gmail.com" in profile.locator(".mr-check__result").inner_text()
    profile.locator("input").fill(XSS + "@mail.ru")  # refused, and echoed back as text only
    profile.locator("button[value=mobileconfig]").click()
    page.wait_for_function("document.querySelector('form[data-check=profile] .mr-check__result').textContent.includes('<img')")
    assert profile.locator(".mr-check__result img, .mr-check__result script").count() == 0
    assert len(pyodide_requests(log)) == loads, "Pyodide was loaded again"


def test_checks_say_when_they_cannot_run_from_a_file(browser, built_site):
    page = browser.new_page()
    page.goto((built_site / "checks" / "index.html").as_uri())
    assert "file://" in page.locator('form[data-check="settings"] .mr-check__result').inner_text()
    assert page.locator('form[data-check="settings"] button').first.is_disabled()
    page.close()


def test_without_javascript_the_page_reads_and_says_why_checks_do_not_run(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "checks/")
    assert page.locator(".mr-check__nojs").first.is_visible()
    assert "JavaScript" in page.locator(".mr-check__nojs").first.inner_text()
    assert page.locator("h1").first.is_visible()
    assert page.locator("form.mr-check").count() == 3
    assert page.locator(".md-content a[href$='mailru-check.pyz']").count() == 1
    context.close()


EMBEDDED = [
    ("settings/", "settings"),
    ("errors/", "decode"),
    ("clients/thunderbird/", "profile"),
    ("clients/apple-mail/", "profile"),
]


@pytest.mark.parametrize("path, check", EMBEDDED)
@pytest.mark.parametrize("lang", ["cs", "en"])
def test_embedded_check_answers_right_and_wrong_input(watched, site_url, lang, path, check):
    page, log = watched
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}{path}", wait_until="networkidle")
    assert not pyodide_requests(log)
    form = page.locator(f'form[data-check="{check}"]')
    assert form.count() == 1
    result = form.locator(".mr-check__result")
    if check == "settings":
        settings(form, SMTP.host, str(SMTP.port), "ssl", "jana.novakova@mail.ru", protocol="smtp")
        assert answer(form).locator("p").first.inner_text() == WORDS[lang]["ok"]
        settings(form, IMAP.host, str(SMTP.port), "ssl", "jana.novakova@mail.ru")
        page.wait_for_function("document.querySelector('form[data-check=settings] .mr-check__result p').textContent.includes('✗')")
        assert result.locator("li.mr-wrong").count() == 1 and str(IMAP.port) in result.locator("li.mr-wrong").inner_text()
    elif check == "decode":
        form.locator("textarea").fill("550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=1")
        form.locator("button").click()
        page.wait_for_selector('form[data-check=decode] li[data-entry="spam-rejected"]', timeout=120_000)
        assert result.locator("li").first.get_attribute("data-entry") == "spam-rejected"
        form.locator("textarea").fill("")
        form.locator("button").click()
        page.wait_for_function("document.querySelector('form[data-check=decode] .mr-check__result li') === null")
        assert result.locator("p").first.inner_text() in ("Vložte text chyby, který vám program ukázal.", "Paste the error text your program showed.")
    else:
        form.locator("input").fill("petr@internet.ru")
        with page.expect_download(timeout=120_000) as download:
            form.locator("button[value=mobileconfig]").click()
        account = plistlib.loads(open(download.value.path(), "rb").read())["PayloadContent"][0]
        assert account["EmailAddress"] == "petr@internet.ru"
        assert account["IncomingMailServerHostName"] == IMAP.host
        form.locator("input").fill("")
        form.locator("button[value=mobileconfig]").click()
        page.wait_for_selector("form[data-check=profile] .mr-check__result p.mr-wrong")
        assert result.inner_text() in ("Zadejte e-mailovou adresu.", "Enter an email address.")


def test_checks_work_under_mkdocs_serve(browser, tmp_path):
    """What a reader gets from `./dev serve`: the same check answers (Pyodide placed by the build)."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from conftest import ROOT

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serve = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--no-livereload"],
                             cwd=ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/en/checks/"
        for _ in range(300):
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        page = browser.new_page()
        page.goto(url, wait_until="networkidle")
        form = page.locator('form[data-check="settings"]')
        settings(form, SMTP.host, str(SMTP.port), "ssl", "jana.novakova@mail.ru", protocol="smtp")
        assert answer(form).locator("p").first.inner_text() == WORDS["en"]["ok"]
        page.close()
    finally:
        serve.send_signal(signal.SIGINT)  # as Ctrl-C: mkdocs serve removes its temporary site (SIGTERM left it)
        serve.wait(30)


def test_the_progress_bar_counts_the_bytes_the_worker_downloads(page, site_url, built_site, served):
    """While Python downloads, the bar's end is the sum of the compressed files the worker fetches
    (the files of this start only, not the whole standard library kept for a fallback), it never
    goes past it, and the server was asked for exactly those files."""
    import json
    import re

    text = (built_site / "assets" / "javascripts" / "checks-worker.mjs").read_text(encoding="utf-8")
    settings = json.loads(re.search(r"^const BUILD = (.*);$", text, re.M).group(1))
    names = ["pyodide.asm.mjs", "pyodide.asm.wasm", settings["stdlib"], "mailru-check.pyz"]
    total = sum(settings["files"][name]["size"] for name in names)
    page.add_init_script("""{
        window.__bar = [];  // every value the page gives a progress bar, with the bar's end at that moment
        const value = Object.getOwnPropertyDescriptor(HTMLProgressElement.prototype, "value");
        Object.defineProperty(HTMLProgressElement.prototype, "value", { ...value, set(v) {
            window.__bar.push([this.max, v]);
            value.set.call(this, v);
        } });
    }""")
    page.goto(f"{site_url}en/checks/", wait_until="networkidle")
    # Typing or pointing starts the download at once (the page guesses a check is coming), and the bar shows only
    # once the reader has asked: on loopback the whole download may end in between, and the bar never fills. So
    # the text is set and the form submitted without a focus or a pointer, and the download happens while the
    # reader waits.
    page.evaluate("""() => {
        const form = document.querySelector('form[data-check="decode"]');
        form.querySelector("textarea").value = "550 user not found";
        form.requestSubmit(form.querySelector("button"));
    }""")
    page.wait_for_selector('form[data-check=decode] li[data-entry="user-not-found"]', timeout=120_000)
    bar = page.evaluate("window.__bar")
    assert bar and {end for end, _ in bar} == {total}, (bar[:3], total)
    assert all(0 <= value <= end for end, value in bar)
    files = {path.rsplit("/", 1)[-1] for path in served()}
    assert {settings["files"][name]["url"].rsplit("/", 1)[-1] for name in names} <= files
    assert "python_stdlib.zip" not in files
