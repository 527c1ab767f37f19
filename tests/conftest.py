"""Shared set-up of the test session: the snippets on the path, a private temporary folder, the built
site, its loopback server, Chromium; the mail servers come from tests/support/mailservers.py."""

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "snippets"))
# the words of snippets/mailru are compiled from their .po files before any test imports them
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import translations  # noqa: E402

translations.compile_all()

# The suite leaves nothing in the system's temporary folder: whatever it (or a program it starts:
# Chromium, Thunderbird, Dovecot, mkdocs serve) puts there goes into one folder of its own, removed at
# the end; anything new in the system's folder beside it fails the run.
SYSTEM_TMP = Path(tempfile.gettempdir())
BEFORE = set(os.listdir(SYSTEM_TMP))
SESSION_TMP = Path(tempfile.mkdtemp(prefix="mailru-tests-"))
os.environ["TMPDIR"] = tempfile.tempdir = str(SESSION_TMP)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    if not config.option.basetemp:
        config.option.basetemp = str(SESSION_TMP / "pytest")


def pytest_sessionfinish(session, exitstatus):
    import shutil

    shutil.rmtree(SESSION_TMP, ignore_errors=True)
    # .X11-unix is the X server's socket folder (Xvfb makes it where the system did not at boot): not ours
    left = sorted(set(os.listdir(SYSTEM_TMP)) - BEFORE - {SESSION_TMP.name, ".X11-unix"})
    if left and not os.environ.get("MAILRU_TEST_KEEP"):
        session.config.get_terminal_writer().line(f"The tests left these in {SYSTEM_TMP}: {', '.join(left)}", red=True)
        session.exitstatus = 1

from support import siteserver  # noqa: E402
from support.mailservers import *  # noqa: E402,F401,F403  (the mail_servers fixture)


def build_site(out: Path) -> subprocess.CompletedProcess:
    """A local build (SITE_URL unset), as ./dev build makes it."""
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "MAILRU_PUBLISH")} | {"NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The whole site, built once per session with --strict."""
    out = tmp_path_factory.mktemp("site")
    result = build_site(out)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stderr[-4000:]}")
    return out


# What the downloadable checker is asked in the language tests: every kind of answer of settings,
# explain and profile, right and wrong (the words come from the message table).
CHECKER_QUESTIONS = (
    ("settings", "--protocol", "imap", "--host", "imap.mail.ru", "--port", "993", "--security", "ssl", "--username", "jana.novakova@mail.ru"),
    ("settings", "--protocol", "smtp", "--host", "smtp.mail.ru", "--port", "587", "--security", "ssl"),
    ("settings", "--protocol", "smtp", "--host", "smtp.mail.ru", "--port", "587", "--security", "starttls"),
    ("settings", "--protocol", "smtp", "--host", "imap.mail.ru", "--port", "25", "--security", "none", "--username", "jana.novakova"),
    ("settings", "--protocol", "pop3", "--host", "pop.gmail.com", "--port", "abc", "--security", "tls", "--username", "jana@gmail.com"),
    ("settings", "--protocol", "imap", "--host", "", "--port", "", "--security", "rot13", "--username", ""),
    ("settings", "--protocol", "http", "--host", "imap.mail.ru", "--port", "993", "--security", "ssl"),
    ("explain", "535 5.7.0 NEOBHODIM parol prilozheniya / Application password is REQUIRED"),
    ("explain", "535 Incorrect authentication data: authentication failed"),
    ("explain", "550 spam message rejected"),
    ("explain", "we do not accept mail from dynamic ips"),
    ("explain", "550 user not found"),
    ("explain", "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
    ("explain", "[SSL: WRONG_VERSION_NUMBER] wrong version number"),
    ("explain", "Connection refused"),
    ("explain", "no such message, only 1000 messages in maildrop"),
    ("explain", "mailbox full"),
    ("explain", "nothing a mail program would say"),
    ("explain", " "),
    ("profile", "petr@vk.com", "--format", "autoconfig"),
    ("profile", "jana@gmail.com", "--format", "autoconfig"),
    ("profile", "not an address", "--format", "mobileconfig"),
)


@pytest.fixture(scope="session")
def checker_answers(built_site) -> dict[str, str]:
    """Per language, everything the built mailru-check.pyz prints for CHECKER_QUESTIONS."""
    pyz = built_site / "download" / "mailru-check.pyz"
    from support.site_pages import LANGUAGES

    answers = {}
    for lang in LANGUAGES:
        out = []
        for question in CHECKER_QUESTIONS:
            result = subprocess.run([sys.executable, str(pyz), *question, "--lang", lang], capture_output=True,
                                    text=True, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, timeout=60)
            out += [result.stdout, result.stderr]
        answers[lang] = "\n".join(out)
    return answers


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site behind a static HTTP server on loopback (tests/support/siteserver.py)."""
    with siteserver.serve(built_site) as url:
        yield url


@pytest.fixture
def faults(site_url):
    """FAULTS for this test only; whatever hangs is let go at the end."""
    siteserver.RELEASE.clear()
    yield siteserver.FAULTS
    siteserver.FAULTS.clear()
    siteserver.RELEASE.set()


@pytest.fixture
def served(site_url):
    """The paths the site's server was asked for since the test began (what any worker fetched too)."""
    start = len(siteserver.SERVED)
    return lambda: siteserver.SERVED[start:]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (which cannot download a browser here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
