"""Youth wording (FR/EN): ads that sell youth."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import wording_share
from balise.indicators.wording import Wording

WORDS = Wording(
    "youth",
    (
        r"young",
        r"younger",
        r"jeunes?",
        r"jeunette",
        # of a person, not of a business ("Petite agence de Québec": fourth blind market)
        # plural too: "masseuses jeunes et jolies", "petites et sexy" (fifth blind market: a
        # parlour's women described together were not read)
        r"petites?(?! (?:agence|entreprise|[ée]quipe|maison|boutique|clinique|collective|coop))",
        r"fresh",
        r"new face",
        r"nouveau visage",
        r"baby ?face",
        r"babygirl",
        r"baby girl",
        r"b[ée]b[ée]",
        r"tiny",
        r"innocente?",
        r"[ée]tudiantes?",
        r"student",
        r"college girl",
        r"coll[ée]gienne",
        r"cegep",
        r"c[ée]g[ée]pienne",
        r"girly",
        r"sweet young",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    return wording_share(WORDS, view, "youth wording")


INDICATOR = Indicator(
    id="youth-wording",
    version=3,
    category="trafficking",
    label_fr="Vocabulaire de jeunesse",
    label_en="Youth wording",
    description_fr="Les annonces vendent la jeunesse (« jeune », « petite », « fresh », "
    "« étudiante »...).",
    description_en='The ads sell youth ("young", "petite", "fresh", "student"...).',
    citation=citations.OUTCOME_STUDY,
    default_weight=0.7,
    level="ad",
    signal="wording",
    measure=measure,
)
