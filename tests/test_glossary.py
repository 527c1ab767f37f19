"""One term per concept (tests/support/glossary.toml): no avoided variant in the text a reader sees on a
built page, in the message table or in the checker's answers, in Czech, English and Russian."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from mailru import messages
from support.site_pages import EVERY_PAGE, EVERY_PAGE_IDS, LANGUAGES, page_file, visible_text

GLOSSARY = tomllib.loads((Path(__file__).parent / "support" / "glossary.toml").read_text(encoding="utf-8"))["concept"]
LANGS = LANGUAGES
# Bold text quotes a program's label, written as the program shows it (see glossary.toml).
LABELS = {"strong"}


def variant_pattern(variant: str) -> re.Pattern:
    """A phrase of whole words, case ignored: * in a word is any ending, a lone * any one word."""
    words = []
    for word in variant.split():
        words.append(r"\w+" if word == "*" else r"\w*".join(re.escape(part) for part in word.split("*")))
    return re.compile(r"(?<!\w)" + r"[\s\u00a0]+".join(words) + r"(?!\w)", re.I)


RULES = {
    lang: [(concept["name"], variant, variant_pattern(variant), concept[lang].get("mentions", []))
           for concept in GLOSSARY if lang in concept.get("languages", LANGS) for variant in concept[lang]["avoid"]]
    for lang in LANGS
}


def offences(text: str, lang: str) -> list[str]:
    found = []
    text = re.sub(r"[\s\u00a0]+", " ", text)  # a line break or a no-break space is a space
    for name, variant, pattern, mentions in RULES[lang]:
        clean = text
        for mention in mentions:
            clean = clean.replace(mention, " ")
        for match in pattern.finditer(clean):
            found.append(f"{name}: {variant!r} in …{clean[max(0, match.start() - 40):match.end() + 40]}…")
    return found


def test_glossary_is_complete_and_consistent():
    assert len(GLOSSARY) >= 15
    for concept in GLOSSARY:
        for lang in concept.get("languages", LANGS):
            entry = concept[lang]
            assert entry["use"], concept["name"]
            assert not offences(entry["use"], lang), f"{concept['name']}: the term to use is itself avoided"
    assert all(concept["cs"]["avoid"] for concept in GLOSSARY if "cs" in concept.get("languages", LANGS))
    assert all(concept["ru"]["avoid"] for concept in GLOSSARY), "every concept has Russian variants to avoid"


@pytest.mark.parametrize("lang, page", EVERY_PAGE, ids=EVERY_PAGE_IDS)
def test_no_avoided_variant_on_a_built_page(built_site, lang, page):
    html = page_file(built_site, lang, page).read_text(encoding="utf-8")
    text = visible_text(html, lang, skip=LABELS, only_lang=lang)
    assert not offences(text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_no_avoided_variant_in_the_message_table(lang):
    texts = list(messages.MESSAGES[lang].values()) + [part for entry in messages.CATALOGUE[lang].values() for part in entry]
    assert not offences("\n".join(texts), lang)


@pytest.mark.parametrize("lang", LANGS)
def test_no_avoided_variant_in_the_checkers_answers(checker_answers, lang):
    own_words = re.sub(r"[„“]([^„“”]*)[“”]", " ", checker_answers[lang])  # the pasted text's words, quoted back
    assert not offences(own_words, lang)


def test_a_planted_variant_is_caught(built_site):
    """The check is not blind: a variant planted in a page's prose is reported, a label in bold is not."""
    html = page_file(built_site, "cs", "settings/").read_text(encoding="utf-8")
    planted = html.replace("</article>", "<p>Do programu zadejte heslo pro externí aplikace a <strong>Přihlašovací jméno</strong>.</p></article>", 1)
    found = offences(visible_text(planted, "cs", skip=LABELS, only_lang="cs"), "cs")
    assert len(found) == 1 and "app password" in found[0]
    english = page_file(built_site, "en", "settings/").read_text(encoding="utf-8")
    planted = english.replace("</article>", "<p>Type your normal password into the program.</p></article>", 1)
    assert any("main password" in hit for hit in offences(visible_text(planted, "en", skip=LABELS, only_lang="en"), "en"))
    assert offences("Zkopírováno do schránky", "cs") and offences("příkazové řádce", "cs")
    russian = page_file(built_site, "ru", "settings/").read_text(encoding="utf-8")
    planted = russian.replace("</article>", "<p>Введите в программу пароль для внешнего приложения и <strong>Логин</strong>.</p></article>", 1)
    found = offences(visible_text(planted, "ru", skip=LABELS, only_lang="ru"), "ru")
    assert len(found) == 1 and "app password" in found[0]
    assert offences("Ваш аккаунт и учетная запись", "ru") and offences("на\u00a0домене", "ru")
