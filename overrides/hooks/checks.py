"""The browser checks: forms on the pages, and the runtime they need in the built site.

Pages write `{{ check settings }}`, `{{ check decode }}` or `{{ check profile }}` on a line of
their own; this hook puts the form there, in the page's language. After the build it places
Pyodide (from the pinned npm package in node_modules/) under assets/pyodide/, once, at the
site's root. The browser runs snippets/mailru from the same download/mailru-check.pyz that
readers run on their computers (checker_download.py). The page itself loads only
assets/javascripts/checks.js; Pyodide is fetched when the reader first uses a check.
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

from mailru import service  # noqa: E402
from mailru.messages import message  # noqa: E402


@event_priority(-50)  # after service_values.py has loaded the source of truth afresh
def on_config(config):
    global service, message
    from mailru import service
    from mailru.messages import message

PYODIDE = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
CHECK = re.compile(r"^(?P<indent>[ \t]*)\{\{\s*check\s+(?P<name>[a-z]+)\s*\}\}[ \t]*$", re.M)
WORDS = ("check.loading", "check.starting", "check.failed", "check.file", "check.catalogue", "check.profile.ready")


def _language(page) -> str:
    return getattr(page.file, "locale", None) or "cs"


def _field(label: str, control: str) -> str:
    return f'<label class="mr-check__field"><span>{html.escape(label)}</span>{control}</label>'


def _select(name: str, options: list[tuple[str, str]]) -> str:
    items = "".join(f'<option value="{html.escape(v)}">{html.escape(t)}</option>' for v, t in options)
    return f'<select name="{name}">{items}</select>'


def _input(name: str, kind: str = "text", extra: str = "") -> str:
    return (f'<input name="{name}" type="{kind}" autocomplete="off" autocapitalize="off" '
            f'spellcheck="false" {extra}>')


def render(name: str, lang: str, page_url: str) -> str:
    m = lambda key: message(lang, key)  # noqa: E731
    root = posixpath.relpath("/", "/" + page_url) if page_url.strip("/") else "."
    prefix = "" if lang == "cs" else f"{lang}/"
    errors = f"{root}/{prefix}errors/"
    if name == "settings":
        protocols = [(p, service.PROTOCOL_LABELS[p]) for p in (service.IMAP, service.POP3, service.SMTP)]
        securities = [(k, v) for k, v in service.SECURITY_LABELS.items()] + [("none", m("check.security.none"))]
        body = "".join([
            _field(m("field.protocol"), _select("protocol", protocols)),
            _field(m("field.host"), _input("host")),
            _field(m("field.port"), _input("port", extra='inputmode="numeric"')),
            _field(m("field.security"), _select("security", securities)),
            _field(m("field.username"), _input("username", "email")),
        ])
        buttons = f'<button type="submit" class="md-button md-button--primary" value="settings">{html.escape(m("check.run"))}</button>'
    elif name == "decode":
        body = _field(m("check.decode.label"), '<textarea name="text" rows="4" spellcheck="false"></textarea>')
        buttons = f'<button type="submit" class="md-button md-button--primary" value="decode">{html.escape(m("check.decode.run"))}</button>'
    elif name == "profile":
        body = _field(m("check.address"), _input("address", "email", f'placeholder="{html.escape(service.EXAMPLE_ADDRESS)}"'))
        # the QR code for the phone, drawn by reader.js: the iPhone guide in this language, the address in its fragment
        qr = (f'<span class="mr-qr" data-qr-page="{root}/{prefix}clients/ios/" hidden>'
              f'<canvas role="img" aria-label="{html.escape(m("qr.label"))}"></canvas>'
              f'<span class="mr-qr__caption">{html.escape(m("qr.caption"))}</span></span>')
        buttons = (f'<button type="submit" class="md-button md-button--primary" value="mobileconfig">{html.escape(m("check.profile.apple"))}</button> '
                   f'<button type="submit" class="md-button" value="autoconfig">{html.escape(m("check.profile.thunderbird"))}</button>{qr}')
    else:
        raise PluginError(f"unknown check {name!r}: settings, decode or profile")
    words = html.escape(json.dumps({k: m(k) for k in WORDS}, ensure_ascii=False))
    return (
        f'<form class="mr-check" data-check="{name}" data-lang="{lang}" data-root="{root}/" data-errors="{errors}" '
        f'data-words="{words}" autocomplete="off" novalidate>'
        f'<p class="mr-check__title"><strong>{html.escape(m(f"check.{name}.title"))}</strong><br>{html.escape(m(f"check.{name}.intro"))}</p>'
        f'<p class="mr-check__nojs">{html.escape(m("check.nojs"))}</p>'
        f'<div class="mr-check__fields">{body}</div>'
        f'<p class="mr-check__buttons">{buttons}</p>'
        f'<div class="mr-check__status" role="status" aria-live="polite" hidden><progress></progress> <span></span></div>'
        f'<div class="mr-check__result" aria-live="polite"></div>'
        f'</form>'
    )


def on_page_markdown(markdown, page, config, files):
    lang = _language(page)
    return CHECK.sub(lambda match: "\n" + render(match.group("name"), lang, page.url) + "\n", markdown)


def on_post_build(config):
    site = Path(config.site_dir)
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "current_language", None) not in (None, i18n.default_language):
        return  # the other languages share the root's assets
    if not all((PYODIDE / name).exists() for name in PYODIDE_FILES):
        raise PluginError("Pyodide is missing from node_modules/: run `npm ci` (./dev serve and ./dev test do it)")
    target = site / "assets" / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        source, copy = PYODIDE / name, target / name
        if not copy.exists() or copy.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, copy)
