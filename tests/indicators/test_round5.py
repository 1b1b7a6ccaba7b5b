"""Round 5 (issue 5): turnover beyond chance, the counters' own conditions, live-in as a fact,
roster ads' persons behind their phone. Hand-made clusters, synthetic text."""

from __future__ import annotations

from cluster_factory import Ad, build, fired, with_email

from balise.indicators import library

# Eight women on an agency's stable roster over 50 days, each advertised once or twice at
# scattered dates: most first ads fall after two weeks and most last ads before the last two,
# because the agency posts each woman rarely, not because anyone arrived or left.
SPARSE_STABLE = [(0, 31), (4, 44), (17,), (22, 49), (27,), (33,), (38, 9), (45, 12)]


def test_sparse_posting_of_a_stable_roster_is_not_turnover() -> None:
    ads = [
        Ad("Notre agence vous présente", person=f"p{i}", day=day)
        for i, days in enumerate(SPARSE_STABLE)
        for day in days
    ]
    assert "roster-turnover" not in fired(build(ads))


def test_a_roster_that_renews_itself_is_turnover() -> None:
    # a new woman every week, each advertised daily for the week she is there
    ads = [Ad("Nouvelle", person=f"p{w}", day=w * 7 + d) for w in range(8) for d in range(5)]
    hit = library.get_indicator("roster-turnover").detect(build(ads))
    assert hit is not None and hit.strength >= 0.7
    assert "by chance" in hit.detail


def test_stable_phone_counts_only_a_number_printed_plainly() -> None:
    days = range(0, 50, 6)  # 9 ads over 48 days
    plain = [Ad("Lily", day=d) for d in days]
    hidden = [Ad("Lily", day=d, obfuscated=True, shown_as="five one four 555 0100") for d in days]
    half = [
        Ad(
            "Lily",
            day=d,
            obfuscated=bool(i % 2),
            shown_as="five one four 555 0100" if i % 2 else None,
        )
        for i, d in enumerate(days)
    ]
    stable = library.get_indicator("stable-phone")
    assert (hit := stable.detect(build(plain))) is not None and hit.strength == 1.0
    assert stable.detect(build(hidden)) is None
    partly = stable.detect(build(half))
    assert partly is not None and 0.4 <= partly.strength <= 0.6
    assert "printed plainly in 5 of 9" in partly.detail


def test_live_in_said_once_in_a_busy_venue_is_not_diluted() -> None:
    ads = [Ad("Salon de massage, ambiance propre", person=f"p{i % 5}", day=i) for i in range(30)]
    ads.append(Ad("Les filles sont logées et nourries", person="p0", day=31))
    hit = library.get_indicator("live-in").detect(build(ads))
    assert hit is not None and hit.strength >= 0.7


def test_two_persons_are_not_a_roster() -> None:
    pair = [Ad("Deux amies", person=f"p{p}", day=d) for p in range(2) for d in range(0, 36, 5)]
    assert "stable-roster" not in fired(with_email(build(pair)))
    trio = [Ad("Notre équipe", person=f"p{p}", day=d) for p in range(3) for d in range(0, 36, 5)]
    assert "stable-roster" in fired(with_email(build(trio)))


def test_a_roster_ad_counts_the_persons_it_names_behind_its_phone() -> None:
    roster = [Ad("Nos masseuses: Julia, Crystal et Maya.", person="p1", name="Julia", day=0)]
    hit = library.get_indicator("shared-phone-persons").detect(build(roster))
    assert hit is not None and "3 persons" in hit.detail
    alone = [Ad("Je suis Julia, service discret", person="p1", day=0)]
    assert library.get_indicator("shared-phone-persons").detect(build(alone)) is None
