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


def measure(view: ClusterView) -> Finding | None:
    stops = [
        (ad.posted_at, ex.city, ad, ex)
        for ad, ex in zip(view.ads, view.extractions, strict=True)
        if ex.city
    ]
    if len({s[1] for s in stops}) < 2:
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
    metro = {s[1] for s in stops} & METRO
    if len(metro) >= 2:
        strength = min(1.0, strength + 0.15)
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for _, city, ad, ex in stops[best_start:]:
        if city not in seen:
            seen.add(city)
            evidence.append(value_evidence(ad, ex, "place", city, "city "))
    detail = f"{best} cities within {WINDOW.days} days"
    if len(metro) >= 2:
        detail += f"; crosses {', '.join(sorted(metro))}"
    return Finding(strength, tuple(evidence), detail)


INDICATOR = Indicator(
    id="city-circuit",
    version=1,
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
