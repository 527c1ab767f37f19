"""mailru-check: check a Mail.ru mailbox's sign-in, explain an error, check settings, make set-up files.

  mailru-check ADDRESS [--send-test]     sign in over IMAP, POP3 and SMTP (asks for the app password)
  mailru-check explain "MESSAGE"         which catalogue entry explains an error text ("-" reads stdin)
  mailru-check settings --protocol P --host H --port N --security S [--username U]
  mailru-check profile ADDRESS --format autoconfig|mobileconfig

Exit codes: 0 all right / recognised / written; 1 a check failed, the text was not recognised
or the address was refused; 2 wrong usage; 3 an unexpected error (a bug: please report it). Messages in Czech or English: --lang cs|en,
by default from LC_ALL, LC_MESSAGES, LANG or LANGUAGE.
"""

from __future__ import annotations

import argparse
import getpass
import os
import pkgutil
import sys

from . import service
from .checks import decode_report, settings_report
from .messages import catalogue_entry, language, message
from .profiles import NotMailruAddress, autoconfig, mobileconfig

DEFAULT_SITE_URL = "http://127.0.0.1:8000/"  # where ./dev serve shows the site


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


def entry_link(lang: str, entry_id: str) -> str:
    prefix = "" if lang == "cs" else f"{lang}/"
    return f"{site_url()}{prefix}errors/#{entry_id}"


def environment_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(name):
            return language(os.environ[name])
    return "en"


def read_password(lang: str) -> str:
    if os.environ.get("MAILRU_APP_PASSWORD"):
        return os.environ["MAILRU_APP_PASSWORD"]
    if sys.stdin.isatty():
        return getpass.getpass(message(lang, "cli.password"))
    return sys.stdin.readline().rstrip("\r\n")


def run_check(args, lang: str) -> int:
    from .login import check_all  # the network half: not needed by the other commands

    words = lambda key: message(lang, "cli." + key)  # noqa: E731
    if not service.is_mailru_address(args.address):
        print(message(lang, "username-not-mailru", given=args.address, expected=", ".join(service.DOMAINS)), file=sys.stderr)
        return 1
    password = read_password(lang)
    if not password:
        print(words("no-password"), file=sys.stderr)
        return 1
    results = check_all(args.address, password, send_test=args.send_test, timeout=args.timeout)
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
            detail = f" ({words('server')}: {result.detail[:160]})" if result.detail else ""
            print(f"{label:<5} {words('failed'):<6} {where}: {result.entry_id} – {title} – {entry_link(lang, result.entry_id)}{detail}")
    return 0 if all(r.ok for r in results) else 1


def run_explain(args, lang: str) -> int:
    text = sys.stdin.buffer.read().decode("utf-8", "replace") if args.message == "-" else args.message
    report = decode_report(lang, text)
    if not text.strip():
        print(report["message"], file=sys.stderr)
        return 1
    if not report["recognised"]:
        print(message(lang, "explain-unknown", expected=f"{site_url()}{'' if lang == 'cs' else lang + '/'}errors/"))
        return 1
    for entry in report["entries"]:
        print(entry["id"])
    best = report["entries"][0]
    print(f"{best['title']}: {best['cause']} {entry_link(lang, best['id'])}")
    return 0


def run_settings(args, lang: str) -> int:
    report = settings_report(lang, args.protocol, args.host, args.port, args.security, args.username)
    for field in report["fields"]:
        print(f"{'✓' if field['ok'] else '✗'} {field['label']}: {field['text']}")
    print(report["summary"])
    return 0 if report["ok"] else 1


def run_profile(args, lang: str) -> int:
    try:
        if args.format == "autoconfig":
            sys.stdout.write(autoconfig(args.address))
        else:
            sys.stdout.write(mobileconfig(args.address, lang).decode("utf-8"))
    except NotMailruAddress as refused:
        print(message(lang, refused.code, given=refused.address, expected=", ".join(service.DOMAINS)), file=sys.stderr)
        return 1
    return 0


def parser() -> argparse.ArgumentParser:
    lang_help = "cs or en (default: from LC_ALL, LC_MESSAGES, LANG, LANGUAGE)"
    # --lang is accepted before and after the command; the command's copy must not reset it
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("cs", "en"), default=argparse.SUPPRESS, help=lang_help)
    main = argparse.ArgumentParser(
        prog="mailru-check", description=__doc__.split("\n\n")[0],
        epilog="Exit codes: 0 all right; 1 a check failed, text not recognised or address refused; 2 wrong usage; 3 unexpected error.",
    )
    main.add_argument("--lang", choices=("cs", "en"), help=lang_help)
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("check", parents=[common], help="sign in over IMAP, POP3 and SMTP (the default: mailru-check ADDRESS)")
    check.add_argument("address", help="the mailbox, e.g. jana.novakova@mail.ru")
    check.add_argument("--send-test", action="store_true", help="also send a test message to the address itself")
    check.add_argument("--timeout", type=float, default=15.0, help="seconds to wait for each server (default 15)")
    explain = commands.add_parser("explain", parents=[common], help="which catalogue entry explains an error text")
    explain.add_argument("message", help='the error text as the program showed it, or "-" to read it from stdin')
    settings = commands.add_parser("settings", parents=[common], help="are these settings right, field by field")
    settings.add_argument("--protocol", required=True, help="imap, pop3 or smtp")
    settings.add_argument("--host", required=True)
    settings.add_argument("--port", required=True)
    settings.add_argument("--security", required=True, help="ssl (SSL/TLS), starttls or none")
    settings.add_argument("--username", help="the user name the program sends (optional)")
    profile = commands.add_parser("profile", parents=[common], help="print a set-up file for an address (no password in it)")
    profile.add_argument("address")
    profile.add_argument("--format", required=True, choices=("autoconfig", "mobileconfig"),
                         help="autoconfig: Thunderbird (clientConfig 1.1); mobileconfig: Apple profile for iPhone, iPad, Mac")
    return main


OPTIONS_WITH_VALUE = {"--lang", "--timeout", "--protocol", "--host", "--port", "--security", "--username", "--format"}
COMMANDS = {"check": run_check, "explain": run_explain, "settings": run_settings, "profile": run_profile}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # "mailru-check ADDRESS" is short for "mailru-check check ADDRESS"
    first = None
    for index, arg in enumerate(argv):
        if arg.startswith("-") or (index and argv[index - 1] in OPTIONS_WITH_VALUE):
            continue
        first = index
        break
    if first is not None and argv[first] not in COMMANDS and "@" in argv[first]:
        argv.insert(first, "check")
    args = parser().parse_args(argv)
    lang = args.lang or environment_language()
    try:
        return COMMANDS[args.command](args, lang)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - a bug; say so without a traceback or any input
        print(f"mailru-check: unexpected error ({type(error).__name__}); please report it.", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
