"""Wording of a rotating roster ("new girls every week")."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import wording_share
from balise.indicators.wording import Wording

WORDS = Wording(
    "new-workers",
    (
        r"new girls(?: (?:every|each) (?:week|day))?",
        r"new ladies",
        r"new staff",
        r"new arrivals?",
        r"fresh faces",
        r"new faces (?:every|each) week",
        r"nouvelles filles(?: (?:chaque|toutes les) semaines?)?",
        r"nouvelles arriv[ée]es",
        r"nouvelles? masseuses?",
        r"nouveaux visages",
        r"nouvelle [ée]quipe",
        r"(?:chaque|toutes les) semaines? (?:des )?nouvelles?",
        r"new (?:every|each) week",
        r"rotating staff",
        r"staff changes",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    return wording_share(WORDS, view, "rotating-roster wording")


INDICATOR = Indicator(
    id="new-worker-wording",
    version=1,
    category="exploitative-venue",
    label_fr="Annonce de nouvelles filles",
    label_en='"New girls" wording',
    description_fr="Les annonces promettent de nouvelles travailleuses régulièrement.",
    description_en="The ads promise new workers regularly.",
    citation=f"{citations.UNODC_INDICATORS}; {citations.FINTRAC_2016}",
    default_weight=0.8,
    level="ad",
    signal="wording",
    measure=measure,
)
