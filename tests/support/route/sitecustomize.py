"""Test-only name routing: send Mail.ru's real host names to loopback servers.

Python imports this module at start-up when tests/support/route is on PYTHONPATH. It does
nothing unless MAILRU_TEST_ROUTES is set, e.g.

    MAILRU_TEST_ROUTES=imap.mail.ru:993=127.0.0.1:40123,imap.mail.ru:*=127.0.0.1:40999

Then socket.getaddrinfo (which socket.create_connection, imaplib, poplib, smtplib and
asyncio all use) answers a routed host:port with the loopback target; "host:*" catches
the host's other ports. The program still passes the real name to ssl as
server_hostname, so SNI and the certificate's host-name check stay those of the real
host. Loopback and wildcard addresses and "localhost" resolve as usual; every other name
and address fails with the resolver's own "Name or service not known", so nothing leaves
the machine (a socket connected to a literal address without getaddrinfo is not caught).
The test CA is trusted through SSL_CERT_FILE, which OpenSSL reads itself.
"""

import ipaddress
import os
import socket

_ROUTES = {}  # (host, port as str or "*") -> (target host, target port)


def _parse(spec):
    for item in filter(None, (part.strip() for part in spec.split(","))):
        source, _, target = item.partition("=")
        host, _, port = source.rpartition(":")
        target_host, _, target_port = target.rpartition(":")
        _ROUTES[host.lower().rstrip("."), port] = (target_host, int(target_port))


def _name(host):
    return host.decode("ascii", "replace") if isinstance(host, bytes) else host


def _is_local(name):
    """Loopback and wildcard (bind) addresses and localhost pass through untouched."""
    if not name or name.lower().rstrip(".") in ("localhost", "localhost.localdomain"):
        return True
    try:
        address = ipaddress.ip_address(name.split("%")[0])
        return address.is_loopback or address.is_unspecified
    except ValueError:
        return name.lower().rstrip(".").endswith(".localhost")


def _port_key(port):
    port = _name(port)
    if port is None or isinstance(port, int) or port.isdigit():
        return str(port)
    try:
        return str(socket.getservbyname(port, "tcp"))
    except OSError:
        return port


def _not_found():
    return socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def _install():
    real_getaddrinfo = socket.getaddrinfo
    real_gethostbyname = socket.gethostbyname
    real_gethostbyname_ex = socket.gethostbyname_ex

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        name = _name(host)
        if _is_local(name):
            return real_getaddrinfo(host, port, family, type, proto, flags)
        key = name.lower().rstrip(".")
        target = _ROUTES.get((key, _port_key(port))) or _ROUTES.get((key, "*"))
        if target is None:
            raise _not_found()
        return real_getaddrinfo(target[0], target[1], family, type, proto, flags)

    def _target_host(host):
        key = _name(host).lower().rstrip(".")
        for (routed, _), (target, _) in _ROUTES.items():
            if routed == key:
                return target
        raise _not_found()

    def gethostbyname(host):
        if _is_local(_name(host)):
            return real_gethostbyname(host)
        return real_gethostbyname(_target_host(host))

    def gethostbyname_ex(host):
        if _is_local(_name(host)):
            return real_gethostbyname_ex(host)
        return (_name(host), [], [real_gethostbyname(_target_host(host))])

    socket.getaddrinfo = getaddrinfo
    socket.gethostbyname = gethostbyname
    socket.gethostbyname_ex = gethostbyname_ex


if os.environ.get("MAILRU_TEST_ROUTES"):
    _parse(os.environ["MAILRU_TEST_ROUTES"])
    _install()
