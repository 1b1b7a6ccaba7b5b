"""Live-in hints: workers sleep where they work."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import wording_share
from balise.indicators.wording import Wording

WORDS = Wording(
    "live-in",
    (
        r"live[- ]in",
        r"lives? on site",
        r"lives? (?:here|at the (?:spa|studio|salon))",
        r"stays? (?:here|on site|at the (?:spa|studio|salon))",
        r"always (?:here|on site)",
        r"sleeps? (?:here|on site)",
        r"habite sur place",
        r"vit sur place",
        r"dort sur place",
        r"log[ée]e?s? (?:et|&) nourrie?s?",
        r"nourrie?s? (?:et|&) log[ée]e?s?",
        r"log[ée]e?s? sur place",
        r"toujours sur place",
        r"housing provided",
        r"room and board",
        r"h[ée]bergement fourni",
        r"logement fourni",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    found = wording_share(WORDS, view, "live-in hints")
    if found is None:
        return None
    # One live-in hint is already a serious sign: floor the strength at one half.
    return Finding(max(0.5, found.strength), found.evidence, found.detail)


INDICATOR = Indicator(
    id="live-in",
    version=1,
    category="exploitative-venue",
    label_fr="Hébergée sur place",
    label_en="Live-in hints",
    description_fr="Les annonces laissent entendre que les travailleuses vivent ou dorment "
    "sur le lieu de travail.",
    description_en="The ads hint that the workers live or sleep where they work.",
    citation=f"{citations.UNODC_INDICATORS}; {citations.FINTRAC_2016}",
    default_weight=1.4,
    level="ad",
    signal="wording",
    measure=measure,
)
