"""The error decoder on what real mail programs show (tests/support/corpus/): Thunderbird's strings and
other programs' and libraries' messages read from the installed Debian packages, texts cited from
repositories and pages, Mail.ru's own replies, and real texts that are none of the catalogue's entries.

Honest generalisation: whole programs are held out, with all their texts (corpus.held_out_program,
seed SEED below). The decoder may be tuned only on the other programs. BEFORE, REWRITE and AFTER are
what it recognised on the held-out programs at each step of issue 20 (tests/support/corpus_report.py);
AFTER is the honest result, measured before anyone read a held-out text. Since then every entry has
been read and must pass, so the goal test below guards against a regression; it no longer measures
generalisation (that needs programs nobody has read).
"""

from __future__ import annotations

import json
import re

from support import corpus
import pytest
from support.corpus import packages, thunderbird
from mailru.diagnose import diagnose
from mailru.service import ERROR_IDS

SEED = 20261201  # corpus.SEED: which programs are held out
GOAL = 0.90  # recognition on held-out programs, in each language
# held-out programs, decoder before the rewrite of issue 20: language -> (recognised, positives)
BEFORE = {"cs": (25, 96), "en": (88, 149), "ru": (29, 92)}  # no false positive among 61 negatives
# after the concept rewrite, tuned on the original corpus only (1c8be6c): 5 false positives among 61
REWRITE = {"cs": (74, 96), "en": (134, 149), "ru": (76, 92)}
# after tuning on the tuning programs only (e89a2d3), measured before anyone read a held-out text:
# the held-out result of issue 20; 5 false positives among 61
AFTER = {"cs": (78, 96), "en": (133, 149), "ru": (79, 92)}
AFTER_FALSE_POSITIVES = (5, 61)
# catalogue ids with no real text in that language (no public source found; see CONTRIBUTING.md)
NO_SOURCE = {("account-disabled", "cs"), ("account-disabled", "en"), ("account-disabled", "ru")}
# entries added by issue 19 whose programs' wordings the corpus does not hold yet: their server replies and
# titles are tested in test_diagnose.py (pop3-folders-hidden is a symptom; no program reports it as an error)
NO_SOURCE |= {(entry_id, lang) for entry_id in ("sender-mismatch", "pop3-folders-hidden") for lang in corpus.LANGS}

try:
    ENTRIES, MISSING = corpus.entries(), None
except (thunderbird.MissingString, packages.MissingString) as missing:
    ENTRIES, MISSING = [], str(missing)


def found_ids(text: str) -> list[str]:
    return [m.id for m in diagnose(text)]


def test_thunderbird_strings_are_all_in_the_installed_packages():
    assert MISSING is None, MISSING
    # every template in three languages, less the few whose words another template already gave
    assert sum(e["program"] == "Thunderbird" for e in ENTRIES) >= 3 * len(thunderbird.TEMPLATES) - 3


def test_the_packages_messages_are_all_installed_and_filled():
    assert MISSING is None, MISSING
    # (the fresh sets' texts cite Debian packages too, but a gatherer read them once: they are not read at test time)
    from_packages = [e for e in ENTRIES if e["source"].startswith("Debian ") and "set" not in e]
    assert len(from_packages) >= 2 * len(packages.TEMPLATES), len(from_packages)
    assert {e["lang"] for e in from_packages} == set(corpus.LANGS)
    for entry in from_packages:
        assert "not installed" not in entry["source"], entry["source"]
        assert not any(mark in entry["text"] for mark in ("%s", "%d", "%1", "%u", "<b>")), entry


def test_a_vanished_string_is_named():
    with pytest.raises(thunderbird.MissingString, match="noSuchStringId"):
        thunderbird.string("cs", "messenger.properties", "noSuchStringId")
    with pytest.raises(packages.MissingString, match="No such message, really"):
        packages.translate("libc", "No such message, really", "cs")
    with pytest.raises(packages.MissingString, match="No such message, really"):
        packages.translate("libc", "No such message, really", "en")  # English ids are checked too
    with pytest.raises(packages.MissingString, match="Connection refused"):
        packages.translate("qtbase", "Connection refused", "ru", ctx="NoSuchContext")


