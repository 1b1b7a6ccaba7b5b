"""Local: every ad in one city over weeks."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.library._venue_signs import shows_a_venue
from balise.indicators.library.handler_wording import handler_speaks
from balise.indicators.library.phone_rotation import replaced_again_and_again

MIN_DAYS = 14


def measure(view: ClusterView) -> Finding | None:
    cities = {ex.city for ex in view.extractions if ex.city}
    if len(cities) != 1 or len(view.ads) < 3 or view.span_days < MIN_DAYS:
        return None
    if replaced_again_and_again(view):  # after the cheap tests above, which settle most
        return None
    # "She works where she lives" is the counter's claim; where a handler takes the bookings
    # ("Manager answers", "pay him at the door"), where she works is his choice, and a venue
    # run that way keeps one address by nature (third blind market).
    if handler_speaks(view):
        return None
    # A place with two signs of an exploitative venue keeps one address by nature (fourth blind
    # market: three parlours were held under the flag by this counter). Several women each
    # saying "I" through one line do not take it away, as they do ``stable-phone``: that is
    # also how one worker with a work name per site looks (blind: b-ind-27, holdout: h-ind-01,
    # 0.34 -> 0.46 when tried), and here the line's stability is not what is claimed.
    if shows_a_venue(view):
        return None
    city = next(iter(cities))
    first = next((a, e) for a, e in zip(view.ads, view.extractions, strict=True) if e.city)
    last = next(
        (a, e)
        for a, e in zip(reversed(view.ads), reversed(view.extractions), strict=True)
        if e.city
    )
    evidence = tuple(value_evidence(a, e, "place", city, "city ") for a, e in (first, last))
    return Finding(1.0, evidence, f"every ad in {city} for {view.span_days:.0f} days")


INDICATOR = Indicator(
    id="local-only",
    version=3,
    category="counter-indicator",
    label_fr="Toujours au même endroit",
    label_en="Local",
    description_fr="Toutes les annonces dans une seule ville pendant des semaines : "
    "pas de déplacement sur un circuit.",
    description_en="Every ad in one city for weeks: no movement on a circuit.",
    citation=f"{citations.RCMP_2010} (the converse of circuit movement)",
    default_weight=-0.5,
    level="cluster",
    signal="network",
    measure=measure,
)
