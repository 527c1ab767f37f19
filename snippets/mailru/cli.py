"""mailru-check: check a Mail.ru mailbox's sign-in, explain an error, check settings, make set-up files.

  mailru-check ADDRESS [--send-test]     sign in over IMAP, POP3 and SMTP (asks for the app password)
  mailru-check explain "MESSAGE"         which catalogue entry explains an error text (none or "-" reads stdin)
  mailru-check settings --protocol P --host H --port N --security S [--username U]
  mailru-check profile ADDRESS --format autoconfig|mobileconfig

Exit codes: 0 all right / recognised / written; 1 a check failed, the text was not recognised
or the input was refused; 2 wrong usage; 3 an unexpected error (a bug: please report it);
4 the output could not be written (a full disk, say); 130 interrupted (Ctrl-C); 141 the
reader of the output closed it early (as with `| head`), silently. Messages in Czech, English
or Russian: --lang cs|en|ru, by default from LC_ALL, LC_MESSAGES, LANG or LANGUAGE.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import getpass
import ipaddress
import math
import os
import pkgutil
import socket
import sys
import unicodedata
from urllib.parse import urlsplit

from . import service
from .checks import decode_report, settings_report
from .diagnose import MAX_TEXT
from .messages import ARGPARSE, LANGUAGES, catalogue_entry, language, message
from .profiles import NotMailruAddress, autoconfig, checked_address, mobileconfig

DEFAULT_SITE_URL = "http://127.0.0.1:8000/"  # where ./dev serve shows the site: a local build's address
TIMEOUT_RANGE = (1.0, 600.0)  # seconds per server that --timeout accepts
WRITE_ERRORS = {getattr(errno, name) for name in ("ENOSPC", "EIO", "EDQUOT", "EFBIG", "EBADF") if hasattr(errno, name)}


def site_url() -> str:
    """The site's address: MAILRU_SITE_URL, else the one the build wrote into the download."""
    url = os.environ.get("MAILRU_SITE_URL")
    if not url:
        try:
            data = pkgutil.get_data(__package__, "site_url.txt")
        except OSError:
            data = None
        url = data.decode().strip() if data else DEFAULT_SITE_URL
    return url if url.endswith("/") else url + "/"


