"""Ages stated for the advertised person(s): "19 ans", "j'ai dix-neuf ans", "22yo", "age: 21".

Rules read the folded, digitised text (so words and emoji digits are already
digits). Ages of clients ("clients 25+", "hommes 30-60 ans"), "18+" notices,
ranges, experience ("5 ans d'expérience"), measurements, prices and dates are
refused by context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from balise.extract.dates import WEEKDAYS
from balise.extract.normalise import fold, token_starts, word_prefixes
from balise.extract.patterns import (
    SPACE,
    SPACE_CHARS,
    SPACE_SET,
    anchored,
    class_first,
    compile_linear,
    following,
    for_re,
)
from balise.extract.rules import ALL_RULES

MIN_AGE = 13  # younger numbers next to "ans" are children's ages or durations, not the ad's
MAX_AGE = 69


_UNITS = "|".join(for_re(u) for r in ALL_RULES for u in r.age_units)
_PREFIX_ALT = class_first([p for r in ALL_RULES for p in r.age_prefixes])
# Every match of the prefix (and pronoun) rules starts a [a-z0-9]+ word of the folded text
# (the class-first look-behind refuses a \w before it) that begins with a fragment's leading
# letters: the rules are tried at those words alone (``token_starts``, in C), where their
# class-first scans stopped at every a, i, j, t, v (e, h, i, s). tests/extract/test_scan.py
# compares the matches with the scans'.
_PREFIX_WORDS = word_prefixes([p for r in ALL_RULES for p in r.age_prefixes])
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


class AgeHit:
    """One age found in a field (positions in the text searched)."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("age", "start", "end", "rule", "confidence")

    def __init__(self, age: int, start: int, end: int, rule: str, confidence: float) -> None:
        self.age: Final[int] = age
        self.start: Final[int] = start  # in the digitised text searched
        self.end: Final[int] = end
        self.rule: Final[str] = rule
        self.confidence: Final[float] = confidence


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


_LIST_WORDS = ("et", "and", "&", ",")
_RANGE_OPENERS = frozenset(["entre", "between", "de", "from", "des", "of", "aged", "ages", "age"])


def _listed_before(text: str, start: int) -> list[int]:
    """Starts of the two-digit numbers listed before ``start`` ("20 et 22 ans", "19, 21 and
    23 years old"), last first; [] when there is none or when they make a range ("entre 20
    et 25 ans", "between 20 and 25", "de 20 et 25") or a join by "-", "à", "to", "or"."""
    starts: list[int] = []
    q = start
    while True:
        r = q
        while r > 0 and text[r - 1] in SPACE_SET:
            r -= 1
        word = next((w for w in _LIST_WORDS if text.endswith(w, 0, r)), None)
        if word is None:
            break
        r -= len(word)
        if word.isalpha() and r > 0 and "a" <= text[r - 1] <= "z":
            break  # the end of a longer word
        while r > 0 and text[r - 1] in SPACE_SET:
            r -= 1
        if not (r >= 2 and text[r - 2 : r].isdigit() and text[r - 2 : r].isascii()):
            break
        if r > 2 and text[r - 3] in "0123456789.,$/:-+'":
            return []  # a price, a size or a longer number: not an age list
        if not MIN_AGE <= int(text[r - 2 : r]) <= MAX_AGE:
            return []
        starts.append(r - 2)
        q = r - 2
    if not starts:
        return []
    r = starts[-1]
    while r > 0 and text[r - 1] in SPACE_SET:
        r -= 1
    k = r
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    if text[k:r] in _RANGE_OPENERS or _range_end(text, starts[-1]):
        return []
    return starts


# "Tina (29)", "Carla: [30]", "Candy 28, Tina 23", "she's 18", "elle a 28": ages in lists of
# names, read on the case-kept text (a capitalised word before the number). Class first:
# the look-behind after the capital tests the character before it.
#
# The name's letters are possessive: nothing after them (a space, a separator, a digit) is a
# letter, so a shorter name could never match where the whole one fails.
# Between the name and the number: a colon, a comma, a dash or a few emoji ("Ruby - 23 -",
# "Jasmine 🔥 21 🎀"); after the number: punctuation, a dash that does not start a range,
# emoji not followed by more digits ("Aaliyah 41😘855😘5..." is a phone; a height "5'2"
# may follow), "et"/"and" that
# do not say "and over", or the end.
# (``_SYMBOL`` is spelled with ``SPACE_CHARS``: ``for_re`` only rewrites a class that starts
# with ``\s``.)
# an emoji or other symbol; not a price or size mark, not the end of a sentence
_SYMBOL = rf"[^\w{SPACE_CHARS}'\"$%+/.,:;!?()\[\]\-]"
_AGE_END = (
    for_re(
        r"(?=\s*(?:[,.;|)~!]|/(?!\d)|&|\bet\b(?!\s*plus)|\band\b(?!\s*(?:up|over|older))"
        r"|-(?!\s*\d)|"
    )
    + _SYMBOL
    + "{1,3}+"
    + for_re(r"(?!\s*\d(?!'))|$))")
)
_NAME_AGE_RE = compile_linear(
    for_re(
        r"(?P<w>[A-Z\u00c0-\u00dd](?<![\w'][A-Z\u00c0-\u00dd])[a-z\u00e0-\u00ff]{1,14}+)"
        r"\s*(?::|,|-|"
    )
    + _SYMBOL
    + for_re(r"{1,3})?\s*(?:[\(\[]\s*(?P<n>\d{2})\s*[\)\]]|(?P<n2>\d{2})")
    + _AGE_END
    + ")"
)
# "Asian girl, 23", "Mature lady, 52", "new girl 23": a word for the advertised person, then
# her age, ended as in a list of names. Read on the folded text. Class first: the pattern
# starts at a digit that follows a letter and a space or a comma (``re`` skips to digits in
# C), and the word before it is checked in Python (``_person_word_before``). Linear: fixed
# look-behinds, one digit, a fixed look-ahead.
_PERSON_WORDS = frozenset(
    [
        "girl",
        "lady",
        "woman",
        "student",
        "escort",
        "blonde",
        "brunette",
        "redhead",
        "latina",
        "milf",
        "femme",
        "fille",
        "etudiante",
        "rousse",
    ]
)
_PERSON_AGE_RE = compile_linear(
    r"(?P<n>[0-9](?:(?<=[a-z][ ,][0-9])|(?<=[a-z], [0-9]))[0-9])(?![0-9'])" + _AGE_END
)


