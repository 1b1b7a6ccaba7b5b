"""Prices with their unit and duration: "150 roses/hh", "200$/h", "QV 100", "1h: 250$"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from balise.extract.normalise import minimal_prefixes, word_starts
from balise.extract.patterns import anchored, compile_linear, following
from balise.extract.rules import ALL_RULES

MIN_PRICE = 40
MAX_PRICE = 3000

_UNITS: dict[str, tuple[str, int | None]] = {}
for _rules in ALL_RULES:
    _UNITS.update(_rules.price_units)
# The price patterns have optional pieces between runs of spaces ("150 $ / h"). Every \s*
# is possessive (\s*+): the piece after it never starts with a space, so this finds the
# same matches, and without backtracking over spaces the patterns are linear and run
# with the stdlib ``re`` (no timeout needed). The amount's look-behind is written after its
# first digit ("\d(?<![..]\d)" tests the same character as "(?<![..])\d") so that ``re``
# can skip in C to the next digit instead of trying the pattern at every position.


def _linear(source: str) -> re.Pattern[str]:
    return compile_linear(source.replace(r"\s*", r"\s*+"))


def _unit_source(key: str) -> str:
    return key.replace("/", r"\s*/\s*").replace(" ", r"\s*")


_UNIT_KEYS = sorted(_UNITS, key=len, reverse=True)
_UNIT_ALT = "|".join(_unit_source(k) for k in _UNIT_KEYS)
# The same alternation, class first for a unit that starts a match: "[..](?<![a-z0-9].)"
# tests the character before the unit as "(?<![a-z0-9])" did; units are grouped by their
# first character ("(?<=q)(?:uick...|v)"), in their order within a group (units with
# different first characters never match at the same position), so one look-behind per
# character is tested instead of one per unit.
_UNIT_FIRST = "".join(sorted({re.escape(k[0]) for k in _UNIT_KEYS}))
_UNIT_GROUPS: dict[str, list[str]] = {}
for _key in _UNIT_KEYS:
    _UNIT_GROUPS.setdefault(_key[0], []).append(_unit_source(_key[1:]))
_UNIT_CLASS_FIRST = (
    rf"[{_UNIT_FIRST}](?<![a-z0-9].)(?:"
    + "|".join(f"(?<={re.escape(c)})(?:{'|'.join(rests)})" for c, rests in _UNIT_GROUPS.items())
    + ")"
)
# Every match of _UNIT_AMOUNT_RE starts a [a-z0-9]+ word of the folded text (the look-behind
# refuses [a-z0-9] before it), and that word is known from the unit: a key's [a-z0-9] runs
# are read glued where a space between them matched none ("1 heure" as "1heure"), and the
# word ends at the first space, "/" or "-" read, or after the whole key, where what follows a
# unit (spaces, ":", "=", "-", "$" or the amount's digits) begins: so the word is one of
# ``_UNIT_WHOLES`` (the key's runs glued up to a separator, or all of them) or begins with the
# key glued then a digit ("qv100", "1h250"). The rule is tried at those words alone
# (``word_starts``, in C), where a class-first scan stopped at every character of
# _UNIT_FIRST (and round 10's first-word prefixes at every "h" word and every number that
# begins with 1, 2, 30...).
_KEY_RUNS = re.compile(r"([a-z0-9]+)([ /\-]|$)")


def _unit_words(keys: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(wholes, prefixes) for ``word_starts``: the words a unit key can begin a match with.

    A one-character key glued ("h") gives its prefixes with each digit ("h0".."h9"), so that
    not every word that begins with "h" is tried; longer keys are prefixes as they are (a
    word that begins with "qv" or "overnight" is rare enough)."""
    wholes: set[str] = set()
    prefixes: list[str] = []
    for key in keys:
        glued = ""
        pos = 0
        for m in _KEY_RUNS.finditer(key):
            if m.start() != pos:
                raise ValueError(f"unit {key!r}: not [a-z0-9] runs joined by ' ', '/' or '-'")
            pos = m.end()
            glued += m.group(1)
            wholes.add(glued)
            if m.group(2) in ("/", "-"):
                break  # the word ends at the "/" or "-"
        else:
            if pos != len(key):
                raise ValueError(f"unit {key!r}: not [a-z0-9] runs joined by ' ', '/' or '-'")
            if len(glued) == 1:
                prefixes.extend(glued + d for d in "0123456789")
            else:
                prefixes.append(glued)
    return tuple(sorted(wholes)), minimal_prefixes(prefixes)


