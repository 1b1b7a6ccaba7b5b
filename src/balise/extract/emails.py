"""E-mail addresses, plain or written around the filters ("lily at gmail dot com")."""

from __future__ import annotations

from typing import Any, Final

from balise.extract.normalise import lowered, occurrences
from balise.extract.patterns import SPACE, anchored, compile_linear, for_re

# Providers whose bare name ("lily(at)hotmail") is enough to complete the address.
PROVIDERS: dict[str, str] = {
    "gmail": "gmail.com",
    "hotmail": "hotmail.com",
    "outlook": "outlook.com",
    "yahoo": "yahoo.com",
    "icloud": "icloud.com",
    "live": "live.com",
    "msn": "msn.com",
    "protonmail": "protonmail.com",
    "proton": "proton.me",
    "aol": "aol.com",
    "videotron": "videotron.ca",
    "sympatico": "sympatico.ca",
    "gmx": "gmx.com",
}
_TLDS = r"com|ca|net|org|fr|me|io|co|info|biz|qc\.ca|co\.uk|be|ch|us"
_AT = (
    r"(?P<at>\s*@\s*|\s*[\(\[\{<]\s*(?:at|arobase|a)\s*[\)\]\}>]\s*"
    r"|\s+(?:at|arobase)\s+)"
)
_DOT = r"(?:\s*\.\s*|\s*[\(\[\{<]\s*(?:dot|point|\.)\s*[\)\]\}>]\s*|\s+(?:dot|point)\s+)"
# Stdlib ``re`` on ``lowered(text)`` (what the case-insensitive original matched on the
# text), no timeout. Linear per start: the user and each domain label are bounded runs
# ({0,63}, {0,62}) that must be followed by an "at"/"dot" spelling, which never starts
# with a letter or digit, so each is matched at most 64 ways; every white-space repeat is
# possessive (``for_re``: "@", a bracket, a word or a label follows); the lazy label loop
# adds one label per step and the tail after it is bounded. Starts are word starts only.
# The user and the labels are possessive runs: what follows each (an "at"/"dot" spelling,
# which starts with a space, "@", "." or a bracket, or the end look-ahead, which refuses a
# [a-z0-9-]) never starts with a character of the run, so giving characters back could never
# make a match; possessive, a failed attempt stops at once instead of trying every shorter run.
# The end look-ahead refuses a "." glued to a further label, so the lazy loop goes on to the
# last label ("desk@mail.agence.example.com", "a@b.co.uk"), while a sentence's closing period
# ("info@maison.ca. Merci") still ends the address.
_EMAIL_RE = compile_linear(
    for_re(
        r"(?<![\w.+\-])(?!(?:me|us|moi|nous|i|is|are|email|mail|text|call)\s)"
        rf"(?P<user>[a-z0-9][a-z0-9._%+\-]{{0,63}}+){_AT}"
        rf"(?P<domain>[a-z0-9][a-z0-9\-]{{0,62}}+(?:{_DOT}[a-z0-9][a-z0-9\-]{{0,62}}+)*?)"
        rf"(?:{_DOT}(?P<tld>{_TLDS}))?(?![a-z0-9\-]|\.[a-z0-9])"
    )
)
_DOT_SPLIT = compile_linear(for_re(_DOT))
_NOT_USERS = frozenset(
    {
        "me",
        "us",
        "moi",
        "nous",
        "email",
        "mail",
        "courriel",
        "text",
        "texto",
        "call",
        "here",
        "available",
        "dispo",
        "disponible",
        "is",
        "are",
        "i",
    }
)


