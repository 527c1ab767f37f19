"""Which catalogue entry explains an error text that a mail program, a library or Mail.ru showed.

Pure function on the source of truth; the command line (`explain`) and the browser's error
decoder call the same `diagnose`. It reads the meaning of a text, not its phrasing: the concepts
its words stand for (concepts.py: sign-in, failure, password, certificate, connection, timeout …,
in Czech with or without diacritics, English and Russian, each word reduced to its stem by the
Snowball stemmers), and which of them meet within a few words. It says which words of the text
led to each answer (spans in the original text).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from snowballstemmer.czech_stemmer import CzechStemmer
from snowballstemmer.english_stemmer import EnglishStemmer
from snowballstemmer.russian_stemmer import RussianStemmer

from .concepts import APP, AUTH, CERT, CONCEPTS, CONN, RULES, SEC
from .service import ERROR_IDS, ERRORS_BY_ID

assert set(RULES) == set(ERROR_IDS), "every catalogue entry needs rules, and only those"

# A second cause named after the best answer, and the note (messages: explain-both.*) saying why both.
NOTES = {APP: "login", AUTH: "login", SEC: "connection"}
LEAST = 4  # the least score that counts as recognised
DECISIVE = 8  # a rule this strong with no second cause names the cause: no second one is added
WINDOW = 8  # the concepts of a rule meet within this many words, on one line
MAX_SPANS = 4  # places shown per rule
MAX_TEXT = 2_000_000  # longer texts are read at their start and their end, half of this each
CHUNK = 4096  # a text is read in pieces of about this size; a piece seen before is not read again
LONGEST_WORD = 64  # longer runs of letters are no words of any concept
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\\"
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
TOKEN = re.compile(r"\d+(?:\.\d+)+|[^\W_]+")  # a dotted number (5.7.8) or a run of letters and digits
NEXT_TOKEN = re.compile(r"[\W_]{1,3}?(\d+(?:\.\d+)+|[^\W_]+)")  # the next word of a phrase, close by
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")  # SSLCertVerificationError
SPACE = re.compile(r" +")


# --- folding: how the decoder sees a text -----------------------------------------------------


def _fold_char(ch: str) -> str:
    if ch in LINE_BREAKS:
        return "\n"
    if ch.isspace() or ch in QUOTES:
        return " "
    if unicodedata.combining(ch):
        return ""  # a lone accent (text pasted decomposed): dropped
    low = ch.lower()[:1]
    if "\u0400" <= low <= "\u052f":
        return low  # Cyrillic: й, ё stay what they are
    base = [c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)]
    return base[0] if base else " "  # one character for one: U+FDFA does not grow 18-fold


class _Folded(dict):
    """Code point -> its folded character, worked out when str.translate first meets it."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDED = _Folded()  # shared across calls


def fold(text: str) -> tuple[str, list[int]]:
    """(folded text, where characters were dropped): lower case, Latin letters without diacritics
    (Cyrillic kept as is: й and ё stay themselves), quotes and spaces as spaces, line breaks as
    line breaks, one character for one; linear time."""
    if len(_FOLDED) > 200_000:
        _FOLDED.clear()  # bounded memory
    folded = text.translate(_FOLDED)
    dropped = []
    if len(folded) != len(text):
        gone = "".join(chr(code) for code, folded_char in _FOLDED.items() if folded_char == "")
        dropped = [m.start() - k for k, m in enumerate(re.finditer("[" + re.escape(gone) + "]", text))]
    return folded, dropped


def _original(index: int, dropped: list[int]) -> int:
    return index + bisect_right(dropped, index)


# --- the concepts' words, reduced to keys once --------------------------------------------------

_STEM = {"en": EnglishStemmer().stemWord, "cs": CzechStemmer().stemWord, "ru": RussianStemmer().stemWord}


def _cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u052f"


def _keys(folded_word: str, word: str) -> frozenset[str]:
    """What a word of a text can be: itself, and its stem in each language its letters allow.
    folded_word is folded, word the same word in lower case with its diacritics."""
    keys = {"*:" + folded_word}
    if folded_word.isdigit():
        return frozenset(keys)
    if _cyrillic(folded_word):
        keys.add("ru:" + _STEM["ru"](word))
    elif folded_word.isascii():
        keys.add("en:" + _STEM["en"](folded_word))
        keys.add("cs:" + fold(_STEM["cs"](word))[0])
    return frozenset(keys)


