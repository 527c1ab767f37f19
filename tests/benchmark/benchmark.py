"""Benchmark (not a test): this site against stock mkdocs-material and bare Pyodide, on this machine.

    ./dev bench            prints a table and writes test-artifacts/benchmark.json
    ./dev bench --quick    skips the test-suite timing (the longest part)
    ./dev bench --slow-4g  only the error decoder's first answer on slow 4G against the floor (issue 22's
                           goal, best run on a quiet machine: every second after the last byte is the CPU's)

Measures, each against an anchor measured in the same run:
- page weight: bytes a cold Chromium transfers (gzip) for four pages, against the same Markdown
  (value macros rendered, checks left out) built with stock Material: no hooks, no extra assets;
- the browser checks, against the floor (a bare page that loads the same Pyodide on the main thread
  and runs one line of Python, marked from the click like checks.js): the first answer on /checks/
  from the click, the next page's first answer (same browser), the bytes the server sent after the
  reader's intent (per file), and what each change gave (a ladder of site copies whose worker
  settings are edited back: the full standard library, the lock file fetched, SharedWorker hidden,
  Pyodide's files served as they come instead of compressed, or gzip instead of xz);
- three ways of serving, side by side: a host that gzips, one that compresses nothing, and a
  phone on slow 4G (the link shaped by the server, the CPU slowed down): bytes and first answer of
  the site (xz unpacked in the worker), of the same site with gzip unpacked in the worker
  (DecompressionStream) and of the floor; on the phone the decoder's first answer (issue 21);
- the decoders themselves: unpacking pyodide.asm.wasm from xz (xz-decompress) and from gzip
  (DecompressionStream) in a worker, on this machine's CPU and on the phone's;
- mkdocs build time against the stock build, and mkdocs serve's rebuild after a one-line edit;
- the README's test suite time, split into site, servers, browser and Thunderbird tests.

Every byte is counted by the script's own static server, because Playwright does not report what a
SharedWorker fetches. The phone profile shapes the network in that server and slows the browser's
renderer processes, because Chromium's own emulation (CDP) reaches neither a SharedWorker's
downloads nor any worker's CPU; a probe in every run shows what each method reaches.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
sys.path.insert(0, str(ROOT / "snippets"))
PYTHON = sys.executable
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
PAGES = {"home": "", "guide": "clients/outlook/", "errors": "errors/", "checks": "checks/"}
COMPRESSIBLE = re.compile(r"\.(html|css|js|mjs|json|xml|svg|txt|wasm|map)$")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RUNS = 3
HOVER_MS = 300  # the pointer over the form before the click: moving to the button and pressing it
# The phone: slow 4G (as Chromium's DevTools preset names it) and a CPU four times slower than this machine's.
PHONE = {"down_mbit": 1.6, "up_mbit": 0.75, "latency_ms": 150, "cpu_slowdown": 4}
CDP_CONDITIONS = {"offline": False, "latency": PHONE["latency_ms"], "downloadThroughput": PHONE["down_mbit"] * 1e6 / 8,
                  "uploadThroughput": PHONE["up_mbit"] * 1e6 / 8}
LOCK = "pyodide-lock.json"
PERIOD = 0.05  # the phone's CPU: renderers run the first 1/rate of every 50 ms


class Shaper:
    """The phone's link, applied by the server to everything it sends: the latency before each
    answer (plus the request's upload time) and one download rate shared by all connections."""

    def __init__(self):
        self.on = False
        self.lock = threading.Lock()
        self.free_at = 0.0

    def before_answer(self, request_bytes: int):
        if self.on:
            time.sleep(PHONE["latency_ms"] / 1000 + request_bytes * 8 / (PHONE["up_mbit"] * 1e6))

    def take(self, size: int):
        if not self.on:
            return
        with self.lock:
            self.free_at = max(self.free_at, time.perf_counter()) + size * 8 / (PHONE["down_mbit"] * 1e6)
            until = self.free_at
        time.sleep(max(0.0, until - time.perf_counter()))


SHAPER = Shaper()
GZIPPED: dict[tuple, bytes] = {}  # (path, mtime, size) -> body: compressed once, as a server with a cache would


class Meter:
    """The connection's writer: counts what is sent and lets the shaper pace it."""

    def __init__(self, raw, handler):
        self.raw, self.handler = raw, handler

    def write(self, data) -> int:
        view = memoryview(data)
        for start in range(0, len(view), 16384):
            piece = view[start:start + 16384]
            SHAPER.take(len(piece))
            self.raw.write(piece)
            if self.handler.record is not None:
                self.handler.record["bytes"] += len(piece)
        return len(view)

    def flush(self):
        self.raw.flush()

    def __getattr__(self, name):
        return getattr(self.raw, name)


class Handler(http.server.SimpleHTTPRequestHandler):
    """A static server that gzips text and wasm, as a production server would, and logs every
    request with the bytes it sent (headers and body). Everything may be cached for 10 minutes."""

    record = None

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()
        self.wfile = Meter(self.wfile, self)

    def do_GET(self):
        self.record = {"path": self.path.split("?")[0], "start": time.perf_counter(), "bytes": 0, "status": 0}
        self.server.log.append(self.record)
        SHAPER.before_answer(len(self.raw_requestline) + sum(len(k) + len(v) + 4 for k, v in self.headers.items()))
        super().do_GET()

    def send_response(self, code, message=None):
        if self.record is not None:
            self.record["status"] = code
        super().send_response(code, message)

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (not self.server.gzip or not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", "")
                or not COMPRESSIBLE.search(path.name)):
            return super().send_head()
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key not in GZIPPED:
            GZIPPED[key] = gzip.compress(path.read_bytes(), 6)
        body = GZIPPED[key]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class Site:
    def __init__(self, directory: Path, gzip: bool = True):
        """directory served by a host that gzips text and wasm (gzip) or compresses nothing."""
        self.dir = directory
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
        self.server.log = []
        self.server.gzip = gzip
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def since(self, moment: float) -> list[dict]:
        return [r for r in self.server.log if r["start"] >= moment]

    def warm(self, paths):
        """Compress the big files once before anything is timed."""
        for path in paths:
            request = urllib.request.Request(self.url + path, headers={"Accept-Encoding": "gzip"})
            urllib.request.urlopen(request).read()

    def close(self):
        self.server.shutdown()


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
        text = re.sub(r"\{\{\s*checks_download\s*\}\}", "3.4 MB", text)  # checks.py's macro, not a source value
        page.write_text(service_values.render(text, lang, str(page)), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\nhooks:\n(?:  - .*\n)+", "\n", config)
    config = re.sub(r"\nextra_css:\n(?:  - .*\n)+", "\n", config)
    config = re.sub(r"\nextra_javascript:\n(?:  - .*\n)+", "\n", config)
    config = config.replace("  custom_dir: overrides\n", "")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


BUILD_LINE = re.compile(r"^const BUILD = (.*);$", re.M)


def worker_settings(site: Path) -> dict:
    return json.loads(BUILD_LINE.search((site / "assets/javascripts/checks-worker.mjs").read_text(encoding="utf-8")).group(1))


def variant(built: Path, target: Path, *, packing: str = "xz", full_stdlib: bool = False, lock_inline: bool = True) -> Path:
    """A copy of the built site with its worker's BUILD settings edited back: Pyodide's big files as
    they come (packing "none": the wasm and its JavaScript raw, the trimmed standard library a
    deflated zip, as before issue 22) or gzipped at level 9 and unpacked in the worker
    (DecompressionStream) instead of xz; the whole standard library instead of the trimmed compiled
    one; no inline lock file, so Pyodide fetches it."""
    import lzma
    import zipfile

    shutil.copytree(built, target)
    worker = target / "assets/javascripts/checks-worker.mjs"
    settings = worker_settings(target)
    folder = (worker.parent / settings["pyodide"]).resolve()
    for name, entry in settings["files"].items():
        if packing == "xz" or not entry["url"].endswith(".xz"):
            continue
        raw = lzma.decompress((folder / entry["url"]).read_bytes())
        if packing == "none" and name.endswith(".zip"):  # as the build made it before: each member deflated
            stored, out = zipfile.ZipFile(io.BytesIO(raw)), io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as deflated:
                for info in stored.infolist():
                    deflated.writestr(info, stored.read(info), zipfile.ZIP_DEFLATED, 9)
            raw = out.getvalue()
        data = gzip.compress(raw, 9, mtime=0) if packing == "gzip" else raw
        entry.update(url=name + (".gz" if packing == "gzip" else ""), size=len(data), raw=len(raw))
        (folder / entry["url"]).write_bytes(data)
    if full_stdlib:
        settings["stdlib"] = settings["full"]
    if not lock_inline:
        del settings["lock"]
        shutil.copyfile(ROOT / "node_modules/pyodide" / LOCK, folder / LOCK)
    text = BUILD_LINE.sub(lambda _: f"const BUILD = {json.dumps(settings, separators=(',', ':'))};", worker.read_text(encoding="utf-8"))
    worker.write_text(text, encoding="utf-8")
    return target


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


# The floor: a bare page that loads the same Pyodide (main thread, like the simplest embedding, with
# its defaults: the whole standard library, the lock file fetched) and runs one line of Python; it
# marks the click and the answer as checks.js does.
FLOOR = """<!doctype html><meta charset="utf-8"><title>floor</title>
<button id="go">run</button><output id="out"></output>
<script type="module">
document.getElementById("go").addEventListener("click", async () => {
  performance.mark("mr-check-submit");
  const { loadPyodide } = await import("./assets/pyodide/VERSION/pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: new URL("./assets/pyodide/VERSION/", location.href).href });
  document.getElementById("out").textContent = pyodide.runPython("str(1 + 1)");
  performance.mark("mr-check-result");
});
</script>"""

# Milliseconds between the latest submit and the latest answer, as the page marked them.
ELAPSED = """() => {
  const last = (name) => performance.getEntriesByName(name).at(-1);
  return last("mr-check-result").startTime - last("mr-check-submit").startTime;
}"""
FORM = "form[data-check=settings]"
# The settings form filled in without focusing a field: no intent before the pointer comes.
FILL = """(form) => {
  const f = document.querySelector(form);
  f.elements.host.value = "imap.mail.ru";
  f.elements.port.value = "993";
}"""
# The error decoder with Mail.ru's app-password refusal pasted, also without focusing the field.
DECODE_FORM = "form[data-check=decode]"
DECODE_FILL = """(form) => {
  document.querySelector(form).elements.text.value = "535 5.7.0 NEOBHODIM parol prilozheniya";
}"""


def answered(page, count: int) -> float:
    page.wait_for_function(f"performance.getEntriesByName('mr-check-result').length >= {count}", timeout=240_000)
    return page.evaluate(ELAPSED)


def fetched(records: list[dict]) -> dict:
    files: dict[str, int] = {}
    for record in records:
        files[record["path"]] = files.get(record["path"], 0) + record["bytes"]
    return {"bytes": sum(files.values()), "requests": len(records), "files": files}


def plain_bytes(site: Site, after_intent: dict) -> int:
    """What the same requests weigh on a host that compresses nothing: the files as they are."""
    return sum((site.dir / path.lstrip("/")).stat().st_size for path in after_intent["files"] if (site.dir / path.lstrip("/")).is_file())


def floor_time(browser, site: Site) -> dict:
    context = browser.new_context()
    page = context.new_page()
    page.goto(site.url + "floor.html", wait_until="networkidle")
    moment = time.perf_counter()
    page.click("#go")
    took = answered(page, 1)
    context.close()
    return {"cold_ms": took, "after_intent": fetched(site.since(moment))}


def check_session(browser, site: Site, *, shared: bool = True, hover_ms: int = 0, typing_s: float = 0.0,
                  warm: bool = False, decoder: bool = False) -> dict:
    """One reader: /checks/ cold, intent (the click itself, or the pointer `hover_ms` over the form
    before it, or a focused field and `typing_s` of typing), the first answer of the settings check
    (or of the error decoder); optionally further checks; then the next page in the same browser
    (the settings page, or the error catalogue) and its first answer from the click."""
    form, fill = (DECODE_FORM, DECODE_FILL) if decoder else (FORM, FILL)
    context = browser.new_context()
    if not shared:
        context.add_init_script("delete window.SharedWorker")
    page = context.new_page()
    page.set_default_timeout(240_000)
    loading = time.perf_counter()
    page.goto(site.url + "checks/", wait_until="networkidle")
    page.evaluate(fill, form)
    moment = time.perf_counter()
    before_intent = fetched([r for r in site.since(loading) if r["start"] < moment])
    if hover_ms:
        page.hover(f"{form} .mr-check__title")
        page.wait_for_timeout(hover_ms)
    if typing_s:
        page.focus(f"{form} input[name=username]")
        page.wait_for_timeout(typing_s * 1000)
    page.click(f"{form} button[type=submit]")
    cold = answered(page, 1)
    after_intent = fetched(site.since(moment))
    further = []
    if warm:
        for count in range(2, 7):
            page.click(f"{form} button[type=submit]")
            further.append(answered(page, count))
    page.goto(site.url + ("errors/" if decoder else "settings/"), wait_until="networkidle")
    page.evaluate(fill, form)
    moment = time.perf_counter()
    page.click(f"{form} button[type=submit]")
    next_page = answered(page, 1)
    next_fetched = fetched(site.since(moment))
    context.close()
    result = {"cold_ms": cold, "next_page_ms": next_page, "before_intent": before_intent,
              "after_intent": after_intent, "next_page_after_intent": next_fetched}
    if further:
        result["further_ms"] = statistics.median(further)
    return result


# --- the phone's CPU --------------------------------------------------------------------------------

class Renderers:
    """Chromium's renderer processes (pages and workers) below this benchmark's process; each look
    reads only the processes that are new since the last one."""

    def __init__(self, root: int):
        self.root = root
        self.parents: dict[int, int] = {}
        self.below = {root}
        self.found: list[int] = []

    def look(self) -> list[int]:
        pids = {int(entry) for entry in os.listdir("/proc") if entry.isdigit()}
        for pid in self.parents.keys() - pids:  # gone: its number may come back as another process
            del self.parents[pid]
            self.below.discard(pid)
        for pid in pids - self.parents.keys():
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
                self.parents[pid] = int(stat[stat.rindex(")") + 2:].split()[1])
            except (OSError, ValueError):
                self.parents[pid] = 0
        for pid in sorted(pids - self.below):
            if self.parents.get(pid) in self.below:
                self.below.add(pid)
                try:
                    if b"--type=renderer" in Path(f"/proc/{pid}/cmdline").read_bytes():
                        self.found.append(pid)
                except OSError:
                    pass
        self.found = [pid for pid in self.found if pid in pids]
        return self.found


def signal_all(pids: list[int], number: int):
    for pid in pids:
        try:
            os.kill(pid, number)
        except OSError:
            pass


def slow_down(root: int, rate: float, period: float = PERIOD):
    """Runs as its own process: lets the renderers run 1/rate of every period and holds them
    (SIGSTOP) for the rest, the way DevTools' CPU throttling holds a page's main thread, but for
    every thread of every renderer, workers included."""
    renderers = Renderers(root)
    pids: list[int] = []

    def resume(*_):
        signal_all(pids, signal.SIGCONT)
        sys.exit(0)

    signal.signal(signal.SIGTERM, resume)
    tick = time.monotonic()
    while os.path.exists(f"/proc/{root}"):  # the benchmark is gone: so is this
        pids = list(renderers.look())  # a new page or worker is held from its first period
        signal_all(pids, signal.SIGSTOP)
        tick += period * (1 - 1 / rate)
        time.sleep(max(0.0, tick - time.monotonic()))
        signal_all(pids, signal.SIGCONT)
        tick += period / rate
        time.sleep(max(0.0, tick - time.monotonic()))
    resume()


class Phone:
    """While inside: the server shapes the network (unless network=False), a helper process slows
    the renderers down."""

    def __init__(self, network: bool = True, cpu: bool = True):
        self.network, self.cpu = network, cpu

    def __enter__(self):
        SHAPER.on = self.network
        if self.cpu:
            self.process = subprocess.Popen([PYTHON, __file__, "--slow-down", str(os.getpid()), str(PHONE["cpu_slowdown"])])
            time.sleep(0.3)
        return self

    def __exit__(self, *_):
        SHAPER.on = False
        if self.cpu:
            self.process.terminate()
            self.process.wait(10)


# --- what each way of throttling reaches -------------------------------------------------------------

PROBE_PAGE = """<!doctype html><meta charset="utf-8"><title>probe</title><script src="probe.js"></script><script>
window.dedicated = () => new Promise((resolve) => {
  const worker = new Worker("probe.js");
  worker.onmessage = (event) => resolve(event.data);
  worker.postMessage("go");
});
window.makeShared = () => {
  const worker = new SharedWorker("probe.js?" + Math.random());
  worker.port.start();
  window.shared = () => new Promise((resolve) => {
    worker.port.onmessage = (event) => resolve(event.data);
    worker.port.postMessage("go");
  });
};
// like the checks' worker: a new SharedWorker that downloads as soon as it starts
window.sharedAtStart = () => new Promise((resolve) => {
  const worker = new SharedWorker("probe.js?at-start=" + Math.random());
  worker.port.onmessage = (event) => resolve(event.data);
  worker.port.start();
});
</script>"""
PROBE_JS = """// the same work everywhere: a fixed loop (the median of three), then a download that takes one
// second at the phone's rate
async function download() {
  const t0 = performance.now();
  const response = await fetch("probe.bin?" + Math.random());
  await response.arrayBuffer();
  return performance.now() - t0;
}
async function probe() {
  const loops = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 5e7; i++) x += i % 7;
    loops.push(performance.now() - t0 + (x < 0 ? 1 : 0));
  }
  return { cpu: loops.sort((a, b) => a - b)[1], net: await download() };
}
if (typeof document !== "undefined") window.main = probe;
else if ("onconnect" in self)
  self.onconnect = async ({ ports: [port] }) => {
    if (location.search.includes("at-start")) port.postMessage({ net: await download() });
    else port.onmessage = async () => port.postMessage(await probe());
  };
else self.onmessage = async () => self.postMessage(await probe());
"""
PROBE_PLACES = {"page": "main()", "dedicated worker": "dedicated()", "SharedWorker, running": "shared()",
                "SharedWorker, downloading as it starts": "sharedAtStart()"}


def probe_reach(browser, work: Path, rounds: int = 2) -> dict:
    """Times a CPU loop and a download of one second's worth at the phone's rate on the page, in a
    dedicated worker and in SharedWorkers, in turns: without throttling, with Chromium's emulation
    (CDP on the page, and on each SharedWorker's own target as soon as it appears) and with this
    benchmark's phone profile."""
    folder = work / "probe"
    folder.mkdir()
    (folder / "index.html").write_text(PROBE_PAGE, encoding="utf-8")
    (folder / "probe.js").write_text(PROBE_JS, encoding="utf-8")
    (folder / "probe.bin").write_bytes(os.urandom(int(PHONE["down_mbit"] * 1e6 / 8)))
    site = Site(folder)
    context = browser.new_context()
    page = context.new_page()
    page.goto(site.url, wait_until="networkidle")
    session = context.new_cdp_session(page)
    browser_session = browser.new_browser_cdp_session()
    workers: dict[str, str] = {}  # SharedWorker target -> this script's session with it
    replies: dict[int, dict] = {}
    numbers = iter(range(1000, 10**6))
    emulating = []

    def to_worker(session_id: str, method: str, params: dict) -> int:
        number = next(numbers)
        browser_session.send("Target.sendMessageToTarget", {"sessionId": session_id, "message": json.dumps({"id": number, "method": method, "params": params})})
        return number

    def conditions(on: bool) -> list:
        network = CDP_CONDITIONS if on else {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
        cpu = {"rate": PHONE["cpu_slowdown"] if on else 1}
        return [("Network.enable", {}), ("Network.emulateNetworkConditions", network), ("Emulation.setCPUThrottlingRate", cpu)]

    def created(event):
        info = event["targetInfo"]
        if info["type"] == "shared_worker" and info["targetId"] not in workers:
            workers[info["targetId"]] = browser_session.send("Target.attachToTarget", {"targetId": info["targetId"], "flatten": False})["sessionId"]
            if emulating:  # as early as CDP allows
                for method, params in conditions(True):
                    to_worker(workers[info["targetId"]], method, params)

    browser_session.on("Target.targetCreated", created)
    browser_session.on("Target.receivedMessageFromTarget", lambda event: replies.update({json.loads(event["message"]).get("id", -1): json.loads(event["message"])}))
    browser_session.send("Target.setDiscoverTargets", {"discover": True})
    page.evaluate("makeShared()")
    while not workers:
        page.wait_for_timeout(20)
    running = next(iter(workers.values()))

    def cdp(on: bool) -> dict:
        for method, params in conditions(on)[1:]:
            session.send(method, params)
        sent = {method: to_worker(running, method, params) for method, params in conditions(on)}
        while not all(number in replies for number in sent.values()):
            page.wait_for_timeout(10)
        emulating[:] = [True] if on else []
        return {method: replies[number].get("error", {}).get("message", "accepted") for method, number in sent.items()}

    timings: dict[str, list[dict]] = {"none": [], "cdp": [], "bench": []}
    notes = {}
    try:
        for _ in range(rounds):
            for how in timings:
                phone = Phone().__enter__() if how == "bench" else None
                if how == "cdp":
                    notes = cdp(True)
                try:
                    timings[how].append({where: page.evaluate(call) for where, call in PROBE_PLACES.items()})
                finally:
                    if phone:
                        phone.__exit__()
                    if how == "cdp":
                        cdp(False)
    finally:
        for session_id in workers.values():
            try:
                browser_session.send("Target.detachFromTarget", {"sessionId": session_id})
            except Exception:  # noqa: BLE001  (a worker that is gone already)
                pass
        browser_session.detach()
        context.close()
        site.close()
    middle = {how: {where: {key: median([run[where][key] for run in runs]) for key in runs[0][where]} for where in PROBE_PLACES}
              for how, runs in timings.items()}
    slowdown = {how: {where: {"cpu": t["cpu"] / middle["none"][where]["cpu"] if "cpu" in t else None, "download_s": t["net"] / 1000}
                      for where, t in middle[how].items()} for how in ("cdp", "bench")}
    return {"timings": middle, "runs": timings, "sharedworker_target": notes, "slowdown": slowdown}


# --- build, serve, tests ----------------------------------------------------------------------------

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
        process.send_signal(signal.SIGINT)  # mkdocs serve cleans its temporary folder on Ctrl-C only
        process.wait(120)


SERVER_TESTS = ("test_mailservers", "test_account_checker", "test_live")


def marked(marker: str) -> set[tuple[str, str]]:
    """(module, test name) of the tests carrying a marker, as pytest collects them."""
    run = subprocess.run([PYTHON, "-m", "pytest", "-q", "--collect-only", "-p", "no:cacheprovider", "-m", marker],
                         cwd=ROOT, env=ENV, capture_output=True, text=True)
    found = set()
    for line in run.stdout.splitlines():
        if "::" in line:
            path, _, name = line.partition("::")
            found.add((Path(path).stem, name.split("::")[-1]))
    return found


def suite_times(work: Path) -> dict[str, float]:
    """The README's test command, timed whole, and the sum of test times per kind."""
    report = work / "junit.xml"
    kinds_of = {"thunderbird": marked("thunderbird"), "browser": marked("browser")}
    start = time.perf_counter()
    subprocess.run([PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}"], cwd=ROOT, env=ENV,
                   capture_output=True)
    total = time.perf_counter() - start
    kinds = {"site": 0.0, "servers": 0.0, "browser": 0.0, "thunderbird": 0.0}
    counts = dict.fromkeys(kinds, 0)
    for case in ET.parse(report).getroot().iter("testcase"):
        module, name = case.get("classname", "").split(".")[-1], case.get("name", "")
        if "test_" not in module:  # a class inside the module
            module = case.get("classname", "").split(".")[-2]
        kind = next((k for k, tests in kinds_of.items() if (module, name) in tests),
                    "servers" if module.startswith(SERVER_TESTS) else "site")
        kinds[kind] += float(case.get("time", 0))
        counts[kind] += 1
    suite = ET.parse(report).getroot()
    suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
    return {**kinds, "wall": total, "tests": counts,
            "failures": int(suite.get("failures", 0)) + int(suite.get("errors", 0)), "skipped": int(suite.get("skipped", 0))}


# --- the run -----------------------------------------------------------------------------------------

def median(values):
    return statistics.median(values)


def summary(sessions: list[dict]) -> dict:
    """Medians of the timed runs; the bytes of the first run (they do not vary)."""
    out = {"cold_ms": median([s["cold_ms"] for s in sessions]), "cold_ms_runs": [round(s["cold_ms"]) for s in sessions]}
    if "next_page_ms" in sessions[0]:
        out["next_page_ms"] = median([s["next_page_ms"] for s in sessions])
        out["next_page_ms_runs"] = [round(s["next_page_ms"], 1) for s in sessions]
    if "further_ms" in sessions[0]:
        out["further_ms"] = median([s["further_ms"] for s in sessions])
    for key in ("before_intent", "after_intent", "next_page_after_intent"):
        if key in sessions[0]:
            out[key] = sessions[0][key]
    return out


def floor_summary(floors: list[dict]) -> dict:
    return {"cold_ms": median([f["cold_ms"] for f in floors]), "cold_ms_runs": [round(f["cold_ms"]) for f in floors],
            "after_intent": floors[0]["after_intent"]}


def in_turns(runs: int, measures: dict) -> dict[str, list[dict]]:
    """Every measure once per round, in turn, so that a busy moment of the machine hits them alike."""
    done: dict[str, list[dict]] = {name: [] for name in measures}
    for _ in range(runs):
        for name, measure in measures.items():
            done[name].append(measure())
    return done


def browser_checks(browser, sites: dict[str, Site], runs: int) -> dict:
    # the headline pair gets two more rounds: the ratio to the floor is the goal
    done = in_turns(runs + 2, {
        "floor": lambda: floor_time(browser, sites["before"]),
        "now": lambda: check_session(browser, sites["ours"], warm=True),
    })
    done |= in_turns(runs, {
        "now, hover": lambda: check_session(browser, sites["ours"], hover_ms=HOVER_MS),
        "now, focus and 2 s of typing": lambda: check_session(browser, sites["ours"], typing_s=2.0),
        "now, no SharedWorker": lambda: check_session(browser, sites["ours"], shared=False),
        "before": lambda: check_session(browser, sites["before"], shared=False),
        "trimmed stdlib, lock fetched": lambda: check_session(browser, sites["trimmed, lock fetched"], shared=False),
        "raw files, no SharedWorker": lambda: check_session(browser, sites["raw"], shared=False),
        "raw files": lambda: check_session(browser, sites["raw"]),
        "gzip in the worker": lambda: check_session(browser, sites["gzip"]),
        # a host that compresses nothing
        "floor, plain host": lambda: floor_time(browser, sites["before, plain"]),
        "now, plain host": lambda: check_session(browser, sites["ours, plain"]),
        "gzip in the worker, plain host": lambda: check_session(browser, sites["gzip, plain"]),
        "raw files, plain host": lambda: check_session(browser, sites["raw, plain"]),
    })
    results = {name: floor_summary(taken) if name == "floor" or name.startswith("floor,") else summary(taken) for name, taken in done.items()}
    # the ladder: each change added to the ones before (the lock file before SharedWorker, so that
    # every step is a configuration a reader can meet: SharedWorker hidden is the fallback)
    ladder = {
        "before (issue 13)": ("before", sites["before"]),
        "+ trimmed compiled stdlib": ("trimmed stdlib, lock fetched", sites["trimmed, lock fetched"]),
        "+ lock file inline": ("raw files, no SharedWorker", sites["raw"]),
        "+ SharedWorker": ("raw files", sites["raw"]),
        "+ gzip, unpacked in the worker": ("gzip in the worker", sites["gzip"]),
        "+ xz instead of gzip (now)": ("now", sites["ours"]),
        "+ hover intent": ("now, hover", sites["ours"]),
    }
    results["ladder"] = {step: results[name] | {"plain_bytes": plain_bytes(site, results[name]["after_intent"])}
                         for step, (name, site) in ladder.items()}
    return results


def phone_checks(browser, sites: dict[str, Site], runs: int) -> dict:
    """The error decoder's first answer on slow 4G (the link shaped by the server), against the
    floor; and on a phone (the same link, the CPU slowed down too: issue 21)."""
    with Phone(cpu=False):
        done = in_turns(runs, {
            "floor": lambda: floor_time(browser, sites["before"]),
            "now": lambda: check_session(browser, sites["ours"], decoder=True),
            "gzip in the worker": lambda: check_session(browser, sites["gzip"], decoder=True),
            "raw files": lambda: check_session(browser, sites["raw"], decoder=True),
        })
    with Phone():
        done |= in_turns(runs, {
            "phone, floor": lambda: floor_time(browser, sites["before"]),
            "phone, now": lambda: check_session(browser, sites["ours"], decoder=True),
            "phone, gzip in the worker": lambda: check_session(browser, sites["gzip"], decoder=True),
        })
    return {name: floor_summary(taken) if name.endswith("floor") else summary(taken) for name, taken in done.items()}


def slow_4g(browser, sites: dict[str, Site], runs: int) -> dict:
    """Issue 22's goal alone: the error decoder's first answer on slow 4G (shaped by the server, the
    CPU left alone), this site against the floor, in turns."""
    with Phone(cpu=False):
        done = in_turns(runs, {"floor": lambda: floor_time(browser, sites["before"]),
                               "now": lambda: check_session(browser, sites["ours"], decoder=True)})
    return {"floor": floor_summary(done["floor"]), "now": summary(done["now"])}


DECODERS_JS = """// unpacks pyodide.asm.wasm from gzip (DecompressionStream) and from xz (xz-decompress), fed in
// 64 KB pieces as a download would be, and says how long each took
import { XzReadableStream } from "./xz-decompress.mjs";
const pieces = (bytes) => new ReadableStream({ start(controller) {
  for (let i = 0; i < bytes.length; i += 65536) controller.enqueue(bytes.subarray(i, i + 65536));
  controller.close();
} });
async function drain(stream) {
  const reader = stream.getReader();
  let size = 0;
  for (;;) { const { done, value } = await reader.read(); if (done) return size; size += value.length; }
}
const bytes = async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer());
self.onmessage = async () => {
  const gz = await bytes("wasm.gz"), xz = await bytes("wasm.xz");
  let t = performance.now();
  const a = await drain(pieces(gz).pipeThrough(new DecompressionStream("gzip")));
  const gzip = performance.now() - t;
  t = performance.now();
  const b = await drain(new XzReadableStream(pieces(xz)));
  self.postMessage({ gzip, xz: performance.now() - t, sizes: [a, b] });
};
"""


def decoders(browser, work: Path, ours: Path, rounds: int = 3) -> dict:
    """Milliseconds to unpack the wasm in a worker, gzip against xz, on this CPU and the phone's."""
    import lzma

    folder = work / "decoders"
    folder.mkdir()
    settings = worker_settings(ours)
    pyodide = (ours / "assets/javascripts" / settings["pyodide"]).resolve()
    packed = (pyodide / settings["files"]["pyodide.asm.wasm"]["url"]).read_bytes()
    (folder / "wasm.xz").write_bytes(packed)
    (folder / "wasm.gz").write_bytes(gzip.compress(lzma.decompress(packed), 9, mtime=0))
    shutil.copyfile(pyodide / settings["decoder"], folder / "xz-decompress.mjs")
    (folder / "decoders.mjs").write_text(DECODERS_JS, encoding="utf-8")
    (folder / "index.html").write_text('<!doctype html><meta charset="utf-8"><title>decoders</title><script>window.run = () => new Promise((resolve) => {'
                                       ' const w = new Worker("decoders.mjs", { type: "module" }); w.onmessage = (e) => { resolve(e.data); w.terminate(); };'
                                       ' w.postMessage("go"); });</script>', encoding="utf-8")
    site = Site(folder)
    context = browser.new_context()
    page = context.new_page()
    page.goto(site.url, wait_until="networkidle")
    out = {"bytes": {"gzip": (folder / "wasm.gz").stat().st_size, "xz": len(packed)}}
    try:
        for how in ("desktop", "phone CPU"):
            taken = []
            for _ in range(rounds):
                phone = Phone(network=False).__enter__() if how == "phone CPU" else None
                try:
                    taken.append(page.evaluate("run()"))
                finally:
                    if phone:
                        phone.__exit__()
            out[how] = {codec: median([t[codec] for t in taken]) for codec in ("gzip", "xz")}
    finally:
        context.close()
        site.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip timing the test suite")
    parser.add_argument("--runs", type=int, default=RUNS, help="runs per measure (medians are reported)")
    parser.add_argument("--checks", action="store_true", help="only the browser checks (no build times, page weights, test suite)")
    parser.add_argument("--slow-4g", action="store_true", help="only the error decoder's first answer on slow 4G, against the floor")
    parser.add_argument("--slow-down", nargs=2, type=int, metavar=("PID", "RATE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.slow_down:
        slow_down(*args.slow_down)
        return 0
    from playwright.sync_api import sync_playwright

    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout.strip()
    pyodide = json.loads((ROOT / "node_modules/pyodide/package.json").read_text())["version"]
    results: dict = {"machine": f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}",
                     "chromium": chromium, "pyodide": pyodide, "date": time.strftime("%Y-%m-%d %H:%M"), "runs": args.runs,
                     "phone": PHONE, "hover_ms": HOVER_MS}
    results["load_average"] = {"start": os.getloadavg()}
    started = time.perf_counter()
    took = results["took_s"] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["TMPDIR"] = tempfile.tempdir = tmp  # what Chromium and mkdocs put there goes with it
        ours_site, stock_site = work / "ours-site", work / "stock-site"
        build = [PYTHON, "-m", "mkdocs", "build", "--quiet", "--site-dir"]
        if args.checks or args.slow_4g:
            timed(build + [str(ours_site)], ROOT)
        else:
            stock = stock_project(work)
            ours_build = median([timed(build + [str(ours_site)], ROOT) for _ in range(RUNS)])
            stock_build = median([timed(build + [str(stock_site)], stock) for _ in range(RUNS)])
            results["build_s"] = {"ours": ours_build, "stock": stock_build, "ratio": ours_build / stock_build}
            results["serve_rebuild_s"] = serve_rebuild(work)
        took["builds"] = time.perf_counter() - started

        copies = {"before": dict(packing="none", full_stdlib=True, lock_inline=False),
                  "trimmed, lock fetched": dict(packing="none", lock_inline=False),
                  "raw": dict(packing="none"), "gzip": dict(packing="gzip")}
        if args.slow_4g:
            copies = {"before": copies["before"]}
        folders = {"ours": ours_site} | {name: variant(ours_site, work / f"{name.split(',')[0]}-site", **how) for name, how in copies.items()}
        (folders["before"] / "floor.html").write_text(FLOOR.replace("VERSION", pyodide), encoding="utf-8")
        sites = {name: Site(folder) for name, folder in folders.items()}
        if not args.slow_4g:
            sites |= {f"{name}, plain": Site(folders[name], gzip=False) for name in ("ours", "before", "raw", "gzip")}
        if not args.checks and not args.slow_4g:
            sites["stock"] = Site(stock_site)
        for name, site in sites.items():  # compress once before anything is timed
            files = worker_settings(site.dir)["files"]
            site.warm([f"assets/pyodide/{pyodide}/{entry['url']}" for entry in files.values() if "/" not in entry["url"]])
        sites["before"].warm([f"assets/pyodide/{pyodide}/{name}" for name in ("pyodide.asm.wasm", "pyodide.asm.mjs", LOCK)])
        measuring = time.perf_counter()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                measures = [("decoders", lambda: decoders(browser, work, ours_site)),
                            ("desktop", lambda: browser_checks(browser, sites, args.runs)),
                            ("phone_profile", lambda: phone_checks(browser, sites, args.runs))]
                if args.slow_4g:
                    measures = [("slow_4g", lambda: slow_4g(browser, sites, args.runs + 2))]
                elif not args.checks:
                    ours_weight, stock_weight = page_weights(browser, sites["ours"].url), page_weights(browser, sites["stock"].url)
                    results["page_bytes"] = {name: {"ours": ours_weight[name], "stock": stock_weight[name],
                                                    "ratio": ours_weight[name] / stock_weight[name]} for name in PAGES}
                    took["page weights"] = time.perf_counter() - measuring
                    measures.insert(0, ("throttling_reach", lambda: probe_reach(browser, work)))
                for name, measure in measures:
                    begun = time.perf_counter()
                    results[name] = measure()
                    took[name] = time.perf_counter() - begun
                browser.close()
        finally:
            for site in sites.values():
                site.close()
        if not args.quick and not args.checks and not args.slow_4g:
            begun = time.perf_counter()
            results["suite_s"] = suite_times(work)
            took["test suite"] = time.perf_counter() - begun
    results["total_s"] = time.perf_counter() - started
    results["load_average"]["end"] = os.getloadavg()
    report(results)
    out = ROOT / "test-artifacts" / ("benchmark-slow-4g.json" if args.slow_4g else "benchmark.json")
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\n{out.relative_to(ROOT)}")
    return 0


def report(r: dict):
    line = lambda label, *cells: print(f"{label:<52}" + "".join(f"{c:>14}" for c in cells))  # noqa: E731
    if "slow_4g" in r:
        ph, s4 = r["phone"], r["slow_4g"]
        print(f"Machine: {r['machine']}, load average {r['load_average']['start'][0]:.1f} at the start and "
              f"{r['load_average']['end'][0]:.1f} at the end\n{r['chromium']}, Pyodide {r['pyodide']}, {r['date']}\n"
              f"slow 4G: {ph['down_mbit']} Mbit/s down, {ph['up_mbit']} up, {ph['latency_ms']} ms, shaped by the server, host gzips\n")
        line("the error decoder's first answer from the click (ms)", "median")
        for name, label in (("now", "this site (goal 20,000)"), ("floor", "floor (bare Pyodide)")):
            line(f"  {label}", f"{s4[name]['cold_ms']:,.0f}")
            print(f"    runs: {', '.join(f'{t:,}' for t in s4[name]['cold_ms_runs'])}")
        line("  bytes after intent: this site, floor", f"{s4['now']['after_intent']['bytes']:,}", f"{s4['floor']['after_intent']['bytes']:,}")
        line("  ratio to the floor", f"{s4['now']['cold_ms'] / s4['floor']['cold_ms']:.2f}")
        return
    print(f"Machine: {r['machine']}, load average {r['load_average']['start'][0]:.1f} at the start\n{r['chromium']}, Pyodide {r['pyodide']}, {r['date']}, medians of {r['runs']} runs ({r['runs'] + 2} for the first answer and the floor)\n")
    line("measure", "this site", "anchor", "ratio")
    for name, row in r.get("page_bytes", {}).items():
        line(f"page bytes, gzip, cold: {name}", f"{row['ours']:,}", f"{row['stock']:,}", f"{row['ratio']:.2f}")
    d, p = r["desktop"], r["phone_profile"]
    floor = d["floor"]["cold_ms"]
    line("first answer on /checks/ from the click (ms)", f"{d['now']['cold_ms']:.0f}", f"{floor:.0f}", f"{d['now']['cold_ms'] / floor:.2f}")
    line(f"  ... pointer over the form {r['hover_ms']} ms before (ms)", f"{d['now, hover']['cold_ms']:.0f}", "", f"{d['now, hover']['cold_ms'] / floor:.2f}")
    line("  ... a field focused 2 s before (ms)", f"{d['now, focus and 2 s of typing']['cold_ms']:.0f}")
    line("  ... SharedWorker hidden (ms)", f"{d['now, no SharedWorker']['cold_ms']:.0f}", "", f"{d['now, no SharedWorker']['cold_ms'] / floor:.2f}")
    line("a further check on the same page (ms)", f"{d['now']['further_ms']:.1f}")
    line("next page's first answer, SharedWorker (ms)", f"{d['now']['next_page_ms']:.1f}", "goal 100")
    line("next page's first answer, SharedWorker hidden (ms)", f"{d['now, no SharedWorker']['next_page_ms']:.0f}")
    after = d["now"]["after_intent"]
    for path, size in sorted(after["files"].items(), key=lambda item: -item[1]):
        line(f"  {path}", f"{size:,}")
    line("  Pyodide requests before intent", str(sum("/assets/pyodide/" in f for f in d["now"]["before_intent"]["files"])))

    print("\nThree ways of serving: bytes after intent and first answer from the click (goal: 3.8 MB on any host, 20 s on slow 4G)")
    line("", "gzip host", "ms", "plain host", "ms", "slow 4G", "ms")
    rows = {"this site (xz, unpacked in the worker)": ("now", "now, plain host", "now"),
            "gzip, unpacked in the worker": ("gzip in the worker", "gzip in the worker, plain host", "gzip in the worker"),
            "files as Pyodide ships them": ("raw files", "raw files, plain host", "raw files"),
            "floor (bare Pyodide)": ("floor", "floor, plain host", "floor")}
    for label, (gz, plain, phone) in rows.items():
        line(label, f"{d[gz]['after_intent']['bytes']:,}", f"{d[gz]['cold_ms']:.0f}", f"{d[plain]['after_intent']['bytes']:,}",
             f"{d[plain]['cold_ms']:.0f}", f"{p[phone]['after_intent']['bytes']:,}", f"{p[phone]['cold_ms']:.0f}")
    ph = r["phone"]
    print(f"  slow 4G: {ph['down_mbit']} Mbit/s down, {ph['up_mbit']} up, {ph['latency_ms']} ms, shaped by the server, host gzips; "
          f"the error decoder's first answer (the other columns: the settings check)")
    line("  slow 4G: first answer / floor", f"{p['now']['cold_ms'] / p['floor']['cold_ms']:.2f}")
    print(f"Phone (issue 21): slow 4G and a CPU {ph['cpu_slowdown']}x slower; the error decoder")
    line("  first answer from the click (ms)", f"{p['phone, now']['cold_ms']:.0f}", f"{p['phone, floor']['cold_ms']:.0f}",
         f"{p['phone, now']['cold_ms'] / p['phone, floor']['cold_ms']:.2f}")
    line("  ... gzip unpacked in the worker (ms)", f"{p['phone, gzip in the worker']['cold_ms']:.0f}")
    line("  next page's first answer, SharedWorker (ms)", f"{p['phone, now']['next_page_ms']:.1f}")

    dec = r["decoders"]
    print("\nUnpacking pyodide.asm.wasm in a worker (ms): bytes, this machine, the phone's CPU")
    for codec in ("gzip", "xz"):
        line(f"  {codec}", f"{dec['bytes'][codec]:,}", f"{dec['desktop'][codec]:.0f}", f"{dec['phone CPU'][codec]:.0f}")

    print("\nWhat each change gave (desktop, gzip host; cold and next page from the click; bytes after intent)")
    line("step", "cold ms", "next page ms", "bytes, gzip", "bytes, plain", "requests")
    for step, row in d["ladder"].items():
        line(step, f"{row['cold_ms']:.0f}", f"{row['next_page_ms']:.1f}", f"{row['after_intent']['bytes']:,}", f"{row['plain_bytes']:,}",
             str(row["after_intent"]["requests"]))
    if "throttling_reach" in r:
        print("\nWhat each way of throttling reaches (CPU: times slower; download of a 1-second file, s)")
        line("where", "CDP cpu", "CDP download", "bench cpu", "bench download")
        reach = r["throttling_reach"]
        for where in reach["timings"]["none"]:
            c, b = reach["slowdown"]["cdp"][where], reach["slowdown"]["bench"][where]
            times = lambda factor: "–" if factor is None else f"{factor:.1f}"  # noqa: E731
            line(where, times(c["cpu"]), f"{c['download_s']:.2f}", times(b["cpu"]), f"{b['download_s']:.2f}")
        print(f"  CDP on a SharedWorker's own target: {reach['sharedworker_target']}")
    if "build_s" in r:
        b = r["build_s"]
        print()
        line("mkdocs build (s)", f"{b['ours']:.2f}", f"{b['stock']:.2f}", f"{b['ratio']:.2f}")
        line("mkdocs serve rebuild after a one-line edit (s)", f"{r['serve_rebuild_s']:.2f}")
    if "suite_s" in r:
        s = r["suite_s"]
        line("test suite (s): site / servers / browser / Thunderbird", f"{s['site']:.0f} / {s['servers']:.0f} / {s['browser']:.0f} / {s['thunderbird']:.0f}",
             f"wall {s['wall']:.0f}")
        print(f"  tests: {s['tests']}, failed {s['failures']}, skipped {s['skipped']}")
    print(f"\nthe run took {r['total_s']:.0f} s: " + ", ".join(f"{name} {s:.0f} s" for name, s in r["took_s"].items())
          + f"; load average {r['load_average']['start'][0]:.1f} at the start, {r['load_average']['end'][0]:.1f} at the end")


if __name__ == "__main__":
    sys.exit(main())
