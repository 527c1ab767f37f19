"""Spelling: Hunspell with Debian's hunspell-cs, hunspell-en-us and hunspell-ru knows every word a
reader sees, on every built page (each text in its own language: English labels on Czech and Russian
pages are marked lang="en") and in the message table. Code, keys, host names, addresses, paths and numbers are
left out; program names and technical terms are in tests/support/words.txt, each with where it occurs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from mailru import messages
from support.site_pages import EVERY_PAGE, EVERY_PAGE_IDS, LANGUAGES, PAGES, page_file, text_chunks

DICTIONARIES = {"cs": "cs_CZ", "en": "en_US", "ru": "ru_RU"}
WORDS_FILE = Path(__file__).parent / "support" / "words.txt"
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A token that names a machine thing, not a word: a host, an address, a URL, a path or file, a number.
NOT_A_WORD = re.compile(r"@|://|\w\.\w|^[./~]|\d|_")
PLACEHOLDER = re.compile(r"\{\w+\}")
# Russian text names programs and quotes English terms in Latin letters: those words are spelled as English.
LATIN_WORDS_IN = {"ru": "en"}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

assert shutil.which("hunspell"), "hunspell is missing: ./dev test installs it (hunspell, hunspell-cs, hunspell-en-us, hunspell-ru)"


def word_list() -> dict[str, tuple[set[str], str]]:
    """tests/support/words.txt: word -> (languages, where it occurs)."""
    entries = {}
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, langs, reason = line.split(None, 2)
        entries[word.lower()] = (set(langs.split(",")), reason.strip())
    return entries


WORD_LIST = word_list()


def words(text: str, lang: str) -> list[str]:
    found = []
    for token in PLACEHOLDER.sub(" ", text).split():
        token = token.strip("()[]{}„“‚‘\"'.,;:!?…–—→✓✗☰*«»")
        if not token or NOT_A_WORD.search(token):
            continue
        for word in WORD.findall(token):
            if lang == "en" and word.endswith(("'s", "’s")):
                word = word[:-2]  # an English possessive: the noun is what is spelled
            found.append(word)
    return found


def unknown(words_by_lang: dict[str, set[str]]) -> dict[str, list[str]]:
    """Per language, the words neither the word list nor Hunspell's dictionary knows."""
    result = {}
    for lang, candidates in words_by_lang.items():
        listed = {w for w in candidates if lang in WORD_LIST.get(w.lower(), (set(), ""))[0]}
        rest = sorted(candidates - listed)
        if lang not in DICTIONARIES:  # no dictionary for it: only the word list counts
            result[lang] = rest
            continue
        answer = subprocess.run(["hunspell", "-d", DICTIONARIES[lang], "-a", "-i", "utf-8"], input="\n".join(rest),
                                capture_output=True, text=True, check=True).stdout.split("\n")[1:]
        verdicts = [line for line in answer if line.strip()]
        assert len(verdicts) == len(rest), "one verdict per word"
        result[lang] = [word for word, verdict in zip(rest, verdicts) if verdict[0] not in "*+-"]
    return {lang: bad for lang, bad in result.items() if bad}


def by_language(found: list[str], lang: str, into: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """Words of a text in lang, per the language they are spelled in (LATIN_WORDS_IN)."""
    into = {} if into is None else into
    for word in found:
        spelled = LATIN_WORDS_IN[lang] if lang in LATIN_WORDS_IN and not CYRILLIC.search(word) else lang
        into.setdefault(spelled, set()).add(word)
    return into


def page_words(html: str, lang: str) -> dict[str, set[str]]:
    by_lang: dict[str, set[str]] = {}
    for text, text_lang, around in text_chunks(html, lang):
        if around & {"code", "pre", "kbd", "script", "style", "svg", "head"}:
            continue
        by_language(words(text, text_lang), text_lang, by_lang)
    return by_lang


@pytest.mark.parametrize("lang, page", EVERY_PAGE, ids=EVERY_PAGE_IDS)
def test_every_word_on_a_built_page_is_known(built_site, lang, page):
    html = page_file(built_site, lang, page).read_text(encoding="utf-8")
    assert not unknown(page_words(html, lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_of_the_message_table_is_known(lang):
    texts = list(messages.MESSAGES[lang].values()) + [part for entry in messages.CATALOGUE[lang].values() for part in entry]
    assert not unknown(by_language([w for text in texts for w in words(text, lang)], lang))


def test_every_word_list_entry_is_justified_and_used(built_site):
    seen: dict[str, set[str]] = {}
    for page in PAGES:
        for lang in LANGUAGES:
            for text_lang, found in page_words(page_file(built_site, lang, page).read_text(encoding="utf-8"), lang).items():
                seen.setdefault(text_lang, set()).update(w.lower() for w in found)
    for lang in LANGUAGES:
        texts = list(messages.MESSAGES[lang].values()) + [p for e in messages.CATALOGUE[lang].values() for p in e]
        for spelled, found in by_language([w for t in texts for w in words(t, lang)], lang).items():
            seen.setdefault(spelled, set()).update(w.lower() for w in found)
    for word, (langs, reason) in WORD_LIST.items():
        assert len(reason) >= 12, f"{word}: say where it occurs"
        assert any(word in seen.get(lang, set()) for lang in langs), f"{word} ({','.join(langs)}) occurs nowhere: drop it"


def test_a_planted_misspelling_is_caught(built_site):
    html = page_file(built_site, "cs", "settings/").read_text(encoding="utf-8")
    planted = html.replace("</article>", "<p>Zadejte heslo do programmu.</p><p lang=\"en\">Recieve mail</p></article>", 1)
    assert unknown(page_words(planted, "cs")) == {"cs": ["programmu"], "en": ["Recieve"]}
    assert unknown({"en": {"Thunderbird", "IMAP", "catalogue"}}) == {}, "listed words pass"
    russian = page_file(built_site, "ru", "settings/").read_text(encoding="utf-8")
    planted = russian.replace("</article>", "<p>Введите пароль в програму.</p></article>", 1)
    assert unknown(page_words(planted, "ru")) == {"ru": ["програму"]}
