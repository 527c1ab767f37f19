"""Recognition of the corpus (tests/support/corpus/) by the decoder: per language, per catalogue id and
per program, for the held-out programs and the tuning programs separately, for the fresh set
(tests/support/corpus/fresh.json) and for the whole corpus.

    .venv/bin/python tests/support/corpus_report.py                  # Markdown tables, as in CONTRIBUTING.md
    .venv/bin/python tests/support/corpus_report.py --misses         # also list the tuning programs' failures
    .venv/bin/python tests/support/corpus_report.py --misses --show-held-out   # and the held-out programs' too
    .venv/bin/python tests/support/corpus_report.py --sets [--misses]  # the sets outside the corpus (sets/)
    .venv/bin/python tests/support/corpus_report.py --agreement  # texts labelled twice (read sets, corpus)
    .venv/bin/python tests/support/corpus_report.py --twins [--misses]  # the packages' messages in three languages
    .venv/bin/python tests/support/corpus_report.py --set-twins [--misses]  # the read sets' messages in two or three

Held-out programs' failing texts are shown only on request: whoever tunes the decoder must not see them.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "snippets"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support import corpus  # noqa: E402
from mailru.diagnose import diagnose  # noqa: E402
from mailru.service import ERROR_IDS  # noqa: E402


def measure(entries):
    """[(entry, found ids, passed)] for every entry."""
    out = []
    for entry in entries:
        found = [m.id for m in diagnose(entry["text"])]
        out.append((entry, found, corpus.passes(entry, found)))
    return out


def percent(ok: int, total: int) -> str:
    return f"{100 * ok / total:.1f} %" if total else "–"


def cell(ok: int, total: int) -> str:
    return f"{ok}/{total}" if total else "–"


def tally(results) -> dict[str, list[int]]:
    """Per language: [recognised, positives, negatives claimed, negatives]."""
    rows = {lang: [0, 0, 0, 0] for lang in corpus.LANGS}
    for entry, _, ok in results:
        row = rows[entry["lang"]]
        if entry["ids"]:
            row[0] += ok
            row[1] += 1
        else:
            row[2] += not ok
            row[3] += 1
    return rows


def total(rows: dict[str, list[int]]) -> list[int]:
    """tally()'s four counts over every language."""
    return [sum(row[i] for row in rows.values()) for i in range(4)]


def by_language(results) -> list[str]:
    rows = tally(results)
    lines = ["| language | recognised | false positives among negatives |", "|---|---:|---:|"]
    for lang in (*corpus.LANGS, "all"):
        ok, positives, wrong, negatives = total(rows) if lang == "all" else rows[lang]
        lines.append(f"| {lang} | {ok}/{positives} ({percent(ok, positives)}) | {wrong}/{negatives} |")
    return lines


def by_id(results) -> list[str]:
    cells = defaultdict(lambda: {lang: [0, 0] for lang in corpus.LANGS})
    for entry, _, ok in results:
        if entry["ids"]:
            counted = cells[entry["ids"][0]][entry["lang"]]
            counted[0] += ok
            counted[1] += 1
    lines = ["| first acceptable id | cs | en | ru |", "|---|---:|---:|---:|"]
    for entry_id in ERROR_IDS:
        lines.append(f"| {entry_id} | " + " | ".join(cell(*cells[entry_id][lang]) for lang in corpus.LANGS) + " |")
    return lines


def by_program(results) -> list[str]:
    cells = defaultdict(lambda: {lang: [0, 0] for lang in corpus.LANGS})
    wrong = defaultdict(lambda: [0, 0])
    for entry, _, ok in results:
        if entry["ids"]:
            counted = cells[entry["program"]][entry["lang"]]
            counted[0] += ok
            counted[1] += 1
        else:
            wrong[entry["program"]][0] += not ok
            wrong[entry["program"]][1] += 1
    lines = ["| program | cs | en | ru | false positives |", "|---|---:|---:|---:|---:|"]
    for program in sorted(set(cells) | set(wrong), key=str.casefold):
        lines.append(f"| {program} | " + " | ".join(cell(*cells[program][lang]) for lang in corpus.LANGS)
                     + f" | {cell(*wrong[program])} |")
    return lines


