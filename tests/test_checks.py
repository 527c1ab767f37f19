"""The browser checks' Python (mailru.checks) gives the expected answers on the host's Python
and, unchanged, in real Pyodide (the pinned npm package, run by Node): the same answers."""

from __future__ import annotations

import json
import os
import plistlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

from support import corpus
import pytest
from conftest import ROOT
from mailru import service
from mailru.checks import run_json

IMAP, SMTP = service.recommended(service.IMAP), service.recommended(service.SMTP)
ALT_SMTP = service.alternative(service.SMTP)
XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>'

# (check, arguments, what the reader must get): each in Czech, English and Russian.
CASES = []
for lang in ("cs", "en", "ru"):
    CASES += [
        ("settings", dict(lang=lang, protocol="imap", host=IMAP.host, port=str(IMAP.port), security="ssl", username="jana.novakova@mail.ru"), {"ok": True}),
        ("settings", dict(lang=lang, protocol="smtp", host=SMTP.host, port=str(ALT_SMTP.port), security="ssl", username="jana"), {"ok": False, "wrong": ["security", "username"]}),
        ("settings", dict(lang=lang, protocol="imap", host="", port="", security="ssl", username=""), {"ok": False, "wrong": ["host", "port", "username"]}),
        ("settings", dict(lang=lang, protocol="imap", host=XSS, port=XSS, security="ssl", username=XSS), {"ok": False, "wrong": ["host", "port", "username"]}),
        ("decode", dict(lang=lang, text="Invalid login: 535 5.7.0 NEOBHODIM parol prilozheniya"), {"first": "app-password-required"}),
        ("decode", dict(lang=lang, text="[SSL: WRONG_VERSION_NUMBER] wrong version number"), {"first": "wrong-security"}),
        ("decode", dict(lang=lang, text=XSS), {"recognised": False}),
        ("decode", dict(lang=lang, text=""), {"recognised": False}),
        ("decode", dict(lang=lang, text="x" * 1_000_000 + " user not found"), {"first": "user-not-found"}),
        ("profile", dict(lang=lang, address="jana@inbox.ru", fmt="mobileconfig"), {"ok": True}),
        ("profile", dict(lang=lang, address="jana@inbox.ru", fmt="autoconfig"), {"ok": True}),
        ("profile", dict(lang=lang, address="jana@gmail.com", fmt="autoconfig"), {"ok": False}),
        ("profile", dict(lang=lang, address=XSS, fmt="mobileconfig"), {"ok": False}),
    ]


# every corpus text (tests/support/corpus/): the browser's Python must answer exactly as the host's
for entry in corpus.entries():
    expect = {"first_in": entry["ids"]} if entry["ids"] else {"recognised": False}
    if corpus.known_miss(entry):  # the fresh set's few misses: the browser answers as the host does
        now = corpus.known_miss(entry)[0]
        expect = {"first_in": now[:1]} if now else {"recognised": False}
    CASES.append(("decode", dict(lang=entry["lang"], text=entry["text"]), expect))
CASES.append(("decode", dict(lang="en", text="x " * 1_100_000 + "\n535 5.7.8 Error: authentication failed"), {"first": "authentication-failed"}))


def check_expectation(name, args, expect, result):
    if name == "settings":
        assert result["ok"] is expect["ok"]
        assert [f["field"] for f in result["fields"] if not f["ok"]] == expect.get("wrong", [])
        assert all(f["text"] and f["label"] for f in result["fields"])
    elif name == "decode":
        if "first_in" in expect:
            assert result["recognised"] and result["entries"][0]["id"] in expect["first_in"], (args["text"][:80], result["entries"])
            assert all(entry["words"] for entry in result["entries"])
        elif "first" in expect:
            assert result["recognised"] and result["entries"][0]["id"] == expect["first"]
            title, cause = result["entries"][0]["title"], result["entries"][0]["cause"]
            assert title and cause
        else:
            assert not result["recognised"] and result["message"]
    else:
        assert result["ok"] is expect["ok"]
        if result["ok"] and args["fmt"] == "mobileconfig":
            account = plistlib.loads(result["content"].encode())["PayloadContent"][0]
            assert account["IncomingMailServerHostName"] == IMAP.host
        elif result["ok"]:
            assert ET.fromstring(result["content"]).find("emailProvider/outgoingServer/port").text == str(SMTP.port)
        else:
            assert result["message"]


