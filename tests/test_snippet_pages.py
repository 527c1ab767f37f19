"""The copyable snippets: standalone (standard library only, no project import), on the
recommended settings, and shown on the pages exactly as the files are, in both languages."""

from __future__ import annotations

import ast
import html
import re
import sys

import pytest
from conftest import ROOT
from mailru import service
from support.site_pages import page_file

SNIPPETS = {"imap_read.py": service.IMAP, "pop3_read.py": service.POP3, "smtp_send.py": service.SMTP}


@pytest.mark.parametrize("name, protocol", SNIPPETS.items())
def test_snippet_is_standalone_and_uses_the_recommended_server(name, protocol):
    source = (ROOT / "snippets" / name).read_text(encoding="utf-8")
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
    server = service.recommended(protocol)
    assert (constants["HOST"], constants["PORT"]) == (server.host, server.port)
    assert 0 < constants["TIMEOUT"] <= 60
    assert "ssl.create_default_context()" in source and "getpass" in source
    assert "sys.argv" in source and not re.search(r"password\s*=\s*sys\.argv", source)
    assert "CERT_NONE" not in source and "check_hostname = False" not in source


def code_blocks(page_html: str) -> list[str]:
    blocks = re.findall(r"<pre[^>]*>(?:<span></span>)?<code[^>]*>(.*?)</code></pre>", page_html, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", block)) for block in blocks]


@pytest.mark.parametrize("page, names", [("settings/", list(SNIPPETS)), ("app-password/", ["smtp_send.py"])])
@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_pages_show_the_snippet_files_exactly(built_site, lang, page, names):
    blocks = code_blocks(page_file(built_site, lang, page).read_text(encoding="utf-8"))
    for name in names:
        source = (ROOT / "snippets" / name).read_text(encoding="utf-8")
        assert any(block.strip() == source.strip() for block in blocks), f"{name} is not shown whole on {lang} {page}"
