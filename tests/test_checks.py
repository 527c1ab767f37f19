"""The browser checks' Python (mailru.checks) gives the expected answers on the host's Python
and, unchanged, in real Pyodide (the pinned npm package, run by Node): the same answers."""

from __future__ import annotations

import json
import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET

import corpus
import pytest
from conftest import ROOT
from mailru import service
from mailru.checks import run_json

IMAP, SMTP = service.recommended(service.IMAP), service.recommended(service.SMTP)
ALT_SMTP = service.alternative(service.SMTP)
XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>'

# (check, arguments, what the reader must get): each in Czech and English.
CASES = []
for lang in ("cs", "en"):
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


# every corpus text (tests/corpus/): the browser's Python must answer exactly as the host's
for entry in corpus.entries():
    expect = {"first_in": entry["ids"]} if entry["ids"] else {"recognised": False}
    CASES.append(("decode", dict(lang="cs" if entry["lang"] == "cs" else "en", text=entry["text"]), expect))
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


def test_czech_and_english_answers_differ_only_in_words():
    for name, args, _ in CASES[:13]:  # the first language's hand-written cases
        czech = json.loads(run_json(name, json.dumps(args)))
        english = json.loads(run_json(name, json.dumps(dict(args, lang="en"))))
        assert czech.keys() == english.keys()
        assert czech.get("ok") == english.get("ok") and czech.get("recognised") == english.get("recognised")


@pytest.fixture(scope="module")
def pyodide_results(tmp_path_factory):
    node = shutil.which("node")
    assert node, "Node is needed to run Pyodide"
    cases = tmp_path_factory.mktemp("cases") / "cases.json"
    cases.write_text(json.dumps([[name, args] for name, args, _ in CASES]))
    run = subprocess.run([node, str(ROOT / "tests" / "pyodide_run.mjs"), str(cases)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_pyodide_runs_python_3_14(pyodide_results):
    assert pyodide_results["version"].startswith("3.14"), pyodide_results["version"]


def test_pyodide_gives_the_same_answers_as_the_host(pyodide_results):
    assert len(pyodide_results["results"]) == len(CASES)
    for (name, args, expect), result in zip(CASES, pyodide_results["results"]):
        check_expectation(name, args, expect, result)
        assert result == json.loads(run_json(name, json.dumps(args))), (name, args)
