"""The Apple profiles a phone installs from this site: one static file per Mail.ru domain and language.

After each language's build it writes profiles/<domain>.mobileconfig into that language's folder
(Czech at the site's root, English under en/) from profiles.domain_mobileconfig: no address and no
user name in them, so the iPhone asks for both while installing, and a host serves them as plain
files (Safari on iOS offers to install a profile it opens from a web address, served as
application/x-apple-aspen-config; README, Publishing). Pages write {{ phone_profiles }} on a line of
their own: the links to the five files in the page's language, and the QR code (drawn by reader.js)
that opens the reader's phone's guide with their address.
"""

from __future__ import annotations

import html
import posixpath
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "snippets"))

from mailru import profiles, service  # noqa: E402
from mailru.messages import message  # noqa: E402

FOLDER = "profiles"
MACRO = re.compile(r"^(?P<indent>[ \t]*)\{\{\s*phone_profiles\s*\}\}[ \t]*$", re.M)


@event_priority(-50)  # after service_values.py has loaded the source of truth afresh
def on_config(config):
    global profiles, service, message
    from mailru import profiles, service
    from mailru.messages import message


def _language(page) -> str:
    return getattr(page.file, "locale", None) or "cs"


def _prefix(lang: str, config) -> str:
    i18n = config.plugins.get("i18n")
    default = getattr(i18n, "default_language", None) or "cs"
    return "" if lang == default else f"{lang}/"


def links(lang: str, page_url: str, config) -> str:
    """The five profiles as buttons (no `download` attribute: Safari then offers to install), and the QR code."""
    root = posixpath.relpath("/", "/" + page_url) if page_url.strip("/") else "."
    folder = f"{root}/{_prefix(lang, config)}{FOLDER}/"
    items = "".join(
        f'<li><a class="md-button" href="{folder}{domain}.mobileconfig" type="application/x-apple-aspen-config" '
        f'data-mr-domain="{domain}">{html.escape(message(lang, "phone.profile", given=domain))}</a></li>'
        for domain in service.DOMAINS
    )
    qr = (f'<div class="mr-qr" hidden><canvas role="img" aria-label="{html.escape(message(lang, "qr.label"))}"></canvas>'
          f'<span class="mr-qr__caption">{html.escape(message(lang, "qr.caption"))}</span></div>'
          f'<p class="mr-qr__hint" hidden>{html.escape(message(lang, "qr.hint"))}</p>')
    return f'<div class="mr-profiles" data-mr-yours="{html.escape(message(lang, "phone.yours"))}"><ul>{items}</ul>{qr}</div>'


def on_page_markdown(markdown, page, config, files):
    lang = _language(page)
    return MACRO.sub(lambda match: "\n" + links(lang, page.url, config) + "\n", markdown)


def on_post_build(config):
    i18n = config.plugins.get("i18n")
    lang = getattr(i18n, "current_language", None) or "cs"
    target = Path(config.site_dir) / _prefix(lang, config) / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    for domain in service.DOMAINS:
        (target / f"{domain}.mobileconfig").write_bytes(profiles.domain_mobileconfig(domain, lang))
