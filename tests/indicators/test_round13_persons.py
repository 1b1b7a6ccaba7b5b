"""Round 13, persons: who an ad names beside her age, persons behind one contact, phones passed
among persons, and templates that are only the trade's jargon (blind markets 5-8). Hand-made
clusters, synthetic text and numbers."""

from __future__ import annotations

import dataclasses

from cluster_factory import Ad, build, fired

from balise.indicators import ClusterView
from balise.indicators.library import age_drift, phone_rotation, shared_phone_persons
from balise.indicators.library._roster_names import named_ages
from balise.indicators.library.template_persons import measure as template_measure
from balise.link.persons import AdTraits, infer_persons
from balise.schema import AdExtraction, AdRecord, Link, Mention, Span

PHONE = "+15145550188"


def _pairs(text: str) -> tuple[tuple[str, int], ...]:
    ad = AdRecord(source="t", ad_id="a", posted_at=None, title="", body=text)  # type: ignore[arg-type]
    return named_ages(ad, AdExtraction(source="t", ad_id="a"))


def test_names_beside_their_ages() -> None:
    assert _pairs("💕 Coco 20 & Mimi 22 💕 new girls") == (("coco", 20), ("mimi", 22))
    assert _pairs("Roxy 24 et Kim 23 à Sherbrooke") == (("roxy", 24), ("kim", 23))
    assert _pairs("Jenna (24) & Kayla (26), from Winnipeg") == (("jenna", 24), ("kayla", 26))
    assert _pairs("✨ Bella, 24\n📍 Sherbrooke") == (("bella", 24),)
    assert _pairs("Nina 22 ans, Julie 25 ans et Zoé 19 ans") == (
        ("nina", 22),
        ("julie", 25),
        ("zoé", 19),
    )
    # prices, hours, sizes and rates are not ages
    # nor are dates and numbered places ("Updated Oct 9", "Sortie 23")
    for text in (
        "Duo 500/hr, solo 260/hr",
        "Laval 24/7",
        "Montréal 20h",
        "Suite 25 $",
        "Updated Oct 9, available from Sep 21",
        "Hôtel près de la Sortie 23, Station 25",
    ):
        assert _pairs(text) == ()


def test_the_ads_places_are_not_names() -> None:
    ad = AdRecord(source="t", ad_id="a", posted_at=None, title="", body="Laval 24 ans, Mia 22")  # type: ignore[arg-type]
    place = Mention("place", "laval", Span("body", 0, 5, "Laval"), "t", 1.0)
    ex = AdExtraction(source="t", ad_id="a", places=("laval",), mentions=(place,))
    assert named_ages(ad, ex) == (("mia", 22),)


def _rotating_pairs() -> ClusterView:
    pairs = [("Coco", 20, "Mimi", 22), ("Mimi", 22, "Lulu", 21), ("Lulu", 21, "Kiki", 19)]
    pairs += [("Coco", 20, "Kiki", 19), ("Nana", 21, "Mimi", 22)]
    return build(
        [
            Ad(f"💕 {a} {x} & {b} {y} 💕 new girls incall 24/7", day=3 * i, person="p1")
            for i, (a, x, b, y) in enumerate(pairs * 2)
        ]
    )


def test_rotating_pairs_on_one_line_count_every_name() -> None:
    # sixth blind market: five names in rotating pairs were read as 2 persons
    found = shared_phone_persons.measure(_rotating_pairs())
    assert found is not None and found.detail.startswith("5 persons")


def test_a_duo_s_roster_is_two_persons() -> None:
    duo = build(
        [
            Ad("Besties on tour, Jenna (24) & Kayla (26), one phone for both of us", day=d)
            for d in range(0, 30, 5)
        ]
    )
    found = shared_phone_persons.measure(duo)
    assert found is None or found.detail.startswith("2 persons")


