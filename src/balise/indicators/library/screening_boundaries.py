"""Screening, deposits and boundaries: the safety practices of people who work for themselves."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import share_of_ads
from balise.indicators.wording import Wording

WORDS = Wording(
    "screening",
    (
        r"screening",
        r"screen(?:ed)?",
        r"references?",
        r"r[ée]f[ée]rences?",
        r"v[ée]rification",
        r"verification",
        r"verified",
        r"deposit",
        r"d[ée]p[ôo]t",
        r"my (?:rules|limits|boundaries)",
        r"mes (?:r[èe]gles|limites)",
        r"respect(?:ez)? mes",
        r"respect my",
        r"no bb(?:fs)?",
        r"no bareback",
        r"pas de (?:bb|sans protection)",
        r"protection (?:obligatoire|always|"
        r"toujours|required)",
        r"always protected",
        r"safe sex only",
        # Not "by appointment" / "sur rendez-vous": every incall, venue and booking line works by
        # appointment; it says nothing of who decides (Stella lists screening, deposits, limits).
        r"booking policy",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    # The practices of a person working for herself; a third party can paste the words in
    # an ad for several persons, so they only count for a one-person cluster.
    if view.person_count > 1:
        return None
    # A deposit paid to someone else is not self-management: in an ad where a handler speaks
    # (``voice.ad_voice``: "deposit to my boyfriend", "paiement d'avance à lui", "dont text
    # her, text me ... deposit first") the deposit and the rules are his (sixth blind market:
    # -0.90 on a boyfriend's ads for a minor).
    per_ad = [
        () if voice.handler else found
        for found, voice in zip(view.matches(WORDS), view.voices, strict=True)
    ]
    return share_of_ads(view, per_ad, "screening, deposit or boundary wording")


INDICATOR = Indicator(
    id="screening-boundaries",
    version=2,
    category="counter-indicator",
    label_fr="Filtrage, dépôt, limites",
    label_en="Screening, deposits, boundaries",
    description_fr="La personne filtre ses clients, demande un dépôt, pose ses limites : "
    "signes d'une personne qui décide de son travail.",
    description_en="The person screens clients, asks for a deposit, states her boundaries: "
    "signs of someone who decides how she works.",
    citation=citations.STELLA_SAFETY,
    default_weight=-0.9,
    level="ad",
    signal="wording",
    measure=measure,
)
