"""The browser checks in a hostile world, in Chromium: forms that cannot send anything, with or
without their script; a failed, cut or stalled download of each file Python needs, said in the
page's language and recovered from by trying again, without a reload; a check that never ends,
stopped by a time limit; one Python for the whole site where SharedWorker exists, one per page
where not; a module missing from the trimmed standard library, answered from the whole one."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from support.site_pages import LANGUAGE_PREFIX, PAGES, elements, page_file

pytestmark = pytest.mark.browser

DECODE_TEXT = "535 5.7.0 NEOBHODIM parol prilozheniya"
SECRET = "typed-by-the-reader-7741"
WORDS = {
    "cs": {"download": "Python se nepodařilo stáhnout", "start": "Python se v\u00a0prohlížeči nepodařilo spustit",
           "timeout": "Kontrola trvala příliš dlouho", "incomplete": "soubor dorazil neúplný", "stalled": "stahování se zastavilo"},
    "en": {"download": "Python could not be downloaded", "start": "Python could not start in your browser",
           "timeout": "The check took too long", "incomplete": "the file arrived incomplete", "stalled": "the download stalled"},
}


ERRORS: list[str] = []


@pytest.fixture
def context(browser):
    ERRORS.clear()
    context = browser.new_context()
    yield context
    context.close()  # ends the page's shared worker too, stuck or not
    assert not ERRORS, ERRORS


def open_checks(context, site_url, lang="en", limits=None, shared=True):
    page = context.new_page()
    page.on("pageerror", lambda error: ERRORS.append(str(error)))  # an unhandled failure would show here
    if limits:
        page.add_init_script(f"window.MR_CHECK_LIMITS = {limits!r}".replace("'", '"'))
    if not shared:
        page.add_init_script("delete window.SharedWorker")
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}checks/", wait_until="networkidle")
    return page


def decode(page, text=DECODE_TEXT, timeout=90_000):
    """Runs the error decoder; returns the first answer line or the failure message."""
    form = page.locator('form[data-check="decode"]')
    form.locator("textarea").fill(text)
    form.locator("button").click()
    page.wait_for_function("document.querySelector('form[data-check=decode] .mr-check__result').textContent.length > 0"
                           " && document.querySelector('form[data-check=decode] .mr-check__status').hidden", timeout=timeout)
    return form.locator(".mr-check__result").inner_text()


def answered(text):
    return "App password required" in text or "Je vyžadováno heslo aplikace" in text


# ---- forms that cannot send ---------------------------------------------------------------------

def test_no_form_on_any_page_can_submit(built_site):
    """method="dialog" on every form (a no-op outside a dialog), and the checks' buttons disabled
    until their script takes them over (for browsers that do not know that method)."""
    for lang in LANGUAGE_PREFIX:
        for page in PAGES:
            html = page_file(built_site, lang, page).read_text(encoding="utf-8")
            forms = [attrs for tag, attrs in elements(html) if tag == "form"]
            assert forms and all(attrs.get("method") == "dialog" for attrs in forms), (lang, page)
            for check in re.findall(r'<form class="mr-check".*?</form>', html, re.S):
                buttons = [attrs for tag, attrs in elements(check) if tag == "button"]
                assert buttons and all("disabled" in attrs for attrs in buttons), (lang, page)


def _type_and_press_enter(page):
    page.locator('form[data-check="decode"] textarea').fill(f"535 auth failed for {SECRET}")
    settings = page.locator('form[data-check="settings"]')
    settings.locator("input[name=host]").fill(f"{SECRET}.example")
    settings.locator("input[name=username]").fill(f"{SECRET}@mail.ru")
    settings.locator("input[name=username]").press("Enter")
    profile = page.locator('form[data-check="profile"] input[name=address]')
    profile.fill(f"{SECRET}@mail.ru")
    profile.press("Enter")
    page.locator("form.mr-check").evaluate_all("forms => forms.forEach((f) => { try { f.requestSubmit(); } catch {} })")
    page.wait_for_timeout(1000)


@pytest.mark.parametrize("how", ["no JavaScript", "checks.js blocked"])
def test_nothing_typed_leaves_the_browser_when_the_script_is_missing(browser, site_url, served, how):
    context = browser.new_context(java_script_enabled=how != "no JavaScript")
    page = context.new_page()
    if how == "checks.js blocked":
        page.route("**/checks.js", lambda route: route.abort())
    page.goto(site_url + "en/checks/", wait_until="networkidle")
    before = page.url
    _type_and_press_enter(page)
    assert page.url == before
    assert not [path for path in served() if SECRET in path or "?" in path]
    assert page.locator('form[data-check="settings"] button').first.is_disabled()
    context.close()


# ---- failed, cut and stalled downloads ----------------------------------------------------------

FAILURES = [
    ("pyodide.asm.wasm", "drop", "en"),
    ("pyodide.asm.wasm", "404", "cs"),
    ("pyodide.asm.wasm", "cut", "en"),
    ("pyodide.asm.wasm", "short", "cs"),
    ("stdlib-", "404", "en"),
    ("stdlib-", "short", "en"),
    ("pyodide.mjs", "404", "cs"),
    ("pyodide.asm.mjs", "drop", "en"),
    ("mailru-check.pyz", "404", "en"),
    ("checks-worker.mjs", "404", "cs"),
]


@pytest.mark.parametrize("file, fault, lang", FAILURES, ids=[f"{f}-{k}" for f, k, _ in FAILURES])
def test_a_failed_download_is_said_and_trying_again_works(context, site_url, built_site, faults, file, fault, lang):
    if file == "stdlib-":
        [stdlib] = (built_site / "assets" / "pyodide").glob("*/stdlib-*.zip")
        file = stdlib.name
    page = open_checks(context, site_url, lang)
    faults[file] = fault
    message = decode(page)
    assert WORDS[lang]["download"] in message or WORDS[lang]["start"] in message, message
    if fault == "short" and file != "mailru-check.pyz":
        assert WORDS[lang]["incomplete"] in message, message
    faults.clear()
    assert answered(decode(page)), "no answer after the network came back"


def test_a_stalled_download_is_given_up_on_and_trying_again_works(context, site_url, faults):
    page = open_checks(context, site_url, "cs", limits={"stall": 3000})
    faults["pyodide.asm.wasm"] = "hang"
    message = decode(page)
    assert WORDS["cs"]["download"] in message and WORDS["cs"]["stalled"] in message, message
    faults.clear()
    assert answered(decode(page))


# ---- a check that never ends --------------------------------------------------------------------

def _looping_checker(built_site) -> bytes:
    """The site's checker archive with run_json replaced by a loop that never ends."""
    original = (built_site / "download" / "mailru-check.pyz").read_bytes()
    source = zipfile.ZipFile(io.BytesIO(original))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "mailru/checks.py":
                data += b"\n\ndef run_json(name, args_json):\n    while True:\n        pass\n"
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("shared", [True, False], ids=["shared worker", "dedicated worker"])
def test_a_check_that_never_ends_is_stopped_and_the_next_one_answers(context, site_url, built_site, faults, shared):
    faults["mailru-check.pyz"] = _looping_checker(built_site)
    page = open_checks(context, site_url, "en", limits={"answer": 3000}, shared=shared)
    message = decode(page)
    assert WORDS["en"]["timeout"] in message, message
    faults.clear()
    assert answered(decode(page)), "the queue was not freed"