def _roster_tour(late_age: int) -> ClusterView:
    ads = [
        Ad("En tournée avec mes amies, Roxy 24 et Kim 23 à Sherbrooke", day=0, ages=(24, 23)),
        Ad("En tournée avec mes amies, Jade 21 et Kim 23 à Québec", day=4, ages=(21, 23)),
        # the site's age field says 23 (the account's), the text says Jade 21
        Ad(f"En tournée avec mes amies, Jade {late_age} à Montréal", day=8, ages=(23,)),
        Ad("En tournée avec mes amies, Jade 21 à Laval", day=12, ages=(21,)),
    ]
    return build(ads, with_persons=False)


def test_ages_of_a_roster_are_read_per_name() -> None:
    # sixth blind market: "Jade 21 et Kim 23" read as one woman whose age moved 21-23
    assert age_drift.measure(_roster_tour(21)) is None


def test_one_name_whose_age_moves_still_drifts() -> None:
    found = age_drift.measure(_roster_tour(26))
    assert found is not None and "21-26" in found.detail


def _jargon_pair(*, link: bool) -> ClusterView:
    nikki = "Nikki, Queen West incall. GFE, covered only. Screening: refs. 250 hh / 350 h."
    rae = "Rae, Westboro. Chill, chatty, covered only. ID or refs. 220 hh / 320 h."
    ads = [Ad(nikki, day=d, person="nikki", name="Nikki", phone="+14165550150") for d in (0, 7)]
    ads += [Ad(rae, day=d, person="rae", name="Rae", phone="+16135550150") for d in (2, 9)]
    links = (Link("text", "tpl:1", 2),) if link else ()
    return build(ads, links=links)


def test_a_site_s_jargon_is_not_a_template() -> None:
    # sixth blind market: two independents' own reposts (a text link each) and the site's
    # jargon ("GFE, covered only, refs, hh/h") read as one template about both
    assert template_measure(_jargon_pair(link=True)) is None


def test_one_text_about_several_women_is_a_template() -> None:
    text = (
        "{n}, une perle rare de Laval, douce et coquine, je reçois près de l'autoroute 440 "
        "dans mon petit condo tranquille, stationnement facile, bienvenue messieurs"
    )
    ads = [
        Ad(text.format(n=n), day=d, person=n, name=n, phone=f"+1514555017{k}")
        for k, n in enumerate(("Alexia", "Rebecca", "Maelle"))
        for d in (k, k + 10)
    ]
    found = template_measure(build(ads, links=(Link("text", "tpl:2", 6),)))
    assert found is not None and found.strength >= 0.8


def test_reposts_of_one_person_are_not_a_template_across_persons() -> None:
    text = "{n} vous attend au centre-ville, ambiance feutrée, musique douce et thé glacé offert"
    ads = [Ad(text.format(n="Lola"), day=d, person="lola", name="Lola") for d in (0, 5, 10)]
    ads += [Ad("Mia, brune, 25, Rosemont, textos", day=2, person="mia", name="Mia")]
    view = build(ads, links=(Link("text", "tpl:3", 3),))
    view = dataclasses.replace(view)  # frozen view, as the engine builds it
    assert template_measure(view) is None


def _passed_phones() -> ClusterView:
    # eighth blind market t07: three women, four numbers, each number going from one woman to
    # the next every week or two, the same text
    plan = {
        "Elodie": ("0183", "0183", "0185", "0185", "0182", "0182"),
        "Sarah": ("0182", "0182", "0184", "0184", "0183", "0183"),
        "Britt": ("0184", "0184", "0182", "0182", "0185", "0185"),
    }
    ads = [
        Ad(
            f"Coucou, {name}, je reçois à l'hôtel près de la sortie 23",
            day=5 * i + k,
            person=name,
            name=name,
            phone=f"+1450555{phone}",
        )
        for k, (name, phones) in enumerate(plan.items())
        for i, phone in enumerate(phones)
    ]
    return build(ads)


def test_phones_passed_among_persons_are_rotated() -> None:
    found = phone_rotation.measure(_passed_phones())
    assert found is not None and found.strength >= 0.75


