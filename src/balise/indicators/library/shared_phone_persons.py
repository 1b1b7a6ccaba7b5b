"""Several persons behind one phone."""

from __future__ import annotations

from collections import defaultdict

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.library.voiced_for_several import presents_partners
from balise.indicators.measures import step_strength
from balise.schema import Evidence


def measure(view: ClusterView) -> Finding | None:
    """Read once per cluster: ``template-persons`` asks it too."""
    return view.shared(_measure)


def _measure(view: ClusterView) -> Finding | None:
    # contact -> person -> evidence; the contact is the ad's phone, or, for an ad that gives no
    # phone, its messaging handle ("Crystal 22, snap seulement"): a line run through Snapchat
    # or Telegram is a line as much as a phone is. (Not e-mails: an agency signs with one.)
    persons: dict[str, dict[str, Evidence]] = defaultdict(dict)
    # contact -> the most persons one ad lists through it, by names or by distinct stated ages
    # ("Brianna 18, Kayleigh 19 ... add snap": two girls on one Snapchat line, though only one
    # of them is ever named alone; third blind market)
    listed: dict[str, tuple[int, Evidence]] = {}
    known = {n.casefold(): p.person_id for p in view.cluster.persons for n in p.names}
    for ad, ex, names, ages in zip(
        view.ads, view.extractions, view.names, view.stated_ages, strict=True
    ):
        kind, contacts = ("phone", ex.phones) if ex.phones else ("handle", ex.handles)
        if not contacts:
            continue
        in_ad = max(len(names), len(ages))
        if in_ad > 1:
            for contact in contacts:
                if in_ad > listed.get(contact, (0,))[0]:
                    listed[contact] = (in_ad, value_evidence(ad, ex, kind, contact))
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
    for contact in listed:
        persons.setdefault(contact, {})

    def count(contact: str) -> int:
        # the grouping's persons when it found several; an ad's list only where the grouping
        # sees one person (a line whose girls are never named alone), not to raise a count the
        # grouping already made (a venue's roster ad would count its women twice over)
        grouped = len(persons[contact])
        return grouped if grouped >= 2 else max(grouped, listed.get(contact, (0,))[0])

    contact = max(persons, key=lambda c: (count(c), c), default="")
    seen = dict(persons.get(contact, {}))
    if contact in listed and listed[contact][0] > len(seen):
        seen.setdefault("listed", listed[contact][1])
    n = count(contact) if contact else 0
    if n < 2:
        return None
    # Two friends who advertise together in their own voice share a line as the ordinary shape
    # of a duo ("Duo Jade & Mia, on vous reçoit à deux"): two persons behind it say nothing
    # more. Three or more, or two presented by someone else, still count.
    if n == 2 and presents_partners(view):
        return None
    strength = step_strength(n, ((2, 0.5), (3, 0.8), (4, 1.0)))
    return Finding(strength, tuple(seen.values()), f"{n} persons behind {contact}")


INDICATOR = Indicator(
    id="shared-phone-persons",
    version=2,
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
