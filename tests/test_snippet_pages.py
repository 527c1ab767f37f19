"""The copyable samples (snippets/<lang>/*.py, one folder per language of the site): standalone
(standard library only, no project import), on the recommended settings with verification on,
a deadline for the whole conversation; the twins in each language are the same code and differ
only in their words, which are in the page's language; and each page shows its language's files
exactly. (They run against the loopback servers in tests/test_account_checker.py.)"""

from __future__ import annotations

import ast
import html
import io
import re
import sys
import tokenize

import pytest
from conftest import ROOT
from mailru import service
from support.site_pages import LANGUAGE_PREFIX, page_file

SNIPPETS = {"imap_read.py": service.IMAP, "pop3_read.py": service.POP3, "smtp_send.py": service.SMTP}
LANGS = tuple(LANGUAGE_PREFIX)  # every language the site is built in has its own samples
REFERENCE = "en"  # the twin the others are compared with
SAMPLES = [(lang, name) for lang in LANGS for name in SNIPPETS]


def sample(lang: str, name: str) -> str:
    return (ROOT / "snippets" / lang / name).read_text(encoding="utf-8")


def test_every_language_has_every_sample_and_nothing_else():
    folders = {p.name for p in (ROOT / "snippets").iterdir() if p.is_dir() and p.name != "mailru" and not p.name.startswith((".", "_"))}
    assert folders == set(LANGS)
    for lang in LANGS:
        assert sorted(p.name for p in (ROOT / "snippets" / lang).glob("*.py")) == sorted(SNIPPETS), lang


@pytest.mark.parametrize("lang, name", SAMPLES)
def test_snippet_is_standalone_and_uses_the_recommended_server(lang, name):
    source = sample(lang, name)
    tree = ast.parse(source)
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= set(sys.stdlib_module_names), imported - set(sys.stdlib_module_names)
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Tuple):
            for target, value in zip(node.targets[0].elts, node.value.elts):
                constants[target.id] = ast.literal_eval(value)
        elif isinstance(node, ast.Assign):
            constants[node.targets[0].id] = ast.literal_eval(node.value) if isinstance(node.value, ast.Constant) else None
    server = service.recommended(SNIPPETS[name])
    assert (constants["HOST"], constants["PORT"]) == (server.host, server.port)
    assert 0 < constants["TIMEOUT"] < constants["DEADLINE"] <= 120
    assert "ssl.create_default_context()" in source and "getpass" in source
    # the host name only from the certificate's alternative names (adversarial review L14)
    assert re.search(r"^\s+context\.hostname_checks_common_name = False$", source, re.M)
    assert "sys.argv" in source and not re.search(r"password\s*=\s*sys\.argv", source)
    assert "CERT_NONE" not in source and "check_hostname = False" not in source


# The twins: the same code, their own words.

def skeleton(source: str) -> str:
    """The code with every string blanked (docstrings, messages, f-strings' words); comments are gone anyway."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            node.values = [value for value in node.values if isinstance(value, ast.FormattedValue)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
    return ast.dump(tree)


def texts(source: str) -> list[str]:
    """Every string of the code in order; an f-string is one text with {} for each value."""
    found = []

    def visit(node):
        if isinstance(node, ast.JoinedStr):
            found.append("".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append(node.value)
        else:
            for child in ast.iter_child_nodes(node):
                visit(child)

    visit(ast.parse(source))
    return found


def shown_to_the_reader(source: str) -> list[str]:
    """What the sample says to whoever runs it: the password prompt, what it prints, the test
    message's subject and text, and why it gave up."""
    literal = (ast.Constant, ast.JoinedStr)  # a text written in the sample, not a header's value
    shown = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if called in ("getpass", "print", "set_content", "TimeoutError"):
                shown += [texts(ast.unparse(arg))[0] for arg in node.args if isinstance(arg, literal)]
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            if texts(ast.unparse(node.targets[0].slice)) == ["Subject"] and isinstance(node.value, literal):
                shown += texts(ast.unparse(node.value))
    return [text for text in shown if text.strip(" |")]  # a separator is not a word


