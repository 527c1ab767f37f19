"""Quality gates in Debian's Chromium: WCAG 2.1 A and AA (axe-core, pinned in npm) on every page
in every language and both colour schemes; every page at 360 px wide without horizontal
scrolling (a screenshot of a guide is kept in test-artifacts/); the sitemap lists every page
with its twin; a 404 page in each language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
from conftest import ROOT
from support.site_pages import LANGUAGE_PREFIX, PAGES

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_every_page_passes_wcag_21_aa(browser, site_url, lang, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    failures = []
    for path in PAGES:
        page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}{path}", wait_until="networkidle")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG21_AA)
        assert result["passes"], "axe checked nothing"
        for violation in result["violations"]:
            node = violation["nodes"][0]
            failures.append(f"/{LANGUAGE_PREFIX[lang]}{path} {violation['id']} ×{len(violation['nodes'])}: {node['target']} {node['failureSummary'][:160]}")
    context.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_every_page_fits_a_360_px_screen(browser, site_url, lang):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    too_wide = []
    for path in PAGES:
        page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}{path}", wait_until="networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide.append(f"/{LANGUAGE_PREFIX[lang]}{path}: {width}px")
        if path == "clients/outlook/":
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"outlook-{lang}-360px.png"), full_page=True)
    context.close()
    assert not too_wide, too_wide
    assert (ARTIFACTS / f"outlook-{lang}-360px.png").stat().st_size > 10_000


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_sitemap_lists_every_page_with_its_twin(built_site):
    root = ET.parse(built_site / "sitemap.xml").getroot()
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        loc = url.findtext(f"{SITEMAP}loc")
        entries[loc] = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
    for path in PAGES:
        for lang, prefix in LANGUAGE_PREFIX.items():
            loc = next((l for l in entries if urlparse(l).path == "/" + prefix + path), None)
            assert loc, f"/{prefix}{path} is not in the sitemap"
            twins = entries[loc]
            assert set(twins) == set(LANGUAGE_PREFIX)
            assert {lang: urlparse(url).path for lang, url in twins.items()} == {
                lang: "/" + prefix + path for lang, prefix in LANGUAGE_PREFIX.items()}, twins


@pytest.mark.parametrize("lang, words", [("cs", "Stránka nenalezena"), ("en", "Page not found"), ("ru", "Страница не найдена")])
def test_a_404_page_in_each_language(page, site_url, built_site, lang, words):
    assert (built_site / LANGUAGE_PREFIX[lang] / "404.html").exists()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}404.html")
    assert page.locator("html").get_attribute("lang") == lang
    assert words in page.locator(".md-content").inner_text().replace("\u00a0", " ")
