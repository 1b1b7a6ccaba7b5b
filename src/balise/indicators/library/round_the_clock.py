"""Round-the-clock availability."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import wording_share
from balise.indicators.wording import Wording

WORDS = Wording(
    "round-the-clock",
    (
        r"24 ?/ ?7",
        r"24 ?h ?/ ?24",
        r"24 ?h(?:eures?)?",
        r"24 hours?",
        r"jour et nuit",
        r"nuit et jour",
        r"day (?:and|&) night",
        r"night (?:and|&) day",
        r"anytime",
        r"any time",
        r"en tout temps",
        r"toujours disponible",
        r"always available",
        r"open late",
        r"ouvert tard",
        r"7 ?jours? ?/ ?7",
        r"7 days a week",
        # a venue's hours into the night ("Open till 4am", "ouvert jusqu'à 3h")
        r"open (?:till|until|til) [1-6] ?am",
        r"ouvert jusqu'(?:à|a) [1-6] ?h",
        # opening hours that close deep in the night, after the bars ("ouvert tous les jours
        # 9h-3h", "Open 9am-3am": fifth blind market); a house's hours, "ouvert" and "open" (a
        # woman who works alone says when she is available, "dispo"). Not 1 or 2 a.m.: "Open
        # 10am-2am" is ordinary for agencies and independents alike (seed 5151: a clean agency)
        r"ouvert (?:(?:7 ?/ ?7|tous les jours|7 jours sur 7) )?(?:de )?\d{1,2} ?h(?:\d\d)? ?"
        r"(?:à|a|-) ?[3-5] ?h",
        r"open (?:(?:daily|every ?day|7 days(?: a week)?) )?(?:from )?\d{1,2} ?(?:am|pm)? ?"
        r"(?:-|to|till|until) ?[3-5] ?am",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    return wording_share(WORDS, view, "round-the-clock availability")


INDICATOR = Indicator(
    id="round-the-clock",
    version=3,
    category="trafficking",
    label_fr="Disponible jour et nuit",
    label_en="Round-the-clock availability",
    description_fr="Disponibilité « 24/7 » : la personne ne semble pas maîtresse de ses heures.",
    description_en='"24/7" availability: the person does not seem to control her hours.',
    citation=f"{citations.UNODC_INDICATORS}; {citations.FINTRAC_2016}",
    default_weight=0.4,
    level="ad",
    signal="wording",
    measure=measure,
)
