"""SITE_URL (overrides/hooks/site_address.py): unset or empty is a local build that says so in the
sitemap and the checker's help; a malformed address is refused with a clear message; a build for
publishing refuses a missing or local address, a loopback address however it is written included."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT
from mkdocs.exceptions import PluginError

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
from site_address import LOCAL, NOTE, site_address  # noqa: E402


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_no_address_is_a_local_build(raw):
    assert site_address(raw, publish=False) == LOCAL


@pytest.mark.parametrize("raw, expected", [("https://example.org/mailru", "https://example.org/mailru/"),
                                           ("http://mail.example.cz:8080/", "http://mail.example.cz:8080/")])
def test_an_address_gets_its_trailing_slash(raw, expected):
    assert site_address(raw, publish=True) == expected


@pytest.mark.parametrize("raw", ['http://x/?a=<b>&c="d"', "http://exa mple.org/", "ftp://example.org/", "example.org",
                                 "javascript:alert(1)", "https://example.org/#top", "https:///nohost",
                                 # host labels, port and path that are no address at all
                                 "http://./", "http://.../", "http://-.-/", "http://a..b/", "http://example.org./",
                                 "http://-example.org/", "http://example-.org/", "http://" + "a" * 64 + ".org/",
                                 "http://example.org:99999/", "http://example.org:0/", "http://1.2.3/", "http://256.1.1.1/",
                                 "https://example.org/a/../b/", "https://example.org/./b/", "https://example.org/..",
                                 "https://example.org/%zz/", "https://example.org/100%/"])
def test_a_malformed_address_is_refused_clearly(raw):
    with pytest.raises(PluginError, match="is not a site address"):
        site_address(raw, publish=False)


@pytest.mark.parametrize("raw", [None, "", "http://127.0.0.1:8000/", "http://localhost:8001/",
                                 # loopback and unspecified addresses however written, and localhost's names
                                 "http://127.0.0.2:8000/", "http://127.1/", "http://localhost./", "http://LOCALHOST/",
                                 "http://0x7f000001/", "http://2130706433/", "http://0177.0.0.1/", "http://0/",
                                 "http://0.0.0.0/", "http://foo.localhost/", "http://localhost.localdomain/"])
def test_a_build_for_publishing_needs_a_public_address(raw):
    with pytest.raises(PluginError, match="SITE_URL"):
        site_address(raw, publish=True)


@pytest.mark.parametrize("raw", ["https://example.org/mailru/", "https://user.github.io/mailru-guide/", "http://203.0.113.7/",
                                 "https://xn--pota-3ya.example/", "https://example.org:8443/a/b%20c/", "http://127.example.org/",
                                 "http://localhost-guide.example/"])
def test_a_public_address_is_accepted_for_publishing(raw):
    assert site_address(raw, publish=True) == raw


def test_the_local_build_says_so(built_site):
    sitemap = (built_site / "sitemap.xml").read_text()
    assert NOTE in sitemap and "<loc>http://127.0.0.1:8000/about/</loc>" in sitemap
    help_text = subprocess.run([sys.executable, str(built_site / "download" / "mailru-check.pyz"), "--help", "--lang", "en"],
                               capture_output=True, text=True, timeout=60).stdout
    assert "http://127.0.0.1:8000/ (a local build" in " ".join(help_text.split())
