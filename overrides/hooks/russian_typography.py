"""Russian typography on Russian pages: no-break spaces where Russian typesetting wants them.

A no-break space (U+00A0) goes after a short preposition, conjunction or particle (в, к, с, о,
у, и, а, я, во, на, по, от, до, из, за, не, но, для, без, при, …), before the particles ли, же,
бы, before a spaced dash (« — »), between a number and its unit (5 МБ, 20 с), after «№», inside
«т. е.» and «т. д.», between a product and its version (iOS 18, Python 3.11) and inside dates
(5 декабря 2026 г.). Only the text between tags of the page body changes: never a tag, an
attribute, or anything inside code, pre, kbd, script, style, textarea or title.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
# Elements whose text is code, keys or machine-read: left exactly as written.
KEEP = {"code", "pre", "kbd", "script", "style", "textarea", "title", "svg"}
TOKEN = re.compile(r"(<!--.*?-->|<[a-zA-Z/!][^<>]*>)", re.S)
TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)")

SHORT = "в|к|с|о|у|и|а|я|во|ко|со|об|обо|от|ото|до|на|по|за|из|изо|не|ни|но|да|для|без|под|над|при|про"
MONTHS = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
PRODUCTS = r"(?:iOS|iPadOS|macOS|OS X|Android|Python|Windows|Outlook|Thunderbird|Office|RFC)"
AFTER = r"(?:(?<=^)|(?<=[\s(\[«„\"'\u00a0—–/]))"  # a space, an opening bracket or quote, or the start
SHORT_WORD = re.compile(AFTER + r"(" + SHORT + r")\s+", re.I)
ENDS_WITH_SHORT_WORD = re.compile(AFTER + r"(?:" + SHORT + r")$", re.I)  # its space comes in the next text
DASH_AFTER_TAG = re.compile(r"^[ \t\n]+(?=— )")
RULES = [
    (SHORT_WORD, r"\1" + NBSP),
    (re.compile(r"(?<=\w)\s+(?=(?:ли|же|бы)(?!\w))"), NBSP),
    (re.compile(r"(?<=\S)[ \t\n]+(?=— )"), NBSP),
    (re.compile(r"(\d)\s+(?=(?:[кМГТ]?Б|КБ|[кKMGT]?B|мс|мин|с|ч|%)(?!\w))"), r"\1" + NBSP),
    (re.compile(r"(№)\s*(?=\d)"), r"\1" + NBSP),
    (re.compile(r"(?<!\w)(т\.)\s+(?=[еднп]\.)"), r"\1" + NBSP),
    (re.compile(r"(?<!\w)(" + PRODUCTS + r")\s+(?=\d)"), r"\1" + NBSP),
    (re.compile(r"(?<!\w)(OS)\s+(?=X\b)"), r"\1" + NBSP),
    (re.compile(r"(?<!\d)(\d{1,2})\s+(?=" + MONTHS + r")"), r"\1" + NBSP),
    (re.compile(r"(?<!\w)(" + MONTHS + r")\s+(?=\d{4}(?!\d))"), r"\1" + NBSP),
    (re.compile(r"(\d{4})\s+(?=г\.)"), r"\1" + NBSP),
]


def nbsp(text: str) -> str:
    """text with no-break spaces where Russian typography wants them."""
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return text


def typeset(html: str) -> str:
    """The page with nbsp() applied to the text of its body outside KEEP elements."""
    start = html.find("<body")
    head, body = (html[:start], html[start:]) if start >= 0 else ("", html)
    out, keep, pending = [], [], False
    for part in TOKEN.split(body):
        if part.startswith("<"):
            match = TAG.match(part)
            if match and match.group(2).lower() in KEEP and not part.endswith("/>"):
                if match.group(1):
                    if keep:
                        keep.pop()
                else:
                    keep.append(match.group(2).lower())
            out.append(part)
        elif part and not keep:
            if pending and part[0].isspace():
                part = NBSP + part.lstrip()
            part = DASH_AFTER_TAG.sub(NBSP, part)  # "<strong>ящика</strong> — часть": the dash stays with the word
            out.append(nbsp(part))
            pending = bool(ENDS_WITH_SHORT_WORD.search(part))
        else:
            out.append(part)
    return head + "".join(out)


def on_post_page(output, page, config):
    if getattr(page.file, "locale", None) != "ru":
        return output
    return typeset(output)


def on_post_template(output, template_name, config):
    """The Russian 404 page, a template rather than a page."""
    if template_name == "404.html" and config.theme.get("language") == "ru":
        return typeset(output)
    return output
