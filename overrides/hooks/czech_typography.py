"""Czech typography on Czech pages: no-break spaces where Czech typesetting (ČSN 01 6910) wants them.

A no-break space (U+00A0) goes after a one-letter preposition or conjunction (k, s, v, z, o,
u, a, i), between a number and its unit (13 MB), after „č.“ before a number, between a
product and its version (iOS 18, macOS 13, Python 3.11), inside dates (29. listopadu 2026)
and before a spaced en dash, also when bold text or a link ends just before it. The text between
tags of the page body changes, and the page's <title>: never a tag, an attribute, or anything
inside code, pre, kbd, script, style or textarea.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
# Elements whose text is code, keys or machine-read: left exactly as written.
KEEP = {"code", "pre", "kbd", "script", "style", "textarea", "title", "svg"}
TOKEN = re.compile(r"(<!--.*?-->|<[a-zA-Z/!][^<>]*>)", re.S)
TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)")
# Elements inside a line of text: a space after them still sits between two words of that line.
INLINE = {"a", "abbr", "b", "code", "em", "i", "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "u"}
TITLE = re.compile(r"(<title>)(.*?)(</title>)", re.S)

MONTHS = r"(?:ledn|únor|břez|dub|květ|červen|srp|zář|říj|listopad|prosin)\w*"
PRODUCTS = r"(?:iOS|iPadOS|macOS|OS X|Android\w*|Python\w*|Windows|Outlook\w*|Thunderbird\w*|Microsoft)"
AFTER = r"(?:(?<=^)|(?<=[\s(\[„‚\"'\u00a0–—/]))"  # a space, an opening bracket or quote, or the start
ENDS_WITH_ONE_LETTER = re.compile(AFTER + r"[kKsSvVzZoOuUaAiI]$")  # its space comes in the next text, after a tag
SPACE_BEFORE_DASH = re.compile(r"^[ \t\n]+(?=– )")  # text that starts with a spaced dash, after a word in a tag
RULES = [
    (re.compile(AFTER + r"([kKsSvVzZoOuUaAiI])\s+"), r"\1" + NBSP),
    (re.compile(r"(\d)\s+(?=(?:[kMGT]?B|KB|ms|min|%)(?!\w))"), r"\1" + NBSP),
    (re.compile(r"(?<!\w)(č\.)\s+(?=\d)"), r"\1" + NBSP),
    (re.compile(r"(?<!\w)(" + PRODUCTS + r")\s+(?=\d)"), r"\1" + NBSP),
    (re.compile(r"(?<!\w)(OS)\s+(?=X\b)"), r"\1" + NBSP),
    (re.compile(r"(?<!\d)(\d{1,2}\.)\s+(?=\d{1,2}\.|" + MONTHS + r")"), r"\1" + NBSP),
    (re.compile(r"(?<!\w)(" + MONTHS + r")\s+(?=\d{4}(?!\d))"), r"\1" + NBSP),
    (re.compile(r"(?<=\S)[ \t\n]+(?=– )"), NBSP),
]


def nbsp(text: str) -> str:
    """text with no-break spaces where Czech typography wants them."""
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return text


def typeset(html: str) -> str:
    """The page with nbsp() applied to its <title> and to the text of its body outside KEEP elements."""
    start = html.find("<body")
    head, body = (html[:start], html[start:]) if start >= 0 else ("", html)
    head = TITLE.sub(lambda m: m.group(1) + nbsp(m.group(2)) + m.group(3), head)
    # pending: the last text ended with a one-letter word; word_before: it ended with a word, and only
    # inline tags came after it (so „<strong>ISPDB</strong> – databáze“ is one line of text)
    out, keep, pending, word_before = [], [], False, False
    for part in TOKEN.split(body):
        if not part:
            continue
        if part.startswith("<"):
            match = TAG.match(part)
            name = match.group(2).lower() if match else ""
            if name in KEEP and not part.endswith("/>"):
                if match.group(1):
                    if keep:
                        keep.pop()
                else:
                    keep.append(name)
            word_before = word_before and name in INLINE
            out.append(part)
        elif not keep:
            if pending and part[0].isspace():
                part = NBSP + part.lstrip()
            if word_before:
                part = SPACE_BEFORE_DASH.sub(NBSP, part)
            out.append(nbsp(part))
            pending = bool(ENDS_WITH_ONE_LETTER.search(part))
            word_before = not part[-1].isspace()
        else:
            out.append(part)
            word_before = not part[-1].isspace()
    return head + "".join(out)


def on_post_page(output, page, config):
    if getattr(page.file, "locale", None) != "cs":
        return output
    return typeset(output)


def on_post_template(output, template_name, config):
    """The Czech 404 page, a template rather than a page."""
    if template_name == "404.html" and config.theme.get("language") == "cs":
        return typeset(output)
    return output