def comments(source: str) -> list[str]:
    return [token.string for token in tokenize.generate_tokens(io.StringIO(source).readline) if token.type == tokenize.COMMENT]


@pytest.mark.parametrize("name", SNIPPETS)
@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != REFERENCE])
def test_the_twins_are_the_same_code_and_differ_only_in_their_words(lang, name):
    reference, twin = sample(REFERENCE, name), sample(lang, name)
    assert skeleton(twin) == skeleton(reference), f"{lang}/{name} is not the same code as {REFERENCE}/{name}"
    # everything the reader is shown or told is in the page's language, and so are the comments
    assert shown_to_the_reader(reference)
    untranslated = [text for text, ours in zip(shown_to_the_reader(reference), shown_to_the_reader(twin)) if text == ours]
    assert not untranslated, f"{lang}/{name} still says: {untranslated}"
    assert len(comments(twin)) == len(comments(reference)) and not set(comments(twin)) & set(comments(reference))
    assert ast.get_docstring(ast.parse(twin)) != ast.get_docstring(ast.parse(reference))


def reader_words(lang: str, name: str) -> set[str]:
    """A sample's words for a reader: of its comments, docstrings and the strings its twins translate,
    less the code's own names that the prose mentions (DEADLINE, function, INBOX, python …)."""
    from test_spelling import words  # the spelling test's idea of a word

    source = sample(lang, name)
    own = texts(source)
    others = [texts(sample(other, name)) for other in LANGS if other != lang]
    translated = [text for i, text in enumerate(own) if any(i < len(o) and o[i] != text for o in others)]
    tree = ast.parse(source)
    code = {"python"}  # the interpreter, in the usage line
    code |= {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    code |= {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    code |= {node.arg for node in ast.walk(tree) if isinstance(node, (ast.arg, ast.keyword)) and node.arg}
    code |= {node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.alias))}
    code |= {word for text in own if text not in translated for word in re.findall(r"\w+", text)}  # INBOX, From …
    prose = "\n".join(comments(source) + translated).replace("#", " ")
    return {word for word in words(prose, lang) if word not in code}


@pytest.mark.parametrize("lang, name", SAMPLES)
def test_the_samples_words_are_spelled_in_their_language(lang, name):
    from test_spelling import by_language, unknown  # the spelling test's Hunspell and word list

    prose = reader_words(lang, name)
    assert len(prose) > 30, "a sample with hardly any words: is the text there?"
    assert not unknown(by_language(sorted(prose), lang))  # Latin words in Russian are spelled as English


def test_a_sample_left_in_english_is_caught():
    """The twin check is not blind: an English prompt left in a Czech sample is reported."""
    twin = sample("cs", "imap_read.py").replace("Heslo aplikace: ", "App password: ")
    reference = sample(REFERENCE, "imap_read.py")
    assert skeleton(twin) == skeleton(reference)
    assert "App password: " in [a for a, b in zip(shown_to_the_reader(reference), shown_to_the_reader(twin)) if a == b]
    assert skeleton(twin.replace("readonly=True", "readonly=False")) != skeleton(reference)


# The pages show the files of their language exactly.

def code_blocks(page_html: str) -> list[str]:
    blocks = re.findall(r"<pre[^>]*>(?:<span></span>)?<code[^>]*>(.*?)</code></pre>", page_html, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", block)) for block in blocks]


@pytest.mark.parametrize("page, names", [("settings/", list(SNIPPETS)), ("app-password/", ["smtp_send.py"])])
@pytest.mark.parametrize("lang", LANGS)
def test_pages_show_the_snippet_files_exactly(built_site, lang, page, names):
    blocks = code_blocks(page_file(built_site, lang, page).read_text(encoding="utf-8"))
    for name in names:
        source = sample(lang, name)
        assert any(block.strip() == source.strip() for block in blocks), f"{lang}/{name} is not shown whole on {lang} {page}"
