"""A consistent first-person voice: the person speaks for herself."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library.phone_rotation import replaced_again_and_again
from balise.indicators.library.template_phones import FAKE_FIRST_PERSON_PEERS, template_peers
from balise.indicators.wording import spread_evidence
from balise.schema import Evidence

CONSISTENT = 0.8
MIN_VOICED = 2  # first-person ads that speak for her when the others have no voice


def speaks_for_herself(view: ClusterView) -> bool:
    """Two ads or more in her own voice and none about her (terse reposts that have no voice
    do not speak against her)."""
    voices = [v.voice for v in view.voices]
    return "third" not in voices and voices.count("first") >= MIN_VOICED


def measure(view: ClusterView) -> Finding | None:
    # "I" written for several different persons is someone else's voice, not theirs.
    if view.person_count > 1:
        return None
    # the same first person written for several phones is a template's, not hers
    if template_peers(view) >= FAKE_FIRST_PERSON_PEERS:
        return None
    # ... nor one carried by a line replaced again and again (seventh blind market: one text in
    # the first person, five phones in five weeks, never announced): the one-person counters
    # stand down there (``single-person``, ``local-only``), and so does this one
    if replaced_again_and_again(view):
        return None
    voices = view.voices
    if not voices or any(v.voice == "third" for v in voices):
        return None
    first = [v for v in voices if v.voice == "first"]
    share = len(first) / len(voices)
    # Terse reposts ("Amber, 19, petite & new. Late nights.") have no voice at all: they do
    # not speak against her. Two ads or more in her own voice and none about her are enough;
    # the strength stays the share of all her ads, so a few voiced ads count for less.
    if share < CONSISTENT and not speaks_for_herself(view):
        return None
    evidence: list[Evidence] = [e for v in first for e in v.evidence]
    return Finding(
        share,
        spread_evidence(evidence),
        f"first-person voice in {len(first)} of {len(voices)} ads, never third",
    )


INDICATOR = Indicator(
    id="first-person-voice",
    version=2,
    category="counter-indicator",
    label_fr="Parle en son propre nom",
    label_en="Consistent first-person voice",
    description_fr="Toutes les annonces sont écrites à la première personne, jamais par un "
    "tiers : signe d'une personne qui s'annonce elle-même.",
    description_en="Every ad is written in the first person, never by a third party: a sign "
    "of someone advertising herself.",
    citation=f"{citations.STELLA_SAFETY}; {citations.DUBRAWSKI_2015}",
    default_weight=-1.2,
    level="cluster",
    signal="wording",
    measure=measure,
)
