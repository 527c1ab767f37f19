"""Search in Debian's Chromium on the built site: one language at a time, Czech with or
without diacritics and in inflected forms, Russian in inflected forms, with or without ё and in
the Latin letters Mail.ru's own replies use, server names, ports and error codes, highlights in
the original text, a query that finds nothing, and search terms that never leave the browser
(no ?h= in the results' links, so none in the next requests or their Referer)."""

from __future__ import annotations

import pytest
from support.privacy import privacy  # noqa: F401  (the fixture)
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
] + [("ru", query, first) for query, first in (
    # ten queries a Russian reader of Mail.ru mail would type, and the page that answers them
    ("пароль приложения", "app-password/"), ("parol prilozheniya", "app-password/"), ("настройки сервера", "settings/"),
    ("защита ssl", "settings/"), ("не удалось войти", "errors/"), ("ошибка сертификата", "errors/"),
    ("учетная запись thunderbird", "clients/thunderbird/"), ("iphone", "clients/ios/"), ("регистрация ящика", "registration/"),
    ("письмо отклонено как спам", "errors/"),
    # and forms the index must hold: Mail.ru's reply, a full mailbox, a program
    ("NEOBHODIM", "app-password/"), ("ящик переполнен", "errors/"), ("outlook не отправляет", "clients/outlook/"),
)]


# Material's search runs in a worker: a query goes out as {type: 2, data: query} and each answer comes
# back as {type: 3, data: {items}}. Watching them tells when the list shows the answer to the whole
# query, not to the letters typed before the last one.
WATCH_SEARCH = """(() => {
  const Native = window.Worker;
  window.__search = { asked: [], answered: 0, last: null };
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes("/workers/search.")) return;
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (message && message.type === 2) window.__search.asked.push(message.data);
        return post(message, ...rest);
      };
      this.addEventListener("message", (event) => {
        if (event.data && event.data.type === 3) { window.__search.answered++; window.__search.last = event.data.data; }
      });
    }
  };
})();"""
SHOWN = """(query) => {
  const search = window.__search;
  if (!search || search.asked.at(-1) !== query || search.answered < search.asked.length) return false;
  const links = [...document.querySelectorAll(".md-search-result__item > a")];
  const first = search.last.items.flat()[0];
  if (!first) return links.length === 0 && document.querySelector(".md-search-result__meta").textContent.trim() !== "";
  return links.length > 0 && links[0].href.split(/[?#]/)[0].endsWith(first.location.split(/[?#]/)[0]);
}"""


def search(page, site_url, lang, query):
    page.add_init_script(WATCH_SEARCH)
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/outlook/", wait_until="networkidle")
    page.keyboard.press("/")
    page.locator(".md-search__input:focus").wait_for()  # what is typed before the field has the focus is lost
    page.keyboard.type(query, delay=10)  # Material's search reacts to keys, not to fill()
    # a letter the keyboard has no key for (í, ě, Cyrillic) is inserted without a keyup, and Material asks
    # on keyup; a real keyboard sends one per key: one more key, that changes nothing, does the same
    page.keyboard.press("End")
    page.wait_for_function(SHOWN, arg=query)  # the list shows the answer to the whole query
    links = page.locator(".md-search-result__item > a")
    return [links.nth(i).get_attribute("href") for i in range(links.count())], links


@pytest.mark.parametrize("lang, query, first", QUERIES)
def test_query_finds_the_page_that_states_it_in_the_reader_language(page, site_url, lang, query, first):
    hrefs, _ = search(page, site_url, lang, query)
    assert hrefs, f"{query!r} found nothing"
    root = f"{site_url}{LANGUAGE_PREFIX[lang]}"
    assert hrefs[0].split("?")[0] == root + first, hrefs[:3]
    others = [f"{site_url}{prefix}" for other, prefix in LANGUAGE_PREFIX.items() if prefix and other != lang]
    assert all(h.startswith(root) for h in hrefs) and not [h for h in hrefs for o in others if h.startswith(o)], \
        "results in another language"


def test_czech_results_keep_diacritics_and_mark_the_match(page, site_url):
    _, links = search(page, site_url, "cs", "nastaveni")
    marks = links.first.locator("mark")
    assert marks.count() >= 1
    assert marks.first.inner_text() == "Nastavení"


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_nonsense_finds_nothing(page, site_url, lang):
    hrefs, _ = search(page, site_url, lang, "qwxzvbnm")
    assert hrefs == []


def test_a_czech_word_is_not_found_on_english_pages(page, site_url):
    hrefs, _ = search(page, site_url, "en", "nastaveni")
    assert hrefs == []


def test_russian_results_keep_their_letters_and_mark_the_match(page, site_url):
    search(page, site_url, "ru", "учетная")
    marks = page.locator(".md-search-result__item mark")
    assert marks.count() >= 1
    assert marks.first.inner_text().lower().startswith("учётн")  # found without ё, shown with it


def test_a_russian_word_is_not_found_on_czech_or_english_pages(page, site_url):
    for lang in ("cs", "en"):
        hrefs, _ = search(page, site_url, lang, "пароль")
        assert not [h for h in hrefs if "/ru/" in h]


@pytest.mark.parametrize("lang, query", [("en", "password imap"), ("cs", "heslo imap")])
def test_search_terms_never_leave_the_browser(page, site_url, privacy, lang, query):
    """Material's search.highlight would link each result as page/?h=<the terms>: the server's log, and
    the Referer of every request the next page makes, would carry what the reader searched for."""
    hrefs, links = search(page, site_url, lang, query)
    assert hrefs and not [h for h in hrefs if "?" in h], hrefs[:3]
    with page.expect_navigation():
        links.first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.split("#")[0] == hrefs[0].split("#")[0]
    assert not privacy.problems([query]), privacy.problems([query])