class EmailHit:
    """One email found in a field (positions in the text searched)."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("email", "start", "end", "rule", "confidence")

    def __init__(self, email: str, start: int, end: int, rule: str, confidence: float) -> None:
        self.email: Final[str] = email
        self.start: Final[int] = start  # in the text searched
        self.end: Final[int] = end
        self.rule: Final[str] = rule
        self.confidence: Final[float] = confidence


# Stdlib ``re`` on ``lowered(text)`` (same length): linear, single classes and literals.
# Every alternative starts with a literal character (the bracket class spelled out, "\b"
# before "at" tested by a look-behind after it) so ``re`` skips ahead in C.
_BRACKETED_AT = "|".join(rf"\{opening}{SPACE}*+at?{SPACE}*+[\)\]\}}>]" for opening in "([{<")
_MARKER_RE = compile_linear(rf"@|arobase|{_BRACKETED_AT}|at(?<!\wat){SPACE}")
# A marker other than a bare "at" ("@", "arobase", _BRACKETED_RE): with none in the field,
# every match of _EMAIL_RE writes its "@" as a bare "at" (the only other spelling of _AT),
# and such a match is kept only when the word after "at" (the first domain label: the
# whole [a-z0-9-] run there) is a provider, whose name then appears in the text.
# _BARE_AT_WORD finds every word after an "at" and spaces (a superset).
# _BRACKETED_RE is _BRACKETED_AT as one class-first pattern (each of its alternatives takes
# any closing bracket, so the opening brackets make one class); linear: possessive runs.
_BRACKETED_RE = compile_linear(rf"[\(\[\{{<]{SPACE}*+at?{SPACE}*+[\)\]\}}>]")
_BARE_AT_WORD = compile_linear(rf"at{SPACE}++([a-z0-9\-]{{1,63}})")
_WINDOW = 80


# Every match of _MARKER_RE starts with one of these (found in one pass, ``occurrences``, in
# C; no two at one position): trying it there alone (anchored) gives its scan's matches,
# where the scan stopped at every "a" of the text.
_MARKER_FIRSTS = ("@", "arobase", "at", "(", "[", "{", "<")


def _marker_starts(low: str) -> list[int]:
    starts: list[int] = []
    for k, _ in occurrences(low, _MARKER_FIRSTS):
        starts.append(k)  # no two needles start at one position: distinct and ascending
    return starts


def _candidates(low: str, starts: list[int] | None = None) -> list[Any]:
    """Matches of the e-mail pattern in small windows around "@"/"at" markers (fast).

    ``starts`` may pass ``_marker_starts(low)`` when the caller already has it."""
    found: list[Any] = []
    last_end = -1
    if starts is None:
        starts = _marker_starts(low)
    for marker in anchored(_MARKER_RE, low, starts):
        if marker.start() < last_end:
            continue
        m = _EMAIL_RE.search(low, max(0, marker.start() - _WINDOW), marker.end() + _WINDOW)
        if m is not None and m.start() >= last_end:
            found.append(m)
            last_end = m.end()
    return found


def find_emails(text: str, low: str | None = None) -> list[EmailHit]:
    """E-mail addresses in ``text`` (cleaned text), lower-cased.

    ``low`` may pass ``lowered(text)`` when the caller already has it.
    """
    hits: list[EmailHit] = []
    if low is None:
        low = lowered(text)
    if "@" not in text and "at" not in low and "arobase" not in low:
        return hits
    # "@" and "arobase" by str searches, the bracketed forms by a scan that starts at a
    # bracket (rare characters, skipped in C): _STRONG_RE's "a" alternative made it try
    # every "a" of the text.
    # (a bracketed form starts at a bracket: tried at the brackets ``occurrences`` found, in C,
    # where a scan for the next bracket cost ~40 instructions a character)
    starts = _marker_starts(low)
    strong = (
        "@" in low
        or "arobase" in low
        or any(low[k] in "([{<" and _BRACKETED_RE.match(low, k) is not None for k in starts)
    )
    if not strong and (
        not any(p in low for p in PROVIDERS)
        or all(w not in PROVIDERS for w in _BARE_AT_WORD.findall(low))
    ):
        return hits  # only bare "at" spellings, none before a provider: none would be kept
    for m in _candidates(low, starts):
        # Values are read from ``text`` (lower-cased as written: "İ" keeps its dot).
        user = text[m.start("user") : m.end("user")].lower().rstrip(".")
        at = m.group("at").strip()
        ds, de = m.span("domain")
        cuts = [ds, *(x for d in _DOT_SPLIT.finditer(low, ds, de) for x in d.span()), de]
        labels = [text[a:b].lower() for a, b in zip(cuts[::2], cuts[1::2], strict=True) if b > a]
        tld = text[m.start("tld") : m.end("tld")].lower() if m.group("tld") else ""
        if tld:
            labels.append(tld)
        plain_at = at == "@"
        if not labels or user in _NOT_USERS:
            continue
        if len(labels) == 1:
            domain = PROVIDERS.get(labels[0])
            if domain is None:
                continue
        else:
            domain = ".".join(labels)
            if not plain_at and labels[0] not in PROVIDERS and not tld:
                continue
        if not plain_at and at.lower() in ("at", "arobase") and labels[0] not in PROVIDERS:
            continue  # "meet me at the hotel": a bare "at" needs a known provider
        if plain_at and m.group("at") != "@" and not tld and labels[0] not in PROVIDERS:
            continue  # "insta @scarlett.xo": a spaced "@" before an unknown ending is a handle
        obfuscated = not (plain_at and "." in m.group("domain") + ("." if tld else ""))
        obfuscated = obfuscated or " " in m.group()
        hits.append(
            EmailHit(
                f"{user}@{domain}",
                m.start(),
                m.end(),
                "email.obfuscated" if obfuscated else "email.plain",
                0.85 if obfuscated else 0.98,
            )
        )
    return hits
