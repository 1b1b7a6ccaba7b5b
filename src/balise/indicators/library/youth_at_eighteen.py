"""Youth sold at the youngest adult ages: youth wording about a person who states 18 to 20."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library.minor_coded_wording import about_person_stating, persons_stating
from balise.indicators.library.youth_wording import WORDS as YOUTH
from balise.indicators.measures import step_strength
from balise.indicators.wording import Wording, spread_evidence
from balise.schema import AdExtraction, AdRecord, Evidence

NEWNESS = (
    r"first time",
    r"premi[èe]re fois",
    r"new to (?:this|the game)",
    r"nouvelle dans le (?:milieu|m[ée]tier)",
)
NEWNESS_WORDS = Wording("newness", NEWNESS)

ROUTING_TOP = 20
"""The highest stated age read here. The sites' minimum is 18 and a minor's ad states 18 or
19 most often, 20 sometimes (the seed-88 misses of round 7 were minors stated as 20-21). This
indicator scores nothing, it only names the minor category on a lead already flagged, so reading
a stated 20 costs no independent a flag; on the five seeds it raised minor recall by up to 0.04
at an unchanged minor-flag precision, and reading 21 as well added nothing (round 8)."""


def young_persons(view: ClusterView) -> frozenset[str]:
    """The persons of the cluster who state 18 to 20 in one of their ads (shared: read it
    through ``view.shared``)."""
    return persons_stating(view, ROUTING_TOP)


def about_young(view: ClusterView, ad: AdRecord, ex: AdExtraction) -> bool:
    """Whether the ad is about a person who states 18 to 20 (see ``about_person_stating``)."""
    return about_person_stating(view, ad, ex, ROUTING_TOP, view.shared(young_persons))


def measure(view: ClusterView) -> Finding | None:
    # Ads for a minor state the sites' minimum (18, 19, sometimes 20) and sell youth or
    # newness around it ("toute jeune", "petite étudiante", "première fois"). An adult of 18
    # to 20 who advertises herself may write the same words, and so may an agency about its youngest
    # worker: on our markets, weighting this at even +0.3 flagged such independents and
    # agencies. So its default weight is 0: it adds nothing to the score and only names the
    # minor category on a lead that other signals flag, so that an analyst checks that
    # person's age first. Calibration may give it a weight if analysts' outcomes say so. Her
    # age from another of her ads counts, as for the coded terms.
    if not view.shared(young_persons):
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
        if about_young(view, ad, ex):
            about_her += 1
            evidence.extend(found)
    if not about_her:
        return None
    return Finding(
        step_strength(about_her, ((1, 0.6), (2, 0.8), (3, 1.0))),
        spread_evidence(evidence),
        f"youth or newness wording in {about_her} ads about a person stating age 18-20",
    )


INDICATOR = Indicator(
    id="youth-at-eighteen",
    version=2,
    category="minor",
    label_fr="Jeunesse vendue à 18-20 ans",
    label_en="Youth sold at 18-20",
    description_fr="Les annonces d'une personne qui se dit âgée de 18 à 20 ans insistent sur "
    "sa jeunesse (« toute jeune », « petite étudiante »...) : sur un signalement, vérifier son "
    "âge en premier.",
    description_en='The ads of a person who states 18 to 20 insist on her youth ("young and '
    'shy", "petite student"...): on a flagged lead, check her age first.',
    citation=f"{citations.OUTCOME_STUDY}; {citations.CRIMINAL_CODE_MINORS}",
    default_weight=0.0,
    level="ad",
    signal="wording",
    measure=measure,
)
