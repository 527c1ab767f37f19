"""The three checks as the reader sees them, in their language: settings, error decoder, files.

Each returns plain data (dicts of strings and booleans) built from the pure functions and
the message table; the command line prints them, the browser (Pyodide) draws them as text.
"""

from __future__ import annotations

import json

from . import service
from .diagnose import QUESTIONS, decode, words
from .messages import catalogue_entry, language, message
from .profiles import NotMailruAddress, autoconfig, mobileconfig
from .verify import check_settings, settings_ok


def settings_report(lang: str, protocol, host, port, security, username=None) -> dict:
    lang = language(lang)
    findings = check_settings(protocol, host, port, security, username)
    ok = settings_ok(findings)
    return {
        "ok": ok,
        "summary": message(lang, "settings-all-ok" if ok else "settings-fix"),
        "fields": [
            {
                "field": f.field,
                "label": message(lang, "field." + f.field),
                "ok": f.ok,
                "code": f.code,
                "text": message(lang, f.code, given=f.given, expected=f.expected),
            }
            for f in findings
        ],
    }


def questions(lang: str) -> list[dict]:
    """For a text that was not recognised: the questions that tell the entries apart, each answer
    with the entries it leads to (id and title), the likeliest first."""
    return [{"question": message(lang, f"explain-question.{question}"),
             "answers": [{"answer": message(lang, f"explain-answer.{answer}"),
                          "entries": [{"id": entry_id, "title": catalogue_entry(lang, entry_id)[0]} for entry_id in ids]}
                         for answer, ids in answers]}
            for question, answers in QUESTIONS]


def decode_report(lang: str, text) -> dict:
    """Entries best first, each with the pasted text's own words that led to it (plain text, never
    markup), a sentence when one wording covers two causes, and whether a long text was cut; for a
    text that was not recognised, the questions that lead to the right entry."""
    lang = language(lang)
    text = str(text or "")
    if not text.strip():
        return {"recognised": False, "message": message(lang, "explain-empty"), "entries": [], "questions": []}
    found, whole = decode(text)
    cut = "" if whole else message(lang, "explain-cut")
    entries = []
    for match in found:
        title, cause = catalogue_entry(lang, match.id)
        note = message(lang, "explain-both." + match.note) if match.note else ""
        entries.append({"id": match.id, "title": title, "cause": cause, "words": words(text, match), "note": note})
    report = {"recognised": bool(entries), "entries": entries, "cut": cut, "words_label": message(lang, "explain-words"),
              "message": message(lang, "explain-best" if entries else "explain-unknown-short"),
              "questions": [] if entries else questions(lang), "questions_label": message(lang, "explain-questions")}
    return report


FILES = {
    "autoconfig": ("config-v1.1.xml", "application/xml"),
    "mobileconfig": ("mailru-{local}.mobileconfig", "application/x-apple-aspen-config"),
}


def profile_file(lang: str, address, fmt: str) -> dict:
    lang = language(lang)
    address = str(address or "")
    try:
        content = autoconfig(address) if fmt == "autoconfig" else mobileconfig(address, lang).decode("utf-8")
    except NotMailruAddress as refused:
        text = message(lang, refused.code, given=refused.shown, expected=", ".join(service.DOMAINS))
        return {"ok": False, "message": text}
    name, mime = FILES[fmt]
    local = "".join(c if c.isalnum() or c in "._-" else "-" for c in address.split("@")[0])
    return {"ok": True, "filename": name.format(local=local), "mime": mime, "content": content}


def run_json(name: str, args_json: str) -> str:
    """The browser's single entry point: a check's name and its arguments as JSON, the result as JSON."""
    checks = {"settings": settings_report, "decode": decode_report, "profile": profile_file}
    return json.dumps(checks[name](**json.loads(args_json)), ensure_ascii=False)
