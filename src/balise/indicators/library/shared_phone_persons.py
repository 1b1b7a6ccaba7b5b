"""Several persons behind one phone."""

from __future__ import annotations

from collections import defaultdict

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.library.voiced_for_several import presents_partners
from balise.indicators.measures import step_strength
from balise.schema import Evidence


def measure(view: ClusterView) -> Finding | None:
    # contact -> person -> evidence; the contact is the ad's phone, or, for an ad that gives no
    # phone, its messaging handle ("Crystal 22, snap seulement"): a line run through Snapchat
    # or Telegram is a line as much as a phone is. (Not e-mails: an agency signs with one.)
    persons: dict[str, dict[str, Evidence]] = defaultdict(dict)
    known = {n.casefold(): p.person_id for p in view.cluster.persons for n in p.names}
    for ad, ex, names in zip(view.ads, view.extractions, view.names, strict=True):
        kind, contacts = ("phone", ex.phones) if ex.phones else ("handle", ex.handles)
        if not contacts:
            continue
        person = view.person_of.get(ad.key)
        # A roster ad ("Nos masseuses: Julia, Crystal") advertises every woman it names through
        # its phone, though the person grouping files the ad under the first one only; named
        # persons the grouping knows count once, under their own id.
        others = [f"name:{n}" for n in sorted(names)] if len(names) > 1 else []
        keys = ([person] if person is not None else []) + [
            known.get(k.removeprefix("name:"), k) for k in others
        ]
        for contact in contacts:
            for key in keys:
                if key not in persons[contact]:
                    persons[contact][key] = value_evidence(ad, ex, kind, contact)
    contact, seen = max(persons.items(), key=lambda kv: len(kv[1]), default=("", {}))
    if len(seen) < 2:
        return None
    # Two friends who advertise together in their own voice share a line as the ordinary shape
    # of a duo ("Duo Jade & Mia, on vous reçoit à deux"): two persons behind it say nothing
    # more. Three or more, or two presented by someone else, still count.
    if len(seen) == 2 and presents_partners(view):
        return None
    strength = step_strength(len(seen), ((2, 0.5), (3, 0.8), (4, 1.0)))
    return Finding(strength, tuple(seen.values()), f"{len(seen)} persons behind {contact}")


INDICATOR = Indicator(
    id="shared-phone-persons",
    version=1,
    category="trafficking",
    label_fr="Plusieurs personnes derrière un même numéro",
    label_en="Several persons behind one phone",
    description_fr="Un même numéro sert pour plusieurs personnes : quelqu'un d'autre gère les "
    "rendez-vous. Aussi le cas des agences : poids modéré.",
    description_en="One phone is used for several persons: someone else handles the bookings. "
    "Agencies do this too: moderate weight.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.FINTRAC_2016}",
    default_weight=0.9,
    level="cluster",
    signal="network",
    measure=measure,
)