_UNIT_WHOLES, _UNIT_PREFIXES = _unit_words(_UNIT_KEYS)
_CUR = r"(?P<cur>\$\s*cad|\$|roses?|🌹|dollars?|bucks|cad|usd|€|euros?)"
# What may stand between an amount and its unit ("150/h", "150 per hour", "150 pour 1h").
_SEP = r"/|per\b|par\b|pour\b|for\b|de\s+l'|de\s+la\b|la\b|le\b|an?\b|-|:"
_AMOUNT_UNIT_RE = _linear(
    rf"(?P<amt>\d(?<![\d.,/:\-]\d)\d{{1,3}})(?!\d)\s*(?:{_CUR})?\s*(?P<sep>{_SEP})?"
    rf"\s*(?P<one>1\s*)?(?P<unit>{_UNIT_ALT})(?![a-z])"
)
_UNIT_AMOUNT_RE = _linear(
    rf"(?P<unit>{_UNIT_CLASS_FIRST})\s*[:=\-]?\s*(?P<cur1>\$)?\s*(?P<amt>\d{{2,4}})(?![\d'\"])"
    rf"\s*(?:{_CUR})?(?!\s*(?:ans|yo|years|min))"
)
# A bare amount: "150 roses" or "$150". Two patterns (each starts with a character class,
# which an alternation of groups does not) merged by ``_bare`` as one alternation would.
_BARE_RE = _linear(rf"(?P<amt>[1-9](?<![\d.,/\-].)\d{{1,3}})(?!\d)\s*{_CUR}")
_DOLLAR_RE = _linear(r"(?P<cur2>\$)\s*(?P<amt2>\d{2,4})(?!\d)")


def _bare(
    text: str, made: list[re.Match[str]] | None = None
) -> list[tuple[int, int, int, str | None]]:
    """(start, end, amount, currency word) of the matches of "_BARE_RE|_DOLLAR_RE".

    Leftmost match first, the first pattern winning at the same position, the next search
    starting where the last match ended: what ``finditer`` of the alternation gives.
    ``made`` may pass the matches of _BARE_RE made where it may match (``digit_starts``);
    its matches never overlap (each ends at its currency, before the next digit run), so the
    next one at or after a position is the next of these.
    """
    out: list[tuple[int, int, int, str | None]] = []
    pos = 0
    bare: Iterator[re.Match[str]] | None = None
    if made is None:
        a = _BARE_RE.search(text)
    else:
        bare = iter(following(made))
        a = next(bare, None)
    b = _DOLLAR_RE.search(text)
    while a is not None or b is not None:
        if a is not None and (b is None or a.start() <= b.start()):
            out.append((a.start(), a.end(), int(a.group("amt")), a.group("cur")))
        elif b is not None:
            out.append((b.start(), b.end(), int(b.group("amt2")), None))
        pos = out[-1][1]
        if bare is not None:
            while a is not None and a.start() < pos:
                a = next(bare, None)
        elif a is not None and a.start() < pos:
            a = _BARE_RE.search(text, pos)
        if b is not None and b.start() < pos:
            b = _DOLLAR_RE.search(text, pos)
    return out


_NORMAL_UNIT = compile_linear(r"\s+")


