"""What the built site gives away (overrides/hooks/published.py): every page, the 404 pages too,
asks for no Referer before anything it loads; none of the build's own files is published; every
source map a script names is there."""

from __future__ import annotations

import re

from conftest import ROOT

REFERRER = '<meta name="referrer" content="no-referrer">'


def test_every_page_sends_no_referer(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 20 and {"404.html", "index.html"} <= {page.name for page in pages}
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        first_request = re.search(r"<(?:link|script|img|style)\b", head)
        assert REFERRER in head, page
        assert first_request is None or head.index(REFERRER) < first_request.start(), f"{page}: a request comes before the policy"


def test_none_of_the_builds_own_files_is_published(built_site):
    hooks = ROOT / "overrides" / "hooks"
    own = [path.relative_to(hooks.parent) for path in hooks.rglob("*") if path.is_file() and "__pycache__" not in path.parts]
    assert any(path.suffix == ".mjs" for path in own) and any(path.suffix == ".txt" for path in own)
    assert [str(path) for path in own if (built_site / path).exists()] == []
    assert not (built_site / "hooks").exists()


def test_every_source_map_a_script_names_is_there(built_site):
    named = 0
    for script in [*built_site.rglob("*.js"), *built_site.rglob("*.mjs"), *built_site.rglob("*.css")]:
        for name in re.findall(rb"sourceMappingURL=([^\s*]+)", script.read_bytes()[-300:]):
            named += 1
            assert (script.parent / name.decode()).exists(), f"{script.relative_to(built_site)} names {name.decode()}, which is not published"
    assert named >= 2  # Material's bundle and search worker keep theirs