def _person_word_before(text: str, start: int) -> bool:
    """True when a word of ``_PERSON_WORDS`` ends just before ``start`` (", " between)."""
    r = start - 1
    while r > 0 and text[r - 1] in " ,":
        r -= 1
    k = r
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    return text[k:r] in _PERSON_WORDS


_PRONOUNS = [r"\bshe'?s", r"\bshe\s+is", r"\bhe'?s", r"\bhe\s+is", r"\belle\s+a", r"\bil\s+a"]
_PRONOUN_WORDS = word_prefixes(_PRONOUNS)
_PRONOUN_RE = compile_linear(
    class_first(_PRONOUNS)
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
        # clients, not the advertised person ("Men 40 and over")
        "men",
        "gentlemen",
        "guys",
        "client",
        "clients",
        "hommes",
        "messieurs",
        "gars",
        "appt",
    ]
)


def find_ages(
    folded: str,
    text: str | None = None,
    unit_matches: list[re.Match[str]] | None = None,
    person_matches: list[re.Match[str]] | None = None,
) -> list[AgeHit]:
    """Ages in ``folded`` (the folded, digitised text of one field).

    ``text`` is the same digitised text with its case kept (same length); when given,
    ages in lists of names ("Tina (29), Carla: [30]") are read too. ``unit_matches`` may
    pass the matches of the unit rule made where it may match (``digit_starts``): it is then
    not scanned for; so may ``person_matches`` for the person-word rule ("Asian girl, 23").
    """
    hits: list[AgeHit] = []
    taken: set[int] = set()
    passes = (
        (_UNIT_RE, "age.unit", 0.9),
        (_PREFIX_RE, "age.prefix", 0.8),
        (_PRONOUN_RE, "age.pronoun", 0.8),
        (_PERSON_AGE_RE, "age.person-word", 0.7),
    )
    for pattern, rule, conf in passes:
        made = unit_matches if pattern is _UNIT_RE else person_matches
        matches: Iterable[re.Match[str]]
        if pattern is _PREFIX_RE:
            matches = anchored(pattern, folded, token_starts(folded, _PREFIX_WORDS, False))
        elif pattern is _PRONOUN_RE:
            matches = anchored(pattern, folded, token_starts(folded, _PRONOUN_WORDS, False))
        else:
            matches = pattern.finditer(folded) if made is None else following(made)
        for m in matches:
            start = m.start("n")
            if start in taken:
                continue
            age = int(m.group("n"))
            if not MIN_AGE <= age <= MAX_AGE:
                continue
            if rule == "age.unit":
                if _range_end(folded, start):
                    # "20 et 22 ans" (two women) is a list, "entre 20 et 25 ans" a range
                    listed = _listed_before(folded, start)
                    if not listed or _someone_else(folded, listed[-1]):
                        continue
                    for k in listed:
                        if k not in taken:
                            taken.add(k)
                            hits.append(
                                AgeHit(int(folded[k : k + 2]), k, k + 2, "age.unit-list", 0.8)
                            )
                elif _someone_else(folded, start):
                    continue
            elif rule == "age.person-word" and (
                not _person_word_before(folded, start) or _someone_else(folded, start)
            ):
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
            hits.append(AgeHit(age, _name_start(text, m.start()), m.end(), "age.name-list", 0.7))
    hits.sort(key=lambda h: h.start)
    return hits


def _name_start(text: str, start: int) -> int:
    """Where the name read at ``start`` begins when it is the second half of a hyphenated
    name ("Léa-Rose 28", "Sarah-Ève (30)"): the span then holds the whole name, from which the
    link's aged names read it."""
    if start < 3 or text[start - 1] != "-":
        return start
    k = start - 1
    while k > 0 and ("a" <= text[k - 1] <= "z" or "\u00e0" <= text[k - 1] <= "\u00ff"):
        k -= 1
    if k == 0 or k == start - 1:
        return start
    k -= 1  # the capital that opens the first half
    if not ("A" <= text[k] <= "Z" or "\u00c0" <= text[k] <= "\u00dd"):
        return start
    if k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'-"):
        return start
    return k


_FIELD_RE = compile_linear(r"(?<!\d)(\d{1,2})(?!\d)")  # linear: one bounded class
FIELD_RULE = "age.form-field"
"""The rule of an age read from the site's own age field (``age_from_field``), not the text."""


def age_from_field(folded: str) -> int | None:
    """The site's age field ("19", "19 ans", "dix-neuf" already digitised), or None for junk."""
    m = _FIELD_RE.search(folded)
    if m is None:
        return None
    age = int(m.group(1))
    return age if MIN_AGE <= age <= 99 else None
