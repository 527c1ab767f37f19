"""In a real browser, no page of the site asks anything of another origin."""

from __future__ import annotations

import pytest
from support.site_pages import LANGUAGE_PREFIX, PAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_every_request_stays_on_the_site(site_url, page, lang):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in PAGES:
        page.goto(site_url + LANGUAGE_PREFIX[lang] + path, wait_until="networkidle")
    # search loads its worker and index on first use: type a query as a reader would
    page.keyboard.press("/")
    page.keyboard.type("imap", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    outside = [url for url in requests if not url.startswith(site_url) and not url.startswith("data:")]
    assert len(requests) > len(PAGES)
    assert not outside, outside
    assert not errors, errors
