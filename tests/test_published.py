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


# ---- site/_headers: what Netlify and Cloudflare Pages send (overrides/hooks/host_headers.py) ----------

def parse_headers(text: str) -> list[tuple[str, dict[str, str]]]:
    """The rules of a `_headers` file as Netlify and Cloudflare Pages read it: a path pattern, then
    its indented "Name: value" lines; `#` starts a comment."""
    found: list[tuple[str, dict[str, str]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            name, value = line.strip().split(": ", 1)
            found[-1][1][name] = value
        else:
            found.append((line.strip(), {}))
    return found


def sent_for(rules: list[tuple[str, dict[str, str]]], path: str) -> dict[str, str]:
    """Every header of every rule whose pattern matches path (`*` matches any characters)."""
    sent: dict[str, str] = {}
    for pattern, headers in rules:
        if re.fullmatch(".*".join(map(re.escape, pattern.split("*"))), path):
            sent.update(headers)
    return sent


def unmet(site, text: str) -> list[str]:
    """What a host reading this `_headers` text would send wrong for the built site's files."""
    rules, problems, security = parse_headers(text), [], readme_security_headers()
    for file in (p for p in site.rglob("*") if p.is_file()):
        path = "/" + file.relative_to(site).as_posix()
        sent = sent_for(rules, path)
        wanted = dict(security)
        if file.suffix == ".mjs":
            wanted["Content-Type"] = "text/javascript"
        if file.suffix == ".mobileconfig":
            wanted["Content-Type"] = "application/x-apple-aspen-config"
        if path.startswith("/assets/pyodide/"):
            wanted["Cache-Control"] = "public, max-age=31536000, immutable"
        problems += [f"{path}: {name}" for name, value in wanted.items() if sent.get(name) != value]
    return problems


def readme_security_headers() -> dict[str, str]:
    """The header lines of README's "Security headers" block (also served by test_browser_origin.py)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"Security headers.*?```\w*\n(.*?)```", text, re.S)
    assert block, "README has no Security headers block"
    return dict(line.strip().split(": ", 1) for line in block.group(1).strip().splitlines())


def test_the_built_headers_file_covers_every_file(built_site):
    """Every answer gets README's security headers, every module is JavaScript, every iPhone profile has
    the type Safari installs from, Pyodide's folder is cached for good (the modules and profiles of
    all three kinds are there to be checked)."""
    text = (built_site / "_headers").read_text(encoding="utf-8")
    assert len(list(built_site.rglob("*.mjs"))) >= 4 and len(list(built_site.rglob("*.mobileconfig"))) >= 10
    assert unmet(built_site, text) == []


def test_a_missing_rule_in_the_headers_file_is_caught(built_site):
    text = (built_site / "_headers").read_text(encoding="utf-8")
    worker = "/assets/javascripts/checks-worker.mjs\n  Content-Type: text/javascript\n"
    assert worker in text
    assert unmet(built_site, text.replace(worker, "")) == ["/assets/javascripts/checks-worker.mjs: Content-Type"]
    english = text.replace("/en/profiles/*\n  Content-Type: application/x-apple-aspen-config\n", "")
    english_profiles = {"/" + p.relative_to(built_site).as_posix() for p in (built_site / "en" / "profiles").iterdir()}
    assert {p.split(":")[0] for p in unmet(built_site, english)} == english_profiles
    assert unmet(built_site, text.replace("nosniff", "sniff"))  # a security header that differs from README's
