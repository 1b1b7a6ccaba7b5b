"""Social-media handles: Snapchat, Instagram, Telegram, WhatsApp, OnlyFans (and Kik)."""

from __future__ import annotations

import re
from typing import Final

from balise.extract.normalise import lowered, occurrences
from balise.extract.patterns import SPACE, SPACE_SET, compile_linear

# Platform words and the id each maps to. Short codes ("sc", "ig", "of") need a
# colon or an "@" after them, so "of course" is not OnlyFans.
_PLATFORMS: tuple[tuple[str, str], ...] = (
    (rf"snap{SPACE}*+chat|snap|\U0001f47b", "snapchat"),
    (rf"insta{SPACE}*+gram|insta|\U0001f4f8", "instagram"),
    (rf"tele{SPACE}*+gram|telegrame?", "telegram"),
    (rf"whats{SPACE}*+app|what'?s{SPACE}++app|wapp|watsapp", "whatsapp"),
    (rf"only{SPACE}*+fans|onlyfan", "onlyfans"),
    (r"kik", "kik"),
)
_SHORT: tuple[tuple[str, str], ...] = (
    ("sc", "snapchat"),
    ("ig", "instagram"),
    ("tg", "telegram"),
    ("wa", "whatsapp"),
    ("of", "onlyfans"),
)
_URLS: tuple[tuple[str, str], ...] = (
    (r"snapchat\.com/add/", "snapchat"),
    (r"instagram\.com/", "instagram"),
    (r"instagr\.am/", "instagram"),
    (r"t\.me/", "telegram"),
    (r"telegram\.me/", "telegram"),
    (r"onlyfans\.com/", "onlyfans"),
    (r"wa\.me/", "whatsapp"),
)
# Patterns run with the stdlib ``re`` on ``lowered(text)`` (same length, lower-case; see
# ``normalise.lowered``), which matches exactly what the case-insensitive patterns matched
# on the text itself, without ``re``'s extra case-insensitive matches (it lets [a-z] match
# the dotless "ı"). ``SPACE`` is the ``regex`` module's \s (see ``patterns``).
#
# Linear-time argument (why no timeout is needed): every repeat is over one character class
# except the connector loop ``(?:[:=\-–>]|is\b|c'est\b|...)*``, whose alternatives are single
# characters or whole words that cannot match the same text, so the loop matches a stretch
# of text in at most one way; every whitespace repeat is possessive (what follows it never
# starts with whitespace, so giving spaces back could not make a different match), and the
# handle itself is bounded ({1,29}). One anchored attempt therefore costs time linear in the
# stretch it reads, and attempts start only at platform words or at a short code before
# ":", "=" or "@" (see ``_starts``).
# White space within a line: a handle never continues across a line break ("snap seulement\n
# Dernière journée" is no account). ``SPACE`` less the line breaks ``str.splitlines`` knows.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
_LSPACE = "[" + "".join(re.escape(c) for c in sorted(SPACE_SET - _LINE_BREAKS)) + "]"
# The handle ends where its word does: "derni" of "dernière" is no handle.
_HANDLE = rf"@?{_LSPACE}?(?P<{{}}>[a-z0-9][a-z0-9._\-]{{{{1,29}}}}[a-z0-9_])(?![^\W_])"
_HANDLE_H, _HANDLE_H2 = _HANDLE.format("h"), _HANDLE.format("h2")  # re: names are unique
_LONG = "|".join(f"(?P<p{k}>{src})" for k, (src, _) in enumerate(_PLATFORMS))
_SHORTS = "|".join(f"(?P<s{k}>{src})" for k, (src, _) in enumerate(_SHORT))
_URLALT = "|".join(f"(?P<u{k}>{src})" for k, (src, _) in enumerate(_URLS))
# Words between a platform and its account: connectors ("is", "c'est", "me") and the words
# that only qualify the platform ("snap seulement", "Telegram only please: x").
_CONNECTORS = (
    r"[:=\-–>]|\bis\b|\best\b|\bc'?est\b|\bme\b|\bmoi\b|\bid\b|\bname\b|\bnom\b|\bthen\b"
    r"|\bonly\b|\bseulement\b|\buniquement\b|\bsvp\b|\bplease\b|\bpls\b|\bplz\b"
)
_HANDLE_RE = compile_linear(
    rf"(?:(?:https?://)?(?:www\.)?(?:{_URLALT})(?P<uh>[a-z0-9._\-]{{2,30}})"
    rf"|(?<![a-z0-9])(?:{_LONG})(?![a-z]){_LSPACE}*+(?:(?:{_CONNECTORS}){_LSPACE}*+)*{_HANDLE_H}"
    rf"|(?<![a-z0-9])(?:{_SHORTS}){_LSPACE}*+(?:[:=]{_LSPACE}*+|(?=@)){_LSPACE}*+{_HANDLE_H2})"
)
# Every match starts at one of these words (platform words, URL hosts) or at a URL prefix
# just before one, or at a short code followed by spaces and ":", "=" or "@".
_KEYWORDS = (
    "snap",
    "insta",
    "tele",
    "what",
    "wapp",
    "wats",
    "only",
    "kik",
    "t.me/",
    "wa.me/",
    "\U0001f47b",
    "\U0001f4f8",
)
_URL_PREFIXES = ("https://www.", "http://www.", "https://", "http://", "www.")
_SHORT_CODES = frozenset(code for code, _ in _SHORT)
_SPACES = SPACE_SET
_NOT_HANDLES = frozenset(
    [
        "me",
        "moi",
        "only",
        "seulement",
        "for",
        "pour",
        "and",
        "et",
        "or",
        "ou",
        "add",
        "ajoute",
        "ajoutez",
        "at",
        "on",
        "sur",
        "is",
        "est",
        "the",
        "le",
        "la",
        "me_",
        "plz",
        "please",
        "svp",
        "text",
        "texto",
        "call",
        "dm",
        "msg",
        "message",
        "available",
        "dispo",
        "here",
        "ici",
        "my",
        "mon",
        "ma",
        "com",
        "net",
        "dot",
        "point",
        "gmail",
        "hotmail",
        # words that follow a platform's name without naming an account ("WhatsApp
        # uniquement +33 ...", "Telegram only", "snap aussi")
        "uniquement",
        "juste",
        "just",
        "aussi",
        "also",
        "too",
        "disponible",
        "number",
        "numero",
        "num",
        "contact",
        "direct",
        "pls",
        "seul",
        "merci",
        "thanks",
        "thx",
        "preferred",
        "prefere",
        "first",
        "ok",
        "okay",
        "accepted",
        "accepte",
        "works",
        "welcome",
        "bienvenue",
    ]
)


