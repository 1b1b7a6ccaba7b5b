"""One person: the cluster advertises a single person."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.schema import Evidence


def measure(view: ClusterView) -> Finding | None:
    if view.person_count != 1:
        return None
    names = sorted({n for ex in view.extractions for n in ex.names[:1]})
    picks = (view.ads[0], view.ads[-1]) if len(view.ads) > 1 else (view.ads[0],)
    who = names[0] if len(names) == 1 else "one person"
    evidence = tuple(Evidence(ad.source, ad.ad_id, f"{who}: {ad.title[:60]}") for ad in picks)
    return Finding(1.0, evidence, f"all {len(view.ads)} ads advertise {who}")


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
