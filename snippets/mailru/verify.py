"""Are these settings right for a Mail.ru mailbox? Field by field, with what to change.

Pure function on the source of truth; the command line (`settings`) and the browser's
settings checker call the same `check_settings`. Findings carry codes and values; the words
come from messages.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import service
from .profiles import NotMailruAddress, checked_address

PROTOCOL_ALIASES = {"imap": service.IMAP, "imap4": service.IMAP, "imaps": service.IMAP,
                    "pop": service.POP3, "pop3": service.POP3, "pop3s": service.POP3,
                    "smtp": service.SMTP, "smtps": service.SMTP, "submission": service.SMTP}
# A bare "TLS" means SSL/TLS in some programs and STARTTLS in others (older Outlook): ambiguous.
SECURITY_ALIASES = {"ssl": service.SSL_TLS, "ssl/tls": service.SSL_TLS, "tls": "ambiguous",
                    "implicit": service.SSL_TLS, "implicit tls": service.SSL_TLS,
                    "starttls": service.STARTTLS, "start tls": service.STARTTLS,
                    "none": "none", "plain": "none", "no": "none", "zadne": "none", "žádné": "none", "off": "none"}
FIELDS = ("protocol", "host", "port", "security", "username")
MAX_FIELD = 320  # longest sensible value of any field (an address is at most 254 characters)


@dataclass(frozen=True)
class Finding:
    field: str  # one of FIELDS
    ok: bool
    code: str  # what the message table says about it
    given: str = ""
    expected: str = ""


def _clean(value: object) -> str:
    return " ".join(str(value if value is not None else "").split())[:MAX_FIELD]


def check_settings(protocol: object, host: object, port: object, security: object, username: object = None) -> list[Finding]:
    """One finding per field given, in the order of FIELDS."""
    findings: list[Finding] = []
    protocol_text = _clean(protocol)
    proto = PROTOCOL_ALIASES.get(protocol_text.lower())
    if not protocol_text:
        return [Finding("protocol", False, "protocol-empty")]
    if proto is None:
        return [Finding("protocol", False, "protocol-unknown", protocol_text, "IMAP, POP3, SMTP")]
    findings.append(Finding("protocol", True, "protocol-ok", service.PROTOCOL_LABELS[proto]))
    best = service.recommended(proto)
    servers = service.servers_for(proto)

    host_text = _clean(host).lower().rstrip(".")
    if not host_text:
        findings.append(Finding("host", False, "host-empty", "", best.host))
    elif host_text == best.host:
        findings.append(Finding("host", True, "host-ok", host_text))
    elif host_text in service.HOSTS:
        findings.append(Finding("host", False, "host-other-protocol", host_text, best.host))
    else:
        findings.append(Finding("host", False, "host-wrong", host_text, best.host))

    port_text = _clean(port)
    server = None
    if not port_text:
        findings.append(Finding("port", False, "port-empty", "", str(best.port)))
    elif not port_text.isascii() or not port_text.isdecimal() or not 0 < int(port_text) < 65536:
        findings.append(Finding("port", False, "port-not-a-number", port_text, str(best.port)))
    else:
        server = next((s for s in servers if s.port == int(port_text)), None)
        if server is None:
            findings.append(Finding("port", False, "port-wrong", port_text, str(best.port)))
        elif server.recommended:
            findings.append(Finding("port", True, "port-ok", port_text))
        elif server.fallback:
            findings.append(Finding("port", True, "port-fallback", port_text, str(best.port)))
        else:
            findings.append(Finding("port", True, "port-alternative", port_text, str(best.port)))

    security_text = _clean(security)
    mode = SECURITY_ALIASES.get(security_text.lower())
    wanted = (server or best).security
    wanted_label = service.SECURITY_LABELS[wanted]
    if not security_text:
        findings.append(Finding("security", False, "security-empty", "", wanted_label))
    elif mode is None:
        findings.append(Finding("security", False, "security-unknown", security_text, wanted_label))
    elif mode == "none":
        findings.append(Finding("security", False, "security-none", security_text, wanted_label))
    elif mode == "ambiguous":
        findings.append(Finding("security", False, "security-ambiguous", security_text, wanted_label))
    elif mode != wanted:
        code = "security-wrong-for-port" if server else "security-wrong"
        findings.append(Finding("security", False, code, service.SECURITY_LABELS[mode], wanted_label))
    else:
        findings.append(Finding("security", True, "security-ok", wanted_label))

    if username is not None:
        name = _clean(username)
        example = service.EXAMPLE_ADDRESS
        if not name:
            findings.append(Finding("username", False, "username-empty", "", example))
        elif "@" not in name:
            findings.append(Finding("username", False, "username-not-full-address", name, f"{name}@mail.ru"))
        else:
            try:
                checked_address(name)
            except NotMailruAddress as refused:
                code = "username-not-mailru" if refused.code in ("address-not-mailru", "address-unsupported") else "username-invalid"
                findings.append(Finding("username", False, code, name, ", ".join(service.DOMAINS) if code == "username-not-mailru" else example))
            else:
                findings.append(Finding("username", True, "username-ok", name))
    return findings


def settings_ok(findings: list[Finding]) -> bool:
    return all(f.ok for f in findings)
