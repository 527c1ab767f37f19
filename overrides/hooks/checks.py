"""The browser checks: forms on the pages, and the runtime they need in the built site.

Pages write `{{ check settings }}`, `{{ check decode }}` or `{{ check profile }}` on a line of
their own; this hook puts the form there, in the page's language. A form cannot send anything
anywhere: no action, method="dialog" (forms.py gives it to every form on the site) and buttons
that stay disabled until assets/javascripts/checks.js takes them over.

After the build it places the runtime, once, at the site's root:
- Pyodide from the pinned npm package (node_modules/pyodide) under assets/pyodide/VERSION/ (a
  versioned folder, so a host may cache it for good);
- beside it the trimmed standard library: the modules listed in stdlib-modules.txt, compiled to
  .pyc inside Pyodide itself (pyodide_stdlib.mjs, under Node), cached in node_modules/.cache;
- assets/javascripts/checks-worker.mjs with its BUILD settings written in: where all that is, the
  size of each big file (to tell a broken download), and the lock file's contents inline.
The browser runs snippets/mailru from the same download/mailru-check.pyz that readers run on
their computers (checker_download.py). The page loads only checks.js; Pyodide is fetched when
the reader shows intent to use a check.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import re
import shutil
import subprocess
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
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
HOOKS = Path(__file__).resolve().parent
STDLIB_LIST = HOOKS / "stdlib-modules.txt"
STDLIB_SCRIPT = HOOKS / "pyodide_stdlib.mjs"
WORKER = HOOKS.parent / "assets" / "javascripts" / "checks-worker.mjs"
CHECKER = "download/mailru-check.pyz"
BUILD_LINE = re.compile(r"^const BUILD = .*;$", re.M)
CHECK = re.compile(r"^(?P<indent>[ \t]*)\{\{\s*check\s+(?P<name>[a-z]+)\s*\}\}[ \t]*$", re.M)
WORDS = ("check.loading", "check.starting", "check.failed.download", "check.failed.start", "check.failed.timeout",
         "check.why.network", "check.why.incomplete", "check.why.stalled", "check.file", "check.catalogue", "check.profile.ready")


def pyodide_version() -> str:
    try:
        return json.loads((PYODIDE / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError) as error:
        raise PluginError("Pyodide is missing from node_modules/: run `npm ci` (./dev serve and ./dev test do it)") from error


def build_id() -> str:
    """Changes whenever what the browser runs changes: pages then use a new shared worker."""
    digest = hashlib.sha256(pyodide_version().encode())
    for path in [STDLIB_LIST, STDLIB_SCRIPT, WORKER, *sorted((ROOT / "snippets" / "mailru").glob("*.py"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


BUILD_ID = ""


@event_priority(-60)
def on_pre_build(config):
    """Check the runtime is there before anything is written, so a failed build leaves no half a site."""
    global BUILD_ID
    missing = [name for name in PYODIDE_FILES if not (PYODIDE / name).exists()]
    if missing:
        raise PluginError(f"Pyodide is missing from node_modules/ ({', '.join(missing)}): run `npm ci` (./dev serve and ./dev test do it)")
    if not shutil.which("node"):
        raise PluginError("Node.js is needed to build the site (it compiles the checks' standard library inside Pyodide)")
    BUILD_ID = build_id()


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
        buttons = f'<button type="submit" class="md-button md-button--primary" value="settings" disabled>{html.escape(m("check.run"))}</button>'
    elif name == "decode":
        body = _field(m("check.decode.label"), '<textarea name="text" rows="4" spellcheck="false"></textarea>')
        buttons = f'<button type="submit" class="md-button md-button--primary" value="decode" disabled>{html.escape(m("check.decode.run"))}</button>'
    elif name == "profile":
        body = _field(m("check.address"), _input("address", "email", f'placeholder="{html.escape(service.EXAMPLE_ADDRESS)}"'))
        # the QR code for the phone, drawn by reader.js: the language's home page, the address in its fragment
        qr = (f'<span class="mr-qr" hidden>'
              f'<canvas role="img" aria-label="{html.escape(m("qr.label"))}"></canvas>'
              f'<span class="mr-qr__caption">{html.escape(m("qr.caption"))}</span></span>')
        buttons = (f'<button type="submit" class="md-button md-button--primary" value="mobileconfig" disabled>{html.escape(m("check.profile.apple"))}</button> '
                   f'<button type="submit" class="md-button" value="autoconfig" disabled>{html.escape(m("check.profile.thunderbird"))}</button>{qr}')
    else:
        raise PluginError(f"unknown check {name!r}: settings, decode or profile")
    words = html.escape(json.dumps({k: m(k) for k in WORDS}, ensure_ascii=False))
    return (
        f'<form class="mr-check" data-check="{name}" data-lang="{lang}" data-root="{root}/" '
        f'data-errors="{errors}" data-build="{BUILD_ID}" data-words="{words}" autocomplete="off" novalidate>'
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


def trimmed_stdlib() -> Path:
    """The compiled, trimmed standard library for the pinned Pyodide (made once, then cached)."""
    key = hashlib.sha256(pyodide_version().encode() + STDLIB_LIST.read_bytes() + STDLIB_SCRIPT.read_bytes()).hexdigest()[:16]
    cached = PYODIDE.parent / ".cache" / "mailru-stdlib" / f"{key}.zip"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".part")
        run = subprocess.run(["node", str(STDLIB_SCRIPT), str(PYODIDE), str(STDLIB_LIST), str(partial)],
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            raise PluginError(f"compiling the standard library inside Pyodide failed:\n{run.stderr[-2000:]}")
        partial.rename(cached)
    return cached


def on_post_build(config):
    # after every language's build: each one copies the theme's assets (the worker among them) again
    site = Path(config.site_dir)
    version = pyodide_version()
    target = site / "assets" / "pyodide" / version
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        source, copy = PYODIDE / name, target / name
        if not copy.exists() or copy.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, copy)
    stdlib = trimmed_stdlib()
    stdlib_name = f"stdlib-{hashlib.sha256(stdlib.read_bytes()).hexdigest()[:10]}.zip"
    shutil.copyfile(stdlib, target / stdlib_name)
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    settings = {
        "pyodide": f"../pyodide/{version}/",
        "stdlib": stdlib_name,
        "full": "python_stdlib.zip",
        "checker": f"../../{CHECKER}",
        "sizes": {name: (target / name).stat().st_size for name in ("pyodide.asm.wasm", stdlib_name, "python_stdlib.zip")},
        "lock": {"info": lock["info"], "packages": {}},
    }
    worker = site / "assets" / "javascripts" / "checks-worker.mjs"
    text, found = BUILD_LINE.subn(f"const BUILD = {json.dumps(settings, separators=(',', ':'))};", worker.read_text(encoding="utf-8"), 1)
    if not found:
        raise PluginError(f"{worker}: no `const BUILD = …;` line to write the settings into")
    worker.write_text(text, encoding="utf-8")
