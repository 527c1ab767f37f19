"""Which catalogue entry explains an error text that a mail program, a library or Mail.ru showed.

Pure function on the source of truth; the command line (`explain`) and the browser's error
decoder call the same `diagnose`. It reads Czech (with or without diacritics), English and
Russian, and says which words of the text led to each answer (spans in the original text).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from .service import ERROR_IDS

APP, AUTH = "app-password-required", "authentication-failed"
CONN, SEC = "connection-failed", "wrong-security"
# A wording that covers two causes names a second entry ("also") and a note explaining why both.
NOTES = {APP: "login", SEC: "connection"}

# Per catalogue id: (pattern on folded text, weight[, second cause]). Folded text is lower case,
# Latin letters without diacritics (Cyrillic kept as is: й and ё stay themselves), quotes and
# white space as single spaces, one character for one character. A space in a pattern stands for
# any run of spaces. Every quantifier is bounded, so each pattern runs in linear time.
# A lone word weighs less than 4, the least score that counts: it is never enough on its own.
PATTERNS: dict[str, tuple[tuple, ...]] = {
    APP: (
        (r"neobhodim parol", 10), (r"parol\w{0,4} prilozheni\w{0,4}", 10), (r"app?lication password", 10),
        (r"app password", 8), (r"password for external app", 8), (r"heslo pro (?:externi )?aplikac", 8),
        (r"hesl[oa] aplikac", 8), (r"парол[ьяю]\w{0,2} (?:для )?(?:внешн\w{0,4} )?приложени", 10),
        (r"help\.mail\.ru/mail/security/protection/external", 8),
    ),
    AUTH: tuple((*rule, APP) for rule in (
        (r"authentication ?fail\w{0,3}", 6), (r"\[authenticationfailed\]", 6), (r"authentication error", 6), (r"incorrect authentication data", 8),
        (r"invalid credentials", 6), (r"login failed", 5), (r"invalid login", 5), (r"\bauth(?: login| plain)? failed", 5), (r"log ?in to server .{0,120}?failed", 6),
        (r"unable to log ?in", 6), (r"username and password not accepted", 6), (r"rejected your login", 8),
        (r"(?:bad|wrong|invalid|incorrect) (?:user ?name or )?password", 5), (r"could not authenticate", 6),
        (r"unable to authenticate", 6), (r"authenticate failed", 6), (r"sending of password", 6),
        (r"signin unsuccessful", 6), (r"couldn.t sign in", 6), (r"check (?:your|the) user ?name and password", 5),
        (r"check the password", 4), (r"double check your email address and password", 6),
        (r"(?:user ?name|password)(?: or (?:user ?name|password))?(?: for .{0,80}?)? (?:is|are) (?:incorrect|wrong|invalid)", 6),
        (r"\b535\b", 2), (r"\[auth\]", 3), (r"\b5\.7\.8\b", 3),
        # Czech, folded
        (r"overeni (?:se )?(?:nezdarilo|selhalo)", 6), (r"prihlaseni (?:se )?(?:nezdarilo|selhalo)", 6),
        (r"prihlaseni k (?:serveru|uctu) .{0,120}?(?:selhalo|se nezdarilo)", 6), (r"autentizace (?:selhala|se nezdarila)", 6),
        (r"autentizace k .{0,60}?se nezdarila", 6), (r"chyba autentizace", 6), (r"nelze se prihlasit", 6),
        (r"(?:spatne|nespravne|neplatne|chybne) heslo", 5), (r"heslo .{0,80}?(?:je|jsou) (?:nespravne|chybne|neplatne)", 5),
        (r"(?:uzivatelske jmeno|heslo) (?:nebo heslo )?(?:je |jsou )?nespravn", 5), (r"odesilani hesla", 6),
        (r"zkontrolujte (?:prosim )?(?:uzivatelske jmeno a heslo|heslo)", 4), (r"e-mailovou adresu a heslo", 5),
        # Russian
        (r"ошибка (?:входа|аутентификации|авторизации)", 6), (r"сбой аутентификации", 6), (r"не удалось (?:пройти )?аутентифи", 6),
        (r"неверн\w{0,3} (?:имя пользователя|логин|пароль)", 6), (r"не удалось отправить пароль", 6),
        (r"вход не выполнен", 6), (r"не удалось войти", 6), (r"ошибка при входе", 6), (r"не могу войти", 6),
        (r"проверьте (?:свой |ваш )?(?:имя пользователя и пароль|адрес электронной почты и пароль)", 5),
    )),
    "sending-disabled": (
        (r"message sending for this account is disabled", 14),
        (r"sending (?:of )?messages? (?:for|from) this account (?:is |has been )?disabled", 12),
        (r"sending from this account (?:is )?disabled", 12), (r"sending (?:is )?(?:disabled|blocked)", 7),
        (r"odesilani zprav .{0,60}?zakazano", 12), (r"odesilani (?:z|ze|pro) (?:tohoto )?uctu (?:je )?(?:zakazano|zablokovano)", 12),
        (r"odesilani .{0,60}?(?:zakazano|zablokovano)", 7), (r"отправк\w (?:писем|сообщений) .{0,40}?(?:запрещен|заблокирован|отключен)", 10),
    ),
    # the sender (From) is not the mailbox that signed in; Mail.ru's two wordings
    "sender-mismatch": (
        (r"not local sender", 12), (r"sender address must match", 12), (r"sender address does not match", 10),
        (r"adresa odesilatele neodpovida", 10), (r"адрес отправителя не совпада", 10),
    ),
    "mailbox-full": (
        (r"mailbox (?:is )?full", 10), (r"over ?quota", 9), (r"quota exceeded", 9), (r"\b5\.2\.2\b", 6), (r"\b552\b", 2),
        (r"exceeded storage allocation", 6), (r"schranka je plna", 10), (r"plna schranka", 10), (r"chyba postovni schranky", 6),
        (r"ящик\w{0,2} (?:получателя )?переполнен", 10), (r"переполнен", 6),
    ),
    "user-not-found": (
        (r"user (?:was )?not found", 10), (r"no such user", 10), (r"user unknown", 10), (r"unknown user", 9),
        (r"uzivatel (?:nebyl )?nalezen|uzivatel nenalezen", 10), (r"\b5\.1\.1\b", 6), (r"recipient (?:address )?rejected", 4),
        (r"mailbox (?:unavailable|not found|does not exist)", 7), (r"address (?:does not exist|not found)", 7),
        (r"пользовател\w{0,2} не найден", 10), (r"нет такого пользователя", 10),
    ),
    "pop3-maildrop-limit": (
        (r"no such message", 8), (r"messages? in maildrop", 10), (r"only 1000 messages", 10),
        (r"zadna takova zprava", 8), (r"\b1000 zprav", 8), (r"zprav v maildrop", 10),
    ),
    # a symptom more than an error text: Mail.ru's folder setting and the catalogue's own title
    "pop3-folders-hidden": (
        (r"not available (?:to|for) (?:mail|email|e-mail) (?:programs|clients)", 10), (r"pop3? (?:does not|doesn.t) download (?:some )?folders?", 10),
        (r"pop3 nestahuje (?:nektere )?slozky", 10), (r"nedostupn\w{0,3} pro postovni programy", 10), (r"недоступн\w{0,3} для почтовых программ", 10),
        (r"pop3 (?:загружает не все|не загружает (?:некоторые )?) ?папки", 10),
    ),
    "dynamic-ip-rejected": (
        (r"dynamic ?ips?\b", 10), (r"generic dns ptr", 10), (r"ptr[- ]records?", 7), (r"dynamick\w{0,4} (?:ip|adres)", 10),
        (r"reverse dns", 5), (r"\bptr\b", 2), (r"динамическ\w{0,4} (?:ip|адрес)", 10),
    ),
    "spam-rejected": (
        (r"spam message rejected", 12), (r"notspam", 8), (r"\bspam", 3), (r"dmarc policy", 10), (r"dmarc", 2),
        (r"rejected as spam", 10), (r"spamov", 3), (r"zprava spamu", 10), (r"odmitnut\w{0,3} jako spam", 10),
        (r"\bis blocked\b", 4), (r"спам", 3), (r"отклонен\w{0,2} как спам", 10),
    ),
    "account-disabled": (
        (r"access to (?:this|the) account (?:is )?disabled", 12),
        (r"(?<!sending\x20for\x20this\x20)account (?:is |has been )?(?:disabled|blocked|suspended|deleted)", 9),
        (r"pristup k (?:tomuto )?uctu .{0,40}?(?:deaktivovan|zablokovan)", 12), (r"ucet (?:je )?(?:zablokovan|deaktivovan|zrusen|smazan)", 9),
        (r"user (?:is )?disabled", 7), (r"mailbox (?:is )?(?:disabled|blocked)", 8), (r"(?:user|account) (?:is )?terminated", 10),
        (r"уч[её]тн\w{0,4} запис\w{0,2} (?:заблокирован|отключен|удален)", 9), (r"(?:аккаунт|ящик) (?:заблокирован|отключен)", 9),
    ),
    "tls-certificate": (
        (r"certificate_verify_failed", 12), (r"certificate verify failed", 12), (r"hostname mismatch", 12),
        (r"unable to get local issuer", 12), (r"self[- ]signed", 8), (r"certificate has expired", 10),
        (r"certificate (?:is )?not (?:valid|trusted)", 8), (r"(?:cannot|can.t) verify server identity", 12),
        (r"identity of .{0,60}?cannot be verified", 10), (r"\bcertificate\b", 3), (r"certificate error", 8),
        (r"certificate for .{0,60}?(?:is not valid|expired|does not come from a trusted)", 10),
        (r"invalid security certificate", 10), (r"certificate issuer is not recognized", 10),
        (r"does not match the server.s certificate", 12), (r"certificate belongs to a different", 10),
        (r"not trusted because", 6), (r"intercepted by a tls proxy", 10), (r"pkix path", 10),
        (r"unable to find valid certification path", 12), (r"sslcertverificationerror", 12), (r"x509", 5), (r"untrusted", 3),
        (r"can.t safely connect", 8), (r"potential security threat", 8),
        (r"certifikat", 3), (r"chyba certifikatu", 8), (r"certifikat\w{0,3} .{0,40}?(?:neni|nepochazi|vyprsel|nesouhlasi|neplatn|nebyl)", 8),
        (r"neplatny bezpecnostni certifikat", 10), (r"nesouhlasi s certifikatem", 10), (r"overit identitu serveru", 12),
        (r"nelze se bezpecne pripojit", 8), (r"certifikat patri jinemu", 10), (r"bezpecnostni hrozbu", 8), (r"tls proxy", 8),
        (r"сертификат", 3), (r"ошибка сертификата", 8), (r"сертификат\w{0,3} .{0,40}?(?:недействител|ист[её]к|не распознан|нет доверия)", 8),
        (r"недействительный сертификат", 10), (r"соответствует указанному в сертификате", 10), (r"нет доверия", 5),
        (r"перехватывается прокси", 10), (r"подлинность сервера", 10), (r"защищ[её]нн\w{0,3} (?:соединение|подключение)", 5),
        (r"угрозу безопасности", 8), (r"сертификат принадлежит другому", 10),
    ),
    SEC: (
        (r"wrong_version_number", 12), (r"wrong version number", 12), (r"unknown protocol", 8), (r"packet length too long", 10),
        (r"record layer failure", 10), (r"starttls (?:extension )?not supported", 10), (r"does(?: not|n.t) support starttls", 10),
        (r"http_request", 6), (r"tlsv1 alert protocol version", 6), (r"ssl_error_rx_record_too_long", 12), (r"record_too_long", 8),
        (r"record that exceeded the maximum permissible length", 12), (r"unsupported or unrecognized ssl message", 12),
        (r"support the specified connection encryption", 12), (r"connection encryption type", 6),
        (r"unexpected_eof_while_reading", 8), (r"unexpected eof while reading", 6), (r"eof occurred in violation of protocol", 8),
        (r"tls/ssl connection has been closed", 8), (r"wrong security", 10), (r"security for the port", 8), (r"security error", 6),
        (r"tls error", 5), (r"due to security error", 10), (r"establish tls connection", 8), (r"ssl routines", 3),
        (r"zabezpeceni k portu", 10), (r"zabezpeceni neodpovida portu", 10), (r"z duvodu chyby zabezpeceni", 10), (r"zabezpeceni", 2),
        (r"zaznam presahujici maximalni povolenou delku", 12), (r"tls spojeni", 6),
        (r"ошибки безопасности", 8), (r"запись,? длина которой превышает", 12), (r"ошибка tls", 6), (r"с использованием tls", 8),
        (r"защита не соответствует порту", 10), (r"защит\w{0,2} (?:для|к) порту", 8),
    ),
    CONN: (
        (r"connection refused", 10), (r"was refused", 6), (r"name or service not known", 10), (r"getaddrinfo failed", 10),
        # the server refuses for a while (too busy, rate limit, its back end down): not the password
        (r"too many (?:connections|simultaneous|concurrent)", 10), (r"temporary authentication failure", 12),
        (r"\[(?:unavailable|sys/temp)\]", 8), (r"try (?:again )?later", 3),
        (r"nodename nor servname", 10), (r"temporary failure in name resolution", 10), (r"network is unreachable", 10),
        (r"no route to host", 10), (r"(?:cannot|can.t|could not|couldn.t|unable to|failed to) (?:connect|contact|open connection)", 8),
        (r"unknown (?:smtp )?host", 8), (r"(?:server|smtp|host) .{0,40}?is unknown", 6), (r"can.t find a server", 8),
        (r"server not found", 8), (r"(?:failed|unable) to connect to (?:the )?server", 8), (r"connection to the server failed", 8),
        (r"outlook cannot connect", 8), (r"0x800ccc0e", 8), (r"0x80042109", 8), (r"errno 111", 8), (r"winerror 1006[01]", 8),
        (r"network error", 6), (r"connection error", 6), (r"server (?:is )?not responding", 7), (r"socket error", 5),
        (r"\btimeout\b", 3), (r"\beof\b", 2), (r"smtp connect\(\) failed", 8),
        (r"nelze (?:se )?pripojit", 8), (r"nepodarilo se pripojit", 8), (r"se nepodarilo pripojit", 8), (r"nelze navazat (?:spojeni|pripojeni)", 8),
        (r"(?:pripojeni|spojeni) k server\w{0,2} .{0,60}?(?:selhalo|se nezdarilo)", 8), (r"spojeni bylo odmitnuto", 8),
        (r"nelze najit server", 8), (r"server .{0,60}?je neznamy", 8), (r"pri dorucovani zpravy pres smtp server", 6), (r"chyba site", 6), (r"chyba spojeni", 6), (r"neodpovida", 5), (r"connect\(\) selhal", 8),
        (r"ошибка соединения", 8), (r"не удалось (?:соединиться|подключиться|установить соединение)", 8),
        (r"не уда[её]тся подключиться", 8), (r"в соединении отказано", 8), (r"не могу (?:связаться|найти сервер|соединиться)", 8),
        (r"ошибка сети", 6), (r"сервер\w{0,2} .{0,80}?неизвест", 8), (r"сбой подключения", 6), (r"сервер не отвечает", 7),
    ) + tuple((*rule, SEC) for rule in (
        # a connection that drops or never answers: also what swapped SSL/TLS and STARTTLS look like
        (r"timed out", 8), (r"connection timeout", 8), (r"greeting never received", 8), (r"connection unexpectedly closed", 8),
        (r"connection closed unexpectedly", 8), (r"connection (?:reset|aborted|closed)", 5), (r"unexpectedly terminated the connection", 8),
        (r"connection to .{0,60}?(?:was reset|was interrupted|was lost|timed out)", 8), (r"has disconnected", 6),
        (r"connecting to .{0,80}?failed", 8), (r"0x800ccc0f", 8),
        (r"spojeni (?:se|s) .{0,60}?(?:vyprselo|bylo preruseno|bylo obnoveno|bylo ztraceno)", 8), (r"byl odpojen", 6),
        (r"(?:соединение|подключение) .{0,80}?(?:было сброшено|было прервано|было утеряно)", 8),
        (r"время ожидания .{0,80}?истекло", 8), (r"отключение от", 6), (r"проблемы в сети", 5),
    )),
}


def _compiled(pattern: str) -> re.Pattern:
    """A space matches any run of spaces; a leading \\b moves behind the first letter as a look-behind
    (the same test), so the pattern starts with a letter and re skips to where that letter is."""
    pattern = re.sub(r"^\\b(\w)(?![?*+{])", r"\1(?<!\\w.)", re.sub(r" (?![?*])", " +", pattern))
    return re.compile(pattern, re.S)


COMPILED = {key: tuple((_compiled(rule[0]), rule[1], rule[2] if len(rule) > 2 else None) for rule in rules)
            for key, rules in PATTERNS.items()}
assert set(COMPILED) == set(ERROR_IDS), "every catalogue entry needs patterns, and only those"

LEAST = 4  # the least score that counts as recognised
MAX_TEXT = 2_000_000  # longer texts are read at their start and their end, half of this each
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\\"
GROUP = re.compile(r"\((?:\?:)?(\?<?[=!])?")  # group 1: a look-around
QUANTIFIER = re.compile(r"(?:([?*+])|\{(\d*),?\d*\})?\??")  # group 2: the least number of times


def _words(run: str) -> list[tuple[str, ...]]:
    return [(word,) for word in run.split() if len(word) >= 3]


def _branches(pattern: str, i: int) -> tuple[list[list[tuple[str, ...]]], int]:
    """From i to the closing parenthesis: per branch, what every match of it contains (see _required)."""
    branches, needs, run = [], [], ""
    while i < len(pattern) and pattern[i] != ")":
        ch = pattern[i]
        if ch == "(":
            needs += _words(run)
            run = ""
            opening = GROUP.match(pattern, i)
            inner, i = _branches(pattern, opening.end())
            quantifier = QUANTIFIER.match(pattern, i + 1)
            i = quantifier.end()
            if opening.group(1) or quantifier.group(1) in ("?", "*") or quantifier.group(2) in ("", "0"):
                continue  # a look-around, or optional: not in every match
            if len(inner) == 1:
                needs += inner[0]
            elif all(inner):  # one of the branches: the longest looking choice of each
                needs.append(tuple(sorted({word for branch in inner for word in max(branch, key=lambda c: min(map(len, c)))})))
            continue
        if ch == "|":
            branches.append(needs + _words(run))
            needs, run, i = [], "", i + 1
            continue
        if ch == "\\":
            escaped = pattern[i + 1]
            if escaped == "x":
                run, i = run + chr(int(pattern[i + 2:i + 4], 16)), i + 4
            elif escaped.isalnum():  # \b, \w, \d …: not a letter of the text
                needs += _words(run)
                run, i = "", i + 2
            else:
                run, i = run + escaped, i + 2
            continue
        if ch in "?*+{":
            run = run[:-1]  # the character before is optional or repeated
            i = pattern.index("}", i) if ch == "{" else i
        elif ch == "[":
            i = pattern.index("]", i + 2)
        elif ch not in ".^$":
            run += ch
            i += 1
            continue
        needs += _words(run)
        run, i = "", i + 1
    branches.append(needs + _words(run))
    return branches, i


def _required(pattern: str) -> set[tuple[str, ...]]:
    """What every match contains: choices of words (3+ characters, no space), one word of each choice
    in every match. Groups count unless optional; a choice between branches gives one word of each
    branch. The pre-test of diagnose: a pattern whose words are not all in the text cannot match."""
    branches, _ = _branches(pattern, 0)
    return set(branches[0] if len(branches) == 1 else _branches(f"({pattern})", 0)[0][0])


_NEEDS = {key: [_required(rule[0]) for rule in rules] for key, rules in PATTERNS.items()}
_SHARED = Counter(word for rules in _NEEDS.values() for needs in rules for choice in needs for word in choice)
# Tested first: words many patterns need, then long ones (likely absent), so that a long paste is
# searched for as few different words as possible.
REQUIRED = {key: tuple(tuple(sorted(needs, key=lambda choice: (-min(_SHARED[w] for w in choice), -min(map(len, choice)), choice)))
                       for needs in rules) for key, rules in _NEEDS.items()}
ALPHABET = set("".join(_SHARED))
SPACE = re.compile(r" +")


def _fold_char(ch: str) -> str:
    if ch.isspace() or ch in QUOTES:
        return " "
    if unicodedata.combining(ch):
        return ""  # a lone accent (text pasted decomposed): dropped
    low = ch.lower()[:1]
    if "\u0400" <= low <= "\u052f":
        return low  # Cyrillic: й, ё stay what they are
    base = [c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)]
    return base[0] if base else " "  # one character for one: U+FDFA does not grow 18-fold


class _Folded(dict):
    """Code point -> its folded character, worked out when str.translate first meets it."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDED = _Folded()  # shared across calls


