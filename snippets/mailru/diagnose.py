"""Which catalogue entry explains an error text that a mail program or Python showed.

Pure function on the source of truth; the command line (`explain`) and the browser's error
decoder call the same `diagnose`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .service import ERROR_IDS

# Per catalogue id: (pattern on folded text, weight). Folded text is lower case, without
# diacritics, with runs of white space and quotes collapsed. A specific phrase weighs more
# than a bare reply code, so "535 ... application password" beats "535 ... failed".
PATTERNS: dict[str, tuple[tuple[str, int], ...]] = {
    "app-password-required": (
        (r"neobhodim parol", 10), (r"parol[a-z]* prilozheni", 10), (r"app?lication password", 10),
        (r"app password", 6), (r"password for external app", 8), (r"heslo (?:pro )?(?:externi )?aplikac", 6),
        (r"hesl[oa] aplikac", 6), (r"пароль (?:для )?(?:внешнего )?приложени", 10),
        (r"help\.mail\.ru/mail/security/protection/external", 8),
    ),
    "authentication-failed": (
        (r"authentication ?failed", 6), (r"incorrect authentication data", 8), (r"invalid credentials", 6),
        (r"authenticationfailed", 6), (r"login failed", 5), (r"username and password not accepted", 6),
        (r"(?:bad|wrong|invalid|incorrect) (?:user ?name or )?password", 5), (r"\b535\b", 2),
        (r"\[auth\]", 3), (r"overeni (?:se )?(?:nezdarilo|selhalo)", 6), (r"(?:spatne|nespravne|neplatne) heslo", 5),
        (r"prihlaseni (?:se )?(?:nezdarilo|selhalo)", 5), (r"\b5\.7\.8\b", 3), (r"-err \[auth\]", 4),
        (r"(?:user ?name|password)(?: or (?:user ?name|password))?(?: for .{0,80}?)? (?:is|are) (?:incorrect|wrong|invalid)", 6),
        (r"login to server .{0,120}? failed", 6), (r"prihlaseni k serveru .{0,120}?(?:selhalo|nezdarilo)", 6),
        (r"heslo .{0,80}?(?:je|jsou) (?:nespravne|chybne|neplatne)", 5), (r"(?:uzivatelske jmeno|heslo) (?:nebo heslo )?(?:je )?nespravn", 5),
    ),
    "sending-disabled": (
        (r"sending (?:of )?messages? (?:for|from) this account (?:is|has been) disabled", 12),
        (r"sending (?:is )?(?:disabled|blocked)", 7), (r"odesilani zprav .{0,60}zakazano", 12),
        (r"odesilani .{0,60}(?:zakazano|zablokovano)", 7),
    ),
    "mailbox-full": (
        (r"mailbox (?:is )?full", 10), (r"over ?quota", 9), (r"quota exceeded", 9), (r"\b5\.2\.2\b", 6),
        (r"\b552\b", 3), (r"schranka je plna", 10), (r"plna schranka", 10), (r"chyba postovni schranky", 6),
        (r"insufficient (?:storage|space)", 6), (r"not enough (?:storage|space)", 6),
    ),
    "user-not-found": (
        (r"user (?:was )?not found", 10), (r"no such user", 10), (r"user unknown", 10), (r"unknown user", 9),
        (r"uzivatel (?:nebyl )?nenalezen|uzivatel nebyl nalezen", 10), (r"\b5\.1\.1\b", 6),
        (r"recipient (?:address )?rejected", 4), (r"mailbox (?:unavailable|not found|does not exist)", 7),
        (r"address (?:does not exist|not found)", 7),
    ),
    "pop3-maildrop-limit": (
        (r"no such message", 8), (r"messages? in maildrop", 10), (r"maildrop", 5),
        (r"zadna takova zprava", 8), (r"\b1000 zprav", 8), (r"only 1000 messages", 10),
    ),
    "dynamic-ip-rejected": (
        (r"dynamic ?ips?\b", 10), (r"generic dns ptr", 10), (r"ptr[- ]records?", 7), (r"dynamick[a-z]* (?:ip|adres)", 10),
        (r"reverse dns", 5), (r"\bptr\b", 4),
    ),
    "spam-rejected": (
        (r"spam message rejected", 12), (r"notspam", 8), (r"\bspam", 6), (r"dmarc", 8),
        (r"spamov", 8), (r"zprava spamu", 10), (r"message (?:was )?not accepted", 4),
    ),
    "account-disabled": (
        (r"access to this account is disabled", 12), (r"account (?:is |has been )?(?:disabled|blocked|suspended|deleted)", 9),
        (r"pristup k (?:tomuto )?uctu .{0,40}deaktivovan", 12), (r"ucet (?:je )?(?:zablokovan|deaktivovan|zrusen|smazan)", 9),
        (r"user (?:is )?disabled", 7), (r"mailbox (?:is )?(?:disabled|blocked)", 8),
    ),
    "tls-certificate": (
        (r"certificate_verify_failed", 12), (r"certificate verify failed", 12), (r"hostname mismatch", 12),
        (r"unable to get local issuer", 12), (r"self[- ]signed certificate", 10), (r"certificate has expired", 10),
        (r"certificate (?:is )?not valid", 8), (r"cannot verify server identity", 10), (r"certifik", 6),
        (r"\bcertificate\b", 5), (r"sslcertverificationerror", 12), (r"x509", 5), (r"untrusted", 4),
    ),
    "wrong-security": (
        (r"wrong_version_number", 12), (r"wrong version number", 12), (r"unknown protocol", 8),
        (r"packet length too long", 10), (r"record layer failure", 10), (r"starttls (?:extension )?not supported", 10),
        (r"does(?: not|n't) support starttls", 10), (r"http_request", 6), (r"tlsv1 alert protocol version", 6),
        (r"ssl_error_rx_record_too_long", 12), (r"record_too_long", 8),
        (r"(?:does not|doesn't) support the specified connection encryption", 12), (r"connection encryption type", 6),
        (r"unexpected eof while reading", 5), (r"zabezpeceni", 2), (r"ssl routines", 3),
    ),
    "connection-failed": (
        (r"connection refused", 10), (r"timed out", 9), (r"\btimeout\b", 8), (r"name or service not known", 10),
        (r"getaddrinfo failed", 10), (r"nodename nor servname", 10), (r"temporary failure in name resolution", 10),
        (r"network is unreachable", 10), (r"no route to host", 10), (r"(?:cannot|can't|could not|unable to) connect", 8),
        (r"nelze (?:se )?pripojit", 8), (r"nepodarilo se pripojit", 8), (r"errno 111", 8), (r"winerror 1006[01]", 8),
        (r"connection (?:reset|aborted|closed)", 5), (r"server (?:is )?not responding", 7), (r"neodpovida", 6),
        (r"(?:failed|unable) to connect to (?:the )?server", 8), (r"connection to the server failed", 8),
        (r"(?:pripojeni|spojeni) k serveru (?:se )?(?:nezdarilo|selhalo)", 8), (r"socket error", 5), (r"\beof\b", 3),
    ),
}
COMPILED = {key: tuple((re.compile(p), w) for p, w in pats) for key, pats in PATTERNS.items()}
assert set(COMPILED) == set(ERROR_IDS), "every catalogue entry needs patterns, and only those"

QUOTES = re.compile(r"[\"'`\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\\]+")


@dataclass(frozen=True)
class Match:
    id: str
    score: int


def fold(text: str) -> str:
    """Lower case, no diacritics, no quotes, single spaces: how the patterns see a text."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(QUOTES.sub(" ", text).split())


def diagnose(text: str) -> list[Match]:
    """Catalogue entries that explain the text, best first; empty when none does."""
    folded = fold(text)
    scores = []
    for order, entry_id in enumerate(ERROR_IDS):
        score = sum(weight for pattern, weight in COMPILED[entry_id] if pattern.search(folded))
        if score >= 4:
            scores.append((score, -order, entry_id))
    return [Match(entry_id, score) for score, _, entry_id in sorted(scores, reverse=True)]
