"""What the built site gives away: pages that send no Referer, and none of the build's own files.

- Every page (the 404 pages too) says `<meta name="referrer" content="no-referrer">`: no request
  tells the server, or anyone, which page asked for it, so whatever ends up in a page's address
  never travels on in a Referer header. The other security headers can only come from the host
  (README, "Security headers"): a <meta> policy would not reach the checks' workers, where Pyodide
  and its downloads run, and cannot forbid framing.
- MkDocs publishes every file of the theme folder (custom_dir: overrides/) that is not a template:
  the build's own files in overrides/hooks/ (pyodide_stdlib.mjs, stdlib-modules.txt) are left out.
- A `sourceMappingURL` comment naming a map that is not published (Pyodide's) is taken out, so that
  a browser's developer tools do not ask for a file that does not exist.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.plugins import event_priority

REFERRER = '<meta name="referrer" content="no-referrer">'
CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
SOURCE_MAP = re.compile(rb"\n//# sourceMappingURL=(?P<name>\S+)\s*$")


def no_referrer(html: str) -> str:
    """The referrer policy right after the charset, before anything that makes a request."""
    return CHARSET.sub(lambda match: match.group(0) + REFERRER, html, count=1)


def on_post_page(output, page, config):
    return no_referrer(output)


def on_post_template(output, template_name, config):  # the 404 pages are templates, not pages
    return no_referrer(output) if template_name.endswith(".html") else output


def on_files(files, config):
    for file in [f for f in files if f.src_uri.startswith("hooks/") and not f.is_documentation_page()]:
        files.remove(file)
    return files


@event_priority(-200)  # after the hooks that copy scripts into the site (checks.py: Pyodide)
def on_post_build(config):
    site = Path(config.site_dir)
    for script in [*site.rglob("*.js"), *site.rglob("*.mjs")]:
        data = script.read_bytes()
        found = SOURCE_MAP.search(data)
        if found and not (script.parent / found["name"].decode("utf-8", "replace")).exists():
            script.write_bytes(data[:found.start()] + b"\n")