def is_local(url: str) -> bool:
    """An address that works only on the reader's own computer (a local build of the site): localhost
    and its sub-domains, and any loopback or unspecified address however it is written (127.0.0.2,
    127.1, 2130706433, 0x7f000001, 0, ::1)."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:  # the older ways of writing an IPv4 address, which browsers and resolvers still accept
            address = ipaddress.ip_address(socket.inet_aton(host))
        except (OSError, ValueError):
            return False
    return address.is_loopback or address.is_unspecified


def entry_link(lang: str, entry_id: str = "") -> str:
    prefix = "" if lang == "cs" else f"{lang}/"
    return f"{site_url()}{prefix}errors/" + (f"#{entry_id}" if entry_id else "")


def environment_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(name):
            return language(os.environ[name])
    return "en"


# ---- output that cannot fail on the reader's console ----------------------------------------

PUNCTUATION = str.maketrans({"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "«": '"', "»": '"'})
# Cyrillic in Latin letters as Mail.ru's own replies write it ("NEOBHODIM parol prilozheniya").
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  "a b v g d e e zh z i y k l m n o p r s t u f h ts ch sh sch  y  e yu ya".split(" ")))
CYRILLIC = str.maketrans(_LATIN | {k.upper(): v.capitalize() for k, v in _LATIN.items()})


def _transliterate(error: UnicodeEncodeError):
    """Codec error handler: a letter the console cannot show loses its accent (ř → r), Cyrillic
    is written in Latin letters (пароль → parol), anything else becomes "?"."""
    bad = error.object[error.start:error.end].translate(PUNCTUATION).translate(CYRILLIC)
    plain = "".join(c for c in unicodedata.normalize("NFKD", bad) if not unicodedata.combining(c))
    return plain.encode("ascii", "replace").decode("ascii"), error.end


codecs.register_error("mailru-transliterate", _transliterate)


def _prepare_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="mailru-transliterate")


def _marks() -> tuple[str, str]:
    """✓ and ✗ where the console can show them, else plain ASCII."""
    try:
        "✓✗".encode(sys.stdout.encoding or "ascii")
        return "✓", "✗"
    except (UnicodeEncodeError, LookupError):
        return "OK", "X"


def shown(text: object) -> str:
    """Something the reader or a server typed, safe for the terminal: control characters escaped."""
    from .login import printable

    return printable(str(text))


# ---- the commands ------------------------------------------------------------------------------

def read_password(lang: str) -> str:
    """The app password from MAILRU_APP_PASSWORD, the prompt (not echoed) or one line of stdin."""
    if os.environ.get("MAILRU_APP_PASSWORD"):
        password = os.environ["MAILRU_APP_PASSWORD"]
    elif sys.stdin is not None and sys.stdin.isatty():
        try:
            password = getpass.getpass(message(lang, "cli.password"))
        except EOFError:  # Ctrl-D at the prompt
            print(file=sys.stderr)
            password = ""
    else:
        password = sys.stdin.readline() if sys.stdin is not None else ""
    return password.rstrip("\r\n")


def run_check(args, lang: str) -> int:
    from .login import check_all  # the network half: not needed by the other commands

    words = lambda key: message(lang, "cli." + key)  # noqa: E731
    try:
        address = checked_address(args.address)
    except NotMailruAddress as refused:
        code = "username-not-mailru" if refused.code == "address-not-mailru" else refused.code  # the same servers' words
        print(message(lang, code, given=shown(refused.address[:80]), expected=", ".join(service.DOMAINS)), file=sys.stderr)
        return 1
    password = read_password(lang)
    if not password:
        print(words("no-password"), file=sys.stderr)
        return 1
    if any(not ch.isprintable() for ch in password):
        print(words("password-control"), file=sys.stderr)  # a line break would become a protocol command
        return 1
    results = check_all(address, password, send_test=args.send_test, timeout=args.timeout)
    for result in results:
        where = f"{result.host}:{result.port}"
        label = service.PROTOCOL_LABELS[result.protocol]
        if result.ok:
            done = words("signed-in")
            if args.send_test and result.protocol == service.SMTP:
                done += f", {words('sent')}"
            print(f"{label:<5} {words('ok'):<6} {where}, {result.tls_version}, {done}")
        else:
            title, _ = catalogue_entry(lang, result.entry_id)
            source = words("server" if result.from_server else "connection")  # the server's reply, or this computer's words
            detail = f" ({source}: {shown(result.detail)[:200]})" if result.detail else ""
            print(f"{label:<5} {words('failed'):<6} {where}: {result.entry_id} – {title} – {entry_link(lang, result.entry_id)}{detail}")
    return 0 if all(r.ok for r in results) else 1


def read_text(stream) -> str:
    """A text from a byte stream, keeping only what the decoder reads: all of it, or, when it is
    longer than MAX_TEXT characters, its start and its end (diagnose.pieces), so that a huge
    log never has to fit in memory."""
    half = MAX_TEXT // 2
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    head, tail, kept, total = "", [], 0, 0
    while True:
        chunk = stream.read(1 << 20)
        text = decoder.decode(chunk, final=not chunk)
        total += len(text)
        if len(head) < half:
            text, head = text[half - len(head):], head + text[:half - len(head)]
        if text:
            tail.append(text)
            kept += len(text)
            while kept - len(tail[0]) >= half:  # the end of the text is all that is still needed
                kept -= len(tail.pop(0))
        if not chunk:
            break
    end = "".join(tail)
    if total <= MAX_TEXT:
        return head + end
    # longer than the decoder reads: its start and its end, which the decoder then reads apart
    return head + "\n" + end[-half:]


def run_explain(args, lang: str) -> int:
    # no text, or "-": read standard input, unless it is a terminal (then say how to use it)
    from_stdin = args.message == "-" or (args.message is None and sys.stdin is not None and not sys.stdin.isatty())
    if args.message is None and not from_stdin:
        print(message(lang, "explain-empty"), file=sys.stderr)
        return 2
    try:
        text = read_text(sys.stdin.buffer) if from_stdin else args.message
    except (AttributeError, OSError):  # standard input closed (<&-): no text
        text = ""
    report = decode_report(lang, text)
    if not text.strip():
        print(report["message"], file=sys.stderr)
        return 1
    if report["cut"]:
        print(report["cut"], file=sys.stderr)
    if not report["recognised"]:
        # the questions that lead to the right entry, each answer with its entries' titles and anchors
        print(message(lang, "explain-unknown", expected=entry_link(lang)))
        print(report["questions_label"])
        for question in report["questions"]:
            print(question["question"])
            for answer in question["answers"]:
                print(f"  {answer['answer']}: " + "; ".join(f"{entry['title']} (#{entry['id']})" for entry in answer["entries"]))
        return 1
    for entry in report["entries"]:
        print(entry["id"])
    best = report["entries"][0]
    opening, closing = {"cs": ("„", "“"), "ru": ("«", "»")}.get(lang, ("“", "”"))
    print(report["words_label"], ", ".join(f"{opening}{shown(w)}{closing}" for w in best["words"]))
    for note in dict.fromkeys(entry["note"] for entry in report["entries"] if entry["note"]):
        print(note)
    print(f"{best['title']}. {best['cause']} {entry_link(lang, best['id'])}")  # the cause is a sentence of its own
    return 0


def run_settings(args, lang: str) -> int:
    report = settings_report(lang, args.protocol, args.host, args.port, args.security, args.username)
    good, bad = _marks()
    for field in report["fields"]:
        print(f"{good if field['ok'] else bad} {field['label']}: {shown(field['text'])}")
    print(report["summary"].replace("✗", bad))
    return 0 if report["ok"] else 1


def run_profile(args, lang: str) -> int:
    try:
        content = autoconfig(args.address) if args.format == "autoconfig" else mobileconfig(args.address, lang).decode("utf-8")
    except NotMailruAddress as refused:
        print(message(lang, refused.code, given=shown(refused.address[:80]), expected=", ".join(service.DOMAINS)), file=sys.stderr)
        return 1
    sys.stdout.write(content)
    return 0


# ---- arguments, in the reader's language -------------------------------------------------------

def _translate(lang: str) -> None:
    """argparse's own words (usage, errors, section titles) through the message table."""
    table = ARGPARSE.get(lang, {})
    argparse._ = lambda text: table.get(text, text)  # argparse looks its words up through gettext
    argparse.ngettext = lambda singular, plural, n: table.get(singular if n == 1 else plural, singular if n == 1 else plural)


