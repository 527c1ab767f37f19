"""The browser checks: forms on the pages, and the runtime they need in the built site.

Pages write `{{ check settings }}`, `{{ check decode }}` or `{{ check profile }}` on a line of
their own; this hook puts the form there, in the page's language. A form cannot send anything
anywhere: no action, method="dialog" (forms.py gives it to every form on the site) and buttons
that stay disabled until assets/javascripts/checks.js takes them over.

After the build it places the runtime, once, at the site's root:
- Pyodide from the pinned npm package (node_modules/pyodide) under assets/pyodide/VERSION/ (a
  versioned folder, so a host may cache it for good), its big files already compressed with xz
  (`pyodide.asm.wasm.xz`, `pyodide.asm.mjs.xz`): whatever the host does, a reader downloads the
  same few bytes, and the worker unpacks them with xz-decompress (npm, pinned), copied beside them
  as an ES module. A host that compresses nothing sends them as they are; one that compresses
  again gains and loses nothing; no host re-labels a `.xz` file as something to decode itself;
- beside it the trimmed standard library: the modules listed in stdlib-modules.txt, compiled to
  .pyc inside Pyodide itself (pyodide_stdlib.mjs, under Node), stored in one zip compressed as
  one xz stream; everything compressed is cached in node_modules/.cache;
- assets/javascripts/checks-worker.mjs with its BUILD settings written in: where all that is, the
  size of each file before and after unpacking (to tell a broken download), and the lock file's
  contents inline.
Pages say how much the checks download with `{{ checks_download }}`: the sum of the files the
worker fetches after the reader's intent, measured from the files this build writes.
The browser runs snippets/mailru from the same download/mailru-check.pyz that readers run on
their computers (checker_download.py). The page loads only checks.js; Pyodide is fetched when
the reader shows intent to use a check.
"""

from __future__ import annotations

import hashlib
import html
import json
import lzma
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
# Pyodide's files served compressed (what the worker hands Pyodide: the name it asks for, and the type)
COMPRESSED = {"pyodide.asm.mjs": "text/javascript", "pyodide.asm.wasm": "application/wasm"}
DECODER = ROOT / "node_modules" / "xz-decompress"
HOOKS = Path(__file__).resolve().parent
STDLIB_LIST = HOOKS / "stdlib-modules.txt"
STDLIB_SCRIPT = HOOKS / "pyodide_stdlib.mjs"
WORKER = HOOKS.parent / "assets" / "javascripts" / "checks-worker.mjs"
CHECKER = "download/mailru-check.pyz"
BUILD_LINE = re.compile(r"^const BUILD = .*;$", re.M)
CHECK = re.compile(r"^(?P<indent>[ \t]*)\{\{\s*check\s+(?P<name>[a-z]+)\s*\}\}[ \t]*$", re.M)
WORDS = ("check.loading", "check.starting", "check.failed.download", "check.failed.start", "check.failed.timeout",
         "check.failed.host", "check.failed.damaged", "check.why.network", "check.why.incomplete", "check.why.stalled",
         "check.why.page", "check.why.damaged", "check.file", "check.catalogue", "check.profile.ready")
SIZE_MACRO = re.compile(r"\{\{\s*checks_download\s*\}\}")


