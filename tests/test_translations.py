"""The words of the checker and the checks in gettext catalogues (snippets/mailru/locale, made and kept in
step by overrides/hooks/translations.py): every message translated and reviewed in every language, the
same placeholders as the English (msgfmt --check and our own reading), an English change marks the
translations for review, and the runtime reads the compiled catalogues with the standard library."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess

import pytest
import translations as t
from mailru import messages, service

TRANSLATED = [lang for lang in messages.LANGUAGES if lang != t.SOURCE]


def problems(template, catalog) -> list[str]:
    """What keeps a translation from being complete: missing, extra, untranslated, fuzzy or stale entries."""
    english = {entry.context: entry.id for entry in template if entry.id}
    found = []
    seen = set()
    for entry in catalog:
        if not entry.id:
            continue
        seen.add(entry.context)
        if entry.context not in english:
            found.append(f"{entry.context}: not in the English (.pot)")
        elif entry.id != english[entry.context]:
            found.append(f"{entry.context}: translates an older English (run ./dev translations)")
        if not entry.string:
            found.append(f"{entry.context}: not translated")
        if entry.fuzzy:
            found.append(f"{entry.context}: marked fuzzy: its English changed, review the translation")
    found += [f"{key}: missing (run ./dev translations)" for key in english if key not in seen]
    return found


def test_every_language_has_its_catalogue():
    assert t.translated_languages() == sorted(TRANSLATED)
    assert len([entry for entry in t.read(t.TEMPLATE) if entry.id]) > 250


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_and_reviewed(lang):
    assert not problems(t.read(t.TEMPLATE), t.read(t.po_path(lang), lang))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_msgfmt_check_passes(lang):
    """GNU msgfmt --check: the header, and every python-brace-format / python-format entry's placeholders."""
    result = subprocess.run([shutil.which("msgfmt") or "msgfmt", "--check", "-o", "/dev/null", str(t.po_path(lang))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_are_the_englishs(lang):
    catalog = t.read(t.po_path(lang), lang)
    wrong = [(entry.context, entry.id, entry.string) for entry in catalog
             if entry.id and t.placeholders(entry.id) != t.placeholders(entry.string)]
    assert not wrong
    assert all(entry.flags & t.format_flags(entry.id) == t.format_flags(entry.id) for entry in catalog if entry.id)


def test_a_wrong_placeholder_fails_msgfmt_check(tmp_path):
    """Not blind: a translation that renames {expected} is refused by msgfmt --check and by our own reading."""
    text = t.po_path("ru").read_text(encoding="utf-8")
    planted = text.replace("Введите {expected}.", "Введите {expect}.", 1)
    assert planted != text
    (tmp_path / "ru.po").write_text(planted, encoding="utf-8")
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(tmp_path / "ru.po")], capture_output=True, text=True)
    assert result.returncode != 0 and "expect" in result.stderr
    catalog = t.read(tmp_path / "ru.po", "ru")
    assert [entry.context for entry in catalog if entry.id and t.placeholders(entry.id) != t.placeholders(entry.string)]


def test_a_changed_english_marks_every_translation_for_review():
    """The English of port-wrong changes: sync keeps each translation, marks it fuzzy with the former
    English beside it, and the completeness test then fails until a translator has looked; a new
    message is added untranslated and a removed one dropped."""
    template = t.read(t.TEMPLATE)
    entry = next(entry for entry in template if entry.context == "port-wrong")
    before = entry.id
    entry.id = "{given} is not a port Mail.ru lists for this protocol. Use {expected}."
    template.add("A new sentence.", "", context="new-key")
    template.delete(next(e for e in template if e.context == "copy").id, context="copy")
    for lang in TRANSLATED:
        old = t.read(t.po_path(lang), lang)
        kept = next(e for e in old if e.context == "port-wrong").string
        new = t.synced(lang, template, old)
        changed = next(e for e in new if e.context == "port-wrong")
        assert changed.fuzzy and changed.string == kept and list(changed.previous_id) == [before]
        assert b"#| msgid " in t.po_text(new)  # the translator sees the former English
        assert "port-wrong: marked fuzzy: its English changed, review the translation" in problems(template, new)
        assert "new-key: not translated" in problems(template, new)
        assert not [e for e in new if e.context == "copy"]
        # a message that did not change stays as it was
        assert not next(e for e in new if e.context == "protocol").fuzzy
        # and the runtime shows the English for the entry under review, not the stale translation
        runtime = gettext.GNUTranslations(io.BytesIO(t.mo_bytes(lang, new)))
        runtime.add_fallback(gettext.GNUTranslations(io.BytesIO(t.mo_bytes(t.SOURCE, template))))
        assert runtime.gettext("port-wrong") == entry.id
        assert runtime.gettext("protocol") == next(e for e in old if e.context == "protocol").string


def test_the_catalogues_are_as_sync_writes_them():
    """The .po files follow the .pot (order, English, flags) and carry the glossary's terms as written by
    ./dev translations: an edit by hand that sync would undo, or a .pot edited without sync, shows here."""
    template = t.read(t.TEMPLATE)
    assert t.po_text(t.template_with_glossary(template), template=True) == t.TEMPLATE.read_bytes()
    for lang in TRANSLATED:
        assert t.po_text(t.synced(lang, template, t.read(t.po_path(lang), lang))) == t.po_path(lang).read_bytes(), lang


def test_translator_comments_carry_the_glossarys_terms():
    ru = {entry.context: entry for entry in t.read(t.po_path("ru"), "ru")}
    cs = {entry.context: entry for entry in t.read(t.po_path("cs"), "cs")}
    assert any(c.startswith("glossary: app password = пароль приложения") for c in ru["password_value"].auto_comments)
    assert any(c.startswith("glossary: app password = heslo aplikace") and "aplikační hesl*" in c for c in cs["password_value"].auto_comments)
    assert not [c for c in ru["protocol"].auto_comments if c.startswith("glossary:")]


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_runtime_reads_every_message_with_gettext(lang):
    """message() answers every key of the English in every language from the compiled catalogue, with
    the .po's words; the example address is the site's."""
    words = {entry.context: entry.string for entry in t.read(t.po_path(lang), lang)} if lang != t.SOURCE else \
        {entry.context: entry.id for entry in t.read(t.TEMPLATE)}
    assert messages.keys() and all(messages.text(lang, key) == words[key] for key in messages.keys())
    assert service.EXAMPLE_ADDRESS in messages.message(lang, "username_value")
    with pytest.raises(KeyError):
        messages.message(lang, "no-such-key")
