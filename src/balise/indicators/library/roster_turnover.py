"""Rotating workers: a roster where people arrive and leave within weeks."""

from __future__ import annotations

from datetime import timedelta

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library._roster_names import named_tenures, tenure_share
from balise.indicators.measures import step_strength
from balise.schema import Evidence

MIN_SPAN_DAYS = 14
SETTLE = timedelta(days=14)  # first seen after two weeks: an arrival, not a rare poster
MIN_EXCESS = 3.0  # arrivals plus departures beyond what a stable roster shows by chance


def measure(view: ClusterView) -> Finding | None:
    if view.person_count < 3 or view.span_days < MIN_SPAN_DAYS:
        return None
    roster = named_tenures(view)
    start = view.ads[0].posted_at
    arrivals = [t for t in roster if t.first - start > SETTLE]
    mean_share = sum(tenure_share(view, t) for t in roster) / len(roster)
    if len(arrivals) < 3 or mean_share > 0.6:
        return None
    # A first ad after two weeks is an arrival only if she would not have gone unseen had she
    # been there all along: with n ads spread over the period, a woman on a stable roster has
    # none in the first two weeks with chance (1 - 14 / span) ** n, and none in the last two
    # with the same chance. Sparse posting (an agency advertising each woman once or twice in
    # two months) makes "late" first ads and "early" last ads expected of a stable roster; only
    # the arrivals and departures beyond that chance are turnover.
    end = view.ads[-1].posted_at
    departures = [t for t in roster if end - t.last > SETTLE]
    late = max(0.0, 1.0 - SETTLE.days / view.span_days)
    by_chance = sum(late**t.ads for t in roster)
    excess = (len(arrivals) - by_chance) + (len(departures) - by_chance)
    if excess < MIN_EXCESS:
        return None
    # Arrivals (and as many departures) per four weeks after the settling period, beyond chance.
    watched_weeks = max(1.0, (view.span_days - SETTLE.days) / 7.0)
    per_month = excess / 2.0 / watched_weeks * 4.0
    strength = step_strength(per_month, ((1.0, 0.4), (2.0, 0.7), (3.0, 1.0)))
    if strength <= 0.0:
        return None
    evidence = tuple(
        Evidence(
            t.first_ad.source, t.first_ad.ad_id, f"new person first advertised {t.first:%Y-%m-%d}"
        )
        for t in arrivals[:5]
    )
    return Finding(
        strength,
        evidence,
        f"{len(arrivals)} of {len(roster)} persons arrived after two weeks and {len(departures)} "
        f"left before the last two, {excess:.1f} more than a stable roster posting as sparsely "
        f"shows by chance ({per_month:.1f} a month); "
        f"each stays {mean_share:.0%} of the period on average",
    )


INDICATOR = Indicator(
    id="roster-turnover",
    version=1,
    category="exploitative-venue",
    label_fr="Roulement des travailleuses",
    label_en="Rotating workers",
    description_fr="De nouvelles personnes arrivent et repartent en quelques semaines : "
    "les travailleuses sont déplacées d'un lieu à l'autre.",
    description_en="New people arrive and leave within weeks: workers are moved from place "
    "to place.",
    citation=f"{citations.UNODC_INDICATORS}; {citations.RCMP_2010}",
    default_weight=1.3,
    level="cluster",
    signal="network",
    measure=measure,
)
