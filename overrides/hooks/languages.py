"""Three fixes to how Material and mkdocs-static-i18n fit together, so each language stands alone.

- Drop the <link rel="alternate" hreflang> tags Material writes into each page's head. Material
  reads them as language roots and fetches sitemap.xml under each (…/errors/sitemap.xml), but
  mkdocs-static-i18n points them at the page's twin: two 404s and two console errors on every
  page. The switcher links to the twin by itself, and the sitemap lists each page with its
  twin and hreflang.
- Give each language its own 404 page: every language build writes 404.html at the site's
  root, so the last one built replaced the Czech one. Each goes to its language's folder
  (/en/404.html, /ru/404.html), and the default language's stays at the root.
- Give the headings' permalinks a title in the page's language: toc's permalink_title is one
  setting for the whole site (English "Permanent link" by default).
"""

from __future__ import annotations

import re
from pathlib import Path

ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
_default_404: dict[str, bytes] = {}
PERMALINK_TITLE = {"cs": "Odkaz na tento oddíl", "en": "Link to this section", "ru": "Ссылка на этот раздел"}


def on_pre_page(page, config, files):
    lang = getattr(page.file, "locale", None) or config.theme.get("language", "en")
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = PERMALINK_TITLE.get(lang, PERMALINK_TITLE["en"])
    return page


def on_post_page(output, page, config):
    return ALTERNATE.sub("", output)


def on_post_build(config):
    i18n = config.plugins.get("i18n")
    page = Path(config.site_dir) / "404.html"
    if i18n is None or not page.exists():
        return
    if i18n.current_language == i18n.default_language:
        _default_404[config.site_dir] = page.read_bytes()
    elif config.site_dir in _default_404:
        target = Path(config.site_dir) / i18n.current_language / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.read_bytes())
        page.write_bytes(_default_404[config.site_dir])
