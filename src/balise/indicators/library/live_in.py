"""Live-in hints: workers sleep where they work."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import step_strength, wording_share
from balise.indicators.wording import Wording

WORDS = Wording(
    "live-in",
    (
        # "live-in", not "live in": an independent "lives in Montréal" (hand-written check)
        r"live-in",
        r"live in (?:girls?|ladies|masseuses?|staff)",
        r"lives? on site",
        # not "lives here" alone: "Nikki is visiting and Rae lives here" is a woman's own home
        # (sixth blind market: a duo of independents flagged on it)
        r"lives? at the (?:spa|studio|salon)",
        r"(?:girls|ladies|staff|they) live here",
        r"stays? (?:here|on site|at the (?:spa|studio|salon))",
        r"always (?:here|on site)",
        r"sleeps? (?:here|on site)",
        r"(?:habite|habitent|vivent|dorment|restent) sur place",
        # "Elles restent au spa", "the girls stay at the parlour" (fourth blind market)
        r"(?:habitent|vivent|dorment|restent) (?:au |à l'|a l'|dans le |dans l'|dans la )"
        r"(?:spa|salon|studio|institut|condo|appartement|appart)",
        r"(?:girls|ladies|staff) (?:live|stay|sleep) (?:at|in) the "
        r"(?:spa|salon|studio|parlou?r|house|condo|apartment)",
        # "She stays with us", "Staff live nearby, always ready" (third blind market): the
        # house keeps them close, at its call
        r"stays? with us",
        r"(?:staff|girls|ladies) (?:lives?|stays?) (?:nearby|close by|upstairs|downstairs|"
        r"next door|in the building)",
        r"(?:habite|habitent|reste|restent|dort|dorment) (?:avec nous|chez nous|en haut)",
        r"vit sur place",
        r"dort sur place",
        r"log[ée]e?s? (?:et|&) nourrie?s?",
        r"nourrie?s? (?:et|&) log[ée]e?s?",
        r"log[ée]e?s? sur place",
        r"toujours sur place",
        # someone is always there, late into the night ("Toujours quelqu'un sur place, même
        # tard la nuit": fifth blind market); the house's women, not a receptionist's hours
        r"(?:toujours|always) (?:quelqu'un|quelqu’un|someone|une fille|a girl) "
        r"(?:sur place|on site|here|ici|l[àa])",
        r"housing provided",
        r"room (?:and|&) board",
        # a house for the staff ("Room & board provided in the staff house": eighth blind
        # market, the English of "logement fourni")
        r"staff (?:house|housing|dorm|quarters)",
        r"h[ée]bergement fourni",
        r"logement fourni",
        # a recruitment ad that houses the recruits ("accommodation provided, airport pickup,
        # cash paid daily": fifth blind market)
        # ... with what else the house provides between ("accommodation & transport provided",
        # "logement et transport fournis": sixth blind market)
        r"(?:accommodations?|lodging|housing)(?: (?:&|and) (?:transport(?:ation)?|travel|rides|"
        r"food|meals))? (?:provided|included|available|free)",
        r"free (?:accommodations?|housing|lodging)",
        r"(?:we provide|provided:?) (?:a )?place to stay",
        r"place to stay (?:provided|included)",
        r"(?:logement|h[ée]bergement)(?: (?:et|&) (?:transport|nourriture|repas))? "
        r"(?:inclus|gratuits?|offerts?|disponibles?|fournis?)",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    # Read from words, but what they state is a fact about the place, not a selling word: the
    # workers sleep where they work (UNODC's list), which no independent says of herself ("I
    # live in Montréal" is not read). So it counts as a fact for "keywords alone decide
    # nothing", like ``handler-wording``: a venue with live-in words, a rotating staff and
    # round-the-clock hours had no other fact to show (third blind market).
    found = wording_share(WORDS, view, "live-in hints")
    if found is None:
        return None
    # Counted in ads, not as a share: where the workers sleep is a fact about the place, and a
    # busy venue that says it in three of its thirty ads says it no less than one that says it
    # in every ad (a share diluted it to nothing in exactly the venues that post the most).
    matched = sum(1 for found_in_ad in view.matches(WORDS) if found_in_ad)
    strength = step_strength(matched, ((1, 0.7), (2, 0.85), (3, 1.0)))
    return Finding(strength, found.evidence, found.detail)


INDICATOR = Indicator(
    id="live-in",
    version=8,
    category="exploitative-venue",
    label_fr="Hébergée sur place",
    label_en="Live-in hints",
    description_fr="Les annonces laissent entendre que les travailleuses vivent ou dorment "
    "sur le lieu de travail.",
    description_en="The ads hint that the workers live or sleep where they work.",
    citation=f"{citations.UNODC_INDICATORS}; {citations.FINTRAC_2016}",
    default_weight=1.4,
    level="ad",
    signal="fact",
    measure=measure,
)
