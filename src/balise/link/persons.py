"""How many people a cluster appears to hold: ads grouped by photo and name consistency."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import xxhash

from balise.schema import AdKey, Person


@dataclass(frozen=True, slots=True)
class AdTraits:
    """What one ad tells about the person it advertises."""

    key: AdKey
    names: tuple[str, ...]
    ages: tuple[int, ...]
    photo_groups: tuple[str, ...]  # photo group ids (near-duplicate photos share one)
    photos: tuple[str, ...]  # the ad's own perceptual hashes


def infer_persons(cluster_id: str, ads: Sequence[AdTraits]) -> tuple[Person, ...]:
    """Group a cluster's ads into persons.

    Ads showing the same photo, or giving the same first name, are one person. Ads with neither
    join the only person when there is one, else the person whose stated age they share, else
    one "unidentified" person. Persons are ordered by their smallest ad key.
    """
    if len(ads) == 1 or not any(ad.names or ad.photo_groups for ad in ads):
        # one ad, or nothing to tell people apart: one person (as the general case would give)
        return (_person(cluster_id, ads),)
    parent = list(range(len(ads)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of: dict[str, int] = {}
    for i, ad in enumerate(ads):
        # an ad naming several persons (a roster, a duo) joins the person it names first: its
        # other names are other women, not other names of the same one, and its photos may
        # show any of them
        photos = ad.photo_groups if len(ad.names) < 2 else ()
        for token in [f"p:{g}" for g in photos] + [f"n:{n}" for n in ad.names[:1]]:
            j = first_of.setdefault(token, i)
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    identified = [i for i, ad in enumerate(ads) if ad.names or ad.photo_groups]
    _join_work_names(ads, identified, find, parent)
    roots = sorted({find(i) for i in identified})
    unidentified = [i for i, ad in enumerate(ads) if not (ad.names or ad.photo_groups)]
    loose: list[int] = []  # kept in ad order
    ages_of: dict[int, set[int]] = {}
    for i in identified:
        ages_of.setdefault(find(i), set()).update(ads[i].ages)
    for i in unidentified:
        if len(roots) == 1:
            parent[i] = roots[0]
            continue
        matches = [r for r in roots if ads[i].ages and set(ads[i].ages) & ages_of[r]]
        if len(matches) == 1:
            parent[i] = matches[0]
        else:
            loose.append(i)
    members: dict[int, list[int]] = {}
    loose_set = set(loose)
    for i in range(len(ads)):
        if i in loose_set:
            continue
        members.setdefault(find(i), []).append(i)
    groups = list(members.values())
    if loose:
        groups.append(loose)
    persons = [_person(cluster_id, [ads[i] for i in g]) for g in groups]
    return tuple(sorted(persons, key=lambda p: p.ad_keys[0]))


def _join_work_names(
    ads: Sequence[AdTraits],
    identified: list[int],
    find: Callable[[int], int],
    parent: list[int],
) -> None:
    """One woman's work names, one per site ("Sarah" here, "Sally" there, the same age and
    line; fifth blind market), are one person: the named groups join when each keeps to sites
    the others never use, no ad names two of them, they state the same one age (or none) and
    show no different photos. Women of one roster, of one site, or of different ages stay
    apart."""
    groups: dict[int, list[int]] = {}
    for i in identified:
        groups.setdefault(find(i), []).append(i)
    if len(groups) < 2:
        return
    traits: list[tuple[int, frozenset[str], frozenset[str], frozenset[int], frozenset[str]]] = []
    for root, members in groups.items():
        names = frozenset(n for i in members for n in ads[i].names[:1])
        if len(names) != 1 or any(len(ads[i].names) > 1 for i in members):
            return  # a roster or a group of several names: persons are not aliases here
        sources = frozenset(ads[i].key[0] for i in members)
        ages = frozenset(a for i in members for a in ads[i].ages)
        photos = frozenset(g for i in members for g in ads[i].photo_groups)
        traits.append((root, names, sources, ages, photos))
    # Every group keeps to its own sites: otherwise the cluster's names are women of one site
    # (or sites shared), not one woman's names across them.
    seen: set[str] = set()
    for _, _, sources, _, _ in traits:
        if seen & sources:
            return
        seen |= sources
    aged = [t for t in traits if t[3]]
    if not aged or any(len(t[3]) != 1 or t[3] != aged[0][3] for t in aged):
        return  # different ages (or several): different women
    photographed = [t for t in traits if t[4]]
    if len({t[4] for t in photographed}) > 1:
        return
    first = min(t[0] for t in traits)
    for root, *_ in traits:
        if root != first:
            parent[root] = first


def _person(cluster_id: str, ads: Sequence[AdTraits]) -> Person:
    keys = tuple(sorted(ad.key for ad in ads))
    pid = xxhash.xxh64_hexdigest(f"{cluster_id}\x1f{keys[0][0]}\x1f{keys[0][1]}".encode())
    return Person(
        person_id=f"p{pid}",
        # the names she is known by: a roster ad's other names are other women
        names=tuple(sorted({n for ad in ads for n in ad.names[:1]})),
        ages=tuple(sorted({a for ad in ads for a in ad.ages})),
        photos=tuple(sorted({p for ad in ads for p in ad.photos})),
        ad_keys=keys,
    )
