"""A cited corpus of what real mail programs show: text, acceptable catalogue ids, language,
program and source. `entries.json` holds texts cited from repositories and pages; Thunderbird's
own wordings are read at test time from the installed packages (`thunderbird.py`).

An entry with no ids is a negative: a real text that is none of the catalogue's entries, which
the decoder must not claim. A fixed third of the corpus is held out: it measures how the decoder
does on texts nobody tuned it on (see tests/test_corpus.py).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import thunderbird

HERE = Path(__file__).parent
SEED = 20261129  # fixed: which third is held out never changes with the patterns
LANGS = ("cs", "en", "ru")


def entries() -> list[dict]:
    """Every entry, Thunderbird's first (raises thunderbird.MissingString when an id vanished)."""
    cited = json.loads((HERE / "entries.json").read_text(encoding="utf-8"))
    return thunderbird.entries() + cited


def held_out(entry: dict) -> bool:
    """The fixed random third: by a hash of the seed, the program and the text (deterministic)."""
    digest = hashlib.sha256(f"{SEED}\0{entry['program']}\0{entry['text']}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % 3 == 0


def passes(entry: dict, found: list[str]) -> bool:
    """A positive passes when the best answer is one of its ids; a negative when nothing is claimed."""
    return bool(found) and found[0] in entry["ids"] if entry["ids"] else not found
