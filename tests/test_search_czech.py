"""The Czech search plugin (overrides/assets/javascripts/lunr/min/lunr.cs.min.js) on a word
list: diacritics folded both ways, common inflected forms stemmed together, host names and
numbers left whole; and real lunr queries with Material's trailing wildcard find them."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from conftest import ROOT

GROUPS = [
    ["nastaveni", "Nastavení", "NASTAVENI", "nastavení"],
    ["heslo", "hesla", "heslem", "HESLO"],
    ["chyba", "chyby", "chybě", "chybu", "CHYBĚ"],
    ["server", "serveru", "serverem", "servery"],
    ["schránka", "schránky", "schranka"],
    ["účet", "ucet"],
    ["přihlášení", "prihlaseni", "PŘIHLÁŠENÍ"],
]
DIFFERENT = [("heslo", "chyba"), ("server", "servis"), ("pošta", "port")]
WHOLE = ["imap.mail.ru", "465", "550", "5.7.0"]


@pytest.fixture(scope="module")
def czech(tmp_path_factory):
    words = [w for group in GROUPS for w in group] + [w for pair in DIFFERENT for w in pair] + WHOLE
    docs = {
        "settings": "Nastavení serverů: imap.mail.ru, port 465",
        "password": "Heslem pro externí aplikace se přihlásíte; bez hesla to nejde",
        "errors": "Chybě 550 rozumíte: NEOBHODIM parol prilozheniya",
        "english": "Settings and passwords",
    }
    queries = ["nastaveni", "NASTAVENÍ", "heslo", "hesla", "chyba", "chyby", "imap.mail.ru", "465", "550", "NEOBHODIM", "xyzzyq"]
    request = tmp_path_factory.mktemp("czech") / "input.json"
    request.write_text(json.dumps({"words": words, "docs": docs, "queries": queries}), encoding="utf-8")
    run = subprocess.run([shutil.which("node") or "node", str(ROOT / "tests" / "support" / "czech_search.cjs"), str(request)],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    return dict(zip(words, answer["stems"])), answer["hits"]


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g[0])
def test_forms_of_a_word_share_one_stem_without_diacritics(czech, group):
    stems, _ = czech
    assert len({stems[w] for w in group}) == 1, {w: stems[w] for w in group}
    assert stems[group[0]].isascii()


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_words_stay_apart(czech, a, b):
    stems, _ = czech
    assert stems[a] != stems[b]


@pytest.mark.parametrize("word", WHOLE)
def test_host_names_and_numbers_stay_whole(czech, word):
    stems, _ = czech
    assert stems[word] == word


@pytest.mark.parametrize(
    "query, found",
    [("nastaveni", ["settings"]), ("NASTAVENÍ", ["settings"]), ("heslo", ["password"]), ("hesla", ["password"]),
     ("chyba", ["errors"]), ("chyby", ["errors"]), ("imap.mail.ru", ["settings"]), ("465", ["settings"]),
     ("550", ["errors"]), ("NEOBHODIM", ["errors"]), ("xyzzyq", [])],
)
def test_queries_with_the_trailing_wildcard_find_their_documents(czech, query, found):
    _, hits = czech
    assert hits[query] == found