def _timeout(lang: str):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and TIMEOUT_RANGE[0] <= value <= TIMEOUT_RANGE[1]):
            raise argparse.ArgumentTypeError(message(lang, "cli.timeout-invalid", given=shown(text)[:40],
                                                     expected=f"{TIMEOUT_RANGE[0]:g}–{TIMEOUT_RANGE[1]:g}"))
        return value
    return parse


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # "unrecognized arguments: …" repeats the reader's arguments as given
        super().error(shown(message))


def parser(lang: str = "en") -> argparse.ArgumentParser:
    _translate(lang)
    h = lambda key: message(lang, "cli.help." + key)  # noqa: E731
    # --lang is accepted before and after the command; the command's copy must not reset it
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=h("lang"))
    local = " " + message(lang, "cli.local-site") if is_local(site_url()) else ""
    main = _Parser(prog="mailru-check", description=h("description"),
                                   epilog=h("epilog") + f" {site_url()}{local}")
    main.add_argument("--lang", choices=LANGUAGES, help=h("lang"))
    commands = main.add_subparsers(dest="command", required=True, metavar=h("command-metavar"))
    check = commands.add_parser("check", parents=[common], help=h("check"), description=h("check"))
    check.add_argument("address", metavar=h("address-metavar"), help=h("address"))
    check.add_argument("--send-test", action="store_true", help=h("send-test"))
    check.add_argument("--timeout", type=_timeout(lang), default=15.0, metavar=h("seconds-metavar"), help=h("timeout"))
    explain = commands.add_parser("explain", parents=[common], help=h("explain"), description=h("explain"))
    explain.add_argument("message", nargs="?", metavar=h("message-metavar"), help=h("message"))
    settings = commands.add_parser("settings", parents=[common], help=h("settings"), description=h("settings"))
    settings.add_argument("--protocol", required=True, metavar=h("protocol-metavar"), help=h("protocol"))
    settings.add_argument("--host", required=True, metavar=h("host-metavar"), help=h("host"))
    settings.add_argument("--port", required=True, metavar=h("port-metavar"), help=h("port"))
    settings.add_argument("--security", required=True, metavar=h("security-metavar"), help=h("security"))
    settings.add_argument("--username", metavar=h("username-metavar"), help=h("username"))
    profile = commands.add_parser("profile", parents=[common], help=h("profile"), description=h("profile"))
    profile.add_argument("address", metavar=h("address-metavar"), help=h("address"))
    profile.add_argument("--format", required=True, choices=("autoconfig", "mobileconfig"), help=h("format"))
    return main


