"""Third-person or plural voice: someone else writes about the advertised person."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.wording import spread_evidence
from balise.schema import Evidence


def measure(view: ClusterView) -> Finding | None:
    evidence: list[Evidence] = []
    third = 0
    for voice in view.voices:
        if voice.voice == "third":
            third += 1
            evidence.extend(voice.evidence)
    if not third:
        return None
    return Finding(
        third / len(view.ads),
        spread_evidence(evidence),
        f"third-person or plural voice in {third} of {len(view.ads)} ads",
    )


INDICATOR = Indicator(
    id="third-person-voice",
    version=1,
    category="trafficking",
    label_fr="Annonce écrite par un tiers",
    label_en="Third-person or plural voice",
    description_fr="L'annonce parle de la personne à la troisième personne ou au « nous ». "
    "Aussi le cas des agences légitimes : poids faible.",
    description_en='The ad speaks of the person in the third person or as "we". Legitimate '
    "agencies write so too: low weight.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.IBANEZ_2014}",
    default_weight=0.4,
    level="ad",
    signal="wording",
    measure=measure,
)
