"""Prices with their unit and duration: "150 roses/hh", "200$/h", "QV 100", "1h: 250$"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from balise.extract.patterns import compile_linear
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


_UNIT_ALT = "|".join(
    k.replace("/", r"\s*/\s*").replace(" ", r"\s*") for k in sorted(_UNITS, key=len, reverse=True)
)
_CUR = r"(?P<cur>\$\s*cad|\$|roses?|dollars?|bucks|cad|usd|€|euros?)"
_AMOUNT_UNIT_RE = _linear(
    rf"(?P<amt>\d(?<![\d.,/:\-]\d)\d{{1,3}})(?!\d)\s*(?:{_CUR})?\s*(?P<sep>/|per\b|par\b|pour\b|for\b|"
    rf"la\b|le\b|an?\b|-|:)?\s*(?:1\s*)?(?P<unit>{_UNIT_ALT})(?![a-z])"
)
_UNIT_AMOUNT_RE = _linear(
    rf"(?<![a-z0-9])(?P<unit>{_UNIT_ALT})\s*[:=\-]?\s*(?P<cur1>\$)?\s*(?P<amt>\d{{2,4}})(?![\d'\"])"
    rf"\s*(?:{_CUR})?(?!\s*(?:ans|yo|years|min|h\b))"
)
_BARE_RE = _linear(
    rf"(?P<amt>\d(?<![\d.,/]\d)\d{{1,3}})(?!\d)\s*{_CUR}|(?P<cur2>\$)\s*(?P<amt2>\d{{2,4}})(?!\d)"
)
_NORMAL_UNIT = compile_linear(r"\s+")


@dataclass(frozen=True, slots=True)
class PriceHit:
    amount: int
    currency: str
    minutes: int | None
    label: str
    start: int
    end: int
    rule: str


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


def find_prices(folded: str) -> list[PriceHit]:
    """Prices in ``folded`` (folded, digitised text of one field)."""
    hits: list[PriceHit] = []
    used: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in used)

    for m in _AMOUNT_UNIT_RE.finditer(folded):
        amount = int(m.group("amt"))
        unit = m.group("unit")
        # A bare "h"/"min" straight after a number is an hour or a duration ("10h", "30 min")
        # unless money or a "/" says it is a price.
        if m.group("cur") is None and m.group("sep") is None and unit.strip() in ("h", "hr"):
            continue
        if m.group("cur") is None and m.group("sep") is None and "min" in unit:
            continue
        if not MIN_PRICE <= amount <= MAX_PRICE or not free(*m.span()):
            continue
        label, minutes = _unit(unit)
        used.append(m.span())
        hits.append(
            PriceHit(
                amount,
                _currency(m.group("cur")),
                minutes,
                label,
                m.start(),
                m.end(),
                "price.amount-unit",
            )
        )
    for m in _UNIT_AMOUNT_RE.finditer(folded):
        amount = int(m.group("amt"))
        if not MIN_PRICE <= amount <= MAX_PRICE or not free(*m.span()):
            continue
        label, minutes = _unit(m.group("unit"))
        used.append(m.span())
        hits.append(
            PriceHit(
                amount,
                _currency(m.group("cur")),
                minutes,
                label,
                m.start(),
                m.end(),
                "price.unit-amount",
            )
        )
    for m in _BARE_RE.finditer(folded):
        amount = int(m.group("amt") or m.group("amt2"))
        if not MIN_PRICE <= amount <= MAX_PRICE or not free(*m.span()):
            continue
        used.append(m.span())
        hits.append(
            PriceHit(
                amount,
                _currency(m.group("cur")),
                None,
                "unknown",
                m.start(),
                m.end(),
                "price.amount",
            )
        )
    hits.sort(key=lambda h: h.start)
    return hits
