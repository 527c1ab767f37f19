"""Drop the <link rel="alternate" hreflang> tags that Material writes into each page's head.

Material reads them as language roots and fetches sitemap.xml under each (…/errors/sitemap.xml),
but mkdocs-static-i18n points them at the page's twin, so every page load made two requests
that end in 404 and two console errors. The language switcher links to the twin by itself,
and the sitemap (mkdocs-static-i18n) lists each page with its twin and hreflang.
"""

from __future__ import annotations

import re

ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output, page, config):
    return ALTERNATE.sub("", output)
