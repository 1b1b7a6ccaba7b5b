"""Ages stated for the advertised person(s): "19 ans", "j'ai dix-neuf ans", "22yo", "age: 21".

Rules read the folded, digitised text (so words and emoji digits are already
digits). Ages of clients ("clients 25+", "hommes 30-60 ans"), "18+" notices,
ranges, experience ("5 ans d'expérience"), measurements, prices and dates are
refused by context.
"""

from __future__ import annotations

from dataclasses import dataclass

from balise.extract.dates import WEEKDAYS
from balise.extract.normalise import fold
from balise.extract.patterns import (
    SPACE,
    SPACE_SET,
    anchored,
    class_first,
    compile_linear,
    for_re,
)
from balise.extract.rules import ALL_RULES

MIN_AGE = 13  # younger numbers next to "ans" are children's ages or durations, not the ad's
MAX_AGE = 69


_UNITS = "|".join(for_re(u) for r in ALL_RULES for u in r.age_units)
_PREFIX_ALT = class_first([p for r in ALL_RULES for p in r.age_prefixes])
_OTHERS = sorted({w for r in ALL_RULES for w in r.not_person_words}, key=len, reverse=True)

# Every age pattern runs with the stdlib ``re`` on the folded (lower-case) text, without a
# timeout. Linear: every repeat is over one character class and bounded ({1,2}, {2},
# {1,14}) or a possessive white-space run; alternatives are fixed words. The look-aheads
# read a white-space run and a fixed word. ``\w``/``\b`` follow Python's Unicode database
# (the ``regex`` module's differ only on Indic spacing marks, enclosing marks, squared
# letter symbols and non-ASCII connector punctuation, which French/English ads do not use
# next to an age).

# What may not follow an age: a plus, a range, units of measure, money, time.
_BAD_AFTER = for_re(
    r"(?!\s*(?:\+|plus\b|et\s+plus|and\s+(?:up|over|older)|or\s+(?:more|older)|ou\s+plus"
    r"|[-/]\s*\d|a\s+\d|to\s+\d|\$|%|'|\"|[.,]\d|x\d|cm\b|kg\b|lbs?\b|ft\b|h\b|hrs?\b|hours?\b"
    r"|heures?\b|min|roses?\b|dollars?\b|bucks\b|ans?\s+d\s*'?\s*exp|years?\s+(?:of\s+)?exp))"
)
# The number is matched first (class first: re skips to the next digit); the look-behind
# after its first digit tests the character before it. The variable-width condition "not
# the second number of a range (5 - 22, 20 to 25)" is checked in Python (``_range_end``).
_UNIT_RE = compile_linear(
    rf"(?P<n>\d(?<![\d.,$/:\-+]\d)\d?){SPACE}*+-?{SPACE}*+(?:{_UNITS})"
    + for_re(
        r"(?!\s*(?:\+|et\s+plus|and\s+(?:up|over|older)|or\s+older|ou\s+plus|d\s*'?\s*exp|"
        r"(?:of\s+)?exp|dans\s+le\s+metier|in\s+the\s+business|ago|plus\s+tard|later))"
    )
)
_RANGE_WORDS = ("-", "a", "to", "et", "and", "or", "ou")
_PREFIX_RE = compile_linear(rf"{_PREFIX_ALT}(?P<n>\d{{2}})(?![\d])" + _BAD_AFTER)
_OTHERS_RE = compile_linear(
    r"(?:^|[^a-z])(?:" + "|".join(_OTHERS) + rf"|il{SPACE}++y{SPACE}++a|ya)(?:[^a-z]|$)"
)
_CLAUSE_BREAK = compile_linear(r"[.,;!?\n()|•]")


@dataclass(frozen=True, slots=True)
class AgeHit:
    age: int
    start: int  # in the digitised text searched
    end: int
    rule: str
    confidence: float


def _someone_else(text: str, start: int) -> bool:
    """True when the words just before ``start`` make the number someone else's age."""
    window = text[max(0, start - 28) : start]
    cut = [m.end() for m in _CLAUSE_BREAK.finditer(window)]
    if cut:
        window = window[cut[-1] :]
    return _OTHERS_RE.search(window) is not None


def _range_end(text: str, start: int) -> bool:
    r"""True when ``\d\s*(?:-|a|to|et|and|or|ou)\s*`` ends at ``start`` ("20 to 25", "5-22").

    The connector words hold no white space, so each white-space run is the whole run
    before it: one backward walk decides what the variable-width look-behind did.
    """
    q = start
    while q > 0 and text[q - 1] in SPACE_SET:
        q -= 1
    for word in _RANGE_WORDS:
        if text.endswith(word, 0, q):
            r = q - len(word)
            while r > 0 and text[r - 1] in SPACE_SET:
                r -= 1
            if r > 0 and "0" <= text[r - 1] <= "9":
                return True
    return False


