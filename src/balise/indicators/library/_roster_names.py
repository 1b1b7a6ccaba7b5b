"""Who an ad names, and when each person of a cluster was first and last advertised.

Not an indicator (the leading underscore keeps it out of the library's discovery): helpers for
the roster indicators. A venue's roster ad ("Disponibles aujourd'hui: Nina, Julie, Zoé")
advertises every woman it names, but the person grouping puts each ad in one person only, so a
woman listed from the first week would look like a late arrival if only her own ads counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import regex

from balise.indicators.base import ClusterView
from balise.link.introductions import STOP_WORDS, introduced_names
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


# "Coco 20 & Mimi 22", "Roxy 24 et Kim 23", "Jenna (24) & Kayla (26)", "Bella, 24": a first name
# followed by an age. A capitalised word, then the age (18-69) alone: not a price ("Duo 500"), an
# hour ("24/7", "20h"), a size ("34C") or a street number followed by more digits.
_NAME_AGE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}]{1,14}(?:-\p{Lu}[\p{Ll}]{1,14})?)"
    r"[ \t]*,?[ \t]*\(?[ \t]*([1-6]\d)(?:[ \t]*(?:ans|yo|y/o|years? old))?[ \t]*\)?"
    r"(?!\d|[ \t]*(?:[$€%/:]|[.,]\d|h\b|hr|min|cm|kg|lb|ft|\+))"
)
_NOT_NAMES_TEXT = """
duo trio suite room chambre hotel hôtel motel sortie exit route rue street apt app
appartement age âge size taille bonnet top tour tournée girls filles fille girl new
nouvelle nouvelles day jour jours week semaine semaines month mois dispo available
disponible only seulement incall outcall massage sexy hot yo ans years
"""
# dates ("Sep 21", "Lundi 12"), addresses and numbered things ("Station 25", "Sortie 23")
_NOT_NAMES_TEXT += """
jan janv feb fév fev mar mars apr avr avril may mai jun juin jul juil juillet aug août aout
sep sept oct nov dec déc january february march april june july august september october
november december janvier février fevrier septembre octobre novembre décembre decembre
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi
samedi dimanche mon tue wed thu fri sat sun lun mer jeu ven sam dim today tonight
aujourd'hui ce soir station metro métro bus exit unit floor étage door porte local bureau
avenue ave boul boulevard chemin autoroute highway hwy st no num number numéro code promo
special spécial deal rabais photo photos pics pic since depuis year years année hour heure
cup bra pointure level just juste plus over under moins max maximum min minimum only
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def named_ages(ad: AdRecord, ex: AdExtraction) -> tuple[tuple[str, int], ...]:
    """The (lower-cased first name, age) pairs the ad states, in order ("Coco 20 & Mimi 22"
    gives two; "Bella, 24" one), leaving out words that are the ad's places ("Laval 24") and
    repeats. One name with two ages in one ad ("Noémie (30) ... Noémie 34") is two women who
    share a (work) name. A pair is one person's name and her own age: a roster of such pairs
    names several women, each with the age that is hers."""
    text = f"{ad.title or ''}\n{ad.body or ''}"
    if not any(c.isdigit() for c in text):
        return ()
    places = {m.span.text.casefold() for m in ex.mentions if m.kind == "place"}
    places.update(p.casefold() for p in ex.places)
    out: dict[tuple[str, int], None] = {}
    for m in _NAME_AGE.finditer(text):
        name, age = m.group(1).casefold(), int(m.group(2))
        if age < 18 or name in _NOT_NAMES or name in STOP_WORDS or name in places:
            continue
        out.setdefault((name, age), None)
    return tuple(out)


def roster_pairs(view: ClusterView) -> tuple[tuple[tuple[str, int], ...], ...]:
    """Per ad (in the order of ``view.ads``): its (name, age) pairs when it lists two or more
    persons each with her own age (a roster: "Lulu 21 & Kiki 19"), else (). Shared: read it
    through ``view.shared(roster_pairs)``."""
    out: list[tuple[tuple[str, int], ...]] = []
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        pairs = named_ages(ad, ex)
        out.append(pairs if len(pairs) >= 2 else ())
    return tuple(out)


def pair_ages(view: ClusterView) -> tuple[tuple[tuple[str, int], ...], ...]:
    """Per ad: every (name, age) pair it states (one or several): whose age is whose, where the
    ads name the persons beside their ages. Shared: ``view.shared(pair_ages)``."""
    return tuple(named_ages(ad, ex) for ad, ex in zip(view.ads, view.extractions, strict=True))
