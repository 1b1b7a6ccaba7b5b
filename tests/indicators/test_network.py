"""Cluster-level indicators on hand-made clusters."""

from __future__ import annotations

import pytest
from cluster_factory import Ad, build, fired, with_email

from balise.indicators import library, run_indicators
from balise.schema import Link


def test_several_persons_behind_one_phone() -> None:
    ads = [
        Ad("Lily douce", person="p1", day=0),
        Ad("Mia coquine", person="p2", day=1),
        Ad("Zoe sexy", person="p3", day=2),
    ]
    hit = library.get_indicator("shared-phone-persons").detect(build(ads))
    assert hit is not None and hit.strength >= 0.8
    assert len({(e.source, e.ad_id) for e in hit.evidence}) == 3
    one = [Ad("Lily", day=d) for d in range(3)]
    assert library.get_indicator("shared-phone-persons").detect(build(one)) is None


def test_phone_rotation_versus_two_concurrent_lines() -> None:
    rotated = [Ad("Same photos, same text", day=d * 7, phone=f"+1514555010{d}") for d in range(4)]
    hit = library.get_indicator("phone-rotation").detect(
        build(rotated, links=(Link("image", "ffee", 4),))
    )
    assert hit is not None and hit.strength == 1.0 and "image" in hit.detail
    # An agency's two lines used side by side are not a rotation.
    concurrent = [
        Ad("Agency", day=d, phone="+15145550100" if d % 2 else "+15145550199") for d in range(10)
    ]
    assert library.get_indicator("phone-rotation").detect(build(concurrent)) is None


@pytest.mark.parametrize(
    "announcement",
    [
        "Nouveau numéro! L'ancien ne marche plus.",
        "New number (old one is dead)",
        "J'ai perdu mon cell, nouveau numéro",
        "Changed my number, text me here",
    ],
)
def test_a_change_of_number_the_ads_announce_is_not_a_rotation(announcement: str) -> None:
    before = [Ad("Lily, massage", day=d, phone="+15145550101") for d in range(0, 20, 4)]
    after = [Ad(f"Lily, massage. {announcement}", day=d, phone="+15145550102") for d in (22, 26)]
    view = build([*before, *after])
    assert library.get_indicator("phone-rotation").detect(view) is None
    # the same change, unannounced, is one rotation
    silent = [Ad("Lily, massage", day=d, phone="+15145550102") for d in (22, 26)]
    hit = library.get_indicator("phone-rotation").detect(build([*before, *silent]))
    assert hit is not None and hit.strength == 0.45


def test_one_person_counters_stand_down_on_a_line_of_burners() -> None:
    burners = [
        Ad("Je suis Lily, je reçois chez moi", day=d * 5, phone=f"+1514555020{d}", name="Lily")
        for d in range(5)
    ]
    ids = {i.id for i in library.all_indicators() if i.detect(build(burners)) is not None}
    assert "phone-rotation" in ids
    assert not ids & {"single-person", "local-only"}
    two = burners[:2] + [Ad(b.body, day=b.day, phone=burners[1].phone) for b in burners[2:]]
    ids = {i.id for i in library.all_indicators() if i.detect(build(two)) is not None}
    assert {"single-person", "local-only"} <= ids  # one change: still one person's line


def test_circuit_across_jurisdictions() -> None:
    cities = ["montreal", "laval", "longueuil", "gatineau", "ottawa"]
    ads = [Ad("Sur la route", city=c, day=i * 2) for i, c in enumerate(cities)]
    hit = library.get_indicator("city-circuit").detect(build(ads))
    # two areas (greater Montréal, Ottawa-Gatineau) 0.3, and a round of all three police
    # territories 0.45
    assert hit is not None and hit.strength == pytest.approx(0.75)
    assert "laval" in hit.detail and "longueuil" in hit.detail
    # The same cities over a year are touring, not a circuit.
    slow = [Ad("Tour", city=c, day=i * 60) for i, c in enumerate(cities)]
    slow_hit = library.get_indicator("city-circuit").detect(build(slow))
    assert slow_hit is None or slow_hit.strength < 0.5


def test_age_drift_and_getting_younger() -> None:
    ads = [
        Ad("Lily", ages=(24,), day=0),
        Ad("Lily", ages=(21,), day=5),
        Ad("Lily", ages=(19,), day=10),
    ]
    hit = library.get_indicator("age-drift").detect(build(ads))
    assert hit is not None and hit.strength == 1.0 and "down" in hit.detail
    steady = [Ad("Lily", ages=(24,), day=d) for d in range(3)]
    assert library.get_indicator("age-drift").detect(build(steady)) is None


def test_minor_stated_age_points_at_the_age() -> None:
    view = build([Ad("Nouvelle", ages=(16,))])
    hit = library.get_indicator("minor-stated-age").detect(view)
    assert hit is not None and hit.category == "minor"
    ev = hit.evidence[0]
    assert view.ads[0].body[ev.start : ev.end] == "16"
    assert library.get_indicator("minor-stated-age").detect(build([Ad("x", ages=(19,))])) is None


