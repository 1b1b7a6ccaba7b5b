"""Ages stated for the advertised person(s): "19 ans", "j'ai dix-neuf ans", "22yo", "age: 21".

Rules read the folded, digitised text (so words and emoji digits are already
digits). Ages of clients ("clients 25+", "hommes 30-60 ans"), "18+" notices,
ranges, experience ("5 ans d'expérience"), measurements, prices and dates are
refused by context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from balise.extract.normalise import digit_runs, fold
from balise.extract.patterns import (
    SPACE,
    SPACE_SET,
    class_first,
    compile_linear,
    for_re,
    search_number,
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
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
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


# Candidates: the digit runs an age can be (exactly two digits, 13-69). Every age pattern's
# number is a whole two-digit run (what precedes it is never a digit, and "(?!\d)" or a
# non-digit follows), and a match holds no other digit before its number, so matches whose
# number is not a candidate never hide one that is (they end before the next run).
_WINDOW_BEFORE = 64  # longer than any introduction with white-space runs under 8
_WINDOW_AFTER = 48  # longer than any number's context look-ahead, likewise
_LONG_SPACE = compile_linear(f"{SPACE}{SPACE}{{7}}")  # linear: a fixed run of one class
# What the text right before a candidate ends with when a pattern can match there (after
# the characters the pattern allows between its words and the number): supersets.
_PREFIX_SKIP = frozenset(SPACE_SET | set(":=-("))
_PREFIX_TAILS = frozenset(
    ["age", "ai", "jai", "de", "aged", "m", "am", "im", "only", "just", "seulement"]
    + ["juste", "is"]
)
_PRONOUN_TAILS = frozenset(["s", "shes", "hes", "is", "a"])
_NAME_SKIP = frozenset(SPACE_SET | set(":,(["))


def _tail(text: str, start: int, skip: frozenset[str]) -> str:
    """The [a-z]+ run that ends where the characters of ``skip`` before ``start`` begin."""
    k = start
    while k > 0 and text[k - 1] in skip:
        k -= 1
    j = k
    while j > 0 and "a" <= text[j - 1] <= "z":
        j -= 1
    return text[j:k]


def _search_for(
    pattern: re.Pattern[str], text: str, run: int, groups: tuple[str, ...]
) -> re.Match[str] | None:
    return search_number(pattern, text, run, groups, _WINDOW_BEFORE, 2 + _WINDOW_AFTER)


def find_ages(
    folded: str, text: str | None = None, runs: list[tuple[int, int]] | None = None
) -> list[AgeHit]:
    """Ages in ``folded`` (the folded, digitised text of one field).

    ``text`` is the same digitised text with its case kept (same length); when given,
    ages in lists of names ("Tina (29), Carla: [30]") are read too. ``runs`` may pass the
    field's digit runs (``digit_runs(folded)``).

    Each pattern runs only at the candidate numbers (two-digit runs from 13 to 69): the
    unit rule anchored at the number, the others searched in a window around it when the
    word before it can end an introduction, a pronoun or a name. A field with a run of
    8 or more white-space characters near a candidate is scanned whole instead.
    """
    if runs is None:
        runs = digit_runs(folded)
    cands = [s for s, e in runs if e - s == 2 and "13" <= folded[s:e] <= "69"]
    if not cands:
        return []
    for s in cands:
        if _LONG_SPACE.search(folded, max(0, s - _WINDOW_BEFORE), s + 2 + _WINDOW_AFTER):
            return _find_ages_scan(folded, text)
    hits: list[AgeHit] = []
    taken: set[int] = set()
    for s in cands:
        m = _UNIT_RE.match(folded, s)
        if m is None or _range_end(folded, s) or _someone_else(folded, s):
            continue
        taken.add(s)
        hits.append(AgeHit(int(m.group("n")), m.start(), m.end(), "age.unit", 0.9))
    for pattern, tails, skip, rule in (
        (_PREFIX_RE, _PREFIX_TAILS, _PREFIX_SKIP, "age.prefix"),
        (_PRONOUN_RE, _PRONOUN_TAILS, SPACE_SET, "age.pronoun"),
    ):
        for s in cands:
            if s in taken or _tail(folded, s, skip) not in tails:
                continue
            m = _search_for(pattern, folded, s, ("n",))
            if m is not None:
                taken.add(s)
                hits.append(AgeHit(int(m.group("n")), m.start(), m.end(), rule, 0.8))
    if text is not None:
        for s in cands:
            if s in taken:
                continue
            k = s
            while k > 0 and text[k - 1] in _NAME_SKIP:
                k -= 1
            c = text[k - 1] if k else ""
            if not ("a" <= c <= "z" or "\u00e0" <= c <= "\u00ff"):
                continue  # a name's last letter must come before the number
            m = _search_for(_NAME_AGE_RE, text, s, ("n", "n2"))
            if m is None or fold(m.group("w")) in _NOT_NAME_WORDS:
                continue
            taken.add(s)
            hits.append(AgeHit(int(folded[s : s + 2]), m.start(), m.end(), "age.name-list", 0.7))
    hits.sort(key=lambda h: h.start)
    return hits


def _find_ages_scan(folded: str, text: str | None) -> list[AgeHit]:
    """``find_ages`` by scanning the whole field with each pattern (the reference path)."""
    hits: list[AgeHit] = []
    taken: set[int] = set()
    passes = (
        (_UNIT_RE, "age.unit", 0.9),
        (_PREFIX_RE, "age.prefix", 0.8),
        (_PRONOUN_RE, "age.pronoun", 0.8),
    )
    for pattern, rule, conf in passes:
        for m in pattern.finditer(folded):
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
