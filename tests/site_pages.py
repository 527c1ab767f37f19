"""The pages the site promises, and small readers of the built HTML shared by the site tests."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

# Deep links are a promise to readers: these paths exist in Czech at / and in English at /en/.
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
LANGUAGE_PREFIX = {"cs": "", "en": "en/"}


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