# ---- one Python for the site --------------------------------------------------------------------

def test_the_next_page_uses_the_same_python(context, site_url, served):
    page = open_checks(context, site_url, "en")
    downloads = []
    page.on("request", lambda request: downloads.append(request.url))
    assert answered(decode(page))
    assert not [u for u in downloads if "/assets/pyodide/" in u], "a shared worker's downloads are not the page's"
    assert [p for p in served() if "pyodide.asm.wasm" in p]
    page.goto(f"{site_url}errors/", wait_until="networkidle")
    after = len(served())
    assert answered(decode(page))
    assert not [p for p in served()[after:] if "/assets/pyodide/" in p or "mailru-check.pyz" in p], "Python was loaded again"


def test_without_shared_worker_each_page_starts_its_own_python(context, site_url):
    page = open_checks(context, site_url, "en", shared=False)
    downloads = []
    page.on("request", lambda request: downloads.append(request.url))
    assert answered(decode(page))
    assert [u for u in downloads if u.endswith("pyodide.asm.wasm")], "the page's own (dedicated) worker loads Python"
    page.goto(f"{site_url}errors/", wait_until="networkidle")
    downloads.clear()
    assert answered(decode(page))
    assert [u for u in downloads if u.endswith("pyodide.asm.wasm")]


# ---- the trimmed standard library ---------------------------------------------------------------

def test_a_module_missing_from_the_trimmed_library_comes_from_the_whole_one(context, site_url, built_site, faults, served):
    """plistlib, which the Apple profile needs, taken out of the trimmed standard library (the file
    padded to its size, so it is not a broken download): the worker starts again on the whole one."""
    [stdlib] = (built_site / "assets" / "pyodide").glob("*/stdlib-*.zip")
    original = stdlib.read_bytes()
    source = zipfile.ZipFile(io.BytesIO(original))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for info in source.infolist():
            if info.filename != "plistlib.pyc":
                archive.writestr(info.filename, source.read(info))
    smaller = out.getvalue()
    with zipfile.ZipFile(out, "a") as archive:
        archive.comment = b"p" * (len(original) - len(smaller))
    faults[stdlib.name] = out.getvalue()
    assert len(faults[stdlib.name]) == len(original)
    page = open_checks(context, site_url, "en")
    profile = page.locator('form[data-check="profile"]')
    profile.locator("input[name=address]").fill("jana.novakova@bk.ru")
    with page.expect_download(timeout=90_000) as download:
        profile.locator("button[value=mobileconfig]").click()
    assert download.value.suggested_filename.endswith(".mobileconfig")
    assert [p for p in served() if p.endswith("python_stdlib.zip")], "the whole standard library was not fetched"