def report(results) -> str:
    held = [r for r in results if corpus.held_out(r[0])]
    tuning = [r for r in results if not corpus.held_out(r[0])]
    out = []
    fresh = [(f"Fresh set {name}", [r for r in results if r[0].get("set") == name]) for name in corpus.FRESH_SETS]
    for title, part in (("Held-out programs", held), ("Tuning programs", tuning), *fresh, ("Whole corpus", results)):
        programs = len({entry["program"] for entry, _, _ in part})
        out += [f"### {title} ({programs} programs, {len(part)} texts)", "", *by_language(part), ""]
    out += ["### Per catalogue id, whole corpus", "", *by_id(results), ""]
    out += ["### Per program (held-out programs marked *)", "", *(
        line.replace("| ", "| *", 1) if i > 1 and corpus.held_out_program(line.split(" | ")[0][2:]) else line
        for i, line in enumerate(by_program(results)))]
    return "\n".join(out)


def sets_report(results, unread: list[str]) -> str:
    """Per set measured outside the corpus: recognition per language and false positives, then the unread
    sets pooled (the honest measure: nobody tuned on them)."""
    names = list(dict.fromkeys(entry["set"] for entry, _, _ in results))
    lines = ["| set | texts (positives / negatives), programs | cs | en | ru | false positives |",
             "|---|---|---:|---:|---:|---:|"]
    for title, part in [*((name + (" (unread)" if name in unread else ""), [r for r in results if r[0]["set"] == name])
                          for name in names), ("unread, pooled", [r for r in results if r[0]["set"] in unread])]:
        counts = tally(part)
        _, _, claimed, negatives = total(counts)
        programs = len({entry["program"] for entry, _, _ in part})
        lines.append(f"| {title} | {len(part)} ({len(part) - negatives} / {negatives}), {programs} | "
                     + " | ".join(f"{cell(*counts[lang][:2])} ({percent(*counts[lang][:2])})" for lang in corpus.LANGS)
                     + f" | {claimed}/{negatives} |")
    return "\n".join(lines)


def agreement_report() -> str:
    """The texts labelled a second time (corpus.second_labels), of read sets and of the corpus: how often the two
    labellers agree (the second's first id acceptable to the first, or both none), and the decoder measured by each."""
    entries, _ = corpus.sets()
    first = {(e["set"], e["lang"], e["text"]): e for e in entries}
    first |= {(e["program"], e["lang"], e["text"]): e for e in corpus.entries()}
    lines = []
    for title, part in (("read sets", [s for s in corpus.second_labels() if "set" in s]),
                        ("the corpus", [s for s in corpus.second_labels() if "set" not in s])):
        agree, results = 0, {"the first labels": [], "the second labels": []}
        for second in part:
            entry = first[(second.get("set") or second["program"], second["lang"], second["text"])]
            agree += (not entry["ids"] and not second["ids"]) or bool(second["ids"] and second["ids"][0] in entry["ids"])
            found = [m.id for m in diagnose(entry["text"])]
            for name, ids in (("the first labels", entry["ids"]), ("the second labels", second["ids"])):
                labelled = dict(entry, ids=ids)
                results[name].append((labelled, found, corpus.passes(labelled, found)))
        rows = {name: total(tally(labelled)) for name, labelled in results.items()}
        lines += [f"{len(part)} texts of {title} labelled twice: the labellers agree on {agree} "
                  f"({percent(agree, len(part))})", "",
                  "| measured by | recognised | false positives among negatives |", "|---|---:|---:|"]
        lines += [f"| {name} | {cell(*row[:2])} ({percent(*row[:2])}) | {cell(*row[2:])} |" for name, row in rows.items()]
        lines.append("")
    return "\n".join(lines).rstrip()


