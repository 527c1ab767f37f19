"""The built site: every language (cs, en, ru), every promised page, its twins and their parity (headings,
snippets, checks, pictures, catalogue entries, messages), the switcher, links, no outside request."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from conftest import ROOT, build_site
from mailru import messages, service
from support.site_pages import LANGUAGE_PREFIX, LANGUAGES, PAGES, elements, heading_ids, ids, page_file

DOCS = ROOT / "docs"


def test_build_is_strict_and_quiet(tmp_path):
    result = build_site(tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "WARNING" not in result.stderr, result.stderr[-3000:]
    for prefix in LANGUAGE_PREFIX.values():
        assert (tmp_path / "site" / prefix / "index.html").exists()


def source_pages(lang: str) -> set[str]:
    return {p.relative_to(DOCS).as_posix()[: -len(f".{lang}.md")] for p in DOCS.rglob(f"*.{lang}.md")}


def test_every_source_page_has_its_twins():
    czech = source_pages("cs")
    for lang in LANGUAGES:
        assert source_pages(lang) == czech, lang
    assert len(czech) >= len(PAGES)


# A wrapped line that begins "2026. " or "13. října" is read by Markdown as a numbered list item:
# the sentence breaks into a bullet of its own and the number disappears from the page. Real steps
# are numbered below 100 and begin with a capital letter.
NUMBERED = re.compile(r"^\s*(\d+)\.\s+(\S)")


def wrapped_numbers(markdown: str) -> list[str]:
    found, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and (m := NUMBERED.match(line)) and (int(m[1]) >= 100 or m[2].islower()):
            found.append(line.strip())
    return found


def test_no_wrapped_line_starts_with_a_year_or_a_date():
    found = {p.relative_to(DOCS).as_posix(): wrapped_numbers(p.read_text(encoding="utf-8")) for p in DOCS.rglob("*.md")}
    assert not {page: lines for page, lines in found.items() if lines}
    # not blind: the Outlook guide's end-of-support sentence as it once broke, and a Czech date
    assert wrapped_numbers("- **Outlook 2021** od 13. října\n  2026. K Mail.ru se připojí") == ["2026. K Mail.ru se připojí"]
    assert wrapped_numbers("bez podpory od\n14. října 2025") == ["14. října 2025"]
    assert not wrapped_numbers("1. Klikněte na **Soubor**.\n10. Pošlete si zkušební zprávu.\n3. Čtěte dál.")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_exists_and_declares_its_language(built_site, lang, page):
    html = page_file(built_site, lang, page).read_text(encoding="utf-8")
    assert re.search(rf'<html[^>]*\blang="{lang}"', html)
    assert "<h1" in html


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_leads_to_the_twin(built_site, lang, page):
    """The switcher on each page links to the same page in every other language (and to itself)."""
    url = f"http://site.test/{LANGUAGE_PREFIX[lang]}{page}"
    html = page_file(built_site, lang, page).read_text(encoding="utf-8")
    links = {
        attrs["hreflang"]: urljoin(url, attrs["href"])
        for tag, attrs in elements(html)
        if tag == "a" and "md-select__link" in attrs.get("class", "") and "hreflang" in attrs
    }
    assert links == {other: f"http://site.test/{prefix}{page}" for other, prefix in LANGUAGE_PREFIX.items()}


@pytest.mark.parametrize("page", PAGES)
def test_twins_have_the_same_heading_ids(built_site, page):
    czech = heading_ids(page_file(built_site, "cs", page).read_text(encoding="utf-8"))
    assert czech, "a page without headings"
    for lang in LANGUAGES:
        assert heading_ids(page_file(built_site, lang, page).read_text(encoding="utf-8")) == czech, lang


# What a page is built from besides its prose: the same in every language, in the same order.
PARTS = re.compile(r"\{\{\s*(check \S+|settings_table|settings_box[^}]*?|server_texts \S+|app_password_url)\s*\}\}"
                   r"|--8<--\s*\"([^\"]+)\"|\]\((img/[^)\s]+)\)|data-mr-tabs=\"([^\"]+)\"")


def page_parts(markdown: str, lang: str) -> list[str]:
    """The macros that draw tables, checks and server texts, the included snippets (each from the
    page's own language folder, snippets/<lang>/), the pictures and the tab sets of a page's source, in order."""
    return [" ".join(part.split()).replace(f"{lang}/", "<lang>/", 1) if match.group(2) else " ".join(part.split())
            for match in PARTS.finditer(markdown) for part in match.groups() if part]


def built_parts(html: str) -> list[str]:
    """The checks' forms, pictures and code titles (snippets) of a built page's article, in order."""
    article = html[html.find("<article"):html.find("</article>")]
    found = []
    for tag, attrs in elements(article):
        if tag == "form" and "data-check" in attrs:
            found.append(f"check {attrs['data-check']}")
        elif tag == "img":
            found.append(attrs.get("src", ""))
        elif tag == "span" and attrs.get("class") == "filename":
            found.append("snippet")
    return found


@pytest.mark.parametrize("page", sorted(source_pages("cs")))
def test_twins_are_built_from_the_same_parts(page):
    czech = page_parts((DOCS / f"{page}.cs.md").read_text(encoding="utf-8"), "cs")
    for lang in LANGUAGES:
        assert page_parts((DOCS / f"{page}.{lang}.md").read_text(encoding="utf-8"), lang) == czech, lang


@pytest.mark.parametrize("page", PAGES)
def test_built_twins_have_the_same_checks_pictures_and_snippets(built_site, page):
    czech = built_parts(page_file(built_site, "cs", page).read_text(encoding="utf-8"))
    for lang in LANGUAGES:
        assert built_parts(page_file(built_site, lang, page).read_text(encoding="utf-8")) == czech, lang


def test_a_missing_part_is_caught():
    """The parity checks are not blind: a check, a picture or a snippet left out of a twin shows."""
    markdown = (DOCS / "clients" / "thunderbird.ru.md").read_text(encoding="utf-8")
    assert page_parts(markdown, "ru") != page_parts(re.sub(r"!\[[^\]]*\]\(img/thunderbird-found\.webp\)", "", markdown), "ru")
    settings = (DOCS / "settings.ru.md").read_text(encoding="utf-8")
    assert page_parts(settings, "ru") != page_parts(settings.replace("{{ check settings }}", ""), "ru")
    assert '--8<-- "ru/pop3_read.py"' in settings
    assert page_parts(settings, "ru") != page_parts(settings.replace('--8<-- "ru/pop3_read.py"', ""), "ru")
    # a sample of another language counts as a different part
    assert page_parts(settings, "ru") != page_parts(settings.replace('--8<-- "ru/pop3_read.py"', '--8<-- "cs/pop3_read.py"'), "ru")


PLACEHOLDER = re.compile(r"\{\w+\}|%\(\w+\)[rsd]|%[rsd]")


@pytest.mark.parametrize("table", ["MESSAGES", "CATALOGUE", "ARGPARSE"])
def test_every_message_exists_in_every_language_with_the_same_placeholders(table):
    """The words of the checks and the checker: every entry in every language, none empty, with the
    placeholders of its Czech original (English needs no argparse table: argparse speaks it)."""
    entries = getattr(messages, table)
    czech = entries["cs"]
    for lang in [lang for lang in LANGUAGES if table != "ARGPARSE" or lang != "en"]:
        assert set(entries[lang]) == set(czech), lang
        for key, text in entries[lang].items():
            texts = text if isinstance(text, tuple) else (text,)
            originals = czech[key] if isinstance(czech[key], tuple) else (czech[key],)
            assert all(t.strip() for t in texts), (lang, key)
            assert [sorted(PLACEHOLDER.findall(t)) for t in texts] == [sorted(PLACEHOLDER.findall(t)) for t in originals], (lang, key)
    assert set(messages.LANGUAGES) == set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_error_catalogue_has_exactly_the_entries_of_the_source(built_site, lang):
    html = page_file(built_site, lang, "errors/").read_text(encoding="utf-8")
    entries = [anchor for tag, anchor in heading_ids(html) if tag == "h2"]
    assert entries == list(service.ERROR_IDS)
    # the seven errors of the original article are all there
    assert {"sending-disabled", "mailbox-full", "user-not-found", "pop3-maildrop-limit",
            "dynamic-ip-rejected", "spam-rejected", "account-disabled"} <= set(entries)


def _html_files(site: Path):
    return sorted(p for p in site.rglob("*.html"))


def test_every_internal_link_and_anchor_resolves(built_site):
    broken = []
    for path in _html_files(built_site):
        base = "http://site.test/" + path.relative_to(built_site).as_posix()
        for tag, attrs in elements(path.read_text(encoding="utf-8")):
            href = attrs.get("href") if tag == "a" else None
            if not href or href.startswith(("mailto:", "javascript:")):
                continue
            target, fragment = urldefrag(urljoin(base, href))
            parsed = urlparse(target)
            if parsed.netloc != "site.test":
                continue
            file = built_site / parsed.path.lstrip("/")
            if parsed.path.endswith("/"):
                file = file / "index.html"
            if not file.exists():
                broken.append(f"{path.relative_to(built_site)}: {href} (no such page)")
            elif fragment and file.suffix == ".html" and fragment not in ids(file.read_text(encoding="utf-8")):
                broken.append(f"{path.relative_to(built_site)}: {href} (no such anchor)")
    assert not broken, "\n".join(broken)


RESOURCE_ATTRS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
                  "video": "src", "embed": "src", "object": "data", "link": "href"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")


def _outside(url: str) -> bool:
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.I)) and not url.startswith("data:")


def test_no_resource_is_loaded_from_another_origin(built_site):
    """Every script, style sheet, font, image and frame comes from the site itself."""
    outside = []
    for path in _html_files(built_site):
        for tag, attrs in elements(path.read_text(encoding="utf-8")):
            attr = RESOURCE_ATTRS.get(tag)
            if tag == "link" and attrs.get("rel") in {"canonical", "alternate"}:
                continue
            if attr and _outside(attrs.get(attr, "")):
                outside.append(f"{path.relative_to(built_site)}: <{tag} {attr}={attrs[attr]}>")
    for path in built_site.rglob("*.css"):
        for match in CSS_URL.finditer(path.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2)
            if _outside(url):
                outside.append(f"{path.relative_to(built_site)}: {url}")
    assert not outside, "\n".join(outside)
