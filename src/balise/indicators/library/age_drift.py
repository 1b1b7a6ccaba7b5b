"""Stated ages that drift or conflict for one person."""

from __future__ import annotations

import re
from collections import defaultdict

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.library._roster_names import pair_ages
from balise.schema import AdExtraction, AdKey, AdRecord, Evidence

PLAUSIBLE = range(12, 70)
SAME_NAME_SPREAD = 10
# bust-waist-hips ("34C-24-36", "90/60/90"): a description of one body
# (or height and weight, "166 cm, 62 kg"): a description of one body
_MEASUREMENTS = re.compile(
    r"(?<!\d)\d{2,3}[A-Ha-h]{0,3}\s?[-/]\s?\d{2,3}\s?[-/]\s?\d{2,3}(?!\d)"
    r"|\d(?:m|\s?ft|')\s?\d{1,2}\b|\b1[4-9]\d\s?cm\b|\b\d{2,3}\s?(?:kg|lbs?)\b"
)


def _gets_younger(ages: list[int]) -> bool:
    """Whether a later age is more than a year below an earlier one (one pass, not pairs)."""
    highest = ages[0]
    for age in ages:
        if age < highest - 1:
            return True
        highest = max(highest, age)
    return False


def measure(view: ClusterView) -> Finding | None:
    # Person -> ages in posting order, with evidence. Without persons, a cluster that names at
    # most one person is read as one person; otherwise we cannot tell whose age is whose.
    candidates: dict[str, list[tuple[AdRecord, AdExtraction, int]]] = defaultdict(list)
    # A cluster whose ads state several ages at once holds several persons; a "person" the
    # grouping could not tell by name or photo may then be several of them, and their ages
    # conflicting is no sign of anything.
    several = any(len(set(ex.ages)) > 1 for ex in view.extractions)
    blind = {p.person_id for p in view.cluster.persons if several and not (p.names or p.photos)}
    # Where the ads list persons each beside her own age ("Roxy 24 et Kim 23"), the ages are
    # read per name: a roster's ages are several women's (not read for drift: one venue may
    # list two Noémie, 30 and 34), and an ad giving one name beside one age ("Jade 21 à
    # Québec") gives that name's age, whatever else the ad states (sixth blind market: "Jade
    # 21 et Kim 23" read as one woman's age drift).
    pairs = view.shared(pair_ages) if several else ()
    rostered = any(len(p) >= 2 for p in pairs)
    for i, (ad, ex) in enumerate(zip(view.ads, view.extractions, strict=True)):
        if rostered and pairs[i]:
            if len(pairs[i]) == 1 and pairs[i][0][1] in PLAUSIBLE:
                name, age = pairs[i][0]
                candidates[f"named:{name}"].append((ad, ex, age))
            continue
        person = view.person_of.get(ad.key)
        if person is None:
            if view.person_count > 1:
                continue
            person = "only"
        if len(ex.ages) != 1 or person in blind or ex.ages[0] not in PLAUSIBLE:
            continue  # several ages in one ad belong to several persons: whose is whose?
        candidates[person].append((ad, ex, ex.ages[0]))
    # Person (and body) -> ages in posting order, with evidence; the costlier readings only for
    # the persons whose stated ages differ at all.
    per_person: dict[str, list[tuple[int, Evidence]]] = defaultdict(list)
    names_of: dict[AdKey, frozenset[str]] = {}
    for person, items in candidates.items():
        if len({age for _, _, age in items}) < 2:
            continue
        if view.person_count > 1 and not names_of:
            names_of = dict(zip((a.key for a in view.ads), view.names, strict=True))
        named = person.startswith("named:")
        for ad, ex, age in items:
            if not named and view.person_count > 1 and len(names_of[ad.key]) > 1:
                continue  # a roster ("Amira / Josée: 40 ans"): the one age is not surely hers
            # Two women may share a (work) name in one agency: ages are compared only between
            # ads that describe the same body (the same measurements, or none stated).
            body = "".join(m.group(0).upper() for m in _MEASUREMENTS.finditer(ad.body))
            per_person[f"{person}\x1f{body.replace(' ', '')}"].append(
                (age, value_evidence(ad, ex, "age", age, "age "))
            )
    best = 0.0
    best_evidence: tuple[Evidence, ...] = ()
    best_detail = ""
    for seq in per_person.values():
        ages = [a for a, _ in seq]
        if len(set(ages)) < 2:
            continue
        spread = max(ages) - min(ages)
        if spread > SAME_NAME_SPREAD and view.person_count > 1:
            # Where several women work under one phone, one first name with ages this far
            # apart is two women sharing a (work) name, not one woman's age: stated ages drift
            # by a few years when someone lies about them (3-9 years on the clusters we read),
            # and the age a person gives does not move by a decade within weeks.
            continue
        # Getting younger over time is the telling case: a person's age never goes down.
        younger = _gets_younger(ages)
        strength = 1.0 if younger and spread >= 2 else 0.0
        if spread >= 4:
            strength = max(strength, 1.0)
        elif spread >= 2:
            strength = max(strength, 0.6)
        if strength > best:
            lo = next(e for a, e in seq if a == min(ages))
            hi = next(e for a, e in seq if a == max(ages))
            best, best_evidence = strength, (hi, lo)
            best_detail = f"one person's stated ages range {min(ages)}-{max(ages)}"
            if younger:
                best_detail += " and go down over time"
    if best <= 0.0:
        return None
    return Finding(best, best_evidence, best_detail)


INDICATOR = Indicator(
    id="age-drift",
    version=2,
    category="trafficking",
    label_fr="Âges incohérents pour une même personne",
    label_en="Conflicting ages for one person",
    description_fr="Les âges indiqués pour une même personne varient ou rajeunissent : "
    "quelqu'un d'autre écrit les annonces, ou l'âge réel est caché.",
    description_en="The ages stated for one person vary or go down: someone else writes the "
    "ads, or the real age is hidden.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.CRIMINAL_CODE_MINORS}",
    default_weight=1.3,
    level="cluster",
    signal="fact",
    measure=measure,
)
