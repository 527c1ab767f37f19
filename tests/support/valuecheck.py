"""Find server, port and security values in text that disagree with the source of truth.

A text is cut into blocks (a paragraph, list item, table row or heading of a page; a
paragraph of a code file). In a block:
- every Mail.ru host name must be a server or a web host that the source knows;
- a number named as a port, or a usual mail port, belongs to the nearest host before it (or, with none before, after it) and must
  be one of that host's ports;
- the security word nearest to a port (SSL/TLS, SSL or STARTTLS, within a short distance) must
  be that port's security mode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from mailru import service

HOST = re.compile(r"(?<![\w@.-])((?:[a-z0-9-]+\.)+(?:mail|inbox|list|bk|internet)\.ru)(?![\w-])", re.I)
PORT = re.compile(r"(?<![\w.,])(\d{2,5})(?![\w]|[.,]\d)")
SECURITY = re.compile(r"(?<![\w/])(STARTTLS|SSL/TLS|SSL_TLS|SSL)(?![\w/])")
SECURITY_OF_WORD = {"STARTTLS": service.STARTTLS, "SSL/TLS": service.SSL_TLS, "SSL_TLS": service.SSL_TLS, "SSL": service.SSL_TLS}
# Ports a mail program could be given for Mail.ru, right or wrong; other numbers are not ports.
MAIL_PORTS = {25, 110, 143, 465, 587, 993, 995, 2525, 2465, 2587}
NEAR = 80  # characters: a security word further away than this describes something else
# A number right after the word "port" (port, porty, portu, PORT =) is a port, whatever its value.
NAMED_PORT = re.compile(r"\bport[a-zěů]*\s*[:=]?\s*(\d{1,5})\b", re.I)

PORTS_OF_HOST: dict[str, set[int]] = {}
SECURITY_OF_PORT: dict[int, str] = {}
for _server in service.SERVERS:
    PORTS_OF_HOST.setdefault(_server.host, set()).add(_server.port)
    SECURITY_OF_PORT[_server.port] = _server.security
KNOWN_HOSTS = set(service.HOSTS) | set(service.WEB_HOSTS)


@dataclass(frozen=True)
class Problem:
    kind: str  # "unknown-host", "unknown-port", "port-host", "port-security"
    detail: str
    block: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail} in: {self.block[:160]!r}"


def check_block(block: str) -> list[Problem]:
    problems = []
    hosts = [(m.start(), m.group(1).lower()) for m in HOST.finditer(block)]
    for _, host in hosts:
        if host not in KNOWN_HOSTS:
            problems.append(Problem("unknown-host", host, block))
    servers = [(at, host) for at, host in hosts if host in PORTS_OF_HOST]
    words = [(m.start(), m.end(), SECURITY_OF_WORD[m.group(1)], m.group(1)) for m in SECURITY.finditer(block)]
    named = {m.start(1) for m in NAMED_PORT.finditer(block)}
    for match in PORT.finditer(block):
        port = int(match.group(1))
        if port not in MAIL_PORTS and match.start(1) not in named:
            continue
        if port not in SECURITY_OF_PORT:
            problems.append(Problem("unknown-port", str(port), block))
            continue
        before = [host for at, host in servers if at < match.start()]
        after = [host for at, host in servers if at > match.start()]
        host = before[-1] if before else (after[0] if after else None)
        if host is not None and port not in PORTS_OF_HOST[host]:
            problems.append(Problem("port-host", f"port {port} with {host}", block))

        def distance(word):
            start, end = word[0], word[1]
            return start - match.end() if start >= match.end() else match.start() - end

        near = [w for w in words if distance(w) <= NEAR]
        if near:
            word = min(near, key=distance)
            if word[2] != SECURITY_OF_PORT[port]:
                problems.append(Problem("port-security", f"port {port} with {word[3]}", block))
    return problems


BLOCK_TAGS = {
    "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "dd", "blockquote",
    "div", "section", "article", "table", "ul", "ol", "details", "summary", "title", "nav", "header", "footer",
}
SKIP_TAGS = {"script", "style", "svg"}


class _Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.text: list[str] = []
        self.skip = 0
        self.in_pre = 0

    def flush(self):
        text = "".join(self.text)
        self.text = []
        parts = re.split(r"\n\s*\n", text) if self.in_pre else [text]
        self.blocks += [" ".join(p.split()) if not self.in_pre else p for p in parts if p.strip()]

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.flush()
        if tag == "pre":
            self.in_pre += 1
        for name, value in attrs:
            if name == "data-clipboard-text" and value:
                self.text.append(f" {value} ")

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.flush()
        if tag == "pre":
            self.in_pre -= 1
        if tag in SKIP_TAGS:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def html_blocks(page: str) -> list[str]:
    parser = _Blocks()
    parser.feed(page)
    parser.close()
    parser.flush()
    return parser.blocks


def text_blocks(text: str) -> list[str]:
    return [b for b in re.split(r"\n\s*\n", text) if b.strip()]


def check_html(page: str) -> list[Problem]:
    return [p for block in html_blocks(page) for p in check_block(block)]


def check_text(text: str) -> list[Problem]:
    return [p for block in text_blocks(text) for p in check_block(block)]