def test_a_duo_with_a_phone_each_is_no_rotation() -> None:
    ads = [
        Ad("Mia, duo possible", day=d, person="mia", name="Mia", phone="+15145550101")
        for d in range(0, 30, 5)
    ]
    ads += [
        Ad("Zoé, duo possible", day=d + 1, person="zoe", name="Zoé", phone="+15145550102")
        for d in range(0, 30, 5)
    ]
    assert phone_rotation.measure(build(ads)) is None


def _one_email(body: str) -> ClusterView:
    ads = [
        Ad(body.format(n=n), day=d + k, person=n, name=n, phone=f"+1514555017{k}")
        for k, n in enumerate(("Alexia", "Rebecca", "Maelle"))
        for d in (0, 10)
    ]
    view = build(ads)
    exs = tuple(
        dataclasses.replace(ex, emails=("depot.rdv@postbox.example",)) for ex in view.extractions
    )
    return ClusterView(view.cluster, view.ads, exs, {})


def test_persons_who_each_write_as_herself_behind_one_deposit_email() -> None:
    # eighth blind market t04: three "indépendantes", each her own phone, one deposit e-mail
    view = _one_email("Je suis {n}, indépendante. Je reçois à Laval. Dépôt par virement.")
    found = shared_phone_persons.measure(view)
    assert found is not None and "depot.rdv@postbox.example" in found.detail
    assert "shared-phone-persons" in fired(view)


def test_an_agency_s_booking_email_about_its_women_is_not_counted_again() -> None:
    view = _one_email("{n} est disponible ce soir, elle vous attend. Nos filles sont belles.")
    found = shared_phone_persons.measure(view)
    assert found is None or "@" not in found.detail


def _traits(source: str, ad_id: str, name: str, ages: tuple[int, ...] = ()) -> AdTraits:
    return AdTraits((source, ad_id), (name,), ages, (), ())


def test_one_woman_s_work_names_on_her_sites_are_one_person() -> None:
    # fifth blind market i33: Sarah here, Sasha there, Sally on a third site, one age, one line
    ads = [
        _traits("nuitblanche", "1", "Sarah", (30,)),
        _traits("babillard", "2", "Sasha"),
        _traits("sucre", "3", "Sally", (30,)),
        _traits("nuitblanche", "4", "Sarah", (30,)),
    ]
    assert len(infer_persons("c", ads)) == 1


def test_women_of_one_site_or_of_different_ages_stay_apart() -> None:
    one_site = [_traits("s", "1", "Mia", (22,)), _traits("s", "2", "Zoé", (22,))]
    assert len(infer_persons("c", one_site)) == 2
    other_ages = [_traits("a", "1", "Mia", (22,)), _traits("b", "2", "Zoé", (27,))]
    assert len(infer_persons("c", other_ages)) == 2
    # a name on two sites, another on one of them: not one woman's per-site names
    shared_site = other_ages + [_traits("a", "3", "Zoé", (22,))]
    assert len(infer_persons("c", shared_site)) == 2


def test_two_friends_touring_with_one_text_are_not_a_template() -> None:
    # holdout h-ind-03/-04: "Girls' trip! Noor (28) touring ... with my friend", each her own
    # phone, one tour text about both
    text = (
        "Girls' trip! {n} touring Montréal and Québec City with my best friend, "
        "duo available, book one of us or both, screening required, my own phone"
    )
    ads = [
        Ad(text.format(n=n), day=d + k, person=n, name=n, phone=f"+1613555014{k}")
        for k, n in enumerate(("Noor", "Aria"))
        for d in (0, 3, 6)
    ]
    assert template_measure(build(ads)) is None


def test_a_compound_name_and_its_first_part_are_one_woman() -> None:
    # seventh blind market d04: the extraction names "Léa", the roster says "Léa-Rose 28 &
    # Jasmine 29": two friends, not three persons
    duo = build(
        [
            Ad(
                "Juste des amies depuis le secondaire. Léa-Rose 28 & Jasmine 29. Duo 400$/h",
                day=d,
                name="Léa",
            )
            for d in range(0, 30, 6)
        ]
    )
    found = shared_phone_persons.measure(duo)
    assert found is None or found.detail.startswith("2 persons")
