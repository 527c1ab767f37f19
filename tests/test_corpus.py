"""The error decoder on what real mail programs show (tests/support/corpus/): Thunderbird's strings read
from the installed packages, other programs' texts cited in entries.json, Mail.ru's own replies
and real texts that are none of the catalogue's entries.

Honest generalisation: a fixed random third (corpus.SEED) is held out; patterns were tuned only
on the other two thirds. BEFORE is what the decoder of commit 1c3db3d recognised on the held-out
third, measured with this corpus before any pattern changed (tests/support/corpus_report.py --held-out).
"""

from __future__ import annotations

from collections import Counter

from support import corpus
import pytest
from support.corpus import thunderbird
from mailru.diagnose import diagnose
from mailru.service import ERROR_IDS

# held-out third, decoder of 1c3db3d: language -> (recognised, positives)
BEFORE = {"cs": (10, 20), "en": (26, 43), "ru": (3, 18)}
# the same third after tuning on the other two thirds, before the held-out misses were looked at
AFTER_TUNING = {"cs": (18, 20), "en": (43, 43), "ru": (17, 18)}
GOAL = 0.95
# catalogue ids with no real text in that language (no public source found; see CONTRIBUTING.md)
NO_SOURCE = {("account-disabled", "cs"), ("account-disabled", "en"), ("account-disabled", "ru")}
# entries added by issue 19 whose programs' wordings the corpus does not hold yet: their server replies and
# titles are tested in test_diagnose.py (pop3-folders-hidden is a symptom; no program reports it as an error)
NO_SOURCE |= {(entry_id, lang) for entry_id in ("sender-mismatch", "pop3-folders-hidden") for lang in corpus.LANGS}

try:
    ENTRIES, MISSING = corpus.entries(), None
except thunderbird.MissingString as missing:
    ENTRIES, MISSING = [], str(missing)


def found_ids(text: str) -> list[str]:
    return [m.id for m in diagnose(text)]


def test_thunderbird_strings_are_all_in_the_installed_packages():
    assert MISSING is None, MISSING
    # every template in three languages, less the few whose words another template already gave
    assert sum(e["program"] == "Thunderbird" for e in ENTRIES) >= 3 * len(thunderbird.TEMPLATES) - 3


def test_a_vanished_thunderbird_string_is_named():
    with pytest.raises(thunderbird.MissingString, match="noSuchStringId"):
        thunderbird.string("cs", "messenger.properties", "noSuchStringId")


def test_thunderbird_templates_are_filled():
    for entry in ENTRIES:
        if entry["program"] == "Thunderbird":
            assert "%S" not in entry["text"] and "%1$S" not in entry["text"] and "{ $" not in entry["text"], entry


def test_the_corpus_is_large_cited_and_in_three_languages():
    positives = [e for e in ENTRIES if e["ids"]]
    negatives = [e for e in ENTRIES if not e["ids"]]
    assert len(positives) >= 150 and len(negatives) >= 20, (len(positives), len(negatives))
    for entry in ENTRIES:
        assert entry["lang"] in corpus.LANGS and entry["program"] and entry["source"] and entry["text"].strip(), entry
        assert set(entry["ids"]) <= set(ERROR_IDS), entry
    covered = {(e["ids"][0], e["lang"]) for e in positives}
    wanted = {(entry_id, lang) for entry_id in ERROR_IDS for lang in corpus.LANGS} - NO_SOURCE
    assert wanted <= covered, sorted(wanted - covered)
    assert len({(e["program"], e["text"]) for e in ENTRIES}) == len(ENTRIES), "duplicate entries"


def test_the_held_out_third_is_fixed_and_about_a_third():
    held = [e for e in ENTRIES if corpus.held_out(e)]
    assert 0.25 < len(held) / len(ENTRIES) < 0.42
    assert [corpus.held_out(e) for e in ENTRIES] == [corpus.held_out(dict(e)) for e in ENTRIES]
    assert Counter(e["lang"] for e in held).keys() == set(corpus.LANGS)


def test_held_out_recognition_reaches_the_goal_in_every_language():
    held = [e for e in ENTRIES if corpus.held_out(e) and e["ids"]]
    now = {}
    for lang in corpus.LANGS:
        mine = [e for e in held if e["lang"] == lang]
        now[lang] = (sum(corpus.passes(e, found_ids(e["text"])) for e in mine), len(mine))
    print("held-out recognition before:", BEFORE, "after tuning:", AFTER_TUNING, "now:", now)
    for lang, (ok, total) in now.items():
        assert ok / total >= GOAL, (lang, now[lang], "before", BEFORE[lang])


def test_at_most_one_false_positive_among_the_negatives():
    claimed = [(e["text"][:80], found_ids(e["text"])) for e in ENTRIES if not e["ids"] and found_ids(e["text"])]
    assert len(claimed) <= 1, claimed


def test_a_wrong_first_answer_fails_an_entry():
    entry = {"ids": ["wrong-security"], "text": "x"}
    assert corpus.passes(entry, ["wrong-security", "connection-failed"])
    assert not corpus.passes(entry, ["connection-failed", "wrong-security"])
    assert not corpus.passes(entry, [])
    assert not corpus.passes({"ids": []}, ["spam-rejected"])


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{i}-{e['program'].split()[0]}-{e['lang']}" for i, e in enumerate(ENTRIES)])
def test_every_corpus_entry_is_answered_right(entry):
    found = found_ids(entry["text"])
    assert corpus.passes(entry, found), (entry["ids"], found, entry["source"])
