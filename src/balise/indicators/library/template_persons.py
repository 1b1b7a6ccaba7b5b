"""One text template written about several persons."""

from __future__ import annotations

from collections import defaultdict

import regex

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library import shared_phone_persons
from balise.schema import AdExtraction, AdRecord, Evidence

_NOISE = regex.compile(r"[\d\W_]+")
MIN_SKELETON = 40  # characters: shorter bodies are too generic to call a template


def skeleton(ad: AdRecord, ex: AdExtraction) -> str:
    """The body with its slots (names, numbers, punctuation) removed: what a template keeps."""
    text = ad.body.casefold()
    for name in ex.names:
        text = text.replace(name.casefold(), " ")
    return str(_NOISE.sub(" ", text)).strip()


def measure(view: ClusterView) -> Finding | None:
    if view.person_count < 2:
        return None
    # Several persons behind one phone already say "one hand manages them"; a shared template
    # says the same thing again (and honest agencies do both), so it is not counted twice.
    if shared_phone_persons.measure(view) is not None:
        return None
    groups: dict[str, dict[str, AdRecord]] = defaultdict(dict)  # skeleton -> person -> ad
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        person = view.person_of.get(ad.key)
        sk = skeleton(ad, ex)
        if person is None or len(sk) < MIN_SKELETON:
            continue
        groups[sk].setdefault(person, ad)
    best = max(groups.values(), key=len, default={})
    if len(best) >= 2:
        evidence = tuple(
            Evidence(ad.source, ad.ad_id, ad.body[:80], "body", 0, min(80, len(ad.body)))
            for ad in best.values()
        )
        return Finding(
            min(1.0, 0.4 * len(best)), evidence, f"one text template about {len(best)} persons"
        )
    # The linker may have joined near-duplicate texts that our exact skeleton misses.
    text_links = [link for link in view.cluster.links if link.kind == "text"]
    if not text_links:
        return None
    first_ad: dict[str, AdRecord] = {}
    for ad in view.ads:
        person = view.person_of.get(ad.key)
        if person is not None:
            first_ad.setdefault(person, ad)
    if len(first_ad) < 2:
        return None
    evidence = tuple(
        Evidence(ad.source, ad.ad_id, f"text template {text_links[0].value}: {ad.body[:60]}")
        for ad in list(first_ad.values())[:4]
    )
    return Finding(0.5, evidence, f"text-template link across {len(first_ad)} persons")


INDICATOR = Indicator(
    id="template-persons",
    version=1,
    category="trafficking",
    label_fr="Même modèle de texte pour plusieurs personnes",
    label_en="One template written about several persons",
    description_fr="Le même texte, seuls le nom et l'âge changent, annonce plusieurs "
    "personnes : une même main écrit pour elles.",
    description_en="The same text, with only the name and age changed, advertises several "
    "persons: one hand writes for them.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.KESKIN_2021}",
    default_weight=0.8,
    level="cluster",
    signal="network",
    measure=measure,
)
