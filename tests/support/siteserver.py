"""The built site behind a static HTTP server on loopback that logs every request and misbehaves on
request: what the browser tests load pages from, and the record of what pages and workers asked for."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path

SERVED: list[str] = []  # every path (with its query) the site's test server was asked for, in order
# Path ending -> how the server misbehaves for it (the `faults` fixture): "404"; "drop" (hang up with no
# answer); "cut" (hang up halfway through the body); "short" (a complete answer with half the file);
# "hang" (answer nothing until the test ends); or bytes to send instead of the file.
FAULTS: dict[str, object] = {}
RELEASE = threading.Event()


@contextlib.contextmanager
def serve(built_site: Path):
    """Serve built_site on a free loopback port; yields its address."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        # as README's Publishing section asks of a host: Safari on iOS installs a profile sent with this type
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                          ".mobileconfig": "application/x-apple-aspen-config"}

        def log_message(self, *args):
            pass

        def send_head(self):
            SERVED.append(self.path)  # what pages and workers (shared ones too) asked for
            path = self.path.split("?")[0]
            fault = next((f for ending, f in FAULTS.items() if path.endswith(ending)), None)
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