def _data_keys(lang: str, word: str) -> set[str]:
    """A concept's word as keys: its stem in its language (Czech: also written without diacritics)."""
    folded = fold(word)[0]
    if lang == "*":
        return {"*:" + folded}
    if lang == "cs":
        return {"cs:" + fold(_STEM["cs"](word))[0], "cs:" + (_STEM["cs"](folded) if folded != word else fold(_STEM["cs"](word))[0])}
    return {f"{lang}:" + _STEM[lang](folded if lang == "en" else word)}


def _common_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


class _Index:
    """The concepts' words as keys (stemmed once, on first use: about 1,500 words), and the expression
    that finds where a word of a concept may begin."""

    def __init__(self):
        self.first: dict[str, list] = {}  # key of a first word -> [(concept, keys of each further word)]
        self.starts: set[str] = set()  # how the words of the concepts begin (folded)
        self.exact: set[str] = set()  # words compared as written
        stems: dict[tuple[str, str], set[str]] = {}
        for concept, langs in CONCEPTS.items():
            for lang, items in langs.items():
                for item in items.split("|"):
                    words = TOKEN.findall(fold(item.strip())[0])
                    originals = TOKEN.findall(item.strip().lower())
                    assert len(words) == len(originals) and words, item
                    keys = [stems.get((lang, w)) or stems.setdefault((lang, w), _data_keys(lang, w)) for w in originals]
                    for key in keys[0]:
                        self.first.setdefault(key, []).append((concept, tuple(keys[1:])))
                    self.add_start(lang, words[0], keys[0])
        # a word this long or longer is looked at only if it begins as a word of a concept does
        self.lengths = sorted({len(start) for start in self.starts})
        heads = {start[:4] for start in self.starts} | set(CAMEL_LEADS)
        self.candidate = re.compile(r"(?<![^\W_])" + _trie(heads))

    def add_start(self, lang: str, head: str, keys) -> None:
        assert len(head) >= 2, f"a phrase begins with a one-letter word: {head!r}"
        if lang == "*":
            self.exact.add(head)
            self.starts.add(head)
            return
        for key in keys:
            # a stem is the start of its word, but for its last letters (y -> i, č -> k, ё -> е)
            start = _common_start(head.replace("ё", "е"), key.split(":", 1)[1].replace("ё", "е"))
            self.starts.add(start if len(start) >= 2 else head[:2])

    def may_be_concept(self, word: str) -> bool:
        if word in self.exact:
            return True
        plain = word.replace("ё", "е")
        return any(plain[:n] in self.starts for n in self.lengths if n <= len(plain))


# Tokens an identifier of a library begins with: its other words (MailConnectException) are read too.
CAMEL_LEADS = ("mail", "sun", "socket", "io", "net", "java", "javax", "system")


