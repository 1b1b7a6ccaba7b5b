"""Phones rotated while the photos or the text persist."""

from __future__ import annotations

from datetime import datetime

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.measures import step_strength
from balise.schema import Evidence


def measure(view: ClusterView) -> Finding | None:
    first: dict[str, datetime] = {}
    last: dict[str, datetime] = {}
    where: dict[str, Evidence] = {}
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        for phone in ex.phones:
            if phone not in first:
                first[phone] = ad.posted_at
                where[phone] = value_evidence(ad, ex, "phone", phone)
            last[phone] = ad.posted_at
    if len(first) < 2:
        return None
    # A rotation is a phone that starts after the previous one stopped: a replacement, not a
    # second line used alongside (an agency's two lines overlap in time).
    order = sorted(first, key=lambda p: first[p])
    rotations = 0
    latest_end = last[order[0]]
    for phone in order[1:]:
        if first[phone] >= latest_end:
            rotations += 1
        latest_end = max(latest_end, last[phone])
    if rotations == 0:
        return None
    strength = step_strength(rotations, ((1, 0.45), (2, 0.75), (3, 1.0)))
    persisting = sorted({link.kind for link in view.cluster.links if link.kind != "phone"})
    held = f" while {'/'.join(persisting)} persist" if persisting else ""
    return Finding(
        strength,
        tuple(where[p] for p in order),
        f"{len(order)} phones, {rotations} replaced in turn{held}",
    )


INDICATOR = Indicator(
    id="phone-rotation",
    version=1,
    category="trafficking",
    label_fr="Numéros remplacés en rotation",
    label_en="Rotated phones",
    description_fr="Les numéros se succèdent (téléphones jetables) alors que les photos ou le "
    "texte restent : le contrôle des communications est entre d'autres mains.",
    description_en="Phones replace one another (burners) while the photos or text stay: "
    "someone else controls the communications.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.FINTRAC_2016}",
    default_weight=1.8,
    level="cluster",
    signal="network",
    measure=measure,
)
