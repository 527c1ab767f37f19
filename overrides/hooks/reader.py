"""The reader's own address on every page (read by assets/javascripts/reader.js).

After a page is rendered, each occurrence of the example address (service.EXAMPLE_ADDRESS) in
its text, code blocks included, is wrapped in `<span data-mr-address>`; reader.js writes the
reader's address there. Attributes are left alone. A page whose front matter says
`reader_address: false` keeps the example (the error catalogue contrasts it with wrong user
names). Under the page's title goes the address field, hidden until reader.js shows it, with
the words, domains and limits it needs as data. After the build the QR code library is
copied from the pinned npm package (node_modules/lean-qr) to assets/javascripts/, once.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "snippets"))

from mailru import profiles, service  # noqa: E402
from mailru.messages import message  # noqa: E402


@event_priority(-50)  # after service_values.py has loaded the source of truth afresh
def on_config(config):
    global profiles, service, message
    from mailru import profiles, service
    from mailru.messages import message


QR_LIBRARY = ROOT / "node_modules" / "lean-qr"
QR_FILES = {"index.mjs": "lean-qr.mjs", "LICENSE": "lean-qr.LICENSE.txt"}
WORDS = ("address-empty", "address-invalid", "address-unsupported", "address-not-mailru",
         "reader.hint", "reader.set", "reader.forgotten", "reader.offer", "tabs.note")
TAG = re.compile(r"(<[^>]*>)")
RAW_TEXT = re.compile(r"<(script|style|textarea|title)\b", re.I)


def mark(content: str) -> str:
    """Wrap every example address in the text of content (not in tags or attributes)."""
    example = html.escape(service.EXAMPLE_ADDRESS)
    marked = f"<span data-mr-address>{example}</span>"
    parts = TAG.split(content)
    raw = None  # inside <script>, <style>, …: left as it is
    for i, part in enumerate(parts):
        if i % 2:
            opening = RAW_TEXT.match(part)
            if opening:
                raw = opening.group(1).lower()
            elif raw and part.lower().startswith(f"</{raw}"):
                raw = None
        elif raw is None and example in part:
            parts[i] = part.replace(example, marked)
    return "".join(parts)


def field(lang: str) -> str:
    m = lambda key: message(lang, key)  # noqa: E731
    data = {
        "example": service.EXAMPLE_ADDRESS,
        "domains": list(service.DOMAINS),
        "unsupported": list(service.UNSUPPORTED_DOMAINS),
        "max": profiles.MAX_ADDRESS,
        "local": profiles.LOCAL_PART.pattern,
        "words": {key: m(key) for key in WORDS},
    }
    return (
        f'<form class="mr-reader" data-reader="{html.escape(json.dumps(data, ensure_ascii=False))}" '
        f'autocomplete="off" novalidate hidden>'
        f'<label class="mr-reader__field"><span>{html.escape(m("reader.label"))}</span>'
        f'<input name="address" type="email" autocomplete="email" autocapitalize="off" spellcheck="false" '
        f'placeholder="{html.escape(service.EXAMPLE_ADDRESS)}"></label>'
        f'<button type="submit" class="md-button md-button--primary">{html.escape(m("reader.use"))}</button>'
        f'<button type="button" class="md-button mr-reader__forget" hidden>{html.escape(m("reader.forget"))}</button>'
        f'<p class="mr-reader__status" role="status" aria-live="polite"></p>'
        f'</form>'
    )


def on_page_content(content, page, config, files):
    lang = getattr(page.file, "locale", None) or "cs"
    if page.meta.get("reader_address", True) is not False:
        content = mark(content)
    title_end = content.find("</h1>")
    at = title_end + len("</h1>") if title_end >= 0 else 0
    return content[:at] + field(lang) + content[at:]


def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "current_language", None) not in (None, i18n.default_language):
        return  # the other languages share the root's assets
    if not all((QR_LIBRARY / name).exists() for name in QR_FILES):
        raise PluginError("lean-qr is missing from node_modules/: run `npm ci` (./dev serve and ./dev test do it)")
    target = Path(config.site_dir) / "assets" / "javascripts"
    target.mkdir(parents=True, exist_ok=True)
    for name, copy in QR_FILES.items():
        shutil.copyfile(QR_LIBRARY / name, target / copy)
