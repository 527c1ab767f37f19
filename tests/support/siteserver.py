"""The built site behind a static HTTP server on loopback that logs every request and misbehaves on
request: what the browser tests load pages from, and the record of what pages and workers asked for
(REQUESTS: method, path and query, the headers that can carry data, and the body; support/privacy.py
reads it)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from dataclasses import dataclass, field
from pathlib import Path

SERVED: list[str] = []  # every path (with its query) the site's test server was asked for, in order


@dataclass
class Request:
    """One request as a server of this module received it."""
    origin: str  # the server's own origin, e.g. http://127.0.0.1:40123
    method: str
    path: str  # with its query
    headers: dict[str, str] = field(default_factory=dict)  # those that can carry data (not in PLAIN)
    body: bytes = b""


REQUESTS: list[Request] = []  # every request any server of this module received, in order
# Headers a browser writes itself, whose values a page cannot fill with what the reader typed; every
# other header (Referer, Cookie, Content-Type, anything a script added) is kept in REQUESTS.
PLAIN = {"host", "connection", "user-agent", "accept", "accept-encoding", "accept-language", "cache-control", "pragma",
         "priority", "upgrade-insecure-requests", "content-length", "origin", "dnt", "if-modified-since", "if-none-match",
         "range", "if-range"}
MAX_BODY = 1 << 24  # what is read of a request's body
HEADERS: dict[str, str] = {}  # sent with every answer, as a host configured with them would (security headers)
# Path ending -> how the server misbehaves for it (the `faults` fixture): "404"; "drop" (hang up with no
# answer); "cut" (hang up halfway through the body); "short" (a complete answer with half the file);
# "hang" (answer nothing until the test ends); or bytes to send instead of the file.
FAULTS: dict[str, object] = {}
RELEASE = threading.Event()
# Path ending -> the Content-Type the server sends for it instead of its own guess (the `types` fixture
# of test_browser_faults.py): a host configured like stock nginx, whose mime.types has no .mjs.
TYPES: dict[str, str] = {}
# Path endings the server sends gzipped (Content-Encoding: gzip), like a host that compresses every file again.
GZIPPED: set[str] = set()


@contextlib.contextmanager
def serve(built_site: Path):
    """Serve built_site on a free loopback port; yields its address."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        # as README's Publishing section asks of a host: Safari on iOS installs a profile sent with this type
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                          ".mobileconfig": "application/x-apple-aspen-config"}

        def log_message(self, *args):
            pass

        def guess_type(self, path):
            return next((kind for ending, kind in TYPES.items() if str(path).endswith(ending)), None) or super().guess_type(path)

        def end_headers(self):
            for name, value in HEADERS.items():
                self.send_header(name, value)
            super().end_headers()

        def _record(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(min(length, MAX_BODY)) if length > 0 else b""
            kept = {name: value for name, value in self.headers.items() if name.lower() not in PLAIN
                    and not name.lower().startswith(("sec-ch-", "sec-fetch-"))}
            REQUESTS.append(Request(f"http://127.0.0.1:{self.server.server_address[1]}", self.command, self.path, kept, body))

        def _refuse(self):  # a static site answers no POST, PUT, ...: recorded (with the body), then refused
            self._record()
            self.close_connection = True
            self.send_error(405)

        do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _refuse

        def send_head(self):
            self._record()
            SERVED.append(self.path)  # what pages and workers (shared ones too) asked for
            path = self.path.split("?")[0]
            fault = next((f for ending, f in FAULTS.items() if path.endswith(ending)), None)
            if fault is None and any(path.endswith(ending) for ending in GZIPPED):
                import gzip

                body = gzip.compress(Path(self.translate_path(path)).read_bytes())
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return None
            if fault is None:
                return super().send_head()
            self.close_connection = True
            if fault == "404":
                self.send_error(404)
                return None
            if fault == "hang":
                RELEASE.wait(120)
            if fault in ("drop", "hang"):
                return None
            body = fault if isinstance(fault, bytes) else Path(self.translate_path(path)).read_bytes()
            sent = body[: len(body) // 2] if fault in ("cut", "short") else body
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Length", str(len(sent if fault == "short" else body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(sent)
            return None

    handler = functools.partial(Quiet, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    RELEASE.set()
    server.shutdown()


