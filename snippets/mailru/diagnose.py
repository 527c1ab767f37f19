"""Which catalogue entry explains an error text that a mail program, a library or Mail.ru showed.

Pure function on the source of truth; the command line (`explain`) and the browser's error
decoder call the same `decode` (`diagnose` without saying whether the text was read whole). It reads the meaning of a text, not its phrasing: the concepts
its words stand for (concepts.py: sign-in, failure, password, certificate, connection, timeout …,
in Czech with or without diacritics, English and Russian, each word reduced to its stem by the
Snowball stemmers) and which of them meet within a few words of one line. It says which words of
the text led to each answer (spans in the original text).

Linear in the text: it is read in pieces of about 4 KB (a piece seen before is skipped), folded
once, searched once for words that begin as a word of a concept does; each distinct word is
stemmed once, and each word checks the few rules its concepts take part in. At most BUDGET such words
are read from the start and as many from the end (a long log whose lines all differ is read at both
ends, and the answer says so), so a megabyte takes about a tenth of a second.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import deque
from dataclasses import dataclass

from .service import ERROR_IDS, ERRORS_BY_ID

APP, AUTH = "app-password-required", "authentication-failed"
CONN, SEC, CERT = "connection-failed", "wrong-security", "tls-certificate"
# A second cause named after the best answer, and the note (messages: explain-both.*) saying why both.
NOTES = {APP: "login", AUTH: "login", SEC: "connection", CONN: "connection"}
LEAST = 4  # the least score that counts as recognised: a lone topic word is never enough (a guess scores it)
DECISIVE = 8  # a rule this strong with no second cause names the cause
WINDOW = 8  # the concepts of a rule meet within this many words, on one line
NEAR = 2  # concepts joined by "+" in a rule: next to each other, in one sentence
MAX_SPANS = 4  # places shown per rule
MAX_TEXT = 2_000_000  # longer texts are read at their start and their end, half of this each
# Words worth a look (they begin as a concept's word does) read from the start of a text, and as many
# again from its end: an error text is short, and a long log is read at its start and its end.
BUDGET = 3_000
CHUNK = 4096  # a text is read in pieces of about this size
LONGEST_WORD = 64  # longer runs of letters are no words of any concept
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\\"
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
TOKEN = re.compile(r"\d+(?:\.\d+)+|[^\W_]+")  # a dotted number (5.7.8) or a run of letters and digits
# where a sentence or a clause before a semicolon ends, or a clause begins with "but" or "please": words on either side
# are not next to each other ("sent, but not saved" is no "not sent"; "locked; ask for a password reset" is no reset
# locked; "wrong password, please enter it" or „špatné heslo, zadejte ho znovu“ is no prompt to enter a password)
SENTENCE_END = re.compile(r"[.!?;](?=\s)|,(?=\s*(?:but|ale|avšak|но|однако|please|prosím|пожалуйста|zadejte|"
                          r"введите)\b)",
                          re.IGNORECASE)
# the next word of a phrase, close by: never past a line break or a full stop and a space («сервер. Имя» is no
# «сервер имён», a name server)
NEXT_TOKEN = re.compile(r"(?:[^\w\n.]|_|\.(?!\s)){1,3}?(\d+(?:\.\d+)+|[^\W_]+)")
# a line broken inside a sentence (a letter or a comma before it, a lower-case letter after it): one line;
# not a log's next line, which begins with its program's name and a colon ("msmtp: …")
WRAP = re.compile(r"\n[ \t]*(?=[^\W\d_])(?![\w.-]+:)")
# a value on a line of its own inside a sentence (a letter, a comma or a colon before it, a lower-case letter
# after it), as a dialog shows a host name or a fingerprint: the sentence goes on across it
VALUE_LINE = re.compile(r"\n[ \t]*[^\s:]\S*[ \t]*\n(?=[ \t]*([^\W\d_]))")
# a value on a line of its own after a colon, at the end of the text or of its paragraph ("The server is missing this
# capability:\nSTARTTLS"): the sentence goes on to it
COLON_VALUE = re.compile(r":[ \t]*\n(?=[ \t]*[^\s:]\S*[ \t]*(?:\n|\Z))")
# a file's path (two slashes or more, and a dot or a colon: not "SSL/TLS/STARTTLS"; not a web address, whose host
# is the server's name): a value, whose parts are no words of the text ("…/ImapMail/imap.mail.ru/INBOX.msf",
# c-client's mailbox "{imap.mail.ru:993/ssl}")
PATH = re.compile(r"(?<![^\s\"'«»„“])[^\s\"'«»„“/]*/[^\s\"'«»„“/]*/[^\s\"'«»„“]*")
NOTE = re.compile(r"\s*\([^()\n]*\)$")  # a note in brackets at the end of a line
# a colon or a dash between spaces before a detail ("Sending failed: connection refused", "Unable to log in - network
# failure")
DETAIL = re.compile(r":(?=\s)|(?<=\s)[-–—](?=\s)")
LOCAL_NAME = re.compile(r"(?<=[^\W_])\.local(?![\w-])", re.IGNORECASE)  # a host name on the local network (mDNS)
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")  # SSLCertVerificationError
# Words an identifier of a library begins with: its other words (MailConnectException) are read too.
CAMEL_LEADS = ("mail", "sun", "socket", "io", "net", "java", "javax", "system", "open")
SPACE = re.compile(r" +")
PROGRESS_WORDS = 10  # a line of progress ("Checking certificates…") is short
WORD_START = re.compile(r"(?<![^\W_])[^\W_]")


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

    def __init__(self):
        super().__init__()
        self.gone: set[str] = set()  # characters folded to nothing (lone accents)

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        if not folded:
            self.gone.add(chr(code))
        return folded


_FOLDED = _Folded()  # shared across calls


def fold(text: str) -> tuple[str, list[int]]:
    """(folded text, where characters were dropped): lower case, Latin letters without diacritics
    (Cyrillic kept as is: й and ё stay themselves), quotes and spaces as spaces, line breaks as
    line breaks, one character for one; linear time."""
    if len(_FOLDED) > 200_000:
        _FOLDED.clear()  # bounded memory
        _FOLDED.gone.clear()
    folded = text.translate(_FOLDED)
    dropped = []
    if len(folded) != len(text):
        gone = "".join(sorted(_FOLDED.gone))
        dropped = [m.start() - k for k, m in enumerate(re.finditer("[" + re.escape(gone) + "]", text))]
    return folded, dropped


def _original(index: int, dropped: list[int]) -> int:
    return index + bisect_right(dropped, index)


# --- what the decoder knows, prepared on first use ------------------------------------------------


def _wrapped(text: str, start: int, end: int) -> bool:
    """Whether the line break at start continues a sentence: a letter or a comma before it, a lower-case letter after."""
    while start and text[start - 1] in " \t\r":
        start -= 1
    before = text[start - 1] if start else ""
    return (before.isalpha() or before == ",") and text[end].islower()


def _value_line(m: re.Match) -> str:
    """A value's line (VALUE_LINE) joined to the sentence around it: a letter, a comma or a colon before it, a
    lower-case letter after it; else left as it is."""
    text, start = m.string, m.start()
    while start and text[start - 1] in " \t":
        start -= 1
    before = text[start - 1] if start else ""
    return m[0].replace("\n", " ") if (before.isalpha() or before in ",:") and m[1].islower() else m[0]


def _variant_groups() -> dict[str, str]:
    """Letter -> it and the Latin letters that fold to it (c -> cčç…, е -> её)."""
    found: dict[str, str] = {"е": "её"}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        if ch.islower() and len(ch) == 1:
            base = _fold_char(ch)
            if base.isascii() and base.isalpha() and base != ch:
                found[base] = found.get(base, base) + ch
    return found


def _variants() -> dict[str, str]:
    """Letter -> a class of it and of the Latin letters that fold to it (c -> [cčç…], е -> [её])."""
    return {ch: "[" + "".join(sorted(set(group))) + "]" for ch, group in _variant_groups().items()}


def _trie(words) -> str:
    """One regular expression for many words, as a trie: re tries one letter, not every word. A
    letter also matches its forms with diacritics, so it finds words in a text only lower-cased."""
    variants = _variants()
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        branches = [variants.get(ch, re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class Knowledge:
    """concepts.py made ready to read texts with: each concept's words as keys (stems, made once:
    about 1,500 words), what a word must begin with to be worth stemming, and the rules by concept.
    Built on the first diagnosis, so that the other checks do not wait for it."""

    def __init__(self):
        from snowballstemmer.czech_stemmer import CzechStemmer
        from snowballstemmer.english_stemmer import EnglishStemmer
        from snowballstemmer.russian_stemmer import RussianStemmer

        from .concepts import CONCEPTS, NONE, RULES

        assert set(RULES) == {*ERROR_IDS, NONE}, "every catalogue entry needs rules, and only those"
        self.stem = {"en": EnglishStemmer().stemWord, "cs": CzechStemmer().stemWord, "ru": RussianStemmer().stemWord}
        self.first: dict[str, list] = {}  # key of a word -> [concept] whose word it is
        # phrases: key of the first word -> key of the second -> [(concept, keys of each further word)]
        self.phrases: dict[str, dict[str, list]] = {}
        self.starts: dict[str, set[str]] = {"en": set(), "cs": set(), "ru": set()}  # per language
        self.exact: set[str] = set()  # words compared as written: codes, and short words (no, not, не)
        # the same for the further words of phrases (looked at only after a phrase's first word)
        self.further_starts: dict[str, set[str]] = {"en": set(), "cs": set(), "ru": set()}
        self.further_exact: set[str] = set()
        made: dict[tuple[str, str], set[str]] = {}
        for concept, langs in CONCEPTS.items():
            for lang, items in langs.items():
                for item in items.split("|"):
                    words = TOKEN.findall(fold(item.strip())[0])
                    originals = TOKEN.findall(item.strip().lower())
                    assert len(words) == len(originals) and len(words[0]) >= 2, item
                    keys = [made.get((lang, w)) or made.setdefault((lang, w), self.word_keys(lang, w)) for w in originals]
                    # a short word is compared as written too (no, not, не, out, the t of can't)
                    keys = [k | {"*:" + w} if len(w) <= 3 else k for k, w in zip(keys, words)]
                    for key in keys[0]:
                        if len(keys) == 1:
                            self.first.setdefault(key, []).append(concept)
                        else:
                            for second in keys[1]:
                                self.phrases.setdefault(key, {}).setdefault(second, []).append((concept, tuple(keys[2:])))
                    self.add_start(lang, words[0], keys[0], self.starts, self.exact)
                    for word, word_keys in zip(words[1:], keys[1:]):
                        self.add_start(lang, word, word_keys, self.further_starts, self.further_exact)
        # start -> the languages whose words begin so (first words, further words), and their lengths
        self.begin = [{}, {}]
        for which, starts in enumerate((self.starts, self.further_starts)):
            for lang, begins in starts.items():
                for start in begins:
                    self.begin[which].setdefault(start, []).append(lang)
        self.lengths = [sorted({len(start) for start in begin}) for begin in self.begin]
        # What a word worth a look begins with. A long text is searched with one regular expression (a
        # trie of the heads, compiled on first need: about 0.1 s), a short one word by word, as the
        # trie would: a letter of a head also stands for its forms with diacritics (and е for ё).
        self.heads = {start[:4] for starts in self.starts.values() for start in starts} | self.exact | set(CAMEL_LEADS)
        self.head_lengths = sorted({len(head) for head in self.heads}, reverse=True)
        self.plain = str.maketrans({ch: base for base, group in _variant_groups().items() for ch in group if ch != base})
        self.trie: re.Pattern | None = None
        # Rules: (entry id, weight, second cause or None). By concept, what a word of it may complete:
        # alone: rules of that concept only; pairs: rules of two slots, as (rule, the other slot,
        # window), with, per concept of the other slot, a bit mask of the pairs it completes (so a
        # word tests only the rules whose other concept is near); more: rules of three slots.
        self.rules: list[tuple] = []
        self.alone: dict[str, list[int]] = {}
        self.pairs: dict[str, list[tuple]] = {}
        self.pair_bits: dict[str, dict[str, int]] = {}
        self.more: dict[str, list[tuple]] = {}
        self.pair_of: dict[int, list[tuple[str, int]]] = {}  # rule -> [(concept, its bit among the concept's pairs)]
        for entry_id, rules in RULES.items():
            for concepts, weight, *second in rules:
                slots = tuple(frozenset(slot.split("|")) for slot in concepts.replace("+", " ").split())
                assert all(c in CONCEPTS for slot in slots for c in slot), f"{concepts}: an unknown concept"
                window, number = NEAR if "+" in concepts else WINDOW, len(self.rules)
                for slot in slots:
                    others = tuple(other for other in slots if other is not slot)
                    for concept in slot:
                        if not others:
                            self.alone.setdefault(concept, []).append(number)
                        elif len(others) == 1:
                            pairs = self.pairs.setdefault(concept, [])
                            for other in others[0]:
                                bits = self.pair_bits.setdefault(concept, {})
                                bits[other] = bits.get(other, 0) | 1 << len(pairs)
                            self.pair_of.setdefault(number, []).append((concept, 1 << len(pairs)))
                            pairs.append((number, others[0], window))
                        else:
                            self.more.setdefault(concept, []).append((number, others, window))
                self.rules.append((entry_id, weight, second[0] if second else None))

    def candidates(self, folded: str, long: bool):
        """Where the words worth a look begin in a folded text: by the trie for a long text, else word
        by word (the same places: where a word begins with a head, the longest, never inside the last)."""
        if long:
            if self.trie is None:
                # the start of a word (a letter before it ends the test at once) followed by one of the heads
                self.trie = re.compile(r"(?<![^\W_])" + _trie(self.heads))
            for found in self.trie.finditer(folded):
                yield found.start()
            return
        heads, plain, end = self.heads, self.plain, 0
        for word in WORD_START.finditer(folded):
            start = word.start()
            if start < end:
                continue
            for n in self.head_lengths:
                piece = folded[start:start + n]
                if len(piece) == n and piece.translate(plain) in heads:
                    end = start + n
                    yield start
                    break

    def word_keys(self, lang: str, word: str) -> set[str]:
        """A concept's word as keys: its stem in its language (Czech: also as written without
        diacritics, which the Czech stemmer reads otherwise), or the word itself for "*"."""
        folded = fold(word)[0]
        if lang == "*":
            return {"*:" + folded}
        if lang == "cs":
            return {"cs:" + fold(self.stem["cs"](word))[0], "cs:" + self.stem["cs"](folded)}
        return {f"{lang}:" + self.stem[lang](folded if lang == "en" else word)}

    def add_start(self, lang: str, head: str, keys, starts, exact) -> None:
        if lang == "*" or len(head) <= 3:
            exact.add(head)
            return
        for key in keys:
            # A word has this stem only if it begins as the stem does, but for the stem's last letter,
            # which the stemmer may have changed (y -> i, č -> k); ё is read as е, as the stemmer does.
            stem = key.split(":", 1)[1].replace("ё", "е")
            if key.startswith(lang + ":"):
                starts[lang].add(stem[:-1] if len(stem) >= 4 else stem)
                # a short stem the stemmer changed (trying -> tri): a word begins as the concept's word does
                starts[lang].add(head.replace("ё", "е")[:len(stem) - 1 if len(stem) >= 4 else len(stem)])

    def languages_of(self, word: str, further: bool = False) -> list[str]:
        """The languages whose stem of this (folded) word may be a key: those whose words begin as it
        does (the further words of phrases: `further`)."""
        plain, begin, langs = word.replace("ё", "е"), self.begin[further], []
        for n in self.lengths[further]:
            if n > len(plain):
                break
            for lang in begin.get(plain[:n], ()):
                if lang not in langs:
                    langs.append(lang)
        return langs

    def text_keys(self, folded_word: str, word: str, langs) -> frozenset[str]:
        """What a word of a text can be: itself, and its stem in each of the languages given
        (folded_word is folded, word the same word in lower case with its diacritics)."""
        keys = {"*:" + folded_word}
        for lang in langs:
            if lang == "en":
                keys.add("en:" + self.stem["en"](folded_word))
            elif lang == "cs":
                keys.add("cs:" + fold(self.stem["cs"](word))[0])
            else:
                keys.add("ru:" + self.stem["ru"](word))
        return frozenset(keys)


_KNOWLEDGE: list[Knowledge] = []


def knowledge() -> Knowledge:
    if not _KNOWLEDGE:
        _KNOWLEDGE.append(Knowledge())
    return _KNOWLEDGE[0]


# --- reading a text ------------------------------------------------------------------------------


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


def _chunks(text: str):
    """(start, end) of pieces of about CHUNK characters, cut after a line or a word where one is near."""
    start, size = 0, len(text)
    while start < size:
        end = start + CHUNK
        if end < size:
            cut = text.find("\n", end, end + 512)
            if cut < 0:
                cut = text.find(" ", end, end + 512)
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
        self.know = knowledge()
        self.keys: dict[tuple[str, bool], frozenset[str]] = {}  # a word of this text -> its keys (stemmed once)
        self.info: dict[str, tuple] = {}  # a word as written -> (its concepts, the phrases it begins)
        self.done: dict[str, int] = {}  # concept -> bits of its pairs that hold in MAX_SPANS places already
        self.fired: dict[int, list[tuple[int, int]]] = {}  # rule number -> [(start, end)] in the original text
        self.budget, self.cut = BUDGET, False  # words worth a look left to read; whether some were left out
        self.long = False  # a text longer than a piece: searched with the trie
        self.full: set[int] = set()  # rules shown in MAX_SPANS places already
        self.concepts: set[str] = set()  # every concept seen in the text

    def read(self, text: str) -> bool:
        """Reads the text's pieces from its start until BUDGET words worth a look are spent, then from its
        end backwards until as many are spent again; whether every word was read."""
        bounds = [(offset + start, offset + end) for offset, piece in pieces(text) for start, end in _chunks(piece)]
        seen, read, self.cut, self.long = set(), [False] * len(bounds), len(text) > MAX_TEXT, len(text) > CHUNK
        for order in (range(len(bounds)), range(len(bounds) - 1, -1, -1)):
            self.budget = BUDGET
            for i in order:
                if read[i]:
                    break  # met the part read from the other side
                if self.budget <= 0:
                    self.cut = True
                    break
                read[i] = True
                chunk = text[bounds[i][0]:bounds[i][1]]
                if chunk not in seen:  # else the same words again: the same rules, already counted
                    seen.add(chunk)
                    self.read_chunk(chunk, bounds[i][0])
        return not self.cut

    def read_chunk(self, chunk: str, offset: int) -> None:
        joined = chunk
        if "\n" in chunk:
            joined = COLON_VALUE.sub(lambda m: m[0].replace("\n", " "), VALUE_LINE.sub(_value_line, chunk))
        joined = WRAP.sub(lambda m: " " * len(m[0]) if _wrapped(joined, m.start(), m.end()) else m[0], joined)
        if joined.count("/") >= 2:  # a path's parts as one run of no letters (the same length: places stay)
            joined = PATH.sub(lambda m: m[0] if "://" in m[0] or not ("." in m[0] or ":" in m[0]) else "_" * len(m[0]),
                              joined)
        joined = LOCAL_NAME.sub(lambda m: "_" * len(m[0]), joined)  # a host name's last part (nas.local): no word
        lowered = joined.lower()
        if len(lowered) == len(chunk) and unicodedata.is_normalized("NFC", chunk):
            folded, dropped = lowered, []  # searched as it is; only the words found are folded
        else:  # decomposed accents, or letters whose lower case is longer: folded whole
            folded, dropped = fold(joined)
        self.chunk, self.folded, self.dropped, self.offset = chunk, folded, dropped, offset
        self.ends = None  # where sentences end in the whole text (as spans are), found when a "+" rule first needs them
        self.last: dict[str, tuple[int, int, int]] = {}  # concept -> (word number, start, end) where last seen
        self.recent: deque[tuple[int, str]] = deque()  # (word number, concept) of the last WINDOW words
        self.counted = self.number = 0  # words counted up to where
        for start in self.know.candidates(folded, self.long):
            self.budget -= 1
            if self.budget < 0:
                self.cut = True
                return
            end = TOKEN.match(folded, start).end()
            if end - start > LONGEST_WORD:
                continue
            original = self.original(start, end)
            if original.islower() or original.isupper() or not original.isascii() or original.lower() in self.know.exact:
                self.concepts_at(start, end, original)  # (an identifier compared as written, such as TLSv1: whole)
            else:  # perhaps an identifier in camel case (ConnectionRefusedError): word by word
                bounds = [0, *(m.start() for m in CAMEL.finditer(original)), len(original)]
                parts = [(start + a, start + b, original[a:b]) for a, b in zip(bounds, bounds[1:])]
                if len(parts) > 1 and not all(self.known(*part) for part in parts):
                    parts = [(start, end, original)]  # a name (BackupPC, FusionDirectory): one word
                for part in parts:
                    self.concepts_at(*part)

    def word_number(self, start: int) -> int:
        """How many words come before start in this piece; a line break counts as more than a rule's
        window: the next line is another statement, and no rule combines words across it."""
        if start > self.counted:
            count = self.folded.count
            self.number += count(" ", self.counted, start) + (WINDOW + 1) * count("\n", self.counted, start)
            self.counted = start
        return self.number

    def original(self, start: int, end: int) -> str:
        """The text's own characters behind folded[start:end]."""
        if not self.dropped:
            return self.chunk[start:end]
        return self.chunk[_original(start, self.dropped):_original(end - 1, self.dropped) + 1]

    def where(self, start: int, end: int) -> tuple[int, int]:
        """folded[start:end] as (start, end) in the whole text."""
        if not self.dropped:
            return self.offset + start, self.offset + end
        return self.offset + _original(start, self.dropped), self.offset + _original(end - 1, self.dropped) + 1

    def word_keys(self, start: int, end: int, further: bool = False, original: str | None = None) -> frozenset[str]:
        """The keys of a word that begins as a word of a concept does (else none), or as a further
        word of a phrase does (`further`); stemmed once per text."""
        word = self.original(start, end) if original is None else original
        word = (unicodedata.normalize("NFC", word) if self.dropped else word).lower()
        found = self.keys.get((word, further))
        if found is None:
            folded_word = fold(word)[0]
            langs = [] if folded_word.isdigit() else self.know.languages_of(folded_word, further)
            if not langs and folded_word not in (self.know.further_exact if further else self.know.exact):
                found = frozenset()  # begins as no word of a concept does
            else:
                found = self.know.text_keys(folded_word, word, langs)
            self.keys[(word, further)] = found
        return found

    def word_info(self, start: int, end: int, original: str) -> tuple[tuple, tuple]:
        """(the concepts whose word this is, the phrases it begins)."""
        info = self.info.get(original)
        if info is None:
            keys = sorted(self.word_keys(start, end, original=original))  # sorted: the same order in every process
            singles = tuple(dict.fromkeys(c for key in keys for c in self.know.first.get(key, ())))
            info = self.info[original] = singles, tuple(self.know.phrases[key] for key in keys if key in self.know.phrases)
        return info

    def known(self, start: int, end: int, original: str) -> bool:
        """Whether a part of a word in camel case is a word of the concepts (or of an identifier's usual start)."""
        return original.lower() in CAMEL_LEADS or any(self.word_info(start, end, original))

    def concepts_at(self, start: int, end: int, original: str) -> None:
        singles, phrases = self.word_info(start, end, original)
        if not singles and not phrases:
            return
        here = dict.fromkeys(singles, end)  # concept -> where its words end (a phrase goes on past this word)
        if phrases:  # the next word, looked at once for every phrase this word begins
            following = self.next_word(end)
            for key in sorted(following[1]) if following else ():
                for by_second in phrases:
                    for concept, tail in by_second.get(key, ()):
                        phrase_end = self.phrase_end(following[0], tail)
                        if phrase_end is not None and phrase_end > here.get(concept, 0):
                            here[concept] = phrase_end
        number = self.word_number(start)
        for concept, phrase_end in here.items():
            self.seen(concept, number, *self.where(start, phrase_end))

    def next_word(self, end: int):
        """(where it ends, its keys) of the word right after `end`, or None."""
        following = NEXT_TOKEN.match(self.folded, end)
        if not following or following.end(1) - following.start(1) > LONGEST_WORD:
            return None
        return following.end(1), self.word_keys(*following.span(1), further=True)

    def phrase_end(self, end: int, tail):
        """Where a phrase ends whose words so far end at `end`, or None if its next words differ."""
        for wanted in tail:
            following = self.next_word(end)
            if not following or not wanted & following[1]:
                return None
            end = following[0]
        return end

    def seen(self, concept: str, number: int, start: int, end: int) -> None:
        """A concept's words at start:end: every rule it completes with the others seen near before it."""
        know, last, recent = self.know, self.last, self.recent
        self.concepts.add(concept)
        last[concept] = (number, start, end)
        recent.append((number, concept))
        while recent[0][0] < number - WINDOW:
            recent.popleft()
        for rule in know.alone.get(concept, ()):
            self.fire(rule, start, end)
        if len(recent) == 1:
            return  # no other concept near: no rule of two or more concepts can hold
        bits, pending = know.pair_bits.get(concept), 0
        if bits:  # the rules of two concepts whose other concept is near, and not done yet
            for _, other in recent:
                pending |= bits.get(other, 0)
            pending &= ~self.done.get(concept, 0)
        pairs = know.pairs.get(concept, ())
        while pending:
            low = pending & -pending
            pending ^= low
            rule, slot, window = pairs[low.bit_length() - 1]
            self.complete(rule, (slot,), window, number, start, end)
        more = know.more.get(concept)
        if more:
            near, full = {other for _, other in recent}, self.full
            for rule, others, window in more:
                if rule not in full and all(slot & near for slot in others):
                    self.complete(rule, others, window, number, start, end)

    def complete(self, rule: int, others, window: int, number: int, start: int, end: int) -> None:
        """The rule holds if each other slot has a concept seen within its window: where it holds."""
        if len(self.fired.get(rule, ())) >= MAX_SPANS:
            return
        low, high = start, end
        for slot in others:  # each other slot: its concept seen last, if near enough
            best = None
            for other in slot:
                at = self.last.get(other)
                if at is not None and number - at[0] <= window and (best is None or (at[0], -at[1]) > (best[0], -best[1])):
                    best = at
            if best is None:
                return
            if window == NEAR and best[2] <= start:
                if self.ends is None:
                    self.ends = [self.offset + m.start() for m in SENTENCE_END.finditer(self.chunk)]
                if bisect_right(self.ends, start) > bisect_right(self.ends, best[2] - 1):
                    return  # next to each other only across a sentence's end
            low, high = min(low, best[1]), max(high, best[2])
        self.fire(rule, low, high)

    def fire(self, rule: int, start: int, end: int) -> None:
        places = self.fired.setdefault(rule, [])
        if len(places) < MAX_SPANS and (start, end) not in places:
            places.append((start, end))
            if len(places) == MAX_SPANS:  # shown in enough places: no word needs to test it again
                self.full.add(rule)
                for concept, bit in self.know.pair_of.get(rule, ()):
                    self.done[concept] = self.done.get(concept, 0) | bit


