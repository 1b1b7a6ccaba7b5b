"""Round 10 (issue 5): what the fourth blind market showed. A venue's stability is the
business's, a weekly turnover is a fact about the house, and a "special" is a half hour (the
round's wording rows are in test_wording's table). Hand-made clusters, synthetic text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from cluster_factory import Ad, build, fired_ids

from balise.indicators import ClusterView, library


def strength(indicator_id: str, view: ClusterView) -> float | None:
    hit = library.get_indicator(indicator_id).detect(view)
    return None if hit is None else hit.strength


def test_a_stated_turnover_counts_by_ads_not_by_share() -> None:
    plain = ["Spa Perle, massage détente, stationnement."] * 6
    once = build([Ad(t, day=7 * d) for d, t in enumerate(plain + ["Nouvelles filles!"] * 2)])
    weekly = build(
        [Ad(t, day=7 * d) for d, t in enumerate(plain + ["Nouvelles filles chaque semaine"] * 2)]
    )
    low, high = strength("new-worker-wording", once), strength("new-worker-wording", weekly)
    assert low == pytest.approx(2 / 8)
    assert high is not None and high >= 0.85


def _venue(*, cheap: bool, new_girls: bool) -> ClusterView:
    text = "Spa Oasis, massage, douche." + (" Nouvelles filles!" if new_girls else "")
    prices = ((45, 30),) if cheap else ((140, 60),)
    return build([Ad(text, person=f"p{d % 3}", prices=prices, day=d) for d in range(0, 42, 3)])


def test_two_venue_signs_take_the_stability_counters_away() -> None:
    venue = fired_ids(_venue(cheap=True, new_girls=True))
    assert {"very-low-prices", "new-worker-wording"} <= venue
    assert not venue & {"stable-phone", "local-only"}


@pytest.mark.parametrize(("cheap", "new_girls"), [(True, False), (False, True)])
def test_one_venue_sign_leaves_them(cheap: bool, new_girls: bool) -> None:
    # one sign alone is common to clean agencies ("new girls" on a roster page)
    assert "local-only" in fired_ids(_venue(cheap=cheap, new_girls=new_girls))


def test_several_first_persons_on_one_line_keep_local_only() -> None:
    # also how one worker with a work name per site looks: the stability counter of the line
    # (stable-phone) stands down, the one of the place does not
    women = [
        ("Mia", "Je suis Mia, je t'attends"),
        ("Anna", "Je suis Anna, je t'attends"),
        ("Kayla", "Je suis Kayla, je t'attends"),
    ]
    ads = [
        Ad(text, name=name, person=f"p{i}", day=d)
        for i, (name, text) in enumerate(women)
        for d in range(i, 40, 6)
    ]
    found = fired_ids(build(ads))
    assert "voiced-for-several" in found
    assert "stable-phone" not in found and "local-only" in found


def test_a_turnover_read_two_ways_is_one_sign() -> None:
    from balise.indicators.library._venue_signs import SAME_SIGN, venue_signs

    assert set(SAME_SIGN) == {"new-worker-wording", "roster-turnover"}
    # "new girls" in the words and a roster that changes: one sign, the counters stay
    ads = [Ad("Nouvelles filles! Massage.", person=f"p{d // 9}", day=d) for d in range(0, 42, 3)]
    view = build(ads)
    found = fired_ids(view)
    assert {"new-worker-wording", "roster-turnover"} <= found
    assert venue_signs(view) == 1
    assert "local-only" in found


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Body rub $40 special, walk-ins welcome", True),
        ("Special 50$ avant midi. 30 min 70, 1 h 120", True),
        ("Massage 60$ spécial", False),  # 120 $/h for the half hour: not very low
        ("Dépôt 50$ requis pour un premier rendez-vous", False),  # a deposit has no duration
        ("Duo special 300$", False),
    ],
)
def test_a_special_with_no_duration_is_a_half_hour(text: str, fires: bool) -> None:
    from balise.extract import extract_ad

    view = build([Ad(text, phone=None)])
    ad = view.ads[0]
    # the prices as extraction reads them from this text (spans into the original)
    prices = tuple(extract_ad(ad).prices)
    view = ClusterView(
        view.cluster,
        view.ads,
        tuple(replace(ex, prices=prices) for ex in view.extractions),
    )
    assert (strength("very-low-prices", view) is not None) == fires
