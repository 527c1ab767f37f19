"""The checker's and the checks' words as gettext catalogues: keeps the translations in step with the
English and compiles them for the runtime (snippets/mailru/messages.py reads them with gettext).

snippets/mailru/locale/mailru.pot holds the English: one entry per message, msgctxt = the key the code
asks for (message(lang, "port-wrong")), msgid = the English words. Each other language has
locale/<lang>/LC_MESSAGES/mailru.po with the same entries and its msgstr.
  sync       brings every .po in step with the .pot (Babel): a new message is added untranslated, a
             removed one dropped, and a message whose English changed keeps its translation marked
             `#, fuzzy` with the former English (`#| msgid`) until a translator reviews it; the
             translator comments are the .pot's plus the glossary's terms in that language
             (tests/support/glossary.toml). `./dev translations` runs it.
  compile    writes locale/<lang>/LC_MESSAGES/mailru.mo for every language (English from the .pot),
             indexed by the key, without fuzzy or empty entries (those fall back to English). The
             build (this file is a MkDocs hook) and the tests (conftest.py) run it; the .mo files
             are not committed, and the checker's archive carries them (checker_download.py).
"""

from __future__ import annotations

import io
import re
import sys
import tomllib
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "snippets" / "mailru" / "locale"
TEMPLATE = LOCALE / "mailru.pot"
GLOSSARY = ROOT / "tests" / "support" / "glossary.toml"
SOURCE = "en"  # the language of the msgids
DOMAIN = "mailru"
# Fixed header dates: a sync that changes no message changes no byte (no date churn in reviews).
DATE = datetime(2026, 12, 5, tzinfo=timezone.utc)
BRACES = re.compile(r"\{(\w*)\}")
PERCENT = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[rsdifgx%]")


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def translated_languages() -> list[str]:
    return sorted(path.parent.parent.name for path in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=lang, domain=DOMAIN)


def placeholders(text: str) -> list[str]:
    """The format placeholders of a message: {name} (str.format) or %(name)s / %s (argparse's)."""
    return sorted(BRACES.findall(text)) + sorted(m.group(0) for m in PERCENT.finditer(text) if m.group(0) != "%%")


def format_flags(english: str) -> set[str]:
    if BRACES.search(english):
        return {"python-brace-format"}
    if any(m.group(0) != "%%" for m in PERCENT.finditer(english)):
        return {"python-format"}
    return set()


def glossary_notes(english: str, lang: str) -> list[str]:
    """'glossary: …' lines for the glossary's concepts whose English term the message uses."""
    notes = []
    for concept in tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))["concept"]:
        if lang not in concept.get("languages", ("cs", "en", "ru")) or "en" not in concept:
            continue
        terms = [re.sub(r"\s*\(.*?\)", "", term).strip() for term in concept["en"]["use"].split(",")]
        if not any(term and re.search(r"(?<!\w)" + re.escape(term.lower()), english.lower()) for term in terms):
            continue
        entry = concept[lang]
        avoid = f" (not: {', '.join(entry['avoid'])})" if entry.get("avoid") else ""
        notes.append(f"glossary: {concept['name']} = {entry['use']}{avoid}")
    return notes


def _catalog(lang: str, header_from: Catalog | None = None) -> Catalog:
    catalog = Catalog(locale=lang, domain=DOMAIN, project="Mail.ru v poštovním programu", version="1",
                      msgid_bugs_address="the project's issues (CONTRIBUTING.md)",
                      creation_date=DATE, revision_date=DATE, fuzzy=False,
                      last_translator="the site's translators", language_team=f"{lang} <see CONTRIBUTING.md>",
                      header_comment=("# The checker's and the checks' words: the English source (msgctxt = the key the code asks for)."
                                      if lang == SOURCE else f"# The checker's and the checks' words in '{lang}'.")
                      + "\n# Edit the words here; overrides/hooks/translations.py and CONTRIBUTING.md say how.\n")
    if header_from is not None:
        catalog.revision_date = header_from.revision_date
    return catalog


