"""Wording of a rotating roster ("new girls every week")."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import step_strength, wording_share
from balise.indicators.wording import Wording

# what the newcomers are sold as, between "new" and the noun (not any word: "new, not like other
# girls" is one woman's)
_LOOKS_EN = (
    r"young|asian|latina|latin|european|exotic|hot|sexy|beautiful|pretty|gorgeous|sweet|"
    r"petite|thai|korean|chinese|japanese|russian|brazilian|colombian|ebony|blonde"
)
_LOOKS_FR = (
    r"jeunes|belles|jolies|sexy|asiatiques|latinas|latines|europ[ée]ennes|exotiques|"
    r"petites|douces|coquines|russes|br[ée]siliennes|colombiennes|blondes"
)

WORDS = Wording(
    "new-workers",
    (
        r"new girls(?: (?:every|each) (?:week|day))?",
        r"new ladies",
        r"new staff",
        # the other names a house gives its women ("New attendants every week!": fifth blind
        # market)
        r"new (?:attendants|hostesses|masseuses|dancers)",
        r"nouvelles? h[ôo]tesses?",
        # a salon's dancers ("nouvelles danseuses chaque semaine, de Toronto": seventh blind
        # market)
        r"nouvelles danseuses",
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
        # the newcomers described on the way ("NEW young attendants", "new young Asian girls",
        # "nouvelles jeunes masseuses"): a house's window, however many words sit between
        rf"new (?:(?:{_LOOKS_EN}) ){{1,2}}(?:girls|ladies|attendants|staff|masseuses)",
        rf"nouvelles (?:(?:{_LOOKS_FR}) ){{1,2}}(?:filles|masseuses|demoiselles|employ[ée]es)",
    ),
)

ROTATION = Wording(
    "rotation",
    (
        r"(?:every|each) (?:week|weekend|month)",
        r"weekly",
        r"(?:chaque|toutes les) (?:semaines?|fins? de semaine|mois)",
        r"(?:à|a) chaque semaine",
    ),
)
"""When the newcomers come: "every week", "chaque semaine". With new-worker words in the same
ad it states a turnover (a fact about the house), not a one-off "new girl in town"."""


def measure(view: ClusterView) -> Finding | None:
    found = wording_share(WORDS, view, "rotating-roster wording")
    if found is None:
        return None
    # A share alone weighed "new girls every week" in two of eight ads like one stray "new
    # girls" (fourth blind market: three parlours stated a weekly turnover and got 0.4). The
    # ads that also say when the newcomers come are counted as live-in's facts are: by number.
    rotating = sum(
        1
        for words, when in zip(view.matches(WORDS), view.matches(ROTATION), strict=True)
        if words and when
    )
    if not rotating:
        return found
    strength = max(found.strength, step_strength(rotating, ((1, 0.7), (2, 0.85), (3, 1.0))))
    return Finding(strength, found.evidence, f"{found.detail}, a turnover stated in {rotating}")


INDICATOR = Indicator(
    id="new-worker-wording",
    version=4,
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
