"""Search in Debian's Chromium on the built site: one language at a time, Czech with or
without diacritics and in inflected forms, server names, ports and error codes, highlights
in the original text, and a query that finds nothing."""

from __future__ import annotations

import pytest
from support.site_pages import LANGUAGE_PREFIX

pytestmark = pytest.mark.browser

# (language, query, the page the first result must be)
QUERIES = [
    ("cs", "nastaveni", "settings/"), ("cs", "Nastavení", "settings/"), ("cs", "NASTAVENI", "settings/"),
    ("cs", "heslo", "app-password/"), ("cs", "hesla", "app-password/"), ("cs", "heslem", "app-password/"),
    ("cs", "chyba", "errors/"), ("cs", "chyby", "errors/"), ("cs", "chybě", "errors/"),
    ("cs", "server", "settings/"), ("cs", "serveru", "settings/"),
    ("cs", "imap.mail.ru", "settings/"), ("cs", "465", "settings/"), ("cs", "550", "errors/"), ("cs", "NEOBHODIM", "app-password/"),
    ("en", "settings", "settings/"), ("en", "password", "app-password/"),
    ("en", "imap.mail.ru", "settings/"), ("en", "465", "settings/"), ("en", "550", "errors/"), ("en", "NEOBHODIM", "app-password/"),
]


def search(page, site_url, lang, query):
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/outlook/", wait_until="networkidle")
    page.keyboard.press("/")
    page.keyboard.type(query, delay=10)  # Material's search reacts to keys, not to fill()
    page.wait_for_function(
        "q => document.querySelector('.md-search__input').value === q && document.querySelector('.md-search-result__meta').textContent.trim() !== ''",
        arg=query)
    page.wait_for_timeout(400)
    links = page.locator(".md-search-result__item > a")
    return [links.nth(i).get_attribute("href") for i in range(links.count())], links


@pytest.mark.parametrize("lang, query, first", QUERIES)
def test_query_finds_the_page_that_states_it_in_the_reader_language(page, site_url, lang, query, first):
    hrefs, _ = search(page, site_url, lang, query)
    assert hrefs, f"{query!r} found nothing"
    root = f"{site_url}{LANGUAGE_PREFIX[lang]}"
    assert hrefs[0].split("?")[0] == root + first, hrefs[:3]
    other = f"{site_url}en/"
    if lang == "cs":
        assert not [h for h in hrefs if h.startswith(other)], "English results on a Czech page"
    else:
        assert all(h.startswith(other) for h in hrefs), "Czech results on an English page"


def test_czech_results_keep_diacritics_and_mark_the_match(page, site_url):
    _, links = search(page, site_url, "cs", "nastaveni")
    marks = links.first.locator("mark")
    assert marks.count() >= 1
    assert marks.first.inner_text() == "Nastavení"


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_nonsense_finds_nothing(page, site_url, lang):
    hrefs, _ = search(page, site_url, lang, "qwxzvbnm")
    assert hrefs == []


def test_a_czech_word_is_not_found_on_english_pages(page, site_url):
    hrefs, _ = search(page, site_url, "en", "nastaveni")
    assert hrefs == []