def _trie(words) -> str:
    """One regular expression for many words, as a trie: re tries one letter, not every word."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        branches = [("[её]" if ch == "е" else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_INDEX: list[_Index] = []


def index() -> _Index:
    if not _INDEX:
        _INDEX.append(_Index())
    return _INDEX[0]


# --- the rules, indexed by concept ---------------------------------------------------------------

NEAR = 2  # concepts joined by "+" in a rule: next to each other


def _rule(entry_id: str, rule: tuple) -> tuple:
    """(entry id, weight, second cause or None, slots: one frozenset of concepts per slot, window)."""
    concepts, weight, *second = rule
    window = NEAR if "+" in concepts else WINDOW
    slots = tuple(frozenset(slot.split("|")) for slot in concepts.replace("+", " ").split())
    return entry_id, weight, second[0] if second else None, slots, window


_RULES = [_rule(entry_id, rule) for entry_id, rules in RULES.items() for rule in rules]
assert all(concept in CONCEPTS for *_, slots, _ in _RULES for slot in slots for concept in slot), "a rule names an unknown concept"
RULES_OF = {}
for _number, (*_, _slots, _) in enumerate(_RULES):
    for _concept in set().union(*_slots):
        RULES_OF.setdefault(_concept, []).append(_number)


@dataclass(frozen=True)
class Match:
    id: str
    score: int
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) in the original text: the words that led here
    note: str | None = None  # why a second entry is given too (a key of NOTES' values)


def pieces(text: str) -> list[tuple[int, str]]:
    """(offset, part) to read: the whole text, or its start and end when it is longer than MAX_TEXT."""
    if len(text) <= MAX_TEXT:
        return [(0, text)]
    half = MAX_TEXT // 2
    return [(0, text[:half]), (len(text) - half, text[-half:])]


def _chunks(folded: str):
    """(start, end) of pieces of about CHUNK characters, cut after a line or a word where one is near."""
    start, size = 0, len(folded)
    while start < size:
        end = start + CHUNK
        if end < size:
            cut = folded.find("\n", end, end + 512)
            if cut < 0:
                cut = folded.find(" ", end, end + 512)
            end = cut + 1 if cut >= 0 else end
        yield start, min(end, size)
        start = end


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


class _Reader:
    """Reads one text: finds the words of concepts, and the rules whose concepts meet."""

    def __init__(self):
        self.index = index()
        self.keys: dict[str, frozenset[str]] = {}  # a word of this text -> its keys (stemmed once)
        self.fired: dict[int, list[tuple[int, int]]] = {}  # rule number -> [(start, end)] in the original text

    def word_keys(self, folded_word: str, word: str) -> frozenset[str]:
        found = self.keys.get(word)
        if found is None:
            found = self.keys[word] = _keys(folded_word, word)
        return found

    def read(self, offset: int, piece: str, folded: str, dropped: list[int]) -> None:
        seen = set()
        for start, end in _chunks(folded):
            chunk = folded[start:end]
            if chunk in seen:
                continue  # the same words again: the same rules, already counted
            seen.add(chunk)
            self.read_chunk(piece, folded, dropped, start, end, lambda i: offset + _original(i, dropped))

    def original_word(self, piece: str, dropped: list[int], start: int, end: int) -> str:
        if not dropped:
            return piece[start:end].lower()
        word = piece[_original(start, dropped):_original(end - 1, dropped) + 1]
        return unicodedata.normalize("NFC", word).lower()

    def read_chunk(self, piece, folded, dropped, start, end, where) -> None:
        last: dict[str, tuple[int, int, int]] = {}  # concept -> (word number, start, end) where last seen
        counted, words_before = start, 0
        for found in self.index.candidate.finditer(folded, start, end):
            token = TOKEN.match(folded, found.start(), end)
            if not token or token.end() - token.start() > LONGEST_WORD:
                continue
            # a line break ends what a rule can combine: the next line is another statement
            words_before += folded.count(" ", counted, token.start()) + (WINDOW + 1) * folded.count("\n", counted, token.start())
            counted = token.start()
            for part_start, part_end in self.parts(piece, dropped, token.start(), token.end()):
                part = folded[part_start:part_end]
                if part_start != token.start() or self.index.may_be_concept(part):
                    self.concepts_at(piece, folded, dropped, part_start, part_end, end, words_before, last, where)

    def parts(self, piece, dropped, start, end):
        """A word, or the words of an identifier written in camel case (ConnectionRefusedError)."""
        original = self.original_span(piece, dropped, start, end)
        if original.isascii() and not original.islower() and not original.isupper() and not original.isdigit():
            cuts = [m.start() for m in CAMEL.finditer(original)]
            if cuts:
                bounds = [0, *cuts, len(original)]
                return [(start + a, start + b) for a, b in zip(bounds, bounds[1:])]
        return [(start, end)]

    def original_span(self, piece, dropped, start, end) -> str:
        return piece[start:end] if not dropped else piece[_original(start, dropped):_original(end - 1, dropped) + 1]

    def concepts_at(self, piece, folded, dropped, start, end, limit, number, last, where) -> None:
        keys = self.word_keys(folded[start:end], self.original_word(piece, dropped, start, end))
        here = {}  # concept -> where its words end (a phrase may go on past this word)
        for key in keys:
            for concept, tail in self.index.first.get(key, ()):
                phrase_end = self.phrase_end(piece, folded, dropped, end, limit, tail) if tail else end
                if phrase_end is not None and phrase_end > here.get(concept, 0):
                    here[concept] = phrase_end
        for concept, phrase_end in here.items():
            self.seen(concept, number, where(start), where(phrase_end - 1) + 1, last)

    def phrase_end(self, piece, folded, dropped, end, limit, tail):
        """Where a phrase ends whose first word ends at `end`, or None if the next words differ."""
        for wanted in tail:
            following = NEXT_TOKEN.match(folded, end, limit)
            if not following or following.end(1) - following.start(1) > LONGEST_WORD:
                return None
            start, end = following.span(1)
            if not wanted & self.word_keys(folded[start:end], self.original_word(piece, dropped, start, end)):
                return None
        return end

    def seen(self, concept, number, start, end, last) -> None:
        last[concept] = (number, start, end)
        for rule in RULES_OF.get(concept, ()):
            if len(self.fired.get(rule, ())) >= MAX_SPANS:
                continue
            spans = [(start, end)]
            *_, slots, window = _RULES[rule]
            for slot in slots:
                if concept in slot:
                    continue
                near = [last[c] for c in slot if c in last and number - last[c][0] <= window]
                if not near:
                    break
                spans.append(max(near)[1:])
            else:
                places = self.fired.setdefault(rule, [])
                place = (min(s for s, _ in spans), max(e for _, e in spans))
                if place not in places:
                    places.append(place)


def diagnose(text: str) -> list[Match]:
    """Catalogue entries that explain the text, best first; empty when none does."""
    reader = _Reader()
    for offset, piece in pieces(text):
        folded, dropped = fold(piece)
        reader.read(offset, piece, folded, dropped)
    # An entry scores its strongest rule, and a point for each other rule that would count alone:
    # many weak hints of one kind do not outweigh one clear statement of another.
    weights, spans, seconds, decisive = {}, {}, {}, set()
    for rule, places in sorted(reader.fired.items()):
        entry_id, weight, second, *_ = _RULES[rule]
        weights.setdefault(entry_id, []).append(weight)
        spans.setdefault(entry_id, []).extend(places)
        if second:
            seconds.setdefault(entry_id, set()).add(second)
        elif weight >= DECISIVE:
            decisive.add(entry_id)
    scores = {entry_id: max(ws) + sum(w >= LEAST for w in ws) - (max(ws) >= LEAST) for entry_id, ws in weights.items()}
    ranked = sorted((-score, ERROR_IDS.index(entry_id), entry_id) for entry_id, score in scores.items() if score >= LEAST)
    found = [Match(entry_id, -score, _merge(spans[entry_id])) for score, _, entry_id in ranked]
    if found and found[0].id in decisive:
        # the text names the cause: weaker answers of the same moment (connecting, signing in …) go
        stage = ERRORS_BY_ID[found[0].id].stage
        found = [m for m in found if m.id in decisive or ERRORS_BY_ID[m.id].stage != stage]
    elif found:
        best = found[0]
        for second in sorted(seconds.get(best.id, ()), key=ERROR_IDS.index):
            # one wording, two causes: say both, best first, and why
            others = [m for m in found[1:] if m.id != second]
            there = next((m for m in found if m.id == second), None)
            score = there.score if there else best.score - 1
            found = [best, Match(second, score, there.spans if there else best.spans, NOTES[second]), *others]
    return found


def words(text: str, match: Match, limit: int = 120) -> list[str]:
    """The pasted text's own words behind a match, white space tidied, each at most `limit` characters."""
    return [SPACE.sub(" ", " ".join(text[start:end].split()))[:limit] for start, end in match.spans]


# When nothing is recognised: questions that tell the entries apart, each answer with its entries,
# the likeliest first (the words are in messages.py: explain-question.*, explain-answer.*).
QUESTIONS = (
    ("when", (
        ("connecting", [CONN, SEC, CERT]),
        ("signing-in", [APP, AUTH, "account-disabled"]),
        ("sending", [e for e in ERROR_IDS if ERRORS_BY_ID[e].stage in ("send", "deliver")]),
        ("receiving", [e for e in ERROR_IDS if ERRORS_BY_ID[e].stage == "receive"]),
    )),
    ("mentions", (
        ("certificate", [CERT]),
        ("port", [SEC]),
    )),
    ("password", (
        ("yes", [APP, AUTH]),
    )),
)