def pyodide_version() -> str:
    try:
        return json.loads((PYODIDE / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError) as error:
        raise PluginError("Pyodide is missing from node_modules/: run `npm ci` (./dev serve and ./dev test do it)") from error


def build_id() -> str:
    """Changes whenever what the browser runs changes: pages then use a new shared worker."""
    digest = hashlib.sha256(pyodide_version().encode())
    for path in [STDLIB_LIST, STDLIB_SCRIPT, WORKER, Path(__file__), *sorted((ROOT / "snippets" / "mailru").glob("*.py"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


BUILD_ID = ""
RUNTIME: dict = {}  # what on_post_build writes: {"files": {served name: source path}, "worker": text, "bytes": int}


@event_priority(-60)
def on_pre_build(config):
    """Check the runtime is there and prepare it before anything is written, so a failed build leaves
    no half a site, and the pages can say how much it weighs."""
    global BUILD_ID, RUNTIME
    missing = [name for name in PYODIDE_FILES if not (PYODIDE / name).exists()]
    if missing:
        raise PluginError(f"Pyodide is missing from node_modules/ ({', '.join(missing)}): run `npm ci` (./dev serve and ./dev test do it)")
    if not (DECODER / "dist" / "package" / "xz-decompress.min.js").exists():
        raise PluginError("xz-decompress is missing from node_modules/: run `npm ci` (./dev serve and ./dev test do it)")
    if not shutil.which("node"):
        raise PluginError("Node.js is needed to build the site (it compiles the checks' standard library inside Pyodide)")
    BUILD_ID = build_id()
    RUNTIME = runtime(config)


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
    words = {k: m(k) for k in WORDS} | {"check.loading": message(lang, "check.loading", expected=download_size(lang))}
    words = html.escape(json.dumps(words, ensure_ascii=False))
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


def download_size(lang: str) -> str:
    """What the checks download after the reader's intent, in MB as the page's language writes it."""
    number = f"{RUNTIME['bytes'] / 1e6:.1f}"
    if lang in ("cs", "ru"):  # a decimal comma; Russian writes the unit in Cyrillic
        number = number.replace(".", ",")
    return f"{number}\u00a0{'МБ' if lang == 'ru' else 'MB'}"


def on_page_markdown(markdown, page, config, files):
    lang = _language(page)
    markdown = SIZE_MACRO.sub(lambda _: download_size(lang), markdown)
    return CHECK.sub(lambda match: "\n" + render(match.group("name"), lang, page.url) + "\n", markdown)


def trimmed_stdlib() -> Path:
    """The compiled, trimmed standard library for the pinned Pyodide, a stored zip (made once, then cached)."""
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


def xz(data: bytes) -> bytes:
    """The strongest xz the worker's decoder reads: LZMA2 at preset 9e, a CRC32 of the content (so
    damaged bytes are named), and a dictionary just large enough for the file (the decoder
    allocates what the header asks for)."""
    size = next(s for n in range(12, 31) for s in (2 ** n, 3 * 2 ** (n - 1)) if s >= len(data))
    return lzma.compress(data, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32,
                         filters=[{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": size}])


def compressed(source: Path) -> Path:
    """source compressed with xz() (made once, then cached by content)."""
    data = source.read_bytes()
    cached = PYODIDE.parent / ".cache" / "mailru-xz" / f"{hashlib.sha256(data).hexdigest()[:20]}.xz"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".part")
        partial.write_bytes(xz(data))
        partial.rename(cached)
    return cached


def decoder_module() -> str:
    """xz-decompress (UMD, as npm ships it, with its licence header) wrapped as an ES module."""
    package = json.loads((DECODER / "package.json").read_text())
    code = (DECODER / "dist" / "package" / "xz-decompress.min.js").read_text(encoding="utf-8")
    return (f"// xz-decompress {package['version']} (npm, {package['license']}), wrapped as an ES module by "
            "overrides/hooks/checks.py:\n// it unpacks the site's compressed Pyodide in checks-worker.mjs.\n"
            "const module = { exports: {} }; const exports = module.exports; const require = () => globalThis;\n"
            f"{code}\nexport const XzReadableStream = module.exports.XzReadableStream;\n")


def runtime(config) -> dict:
    """The files the checks need in the built site and the worker that knows them: every size the
    worker checks, and the sum of what it downloads (what the pages say)."""
    import importlib.util

    version = pyodide_version()
    stdlib = trimmed_stdlib()
    stdlib_name = f"stdlib-{hashlib.sha256(stdlib.read_bytes()).hexdigest()[:10]}.zip"
    decoder_name = f"xz-decompress-{json.loads((DECODER / 'package.json').read_text())['version']}.mjs"
    decoder = decoder_module().encode()
    sources = {name: PYODIDE / name for name in COMPRESSED} | {stdlib_name: stdlib}
    files = {"pyodide.mjs": PYODIDE / "pyodide.mjs", "python_stdlib.zip": PYODIDE / "python_stdlib.zip", decoder_name: decoder}
    entries = {}
    for name, source in sources.items():
        packed = compressed(source)
        files[f"{name}.xz"] = packed
        entries[name] = {"url": f"{name}.xz", "size": packed.stat().st_size, "raw": source.stat().st_size,
                         "type": COMPRESSED.get(name, "application/zip")}
    full = (PYODIDE / "python_stdlib.zip").stat().st_size
    entries["python_stdlib.zip"] = {"url": "python_stdlib.zip", "size": full, "raw": full, "type": "application/zip"}
    # the checker archive exactly as checker_download.py builds it for this site
    spec = importlib.util.spec_from_file_location("mailru_checker_download", HOOKS / "checker_download.py")
    checker_download = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker_download)
    checker = len(checker_download.checker_archive(config.site_url))
    entries["mailru-check.pyz"] = {"url": f"../../../{CHECKER}", "size": checker, "raw": checker, "type": "application/zip"}
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    settings = {
        "pyodide": f"../pyodide/{version}/",
        "decoder": decoder_name,
        "stdlib": stdlib_name,
        "full": "python_stdlib.zip",
        "files": entries,
        "lock": {"info": lock["info"], "packages": {}},
    }
    text, found = BUILD_LINE.subn(f"const BUILD = {json.dumps(settings, separators=(',', ':'))};", WORKER.read_text(encoding="utf-8"), 1)
    if not found:
        raise PluginError(f"{WORKER}: no `const BUILD = …;` line to write the settings into")
    # after the reader's intent: the worker, Pyodide's loader, the decoder, the three compressed files, the checker
    fetched = [len(text.encode()), (PYODIDE / "pyodide.mjs").stat().st_size, len(decoder), checker,
               *(entries[name]["size"] for name in sources)]
    return {"dir": f"assets/pyodide/{version}", "files": files, "worker": text, "bytes": sum(fetched)}


def on_post_build(config):
    # after every language's build: each one copies the theme's assets (the worker among them) again
    site = Path(config.site_dir)
    target = site / RUNTIME["dir"]
    target.mkdir(parents=True, exist_ok=True)
    for name, source in RUNTIME["files"].items():
        copy = target / name
        if isinstance(source, bytes):
            copy.write_bytes(source)
        elif not copy.exists() or copy.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, copy)
    (site / "assets" / "javascripts" / "checks-worker.mjs").write_text(RUNTIME["worker"], encoding="utf-8")
