"""The digit runs of a field, read once, for every rule that starts with the number.

The age-unit rule ("21 ans"), the amount-unit price rule ("150 roses/hh"), the bare amount
rule ("150$") and the person-word age rule ("girl, 23") each start at the first digit of a
digit run. Scanned separately, each costs a pass over the whole field in which ``re`` checks
every character against its first class (~40 instructions a character). :func:`digit_starts`
takes the runs from one C loop (``digit_runs``: each run with the character after it) and
matches each rule, alone, at the runs where it may match (its number's length and what it
reads next). The extractors take these matches (``patterns.following``), which gives exactly
the matches of a ``finditer`` over the field: a rule matches nowhere else, and ``following``
skips matches inside the last one kept as ``finditer`` does.
"""

from __future__ import annotations

import re
from typing import Final

from balise.extract.ages import _PERSON_AGE_RE, _UNIT_RE
from balise.extract.normalise import digit_runs
from balise.extract.patterns import compile_linear
from balise.extract.prices import _AMOUNT_UNIT_RE, _BARE_RE, _CUR, _SEP, _UNIT_FIRST
from balise.extract.rules import ALL_RULES

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _rest(pattern: re.Pattern[str], first: str, check: str = "") -> str:
    r"""``pattern``'s source after its first character ``first`` (which the scan has read),
    groups unnamed so the three can sit in one pattern; ``check`` tests that character.

    Each rule's first character is a digit whose look-behind is written after it
    ("\d(?<![..]\d)"), so the look-behind reads the same characters from the position after
    it, where the look-ahead starts.
    """
    source = _NAMED_GROUP.sub("(?:", pattern.pattern)
    if not source.startswith("(?:" + first):
        raise ValueError(f"{pattern.pattern[:40]} does not start with {first}")
    return "(?:" + check + source[3 + len(first) :]


# The four rules as look-aheads at every digit-run start, in one scan (round 10's digit-run
# scan): the specification ``digit_starts`` is held to (tests/extract/test_scan.py), no longer
# run by it. Linear: the scan reads each character once (a single class, no repeat), and at a
# run start each look-ahead is one anchored attempt of a linear rule (see ``ages``,
# ``prices``). The empty groups say which look-aheads held; the conditional keeps positions
# where one did.
_DIGIT = r"\d"
_UNIT_REST = _rest(_UNIT_RE, _DIGIT)
_AMOUNT_UNIT_REST = _rest(_AMOUNT_UNIT_RE, _DIGIT)
_BARE_REST = _rest(_BARE_RE, "[1-9]", "(?<=[1-9])")
_PERSON_REST = _rest(_PERSON_AGE_RE, "[0-9]")
_DIGIT_STARTS_RE = compile_linear(
    r"[0-9](?<![0-9].)"
    rf"(?:(?={_UNIT_REST})(?P<unit>)|)"
    rf"(?:(?={_AMOUNT_UNIT_REST})(?P<amount_unit>)|)"
    rf"(?:(?={_BARE_REST})(?P<bare>)|)"
    rf"(?:(?={_PERSON_REST})(?P<person>)|)"
    r"(?(unit)|(?(amount_unit)|(?(bare)|(?(person)|(?!)))))"
)


def _firsts(alternation: str) -> str:
    """The first characters of an alternation of words ("\\$\\s*cad|roses?|🌹|per\\b"):
    each alternative must begin with a literal character (escaped or not)."""
    out: list[str] = []
    for alt in alternation.split("|"):
        c = alt[1] if alt.startswith("\\") else alt[:1]
        if not c or (not alt.startswith("\\") and c in "()[].?*+{^$"):
            raise ValueError(f"{alt!r} does not begin with a literal character")
        out.append(c)
    return "".join(sorted(set(out)))


# What the rules read first after their number and the white space after it (every repeat
# of spaces in them is of ``\\s`` or of the ``regex`` module's narrower white space): the age
# unit rule a "-" or an age unit (its number is one or two digits); the amount-unit rule a
# currency, a separator ("/", "per", ...), the "1" of "1h" or a unit (its number two to four
# digits); the bare amount a currency (two to four digits). The person-word rule reads a
# two-digit number after a letter and a space or a comma. A rule is tried at a run only where
# it may match (a ``match`` call costs ~1.5 k instructions even where it fails at once, and
# most digit runs of an ad, in phones, sizes and hours, start no rule); a run followed by a
# decimal digit of another script (which ``\\d`` reads) is tried by every rule that reads
# ``\\d``. (``_firsts`` also splits at a "|" inside a group: a few more characters, never
# fewer.)
_UNIT_NEXT: Final = frozenset("-" + _firsts("|".join(u for r in ALL_RULES for u in r.age_units)))
_CUR_NEXT: Final = frozenset(_firsts(_CUR.removeprefix("(?P<cur>").removesuffix(")")))
_AMOUNT_NEXT: Final = _CUR_NEXT | frozenset(_firsts(_SEP) + "1" + _UNIT_FIRST)
_PERSON_BEFORE: Final = frozenset(" ,")


class DigitStarts:
    """The matches of each number-first rule in one field (ascending starts), each made where
    the rule was tried alone (``patterns.following`` then gives what a scan finds)."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("unit", "amount_unit", "bare", "person")

    def __init__(
        self,
        unit: list[re.Match[str]],
        amount_unit: list[re.Match[str]],
        bare: list[re.Match[str]],
        person: list[re.Match[str]],
    ) -> None:
        self.unit: Final[list[re.Match[str]]] = unit  # ages._UNIT_RE
        self.amount_unit: Final[list[re.Match[str]]] = amount_unit  # prices._AMOUNT_UNIT_RE
        self.bare: Final[list[re.Match[str]]] = bare  # prices._BARE_RE
        self.person: Final[list[re.Match[str]]] = person  # ages._PERSON_AGE_RE


def digit_starts(text: str) -> DigitStarts:
    """Each number-first rule matched at the starts of the digit runs of ``text`` (a folded
    digitised field) where it may match (see ``_UNIT_NEXT``).

    Each rule starts with a digit not after a digit (its look-behind refuses one), so it
    matches nowhere but at a run start (``digit_runs``, in C); it is tried there with
    ``match``, the match kept for the extractor, which would otherwise make it again. The
    starts are those of the four look-aheads of ``_DIGIT_STARTS_RE`` (tests/extract/test_scan.py
    compares them), one ``match`` per rule that may hold instead of one for the four.
    """
    unit: list[re.Match[str]] = []
    amount_unit: list[re.Match[str]] = []
    bare: list[re.Match[str]] = []
    person: list[re.Match[str]] = []
    for s, e, nxt in digit_runs(text):
        n = e - s
        other = nxt > "\x7f" and nxt.isdecimal()  # another script's digit: \d reads on
        if n <= 2 and nxt in _UNIT_NEXT or other:
            m = _UNIT_RE.match(text, s)
            if m is not None:
                unit.append(m)
        if 2 <= n <= 4 and nxt in _AMOUNT_NEXT or other:
            m = _AMOUNT_UNIT_RE.match(text, s)
            if m is not None:
                amount_unit.append(m)
            if nxt in _CUR_NEXT or other:
                m = _BARE_RE.match(text, s)
                if m is not None:
                    bare.append(m)
        if n == 2 and s > 0 and text[s - 1] in _PERSON_BEFORE:
            m = _PERSON_AGE_RE.match(text, s)
            if m is not None:
                person.append(m)
    return DigitStarts(unit, amount_unit, bare, person)
