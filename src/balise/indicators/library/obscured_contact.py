"""Obscured contact details: a phone given only in an obfuscated form."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, find_mentions, mention_evidence
from balise.schema import Evidence


def measure(view: ClusterView) -> Finding | None:
    matched = 0
    evidence: list[Evidence] = []
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        if not ex.obfuscated_phone:
            continue
        matched += 1
        mentions = find_mentions(ex, "phone")
        if mentions:
            evidence.extend(mention_evidence(ex, m) for m in mentions[:1])
        else:
            shown = ex.phones[0] if ex.phones else "phone"
            evidence.append(Evidence(ad.source, ad.ad_id, f"obfuscated {shown}"))
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
    signal="fact",
    measure=measure,
)
