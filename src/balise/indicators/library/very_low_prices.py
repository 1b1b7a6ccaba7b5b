"""Very low prices for the market."""

from __future__ import annotations

import re

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.schema import AdRecord, Evidence, Price

LOW_HOURLY_CAD = 100
"""Hourly-equivalent price at or below which a rate is "very low" in the Montréal area, where
independent escort rates are commonly two to three times that. A market constant: recalibrate
per market (it is documented in docs/indicators.md)."""


def hourly(amount: int, minutes: int | None) -> float | None:
    if minutes is None or not 15 <= minutes <= 120 or amount <= 0:
        return None
    return amount * 60.0 / minutes


SPECIAL_MINUTES = 30
"""The duration a "special" with none stated is read for: a parlour's "$40 special" is its house
fee for the shortest session, the half hour (three blind markets' writers put one on a venue,
none on an independent)."""
_SPECIAL = re.compile(r"sp[ée]cial", re.IGNORECASE)
_NEAR = 12  # characters between the amount and the word: "$40 special", "Special 50$"


def _minutes(ad: AdRecord, price: Price) -> int | None:
    """The price's stated duration, else ``SPECIAL_MINUTES`` for a "special" (the word right
    before or after the amount), else None (a deposit, a price whose unit is unknown)."""
    if price.minutes is not None:
        return price.minutes
    span = price.span
    text = ad.field_text(span.field)
    if text[span.start : span.end] != span.text:
        return None  # the span does not point into this field: read nothing into it
    near = text[max(0, span.start - _NEAR) : span.end + _NEAR]
    return SPECIAL_MINUTES if _SPECIAL.search(near) else None


def measure(view: ClusterView) -> Finding | None:
    priced = 0
    low = 0
    evidence: list[Evidence] = []
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        rates = [(p, hourly(p.amount, _minutes(ad, p))) for p in ex.prices]
        rates = [(p, r) for p, r in rates if r is not None]
        if not rates:
            continue
        priced += 1
        cheapest = min(rates, key=lambda pr: pr[1] or 0.0)
        if (cheapest[1] or 0.0) <= LOW_HOURLY_CAD:
            low += 1
            span = cheapest[0].span
            evidence.append(
                Evidence(ex.source, ex.ad_id, span.text, span.field, span.start, span.end)
            )
    if not low:
        return None
    return Finding(
        low / priced,
        tuple(evidence),
        f"{low} of {priced} priced ads at or under {LOW_HOURLY_CAD}$/h",
    )


INDICATOR = Indicator(
    id="very-low-prices",
    version=2,
    category="exploitative-venue",
    label_fr="Prix très bas",
    label_en="Very low prices",
    description_fr="Tarifs très inférieurs au marché : volume imposé, argent qui va à un tiers.",
    description_en="Rates far below the market: imposed volume, money going to a third party.",
    citation=f"{citations.FINTRAC_2016}; {citations.UNODC_INDICATORS}",
    default_weight=1.0,
    level="ad",
    signal="fact",
    measure=measure,
)
