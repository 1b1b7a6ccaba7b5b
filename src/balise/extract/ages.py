"""Ages stated for the advertised person(s): "19 ans", "j'ai dix-neuf ans", "22yo", "age: 21".

Rules read the folded, digitised text (so words and emoji digits are already
digits). Ages of clients ("clients 25+", "hommes 30-60 ans"), "18+" notices,
ranges, experience ("5 ans d'expérience"), measurements, prices and dates are
refused by context.
"""

from __future__ import annotations

from dataclasses import dataclass

from balise.extract.patterns import compile_pattern, finditer, search
from balise.extract.rules import ALL_RULES

MIN_AGE = 13  # younger numbers next to "ans" are children's ages or durations, not the ad's
MAX_AGE = 69

_UNITS = "|".join(u for r in ALL_RULES for u in r.age_units)
_PREFIXES = "|".join(p for r in ALL_RULES for p in r.age_prefixes)
_OTHERS = sorted({w for r in ALL_RULES for w in r.not_person_words}, key=len, reverse=True)

# What may not follow an age: a plus, a range, units of measure, money, time.
_BAD_AFTER = (
    r"(?!\s*(?:\+|plus\b|et\s+plus|and\s+(?:up|over|older)|or\s+(?:more|older)|ou\s+plus"
    r"|[-/]\s*\d|a\s+\d|to\s+\d|\$|%|'|\"|[.,]\d|x\d|cm\b|kg\b|lbs?\b|ft\b|h\b|hrs?\b|hours?\b"
    r"|heures?\b|min|roses?\b|dollars?\b|bucks\b|ans?\s+d\s*'?\s*exp|years?\s+(?:of\s+)?exp))"
)
_UNIT_RE = compile_pattern(
    rf"(?<![\d.,$/:\-+])(?<!\d\s*(?:-|a|to|et|and|or|ou)\s*)(?P<n>\d{{1,2}})\s*-?\s*(?:{_UNITS})"
    r"(?!\s*(?:\+|et\s+plus|and\s+(?:up|over|older)|or\s+older|ou\s+plus|d\s*'?\s*exp|"
    r"(?:of\s+)?exp|dans\s+le\s+metier|in\s+the\s+business|ago|plus\s+tard|later))"
)
_PREFIX_RE = compile_pattern(rf"(?:{_PREFIXES})(?P<n>\d{{2}})(?![\d])" + _BAD_AFTER)
_OTHERS_RE = compile_pattern(
    r"(?:^|[^a-z])(?:" + "|".join(_OTHERS) + r"|il\s+y\s+a|ya)(?:[^a-z]|$)"
)
_CLAUSE_BREAK = compile_pattern(r"[.,;!?\n()|•]")


@dataclass(frozen=True, slots=True)
class AgeHit:
    age: int
    start: int  # in the digitised text searched
    end: int
    rule: str
    confidence: float


def _someone_else(text: str, start: int) -> bool:
    """True when the words just before ``start`` make the number someone else's age."""
    window = text[max(0, start - 28):start]
    cut = [m.end() for m in finditer(_CLAUSE_BREAK, window)]
    if cut:
        window = window[cut[-1]:]
    return search(_OTHERS_RE, window) is not None


def find_ages(folded: str) -> list[AgeHit]:
    """Ages in ``folded`` (the folded, digitised text of one field)."""
    hits: list[AgeHit] = []
    taken: set[int] = set()
    for pattern, rule, conf in ((_UNIT_RE, "age.unit", 0.9), (_PREFIX_RE, "age.prefix", 0.8)):
        for m in finditer(pattern, folded):
            age = int(m.group("n"))
            start = m.start("n")
            if start in taken or not MIN_AGE <= age <= MAX_AGE:
                continue
            if rule == "age.unit" and _someone_else(folded, start):
                continue
            taken.add(start)
            hits.append(AgeHit(age, m.start(), m.end(), rule, conf))
    hits.sort(key=lambda h: h.start)
    return hits


_FIELD_RE = compile_pattern(r"(?<!\d)(\d{1,2})(?!\d)")


def age_from_field(folded: str) -> int | None:
    """The site's age field ("19", "19 ans", "dix-neuf" already digitised), or None for junk."""
    m = search(_FIELD_RE, folded)
    if m is None:
        return None
    age = int(m.group(1))
    return age if MIN_AGE <= age <= 99 else None
