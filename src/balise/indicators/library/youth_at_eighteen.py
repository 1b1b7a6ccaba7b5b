"""Youth sold at the youngest adult ages: youth wording about a person who states 18 or 19."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library.minor_coded_wording import about_youngest, youngest_persons
from balise.indicators.library.youth_wording import WORDS as YOUTH
from balise.indicators.measures import step_strength
from balise.indicators.wording import Wording, spread_evidence
from balise.schema import Evidence

NEWNESS = (
    r"first time",
    r"premi[èe]re fois",
    r"new to (?:this|the game)",
    r"nouvelle dans le (?:milieu|m[ée]tier)",
)
NEWNESS_WORDS = Wording("newness", NEWNESS)


def measure(view: ClusterView) -> Finding | None:
    # Ads for a minor state the sites' minimum (18, 19) and sell youth or newness around it
    # ("toute jeune", "petite étudiante", "première fois"). An adult of 18 or 19 who
    # advertises herself may write the same words, and so may an agency about its youngest
    # worker: on our markets, weighting this at even +0.3 flagged such independents and
    # agencies. So its default weight is 0: it adds nothing to the score and only names the
    # minor category on a lead that other signals flag, so that an analyst checks that
    # person's age first. Calibration may give it a weight if analysts' outcomes say so. Her
    # age from another of her ads counts, as for the coded terms.
    if not view.shared(youngest_persons):
        return None
    about_her = 0
    evidence: list[Evidence] = []
    # the youth list is read for every cluster already (``youth-wording``): reuse its matches
    for ad, youth, new, ex in zip(
        view.ads, view.matches(YOUTH), view.matches(NEWNESS_WORDS), view.extractions, strict=True
    ):
        found = youth + new
        if not found:
            continue
        if about_youngest(view, ad, ex):
            about_her += 1
            evidence.extend(found)
    if not about_her:
        return None
    return Finding(
        step_strength(about_her, ((1, 0.6), (2, 0.8), (3, 1.0))),
        spread_evidence(evidence),
        f"youth or newness wording in {about_her} ads about a person stating age 18-19",
    )


INDICATOR = Indicator(
    id="youth-at-eighteen",
    version=1,
    category="minor",
    label_fr="Jeunesse vendue à 18-19 ans",
    label_en="Youth sold at 18-19",
    description_fr="Les annonces d'une personne qui se dit âgée de 18 ou 19 ans insistent sur "
    "sa jeunesse (« toute jeune », « petite étudiante »...) : sur un signalement, vérifier son "
    "âge en premier.",
    description_en='The ads of a person who states 18 or 19 insist on her youth ("young and '
    'shy", "petite student"...): on a flagged lead, check her age first.',
    citation=f"{citations.OUTCOME_STUDY}; {citations.CRIMINAL_CODE_MINORS}",
    default_weight=0.0,
    level="ad",
    signal="wording",
    measure=measure,
)
