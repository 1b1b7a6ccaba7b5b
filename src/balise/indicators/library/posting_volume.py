"""Posting volume and bumping: many ads (and reposts) per person per week."""

from __future__ import annotations

from collections import Counter

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.schema import Evidence

BUSY = 4.0  # ads per person per week that an independent worker rarely exceeds
VERY_BUSY = 14.0


def measure(view: ClusterView) -> Finding | None:
    if len(view.ads) < 4:
        return None
    persons = max(1, view.person_count)
    rate = len(view.ads) / persons / view.weeks_active
    if rate < BUSY:
        return None
    strength = min(1.0, (rate - BUSY) / (VERY_BUSY - BUSY) + 0.2)
    hashes = Counter(ad.content_hash for ad in view.ads if ad.content_hash)
    reposts = sum(n - 1 for n in hashes.values())
    evidence = tuple(
        Evidence(ad.source, ad.ad_id, f"posted {ad.posted_at:%Y-%m-%d %H:%M}")
        for ad in view.ads[:: max(1, len(view.ads) // 4)][:4]
    )
    detail = f"{rate:.1f} ads per person per week over {view.weeks_active:.1f} weeks"
    if reposts:
        detail += f", {reposts} reposts"
    return Finding(strength, evidence, detail)


INDICATOR = Indicator(
    id="posting-volume",
    version=1,
    category="trafficking",
    label_fr="Volume de publication élevé",
    label_en="High posting volume and bumping",
    description_fr="Beaucoup d'annonces et de republications par personne et par semaine : "
    "un rythme imposé. Aussi le cas d'agences actives : poids faible.",
    description_en="Many ads and reposts per person per week: an imposed pace. Busy agencies "
    "do this too: low weight.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.KESKIN_2021}",
    default_weight=0.5,
    level="cluster",
    signal="network",
    measure=measure,
)