@pytest.mark.parametrize("name, args, expect", CASES, ids=[f"{c[0]}-{c[1]['lang']}-{i}" for i, c in enumerate(CASES)])
def test_host_python_gives_the_expected_answer(name, args, expect):
    check_expectation(name, args, expect, json.loads(run_json(name, json.dumps(args))))


def test_the_languages_answers_differ_only_in_words():
    for name, args, _ in CASES[:13]:  # the first language's hand-written cases
        czech = json.loads(run_json(name, json.dumps(args)))
        for lang in ("en", "ru"):
            other = json.loads(run_json(name, json.dumps(dict(args, lang=lang))))
            assert czech.keys() == other.keys()
            assert czech.get("ok") == other.get("ok") and czech.get("recognised") == other.get("recognised")


def run_in_pyodide(tmp_path_factory, site, *options) -> dict:
    """Every case, with the checks imported from the built site's checker archive, as the browser does."""
    node = shutil.which("node")
    assert node, "Node is needed to run Pyodide"
    cases = tmp_path_factory.mktemp("cases") / "cases.json"
    cases.write_text(json.dumps([[name, args] for name, args, _ in CASES]))
    archive = site / "download" / "mailru-check.pyz"
    run = subprocess.run([node, str(ROOT / "tests" / "support" / "pyodide_run.mjs"), str(cases), str(archive), *options], capture_output=True,
                         text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def pyodide_results(tmp_path_factory, built_site):
    """Every case in Pyodide with its whole standard library, and the import trace of the run."""
    return run_in_pyodide(tmp_path_factory, built_site)


def served_stdlib(built_site) -> bytes:
    """The trimmed standard library the built site serves, unpacked as the worker unpacks it."""
    import lzma

    [packed] = (built_site / "assets" / "pyodide").glob("*/stdlib-*.zip.xz")
    return lzma.decompress(packed.read_bytes())


@pytest.fixture(scope="module")
def trimmed_results(tmp_path_factory, built_site):
    """Every case in Pyodide on the trimmed, compiled standard library the built site serves."""
    stdlib = tmp_path_factory.mktemp("stdlib") / "stdlib.zip"
    stdlib.write_bytes(served_stdlib(built_site))
    return run_in_pyodide(tmp_path_factory, built_site, "--stdlib", str(stdlib))


def test_pyodide_runs_python_3_14(pyodide_results):
    assert pyodide_results["version"].startswith("3.14"), pyodide_results["version"]


def test_pyodide_gives_the_same_answers_as_the_host(pyodide_results):
    assert len(pyodide_results["results"]) == len(CASES)
    for (name, args, expect), result in zip(CASES, pyodide_results["results"]):
        check_expectation(name, args, expect, result)
        assert result == json.loads(run_json(name, json.dumps(args))), (name, args)


STDLIB_LIST = ROOT / "overrides" / "hooks" / "stdlib-modules.txt"


def listed_modules() -> tuple[list[str], set[str]]:
    """(the files the trimmed standard library holds, those left out as imported only if present)."""
    lines = STDLIB_LIST.read_text().splitlines()
    optional = {name for line in lines if line.startswith("#   ") for name in line[1:].split()}
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")], optional


def test_the_trimmed_standard_library_is_exactly_what_the_checks_import(pyodide_results):
    listed, optional = listed_modules()
    assert optional <= set(pyodide_results["modules"]), "a module left out is no longer imported at all: drop it from the list"
    traced = sorted(set(pyodide_results["modules"]) - optional)
    if os.environ.get("MAILRU_UPDATE_STDLIB") and listed != traced:
        header = [line for line in STDLIB_LIST.read_text().splitlines() if line.startswith("#")]
        STDLIB_LIST.write_text("\n".join(header + traced) + "\n")
        listed = traced
    assert listed == traced, {"imported, not listed": sorted(set(traced) - set(listed)),
                              "listed, not imported": sorted(set(listed) - set(traced))}


def test_the_trimmed_standard_library_gives_the_same_answers(pyodide_results, trimmed_results):
    """The site's trimmed, compiled standard library (with the modules left out really absent)
    answers every case exactly as the whole one does."""
    assert trimmed_results["results"] == pyodide_results["results"]
    assert trimmed_results["version"] == pyodide_results["version"]
    assert not set(trimmed_results["modules"]) & listed_modules()[1], "a module left out was found after all"


def test_the_trimmed_standard_library_is_compiled_by_this_pyodide(built_site):
    import importlib.util
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(served_stdlib(built_site))) as archive:
        names = archive.namelist()
        assert names == sorted(name[:-3] + ".pyc" for name in listed_modules()[0])
        magic = {archive.read(name)[:4] for name in names}
    [number] = {int.from_bytes(m[:2], "little") for m in magic}
    # Python 3.14's magic numbers are 3600-3699 (importlib/_bootstrap_external.py); the host's 3.11 uses 3495
    assert 3600 <= number < 3700 and magic != {importlib.util.MAGIC_NUMBER}, number


