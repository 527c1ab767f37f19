"""No English interface on Czech pages: Material's own words (copy button, footer, search, skip
link, palette toggle, permalinks, 404) read in Czech, in the text, in the attributes a screen
reader or a tooltip shows, and in the words Material's script shows later (its __config)."""

from __future__ import annotations

import json
import re

import pytest
from support.site_pages import PAGES, elements, page_file, text_chunks

# Material's English interface strings (en.html of mkdocs-material and its defaults).
ENGLISH_PHRASES = (
    "Copy to clipboard", "Copied to clipboard", "Made with", "Material for MkDocs", "Skip to content",
    "Back to top", "Type to start searching", "Initializing search", "No matching documents",
    "matching document", "more on this page", "Permanent link", "Link to this section", "Table of contents",
    "Select language", "Select version", "Page not found", "Dark mode", "Light mode", "Switch to",
    "Edit this page", "Go to repository",
)
ENGLISH_WORDS = {"Search", "Clear", "Share", "Previous", "Next", "Header", "Footer", "Navigation", "Missing", "Copy", "Copied"}
SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


def english_ui(html: str) -> list[str]:
    """Material's English strings found in a page: in its text, shown attributes and script words."""
    shown = [text.strip() for text, _, around in text_chunks(html, "cs") if not around & {"script", "style", "code", "pre"}]
    shown += [attrs[name].strip() for _, attrs in elements(html) for name in SHOWN_ATTRIBUTES if attrs.get(name)]
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
    if config:
        shown += list(json.loads(config.group(1)).get("translations", {}).values())
    found = [s for s in shown if any(phrase in s for phrase in ENGLISH_PHRASES)]
    found += [s for s in shown if s in ENGLISH_WORDS or s.split(":")[0] in ENGLISH_WORDS]
    return found


@pytest.mark.parametrize("page", list(PAGES) + ["404"])
def test_no_english_interface_on_a_czech_page(built_site, page):
    path = built_site / "404.html" if page == "404" else page_file(built_site, "cs", page)
    html = path.read_text(encoding="utf-8")
    assert not english_ui(html)
    assert "Kopírovat do schránky" not in html  # „schránka“ is a mailbox on this site


def test_the_czech_words_are_there(built_site):
    html = page_file(built_site, "cs", "settings/").read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))
    assert config["translations"]["clipboard.copy"] == "Kopírovat"
    assert "Přeskočit na obsah" in html and 'title="Odkaz na tento oddíl"' in html and "Přepnout na tmavý režim" in html


def test_english_pages_keep_their_english_interface(built_site):
    html = page_file(built_site, "en", "settings/").read_text(encoding="utf-8")
    assert english_ui(html), "the detector finds Material's English strings where they belong"
    assert "Link to this section" in html and "Odkaz na tento oddíl" not in html


# Labels the vendors' Czech help (or a Czech provider's guide) gives, with their English originals; the
# sources are listed on /about/ (#label-sources). A Czech guide quotes the Czech label, never the English.
CZECH_LABELS = {
    "clients/ios/": {"Hotovo": "Done", "Aplikace": "Apps", "Účty": "Accounts", "Pokročilé": "Advanced",
                     "Server odchozí pošty": "Outgoing Mail Server"},
    "clients/apple-mail/": {"Upravit seznam SMTP serverů": "Edit SMTP Server List…", "Server odchozí pošty": "Outgoing Mail Server",
                            "Server odchozí pošty (SMTP)": "Outgoing Mail Server (SMTP)", "Pokročilé": "Advanced"},
}


def bold_labels(html: str) -> set[str]:
    return {re.sub(r"[\s\u00a0]+", " ", text).strip() for text, _, around in text_chunks(html, "cs") if "strong" in around}


@pytest.mark.parametrize("page", CZECH_LABELS)
def test_a_czech_guide_quotes_the_czech_labels(built_site, page):
    bold = bold_labels(page_file(built_site, "cs", page).read_text(encoding="utf-8"))
    assert not set(CZECH_LABELS[page].values()) & bold, "an English label where the Czech one is known"
    assert set(CZECH_LABELS[page]) <= bold, set(CZECH_LABELS[page]) - bold
