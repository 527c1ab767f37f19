"""Every fact the source of truth states has a source and a date (snippets/mailru/service.py FACTS and
SOURCES), none was last checked more than twelve months ago, and /about/ shows each in every language."""

from __future__ import annotations

import dataclasses
import datetime
import logging
import re
import sys

import pytest
from conftest import ROOT
from mailru import messages, service
from support.site_pages import page_file

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import service_values  # noqa: E402

LANGS = messages.LANGUAGES  # every language of the site


def problems(facts: dict, sources: dict, needed: set[str]) -> list[str]:
    """What is wrong with a set of facts: a stated fact with none, a fact without a source, an unknown source, a bad date."""
    found = []
    covered = {key for fact in facts.values() for key in (fact.key, *fact.covers)}
    found += [f"{key}: no fact vouches for it" for key in sorted(needed - covered)]
    for fact in facts.values():
        if not fact.sources:
            found.append(f"{fact.key}: no source")
        found += [f"{fact.key}: unknown source {key}" for key in fact.sources if key not in sources]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fact.checked) or datetime.date.fromisoformat(fact.checked) > datetime.date.today():
            found.append(f"{fact.key}: checked {fact.checked!r} is not a past date")
        if fact.confidence not in ("high", "medium", "low"):
            found.append(f"{fact.key}: confidence {fact.confidence!r}")
    for source in sources.values():
        if source.dated and not re.fullmatch(r"\d{4}(-\d{2}){0,2}", source.dated):
            found.append(f"{source.key}: dated {source.dated!r}")
    return found


def test_every_stated_fact_has_a_source_and_a_date():
    needed = service.fact_keys_needed()
    assert {"server:smtp-fallback", "domain:vk.com", "error:sender-mismatch", "error:pop3-folders-hidden", "username"} <= needed
    assert problems(service.FACTS, service.SOURCES, needed) == []
    assert all(service.fact_for(key) for key in needed)


@pytest.mark.parametrize("plant, expected", [
    ("no source", "server:imap: no source"),
    ("unknown source", "server:imap: unknown source nowhere"),
    ("a new server without a fact", "server:imap-new: no fact vouches for it"),
    ("a date to come", "server:imap: checked '2099-01-01' is not a past date"),
])
def test_a_planted_gap_is_caught(plant, expected):
    """The check is not blind: each kind of gap planted in a copy of the facts is reported."""
    facts, needed = dict(service.FACTS), service.fact_keys_needed()
    imap = facts["server:imap"]
    if plant == "no source":
        facts["server:imap"] = dataclasses.replace(imap, sources=())
    elif plant == "unknown source":
        facts["server:imap"] = dataclasses.replace(imap, sources=("nowhere",))
    elif plant == "a new server without a fact":
        needed = needed | {"server:imap-new"}
    else:
        facts["server:imap"] = dataclasses.replace(imap, checked="2099-01-01")
    assert problems(facts, service.SOURCES, needed) == [expected]


def test_no_fact_was_last_checked_more_than_twelve_months_ago():
    """Reads the dates against today: a year after the last check this fails until the facts are checked again."""
    assert service_values.stale_facts(datetime.date.today()) == []


def test_the_build_names_stale_facts_in_its_log(caplog):
    a_year_on = datetime.date.fromisoformat(max(f.checked for f in service.FACTS.values())) + datetime.timedelta(days=366)
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.service_values"):
        stale = service_values.log_stale_facts(a_year_on)
    assert stale == list(service.FACTS)
    (record,) = caplog.records
    assert record.levelno == logging.INFO and "server:imap" in record.getMessage()
    assert service_values.stale_facts(a_year_on - datetime.timedelta(days=2)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_fact_and_source_has_words(lang):
    words = messages.FACT_TABLE[lang]
    for fact in service.FACTS.values():
        assert service_values._fact_words(lang, fact).strip(), fact.key
    assert all(words[f"source:{key}"].strip() for key in service.SOURCES)
    unused = {k for k in words if k.startswith(("fact:", "source:", "name:"))} - {"fact:error"}
    unused -= {f"fact:{key}" for key in service.FACTS} | {f"source:{key}" for key in service.SOURCES} | {f"name:{key}" for key in service.SOURCES}
    assert unused == set()


@pytest.mark.parametrize("lang", LANGS)
def test_about_shows_every_fact_with_its_sources_and_date(built_site, lang):
    html = page_file(built_site, lang, "about/").read_text(encoding="utf-8")
    table = html[html.index('id="fact-sources"'):html.index('id="disagreements"')]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    assert len(rows) == len(service.FACTS)
    for fact, row in zip(service.FACTS.values(), rows):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        assert [re.search(r'href="#source-([\w.-]+)"', link).group(1) for link in cells[1].split(",")] == list(fact.sources), fact.key
        assert cells[2] == fact.checked
        assert (messages.FACT_TABLE[lang]["reader-report"] in cells[3]) == fact.reader_report
    for key in service.SOURCES:
        assert f'id="source-{key}"' in html, key
    server = service.SERVERS_BY_KEY["smtp-fallback"]
    assert str(server.port) in rows[list(service.FACTS).index("server:smtp-fallback")]