def synced(lang: str, template: Catalog, old: Catalog | None) -> Catalog:
    """The .po of lang as sync writes it: the template's entries, in its order, with old's translations."""
    new = _catalog(lang, old)
    previous = {message.context: message for message in old if message.id} if old is not None else {}
    for entry in template:
        if not entry.id:
            continue
        flags = format_flags(entry.id)
        kept = previous.get(entry.context)
        string, previous_id = "", ()
        if kept is not None and kept.string:
            string = kept.string
            if kept.id != entry.id:  # the English changed: keep the translation for review
                flags.add("fuzzy")
                previous_id = (kept.id,)
            elif kept.fuzzy:
                flags.add("fuzzy")
                previous_id = tuple(kept.previous_id)
        comments = [c for c in entry.auto_comments if not c.startswith("glossary:")] + glossary_notes(entry.id, lang)
        new.add(entry.id, string, flags=flags, auto_comments=comments, context=entry.context, previous_id=previous_id)
    return new


def template_with_glossary(template: Catalog) -> Catalog:
    new = _catalog(SOURCE, template)
    new.locale = None
    for entry in template:
        if entry.id:
            comments = [c for c in entry.auto_comments if not c.startswith("glossary:")] + glossary_notes(entry.id, SOURCE)
            new.add(entry.id, "", flags=format_flags(entry.id), auto_comments=comments, context=entry.context)
    return new


def po_text(catalog: Catalog, template: bool = False) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=10_000, omit_header=False, include_previous=True, sort_output=False)
    text = buffer.getvalue()
    if template:  # a template's header has no language
        text = text.replace(b'"Language: \\n"\n', b"")
    return text


def sync() -> list[Path]:
    """Rewrite the .pot's comments and every .po from the .pot; returns the files that changed."""
    changed = []
    template = read(TEMPLATE)
    outputs = {TEMPLATE: po_text(template_with_glossary(template), template=True)}
    for lang in translated_languages():
        outputs[po_path(lang)] = po_text(synced(lang, template, read(po_path(lang), lang)))
    for path, text in outputs.items():
        if path.read_bytes() != text:
            path.write_bytes(text)
            changed.append(path)
    return changed


def runtime_catalog(lang: str, source: Catalog | None = None) -> Catalog:
    """What the runtime reads for lang: key (msgctxt) -> words, translated and reviewed entries only."""
    if source is None:
        source = read(TEMPLATE) if lang == SOURCE else read(po_path(lang), lang)
    compiled = Catalog(locale=lang, domain=DOMAIN, fuzzy=False, creation_date=DATE, revision_date=DATE)
    for entry in source:
        if not entry.id:
            continue
        text = entry.id if lang == SOURCE else entry.string
        if text and not entry.fuzzy:
            compiled.add(entry.context, text)
    return compiled


def mo_bytes(lang: str, source: Catalog | None = None) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, runtime_catalog(lang, source), use_fuzzy=False)
    return buffer.getvalue()


def compile_all() -> dict[str, bytes]:
    """locale/<lang>/LC_MESSAGES/mailru.mo for every language, written only when it changed."""
    made = {}
    for lang in [SOURCE, *translated_languages()]:
        data = made[lang] = mo_bytes(lang)
        path = mo_path(lang)
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return made


def on_config(config):
    compile_all()
    return config


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "sync"
    if command == "sync":
        for path in sync():
            print(f"updated {path.relative_to(ROOT)}")
        fuzzy = [(lang, m.context) for lang in translated_languages() for m in read(po_path(lang), lang) if m.id and m.fuzzy]
        empty = [(lang, m.context) for lang in translated_languages() for m in read(po_path(lang), lang) if m.id and not m.string]
        for lang, key in fuzzy:
            print(f"{lang}: {key} needs review (#, fuzzy: its English changed)")
        for lang, key in empty:
            print(f"{lang}: {key} is not translated yet")
    elif command == "compile":
        compile_all()
    else:
        sys.exit("usage: translations.py [sync|compile]")