def test_package_messages_are_translated_and_filled_as_the_programs_fill_them():
    assert packages.translate("libc", "Connection refused", "cs") == "Spojení odmítnuto"
    assert packages.translate("libc", "Connection refused", "en") == "Connection refused"
    assert packages.translate("qtbase", "Connection refused", "ru", ctx="QAbstractSocket") == "Отказано в соединении"
    assert packages.fill("Could not connect to %s (%s).", ["a", "b"]) == "Could not connect to a (b)."
    assert packages.fill("%2 then %1", ["a", "b"]) == "b then a"
    assert packages.fill("%1$s:%2$d %%", ["h", "1"]) == "h:1 %"


def test_thunderbird_templates_are_filled():
    for entry in ENTRIES:
        if entry["program"] == "Thunderbird":
            assert "%S" not in entry["text"] and "%1$S" not in entry["text"] and "{ $" not in entry["text"], entry


def test_the_corpus_is_broad_cited_and_in_three_languages():
    positives = [e for e in ENTRIES if e["ids"]]
    negatives = [e for e in ENTRIES if not e["ids"]]
    assert len(positives) >= 500 and len(negatives) >= 60, (len(positives), len(negatives))
    assert len({e["program"] for e in ENTRIES}) >= 30
    for entry in ENTRIES:
        assert entry["lang"] in corpus.LANGS and entry["program"] and entry["source"] and entry["text"].strip(), entry
        assert set(entry["ids"]) <= set(ERROR_IDS) and len(set(entry["ids"])) == len(entry["ids"]), entry
    covered = {(e["ids"][0], e["lang"]) for e in positives}
    wanted = {(entry_id, lang) for entry_id in ERROR_IDS for lang in corpus.LANGS} - NO_SOURCE
    assert wanted <= covered, sorted(wanted - covered)
    assert len({(e["program"], e["text"]) for e in ENTRIES}) == len(ENTRIES), "duplicate entries"


def test_texts_added_by_program_family_cite_a_revision_or_an_address():
    for path in sorted(corpus.HERE.glob("*.json")):
        if path.name != "entries.json":  # the first texts, some cited by project issue
            for entry in json.loads(path.read_text(encoding="utf-8")):
                assert re.search(r"@[0-9a-f]{7,40}\b|https://\S+ \(checked \d{4}-\d\d-\d\d\)", entry["source"]), (path.name, entry)


def test_whole_programs_are_held_out_by_the_fixed_seed():
    assert corpus.SEED == SEED  # stated here too: changing it would reshuffle what the decoder never saw
    programs = {e["program"] for e in ENTRIES}
    held = {p for p in programs if corpus.held_out_program(p)}
    assert len(held) * 3 >= len(programs), (len(held), len(programs))
    assert not held & corpus.TUNING  # the programs tuned on before the split stay tuning programs
    assert corpus.TUNING <= programs, sorted(corpus.TUNING - programs)  # none renamed out of the list
    # all of a program's texts on the same side, by the program's name alone
    assert all(corpus.held_out(e) == (e["program"] in held) for e in ENTRIES)
    assert {e["lang"] for e in ENTRIES if corpus.held_out(e) and e["ids"]} == set(corpus.LANGS)


def test_a_program_is_held_out_or_not_by_its_name_alone():
    assert not corpus.held_out_program("Thunderbird")  # a tuning program
    names = [f"program {i}" for i in range(300)]
    share = sum(map(corpus.held_out_program, names)) / len(names)
    assert 0.5 < share < 0.7  # 3 in 5 of new programs
    assert [corpus.held_out_program(n) for n in names] == [corpus.held_out_program(n) for n in names]


def held_out_recognition() -> dict[str, tuple[int, int]]:
    held = [e for e in ENTRIES if corpus.held_out(e) and e["ids"]]
    return {lang: (sum(corpus.passes(e, found_ids(e["text"])) for e in held if e["lang"] == lang),
                   sum(e["lang"] == lang for e in held)) for lang in corpus.LANGS}