def diagnose(text: str) -> list[Match]:
    """Catalogue entries that explain the text, best first; empty when none does."""
    return decode(text)[0]


def _progress(text: str) -> bool:
    """Whether the text is one short line that ends in an ellipsis, as a program reports a step it is taking."""
    if len(text) > 40 * PROGRESS_WORDS:
        return False
    line = text.strip()
    return line.endswith(("...", "\u2026")) and "\n" not in line and len(TOKEN.findall(line)) <= PROGRESS_WORDS


_OPTION: list[re.Pattern] = []
# a policy for a kind of certificate or for any ("Trust self-signed certificate", "Trust any TLS certificate"), not a
# prompt's button about the one before it ("Trust certificate")
ANY_KIND = re.compile(r"\b(?:any|all|every|self-signed|untrusted|invalid|každ\w*|všem|všechny|libovoln\w*|"
                      r"samopodepsan\w*|любо\w*|все|всем|самоподписанн\w*)\b", re.IGNORECASE)


def _option(text: str) -> tuple[int, str] | None:
    """(its verb's kind: 0 an option's, 1 a policy's, 2 one that ignores; the rest) of a setting's label ("Require
    TLS", „Vyžadovat SSL“, «Включить SSL», "Trust self-signed certificates", "Ignore SSL errors"): one short line that
    begins with such a verb and ends without a full stop or a colon (a note in brackets after it aside); else None."""
    line = NOTE.sub("", text.strip())
    if len(line) > 80 or "\n" in line or line.endswith((".", "!", "?", ":", "\u2026")) or len(TOKEN.findall(line)) > 6:
        return None
    if not _OPTION:
        from .concepts import IGNORE_VERBS, OPTION_VERBS, POLICY_VERBS
        for verbs in OPTION_VERBS, POLICY_VERBS, IGNORE_VERBS:
            words = (verb.strip() for lang in verbs.values() for verb in lang.split("|"))
            _OPTION.append(re.compile(r"(?:%s)\b\s*(.*)" % "|".join(map(re.escape, words)), re.IGNORECASE | re.DOTALL))
    for kind, pattern in enumerate(_OPTION):
        found = pattern.fullmatch(line)
        if found:
            return kind, found[1]
    return None


