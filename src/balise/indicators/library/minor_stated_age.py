"""An age under 18 stated for an advertised person."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.schema import Evidence

MIN_PLAUSIBLE = 12  # below this an "age" is almost always a mis-read number, not a person


def measure(view: ClusterView) -> Finding | None:
    evidence: list[Evidence] = []
    ages: set[int] = set()
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        for age in ex.ages:
            if MIN_PLAUSIBLE <= age < 18:
                ages.add(age)
                evidence.append(value_evidence(ad, ex, "age", age, "age "))
    if not evidence:
        return None
    shown = ", ".join(str(a) for a in sorted(ages))
    return Finding(1.0, tuple(evidence), f"age under 18 stated ({shown}) in {len(evidence)} ads")


INDICATOR = Indicator(
    id="minor-stated-age",
    version=1,
    category="minor",
    label_fr="Âge de moins de 18 ans indiqué",
    label_en="Age under 18 stated",
    description_fr="Une annonce indique un âge de moins de 18 ans pour la personne annoncée.",
    description_en="An ad states an age under 18 for the advertised person.",
    citation=citations.CRIMINAL_CODE_MINORS,
    default_weight=6.0,
    level="ad",
    signal="fact",
    measure=measure,
)