def fold(text: str) -> tuple[str, list[int]]:
    """(folded text, where characters were dropped) – how the patterns see a text; linear time."""
    if len(_FOLDED) > 200_000:
        _FOLDED.clear()  # bounded memory
    folded = text.translate(_FOLDED)
    dropped = []
    if len(folded) != len(text):
        gone = "".join(chr(code) for code, folded_char in _FOLDED.items() if folded_char == "")
        dropped = [m.start() - k for k, m in enumerate(re.finditer("[" + re.escape(gone) + "]", text))]
    return folded, dropped


def _original(index: int, dropped: list[int]) -> int:
    return index + bisect_right(dropped, index)


@dataclass(frozen=True)
class Match:
    id: str
    score: int
    spans: tuple[tuple[int, int], ...] = ()  # (start, end) in the original text: the words that led here
    note: str | None = None  # why a second entry is given too (a key of NOTES' values)


def pieces(text: str) -> list[tuple[int, str]]:
    """(offset, part) to read: the whole text, or its start and end when it is longer than MAX_TEXT."""
    if len(text) <= MAX_TEXT:
        return [(0, text)]
    half = MAX_TEXT // 2
    return [(0, text[:half]), (len(text) - half, text[-half:])]


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


class _Present(dict):
    """Word -> whether a folded text contains it, looked up once per text: first its letters, then
    the text's distinct words if its start repeats words (a long paste mostly does), else the text."""

    def __init__(self, text: str):
        super().__init__()
        start = text[:65536].split()
        self.vocabulary = " ".join(set(text.split())) if len(set(start)) < len(start) / 2 else text
        self.letters = {ch for ch in ALPHABET if ch in self.vocabulary}

    def __missing__(self, word: str) -> bool:
        found = self[word] = self.letters.issuperset(word) and word in self.vocabulary
        return found


