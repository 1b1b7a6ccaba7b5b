"""Phones rotated while the photos or the text persist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.measures import step_strength
from balise.indicators.wording import Wording

ANNOUNCED = Wording(
    "number-change",
    (
        r"new (?:number|#|phone|cell)",
        r"nouveau (?:num[ée]ro|#|t[ée]l[ée]phone|cell)",
        r"changed my (?:number|phone)",
        r"old (?:number|phone|one) (?:is )?(?:dead|gone|lost|not working)",
        r"j'ai (?:chang[ée]|perdu) (?:de |mon )?(?:num[ée]ro|t[ée]l[ée]phone|cell)",
        r"j’ai (?:chang[ée]|perdu) (?:de |mon )?(?:num[ée]ro|t[ée]l[ée]phone|cell)",
        r"ancien num[ée]ro",
    ),
)
"""How a worker tells her clients that her number changed. A burner is not announced: a
controller who rotates phones wants the old ones forgotten, not explained."""

MANY_ROTATIONS = 3
"""Replacements past which one-person work is not what the line looks like (the one-person
counters stand down)."""


@dataclass(frozen=True)
class Rotation:
    order: tuple[str, ...]  # the phones by first use
    rotations: int  # replacements in turn, announced changes not counted
    announced: int  # replacements the ads announced ("nouveau numéro")
    first_ad: dict[str, int]  # the index in ``view.ads`` of each phone's first ad


def rotation(view: ClusterView) -> Rotation:
    """The cluster's phones and how many replaced one another (shared: several indicators
    read it; use ``view.shared(rotation)``)."""
    first: dict[str, datetime] = {}
    last: dict[str, datetime] = {}
    first_ad: dict[str, int] = {}
    for i, (ad, ex) in enumerate(zip(view.ads, view.extractions, strict=True)):
        for phone in ex.phones:
            if phone not in first:
                first[phone] = ad.posted_at
                first_ad[phone] = i
            last[phone] = ad.posted_at
    order = tuple(sorted(first, key=lambda p: first[p]))
    if len(order) < 2:
        return Rotation(order, 0, 0, first_ad)
    # A rotation is a phone that starts after the previous one stopped: a replacement, not a
    # second line used alongside (an agency's two lines overlap in time).
    replacements: list[str] = []
    latest_end = last[order[0]]
    for phone in order[1:]:
        if first[phone] >= latest_end:
            replacements.append(phone)
        latest_end = max(latest_end, last[phone])
    if not replacements:
        return Rotation(order, 0, 0, first_ad)
    # A replacement whose ads announce it ("nouveau numéro", "new number, old one is dead") is
    # a worker's change of number, not a rotation (the ads are read only when there is one).
    announcing = {
        phone
        for ex, said in zip(view.extractions, view.matches(ANNOUNCED), strict=True)
        if said
        for phone in ex.phones
    }
    announced = sum(1 for phone in replacements if phone in announcing)
    rotations = len(replacements) - announced
    return Rotation(order, rotations, announced, first_ad)


def replaced_again_and_again(view: ClusterView) -> bool:
    """The line's phone was replaced ``MANY_ROTATIONS`` times or more: not what one person's
    own work looks like (five burners in a month), so the one-person counters stand down."""
    return view.shared(rotation).rotations >= MANY_ROTATIONS


def measure(view: ClusterView) -> Finding | None:
    found = view.shared(rotation)
    if found.rotations == 0:
        return None
    strength = step_strength(found.rotations, ((1, 0.45), (2, 0.75), (3, 1.0)))
    persisting = sorted({link.kind for link in view.cluster.links if link.kind != "phone"})
    held = f" while {'/'.join(persisting)} persist" if persisting else ""
    evidence = tuple(
        value_evidence(view.ads[i], view.extractions[i], "phone", phone)
        for phone, i in ((p, found.first_ad[p]) for p in found.order)
    )
    return Finding(
        strength,
        evidence,
        f"{len(found.order)} phones, {found.rotations} replaced in turn{held}",
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
