"""Rotating workers: a roster where people arrive and leave within weeks."""

from __future__ import annotations

from datetime import timedelta

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library._roster_names import NamedTenure, named_tenures, tenure_share
from balise.indicators.measures import step_strength
from balise.schema import Evidence

MIN_SPAN_DAYS = 14
SETTLE = timedelta(days=14)  # first seen after two weeks: an arrival, not a rare poster
MIN_EXCESS = 3.0  # arrivals plus departures beyond what a stable roster shows by chance
SUCCESSION_MIN = 4  # women advertised one after another on the line
SUCCESSION_TENURE = timedelta(days=10)  # each for at most this long
SUCCESSION_GAP = timedelta(days=10)  # and the next one advertised within this of the last


def succession(view: ClusterView) -> list[NamedTenure]:
    """The women of a line advertised strictly one after another, each for days, none again:
    "Nouvelle cette semaine: Sabrina", a week later "Nouvelle cette semaine: Kassandra", and so
    on. Empty unless there are ``SUCCESSION_MIN`` or more, each seen in two ads or more (a woman
    seen once has no tenure to judge), each for at most ``SUCCESSION_TENURE``, and each next
    one starting after the last one's final ad and within ``SUCCESSION_GAP`` of it.

    Chance does not make this: a stable roster's woman whose two ads fall at random over
    eight weeks has them within ten days of each other about a third of the time, and four
    such women would still have to fall in order, without overlap, one after the other.
    """
    roster = [t for t in named_tenures(view) if t.ads >= 2]
    if len(roster) < SUCCESSION_MIN:
        return []
    for t in roster:
        if t.last - t.first > SUCCESSION_TENURE:
            return []
    for before, after in zip(roster, roster[1:], strict=False):
        if not before.last <= after.first <= before.last + SUCCESSION_GAP:
            return []
    return roster


def measure(view: ClusterView) -> Finding | None:
    if view.person_count < 3 or view.span_days < MIN_SPAN_DAYS:
        return None
    return _beyond_chance(view) or _one_after_another(view)


def _one_after_another(view: ClusterView) -> Finding | None:
    one_by_one = succession(view)
    if not one_by_one:
        return None
    return Finding(
        step_strength(len(one_by_one), ((4, 0.7), (5, 1.0))),
        tuple(
            Evidence(t.first_ad.source, t.first_ad.ad_id, f"advertised from {t.first:%Y-%m-%d}")
            for t in one_by_one[:5]
        ),
        f"{len(one_by_one)} persons advertised one after another on the line, each for "
        f"at most {SUCCESSION_TENURE.days} days",
    )


def _beyond_chance(view: ClusterView) -> Finding | None:
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
    version=2,
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