class HandleHit:
    """One handle found in a field (positions in the text searched)."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("handle", "start", "end", "rule", "confidence")

    def __init__(self, handle: str, start: int, end: int, rule: str, confidence: float) -> None:
        self.handle: Final[str] = handle  # "platform:name"
        self.start: Final[int] = start
        self.end: Final[int] = end
        self.rule: Final[str] = rule
        self.confidence: Final[float] = confidence


def _platform(m: object, prefix: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for k, (_, name) in enumerate(table):
        if m.group(f"{prefix}{k}") is not None:  # type: ignore[attr-defined]
            return name
    return None


_NEEDLES = (*_KEYWORDS, ":", "=", "@")  # the keywords, then the marks before a short code's


def _starts(low: str) -> list[int]:
    """Every position where a match of ``_HANDLE_RE`` may start, ascending (a superset)."""
    starts: set[int] = set()
    startswith = low.startswith
    keywords = len(_KEYWORDS)
    # every occurrence of a keyword or a mark, in one pass (``normalise.occurrences``, in C)
    for k, which in occurrences(low, _NEEDLES):
        if which < keywords:
            starts.add(k)
            for prefix in _URL_PREFIXES:
                if startswith(prefix, k - len(prefix)) and k >= len(prefix):
                    starts.add(k - len(prefix))
        else:
            q = k
            while q > 0 and low[q - 1] in _SPACES:
                q -= 1
            if low[q - 2 : q] in _SHORT_CODES:
                starts.add(q - 2)
    return sorted(starts)


def find_handles(text: str, low: str | None = None) -> list[HandleHit]:
    """Handles in ``text`` (cleaned). Phone-number "handles" (WhatsApp) are left to phones.

    ``low`` may pass ``lowered(text)`` when the caller already has it.
    """
    hits: list[HandleHit] = []
    if low is None:
        low = lowered(text)
    pos = 0
    match = _HANDLE_RE.match
    for s in _starts(low):
        if s < pos:
            continue
        m = match(low, s)
        if m is None:
            continue
        if m.group("uh") is None and low.startswith("/", m.end()) and "." in m.group():
            continue  # "OF: onlyfans.com/name": a URL's host; the URL itself is read next
        pos = m.end()
        start, end = m.span()
        if m.group("uh") is not None:
            platform, h, rule, conf = _platform(m, "u", _URLS), "uh", "handle.url", 0.95
        else:
            platform = _platform(m, "p", _PLATFORMS)
            h, rule, conf = "h", "handle.platform-word", 0.85
            if platform is None:
                platform, rule, conf = _platform(m, "s", _SHORT), "handle.short-code", 0.75
                h = "h2"
        # the name as written (``low`` only differs from it in case)
        name = text[m.start(h) : m.end(h)].lower().strip("._-")
        if platform is None or len(name) < 2 or name in _NOT_HANDLES:
            continue
        if name.replace("-", "").replace(".", "").isdigit():
            continue  # a WhatsApp number: the phone extractor reports it
        hits.append(HandleHit(f"{platform}:{name}", start, end, rule, conf))
    return hits


def handle_from_contact(value: str) -> HandleHit | None:
    """A handle from the site's contact field: "snap: lily", "@lily" (platform unknown)."""
    found = find_handles(value)
    if found:
        return found[0]
    raw = value.strip()
    name = raw.lstrip("@").strip().lower()
    if not name or " " in name or len(name) > 30 or name in _NOT_HANDLES:
        return None
    return HandleHit(f"handle:{name}", 0, len(value), "handle.contact-field", 0.6)