def decode(text: str) -> tuple[list[Match], bool]:
    """diagnose's answer, and whether the whole text was read (else its start and its end were)."""
    from .concepts import GUESS, LABEL_TOPICS, LOCAL, NONE, TROUBLE

    reader = _Reader()
    whole = reader.read(text)
    if _progress(text) and not reader.concepts & TROUBLE:
        return [], whole  # a step being taken ("Verifying the certificate…"), nothing gone wrong
    option = _option(text)
    if option is not None:  # a setting's label: no error, unless the rest of it names one (or an entry of its own);
        # a policy for certificates in the plural is a setting whatever it names ("Allow invalid certificates"), while
        # a prompt's button speaks of one ("Trust this certificate"); what a label ignores is what it lets pass
        kind, rest = option
        label = _Reader()
        label.read(rest)
        if kind == 2 or "certificates" in label.concepts or (kind == 1 and "certificate" in label.concepts and
                ANY_KIND.search(rest)) or (not kind and not label.concepts & (TROUBLE | LABEL_TOPICS)):
            return [], whole
    # A statement about something beside the mailbox (its database, a calendar) explains its own
    # words: a rule counts only where its words are not part of such a statement.
    rules = reader.know.rules
    elsewhere = [place for rule, places in reader.fired.items() if rules[rule][0] == NONE for place in places]
    local_places = {place for rule, places in reader.fired.items() if rules[rule][0] == NONE and rules[rule][1] == LOCAL
                    for place in places}
    # A guess (a failure that names no cause, such as "sending failed") counts only when it is all the text
    # says: any other rule that holds anywhere, an entry's or none's, tells more; but a statement of LOCAL
    # weight (a password reset, a site confirming an address) explains only its own words, and a sending failure
    # beside it is still read (an e-mail about it that could not go; a refusal beside it is its own). A guess
    # whose words hold such a statement whole is about it ("sending the confirmation e-mail failed"): it counts.
    def masks(place, rule, start, end):
        held = rules[rule][1] == GUESS and (start, end) in local_places and place[0] <= start and end <= place[1]
        return place[0] < end and start < place[1] and not held

    kept_places = {rule: [place for place in places if not any(masks(place, rule, *other) for other in elsewhere)]
                   for rule, places in sorted(reader.fired.items())}
    local = any(rules[rule][0] == NONE and rules[rule][1] == LOCAL for rule in reader.fired)
    guesses_only = all(rules[rule][1] == GUESS or (rules[rule][0] == NONE and rules[rule][1] == LOCAL)
                       or (rules[rule][0] != NONE and not kept_places[rule]) for rule in reader.fired)
    fired = {}
    for rule, kept in kept_places.items():
        guess_counts = guesses_only and (not local or rules[rule][0] == CONN)
        if kept and rules[rule][0] != NONE and (rules[rule][1] != GUESS or guess_counts):
            fired[rule] = kept
    # An entry scores its strongest rule, and a point for each other rule that would count alone and
    # holds elsewhere in the text (several rules read from the same words are one statement): many weak
    # hints of one kind do not outweigh one clear statement of another. The words shown are those of
    # its strongest rules.
    by_entry, seconds, decisive = {}, {}, set()
    for rule, places in fired.items():
        entry_id, weight, second = rules[rule]
        weight = weight if weight != GUESS else LEAST
        by_entry.setdefault(entry_id, []).append((weight, places))
        if second:
            seconds.setdefault(entry_id, set()).add(second)
        elif weight >= DECISIVE:
            decisive.add(entry_id)
    scores, spans = {}, {}
    for entry_id, held in by_entry.items():
        held.sort(key=lambda rule: -rule[0])  # stable: the first strongest rule in the rules' order
        top, strongest = held[0]
        spans[entry_id] = [place for weight, places in held if weight == top for place in places]
        scores[entry_id] = top + sum(weight >= LEAST and any(not any(a < e and s < b for s, e in strongest) for a, b in places)
                                     for weight, places in held[1:])
    ranked = sorted((-score, ERROR_IDS.index(entry_id), entry_id) for entry_id, score in scores.items() if score >= LEAST)
    found = [Match(entry_id, -score, _merge(spans[entry_id])) for score, _, entry_id in ranked]
    if (len(found) > 1 and found[0].score - found[1].score <= 1
            and ERRORS_BY_ID[found[0].id].stage != ERRORS_BY_ID[found[1].id].stage):
        # "Login failed: could not connect to the server": a statement, a colon, and the detail that explains it
        # (as strong, or nearly, and of another moment: connecting, signing in …): the detail is the cause
        def sides(places, colon):  # whether some of the places lie wholly before the colon, some wholly after
            return any(end <= colon for _, end in places), any(start > colon for start, _ in places)
        if any(sides(spans[found[0].id], colon) == (True, False) and sides(spans[found[1].id], colon) == (False, True)
               for colon in (m.start() for m in DETAIL.finditer(text))):
            found = [found[1], found[0], *found[2:]]
    if found and found[0].id in decisive:
        # the text names the cause: weaker answers of the same moment (connecting, signing in …) go
        stage = ERRORS_BY_ID[found[0].id].stage
        found = [m for m in found if m.id in decisive or ERRORS_BY_ID[m.id].stage != stage]
    elif found:
        best = found[0]
        for second in sorted(seconds.get(best.id, ()), key=ERROR_IDS.index):
            # one wording, two causes: say both, the likelier first, and why
            there = next((m for m in found if m.id == second), None)
            also = Match(second, there.score if there else best.score - 1, there.spans if there else best.spans, NOTES[second])
            found = [best, also, *(m for m in found[1:] if m.id != second)]
    return found, whole


def words(text: str, match: Match, limit: int = 120) -> list[str]:
    """The pasted text's own words behind a match, white space tidied, each at most `limit` characters."""
    return [SPACE.sub(" ", " ".join(text[start:end].split()))[:limit] for start, end in match.spans]


# When nothing is recognised: three questions that tell the entries apart, each answer with the
# entries it leads to, the likeliest first (their words: messages.py, explain-question.* and
# explain-answer.*).
QUESTIONS = (
    ("when", (
        ("connecting", (CONN, SEC, CERT)),
        ("signing-in", (APP, AUTH, "account-disabled")),
        ("sending", tuple(e for e in ERROR_IDS if ERRORS_BY_ID[e].stage in ("send", "deliver"))),
        # mail that would not come: the connection or the password, as often as anything POP3 says (IMAP's too)
        ("receiving", (CONN, APP, *(e for e in ERROR_IDS if ERRORS_BY_ID[e].stage == "receive"))),
    )),
    ("mentions", (
        ("certificate", (CERT,)),
        ("port", (SEC,)),
    )),
    ("password", (
        ("password", (APP, AUTH)),
    )),
)
