"""A listed ethnicity or nationality."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import wording_share
from balise.indicators.wording import Wording

WORDS = Wording(
    "ethnicity",
    (
        r"asian",
        r"asiatique",
        r"chinese",
        r"chinoise",
        r"korean",
        r"cor[ée]enne",
        r"japanese",
        r"japonaise",
        r"thai",
        r"tha[iï]landaise",
        r"vietnamese",
        r"vietnamienne",
        r"filipina",
        r"philippine",
        r"latina",
        r"latine",
        r"colombian",
        r"colombienne",
        r"brazilian",
        r"br[ée]silienne",
        r"mexican",
        r"mexicaine",
        r"cubaine?",
        r"cuban",
        r"dominicaine",
        r"dominican",
        r"ebony",
        r"black",
        r"noire",
        r"african",
        r"africaine",
        r"ha[iï]tienne",
        r"haitian",
        r"russian",
        r"russe",
        r"ukrainian",
        r"ukrainienne",
        r"european",
        r"europ[ée]enne",
        r"eastern european",
        r"romanian",
        r"roumaine",
        r"arab",
        r"arabe",
        r"libanaise",
        r"lebanese",
        r"persian",
        r"perse",
        r"indian",
        r"indienne",
        r"exotic",
        r"exotique",
        r"m[ée]tisse",
        r"mixed race",
        r"polynesian",
        r"italian",
        r"italienne",
        r"french girl",
        r"fran[çc]aise",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    return wording_share(WORDS, view, "listed ethnicity or nationality")


INDICATOR = Indicator(
    id="listed-ethnicity",
    version=1,
    category="trafficking",
    label_fr="Origine ou nationalité affichée",
    label_en="Listed ethnicity or nationality",
    description_fr="Les annonces mettent en avant l'origine ou la nationalité de la personne.",
    description_en="The ads put forward the person's ethnicity or nationality.",
    citation=f"{citations.OUTCOME_STUDY}; {citations.UNODC_INDICATORS}",
    default_weight=0.6,
    level="ad",
    signal="wording",
    measure=measure,
)