OPTIONS_WITH_VALUE = {"--lang", "--timeout", "--protocol", "--host", "--port", "--security", "--username", "--format"}
COMMANDS = {"check": run_check, "explain": run_explain, "settings": run_settings, "profile": run_profile}


def _with_command(argv: list[str]) -> list[str]:
    """`mailru-check [options] ADDRESS` is short for `mailru-check check [options] ADDRESS`."""
    for index, arg in enumerate(argv):
        if arg == "--":
            rest = argv[index + 1:]
            return ["check", *argv] if rest and rest[0] not in COMMANDS and "@" in rest[0] else argv
        if arg.startswith("-") or (index and argv[index - 1] in OPTIONS_WITH_VALUE):
            continue
        return ["check", *argv] if arg not in COMMANDS and "@" in arg else argv
    return argv


def _requested_language(argv: list[str]) -> str:
    """The --lang the reader gave (its last valid one), else the environment's language."""
    lang = None
    for index, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else None
        if value in LANGUAGES:
            lang = value
    return lang or environment_language()


def _quiet_exit(code: int) -> int:
    """After a closed pipe: send what is left to /dev/null so Python's own flush at exit stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return code


def _is_open(stream) -> bool:
    """Whether a standard stream can be written to. Started with it closed, Python gives None, or
    a descriptor that is closed or that some start-up file took (a wrapper script's, read-only)."""
    try:
        os.write(stream.fileno(), b"")  # writes nothing; a closed or read-only descriptor says EBADF
    except (AttributeError, ValueError):
        return False
    except OSError as error:
        return error.errno != errno.EBADF  # a full disk and the like are said when the output is written
    return True


def main(argv: list[str] | None = None) -> int:
    argv = _with_command(list(sys.argv[1:] if argv is None else argv))
    lang = _requested_language(argv)
    if not _is_open(sys.stderr):  # closed (2>&-): its messages are lost, rather than mixed into the output
        sys.stderr = open(os.devnull, "w")
    if not _is_open(sys.stdout):  # closed (>&-): nothing the command says could be written
        print(message(lang, "cli.output-failed", given=os.strerror(errno.EBADF)), file=sys.stderr)
        return 4
    try:
        _prepare_streams()
        args = parser(lang).parse_args(argv)
        code = COMMANDS[args.command](args, lang)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return 130
    except SystemExit as done:  # argparse: --help (0) or wrong usage (2); its output may fail too
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            return _quiet_exit(141)
        return done.code if isinstance(done.code, int) else 2
    except BrokenPipeError:
        return _quiet_exit(141)
    except Exception as error:  # noqa: BLE001 - say what happened without a traceback or any input
        if isinstance(error, OSError) and error.errno in WRITE_ERRORS:  # a full disk, a device error
            _quiet_exit(4)
            key, given, code = "cli.output-failed", os.strerror(error.errno), 4
        else:  # a bug
            key, given, code = "cli.unexpected", type(error).__name__, 3
        try:
            print(message(lang, key, given=given), file=sys.stderr)
        except Exception:  # noqa: BLE001 - even stderr is gone
            pass
        return code


if __name__ == "__main__":
    sys.exit(main())