def twins(show: bool) -> str:
    """Every message of the packages whose translations the corpus reads (corpus/packages.py), decoded in English,
    Czech and Russian. A translation says what its English says: a first answer that differs is a word one language
    lacks, or reads too widely (or a translation that says something else)."""
    from support.corpus import packages

    def catalog(domain: str, lang: str) -> dict:
        try:
            return packages._catalog(domain, lang)
        except OSError:  # a package without this language
            return {}

    seen, rows, listed = set(), {lang: [0, 0] for lang in ("cs", "ru")}, []
    for domain in packages.DOMAINS:
        catalogs = {lang: catalog(domain, lang) for lang in rows}
        for key in sorted(set(catalogs["cs"]) | set(catalogs["ru"]), key=str):
            if domain == "qtbase":
                english = key[1]  # (context, source text)
            elif isinstance(key, str):
                english = key.split("\x04")[-1]  # a message's context comes before it
            else:
                continue  # a plural form
            if not english.strip() or english in seen:
                continue
            seen.add(english)
            expected = [m.id for m in diagnose(english)][:1]
            for lang, texts in catalogs.items():
                text = texts.get(key)
                if not text or text == english:
                    continue
                got = [m.id for m in diagnose(text)][:1]
                rows[lang][0] += 1
                if got != expected:
                    rows[lang][1] += 1
                    if show:
                        listed.append(f"[{lang}] {domain}: {expected} but {got}: {english[:80]!r} | {text[:100]!r}")
    lines = ["| language | messages | answered otherwise than their English |", "|---|---:|---:|"]
    lines += [f"| {lang} | {total} | {differ} ({percent(differ, total)}) |" for lang, (total, differ) in rows.items()]
    return "\n".join(lines + ([""] + listed if listed else []))


def set_twins(show: bool) -> str:
    """A read set's texts of one program and one message (the msgid or key its source names) in two or three
    languages: where one language is answered right and another is not, one of them lacks a word or reads one too
    widely. Unread sets are left out (their texts are never shown to whoever tunes the decoder)."""
    entries, unread = corpus.sets()
    groups = defaultdict(list)
    for entry in entries:
        key = re.search(r"\((?:msgid|key|id|string|name)[^:]*:\s*(.+?)\)\s*$", entry["source"])
        if entry["set"] not in unread and key:
            groups[(entry["set"], entry["program"], key.group(1).strip().lower())].append(entry)
    twins = [group for group in groups.values() if len({entry["lang"] for entry in group}) > 1]
    split, listed = 0, []
    for group in twins:
        answers = [(entry, [m.id for m in diagnose(entry["text"])]) for entry in group]
        if len({corpus.passes(entry, found) for entry, found in answers}) > 1:
            split += 1
            for entry, found in answers if show else ():
                mark = "ok" if corpus.passes(entry, found) else "XX"
                listed.append(f"{mark} [{entry['lang']}] {entry['program']}: {entry['ids']} got {found[:1]}: "
                              f"{entry['text'][:110]!r}")
            listed += [""] if show else []
    head = f"{len(twins)} messages in two or three languages; answered right in some languages only: {split}"
    return "\n".join([head, *([""] + listed if listed else [])]).rstrip()


def main(argv: list[str]) -> int:
    if "--set-twins" in argv:  # the read sets' messages in two or three languages
        print(set_twins("--misses" in argv))
        return 0
    if "--twins" in argv:  # the packages' messages in three languages
        print(twins("--misses" in argv))
        return 0
    if "--agreement" in argv:  # two labellers of the same texts
        print(agreement_report())
        return 0
    if "--sets" in argv:  # the sets measured outside the corpus; an unread set's texts are never listed
        entries, unread = corpus.sets()
        results = measure(entries)
        print(sets_report(results, unread))
        if "--misses" in argv:
            for entry, found, ok in results:
                if not ok and entry["set"] not in unread:
                    print(f"MISS [{entry['lang']}] {entry['set']} {entry['program']}: {entry['ids']} got {found}: "
                          f"{entry['text'][:160]!r}")
        return 0
    results = measure(corpus.entries())
    print(report(results))
    if "--misses" in argv:
        print()
        for entry, found, ok in results:
            if not ok and (not corpus.held_out(entry) or "--show-held-out" in argv):
                mark = "held-out " if corpus.held_out(entry) else ""
                print(f"{mark}MISS [{entry['lang']}] {entry['program']}: {entry['ids']} got {found}: {entry['text'][:160]!r}")
        if "--show-held-out" not in argv:
            hidden = sum(not ok and corpus.held_out(entry) for entry, _, ok in results)
            print(f"({hidden} misses on held-out programs not shown: --show-held-out)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