def test_roster_turnover_versus_stable_roster() -> None:
    # Venue: a new person every week, each for a week.
    venue = [
        Ad("Nouvelle masseuse", person=f"p{w}", day=w * 7 + d)
        for w in range(8)
        for d in range(0, 6, 2)
    ]
    found = fired(build(venue))
    assert "roster-turnover" in found and "stable-roster" not in found
    # Agency: the same three people all along.
    agency = [Ad("Notre équipe", person=f"p{p}", day=d) for p in range(3) for d in range(0, 36, 5)]
    found = fired(with_email(build(agency)))
    assert "stable-roster" in found and "roster-turnover" not in found
    # the same roster that no business signs: whoever answers stays unnamed, no counter
    assert "stable-roster" not in fired(build(agency))


def test_very_low_prices() -> None:
    cheap = [Ad("Massage", prices=((40, 30),), day=d) for d in range(3)]
    hit = library.get_indicator("very-low-prices").detect(build(cheap))
    assert hit is not None and hit.strength == 1.0 and hit.evidence[0].text == "40$"
    normal = [Ad("Escort", prices=((250, 60),), day=d) for d in range(3)]
    assert library.get_indicator("very-low-prices").detect(build(normal)) is None


def test_independent_worker_gets_counter_indicators_only() -> None:
    ads = [
        Ad("Je suis Lily, je reçois chez moi. Screening et dépôt requis.", day=d, ages=(27,))
        for d in range(0, 50, 5)
    ]
    found = fired(build(ads))
    counters = {
        "first-person-voice",
        "stable-phone",
        "single-person",
        "screening-boundaries",
        "local-only",
    }
    assert counters <= set(found)
    red = [k for k in found if library.get_indicator(k).category != "counter-indicator"]
    assert red == []


def test_every_hit_has_evidence_from_the_cluster() -> None:
    ads = [
        Ad(
            "Elle est jeune et petite, Latina 24/7 🍭",
            person=f"p{d % 3}",
            ages=(17 + d % 5,),
            day=d * 3,
            city=["montreal", "laval", "longueuil"][d % 3],
            obfuscated=True,
            phone=f"+151455501{d // 3:02d}",
            prices=((60, 60),),
        )
        for d in range(9)
    ]
    view = build(ads, links=(Link("text", "t1", 9),))
    keys = {ad.key for ad in view.ads}
    hits = run_indicators(view)
    assert len(hits) >= 8
    for hit in hits:
        assert hit.evidence and 0 < hit.strength <= 1
        assert all((e.source, e.ad_id) in keys for e in hit.evidence)


def test_single_person_is_not_claimed_for_a_roster_or_someone_elses_voice() -> None:
    single = library.get_indicator("single-person")
    own = [Ad("Je suis Lily, je reçois chez moi.", name="Lily", day=d) for d in range(4)]
    own_hit = single.detect(build(own))
    assert own_hit is not None and own_hit.strength == 1.0
    # A venue's "available today: Nina, Julie, Zoé" is several persons, even if grouped as one.
    roster = [
        Ad("Disponibles aujourd'hui: Nina, Julie, Zoé.", name="Nina", other_names=("Julie", "Zoé"))
        for _ in range(3)
    ]
    assert single.detect(build(roster)) is None
    duo = [Ad("Océane et Nina, deux amies.", ages=(22, 37), day=d) for d in range(3)]
    assert single.detect(build(duo)) is None
    # Ads written about her by someone else are not self-advertising.
    half = [Ad("Je suis Lily, je reçois chez moi.", name="Lily", day=d) for d in range(2)] + [
        Ad("Elle est Lily, elle est douce et elle reçoit.", name="Lily", day=3 + d)
        for d in range(2)
    ]
    half_hit = single.detect(build(half))
    assert half_hit is not None and 0.0 < half_hit.strength < 1.0
    theirs = [
        Ad("Elle est Lily, elle est douce et elle reçoit.", name="Lily", day=d) for d in range(3)
    ]
    assert single.detect(build(theirs)) is None


def test_template_is_not_counted_again_when_persons_share_a_phone() -> None:
    body = "Belle fille douce et discrète, ambiance chic et propre, sur rendez-vous seulement."
    shared = [Ad(f"{n} {body}", name=n, person=n, day=i) for i, n in enumerate(("Lily", "Mia"))]
    template = library.get_indicator("template-persons")
    assert library.get_indicator("shared-phone-persons").detect(build(shared)) is not None
    assert template.detect(build(shared)) is None
    own_phones = [
        Ad(f"{n} {body}", name=n, person=n, day=i, phone=f"+1514555020{i}")
        for i, n in enumerate(("Lily", "Mia"))
    ]
    hit = template.detect(build(own_phones))
    assert hit is not None and "2 persons" in hit.detail


