"""Who is on a cluster's roster, and when: first and last ad of each person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from balise.indicators.base import ClusterView
from balise.schema import AdRecord


@dataclass(frozen=True)
class Tenure:
    person_id: str
    first: datetime
    last: datetime
    first_ad: AdRecord


def tenures(view: ClusterView) -> list[Tenure]:
    """One tenure per person, in order of first appearance."""
    out: dict[str, Tenure] = {}
    for ad in view.ads:
        person = view.person_of.get(ad.key)
        if person is None:
            continue
        seen = out.get(person)
        if seen is None:
            out[person] = Tenure(person, ad.posted_at, ad.posted_at, ad)
        else:
            out[person] = Tenure(person, seen.first, ad.posted_at, seen.first_ad)
    return list(out.values())


def tenure_share(view: ClusterView, tenure: Tenure) -> float:
    """The share of the cluster's active period this person was advertised in."""
    span = view.span_days
    if span <= 0:
        return 1.0
    return (tenure.last - tenure.first).total_seconds() / 86400.0 / span
