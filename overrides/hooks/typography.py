"""Czech and Russian typography on their pages: no-break spaces where each language's typesetting
wants them, so that no line ends with a short word or starts with a spaced dash (Czech pages' <title>
too, as their tests ask).

Czech (ČSN 01 6910): after a one-letter preposition or conjunction (k, s, v, z, o, u, a, i), after
„č.“ before a number, inside dates (29. listopadu 2026). Russian: after a short preposition,
conjunction or particle (в, к, с, о, у, и, а, я, во, на, по, от, до, из, за, не, но, для, без, при, …),
before the particles ли, же, бы, after «№», inside «т. е.» and «т. д.», inside dates (5 декабря
2026 г.). Both: between a number and its unit (13 MB, 5 МБ), between a product and its version (iOS 18,
Python 3.11), and before a spaced dash (Czech en dash, Russian em dash), also when bold text or a link
ends just before it. Only the text between tags of the body (and a Czech page's <title>) changes: never a
tag, an attribute, or anything inside code, pre, kbd, script, style or textarea.
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


def _after(opening: str) -> str:
    """A space, an opening bracket or quote of the language, a dash, a slash, or the start."""
    return r"(?:(?<=^)|(?<=[\s(\[" + opening + r"\"'\u00a0–—/]))"


class Language:
    """One language's rules: the short words a line must not end with, the spaced dash, and the pairs
    that stay together."""

    def __init__(self, short: str, opening: str, dash: str, rules: list[tuple[str, str]], title: bool):
        after = _after(opening)
        self.short, self.title = short, title  # title: the page's <title> too
        self.ends_with_short = re.compile(after + r"(?:" + short + r")$", re.I)  # its space comes after a tag
        self.dash_after_tag = re.compile(r"^[ \t\n]+(?=" + dash + r" )")
        self.rules = [(re.compile(after + r"(" + short + r")\s+", re.I), r"\1" + NBSP)]
        self.rules += [(re.compile(pattern), replacement) for pattern, replacement in rules]
        self.rules.append((re.compile(r"(?<=\S)[ \t\n]+(?=" + dash + r" )"), NBSP))


CS_MONTHS = r"(?:ledn|únor|břez|dub|květ|červen|srp|zář|říj|listopad|prosin)\w*"
RU_MONTHS = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
LANGUAGES = {
    "cs": Language(
        "k|s|v|z|o|u|a|i", "„‚", "–", [
            (r"(\d)\s+(?=(?:[kMGT]?B|KB|ms|min|%)(?!\w))", r"\1" + NBSP),
            (r"(?<!\w)(č\.)\s+(?=\d)", r"\1" + NBSP),
            (r"(?<!\w)((?:iOS|iPadOS|macOS|OS X|Android\w*|Python\w*|Windows|Outlook\w*|Thunderbird\w*|Microsoft))\s+(?=\d)",
             r"\1" + NBSP),
            (r"(?<!\w)(OS)\s+(?=X\b)", r"\1" + NBSP),
            (r"(?<!\d)(\d{1,2}\.)\s+(?=\d{1,2}\.|" + CS_MONTHS + r")", r"\1" + NBSP),
            (r"(?<!\w)(" + CS_MONTHS + r")\s+(?=\d{4}(?!\d))", r"\1" + NBSP),
        ], title=True),
    "ru": Language(
        "в|к|с|о|у|и|а|я|во|ко|со|об|обо|от|ото|до|на|по|за|из|изо|не|ни|но|да|для|без|под|над|при|про", "«„", "—", [
            (r"(?<=\w)\s+(?=(?:ли|же|бы)(?!\w))", NBSP),
            (r"(\d)\s+(?=(?:[кМГТ]?Б|КБ|[кKMGT]?B|мс|мин|с|ч|%)(?!\w))", r"\1" + NBSP),
            (r"(№)\s*(?=\d)", r"\1" + NBSP),
            (r"(?<!\w)(т\.)\s+(?=[еднп]\.)", r"\1" + NBSP),
            (r"(?<!\w)((?:iOS|iPadOS|macOS|OS X|Android|Python|Windows|Outlook|Thunderbird|Office|RFC))\s+(?=\d)", r"\1" + NBSP),
            (r"(?<!\w)(OS)\s+(?=X\b)", r"\1" + NBSP),
            (r"(?<!\d)(\d{1,2})\s+(?=" + RU_MONTHS + r")", r"\1" + NBSP),
            (r"(?<!\w)(" + RU_MONTHS + r")\s+(?=\d{4}(?!\d))", r"\1" + NBSP),
            (r"(\d{4})\s+(?=г\.)", r"\1" + NBSP),
        ], title=False),
}


def nbsp(text: str, lang: str) -> str:
    """text with no-break spaces where the language's typography wants them."""
    for pattern, replacement in LANGUAGES[lang].rules:
        text = pattern.sub(replacement, text)
    return text


def typeset(html: str, lang: str) -> str:
    """The page with nbsp() applied to its <title> and to the text of its body outside KEEP elements."""
    language = LANGUAGES[lang]
    start = html.find("<body")
    head, body = (html[:start], html[start:]) if start >= 0 else ("", html)
    if language.title:
        head = TITLE.sub(lambda m: m.group(1) + nbsp(m.group(2), lang) + m.group(3), head)
    # pending: the last text ended with a short word; word_before: it ended with a word, and only
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
                part = language.dash_after_tag.sub(NBSP, part)
            out.append(nbsp(part, lang))
            pending = bool(language.ends_with_short.search(part))
            word_before = not part[-1].isspace()
        else:
            out.append(part)
            word_before = not part[-1].isspace()
    return head + "".join(out)


def on_post_page(output, page, config):
    lang = getattr(page.file, "locale", None)
    return typeset(output, lang) if lang in LANGUAGES else output


def on_post_template(output, template_name, config):
    """The 404 page of each language, a template rather than a page."""
    lang = config.theme.get("language")
    return typeset(output, lang) if template_name == "404.html" and lang in LANGUAGES else output
