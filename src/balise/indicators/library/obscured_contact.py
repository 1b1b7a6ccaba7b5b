"""Obscured contact details: a phone given only in an obfuscated form."""

from __future__ import annotations

import re

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, find_mentions, mention_evidence
from balise.schema import AdExtraction, AdRecord, Evidence

# A phone written the ordinary way ("(514) 555-0123", "514.555.0123"): ASCII digits, usual
# separators. The indicator is about a number given *only* in a disguised form; the same number
# also printed plainly (in the contact field, say) is not hidden from anyone.
_PLAIN = re.compile(r"(?:\+?1[ .-]?)?\(?[0-9]{3}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}")


def hidden_phones(ad: AdRecord, ex: AdExtraction) -> list[Evidence]:
    """Evidence of the ad's phones given only in a disguised form (empty when every phone is
    also printed plainly). Without phone mentions, the extractor's flag decides."""
    if not ex.obfuscated_phone:
        return []
    mentions = find_mentions(ex, "phone")
    if not mentions:
        shown = ex.phones[0] if ex.phones else "phone"
        return [Evidence(ad.source, ad.ad_id, f"obfuscated {shown}")]
    plain = {m.value for m in mentions if _PLAIN.fullmatch(m.span.text.strip())}
    return [mention_evidence(ex, m) for m in mentions if m.value not in plain]


def measure(view: ClusterView) -> Finding | None:
    matched = 0
    evidence: list[Evidence] = []
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        hidden = hidden_phones(ad, ex)
        if not hidden:
            continue
        matched += 1
        evidence.append(hidden[0])
    if not matched:
        return None
    share = matched / len(view.ads)
    return Finding(share, tuple(evidence), f"phone obscured in {matched} of {len(view.ads)} ads")


INDICATOR = Indicator(
    id="obscured-contact",
    version=1,
    category="trafficking",
    label_fr="Coordonnées masquées",
    label_en="Obscured contact details",
    description_fr="Le numéro n'apparaît que sous une forme maquillée (lettres, émojis, "
    "espaces) pour échapper aux filtres du site et aux recherches.",
    description_en="The phone appears only in a disguised form (words, emoji, spacing) that "
    "dodges the site's filters and searches.",
    citation=f"{citations.OUTCOME_STUDY}; {citations.IBANEZ_2014}",
    default_weight=1.0,
    level="ad",
    # How the ad writes its number is writing, like its words: independent workers spell
    # their number out against scrapers too, so on its own it does not carry a flag past the
    # "keywords alone decide nothing" rule (it keeps its weight in the score). As "fact" it
    # let obscured contact + a listed ethnicity + third-person style flag independents alone.
    signal="wording",
    measure=measure,
)
