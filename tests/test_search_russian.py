"""The Russian search as the built site ships it (assets/javascripts/lunr/min/lunr.ru.min.js: Material's
Snowball stemmer with this site's adaptation), run by lunr in Node as Material's worker runs it: the
forms of a word share one stem, ё is е and case does not count, host names, numbers and Latin words
(Mail.ru's "parol prilozheniya") stay in the index whole, and queries with Material's trailing
wildcard find their documents."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from conftest import ROOT

GROUPS = [
    ["пароль", "пароля", "паролем", "ПАРОЛЬ", "паролю"],
    ["настройка", "настройки", "настройкой", "настройку"],
    ["ошибка", "ошибки", "ошибкой", "ошибку", "ОШИБКА"],
    ["сервер", "сервера", "серверу", "сервером", "серверы"],
    ["учётная", "учетная", "УЧЁТНАЯ", "Учетная"],
    ["приложение", "приложения", "приложении", "приложением"],
    ["ящик", "ящика", "ящиком", "ящику"],
    ["запись", "записи", "записью"],  # Snowball alone cuts "запись" to "зап"
]
DIFFERENT = [("пароль", "порт"), ("почта", "порт"), ("сервер", "сертификат"), ("запись", "запуск")]
WHOLE = ["imap.mail.ru", "465", "550", "5.7.0", "parol", "prilozheniya", "neobhodim"]


@pytest.fixture(scope="module")
def russian(built_site, tmp_path_factory):
    lunr_dir = built_site / "assets" / "javascripts" / "lunr" / "min"
    words = [w for group in GROUPS for w in group] + [w for pair in DIFFERENT for w in pair] + WHOLE
    docs = {
        "settings": "Настройки серверов: imap.mail.ru, порт 465",
        "password": "С паролем приложения программа войдёт; без пароля приложения — нет",
        "errors": "Ошибкой 550 сервер отвечает: NEOBHODIM parol prilozheniya",
        "account": "Учётная запись в программе",
        "czech": "Nastavení a hesla",
        "start": "Запуск в вашей системе",
    }
    queries = ["настройки", "НАСТРОЙКА", "пароль", "пароля", "паролем", "ошибка", "imap.mail.ru", "465", "550",
               "NEOBHODIM", "parol prilozheniya", "учетная", "УЧЁТНОЙ", "xyzzyq", "пароль приложения", "запись"]
    request = tmp_path_factory.mktemp("russian") / "input.json"
    request.write_text(json.dumps({"lang": "ru", "scripts": [str(lunr_dir / "lunr.stemmer.support.min.js"), str(lunr_dir / "lunr.ru.min.js")],
                                   "words": words, "docs": docs, "queries": queries}), encoding="utf-8")
    run = subprocess.run([shutil.which("node") or "node", str(ROOT / "tests" / "support" / "lunr_language.cjs"), str(request)],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    return dict(zip(words, answer["stems"])), answer["hits"]


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g[0])
def test_forms_of_a_word_share_one_stem(russian, group):
    stems, _ = russian
    assert len({stems[w] for w in group}) == 1, {w: stems[w] for w in group}
    assert "ё" not in stems[group[0]] and stems[group[0]] == stems[group[0]].lower()


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_words_stay_apart(russian, a, b):
    stems, _ = russian
    assert stems[a] != stems[b]


@pytest.mark.parametrize("word", WHOLE)
def test_host_names_numbers_and_latin_words_stay_whole(russian, word):
    stems, _ = russian
    assert stems[word] == word


@pytest.mark.parametrize(
    "query, found",
    [("настройки", ["settings"]), ("НАСТРОЙКА", ["settings"]), ("пароль", ["password"]), ("пароля", ["password"]),
     ("паролем", ["password"]), ("ошибка", ["errors"]), ("imap.mail.ru", ["settings"]), ("465", ["settings"]),
     ("550", ["errors"]), ("NEOBHODIM", ["errors"]), ("parol prilozheniya", ["errors"]), ("учетная", ["account"]),
     ("УЧЁТНОЙ", ["account"]), ("xyzzyq", []), ("пароль приложения", ["password"]), ("запись", ["account"])],
)
def test_queries_with_the_trailing_wildcard_find_their_documents(russian, query, found):
    _, hits = russian
    assert hits[query] == found


def test_the_built_file_is_materials_stemmer_then_the_sites_adaptation(built_site):
    text = (built_site / "assets" / "javascripts" / "lunr" / "min" / "lunr.ru.min.js").read_text(encoding="utf-8")
    assert text.startswith("/*!\n * Lunr languages, `Russian` language")
    assert text.count("Russian for lunr on this site") == 1  # once, however many languages were built
    index = json.loads((built_site / "ru" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["ru"] and index["config"]["pipeline"] == ["trimmer", "stopWordFilter", "stemmer"]
