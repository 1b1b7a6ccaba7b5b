"""Several persons who each "speak for herself", all through one phone: a fake first person."""

from __future__ import annotations

from collections import defaultdict

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.measures import step_strength
from balise.schema import AdKey, Evidence

MIN_SPEAKERS = 3


def measure(view: ClusterView) -> Finding | None:
    if view.person_count < MIN_SPEAKERS:
        return None
    # phone -> person -> the first ad in which that person "speaks" in the first person
    speakers: dict[str, dict[str, Evidence]] = defaultdict(dict)
    first: dict[AdKey, Evidence] = {}
    for ad, ex, voice in zip(view.ads, view.extractions, view.voices, strict=True):
        person = view.person_of.get(ad.key)
        if person is None or voice.voice != "first" or not voice.evidence:
            continue
        # an ad naming several persons (a roster) speaks for none of them in particular
        if len({n.casefold() for n in ex.names}) > 1:
            continue
        for phone in ex.phones:
            if person not in speakers[phone]:
                speakers[phone][person] = voice.evidence[0]
                first.setdefault(ad.key, value_evidence(ad, ex, "phone", phone))
    phone, seen = max(speakers.items(), key=lambda kv: len(kv[1]), default=("", {}))
    # Two women sharing a line and each writing her own ad is what a duo of independents looks
    # like; at three or more, "I" through one phone is one hand writing for others.
    if len(seen) < MIN_SPEAKERS:
        return None
    strength = step_strength(len(seen), ((3, 0.7), (4, 1.0)))
    evidence = tuple(seen.values()) + tuple(first.values())[:2]
    return Finding(
        strength,
        evidence,
        f"{len(seen)} persons each write 'I' in their ads, all through {phone}",
    )


INDICATOR = Indicator(
    id="first-person-for-several",
    version=1,
    category="trafficking",
    label_fr="Plusieurs personnes qui disent « je » par le même numéro",
    label_en="Several persons each saying 'I' through one phone",
    description_fr="Les annonces de plusieurs personnes sont écrites à la première personne, "
    "comme si chacune parlait pour elle-même, mais toutes passent par le même numéro : "
    "quelqu'un d'autre écrit en leur nom.",
    description_en="The ads of several persons are written in the first person, as if each "
    "spoke for herself, but all go through the same phone: someone else writes in their name.",
    citation=f"{citations.DUBRAWSKI_2015}; Criminal Code ss. 286.4-286.5 (advertising someone "
    "else's sexual services; immunity only for one's own)",
    default_weight=0.8,
    level="cluster",
    signal="network",
    measure=measure,
)
