"""One person: the cluster advertises a single person."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library.phone_rotation import replaced_again_and_again
from balise.indicators.library.template_phones import FAKE_FIRST_PERSON_PEERS, template_peers
from balise.schema import Evidence


def measure(view: ClusterView) -> Finding | None:
    if view.person_count != 1:
        return None
    if replaced_again_and_again(view):
        return None
    # her words are also written for other phones: whose the one person is, is not known
    if template_peers(view) >= FAKE_FIRST_PERSON_PEERS:
        return None
    # An ad that names several people (a venue's "available today: A, B, C"), or states several
    # ages (a duo, a roster: "Nina 28, Océane 37"), advertises several persons, whatever the
    # person grouping made of it (age-drift reads several ages in one ad the same way).
    if any(
        len({n.casefold() for n in ex.names}) > 1 or len(set(ex.ages)) > 1
        for ex in view.extractions
    ):
        return None
    # The immunity is for advertising one's *own* services: ads written about her by someone
    # else ("elle", "we") are not self-advertising, so they take their share off the counter.
    third = sum(1 for voice in view.voices if voice.voice == "third")
    strength = 1.0 - third / len(view.ads)
    if third:
        # someone else demonstrably writes some of her ads: the ads that say neither "I" nor
        # "she" are as likely his, and only those where she says "I" speak for her
        strength = sum(1 for voice in view.voices if voice.voice == "first") / len(view.ads)
    if strength <= 0.0:
        return None
    names = sorted({n for ex in view.extractions for n in ex.names[:1]})
    picks = (view.ads[0], view.ads[-1]) if len(view.ads) > 1 else (view.ads[0],)
    who = names[0] if len(names) == 1 else "one person"
    evidence = tuple(Evidence(ad.source, ad.ad_id, f"{who}: {ad.title[:60]}") for ad in picks)
    detail = f"all {len(view.ads)} ads advertise {who}"
    if third:
        detail += f" ({third} written by someone else)"
    return Finding(strength, evidence, detail)


INDICATOR = Indicator(
    id="single-person",
    version=1,
    category="counter-indicator",
    label_fr="Une seule personne",
    label_en="One person",
    description_fr="Toutes les annonces présentent la même personne, seule.",
    description_en="Every ad presents the same single person.",
    citation=f"{citations.STELLA_SAFETY}; Criminal Code s. 286.5 (immunity for advertising "
    "one's own services)",
    default_weight=-0.8,
    level="cluster",
    signal="network",
    measure=measure,
)
