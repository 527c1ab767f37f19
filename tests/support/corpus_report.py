"""Recognition of the corpus (tests/support/corpus/) by the decoder, per language and per catalogue id.

    .venv/bin/python tests/support/corpus_report.py              # Markdown tables, as in CONTRIBUTING.md
    .venv/bin/python tests/support/corpus_report.py --held-out   # only the held-out third
    .venv/bin/python tests/support/corpus_report.py --tuning     # only the two thirds patterns may be tuned on
    .venv/bin/python tests/support/corpus_report.py --misses     # also list the texts that fail
"""

from __future__ import annotations

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


def report(results) -> str:
    by_lang, by_id = defaultdict(lambda: [0, 0, 0, 0]), defaultdict(lambda: {lang: [0, 0] for lang in corpus.LANGS})
    for entry, found, ok in results:
        row = by_lang[entry["lang"]]
        if entry["ids"]:
            row[0] += ok
            row[1] += 1
            cell = by_id[entry["ids"][0]][entry["lang"]]
            cell[0] += ok
            cell[1] += 1
        else:
            row[2] += not ok
            row[3] += 1
    lines = ["| language | recognised | false positives among negatives |", "|---|---:|---:|"]
    for lang in corpus.LANGS:
        ok, total, wrong, negatives = by_lang[lang]
        lines.append(f"| {lang} | {ok}/{total} ({percent(ok, total)}) | {wrong}/{negatives} |")
    lines += ["", "| first acceptable id | cs | en | ru |", "|---|---:|---:|---:|"]
    for entry_id in ERROR_IDS:
        cells = [f"{ok}/{total}" if total else "–" for ok, total in (by_id[entry_id][lang] for lang in corpus.LANGS)]
        lines.append(f"| {entry_id} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    entries = corpus.entries()
    if "--held-out" in argv:
        entries = [e for e in entries if corpus.held_out(e)]
    elif "--tuning" in argv:
        entries = [e for e in entries if not corpus.held_out(e)]
    results = measure(entries)
    print(report(results))
    if "--misses" in argv:
        print()
        for entry, found, ok in results:
            if not ok:
                print(f"MISS [{entry['lang']}] {entry['ids']} got {found}: {entry['text'][:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
