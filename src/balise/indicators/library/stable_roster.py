"""A stable roster: the same people, advertised over the whole period."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library._roster_names import named_tenures, tenure_share
from balise.indicators.library.voiced_for_several import hides_handler, unnamed_manager
from balise.schema import Evidence

MIN_SPAN_DAYS = 21
STAYS = 0.6


MIN_PERSONS = 3  # two women behind one phone are a pair, not an agency's roster


def measure(view: ClusterView) -> Finding | None:
    # The counter is the honest agency's: a roster that stays. Two persons advertised together
    # for weeks through one phone is also the plainest shape of a third party holding two women,
    # and nothing in the pair tells the two apart, so it takes three persons to speak of a roster.
    if view.person_count < MIN_PERSONS or view.span_days < MIN_SPAN_DAYS:
        return None
    # the counter is an agency's, and an agency that shows itself: a line through which each
    # woman "speaks for herself" presents no agency at all (`voiced-for-several`), and nor do
    # ads that no business signs (as for `stable-phone`: whoever answers stays unnamed)
    if hides_handler(view) or unnamed_manager(view):
        return None
    roster = named_tenures(view)
    if any(tenure_share(view, t) < STAYS for t in roster):
        return None
    evidence = tuple(
        Evidence(
            t.first_ad.source,
            t.first_ad.ad_id,
            f"same person advertised {t.first:%Y-%m-%d} to {t.last:%Y-%m-%d}",
        )
        for t in roster[:5]
    )
    return Finding(
        1.0,
        evidence,
        f"{len(roster)} persons, each advertised over most of {view.span_days:.0f} days",
    )


INDICATOR = Indicator(
    id="stable-roster",
    version=1,
    category="counter-indicator",
    label_fr="Équipe stable",
    label_en="Stable roster",
    description_fr="Les mêmes personnes sont annoncées tout au long de la période : "
    "pas de roulement, signe d'une agence qui ne déplace pas ses travailleuses.",
    description_en="The same people are advertised over the whole period: no turnover, the "
    "sign of an agency that does not move its workers around.",
    citation=f"{citations.UNODC_INDICATORS} (the converse of its rotation indicator)",
    default_weight=-1.0,
    level="cluster",
    signal="network",
    measure=measure,
)
