"""Benchmark (not a test): this site against stock mkdocs-material and bare Pyodide, on this machine.

    ./dev bench            prints a table and writes test-artifacts/benchmark.json
    ./dev bench --quick    skips the test-suite timing (the longest part)

Measures, each against an anchor measured in the same run:
- page weight: bytes a cold Chromium transfers (gzip) for four pages, against the same Markdown
  (value macros rendered, checks left out) built with stock Material: no hooks, no extra assets;
- time from the reader's intent to the first check result, cold and warm, against the floor:
  a bare page that loads the same Pyodide and runs one line of Python;
- mkdocs build time against the stock build, and mkdocs serve's rebuild after a one-line edit;
- the README's test suite time, split into site, servers and browser tests.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
sys.path.insert(0, str(ROOT / "snippets"))
PYTHON = sys.executable
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
PAGES = {"home": "", "guide": "clients/outlook/", "errors": "errors/", "checks": "checks/"}
COMPRESSIBLE = re.compile(r"\.(html|css|js|mjs|json|xml|svg|txt|wasm|map)$")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RUNS = 3


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static server that gzips text and wasm, as a production server would."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", "") or not COMPRESSIBLE.search(path.name):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        import io
        return io.BytesIO(body)


def serve(directory: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - start


def stock_project(work: Path) -> Path:
    """The same Markdown with stock Material: values rendered, checks dropped, no hooks or assets."""
    import service_values

    project = work / "stock"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "snippets", project / "snippets")
    for page in (project / "docs").rglob("*.md"):
        lang = "en" if page.name.endswith(".en.md") else "cs"
        text = re.sub(r"^[ \t]*\{\{\s*check\s+\w+\s*\}\}[ \t]*$", "", page.read_text(encoding="utf-8"), flags=re.M)
        page.write_text(service_values.render(text, lang, str(page)), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\nhooks:\n(?:  - .*\n)+", "\n", config)
    config = re.sub(r"\nextra_css:\n(?:  - .*\n)+", "\n", config)
    config = re.sub(r"\nextra_javascript:\n(?:  - .*\n)+", "\n", config)
    config = config.replace("  custom_dir: overrides\n", "")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def page_weights(browser, url: str) -> dict[str, int]:
    weights = {}
    for name, path in PAGES.items():
        context = browser.new_context()
        page = context.new_page()
        responses = []
        page.on("requestfinished", lambda request: responses.append(request))
        page.goto(url + path, wait_until="networkidle")
        page.wait_for_timeout(300)
        total = 0
        for request in responses:
            sizes = request.sizes()
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        weights[name] = total
        context.close()
    return weights


# The floor: a bare page that loads the same Pyodide (main thread, like the simplest embedding)
# and runs one line of Python; it marks the click and the answer as checks.js does.
FLOOR = """<!doctype html><meta charset="utf-8"><title>floor</title>
<button id="go">run</button><output id="out"></output>
<script type="module">
document.getElementById("go").addEventListener("click", async () => {
  performance.mark("mr-check-submit");
  const { loadPyodide } = await import("./assets/pyodide/pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: new URL("./assets/pyodide/", location.href).href });
  document.getElementById("out").textContent = pyodide.runPython("str(1 + 1)");
  performance.mark("mr-check-result");
});
</script>"""

# Milliseconds between the latest submit and the latest answer, as the page marked them.
ELAPSED = """() => {
  const last = (name) => performance.getEntriesByName(name).at(-1);
  return last("mr-check-result").startTime - last("mr-check-submit").startTime;
}"""


def answered(page, count: int) -> float:
    page.wait_for_function(f"performance.getEntriesByName('mr-check-result').length >= {count}", timeout=120_000)
    return page.evaluate(ELAPSED)


def floor_time(browser, url: str) -> float:
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "floor.html", wait_until="networkidle")
    page.click("#go")
    took = answered(page, 1)
    context.close()
    return took


def check_times(browser, url: str, think: float = 0.0) -> dict[str, float]:
    """Cold: intent (a click, or a focus and `think` seconds of typing before it) to the first
    answer. Warm: a further check on the loaded page. Next page: the first check after
    following a link, in the same browser (HTTP cache warm, Pyodide started again)."""
    context = browser.new_context()
    page = context.new_page()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    transferred = lambda: sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in finished)  # noqa: E731
    page.goto(url + "checks/", wait_until="networkidle")
    before_intent = transferred()
    form = "form[data-check=settings]"
    page.fill(f"{form} input[name=host]", "imap.mail.ru")
    page.fill(f"{form} input[name=port]", "993")
    page.evaluate("document.activeElement.blur()")
    if think:
        page.focus(f"{form} input[name=username]")
        page.wait_for_timeout(think * 1000)
    page.click(f"{form} button[type=submit]")
    cold = answered(page, 1)
    after_intent = transferred()
    warm = []
    for count in range(2, 7):
        page.click(f"{form} button[type=submit]")
        warm.append(answered(page, count))
    page.goto(url + "settings/", wait_until="networkidle")
    page.click(f"{form} button[type=submit]")
    next_page = answered(page, 1)
    context.close()
    return {"cold_ms": cold, "warm_ms": statistics.median(warm), "next_page_ms": next_page,
            "bytes_before_intent": before_intent, "bytes_after_first_check": after_intent}


def serve_rebuild(work: Path) -> float:
    """Seconds from a one-line edit to mkdocs serve showing it."""
    copy = work / "serve"
    shutil.copytree(ROOT, copy, symlinks=True, ignore=shutil.ignore_patterns(".git", "site", ".venv", "test-artifacts", "__pycache__"))
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                               cwd=copy, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/about/"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(1)
        marker = f"bench-{time.time_ns()}"
        page = copy / "docs" / "about.cs.md"
        start = time.perf_counter()
        page.write_text(page.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
        while time.time() < deadline + 60:
            try:
                if marker in urllib.request.urlopen(url, timeout=2).read().decode():
                    return time.perf_counter() - start
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("mkdocs serve did not rebuild")
    finally:
        process.terminate()
        process.wait(10)


KINDS = {
    "browser": ("test_browser_", "test_quality"),
    "servers": ("test_mailservers", "test_account_checker", "test_live"),
}


def suite_times(work: Path) -> dict[str, float]:
    report = work / "junit.xml"
    start = time.perf_counter()
    subprocess.run([PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}"], cwd=ROOT, env=ENV,
                   capture_output=True)
    total = time.perf_counter() - start
    kinds = {"site": 0.0, "servers": 0.0, "browser": 0.0}
    for case in ET.parse(report).getroot().iter("testcase"):
        module = case.get("classname", "").split(".")[-1]
        kind = next((k for k, prefixes in KINDS.items() if module.startswith(prefixes)), "site")
        kinds[kind] += float(case.get("time", 0))
    kinds["wall"] = total
    return kinds


def median(values):
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip timing the test suite")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    results: dict = {"machine": f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}",
                     "date": time.strftime("%Y-%m-%d %H:%M")}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        stock = stock_project(work)
        ours_site, stock_site = work / "ours-site", work / "stock-site"
        build = [PYTHON, "-m", "mkdocs", "build", "--quiet", "--site-dir"]
        ours_build = median([timed(build + [str(ours_site)], ROOT) for _ in range(RUNS)])
        stock_build = median([timed(build + [str(stock_site)], stock) for _ in range(RUNS)])
        results["build_s"] = {"ours": ours_build, "stock": stock_build, "ratio": ours_build / stock_build}
        results["serve_rebuild_s"] = serve_rebuild(work)

        (ours_site / "floor.html").write_text(FLOOR, encoding="utf-8")
        ours_url, ours_server = serve(ours_site)
        stock_url, stock_server = serve(stock_site)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            ours_weight, stock_weight = page_weights(browser, ours_url), page_weights(browser, stock_url)
            results["page_bytes"] = {name: {"ours": ours_weight[name], "stock": stock_weight[name],
                                            "ratio": ours_weight[name] / stock_weight[name]} for name in PAGES}
            floors = [floor_time(browser, ours_url) for _ in range(RUNS)]
            clicks = [check_times(browser, ours_url) for _ in range(RUNS)]
            typed = [check_times(browser, ours_url, think=2.0) for _ in range(RUNS)]
            browser.close()
        ours_server.shutdown()
        stock_server.shutdown()
        floor = median(floors)
        results["check_ms"] = {
            "floor_bare_pyodide": floor,
            "cold_from_click": median([c["cold_ms"] for c in clicks]),
            "cold_ratio": median([c["cold_ms"] for c in clicks]) / floor,
            "cold_after_focus_and_2s_typing": median([c["cold_ms"] for c in typed]),
            "warm": median([c["warm_ms"] for c in clicks]),
            "next_page_same_browser": median([c["next_page_ms"] for c in clicks]),
        }
        results["checks_page_bytes"] = {"before_intent": clicks[0]["bytes_before_intent"],
                                        "after_first_check": clicks[0]["bytes_after_first_check"]}
        if not args.quick:
            results["suite_s"] = suite_times(work)

    print(f"Machine: {results['machine']}  ({results['date']})\n")
    print(f"{'measure':<44}{'ours':>12}{'anchor':>12}{'ratio':>8}")
    for name, row in results["page_bytes"].items():
        print(f"{'page bytes, gzip, cold: ' + name:<44}{row['ours']:>12,}{row['stock']:>12,}{row['ratio']:>8.2f}")
    c = results["check_ms"]
    print(f"{'first check result, cold, from click (ms)':<44}{c['cold_from_click']:>12.0f}{c['floor_bare_pyodide']:>12.0f}{c['cold_ratio']:>8.2f}")
    print(f"{'  ... after focus and 2 s of typing (ms)':<44}{c['cold_after_focus_and_2s_typing']:>12.0f}")
    print(f"{'further check on a loaded page (ms)':<44}{c['warm']:>12.1f}")
    print(f"{'first check on the next page (ms)':<44}{c['next_page_same_browser']:>12.0f}")
    w = results["checks_page_bytes"]
    print(f"{'/checks/ bytes before intent, after 1st check':<44}{w['before_intent']:>12,}{w['after_first_check']:>12,}")
    b = results["build_s"]
    print(f"{'mkdocs build (s)':<44}{b['ours']:>12.2f}{b['stock']:>12.2f}{b['ratio']:>8.2f}")
    print(f"{'mkdocs serve rebuild after a one-line edit (s)':<44}{results['serve_rebuild_s']:>12.2f}")
    if "suite_s" in results:
        s = results["suite_s"]
        print(f"{'test suite (s): site / servers / browser':<44}{s['site']:>6.0f} /{s['servers']:>4.0f} /{s['browser']:>4.0f}   wall {s['wall']:.0f}")
    out = ROOT / "test-artifacts" / "benchmark.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\n{out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
