"""The keyword-only baseline: what flagging on red-flag words alone would do.

Each ad is its own cluster (no linking), flagged as soon as its text matches one of the usual
red-flag keyword lists. It is here for comparison only: the figures next to Balise's show what
the network signals add and how many independent workers keywords alone would flag.
"""

from __future__ import annotations

from collections.abc import Sequence

from balise.indicators.library import (
    listed_ethnicity,
    minor_coded_wording,
    movement_language,
    round_the_clock,
    youth_wording,
)
from balise.indicators.wording import Wording
from balise.schema import AdExtraction, AdRecord, Category, Cluster, Contribution, Lead

KEYWORD_LISTS: tuple[tuple[str, Wording, tuple[Category, ...]], ...] = (
    ("keyword-youth", youth_wording.WORDS, ("trafficking", "minor")),
    ("keyword-minor-coded", minor_coded_wording.WORDS, ("trafficking", "minor")),
    ("keyword-new-in-town", movement_language.WORDS, ("trafficking",)),
    ("keyword-24-7", round_the_clock.WORDS, ("trafficking",)),
    ("keyword-ethnicity", listed_ethnicity.WORDS, ("trafficking",)),
)
_ORDER: tuple[Category, ...] = ("trafficking", "minor", "exploitative-venue")


def keyword_leads(
    ads: Sequence[AdRecord], extractions: Sequence[AdExtraction]
) -> tuple[list[Cluster], list[Lead]]:
    """One cluster and one lead per ad; the score is the share of keyword lists matched."""
    cities = {ex.key: ex.city for ex in extractions}
    clusters: list[Cluster] = []
    leads: list[Lead] = []
    for ad in ads:
        cluster_id = f"kw-{ad.source}-{ad.ad_id}"
        clusters.append(Cluster(cluster_id, (ad.key,)))
        contributions: list[Contribution] = []
        named: set[Category] = set()
        for list_id, wording, cats in KEYWORD_LISTS:
            found = wording.find(ad, limit=3)
            if found:
                contributions.append(
                    Contribution(list_id, cats[0], 1.0, 1.0, tuple(found), f"{wording.name} words")
                )
                named.update(cats)
        city = cities.get(ad.key)
        leads.append(
            Lead(
                cluster_id=cluster_id,
                score=round(len(contributions) / len(KEYWORD_LISTS), 6),
                flag=bool(contributions),
                categories=tuple(c for c in _ORDER if c in named),
                contributions=tuple(contributions),
                cities=(city,) if city else (),
            )
        )
    leads.sort(key=lambda lead: -lead.score)
    return clusters, leads
