"""Search in Debian's Chromium on the built site: one language at a time, Czech with or
without diacritics and in inflected forms, Russian in inflected forms, with or without ё and in
the Latin letters Mail.ru's own replies use, server names, ports and error codes, highlights in
the original text, and a query that finds nothing."""

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
] + [("ru", query, first) for query, first in (
    # ten queries a Russian reader of Mail.ru mail would type, and the page that answers them
    ("пароль приложения", "app-password/"), ("parol prilozheniya", "app-password/"), ("настройки сервера", "settings/"),
    ("защита ssl", "settings/"), ("не удалось войти", "errors/"), ("ошибка сертификата", "errors/"),
    ("учетная запись thunderbird", "clients/thunderbird/"), ("iphone", "clients/ios/"), ("регистрация ящика", "registration/"),
    ("письмо отклонено как спам", "errors/"),
    # and forms the index must hold: Mail.ru's reply, a full mailbox, a program
    ("NEOBHODIM", "app-password/"), ("ящик переполнен", "errors/"), ("outlook не отправляет", "clients/outlook/"),
)]


def search(page, site_url, lang, query):
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/outlook/", wait_until="networkidle")
    page.keyboard.press("/")
    page.keyboard.type(query, delay=10)  # Material's search reacts to keys, not to fill()
    # Playwright inserts letters a US keyboard lacks (Cyrillic) without a keyup, which Material listens
    # for; a real Russian keyboard sends one per key: one more key, that changes nothing, does the same
    page.keyboard.press("End")
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