# "Tina (29)", "Carla: [30]", "Candy 28, Tina 23", "she's 18", "elle a 28": ages in lists of
# names, read on the case-kept text (a capitalised word before the number). Class first:
# the look-behind after the capital tests the character before it.
_NAME_AGE_RE = compile_linear(
    for_re(
        r"(?P<w>[A-Z\u00c0-\u00dd](?<![\w'][A-Z\u00c0-\u00dd])[a-z\u00e0-\u00ff]{1,14})\s*(?::|,)?\s*"
        r"(?:[\(\[]\s*(?P<n>\d{2})\s*[\)\]]|(?P<n2>\d{2})(?=\s*(?:[,.;|)~]|/(?!\d)|&|\bet\b|\band\b|$)))"
    )
)
_PRONOUN_RE = compile_linear(
    class_first([r"\bshe'?s", r"\bshe\s+is", r"\bhe'?s", r"\bhe\s+is", r"\belle\s+a", r"\bil\s+a"])
    + for_re(r"\s+(?P<n>\d{2})(?![\d'\"/+$%])(?!\s*(?:cm|kg|lbs|h\b|min|\$))")
)
_NOT_NAME_WORDS = frozenset(
    [
        "age",
        "ans",
        "the",
        "and",
        "et",
        "nos",
        "our",
        "rates",
        "tarifs",
        "prix",
        "dons",
        "taille",
        "stats",
        "mensurations",
        "height",
        "size",
        "hh",
        "qv",
        "h",
        "tel",
        "phone",
        "cell",
        "texte",
        "text",
        "call",
        "appel",
        "appelez",
        "bookings",
        "reservation",
        "ref",
        "montreal",
        "laval",
        "longueuil",
        "toronto",
        "ottawa",
        "quebec",
        "gatineau",
        "sherbrooke",
        "dispo",
        "open",
        "ouvert",
        "from",
        "des",
        "les",
        "la",
        "le",
        "de",
        "du",
        "at",
        "suite",
        "apt",
        "app",
        "room",
        "chambre",
        "unit",
        "jour",
        "day",
        "week",
        "semaine",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "sept",
        "oct",
        "nov",
        "dec",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        # the other usual abbreviations of months and weekdays ("Available from Sep 16",
        # "Dispo dès le mer 12"): a date, never a name
        "sep",
        "janv",
        "fev",
        "fevr",
        "avr",
        "juil",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "lun",
        "mer",
        "jeu",
        "ven",
        "dim",  # not "sam": Sam is a name as often as samedi
        *WEEKDAYS,
        "top",
        "vip",
        # youth wording and availability, not a stated age ("Barely 18", "Available 24/7")
        "barely",
        "just",
        "only",
        "turned",
        "over",
        "under",
        "available",
        "disponible",
        "dispo",
    ]
)


def find_ages(
    folded: str, text: str | None = None, unit_starts: list[int] | None = None
) -> list[AgeHit]:
    """Ages in ``folded`` (the folded, digitised text of one field).

    ``text`` is the same digitised text with its case kept (same length); when given,
    ages in lists of names ("Tina (29), Carla: [30]") are read too. ``unit_starts`` may
    pass where the unit rule matches (``digit_starts``): it is then not scanned for.
    """
    hits: list[AgeHit] = []
    taken: set[int] = set()
    passes = (
        (_UNIT_RE, "age.unit", 0.9),
        (_PREFIX_RE, "age.prefix", 0.8),
        (_PRONOUN_RE, "age.pronoun", 0.8),
    )
    for pattern, rule, conf in passes:
        matches = (
            anchored(pattern, folded, unit_starts)
            if unit_starts is not None and pattern is _UNIT_RE
            else pattern.finditer(folded)
        )
        for m in matches:
            start = m.start("n")
            if start in taken:
                continue
            age = int(m.group("n"))
            if not MIN_AGE <= age <= MAX_AGE:
                continue
            if rule == "age.unit" and (_range_end(folded, start) or _someone_else(folded, start)):
                continue
            taken.add(start)
            hits.append(AgeHit(age, m.start(), m.end(), rule, conf))
    if text is not None:
        for m in _NAME_AGE_RE.finditer(text):
            if fold(m.group("w")) in _NOT_NAME_WORDS:
                continue
            group = "n" if m.group("n") is not None else "n2"
            age = int(m.group(group))
            start = m.start(group)
            if start in taken or not MIN_AGE <= age <= MAX_AGE:
                continue
            taken.add(start)
            hits.append(AgeHit(age, m.start(), m.end(), "age.name-list", 0.7))
    hits.sort(key=lambda h: h.start)
    return hits


_FIELD_RE = compile_linear(r"(?<!\d)(\d{1,2})(?!\d)")  # linear: one bounded class


def age_from_field(folded: str) -> int | None:
    """The site's age field ("19", "19 ans", "dix-neuf" already digitised), or None for junk."""
    m = _FIELD_RE.search(folded)
    if m is None:
        return None
    age = int(m.group(1))
    return age if MIN_AGE <= age <= 99 else None
