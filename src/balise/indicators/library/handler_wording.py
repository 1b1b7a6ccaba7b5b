"""A handler's words: someone else speaks about her as his, or takes her bookings."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import step_strength
from balise.indicators.wording import spread_evidence


def handler_speaks(view: ClusterView) -> bool:
    """Some ad of the cluster holds a handler's words (``voice.CONTROLLER``)."""
    return any(voice.handler for voice in view.voices)


def measure(view: ClusterView) -> Finding | None:
    # The words that make an ad someone else's voice (``voice.CONTROLLER``: "ma blonde Vicky
    # ... fait tout ce que je lui demande", "appelle son ami pour réserver", "text her
    # booker") say more than who writes: a man presents her as his and the buyer deals with
    # him. Read from words, but what they state is a fact about the ad, not a selling word: a
    # third party advertises her and takes her bookings (what s. 286.4 of the Criminal Code
    # makes an offence). So it counts as a fact for "keywords alone decide nothing": a man who
    # writes "my girl ... call me to book her" beside coded words for a minor is flagged even
    # with one steady phone (the second blind market's b2-t04 and b2-t10 were not). The voice
    # reading has found these words already (``AdVoice.handler``): no second scan.
    theirs = [voice for voice in view.voices if voice.handler]
    if not theirs:
        return None
    # A count as much as a share: the man who writes "I have 3 girls ... pick the one you
    # want" in half of a line's ads runs the other half too (third blind market: 5 of 10 ads
    # gave half the weight), while one stray ad of a long cluster says less.
    return Finding(
        max(
            len(theirs) / len(view.ads), step_strength(len(theirs), ((1, 0.5), (2, 0.8), (3, 1.0)))
        ),
        spread_evidence([e for voice in theirs for e in voice.evidence]),
        f"a handler's words in {len(theirs)} of {len(view.ads)} ads",
    )


INDICATOR = Indicator(
    id="handler-wording",
    version=6,
    category="trafficking",
    label_fr="Un tiers parle d'elle et prend ses rendez-vous",
    label_en="A handler speaks for her",
    description_fr="Un homme la présente comme la sienne (« ma blonde », « mes filles à "
    "l'hôtel ») ou prend les rendez-vous et l'argent à sa place (« appelle son ami », « mon "
    "chum s'occupe de mes rendez-vous », « paiement d'avance à lui »).",
    description_en='A man presents her as his ("my girl", "my girls in town") or takes her '
    'bookings and money ("text her booker", "my management handles my bookings", "deposit '
    'to him").',
    citation=f"{citations.CRIMINAL_CODE_SELF_ADVERTISING}; {citations.UNODC_INDICATORS}",
    default_weight=2.0,
    level="ad",
    signal="fact",
    measure=measure,
)