# ---- the runtime as the built site serves it ------------------------------------------------------

def built_worker_settings(built_site) -> dict:
    import re

    text = (built_site / "assets" / "javascripts" / "checks-worker.mjs").read_text(encoding="utf-8")
    return json.loads(re.search(r"^const BUILD = (.*);$", text, re.M).group(1))


def after_intent_files(built_site) -> list:
    """Every file the checks' worker fetches after the reader's intent, as the built site holds it."""
    settings = built_worker_settings(built_site)
    folder = built_site / "assets" / "pyodide" / json.loads((ROOT / "node_modules/pyodide/package.json").read_text())["version"]
    files = settings["files"]
    names = [files[name]["url"] for name in ("pyodide.asm.mjs", "pyodide.asm.wasm", settings["stdlib"])]
    return ([built_site / "assets" / "javascripts" / "checks-worker.mjs", folder / "pyodide.mjs", folder / settings["decoder"],
             built_site / "download" / "mailru-check.pyz"] + [folder / name for name in names])


def test_pyodide_is_served_compressed_and_unpacks_to_the_pinned_files(built_site):
    """The big files travel as xz (with a CRC32 of their content, so damage is named), unpack to
    exactly the pinned npm package's files, and have the sizes the worker checks; nothing raw of them
    is published beside them."""
    import lzma

    settings = built_worker_settings(built_site)
    folder = after_intent_files(built_site)[1].parent
    for name in ("pyodide.asm.mjs", "pyodide.asm.wasm"):
        entry = settings["files"][name]
        packed = (folder / entry["url"]).read_bytes()
        assert entry["url"] == f"{name}.xz" and len(packed) == entry["size"]
        assert packed[:6] == b"\xfd7zXZ\x00" and packed[7] == lzma.CHECK_CRC32
        assert lzma.decompress(packed) == (ROOT / "node_modules" / "pyodide" / name).read_bytes()
        assert entry["raw"] == (ROOT / "node_modules" / "pyodide" / name).stat().st_size
        assert not (folder / name).exists(), f"{name} is published uncompressed too"
    stdlib = settings["files"][settings["stdlib"]]
    assert len(served_stdlib(built_site)) == stdlib["raw"] and (folder / stdlib["url"]).stat().st_size == stdlib["size"]
    assert settings["files"]["mailru-check.pyz"]["size"] == (built_site / "download" / "mailru-check.pyz").stat().st_size


def test_the_checks_page_says_how_much_is_downloaded(built_site):
    """The download size on /checks/ and in the forms' loading message is the sum of the files the
    worker fetches after the reader's intent, as this build wrote them (within 3.8 MB, issue 22)."""
    import html

    total = sum(path.stat().st_size for path in after_intent_files(built_site))
    assert total <= 3_800_000, total
    comma = f"{total / 1e6:.1f}".replace(".", ",")
    for lang, prefix, size in (("cs", "", f"{comma}\u00a0MB"), ("en", "en/", f"{total / 1e6:.1f}\u00a0MB"), ("ru", "ru/", f"{comma}\u00a0МБ")):
        page = html.unescape((built_site / prefix / "checks" / "index.html").read_text(encoding="utf-8"))
        assert f"(Pyodide, {size})" in page, (lang, size)
        assert f"{size})…" in page  # the loading message the forms carry
        assert not re.search(r"(?<![\d,.])5 (MB|МБ)", page.replace("\u00a0", " "))  # no size typed by hand
