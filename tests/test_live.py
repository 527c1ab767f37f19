"""Opt-in: the real Mail.ru servers (./dev test -m live). For each recommended server: the
TLS handshake with certificate verification, the certificate's host name, and the greeting.
Nothing signs in. Without a network the tests are skipped and say why."""

from __future__ import annotations

import socket
import ssl

import pytest
from mailru import service

pytestmark = pytest.mark.live

GREETING = {service.IMAP: b"* OK", service.POP3: b"+OK", service.SMTP: b"220"}


@pytest.mark.parametrize("protocol", [service.IMAP, service.POP3, service.SMTP])
def test_real_server_greets_over_verified_tls(protocol):
    server = service.recommended(protocol)
    try:
        raw = socket.create_connection((server.host, server.port), timeout=10)
    except OSError as error:
        pytest.skip(f"offline: cannot reach {server.host}:{server.port} ({error})")
    context = ssl.create_default_context()
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    # the handshake fails unless the chain is trusted and the certificate names server.host
    with context.wrap_socket(raw, server_hostname=server.host) as tls:
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
        names = [value for kind, value in tls.getpeercert().get("subjectAltName", ()) if kind == "DNS"]
        assert names, "the certificate names no host"
        assert tls.recv(512).startswith(GREETING[protocol])