def test_held_out_programs_reach_the_goal_in_every_language():
    now = held_out_recognition()
    for lang, (ok, total) in now.items():
        assert ok / total >= GOAL, (lang, now[lang], "before", BEFORE[lang], "honest result", AFTER[lang])


def test_at_most_one_false_positive_on_held_out_programs():
    """Every held-out text has been read since it was measured, so this guards against a regression; the
    negatives a fresh set showed the decoder cannot tell apart are listed, with why, in corpus.KNOWN_MISSES
    (checked exact below) and counted in its honest result (MEASURED), not here."""
    claimed = [(e["text"][:80], found_ids(e["text"])) for e in ENTRIES
               if not e["ids"] and corpus.held_out(e) and not corpus.known_miss(e) and found_ids(e["text"])]
    assert len(claimed) <= 1, claimed


def test_a_wrong_first_answer_fails_an_entry():
    entry = {"ids": ["wrong-security"], "text": "x"}
    assert corpus.passes(entry, ["wrong-security", "connection-failed"])
    assert not corpus.passes(entry, ["connection-failed", "wrong-security"])
    assert not corpus.passes(entry, [])
    assert not corpus.passes({"ids": []}, ["spam-rejected"])


@pytest.mark.parametrize("entry", ENTRIES,
                         ids=[f"{i}-{e['program'].split()[0]}-{e['lang']}" for i, e in enumerate(ENTRIES)])
def test_every_corpus_entry_is_answered_right(entry):
    found = found_ids(entry["text"])
    if corpus.known_miss(entry):  # a listed miss of the fresh set: still missed, and exactly so
        now, why = corpus.known_miss(entry)
        assert found == list(now) and not corpus.passes(entry, found), ("answered otherwise now: update KNOWN_MISSES", found, why)
        return
    assert corpus.passes(entry, found), (entry["ids"], found, entry["source"])


