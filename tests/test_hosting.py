"""README's nginx, Apache and Caddy configurations, served for real: Debian's server, started by the test
on a loopback port with README's block as its configuration, sends the built site with every security
header, `.mjs` as JavaScript, the iPhone profiles with Apple's type, Pyodide's compressed files as they
are and cached for good, and each language's own 404 page; a block with one line taken out is caught."""

from __future__ import annotations

import gzip
import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from conftest import ROOT
from support.thunderbird import free_port
from test_published import readme_security_headers

SERVERS = ("nginx", "apache", "caddy")
# Apache's modules README's block relies on (Debian's server configuration loads them; this test's does not)
APACHE_MODULES = ("mpm_event", "authz_core", "mime", "headers", "deflate", "filter", "dir")


def readme_block(server: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```" + server + r"\n(.*?)```", text, re.S)
    assert block, f"README has no {server} block"
    return block.group(1)


def configure(server: str, block: str, site, port: int, folder) -> list[str]:
    """README's block, pointed at the built site and a loopback port, with what a whole configuration
    needs around it; the command that serves it in the foreground."""
    block = block.replace("/srv/mailru/site", str(site))
    if server == "nginx":
        block = block.replace("include mime.types;", "include /etc/nginx/mime.types;")
        block = block.replace("    server {\n", f"    server {{\n        listen 127.0.0.1:{port};\n", 1)
        temp = " ".join(f"{kind}_temp_path {folder};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        block = block.replace("http {\n", f"http {{\n    access_log off;\n    {temp}\n", 1)
        # as root, nginx's workers would run as nobody, who cannot enter the test's private temporary folder
        user = "user root;\n" if os.geteuid() == 0 else ""
        (folder / "nginx.conf").write_text(f"daemon off;\n{user}pid {folder}/nginx.pid;\nerror_log {folder}/error.log;\n"
                                           "events {}\n" + block, encoding="utf-8")
        return ["nginx", "-c", str(folder / "nginx.conf")]
    if server == "apache":
        modules = "".join(f"LoadModule {name}_module /usr/lib/apache2/modules/mod_{name}.so\n" for name in APACHE_MODULES)
        (folder / "apache.conf").write_text(
            f"ServerRoot /etc/apache2\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\nPidFile {folder}/apache.pid\n"
            f"ErrorLog {folder}/error.log\n{modules}TypesConfig /etc/mime.types\nDocumentRoot {site}\n"
            f"DirectoryIndex index.html\n<Directory {site}>\n    Require all granted\n</Directory>\n" + block, encoding="utf-8")
        return ["apache2", "-f", str(folder / "apache.conf"), "-DFOREGROUND"]
    block = block.replace("example.org {\n", f"http://127.0.0.1:{port} {{\n\tbind 127.0.0.1\n", 1)
    (folder / "Caddyfile").write_text("{\n\tadmin off\n\tauto_https off\n}\n" + block, encoding="utf-8")
    return ["caddy", "run", "--config", str(folder / "Caddyfile"), "--adapter", "caddyfile"]


def fetch(url: str):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        answer = urllib.request.urlopen(request, timeout=30)
    except urllib.error.HTTPError as error:
        answer = error
    body = answer.read()
    if answer.headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return answer.status, answer.headers, body


def unmet(base: str, site) -> list[str]:
    """What the server at base sends otherwise than README's table and security headers ask."""
    wanted = readme_security_headers()
    modules = sorted(site.rglob("*.mjs"))
    packed = sorted((site / "assets" / "pyodide").rglob("*.xz"))
    profiles = [next((site / lang / "profiles").glob("*.mobileconfig")) for lang in ("", "en", "ru")]
    paths = ["", "en/", "ru/checks/"] + [p.relative_to(site).as_posix() for p in modules + packed[:1] + profiles]
    paths += ["no-such-page/", "en/no-such-page/", "ru/no-such-page/"]
    problems = []
    for path in paths:
        status, headers, body = fetch(base + path)
        problems += [f"{path}: {name} {headers.get(name)!r}" for name, value in wanted.items() if headers.get(name) != value]
        kind = headers.get("Content-Type", "")
        if path.endswith(".mjs") and not kind.startswith("text/javascript"):
            problems.append(f"{path}: Content-Type {kind!r}")
        if path.endswith(".mobileconfig") and kind != "application/x-apple-aspen-config":
            problems.append(f"{path}: Content-Type {kind!r}")
        if path.endswith(".xz"):
            if body != (site / path).read_bytes():
                problems.append(f"{path}: not the bytes as they are")
            if "max-age=" not in (headers.get("Cache-Control") or ""):
                problems.append(f"{path}: not cached ({headers.get('Cache-Control')!r})")
        if path.endswith("no-such-page/"):
            lang = path.split("/")[0] if path.count("/") > 1 else "cs"
            if status != 404 or f'<html lang="{lang}"' not in body.decode("utf-8", "replace"):
                problems.append(f"{path}: {status}, not the {lang} 404 page")
        elif status != 200:
            problems.append(f"{path}: {status}")
    return problems


def serve_and_check(server: str, block: str, site, folder) -> list[str]:
    port = free_port()
    command = configure(server, block, site, port, folder)
    env = dict(os.environ, HOME=str(folder), XDG_DATA_HOME=str(folder), XDG_CONFIG_HOME=str(folder))
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:  # until the server answers (it has started) or has stopped
            assert process.poll() is None, f"{server} stopped: {process.stderr.read().decode(errors='replace')[-2000:]}"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, f"{server} did not start listening"
                time.sleep(0.05)
        return unmet(f"http://127.0.0.1:{port}/", site)
    finally:
        process.terminate()
        process.wait(30)


@pytest.mark.parametrize("server", SERVERS)
def test_readmes_configuration_serves_the_site_as_a_host_must(server, built_site, tmp_path):
    assert serve_and_check(server, readme_block(server), built_site, tmp_path) == []


# one line of each block taken out, and what the test must then find
PLANTED = {
    "nginx": ("        text/javascript                   mjs;\n", ".mjs: Content-Type"),
    "apache": ("Header always set X-Content-Type-Options nosniff\n", "X-Content-Type-Options"),
    "caddy": ("\t\trewrite @russian /ru/404.html\n", "ru/no-such-page/: 404, not the ru 404 page"),
}


@pytest.mark.parametrize("server", SERVERS)
def test_a_line_taken_out_of_readmes_configuration_is_caught(server, built_site, tmp_path):
    line, expected = PLANTED[server]
    block = readme_block(server)
    assert line in block
    problems = serve_and_check(server, block.replace(line, ""), built_site, tmp_path)
    assert any(expected in problem for problem in problems), problems
