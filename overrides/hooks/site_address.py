"""Where the site is published: SITE_URL, checked, or plainly a local build.

mkdocs.yml takes site_url from SITE_URL; the canonical links, the sitemap and the downloadable
checker's links use it. Unset or empty means a local build (what ./dev serve and ./dev build
make): the address is http://127.0.0.1:8000/ (./dev serve sets the port it found), the build
log says so, sitemap.xml says so in a comment and the checker's --help calls it a local build.
When set, SITE_URL must be an absolute http(s) address of a folder: a host (labels of letters,
digits and hyphens, or an IPv4 address written as four numbers), an optional port (1-65535) and
path (no "." or ".." segment, "%" only as an escape), nothing that would need escaping, no query
or fragment; anything else stops the build with a clear message. With MAILRU_PUBLISH=1 (./dev
build --publish, the publishing workflow) a local address (cli.is_local: any loopback address,
however written, and localhost) stops the build too: a published site cannot link to it.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "snippets"))
from mailru.cli import DEFAULT_SITE_URL as LOCAL, is_local  # noqa: E402  (the checker's own idea of a local site)

ADDRESS = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d{1,5})?(?:/[A-Za-z0-9._~%/-]*)?")
LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")  # a "%" that does not start an escape
NOTE = "<!-- A local build: these addresses work only with ./dev serve. Set SITE_URL to publish. -->"
log = logging.getLogger("mkdocs.hooks.site_address")
_told: list[bool] = []


def _well_formed(address: str) -> bool:
    """Host labels, port and path of an address that ADDRESS already matched."""
    parts = urlsplit(address)
    labels = parts.hostname.split(".") if parts.hostname else []
    if not labels or not all(LABEL.fullmatch(label) for label in labels):
        return False  # no host, an empty label ("a..b", a trailing dot) or a label that is not one
    if labels[-1].isdigit():  # a number, not a name: then only an IPv4 address in its four-number form
        try:
            ipaddress.IPv4Address(parts.hostname)
        except ValueError:
            return False
    try:
        if parts.port == 0:
            return False
    except ValueError:  # above 65535
        return False
    return not ESCAPE.search(parts.path) and not {".", ".."} & set(parts.path.split("/"))


def site_address(raw: str | None, publish: bool) -> str:
    """The site's address from SITE_URL's value, or a PluginError saying what is wrong with it."""
    raw = (raw or "").strip()
    if not raw:
        if publish:
            raise PluginError("SITE_URL is not set. A build for publishing needs the address the site will have, "
                              "e.g. SITE_URL=https://example.org/mailru/ ./dev build --publish")
        return LOCAL
    if not ADDRESS.fullmatch(raw) or not _well_formed(raw):
        raise PluginError(f"SITE_URL={raw!r} is not a site address: use http:// or https://, a host name, and "
                          "optionally a port (1-65535) and a path, with no spaces, quotes, <, >, &, ? or #, "
                          "no . or .. between slashes and % only as %XX, e.g. https://example.org/mailru/")
    if publish and is_local(raw):
        raise PluginError(f"SITE_URL={raw!r} is a local address: a published site cannot link to it")
    return raw if raw.endswith("/") else raw + "/"


@event_priority(100)  # before anything reads site_url
def on_config(config):
    config.site_url = site_address(os.environ.get("SITE_URL"), os.environ.get("MAILRU_PUBLISH") == "1")
    if is_local(config.site_url) and not _told:  # once, not once per language
        _told.append(True)
        log.info(f"Local build: SITE_URL is not set, so canonical links, the sitemap and the checker point to "
                 f"{config.site_url}. Set SITE_URL to publish.")
    return config


@event_priority(-300)  # after mkdocs-static-i18n has written the sitemap
def on_post_build(config):
    sitemap = Path(config.site_dir) / "sitemap.xml"
    if is_local(config.site_url) and sitemap.exists():
        text = sitemap.read_text(encoding="utf-8")
        if NOTE not in text:
            declaration, newline, rest = text.partition("\n")
            sitemap.write_text(f"{declaration}\n{NOTE}\n{rest}" if declaration.startswith("<?xml") else f"{NOTE}\n{text}",
                               encoding="utf-8")
