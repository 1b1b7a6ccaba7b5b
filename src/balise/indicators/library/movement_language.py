"""Movement language ("new in town", "de passage"): published evidence says it was LESS common
in trafficking ads, so it is a (weak) counter-indicator, not a red flag."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library.minor_coded_wording import WORDS as MINOR_CODED
from balise.indicators.library.youth_wording import WORDS as YOUTH
from balise.indicators.measures import share_of_ads
from balise.indicators.wording import Wording

WORDS = Wording(
    "movement",
    (
        r"new in town",
        r"just arrived",
        r"just in town",
        r"in town (?:for|until|only)",
        r"visiting",
        r"on tour",
        r"touring",
        r"last days?",
        r"leaving (?:soon|on)",
        r"de passage",
        r"nouvelle en ville",
        r"juste arriv[ée]e",
        r"en visite",
        r"derniers? jours?",
        r"en tourn[ée]e",
        r"pour quelques jours",
        r"for a few days",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    # The study found touring words less common in trafficking ads; it did not find them
    # beside words that sell a girl's youth. "Jeune fraîche 18 ans ... nouvelle en ville" is a
    # new girl sold as young, not a woman on tour (third blind market): those ads do not
    # lower the score.
    # (the lists' matches as `youth-wording` and `minor-coded-wording` read them: cached once
    # per cluster, not scanned again with another limit)
    young = [
        bool(youth or coded)
        for youth, coded in zip(view.matches(YOUTH), view.matches(MINOR_CODED), strict=True)
    ]
    per_ad = [
        found
        for found, sold_young in zip(view.matches(WORDS), young, strict=True)
        if not sold_young
    ]
    return share_of_ads(view, per_ad, "movement language")


INDICATOR = Indicator(
    id="movement-language",
    version=2,
    category="counter-indicator",
    label_fr="Vocabulaire de passage (« de passage », « new in town »)",
    label_en='Movement language ("new in town", "de passage")',
    description_fr="Annonce de passage. Contrairement à l'idée reçue, ce vocabulaire était "
    "moins fréquent dans les annonces liées à la traite : il baisse légèrement le score.",
    description_en="Touring language. Contrary to folklore it was less common in trafficking "
    "ads: it lowers the score slightly.",
    citation=citations.OUTCOME_STUDY,
    default_weight=-0.3,
    level="ad",
    signal="wording",
    measure=measure,
)
