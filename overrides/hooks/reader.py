"""The reader's own address on every page (read by assets/javascripts/reader.js).

After a page is rendered, each occurrence of the example address (service.EXAMPLE_ADDRESS) in
its text, code blocks included, is wrapped in `<span data-mr-address>`; reader.js writes the
reader's address there, and hides a "for example" just before it (`<span data-mr-eg>`).
Attributes are left alone. A page whose front matter says `reader_address: false` keeps the
example (the error catalogue contrasts it with wrong user names). Where the address is used
(a marked place, a profile form, the phone profiles), the address field goes under the page's
title, or where the page writes `<!-- reader-field -->`; hidden until reader.js shows it, with
the words, domains, limits and the phones' guides it needs as data. Beside Material's language
icon each other language gets a visible link by its own name. After the build the QR code
library is copied from the pinned npm package (node_modules/lean-qr) to assets/javascripts/, once.
"""

from __future__ import annotations

import html
import json
import posixpath
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
WORDS = ("reader.hint", "reader.set", "reader.forgotten", "reader.offer", "tabs.note")
# The field's refusals: the profile check's words, but an address of another provider is refused
# as one the guides are not for (not as one no set-up file can be made for).
REFUSALS = {"address-empty": "address-empty", "address-invalid": "address-invalid",
            "address-unsupported": "address-unsupported", "address-not-mailru": "reader.address-not-mailru"}
# What JavaScript needs of profiles.DOMAIN_PART (Python's [^\W_] is a letter or digit of any script).
DOMAIN_PART = r"(?:[\p{L}\p{N}]|-)+(?:\.(?:[\p{L}\p{N}]|-)+)*\.?"
TAG = re.compile(r"(<[^>]*>)")
RAW_TEXT = re.compile(r"<(script|style|textarea|title)\b", re.I)
# "for example" right before a marked address: hidden once the reader's own address stands there
# (not where the sentence goes on to a second example: "for example <address> or petr@inbox.ru")
EXAMPLE_WORDS = re.compile(r"\b((?:např\.|například|e\.g\.|for example|например),?\s)(?=(?:<code[^>]*>)?<span data-mr-address>[^<]*</span>"
                           r"(?:</code>)?(?!\s+(?:nebo|or|или)\s))")
FIELD_MARK = "<!-- reader-field -->"
USES = ("data-mr-address", 'data-check="profile"', 'class="mr-profiles"')
LANGUAGE_LINK = re.compile(r'<a href="([^"]*)" hreflang="([\w-]+)" class="md-select__link">\s*(.*?)\s*</a>', re.S)
LANGUAGE_MENU = re.compile(r'(<div class="md-header__option">\s*<div class="md-select">)')


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
    return EXAMPLE_WORDS.sub(r"<span data-mr-eg>\1</span>", "".join(parts))


def field(lang: str, page_url: str, prefix: str, used: bool) -> str:
    """The address field (shown by reader.js only where used), with what reader.js needs as data."""
    m = lambda key: message(lang, key)  # noqa: E731
    root = posixpath.relpath("/", "/" + page_url) if page_url.strip("/") else "."
    language_home = f"{root}/{prefix}"
    data = {
        "example": service.EXAMPLE_ADDRESS,
        "domains": list(service.DOMAINS),
        "unsupported": list(service.UNSUPPORTED_DOMAINS),
        "max": profiles.MAX_ADDRESS,
        "shown": profiles.SHOWN,
        "local": profiles.LOCAL_PART.pattern,
        "domain": DOMAIN_PART,
        "words": {key: m(key) for key in WORDS},
        "refusals": {code: m(key) for code, key in REFUSALS.items()},
        "root": f"{root}/",  # the site's root, where assets/ is
        # the QR code's hand-off: the language's home page, which sends a phone on to its own guide
        "home": language_home,
        "is_home": page_url == prefix,
        "guides": {"ios": language_home + "clients/ios/", "android": language_home + "clients/android/"},
    }
    return (
        f'<form class="mr-reader" data-reader="{html.escape(json.dumps(data, ensure_ascii=False))}" '
        f'autocomplete="off" novalidate hidden{"" if used else " data-unused"}>'
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
    i18n = config.plugins.get("i18n")
    prefix = "" if lang == (getattr(i18n, "default_language", None) or "cs") else f"{lang}/"
    # where nothing uses the address, the field stays hidden (its data still serves the tabs)
    bar = field(lang, page.url, prefix, any(use in content for use in USES))
    if FIELD_MARK in content:
        return content.replace(FIELD_MARK, bar, 1)
    title_end = content.find("</h1>")
    at = title_end + len("</h1>") if title_end >= 0 else 0
    return content[:at] + bar + content[at:]


def on_post_page(output, page, config):
    """Each other language by its own name, as a link to this page's twin, beside the language icon."""
    lang = getattr(page.file, "locale", None) or "cs"
    others = "".join(
        f'<a href="{href}" hreflang="{code}" lang="{code}" class="md-header__button mr-language">{name}</a>'
        for href, code, name in LANGUAGE_LINK.findall(output) if code != lang
    )
    return LANGUAGE_MENU.sub(lambda match: others + match.group(1), output, count=1)


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
