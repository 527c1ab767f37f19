"""A cited corpus of what real mail programs show: text, acceptable catalogue ids, language,
program and source. The JSON files hold texts cited from repositories and pages (`entries.json`
the first ones, the others by program family); Thunderbird's
own wordings (`thunderbird.py`) and those of other programs and libraries whose translations Debian
packages ship (`packages.py`) are read at test time from the installed packages.

An entry with no ids is a negative: a real text that is none of the catalogue's entries, which
the decoder must not claim. Whole programs are held out, with all their texts: they measure how the
decoder does on wordings nobody tuned it on (see tests/test_corpus.py and `held_out`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import packages, thunderbird

HERE = Path(__file__).parent
SEED = 20261201  # fixed: which programs are held out never changes with the patterns or the corpus
LANGS = ("cs", "en", "ru")
# Every program in the corpus before whole programs were held out (issue 20): the decoder was tuned
# on their texts already, so they always stay tuning programs. Held-out programs are drawn only from
# the programs added since.
TUNING = frozenset({
    "Thunderbird", "Android Email", "Apple Mail", "CloudMailRu (Mail.ru Cloud)", "FairEmail",
    "Java (Jakarta Mail)", "Mail.ru (SMTP reply)", "Mail.ru (bounce)", "Outlook", "PHPMailer",
    "PHPMailer (debug output)", "POP3 server", "Postfix bounce from Mail.ru", "Python", "Symfony Mailer",
    "Thunderbird for Android", "iOS Mail", "mailsend", "nodemailer", "nodemailer (Payload CMS)",
})
HELD_OUT_SHARE = (3, 5)  # of the programs added since, 3 in 5 by the seeded hash: at least a third of all
# the "set" of fresh.json's entries: programs none of the rest of the corpus's, each set measured before
# anyone read its texts (the first with the decoder of before, the second with the decoder widened by the first)
FRESH_SETS = ("fresh-2026-12-05", "fresh-2026-12-05b")
FRESH = FRESH_SETS[0]
# Fresh sets' entries the decoder does not answer right, with what it answers now and why they are left so
# (reading them would mean copying their phrase or misreading others); tests/test_corpus.py checks the
# list is exact.
KNOWN_MISSES = {
    ("Horde IMP", "The mail server is not currently avaliable."): (
        (), "the source misspells “available”; the Czech translation of the same message is read"),
    ("rustls", "received corrupt message of type InvalidContentType"): (
        (), "names neither TLS nor a connection: a corrupt message of an invalid content type could be a mail message"),
    ("UW IMAP c-client (PHP imap, Alpine)", "Too many login failures"): (
        ("connection-failed", "app-password-required"),
        "“too many” sign-ins reads as a server refusing for a while, as “Login failed: too many connections, try "
        "later” does; the app password is the second answer"),
}


def entries() -> list[dict]:
    """Every entry: Thunderbird's, the packages', then the cited ones (raises thunderbird.MissingString
    or packages.MissingString naming a string that vanished from an installed package)."""
    cited = [entry for path in sorted(HERE.glob("*.json")) for entry in json.loads(path.read_text(encoding="utf-8"))]
    return thunderbird.entries() + packages.entries() + cited


def held_out_program(program: str) -> bool:
    """Whether a whole program is held out: never one of TUNING; of the others, by a hash of the seed
    and the program's name alone, so adding texts or programs never moves a program across."""
    if program in TUNING:
        return False
    digest = hashlib.sha256(f"{SEED}\0{program}".encode()).digest()
    share, out_of = HELD_OUT_SHARE
    return int.from_bytes(digest[:8], "big") % out_of < share


def held_out(entry: dict) -> bool:
    """An entry is held out when its program is."""
    return held_out_program(entry["program"])


def known_miss(entry: dict):
    """(what the decoder answers now, why) for a fresh set's entry it does not answer right, else None."""
    return KNOWN_MISSES.get((entry["program"], entry["text"]))


def passes(entry: dict, found: list[str]) -> bool:
    """A positive passes when the best answer is one of its ids; a negative when nothing is claimed."""
    return bool(found) and found[0] in entry["ids"] if entry["ids"] else not found
