"""Movement through several cities in a short time (a circuit), across jurisdictions."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.measures import step_strength
from balise.schema import Evidence

WINDOW = timedelta(days=21)
METRO = frozenset({"montreal", "laval", "longueuil"})  # the three police territories
# Neighbouring places of one urban area count as one stop of a circuit: a woman who lives in
# Laval and sees clients in Montréal, or works both sides of the Ottawa river, has not moved
# (third blind market: 8 of its 51 independents "toured" Laval <-> Montréal). Crossing the three
# police territories is still said, and weighs (METRO_CROSSING).
AREAS = {
    "montreal": "greater-montreal",
    "laval": "greater-montreal",
    "longueuil": "greater-montreal",
    "rive-nord": "greater-montreal",
    "ottawa": "ottawa-gatineau",
    "gatineau": "ottawa-gatineau",
    # Québec City and Lévis face each other across the river (fifth blind market: an agency of
    # Québec that also books in Lévis "toured")
    "quebec": "quebec-levis",
    "levis": "quebec-levis",
}
METRO_CROSSING = {2: 0.15, 3: 0.45}
"""Added strength for ads in two or in all three of the police territories: a round of all
three within weeks is a circuit of its own (first blind market: "moved Montréal-Laval-
Longueuil"), one neighbour city is not."""


def measure(view: ClusterView) -> Finding | None:
    stops = [
        (ad.posted_at, AREAS.get(ex.city, ex.city), ad, ex)
        for ad, ex in zip(view.ads, view.extractions, strict=True)
        if ex.city
    ]
    metro = METRO.intersection(s[3].city or "" for s in stops)
    if len({s[1] for s in stops}) < 2 and len(metro) < 2:
        return None
    # Most distinct cities within any WINDOW (two pointers over the time-sorted ads).
    best = 0
    best_start = 0
    lo = 0
    in_window: Counter[str] = Counter()
    for hi in range(len(stops)):
        in_window[stops[hi][1]] += 1
        while stops[hi][0] - stops[lo][0] > WINDOW:
            city = stops[lo][1]
            in_window[city] -= 1
            if not in_window[city]:
                del in_window[city]
            lo += 1
        if len(in_window) > best:
            best, best_start = len(in_window), lo
    strength = step_strength(best, ((2, 0.3), (3, 0.7), (4, 1.0)))
    strength = min(1.0, strength + METRO_CROSSING.get(len(metro), 0.0))
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for _, _, ad, ex in stops[best_start:] if best > 1 else stops:
        city = ex.city or ""
        if city not in seen:
            seen.add(city)
            evidence.append(value_evidence(ad, ex, "place", city, "city "))
    detail = f"{best} {'areas' if best > 1 else 'area'} within {WINDOW.days} days"
    if len(metro) >= 2:
        detail += f"; crosses {', '.join(sorted(metro))}"
    return Finding(strength, tuple(evidence), detail)


INDICATOR = Indicator(
    id="city-circuit",
    version=3,
    category="trafficking",
    label_fr="Circuit entre plusieurs villes",
    label_en="Circuit through several cities",
    description_fr="Les annonces passent par plusieurs villes en peu de temps, y compris entre "
    "Montréal, Laval et Longueuil : les victimes sont déplacées sur des circuits.",
    description_en="The ads move through several cities in a short time, including across "
    "Montréal, Laval and Longueuil: victims are moved on circuits.",
    citation=f"{citations.RCMP_2010}; {citations.KESKIN_2021}; {citations.IBANEZ_2014}",
    default_weight=1.2,
    level="cluster",
    signal="network",
    measure=measure,
)
