"""What the browser sends, seen from both ends: Chromium's own view of every request it makes (pages,
dedicated and shared workers alike) and the test site server's log. Browser tests assert the site's
promises on this record: nothing outside the site's origin, nothing the reader typed in any URL,
header or body.

    from support.privacy import privacy  # the fixture

    def test_x(page, site_url, privacy):
        ...                                   # the reader's steps
        assert not privacy.problems(typed=["jana.novakova@mail.ru"])

Chromium's view comes from the DevTools protocol's Fetch domain, enabled on the *browser* target: it
pauses every request of every target, shared workers included (which Playwright's request events
and page-level sessions do not see), and this module records it and lets it go on. Because the
sync Playwright API handles events only while a Playwright call is under way, a test that records
must wait through Playwright (expect, locator.wait_for, page.wait_for_function), never time.sleep
or a loop outside it: the browser's requests would wait with it. WebSocket handshakes are not
requests to the Fetch domain; the server's log holds what reaches the site.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus, urlsplit

import pytest

from support import siteserver

__all__ = ["PROBES", "TYPED", "Record", "Sent", "privacy", "use_every_check"]


@dataclass
class Sent:
    """One request: seen_by "chromium" (as the browser sent it) or "server" (as the site received it)."""
    seen_by: str
    method: str
    url: str
    headers: dict[str, str]  # those that can carry data: Referer, Cookie, anything a script set
    body: bytes

    def __str__(self) -> str:
        return f"{self.seen_by}: {self.method} {self.url}"


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _kept(headers: dict[str, str]) -> dict[str, str]:
    return {name: value for name, value in headers.items()
            if name.lower() not in siteserver.PLAIN and not name.lower().startswith(("sec-ch-", "sec-fetch-"))}


def _views(data: str) -> set[str]:
    """The text as sent and as a server would decode it (%-escapes, + for a space), in lower case."""
    return {data.lower(), unquote(data).lower(), unquote_plus(data).lower()}


def _forms(typed: str) -> set[str]:
    """What the typed text looks like once sent: as typed, escaped in JSON, in lower case."""
    return {typed.lower(), json.dumps(typed)[1:-1].lower()}


class Record:
    """Every request from the moment it was made until close(); see the module's docstring."""

    def __init__(self, browser, site_url: str):
        self.site = origin(site_url)
        self.chromium: list[Sent] = []
        self._server_start = len(siteserver.REQUESTS)
        self._session = browser.new_browser_cdp_session()
        self._session.on("Fetch.requestPaused", self._paused)
        self._session.send("Fetch.enable", {"patterns": [{"urlPattern": "*"}]})

    def _paused(self, event: dict) -> None:
        request = event["request"]
        entries = request.get("postDataEntries") or []
        body = b"".join(base64.b64decode(entry.get("bytes", "")) for entry in entries) or request.get("postData", "").encode()
        self.chromium.append(Sent("chromium", request["method"], request["url"], _kept(request["headers"]), body))
        try:
            self._session.send("Fetch.continueRequest", {"requestId": event["requestId"]})
        except Exception:  # noqa: BLE001 - cancelled meanwhile (a page closed, a download aborted)
            pass

    def close(self) -> None:
        try:
            self._session.send("Fetch.disable")
            self._session.detach()
        except Exception:  # noqa: BLE001 - the browser is gone already
            pass

    @property
    def server(self) -> list[Sent]:
        return [Sent("server", r.method, r.origin + r.path, r.headers, r.body) for r in siteserver.REQUESTS[self._server_start:]]

    @property
    def requests(self) -> list[Sent]:
        return self.chromium + self.server

    def outside(self) -> list[Sent]:
        """Requests to any other origin than the site's (data: and blob: never reach a network)."""
        return [r for r in self.requests if not r.url.startswith(("data:", "blob:")) and origin(r.url) != self.site]

    def carrying(self, typed) -> list[str]:
        """Where the typed texts occur in a request: its URL, a header or its body."""
        found = []
        for request in self.requests:
            places = {"URL": request.url, **{f"header {k}": v for k, v in request.headers.items()},
                      "body": request.body.decode("utf-8", "replace")}
            for text in typed:
                for where, data in places.items():
                    if any(form in view for form in _forms(text) for view in _views(data)):
                        found.append(f"{text!r} in the {where} of {request}")
        return found

    def problems(self, typed=()) -> list[str]:
        """Every broken promise: a request to another origin, the typed text in a request."""
        return [f"another origin: {r}" for r in self.outside()] + self.carrying(typed)


@pytest.fixture
def privacy(browser, site_url):
    """The Record of this test's requests (see the module's docstring)."""
    record = Record(browser, site_url)
    yield record
    record.close()


# What a reader types into the site, each with a word found nowhere else: typed into the reader's
# address field and into every field of the three checks by use_every_check.
PROBES = {
    "address": "soukromi.probe3141@mail.ru",
    "host": "imap.probe1618.example",
    "username": "probe5772@mail.ru",
    "text": "535 5.7.0 NEOBHODIM parol prilozheniya probe2718",
    "profile": "probe6931@list.ru",
}
TYPED = ["probe3141", "probe1618", "probe5772", "probe2718", "probe6931"]


def use_every_check(page, checks_page: str) -> None:
    """On checks_page (the checks page in some language): the reader's address, then each check
    with every field filled, waiting for each one's answer (an answer, not an error message)."""
    page.goto(checks_page, wait_until="domcontentloaded")
    reader = page.locator("form.mr-reader input")
    reader.wait_for(state="visible")
    reader.fill(PROBES["address"])
    reader.press("Enter")
    settings = page.locator('form[data-check="settings"]')
    settings.locator("input[name=host]").fill(PROBES["host"])
    settings.locator("input[name=port]").fill("993")
    settings.locator("input[name=username]").fill(PROBES["username"])
    decode = page.locator('form[data-check="decode"]')
    decode.locator("textarea").fill(PROBES["text"])
    profile = page.locator('form[data-check="profile"]')
    profile.locator("input[name=address]").fill(PROBES["profile"])
    answered = {settings: "ul.mr-check__findings li", decode: "li[data-entry]", profile: "a[download]"}  # not an error
    for form, answer in answered.items():
        form.locator("button[type=submit]").first.click()
        form.locator(f".mr-check__result {answer}").first.wait_for(timeout=120_000)
