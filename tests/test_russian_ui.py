"""Material's interface on Russian pages reads in Russian: none of its English or of this site's Czech
interface words (copy button, footer, search, skip link, palette toggle, permalinks, 404) in the text,
in the attributes a screen reader or a tooltip shows, or in the words Material's script shows later."""

from __future__ import annotations

import json
import re

import pytest
from support.site_pages import PAGES, elements, page_file, text_chunks
from test_czech_ui import ENGLISH_PHRASES, ENGLISH_WORDS

# The Czech words this site gives Material (overrides/partials/languages/cs.html, mkdocs.yml, languages.py).
CZECH_PHRASES = ("Kopírovat", "Zkopírováno", "Přeskočit na obsah", "Odkaz na tento oddíl", "Přepnout na",
                 "Zpět nahoru", "Vyhledávání", "Hledat", "Nalezen", "Nic nenalezeno", "Zápatí", "Stránka nenalezena",
                 "Obsah stránky", "Předchozí", "Další")
SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


def config(html: str) -> dict:
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))


def foreign_ui(html: str, phrases, words=frozenset()) -> list[str]:
    """Interface strings of another language on a page: in its text (a program's label marked as
    another language, lang="en", is the program's own word and left out), shown attributes and
    the words Material's script shows later."""
    lang = re.search(r'<html lang="(\w+)"', html).group(1)
    shown = [text.strip() for text, text_lang, around in text_chunks(html, lang)
             if text_lang == lang and not around & {"script", "style", "code", "pre"}]
    shown += [attrs[name].strip() for _, attrs in elements(html) for name in SHOWN_ATTRIBUTES if attrs.get(name)]
    shown += list(config(html).get("translations", {}).values())
    return [s for s in shown if any(phrase in s for phrase in phrases) or s in words or s.split(":")[0] in words]


@pytest.mark.parametrize("page", list(PAGES) + ["404"])
def test_no_english_or_czech_interface_on_a_russian_page(built_site, page):
    path = built_site / "ru" / "404.html" if page == "404" else page_file(built_site, "ru", page)
    html = path.read_text(encoding="utf-8")
    assert not foreign_ui(html, ENGLISH_PHRASES, ENGLISH_WORDS)
    assert not foreign_ui(html, CZECH_PHRASES)


def test_the_russian_words_are_there(built_site):
    html = page_file(built_site, "ru", "settings/").read_text(encoding="utf-8").replace("\u00a0", " ")
    words = config(html)["translations"]
    assert words["clipboard.copy"] == "Копировать" and words["search.result.none"] == "Ничего не найдено"
    for phrase in ("Перейти к содержанию", 'title="Ссылка на этот раздел"', "Включить тёмную тему", 'aria-label="Копировать: 465"'):
        assert phrase in html, phrase
    assert '<html lang="ru"' in html


def test_the_detectors_find_the_other_languages(built_site):
    czech = page_file(built_site, "cs", "settings/").read_text(encoding="utf-8")
    english = page_file(built_site, "en", "settings/").read_text(encoding="utf-8")
    assert foreign_ui(czech, CZECH_PHRASES) and foreign_ui(english, ENGLISH_PHRASES, ENGLISH_WORDS)
    russian = page_file(built_site, "ru", "settings/").read_text(encoding="utf-8")
    planted = russian.replace("</article>", '<button title="Copy to clipboard">Kopírovat</button></article>', 1)
    assert foreign_ui(planted, ENGLISH_PHRASES, ENGLISH_WORDS) == ["Copy to clipboard"]
    assert foreign_ui(planted, CZECH_PHRASES) == ["Kopírovat"]
