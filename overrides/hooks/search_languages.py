"""One search index per language: Czech pages search Czech pages, English and Russian pages their own.

mkdocs-static-i18n writes a single search/search_index.json with every language, and Material's
worker fetches it from `<base>/search/`. After the last build this hook splits it: the root index
keeps the Czech pages and asks for the "cs" lunr language (assets/javascripts/lunr/min/lunr.cs.min.js:
diacritics folded, light stemming), en/search/search_index.json keeps the English pages and
ru/search/search_index.json the Russian ones, with the "ru" lunr language. The site's lunr.ru.min.js
(overrides/assets/javascripts/lunr/min/) adapts Material's own Russian stemmer, so the hook puts
Material's file in front of it in the built site. Pages of every language but the default get their
language root as Material's base, so their worker fetches their index and their results link inside
their language.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
PIPELINES = {"cs": ["trimmer", "stopWordFilter", "stemmer"], "ru": ["trimmer", "stopWordFilter", "stemmer"]}
RUSSIAN = Path("assets", "javascripts", "lunr", "min", "lunr.ru.min.js")


def _i18n(config):
    return config.plugins.get("i18n")


def on_post_page(output, page, config):
    i18n = _i18n(config)
    lang = getattr(page.file, "locale", None)
    if i18n is None or lang in (None, i18n.default_language):
        return output

    def rebase(match):
        data = json.loads(match.group(2))
        data["base"] = f"{data['base']}/{lang}/"
        return match.group(1) + json.dumps(data, ensure_ascii=False) + match.group(3)

    return CONFIG.sub(rebase, output, count=1)


@event_priority(-200)  # after mkdocs-static-i18n has written the combined index
def on_post_build(config):
    i18n = _i18n(config)
    if i18n is None or getattr(i18n, "building", False):
        return  # a nested build of one language; the index is complete only at the end
    site = Path(config.site_dir)
    combined = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    languages = [lang.locale for lang in i18n.config.languages if lang.build]
    for lang in languages:
        prefix = "" if lang == i18n.default_language else f"{lang}/"
        docs = []
        for doc in combined["docs"]:
            location = doc["location"]
            other = any(location.startswith(f"{o}/") or location == o for o in languages if o != i18n.default_language)
            if prefix and location.startswith(prefix):
                docs.append(dict(doc, location=location[len(prefix):]))
            elif not prefix and not other:
                docs.append(doc)
        index = dict(combined, docs=docs)
        index["config"] = dict(combined["config"], lang=[lang], pipeline=PIPELINES.get(lang, combined["config"]["pipeline"]))
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    _put_materials_russian_in_front(config)


def _put_materials_russian_in_front(config) -> None:
    """Material's lunr.ru.min.js (Snowball stemmer, stop words), then the site's adaptation of it."""
    ours = Path(config.site_dir) / RUSSIAN
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    stock = next(Path(d) / RUSSIAN for d in config.theme.dirs
                 if (Path(d) / RUSSIAN).is_file() and Path(d).resolve() != custom)
    text, materials = ours.read_text(encoding="utf-8"), stock.read_text(encoding="utf-8")
    if not text.startswith(materials):  # once per build
        ours.write_text(materials + "\n" + text, encoding="utf-8")
