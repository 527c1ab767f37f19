"""Words for the reader, in Czech, English and Russian, for the pages, the checks and the command line.

The words live in gettext catalogues beside this file: locale/mailru.pot (the English, msgctxt = the
key the code asks for) and locale/<lang>/LC_MESSAGES/mailru.po (each translation). The build compiles
them into locale/<lang>/LC_MESSAGES/mailru.mo, indexed by the key (overrides/hooks/translations.py),
and this module reads those with the standard library's gettext, also from inside the checker's
archive and under Pyodide. Sections of keys: plain keys (message()), "catalogue/<id>/title|cause"
(the error catalogue), "facts/<key>" (/about/'s tables), "argparse/<argparse's English>" (--help).
"""

from __future__ import annotations

import gettext
import io
import pkgutil

LANGUAGES = ("cs", "en", "ru")
SOURCE = "en"  # the catalogues' msgids are English; a message not (yet) translated is shown in English

_TRANSLATIONS: dict[str, gettext.GNUTranslations] = {}


class _Missing(gettext.NullTranslations):
    """The end of the fallbacks: a key that no catalogue has is a mistake in the code, not words."""

    def gettext(self, message):
        raise KeyError(message)


def translations(lang: str) -> gettext.GNUTranslations:
    """The compiled catalogue of lang (one of LANGUAGES), read once; it falls back to English, then to
    KeyError, so a message not (yet) translated or marked for review shows in English."""
    if lang not in _TRANSLATIONS:
        try:
            data = pkgutil.get_data(__package__, f"locale/{lang}/LC_MESSAGES/mailru.mo")
        except OSError:
            data = None
        if not data:
            raise RuntimeError(f"the '{lang}' words are not compiled (locale/{lang}/LC_MESSAGES/mailru.mo): "
                               "build with ./dev, or run overrides/hooks/translations.py compile")
        catalogue = gettext.GNUTranslations(io.BytesIO(data))
        catalogue.add_fallback(translations(SOURCE) if lang != SOURCE else _Missing())
        _TRANSLATIONS[lang] = catalogue
    return _TRANSLATIONS[lang]


def language(lang: str | None) -> str:
    """One of LANGUAGES: lang itself, the language of a locale such as cs_CZ.UTF-8, or English."""
    code = (lang or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


def text(lang: str, key: str) -> str:
    """The words for key in lang, unformatted; English where lang has none; KeyError for no such key."""
    return translations(language(lang)).gettext(key)


def message(lang: str, key: str, **values: object) -> str:
    """The reader's words for key, in lang (English when lang is not one of ours)."""
    words = text(lang, key)
    return words.format(**values) if values else words


def catalogue_entry(lang: str, entry_id: str) -> tuple[str, str]:
    """(title, cause in a line) of a catalogue entry."""
    return text(lang, f"catalogue/{entry_id}/title"), text(lang, f"catalogue/{entry_id}/cause")


def keys(section: str = "") -> list[str]:
    """The keys of a section ("" for the plain keys, "catalogue", "facts" or "argparse"), from the English."""
    # gettext keeps a catalogue's entries in GNUTranslations._catalog; "" is the header
    every = [key for key in translations(SOURCE)._catalog if isinstance(key, str) and key]
    if not section:
        return [key for key in every if "/" not in key]
    return [key[len(section) + 1:] for key in every if key.startswith(section + "/")]


class _Tables(dict):
    """MESSAGES["ru"]["port-wrong"] and the like: one language's section as a dict, made on first use."""

    def __init__(self, section: str):
        super().__init__()
        self.section = section

    def __missing__(self, lang: str) -> dict:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        prefix = f"{self.section}/" if self.section else ""
        if self.section == "catalogue":
            table = {entry_id: catalogue_entry(lang, entry_id) for entry_id in dict.fromkeys(k.split("/")[0] for k in keys("catalogue"))}
        else:
            table = {key: text(lang, prefix + key) for key in keys(self.section)}
        self[lang] = table
        return table

    def get(self, lang, default=None):
        return self[lang] if lang in LANGUAGES else default


MESSAGES = _Tables("")
CATALOGUE = _Tables("catalogue")
FACT_TABLE = _Tables("facts")
ARGPARSE = _Tables("argparse")  # argparse's own words by their English (English maps them to themselves)
