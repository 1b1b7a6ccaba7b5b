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
    replacements = _in_turn(order, first, last)
    # Phones passed around among persons (eighth blind market: three women, each with three
    # numbers in four weeks, one number going from one woman to the next, while the cluster's
    # four numbers overlap in time): each person's own phones are read in turn, where the
    # numbers she is replaced onto are shared with another person of the cluster.
    by_person = _passed_among_persons(view)
    if len(by_person) > len(replacements):
        replacements = by_person
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


def _in_turn(
    order: tuple[str, ...], first: dict[str, datetime], last: dict[str, datetime]
) -> list[str]:
    """The phones (by first use) that start after every earlier one stopped: a replacement, not
    a second line used alongside (an agency's two lines overlap in time)."""
    replacements: list[str] = []
    latest_end = last[order[0]]
    for phone in order[1:]:
        if first[phone] >= latest_end:
            replacements.append(phone)
        latest_end = max(latest_end, last[phone])
    return replacements


def _passed_among_persons(view: ClusterView) -> list[str]:
    """The replacements in turn of the person whose phones were replaced most often, counting
    only numbers that another person of the cluster also used (a line passed among women; one
    woman's own change of number, or a duo with a phone each, is not this)."""
    if view.person_count < 2:
        return []
    first: dict[str, dict[str, datetime]] = {}
    last: dict[str, dict[str, datetime]] = {}
    users: dict[str, set[str]] = {}
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        person = view.person_of.get(ad.key)
        if person is None or len(ex.phones) != 1:
            continue  # an ad with several phones (a duo's two lines) says nothing of turns
        phone = ex.phones[0]
        first.setdefault(person, {}).setdefault(phone, ad.posted_at)
        last.setdefault(person, {})[phone] = ad.posted_at
        users.setdefault(phone, set()).add(person)
    best: list[str] = []
    for person, starts in first.items():
        if len(starts) < 2:
            continue
        order = tuple(sorted(starts, key=lambda p: starts[p]))
        turns = [p for p in _in_turn(order, starts, last[person]) if len(users[p]) > 1]
        if len(turns) > len(best):
            best = turns
    return best


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
    version=2,
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
