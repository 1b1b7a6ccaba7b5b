"""A listed ethnicity or nationality."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import wording_share
from balise.indicators.wording import Wording

# French adjectives in the plural too ("masseuses asiatiques", "filles latines"): a house's
# women listed together (fifth blind market: a parlour's "masseuses asiatiques, jeunes et
# jolies" was not read)
WORDS = Wording(
    "ethnicity",
    (
        r"asian",
        r"asiatiques?",
        r"chinese",
        r"chinoises?",
        r"korean",
        r"cor[ée]ennes?",
        r"japanese",
        r"japonaises?",
        r"thai",
        r"tha[iï]landaises?",
        r"vietnamese",
        r"vietnamiennes?",
        r"filipinas?",
        r"philippine",
        r"latinas?",
        r"latines?",
        r"colombian",
        r"colombiennes?",
        r"brazilian",
        r"br[ée]siliennes?",
        r"mexican",
        r"mexicaines?",
        r"cubaines?",
        r"cuban",
        r"dominicaines?",
        r"dominican",
        r"ebony",
        r"black",
        r"noires?",
        r"african",
        r"africaines?",
        r"ha[iï]tiennes?",
        r"haitian",
        r"russian",
        r"russes?",
        r"ukrainian",
        r"ukrainiennes?",
        r"european",
        r"europ[ée]ennes?",
        r"eastern european",
        # a region of origin ("filles de l'Europe de l'Est": sixth blind market)
        r"europe de l['’]est",
        r"from eastern europe",
        r"romanian",
        r"roumaines?",
        r"arab",
        r"arabe",
        r"libanaises?",
        r"lebanese",
        r"persian",
        r"perse",
        r"indian",
        r"indiennes?",
        r"exotic",
        r"exotiques?",
        r"m[ée]tisses?",
        r"mixed race",
        r"polynesian",
        r"italian",
        r"italiennes?",
        r"french girl",
        r"fran[çc]aises?",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    return wording_share(WORDS, view, "listed ethnicity or nationality")


INDICATOR = Indicator(
    id="listed-ethnicity",
    version=3,
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
