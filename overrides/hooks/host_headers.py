"""The headers a host should send, written by the build as `site/_headers` (Netlify and Cloudflare Pages).

Both hosts read a `_headers` file at the site's root and do not publish it; other hosts need the same
rules in their own configuration (README, Publishing). The file holds the security headers for every
answer, the content types that matter (each `.mjs` module as JavaScript, the iPhone profiles as
application/x-apple-aspen-config) and Pyodide's folder cached for good. It is rewritten after each
language's build from the files actually built, so a new module or language is never left out.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

# The security headers for every answer. README's "Security headers" block shows the same lines, and
# tests/test_browser_origin.py serves the built site with them and checks that nothing breaks.
SECURITY = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' blob:; "
                               "style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; "
                               "object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
JAVASCRIPT = "text/javascript"
PROFILE = "application/x-apple-aspen-config"
FOREVER = "public, max-age=31536000, immutable"


def rules(site: Path) -> list[tuple[str, dict[str, str]]]:
    """(path pattern, headers) for the built site: what a host must send, most general first."""
    found = [("/*", SECURITY), ("/assets/pyodide/*", {"Cache-Control": FOREVER})]
    for folder in sorted({p.parent for p in site.rglob("*.mobileconfig")}):
        found.append((f"/{folder.relative_to(site).as_posix()}/*", {"Content-Type": PROFILE}))
    for module in sorted(site.rglob("*.mjs")):
        found.append((f"/{module.relative_to(site).as_posix()}", {"Content-Type": JAVASCRIPT}))
    return found


def text(site: Path) -> str:
    lines = ["# Read by Netlify and Cloudflare Pages, which do not publish it; other hosts: README, Publishing."]
    for pattern, headers in rules(site):
        lines.append(pattern)
        lines.extend(f"  {name}: {value}" for name, value in headers.items())
    return "\n".join(lines) + "\n"


@event_priority(-300)  # after every hook that writes files into the site (checks.py, phone_profiles.py)
def on_post_build(config):
    site = Path(config.site_dir)
    (site / "_headers").write_text(text(site), encoding="utf-8")
