"""Render every server value on the pages from the source of truth (snippets/mailru/service.py).

Pages write macros instead of values:
  {{ settings_table }}           every server, port and security mode, one card per server
  {{ settings_box }}             the box for a client guide (IMAP and SMTP); {{ settings_box pop3 }} for POP3
  {{ imap.host }} {{ imap.port }} {{ imap.security }}   one value (keys: imap, imap-alt, pop3, pop3-alt, smtp, smtp-alt)
  {{ domains }}                  the address domains
  {{ server_texts ID }}          the verbatim server replies of a catalogue entry
  {{ app_password_url }}         Mail.ru's help page on app passwords
  {{ facts_table }}              every fact of the source with its sources, the date it was checked, its confidence
  {{ sources_table }}            every source: what it is, where (repository @ commit, address), its date
A macro that is not known stops the build, so a typo cannot slip a wrong value through.
The build's log names the facts last checked more than twelve months ago (an INFO line: a warning
would fail the --strict build on a date alone); tests/test_facts.py fails on them.

The servers are drawn as a list of cards, one per server (its name, then server, port and
security each on a line of its own), so a phone shows every value without sideways scrolling;
extra.css sets them side by side where there is room. A card is HTML, which Markdown does not
parse inside an admonition, so the Markdown gets a placeholder paragraph that on_page_content
replaces (before reader.py marks the example address).
"""

from __future__ import annotations

import datetime
import html
import logging
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.service_values")

SNIPPETS = str(Path(__file__).resolve().parents[2] / "snippets")
sys.path.insert(0, SNIPPETS)

from mailru import service  # noqa: E402
from mailru.messages import message  # noqa: E402


CARDS: dict[str, str] = {}  # placeholder -> the cards' HTML, for on_page_content


def on_config(config):
    """Read the source of truth afresh on every build: `mkdocs serve` watches snippets/."""
    global service, message
    for name in [n for n in sys.modules if n == "mailru" or n.startswith("mailru.")]:
        del sys.modules[name]
    if SNIPPETS not in sys.path:
        sys.path.insert(0, SNIPPETS)
    from mailru import service
    from mailru.messages import message
    log_stale_facts(datetime.date.today())
    CARDS.clear()

INLINE = re.compile(r"\{\{\s*(?P<body>[^{}]+?)\s*\}\}")


def copyable(value: object, lang: str) -> str:
    """A value the reader types, with a copy button (Material's clipboard handles the click)."""
    text = html.escape(str(value))
    label = html.escape(message(lang, "copy"))
    return (
        f'<code class="mr-value">{text}</code><button class="md-clipboard md-icon mr-copy" type="button" '
        f'title="{label}" aria-label="{label}: {text}" data-clipboard-text="{text}"></button>'
    )


def server_cards(lang: str, servers, title, extra=lambda s: "") -> list[str]:
    """One card per server: a placeholder paragraph for the Markdown, the HTML kept for on_page_content."""
    m = lambda key: message(lang, key)  # noqa: E731

    def item(label: str, value: str) -> str:
        return (f'<span class="mr-server__item"><span class="mr-server__label">{html.escape(label)}</span> '
                f'<span class="mr-server__value">{value}</span></span>')

    cards = "".join(
        f'<li class="mr-server"><strong class="mr-server__name">{html.escape(title(s))}</strong> '
        + " ".join([item(m("server"), copyable(s.host, lang)), item(m("port"), copyable(s.port, lang)),
                    item(m("security"), html.escape(s.security_label)), extra(s)]).rstrip() + "</li>"
        for s in servers
    )
    key = f"mrservers{len(CARDS)}x"
    CARDS[key] = f'<ul class="mr-servers">{cards}</ul>'
    return [key]


def settings_table(lang: str) -> list[str]:
    m = lambda key: message(lang, key)  # noqa: E731

    def use(s) -> str:
        word = f"<strong>{html.escape(m('recommended'))}</strong>" if s.recommended else html.escape(m("fallback" if s.fallback else "alternative"))
        return (f'<span class="mr-server__item"><span class="mr-server__label">{html.escape(m("use"))}</span> '
                f'<span class="mr-server__value">{word}</span></span>')

    return server_cards(lang, service.SERVERS, lambda s: service.PROTOCOL_LABELS[s.protocol], use)


def settings_box(lang: str, incoming: str = service.IMAP) -> list[str]:
    if incoming not in service.INCOMING:
        raise ValueError(f"settings_box takes imap or pop3, not {incoming!r}")
    m = lambda key: message(lang, key)  # noqa: E731

    def title(s) -> str:
        return m("outgoing") if s.protocol == service.SMTP else f"{m('incoming')} ({service.PROTOCOL_LABELS[s.protocol]})"

    rows = server_cards(lang, (service.recommended(incoming), service.recommended(service.SMTP)), title)
    rows += [
        "",
        f"- **{m('username')}:** {m('username_value')}",
        f"- **{m('password')}:** {m('password_value')}",
        f"- **{m('authentication')}:** {m('authentication_value')}",
    ]
    return rows


def server_texts(entry_id: str) -> list[str]:
    texts = service.ERRORS_BY_ID[entry_id].server_texts
    if not texts:
        raise ValueError(f"catalogue entry {entry_id!r} has no verbatim server text")
    lines: list[str] = []
    for text in texts:
        lines += ["``` { .text .no-copy }", text, "```", ""]
    return lines[:-1]


