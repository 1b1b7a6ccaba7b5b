"""E-mail addresses, plain or written around the filters ("lily at gmail dot com")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from balise.extract.patterns import compile_pattern, finditer, search

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
_EMAIL_RE = compile_pattern(
    rf"(?<![\w.+\-])(?!(?:me|us|moi|nous|i|is|are|email|mail|text|call)\s)(?P<user>[a-z0-9][a-z0-9._%+\-]{{0,63}}){_AT}"
    rf"(?P<domain>[a-z0-9][a-z0-9\-]{{0,62}}(?:{_DOT}[a-z0-9][a-z0-9\-]{{0,62}})*?)"
    rf"(?:{_DOT}(?P<tld>{_TLDS}))?(?![a-z0-9\-])",
    0x2,  # IGNORECASE
)
_DOT_SPLIT = compile_pattern(_DOT, 0x2)
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


@dataclass(frozen=True, slots=True)
class EmailHit:
    email: str
    start: int  # in the text searched
    end: int
    rule: str
    confidence: float


_MARKER_RE = compile_pattern(r"@|arobase|[\(\[\{<]\s*a(?:t)?\s*[\)\]\}>]|\bat\s", 0x2)
_WINDOW = 80


def _candidates(text: str) -> list[Any]:
    """Matches of the e-mail pattern in small windows around "@"/"at" markers (fast)."""
    found: list[Any] = []
    last_end = -1
    for marker in finditer(_MARKER_RE, text):
        if marker.start() < last_end:
            continue
        m = search(_EMAIL_RE, text, max(0, marker.start() - _WINDOW), marker.end() + _WINDOW)
        if m is not None and m.start() >= last_end:
            found.append(m)
            last_end = m.end()
    return found


def find_emails(text: str) -> list[EmailHit]:
    """E-mail addresses in ``text`` (cleaned text), lower-cased."""
    hits: list[EmailHit] = []
    if "@" not in text and "at" not in text.lower() and "arobase" not in text.lower():
        return hits
    for m in _candidates(text):
        user = m.group("user").lower().rstrip(".")
        at = m.group("at").strip()
        labels = [p.lower() for p in _DOT_SPLIT.split(m.group("domain")) if p]
        tld = (m.group("tld") or "").lower()
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