def test_age_drift_ignores_ages_it_cannot_attribute_to_one_person() -> None:
    drift = library.get_indicator("age-drift")
    # A venue whose roster ads state several ages at once, nobody named: the ages of the
    # different women do not "conflict", they belong to different people.
    roster = [
        Ad("Disponibles aujourd'hui", ages=(22, 37), day=0),
        Ad("Disponibles aujourd'hui", ages=(28,), day=2),
        Ad("Disponibles aujourd'hui", ages=(37,), day=4),
    ]
    assert drift.detect(build(roster)) is None
    # The same ages for a person the ads name are still hers, and still conflict.
    named = [
        Ad("Lily", name="Lily", ages=(22, 37), day=0),
        Ad("Lily", name="Lily", ages=(28,), day=2),
        Ad("Lily", name="Lily", ages=(37,), day=4),
    ]
    hit = drift.detect(build(named))
    assert hit is not None and "28-37" in hit.detail


@pytest.mark.parametrize(
    ("cities", "strength"),
    [
        # a neighbour city is not a circuit: she lives in Laval and sees clients in Montréal
        (["laval", "montreal", "laval", "montreal"], 0.15),
        (["ottawa", "gatineau", "ottawa"], None),
        (["quebec", "levis", "quebec"], None),  # one city on both banks of the river
        (["quebec", "levis", "montreal"], 0.3),
        (["montreal", "laval", "longueuil"], 0.45),  # all three territories within weeks
        (["montreal", "quebec"], 0.3),
        (["montreal", "quebec", "toronto"], 0.7),
        (["gatineau", "quebec", "toronto", "montreal"], 1.0),
    ],
)
def test_circuit_counts_areas_not_neighbour_cities(
    cities: list[str], strength: float | None
) -> None:
    ads = [Ad("Sur la route", city=c, day=i * 3) for i, c in enumerate(cities)]
    hit = library.get_indicator("city-circuit").detect(build(ads))
    if strength is None:
        assert hit is None
    else:
        assert hit is not None and hit.strength == pytest.approx(strength)


def _ids(ads: list[Ad]) -> set[str]:
    return {i.id for i in library.all_indicators() if i.detect(build(ads)) is not None}


@pytest.mark.parametrize(
    "body",
    [
        "Beautiful Brazilian girls new arrive Toronto. Call manager for booking",
        "Party girls, groups welcome. 2 girls available, hotel Dorval",
        "Salon Perle, massage complet, filles asiatiques jeunes. Ouvert tard",
        "Golden Touch Holistic Spa. New staff weekly, young attendants",
    ],
)
def test_a_shop_window_of_women_is_not_one_person(body: str) -> None:
    # One line, weeks of the same ad and no name: the grouping sees one person, the words say
    # several (third blind market); neither one-person counter is claimed for the line.
    ads = [Ad(body, day=d) for d in (0, 7, 14, 21, 28)]
    found = _ids(ads)
    assert "single-person" not in found
    assert "stable-phone" not in found


def test_an_independent_who_says_ladies_welcome_is_still_one_person() -> None:
    ads = [
        Ad("Je suis Léa, couples and ladies welcome, not like other girls", day=d)
        for d in (0, 7, 14, 21)
    ]
    assert {"single-person", "stable-phone"} <= _ids(ads)


def test_a_managers_i_is_not_her_own_voice() -> None:
    body = "I have 3 girls available now: Destiny 22, Kiara 20, Ambre 24. Pick the one you want"
    ads = [Ad(body, day=d, other_names=("Kiara", "Ambre"), name="Destiny") for d in (0, 7, 14)]
    found = _ids(ads)
    assert "first-person-voice" not in found
    assert {"handler-wording", "shared-phone-persons"} <= found
    # where he takes the bookings, "she works where she lives" is not hers to claim
    assert "local-only" not in found


def test_persons_listed_by_age_behind_one_handle() -> None:
    # "Brianna 18, Kayleigh 19 ... add snap": two girls on one line, only one ever named alone
    ads = [
        Ad("young fun girls for car dates, we come to you", ages=(18, 19), day=0),
        Ad("Kayleigh car date 60", ages=(19,), name="Kayleigh", day=3),
    ]
    hit = library.get_indicator("shared-phone-persons").detect(build(ads))
    assert hit is not None and hit.detail.startswith("2 persons")


def test_movement_words_beside_youth_words_do_not_lower_the_score() -> None:
    sold_young = [Ad("Jeune fraîche 18 ans, nouvelle en ville", day=d) for d in (0, 3)]
    assert "movement-language" not in _ids(sold_young)
    touring = [Ad("Femme de 34 ans, nouvelle en ville pour quelques jours", day=d) for d in (0, 3)]
    assert "movement-language" in _ids(touring)
