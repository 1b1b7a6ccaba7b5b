"""Several persons behind one phone."""

from __future__ import annotations

from collections import defaultdict

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.library._roster_names import pair_ages, roster_pairs
from balise.indicators.library.voiced_for_several import presents_partners
from balise.indicators.measures import step_strength
from balise.schema import AdExtraction, Evidence


def measure(view: ClusterView) -> Finding | None:
    """Read once per cluster: ``template-persons`` asks it too."""
    return view.shared(_measure)


def _measure(view: ClusterView) -> Finding | None:
    # contact -> person -> evidence; the contact is the ad's phone, or, for an ad that gives no
    # phone, its messaging handle ("Crystal 22, snap seulement"): a line run through Snapchat
    # or Telegram is a line as much as a phone is; and e-mails, below.
    persons: dict[str, dict[str, Evidence]] = defaultdict(dict)
    # contact -> the most persons one ad lists through it, by names or by distinct stated ages
    # ("Brianna 18, Kayleigh 19 ... add snap": two girls on one Snapchat line, though only one
    # of them is ever named alone; third blind market)
    listed: dict[str, tuple[int, Evidence]] = {}
    known = {n.casefold(): p.person_id for p in view.cluster.persons for n in p.names}

    def person_named(name: str) -> str:
        # the grouping's person of that name, also when it knows a compound name by its first
        # part ("Léa-Rose 28" beside a person the extraction named "Léa": seventh blind market)
        return known.get(name) or known.get(name.split("-")[0]) or f"name:{name}"

    # An ad listing persons each beside her own age ("Coco 20 & Mimi 22", "Lulu 21 & Kiki 19")
    # advertises each of them, and rosters that rotate pairs over one line name more women
    # than any one ad does (sixth blind market: five names in rotating pairs were 2 persons).
    rosters = view.shared(roster_pairs)
    unnamed = {p.person_id for p in view.cluster.persons if not p.names}
    # contact -> kind, for the evidence of each contact
    kinds: dict[str, str] = {}
    for i, (ad, ex, names, ages, pairs, voice) in enumerate(
        zip(
            view.ads,
            view.extractions,
            view.names,
            view.stated_ages,
            rosters,
            view.voices,
            strict=True,
        )
    ):
        kind, contacts = ("phone", ex.phones) if ex.phones else ("handle", ex.handles)
        # A booking or deposit e-mail shared by persons who each write as herself, with her own
        # phone or handle (eighth blind market: three "indépendantes", one deposit address;
        # seventh: three link-in-bio pages, one "management" e-mail): several persons behind
        # one contact as much as behind one phone. Only from an ad in the first person or a
        # profile page with its own handle, not from a house's ads about its women (an agency's
        # booking address; its line counts already).
        if ex.emails and (voice.voice == "first" or ex.handles):
            contacts = (*contacts, *ex.emails)
        if not contacts:
            continue
        for contact in contacts:
            kinds.setdefault(contact, "email" if contact in ex.emails else kind)
        # the roster's words that are the ad's places are not women ("Gatineau, Plateau": a
        # duo's week read as 4 persons, fifth blind market)
        if len(names) > 1:
            names = _not_places(names, ex)
        if pairs:
            paired = {name for name, _ in pairs}
            # "Léa" read by the extraction and "Léa-Rose 28" in the roster are one woman
            parts = {n.split("-")[0] for n in paired if "-" in n}
            names = frozenset(n for n in names if n not in parts) | paired
        in_ad = max(len(names), len(ages))
        if in_ad > 1:
            for contact in contacts:
                if in_ad > listed.get(contact, (0,))[0]:
                    listed[contact] = (in_ad, value_evidence(ad, ex, kinds[contact], contact))
        person = view.person_of.get(ad.key)
        if person is not None and person in unnamed:
            if pairs:
                # the grouping's nameless person of a roster ad is one of the women it names
                person = None
            elif len(own := view.shared(pair_ages)[i]) == 1:
                # a page that names its one person beside her age ("✨ Bella, 24" on a line of
                # its own) tells her where the grouping could not (seventh blind market)
                person = person_named(own[0][0])
        # A roster ad ("Nos masseuses: Julia, Crystal") advertises every woman it names through
        # its phone, though the person grouping files the ad under the first one only; named
        # persons the grouping knows count once, under their own id.
        others = [f"name:{n}" for n in sorted(names)] if len(names) > 1 else []
        keys = ([person] if person is not None else []) + [
            person_named(k.removeprefix("name:")) for k in others
        ]
        for contact in contacts:
            for key in keys:
                if key not in persons[contact]:
                    persons[contact][key] = value_evidence(ad, ex, kinds[contact], contact)
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


def _not_places(names: frozenset[str], ex: AdExtraction) -> frozenset[str]:
    places = {m.span.text.casefold() for m in ex.mentions if m.kind == "place"}
    if not places:
        return names
    places.update(p.casefold() for p in ex.places)
    return frozenset(n for n in names if n not in places)


INDICATOR = Indicator(
    id="shared-phone-persons",
    version=3,
    category="trafficking",
    label_fr="Plusieurs personnes derrière un même numéro",
    label_en="Several persons behind one phone",
    description_fr="Un même numéro (ou un même courriel de réservation ou de dépôt) sert pour "
    "plusieurs personnes : quelqu'un d'autre gère les rendez-vous. Aussi le cas des agences : "
    "poids modéré.",
    description_en="One phone (or one booking or deposit e-mail) is used for several persons: "
    "someone else handles the bookings. Agencies do this too: moderate weight.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.FINTRAC_2016}",
    default_weight=0.9,
    level="cluster",
    signal="network",
    measure=measure,
)
