"""Czech typography a reader sees: no line can end with a one-letter preposition or conjunction
(k, s, v, z, o, u, a, i), a number stays with its unit and a product with its version, and no line
starts with a spaced dash, on every Czech page (its text and its <title>, also after bold text or a
link), in the Czech message table and in the checker's Czech answers; page titles use an en dash.
Code, keys and attributes keep their spaces (overrides/hooks/typography.py)."""

from __future__ import annotations

import html
import re
import sys

import pytest
from conftest import ROOT
from mailru import messages
from support.site_pages import PAGES, elements, page_file, text_chunks, visible_text

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import typography  # noqa: E402


def typeset(html: str) -> str:
    return typography.typeset(html, "cs")

# A one-letter word followed by an ordinary (breakable) space or line break.
BREAKABLE = re.compile(r"(?<![\w.@/\\-])[ksvzouaiKSVZOUAI][ \t\r\n]+(?=\S)")
# Pairs that must not break either: a number and its unit, „č.“ and a number, a product and its version.
# A spaced en dash stays on the line before (ČSN 01 6910): the space before it must not break.
TOGETHER = re.compile(r"\d[ \t\r\n]+(?:[kMGT]?B|ms|min)\b|(?<!\w)č\.[ \t\r\n]+\d|(?<!\w)(?:iOS|iPadOS|macOS)[ \t\r\n]+\d"
                      r"|(?<=\S)[ \t\r\n]+–(?=[ \u00a0])")


def breakable(text: str) -> list[str]:
    return [text[max(0, m.start() - 25):m.end() + 15] for m in BREAKABLE.finditer(text)] + \
           [text[max(0, m.start() - 25):m.end() + 15] for m in TOGETHER.finditer(text)]


def czech_pages(site):
    return [page_file(site, "cs", page) for page in PAGES] + [site / "404.html"]


@pytest.mark.parametrize("page", list(PAGES) + ["404"])
def test_no_line_break_where_czech_typesetting_forbids_one_on_a_czech_page(built_site, page):
    path = built_site / "404.html" if page == "404" else page_file(built_site, "cs", page)
    text = visible_text(path.read_text(encoding="utf-8"), "cs")
    assert BREAKABLE.search(text.replace("\u00a0", " ")), "a Czech page without one-letter words: is the text there?"
    assert not breakable(text)


@pytest.mark.parametrize("page", list(PAGES) + ["404"])
def test_the_czech_title_holds_its_one_letter_words_and_dash(built_site, page):
    """The browser's tab and the search result show the <title>: it follows the same rules as the text."""
    path = built_site / "404.html" if page == "404" else page_file(built_site, "cs", page)
    title = html.unescape(re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.S).group(1))
    assert "v" in title.replace("\u00a0", " ").split(), title  # every title names the site: „Mail.ru v poštovním programu“
    assert not breakable(title), title


def test_units_versions_and_numbers_hold_together_where_the_pages_use_them(built_site):
    text = " ".join(visible_text(p.read_text(encoding="utf-8"), "cs") for p in czech_pages(built_site))
    for pair in ("iOS\u00a018", "macOS\u00a013", "č.\u00a09069", "listopadu\u00a02026"):
        assert pair in text, pair
    assert re.search(r"\d\u00a0MB", text), "MB"  # the checks' download size (overrides/hooks/checks.py)


def test_code_keys_and_attributes_keep_their_ordinary_spaces(built_site):
    for path in czech_pages(built_site):
        html = path.read_text(encoding="utf-8")
        code = [text for text, _, around in text_chunks(html, "cs") if around & {"code", "pre", "kbd", "script", "style"}]
        assert not any("\u00a0" in text for text in code), path
        # data-words and data-reader hand the message table's words to the scripts, and a label may be one of
        # its messages: those carry their own spaces; the hook adds none to an attribute
        own = set(messages.MESSAGES["cs"].values())
        assert not any("\u00a0" in value for _, attrs in elements(html) for name, value in attrs.items()
                       if name not in ("data-words", "data-reader") and value not in own), path
        head = html[: html.find("<body")]
        assert "\u00a0" not in re.sub(r"<title>.*?</title>", "", head, flags=re.S), path


def test_the_hook_changes_only_prose():
    html = ('<head><title>Návod k Outlooku – Mail.ru v poštovním programu</title><meta content="a b"></head><body>'
            '<p>V Outlooku a <a href="x?a b" title="k k">s adresou</a> '
            '<code>a b</code> <kbd>k x</kbd> i <strong>u</strong> nás, asi 13 MB, iOS 18 – hotovo</p>'
            '<ul><li><strong>ISPDB</strong> – databáze</li><li><a href="y"><code>x.pyz</code></a>\n– soubor</li></ul>'
            '<pre><code>v pre</code></pre><script>if (a<b) { s = "a b" }</script> z konce</body>')
    out = typeset(html)
    for joined in ("V\u00a0Outlooku", "a\u00a0<a", "s\u00a0adresou", "i\u00a0<strong>u</strong>\u00a0nás", "13\u00a0MB",
                   "iOS\u00a018\u00a0– hotovo", "</script> z\u00a0konce", "</strong>\u00a0– databáze",
                   "</code></a>\u00a0– soubor", "<title>Návod k\u00a0Outlooku\u00a0– Mail.ru v\u00a0poštovním programu</title>"):
        assert joined in out, joined
    for kept in ('<meta content="a b">', 'href="x?a b"', 'title="k k"', "<code>a b</code>", "<kbd>k x</kbd>",
                 "<code>v pre</code>", 's = "a b"'):
        assert kept in out
    assert not breakable(visible_text(out, "cs"))
    assert breakable(visible_text(html, "cs")), "the check finds a planted breakable space"


@pytest.mark.parametrize("table", ["MESSAGES", "CATALOGUE"])
def test_czech_messages_carry_no_break_spaces(table):
    values = getattr(messages, table)["cs"].values()
    texts = [text for value in values for text in (value if isinstance(value, tuple) else (value,))]
    assert not [t for t in texts if breakable(t)]


def test_the_checkers_czech_answers_carry_no_break_spaces(checker_answers):
    assert "\u00a0" in checker_answers["cs"]
    assert not breakable(checker_answers["cs"])


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["cs", "en"])
def test_page_titles_use_an_en_dash(built_site, lang, page):
    html = page_file(built_site, lang, page).read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).replace("\u00a0", " ")
    site_name = {"cs": "Mail.ru v poštovním programu", "en": "Mail.ru in your mail program"}[lang]
    assert title == site_name if not page else title.endswith(" – " + site_name), title
    assert " - " not in title
