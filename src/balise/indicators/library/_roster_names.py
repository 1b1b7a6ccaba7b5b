"""Who an ad names, and when each person of a cluster was first and last advertised.

Not an indicator (the leading underscore keeps it out of the library's discovery): helpers for
the roster indicators. A venue's roster ad ("Disponibles aujourd'hui: Nina, Julie, Zoé")
advertises every woman it names, but the person grouping puts each ad in one person only, so a
woman listed from the first week would look like a late arrival if only her own ads counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from balise.indicators.base import ClusterView
from balise.link.introductions import introduced_names
from balise.schema import AdExtraction, AdRecord


def ad_names(ad: AdRecord, ex: AdExtraction) -> frozenset[str]:
    """Lower-cased first names the ad gives: the extracted ones and those it lists in a roster
    (what tells an ad naming several women; one introduced in the third person is one)."""
    return frozenset(n.casefold() for n in ex.names) | frozenset(
        introduced_names(ad.title, ad.body, rosters_only=True)
    )


@dataclass(frozen=True)
class NamedTenure:
    person_id: str
    first: datetime
    last: datetime
    first_ad: AdRecord
    ads: int = 1  # ads that are hers or name her: how densely she was seen


def named_tenures(view: ClusterView) -> list[NamedTenure]:
    """Per person, the first and last ad that is hers or names her, in order of first ad."""
    own: dict[str, list[AdRecord]] = {}
    for ad in view.ads:
        person = view.person_of.get(ad.key)
        if person is not None:
            own.setdefault(person, []).append(ad)
    names_of = {p.person_id: {n.casefold() for n in p.names} for p in view.cluster.persons}
    naming: dict[str, list[AdRecord]] = {}
    if any(names_of.values()):
        for ad, named in zip(view.ads, view.names, strict=True):
            if len(named) < 2:
                continue  # only rosters name someone else's person
            for person, names in names_of.items():
                if person in own and names & named:
                    naming.setdefault(person, []).append(ad)
    out: list[NamedTenure] = []
    for person, ads in own.items():
        seen = ads + naming.get(person, [])
        first = min(seen, key=lambda a: a.posted_at)
        last = max(seen, key=lambda a: a.posted_at)
        out.append(NamedTenure(person, first.posted_at, last.posted_at, first, len(seen)))
    out.sort(key=lambda t: t.first)
    return out


def tenure_share(view: ClusterView, tenure: NamedTenure) -> float:
    """The share of the cluster's active period this person was advertised in."""
    span = view.span_days
    if span <= 0:
        return 1.0
    return (tenure.last - tenure.first).total_seconds() / 86400.0 / span