# the fresh sets (issue 20): programs none of the corpus's, each measured before anyone read it (CONTRIBUTING.md)
# set -> (per language: recognised, positives when it was measured), (false positives, negatives then)
MEASURED = {
    "fresh-2026-12-05": ({"cs": (22, 24), "en": (39, 44), "ru": (17, 20)}, (9, 64)),  # decoder e1315d8
    "fresh-2026-12-05b": ({"cs": (3, 3), "en": (21, 22), "ru": (13, 14)}, (4, 46)),  # 7aa54d0, widened by the first
    # baac000: widened by the second and by kinds written for the tests (ceee054 before that: the same, 15 false positives)
    "fresh-2026-12-05c": ({"cs": (21, 27), "en": (57, 67), "ru": (22, 27)}, (13, 55)),
    # b6e3f41: widened by the third (ceee054: the same recognition, 9 false positives)
    "fresh-2026-12-05d": ({"cs": (45, 53), "en": (62, 71), "ru": (37, 47)}, (7, 64)),
    # 45274de: widened by the fourth (ceee054: cs 21, en 28, ru 23, 17 false positives)
    "fresh-2026-12-05e": ({"cs": (21, 26), "en": (29, 33), "ru": (25, 27)}, (14, 78)),
    # 2dc9ed7: widened by the fifth (ceee054: the same recognition, 6 false positives); 14 generic sign-in refusals
    # the gatherer labelled authentication-failed alone carry the corpus's labels (app password first)
    "fresh-2026-12-05f": ({"cs": (12, 17), "en": (31, 42), "ru": (8, 13)}, (3, 58)),
    # 3b8b333: widened by the sixth (ceee054: the same recognition, 11 false positives); kept unread for a session
    "fresh-2026-12-05g": ({"cs": (30, 35), "en": (36, 41), "ru": (27, 30)}, (8, 99)),
    # 8b77806: widened by the seventh and a review of everyday synonyms (3b8b333: the same, the same 8 false positives)
    "fresh-2026-12-05h": ({"cs": (24, 31), "en": (21, 27), "ru": (17, 23)}, (8, 57)),
    # a1a1b96: widened by the eighth (3b8b333: the same recognition, 7 false positives); IMAPClient's "NO not
    # connected" relabelled a connection failure in the fifteenth session (a negative then, answered by neither)
    "fresh-2026-12-05i": ({"cs": (17, 18), "en": (37, 42), "ru": (16, 19)}, (6, 63)),
    # a1a1b96, as the ninth (3b8b333: cs 10 of 11); Windows' network layers as ReactOS and Wine word them
    "fresh-2026-12-05j": ({"cs": (11, 11), "en": (18, 18), "ru": (22, 24)}, (0, 36)),
    # 517e0ce: widened by the ninth (3b8b333 and a1a1b96: ru 13 of 18); 42 texts of programs the ninth set had
    # read were left out before measuring
    "fresh-2026-12-05k": ({"cs": (7, 8), "en": (24, 35), "ru": (14, 18)}, (4, 63)),
    # 8a72efc: widened by the tenth and eleventh (3b8b333: cs 43 of 59, the same 18 false positives); 9 texts of
    # NetworkManager's command line, too near the fifth set's applet, were left out before measuring
    "fresh-2026-12-05l": ({"cs": (44, 59), "en": (38, 44), "ru": (41, 47)}, (18, 67)),
    # 01c6d77: widened by the twelfth (3b8b333 and 8a72efc: cs 23 of 29; 0381e46 the same as 01c6d77); 33 texts of
    # Opie Mail, which the twelfth set had, were left out before measuring
    "fresh-2026-12-05m": ({"cs": (24, 29), "en": (20, 25), "ru": (25, 30)}, (3, 38)),
    # 2a48795, the decoder at the end of the thirteenth's round, for a session before anyone read them (3b8b333: en 21
    # of 28 on the fourteenth, the fifteenth the same). Five Czech texts of GNUMail, which the gatherer read from its
    # ISO 8859-2 file as Latin-1, are stored as the program means them; measured as gathered (as stored, the same
    # decoder reads three of them more: cs 26 of 35). Akonadi's "Cannot fetch item in offline mode", measured as none,
    # is connection-failed since the tenth session (a program offline, as the brief labels it): 3 positives more
    "fresh-2026-12-05n": ({"cs": (23, 36), "en": (22, 29), "ru": (25, 34)}, (3, 67)),
    "fresh-2026-12-05o": ({"en": (17, 22), "ru": (2, 2)}, (2, 13)),
    # a1bfe8f, widened by the fourteenth and fifteenth, before anyone read them (9f30903, this session's start: the same)
    "fresh-2026-12-05p": ({"cs": (8, 10), "en": (12, 13), "ru": (11, 13)}, (8, 51)),
    "fresh-2026-12-05q": ({"cs": (47, 59), "en": (62, 74), "ru": (50, 63)}, (3, 98)),
    # 0e033cb, widened by the sixteenth and seventeenth, before anyone read it (9f30903 and 6661784, after the
    # vocabulary review: the same)
    "fresh-2026-12-05r": ({"cs": (45, 48), "en": (46, 49), "ru": (40, 43)}, (19, 109)),
    # 6661784, after the vocabulary review (0e033cb and 9f30903: cs 16 of 30), before anyone read it
    "fresh-2026-12-05s": ({"cs": (17, 30), "en": (42, 54), "ru": (20, 35)}, (10, 58)),
    # 3a0f31a, the decoder at the end of the eighteenth and nineteenth's round, kept for a session before anyone read
    # them (9f30903: ru 53 of 64 on the twentieth, 15 false positives; en 33 and ru 22 on the twenty-first, 5)
    "fresh-2026-12-05t": ({"cs": (8, 11), "en": (31, 41), "ru": (55, 64)}, (16, 93)),
    "fresh-2026-12-05u": ({"cs": (20, 31), "en": (34, 45), "ru": (24, 34)}, (6, 64)),
    # 8cfc3d7, widened by the twentieth and twenty-first, before anyone read it (b0aac41: en 51 of 57, 5 false
    # positives); five of its texts are word for word in other programs of the corpus
    "fresh-2026-12-05w": ({"cs": (13, 14), "en": (52, 57), "ru": (30, 33)}, (4, 86)),
    # 46d848f, widened by the twenty-third, before anyone read it (b0aac41: cs 29, en 22, ru 33, 13 false positives);
    # two of its programs are TbSync's providers, add-ons beside TbSync with strings of their own
    "fresh-2026-12-05x": ({"cs": (30, 35), "en": (23, 25), "ru": (34, 38)}, (15, 72)),
    # b0f8e51, widened by the twenty-fourth, before anyone read it (b0aac41: cs 31, en 23, ru 49, the same 10 false
    # positives; 46d848f: the same as b0f8e51)
    "fresh-2026-12-05y": ({"cs": (32, 41), "en": (24, 34), "ru": (50, 66)}, (10, 57)),
    # 35eedaa, widened by the twenty-fifth, before anyone read it (b0aac41: cs 50, en 58, ru 56, the same 22 false
    # positives)
    "fresh-2026-12-05z": ({"cs": (52, 56), "en": (61, 64), "ru": (60, 61)}, (22, 137)),
    # 3dd632b, widened by the twenty-sixth, before anyone read it (b0aac41: the same recognition, 10 false positives)
    "fresh-2026-12-05aa": ({"cs": (24, 33), "en": (27, 29), "ru": (33, 38)}, (11, 138)),
    # c86c61c (the decoder of 64a620d), kept unread for a session and measured with three decoders before anyone read
    # them (b0aac41, 46d848f, c86c61c). The twenty-second without DokuWiki and Citadel WebCit, whose programs the
    # twenty-third and twenty-fourth sets brought in (20 texts left out): the same recognition with all three, 10
    # false positives; the twenty-eighth: cs 41, 42, 41, ru 46, 48, 47, 15, 16, 16 false positives; the twenty-ninth:
    # cs 29, 30, 30, 19, 19, 18 false positives
    "fresh-2026-12-05v": ({"cs": (15, 18), "en": (20, 23), "ru": (24, 28)}, (10, 77)),
    "fresh-2026-12-05ab": ({"cs": (41, 50), "en": (28, 34), "ru": (47, 59)}, (16, 125)),
    "fresh-2026-12-05ac": ({"cs": (30, 32), "en": (39, 40), "ru": (37, 40)}, (18, 93)),
    # 04f4b95, widened by the twenty-second, twenty-eighth and twenty-ninth, before anyone read it (c86c61c: the same)
    "fresh-2026-12-05af": ({"cs": (34, 44), "en": (45, 50), "ru": (29, 42)}, (9, 82)),
}
FRESH = [e for e in ENTRIES if e.get("set") in corpus.FRESH_SETS]