def stale_facts(today: datetime.date) -> list[str]:
    """Keys of the facts last checked more than twelve months before today."""
    limit = today - datetime.timedelta(days=365)
    return [key for key, fact in service.FACTS.items() if datetime.date.fromisoformat(fact.checked) < limit]


def log_stale_facts(today: datetime.date) -> list[str]:
    """Name the stale facts in the build's log, as information: tests/test_facts.py is what fails on them."""
    stale = stale_facts(today)
    if stale:
        log.info("Facts last checked more than twelve months ago (recheck them, then update service.FACTS): %s", ", ".join(stale))
    return stale


def _fact_words(lang: str, fact) -> str:
    from mailru.messages import FACT_TABLE, catalogue_entry, language

    words = FACT_TABLE[language(lang)]
    kind, _, name = fact.key.partition(":")
    if kind == "error":
        return words["fact:error"].format(title=catalogue_entry(lang, name)[0])
    values = {}
    if kind == "server":
        server = service.SERVERS_BY_KEY[name]
        values = {"host": f"`{server.host}`", "port": server.port, "security": server.security_label}
    domains = [key.partition(":")[2] for key in (fact.key, *fact.covers) if key.startswith("domain:")]
    if domains:
        values["domains"] = ", ".join(f"`{d}`" for d in domains)
    return words[f"fact:{fact.key}"].format(**values)


def facts_table(lang: str) -> list[str]:
    from mailru.messages import FACT_TABLE, language

    words = FACT_TABLE[language(lang)]
    rows = [f"| {words['head.fact']} | {words['head.sources']} | {words['head.checked']} | {words['head.confidence']} |",
            "|---|---|---|---|"]
    for fact in service.FACTS.values():
        sources = ", ".join(f"[{words.get(f'name:{key}', service.SOURCES[key].name)}](#source-{key})" for key in fact.sources)
        confidence = words[f"confidence.{fact.confidence}"] + (f" ({words['reader-report']})" if fact.reader_report else "")
        rows.append(f"| {_fact_words(lang, fact)} | {sources} | {fact.checked} | {confidence} |")
    # The values repeat the settings page's: left out of search, so that "465" finds Server settings first
    return ['<div markdown="1" data-search-exclude>', "", *rows, "", "</div>"]


def sources_table(lang: str) -> list[str]:
    from mailru.messages import FACT_TABLE, language

    words = FACT_TABLE[language(lang)]
    rows = [f"| {words['head.source']} | {words['head.what']} | {words['head.where']} | {words['head.dated']} |",
            "|---|---|---|---|"]
    for key, source in service.SOURCES.items():
        where = "<br>".join(f"<{place}>" if place.startswith(("https://", "http://")) else f"`{place}`" for place in source.where)
        name = html.escape(words.get(f"name:{key}", source.name))
        rows.append(f'| <span id="source-{key}">{name}</span> | {words[f"source:{key}"]} | {where} | {source.dated} |')
    return rows


def inline_value(body: str, lang: str) -> str | None:
    if body == "domains":
        return ", ".join(f"`{d}`" for d in service.DOMAINS)
    if body == "app_password_url":
        return f"<{service.APP_PASSWORD_HELP_URL}>"
    key, _, field = body.partition(".")
    server = service.SERVERS_BY_KEY.get(key)
    if server is None or field not in ("host", "port", "security"):
        return None
    if field == "security":
        return server.security_label
    return copyable(getattr(server, field), lang)


def block_lines(body: str, lang: str) -> list[str] | None:
    name, *args = body.split()
    if name == "settings_table" and not args:
        return settings_table(lang)
    if name == "settings_box" and len(args) <= 1:
        return settings_box(lang, *args)
    if name == "server_texts" and len(args) == 1:
        return server_texts(args[0])
    if name == "facts_table" and not args:
        return facts_table(lang)
    if name == "sources_table" and not args:
        return sources_table(lang)
    return None


def page_language(page) -> str:
    locale = getattr(page.file, "locale", None)
    if locale:
        return locale
    match = re.search(r"\.(cs|en|ru)\.md$", page.file.src_uri)
    return match.group(1) if match else "cs"


def render(markdown: str, lang: str, where: str = "page") -> str:
    """Replace every macro in markdown; raise PluginError on one that is not known."""
    out: list[str] = []
    for line in markdown.split("\n"):
        stripped = line.strip()
        block = None
        if stripped.startswith("{{") and stripped.endswith("}}") and stripped.count("{{") == 1:
            try:
                block = block_lines(stripped[2:-2].strip(), lang)
            except (KeyError, ValueError) as error:
                raise PluginError(f"{where}: {stripped}: {error}") from error
        if block is not None:
            indent = line[: len(line) - len(line.lstrip())]
            out += [indent + row if row else "" for row in block]
            continue

        def replace(match: re.Match) -> str:
            value = inline_value(match.group("body"), lang)
            if value is None:
                raise PluginError(f"{where}: unknown macro {match.group(0)!r}")
            return value

        out.append(INLINE.sub(replace, line))
    return "\n".join(out)


def on_page_markdown(markdown, page, config, files):
    return render(markdown, page_language(page), page.file.src_uri)


@event_priority(10)  # before reader.py marks the example address
def on_page_content(content, page, config, files):
    def cards(match: re.Match) -> str:
        return CARDS[match.group(1)]

    content = re.sub(r"<p>(mrservers\d+x)</p>", cards, content)
    if re.search(r"mrservers\d+x", content):
        raise PluginError(f"{page.file.src_uri}: a settings macro must stand on a line of its own, as a paragraph")
    return content