class PriceHit:
    """One price found in a field (positions in the text searched)."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("amount", "currency", "minutes", "label", "start", "end", "rule")

    def __init__(
        self,
        amount: int,
        currency: str,
        minutes: int | None,
        label: str,
        start: int,
        end: int,
        rule: str,
    ) -> None:
        self.amount: Final[int] = amount
        self.currency: Final[str] = currency
        self.minutes: Final[int | None] = minutes
        self.label: Final[str] = label
        self.start: Final[int] = start
        self.end: Final[int] = end
        self.rule: Final[str] = rule


def _currency(token: str | None) -> str:
    if token is None:
        return "CAD"
    t = token.lower()
    if t.startswith("€") or t.startswith("euro"):
        return "EUR"
    if t == "usd":
        return "USD"
    return "CAD"


def _unit(token: str) -> tuple[str, int | None]:
    key = _NORMAL_UNIT.sub(" ", token.lower().strip())
    return _UNITS.get(key) or _UNITS.get(key.replace(" ", "")) or ("unknown", None)


def _paired(m: re.Match[str], rule: str) -> PriceHit:
    """The price of a match of an amount with its unit (either order)."""
    label, minutes = _unit(m.group("unit"))
    return PriceHit(
        int(m.group("amt")), _currency(m.group("cur")), minutes, label, m.start(), m.end(), rule
    )


def find_prices(
    folded: str,
    amount_unit_matches: list[re.Match[str]] | None = None,
    bare_matches: list[re.Match[str]] | None = None,
) -> list[PriceHit]:
    """Prices in ``folded`` (folded, digitised text of one field).

    ``amount_unit_matches`` and ``bare_matches`` may pass the matches of the amount-first
    rules made where they may match (``digit_starts``, both or neither): they are then not
    scanned for.

    Rate lists are written amount first ("160 roses/hh, 250 roses/h") or unit first
    ("1/2h 160$ 1h 250$", "QV 100 / 30min 160"): in a list, an amount sits between two units,
    and pairing it with the wrong one shifts every price. The candidates of both orders are
    taken leftmost first, so the list's first token decides the order for the whole list.
    """
    hits: list[PriceHit] = []
    used: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in used)

    candidates: list[tuple[int, int, PriceHit]] = []
    amount_unit = (
        _AMOUNT_UNIT_RE.finditer(folded)
        if amount_unit_matches is None
        else following(amount_unit_matches)
    )
    for m in amount_unit:
        amount = int(m.group("amt"))
        unit = m.group("unit")
        # A bare "h"/"min" straight after a number is an hour or a duration ("10h", "30 min")
        # unless money, a "/" or a "1" ("250 1h") says it is a price.
        plain = m.group("cur") is None and m.group("sep") is None and m.group("one") is None
        if plain and unit.strip() in ("h", "hr"):
            continue
        if plain and "min" in unit:
            continue
        if MIN_PRICE <= amount <= MAX_PRICE:
            candidates.append((m.start(), 0, _paired(m, "price.amount-unit")))
    unit_starts = word_starts(folded, _UNIT_WHOLES, _UNIT_PREFIXES)
    for m in anchored(_UNIT_AMOUNT_RE, folded, unit_starts):
        if MIN_PRICE <= int(m.group("amt")) <= MAX_PRICE:
            candidates.append((m.start(), 1, _paired(m, "price.unit-amount")))
    candidates.sort(key=lambda c: (c[0], c[1]))
    for _, _, hit in candidates:
        if free(hit.start, hit.end):
            used.append((hit.start, hit.end))
            hits.append(hit)
    for start, end, amount, cur in _bare(folded, bare_matches):
        if not MIN_PRICE <= amount <= MAX_PRICE or not free(start, end):
            continue
        used.append((start, end))
        hits.append(
            PriceHit(
                amount,
                _currency(cur),
                None,
                "unknown",
                start,
                end,
                "price.amount",
            )
        )
    hits.sort(key=lambda h: h.start)
    return hits
