"""The pages the site promises, and small readers of the built HTML shared by the site tests."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

# Deep links are a promise to readers: these paths exist in Czech at /, in English at /en/ and in Russian at /ru/.
PAGES = (
    "",
    "registration/",
    "settings/",
    "app-password/",
    "clients/outlook/",
    "clients/the-bat/",
    "clients/apple-mail/",
    "clients/ios/",
    "clients/android/",
    "clients/mailru-app/",
    "clients/thunderbird/",
    "errors/",
    "checks/",
    "about/",
)
LANGUAGE_PREFIX = {"cs": "", "en": "en/", "ru": "ru/"}
LANGUAGES = tuple(LANGUAGE_PREFIX)
# (language, page) for every page in every language, and their test ids: for @pytest.mark.parametrize
EVERY_PAGE = [(lang, page) for page in PAGES for lang in LANGUAGE_PREFIX]
EVERY_PAGE_IDS = [f"{lang}-{page or 'home'}" for lang, page in EVERY_PAGE]


def page_file(site: Path, lang: str, page: str) -> Path:
    return site / LANGUAGE_PREFIX[lang] / page / "index.html"


class Elements(HTMLParser):
    """Collects every start tag with its attributes, in document order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def elements(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


def heading_ids(html: str) -> list[tuple[str, str]]:
    """(tag, id) of every heading in the article, in order."""
    return [(tag, attrs.get("id", "")) for tag, attrs in elements(html) if tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and "id" in attrs]


def ids(html: str) -> set[str]:
    return {attrs["id"] for _, attrs in elements(html) if attrs.get("id")}


# Elements whose text a reader does not read as prose: code, keys, scripts, the page's <title> (in <head>).
NOT_PROSE = {"code", "pre", "kbd", "script", "style", "svg", "textarea", "template", "head"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Chunks(HTMLParser):
    """Every text node of a page with the language and the names of the elements around it."""

    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str]] = [("", lang)]  # (tag, language in force)
        self.chunks: list[tuple[str, str, frozenset[str]]] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        lang = dict(attrs).get("lang") or self.open[-1][1]
        self.open.append((tag, lang.split("-")[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                break

    def handle_data(self, data):
        self.chunks.append((data, self.open[-1][1], frozenset(t for t, _ in self.open)))


def text_chunks(html: str, lang: str) -> list[tuple[str, str, frozenset[str]]]:
    """(text, language, enclosing element names) of every text node, in document order."""
    parser = Chunks(lang)
    parser.feed(html)
    return parser.chunks


def visible_text(html: str, lang: str, skip: frozenset[str] | set[str] = frozenset(), only_lang: str | None = None) -> str:
    """The prose a reader sees, code and keys left out (also the elements in skip, and text in
    another language than only_lang when given); a left-out element counts as a word break."""
    parts = []
    for text, text_lang, around in text_chunks(html, lang):
        if around & (NOT_PROSE | set(skip)) or (only_lang and text_lang != only_lang):
            parts.append(" ")
        else:
            parts.append(text)
    return "".join(parts)
