"""Phone numbers of the simulated market.

Canadian numbers are drawn from the 555 exchange (``NPA-555-XXXX``), which
``phonenumbers`` accepts as valid for every area code used here and which is not
assigned to real subscribers. Foreign numbers come from ranges regulators
reserve for fiction (France ``+33 1 99 00 ..``, UK ``+44 20 7946 0...``,
Australia ``+61 491 570 15x``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ForeignPhone:
    """A foreign number as an ad would write it, with the country named beside it."""

    e164: str
    display: str
    country_fr: str
    country_en: str


FOREIGN_PHONES: tuple[ForeignPhone, ...] = (
    ForeignPhone("+33199001217", "+33 1 99 00 12 17", "France", "France"),
    ForeignPhone("+33199001224", "+33 1 99 00 12 24", "France", "France"),
    ForeignPhone("+33199003456", "+33 1 99 00 34 56", "France", "France"),
    ForeignPhone("+442079460123", "+44 20 7946 0123", "Royaume-Uni", "UK"),
    ForeignPhone("+442079460457", "+44 20 7946 0457", "Royaume-Uni", "UK"),
    ForeignPhone("+61491570156", "+61 491 570 156", "Australie", "Australia"),
    ForeignPhone("+61491570158", "+61 491 570 158", "Australie", "Australia"),
)


def e164(national: str) -> str:
    """E.164 form of a 10-digit North American number."""
    return "+1" + national


LINES_PER_AREA = 10_000
"""Numbers of the 555 exchange in one area code (NPA-555-0000 to NPA-555-9999)."""


@dataclass
class PhoneAllocator:
    """Hands out distinct 555 numbers, so two operators never share one by accident."""

    rng: random.Random
    used: set[str] = field(default_factory=set)
    per_area: dict[str, int] = field(default_factory=dict)

    def new(self, area_codes: tuple[str, ...]) -> str:
        """A fresh 10-digit national number in one of ``area_codes`` (first ones likelier).

        Raises ``ValueError`` when the 555 exchange of every one of ``area_codes`` is used up
        (a market far larger than one region's 10,000 numbers per area code).
        """
        open_codes = tuple(a for a in area_codes if self.per_area.get(a, 0) < LINES_PER_AREA)
        if not open_codes:
            raise ValueError(
                f"no 555 number left in area codes {', '.join(area_codes)} "
                f"({LINES_PER_AREA:,} each): generate fewer operators per market, or several "
                "markets with other area codes"
            )
        weights = [3.0, 1.5, 1.0][: len(open_codes)]
        while True:
            area = self.rng.choices(open_codes, weights=weights)[0]
            number = f"{area}555{self.rng.randrange(LINES_PER_AREA):04d}"
            if number not in self.used:
                self.used.add(number)
                self.per_area[area] = self.per_area.get(area, 0) + 1
                return number
