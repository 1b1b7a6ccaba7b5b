"""One scan of a field's digit runs for every rule that starts with the number.

The age-unit rule ("21 ans"), the amount-unit price rule ("150 roses/hh") and the bare
amount rule ("150$") each start at the first digit of a digit run. Scanned separately, each
costs a pass over the whole field in which ``re`` checks every character against its first
class (most of a scan's cost on a 600-character ad, whatever the pattern). :func:`digit_starts`
reads the field once, stopping at run starts only, and tests the three rules there as
look-aheads: it gives, for each rule, the positions where the rule matches. The extractors
then run each rule anchored at its positions (``patterns.anchored``), which gives exactly the
matches of a ``finditer`` over the field: a rule matches nowhere else, and ``anchored``
skips positions inside the last match as ``finditer`` does.
"""

from __future__ import annotations

import re
from typing import Final

from balise.extract.ages import _PERSON_AGE_RE, _UNIT_RE
from balise.extract.patterns import compile_linear
from balise.extract.prices import _AMOUNT_UNIT_RE, _BARE_RE

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


# Linear: the scan reads each character once (a single class, no repeat), and at a run
# start each look-ahead is one anchored attempt of a linear rule (see ``ages``, ``prices``).
# The empty groups say which look-aheads held; the conditional keeps positions where one did.
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


class DigitStarts:
    """Where each number-first rule matches in one field (ascending positions)."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("unit", "amount_unit", "bare", "person")

    def __init__(
        self,
        unit: list[int],
        amount_unit: list[int],
        bare: list[int],
        person: list[int],
    ) -> None:
        self.unit: Final[list[int]] = unit  # ages._UNIT_RE
        self.amount_unit: Final[list[int]] = amount_unit  # prices._AMOUNT_UNIT_RE
        self.bare: Final[list[int]] = bare  # prices._BARE_RE
        self.person: Final[list[int]] = person  # ages._PERSON_AGE_RE


def digit_starts(text: str) -> DigitStarts:
    """The positions where each number-first rule matches ``text`` (a folded digitised
    field; after ``clean`` every decimal digit is ASCII, so ``[0-9]`` finds every ``\\d``)."""
    unit: list[int] = []
    amount_unit: list[int] = []
    bare: list[int] = []
    person: list[int] = []
    for m in _DIGIT_STARTS_RE.finditer(text):
        s = m.start()
        # one call for the four groups (each a method call on the match)
        u, a, b, p = m.group("unit", "amount_unit", "bare", "person")
        if u is not None:
            unit.append(s)
        if a is not None:
            amount_unit.append(s)
        if b is not None:
            bare.append(s)
        if p is not None:
            person.append(s)
    return DigitStarts(unit, amount_unit, bare, person)