@pytest.mark.parametrize("name", corpus.FRESH_SETS)
def test_a_fresh_set_is_as_measured_and_read_at_least_as_well(name):
    """No text added to or taken from a set since it was measured; the decoder does no worse on it now."""
    positives, (claimed_then, negatives) = MEASURED[name]
    part = [e for e in FRESH if e["set"] == name]
    assert sum(not e["ids"] for e in part) == negatives
    for lang, (then, total) in positives.items():
        texts = [e for e in part if e["lang"] == lang and e["ids"]]
        assert len(texts) == total, (lang, len(texts), total)
        now = sum(corpus.passes(e, found_ids(e["text"])) for e in texts)
        assert now >= then, (name, lang, now, then)
    assert sum(bool(found_ids(e["text"])) for e in part if not e["ids"]) <= claimed_then


def test_the_fresh_sets_are_broad_cited_and_new():
    first = [e for e in FRESH if e["set"] == corpus.FRESH]
    assert len(first) >= 120 and sum(not e["ids"] for e in first) >= 20, len(first)
    assert all(sum(e["lang"] == lang for e in first) >= 30 for lang in corpus.LANGS)
    assert len({e["program"] for e in first}) >= 12
    assert {e.get("set") for e in ENTRIES if "set" in e} == set(corpus.FRESH_SETS)
    # each set's programs none of the rest of the corpus's (Thunderbird's and the packages' included), but for
    # the five whose whole catalogues the twelfth session read from Debian's packages (packages.py), sessions after
    # the sets that held them were measured and read: those sets keep their texts as they recorded them
    swept_later = {"NeoMutt", "libsoup", "KDE KIO", "Xfce Mailwatch plugin", "Mailnag"}
    for name in corpus.FRESH_SETS:
        programs = {e["program"] for e in FRESH if e["set"] == name}
        rest = {e["program"] for e in ENTRIES if e.get("set") != name and not (
            e["program"] in swept_later and e["source"].startswith("Debian "))}
        assert programs and not programs & rest, name
    assert all(re.search(r"@[0-9a-f]{7,40}\b", e["source"]) for e in FRESH)