def diagnose(text: str) -> list[Match]:
    """Catalogue entries that explain the text, best first; empty when none does."""
    folded = [(offset, *fold(part)) for offset, part in pieces(text)]
    present = [_Present(part) for _, part, _ in folded]
    scores, spans, also = {}, {}, {}
    for entry_id in ERROR_IDS:
        for (pattern, weight, second), required in zip(COMPILED[entry_id], REQUIRED[entry_id]):
            for (offset, part, dropped), has in zip(folded, present):
                if not all(any(has[word] for word in choice) for choice in required):
                    continue  # a word the pattern needs is missing: most patterns never run
                found = pattern.search(part)
                if found:
                    scores[entry_id] = scores.get(entry_id, 0) + weight
                    start, end = found.span()
                    spans.setdefault(entry_id, []).append((offset + _original(start, dropped), offset + _original(end - 1, dropped) + 1))
                    if second:
                        also.setdefault(entry_id, set()).add(second)
                    break
    ranked = sorted((score, -ERROR_IDS.index(entry_id), entry_id) for entry_id, score in scores.items() if score >= LEAST)
    found = [Match(entry_id, score, _merge(spans[entry_id])) for score, _, entry_id in reversed(ranked)]
    if found:
        best = found[0]
        for second in sorted(also.get(best.id, ())):
            if second not in {m.id for m in found}:  # one wording, two causes: say both, best first
                found.insert(1, Match(second, best.score - 1, best.spans, NOTES[second]))
    return found


def words(text: str, match: Match, limit: int = 120) -> list[str]:
    """The pasted text's own words behind a match, white space tidied, each at most `limit` characters."""
    return [SPACE.sub(" ", " ".join(text[start:end].split()))[:limit] for start, end in match.spans]
