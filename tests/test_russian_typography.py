"""Russian typography a reader sees: no line can end with a short preposition, conjunction or particle
(в, к, с, о, у, и, а, на, по, не, для, …) or start with a dash, a number keeps its unit, quotes are
«ёлочки», on every Russian page, in the Russian message table and in the checker's Russian answers;
page titles use an em dash. Code, keys and attributes keep their spaces
(overrides/hooks/typography.py)."""

from __future__ import annotations

import re
import sys

import pytest
from conftest import ROOT
from mailru import messages
from support.site_pages import PAGES, elements, page_file, text_chunks, visible_text

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import typography  # noqa: E402

SHORT = typography.LANGUAGES["ru"].short


def typeset(html: str) -> str:
    return typography.typeset(html, "ru")

# A short word followed by an ordinary (breakable) space or line break, and a breakable space before a dash.
BREAKABLE = re.compile(r"(?<![\w.@/\\-])(?:" + SHORT + r")[ \t\r\n]+(?=\S)", re.I)
BEFORE_DASH = re.compile(r"\S[ \t\r\n]+— ")
# Pairs that must not break either: a number and its unit, „№“ and a number, a product and its version.
TOGETHER = re.compile(r"\d[ \t\r\n]+(?:[кМГ]?Б|мин|с)(?!\w)|№[ \t\r\n]+\d|(?<!\w)(?:iOS|iPadOS|macOS)[ \t\r\n]+\d")
# Quotes a Russian text does not use: straight and English double quotes, Czech low-high quotes.
FOREIGN_QUOTES = re.compile(r"[\"“”„]")


def breakable(text: str) -> list[str]:
    return [text[max(0, m.start() - 25):m.end() + 15] for pattern in (BREAKABLE, BEFORE_DASH, TOGETHER)
            for m in pattern.finditer(text)]


def russian_pages(site):
    return [page_file(site, "ru", page) for page in PAGES] + [site / "ru" / "404.html"]


@pytest.mark.parametrize("page", list(PAGES) + ["404"])
def test_no_breakable_space_after_a_short_word_or_before_a_dash_on_a_russian_page(built_site, page):
    path = built_site / "ru" / "404.html" if page == "404" else page_file(built_site, "ru", page)
    text = visible_text(path.read_text(encoding="utf-8"), "ru", only_lang="ru")
    assert BREAKABLE.search(text.replace("\u00a0", " ")), "a Russian page without short words: is the text there?"
    assert not breakable(text)


@pytest.mark.parametrize("page", list(PAGES) + ["404"])
def test_russian_prose_quotes_with_guillemets(built_site, page):
    path = built_site / "ru" / "404.html" if page == "404" else page_file(built_site, "ru", page)
    text = visible_text(path.read_text(encoding="utf-8"), "ru", only_lang="ru")
    assert not [text[max(0, m.start() - 30):m.end() + 30] for m in FOREIGN_QUOTES.finditer(text)]


def test_units_versions_and_numbers_hold_together_where_the_pages_use_them(built_site):
    text = " ".join(visible_text(p.read_text(encoding="utf-8"), "ru") for p in russian_pages(built_site))
    for pair in ("iOS\u00a018", "macOS\u00a013", "№\u00a09069", "Windows, macOS"):
        assert pair in text, pair
    # the checks' download size (overrides/hooks/checks.py): any number, as the runtime's size changes with the code
    assert re.search(r"\d\u00a0МБ", text), "МБ"


def test_code_keys_and_attributes_keep_their_ordinary_spaces(built_site):
    own = set(messages.MESSAGES["ru"].values())
    for path in russian_pages(built_site):
        html = path.read_text(encoding="utf-8")
        code = [text for text, _, around in text_chunks(html, "ru") if around & {"code", "pre", "kbd", "script", "style"}]
        assert not any("\u00a0" in text for text in code), path
        # data-words and data-reader hand the message table's words to the scripts: those carry their own spaces
        assert not any("\u00a0" in value for _, attrs in elements(html) for name, value in attrs.items()
                       if name not in ("data-words", "data-reader") and value not in own), path
        assert "\u00a0" not in html[: html.find("<body")], path


def test_the_hook_changes_only_prose():
    html = ('<head><title>в к</title></head><body><p>В Outlook и <a href="x?a b" title="к к">с адресом</a> '
            '<code>а б</code> <kbd>в x</kbd> а <strong>на</strong> сайте, около 5 МБ, iOS 18 — готово</p>'
            '<pre><code>в pre</code></pre><script>if (a<b) { s = "в б" }</script> из конца</body>')
    out = typeset(html)
    for joined in ("В\u00a0Outlook", "и\u00a0<a", "с\u00a0адресом", "а\u00a0<strong>на</strong>\u00a0сайте", "5\u00a0МБ",
                   "iOS\u00a018\u00a0— готово", "</script> из\u00a0конца"):
        assert joined in out, joined
    for kept in ("<title>в к</title>", 'href="x?a b"', 'title="к к"', "<code>а б</code>", "<kbd>в x</kbd>",
                 "<code>в pre</code>", 's = "в б"'):
        assert kept in out
    assert not breakable(visible_text(out, "ru"))
    assert breakable(visible_text(html, "ru")), "the check finds a planted breakable space"


@pytest.mark.parametrize("table", ["MESSAGES", "CATALOGUE"])
def test_russian_messages_carry_no_break_spaces_and_guillemets(table):
    values = getattr(messages, table)["ru"].values()
    texts = [text for value in values for text in (value if isinstance(value, tuple) else (value,))]
    assert not [t for t in texts if breakable(t)]
    # the one English quotation is the POP3 server's own words, quoted in «»
    assert not [t for t in texts if FOREIGN_QUOTES.search(t)]


def test_the_checkers_russian_answers_carry_no_break_spaces(checker_answers):
    assert "\u00a0" in checker_answers["ru"] and "«" in checker_answers["ru"]
    assert not breakable(checker_answers["ru"])


@pytest.mark.parametrize("page", PAGES)
def test_page_titles_use_an_em_dash(built_site, page):
    html = page_file(built_site, "ru", page).read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    site_name = "Mail.ru в почтовой программе"
    assert title == site_name if not page else title.endswith(" — " + site_name), title
    assert " - " not in title and " – " not in title