def test_the_sets_outside_the_corpus_are_well_formed_cited_and_new():
    """tests/support/sets/: the sets gathered since the ninth session, measured (corpus_report.py --sets), not tuned to
    pass; each text labelled with catalogue ids, cited by commit (or a vendor's page), and of a program the corpus does
    not hold, or (the unread sets of known programs) a text it does not cite; the second labels name texts of read
    sets and of the corpus."""
    entries, unread = corpus.sets()
    names = {e["set"] for e in entries}
    assert len(entries) >= 1000 and unread and set(unread) <= names and not names & set(corpus.FRESH_SETS)
    for entry in entries:
        assert set(entry) == {"text", "ids", "lang", "program", "source", "set"} and entry["text"].strip(), entry
        assert entry["lang"] in corpus.LANGS and len(set(entry["ids"])) == len(entry["ids"]), entry
        assert set(entry["ids"]) <= set(ERROR_IDS), entry
        # cited by commit, or (a closed program's words, as its vendor's pages quote them) by the page's address
        by_commit = re.search(r"@[0-9a-f]{7,40}\b", entry["source"])
        assert by_commit or entry["source"].startswith(("https://", "http://")), entry
    known = corpus.sets_of_known_programs()
    assert set(known) <= names
    assert not {e["program"] for e in entries if e["set"] not in known} & {e["program"] for e in ENTRIES}
    cited = {" ".join(e["text"].split()).casefold() for e in ENTRIES}
    # an unread set of known programs measures texts the corpus does not cite; a read one's may be cited since (the
    # eleventh session's sweep of Thunderbird's own files took in texts of the 84th, 85th and 95th sets)
    assert not [e["text"] for e in entries if e["set"] in known and e["set"] in unread
                and " ".join(e["text"].split()).casefold() in cited]
    assert len({(e["set"], e["lang"], e["text"]) for e in entries}) == len(entries)  # no text twice in a set
    # the second labels: texts of read sets and of the corpus, each once, labelled with catalogue ids
    second = [(e.get("set") or e["program"], e["lang"], e["text"], tuple(e["ids"])) for e in corpus.second_labels()]
    texts = {(e["set"], e["lang"], e["text"]) for e in entries if e["set"] not in unread}
    texts |= {(e["program"], e["lang"], e["text"]) for e in ENTRIES}
    assert len(second) >= 600 and len({key[:3] for key in second}) == len(second)
    assert all(key[:3] in texts and set(key[3]) <= set(ERROR_IDS) for key in second)


def test_known_misses_are_fresh_entries_and_few():
    fresh = {(e["program"], e["text"]) for e in FRESH}
    assert set(corpus.KNOWN_MISSES) <= fresh, sorted(set(corpus.KNOWN_MISSES) - fresh)
    assert all(why for _, why in corpus.KNOWN_MISSES.values())
    assert len(corpus.KNOWN_MISSES) * 20 <= len(FRESH)  # at most one in twenty
