"""Round 8 (issue 5): what the blind hand-written market showed. A staff in the plural is not
one person, a man who speaks about "ma blonde" is not her voice, "live in Montréal" is not a
live-in hint, and youth sold at a stated 20 names the minor category too. Hand-made clusters,
synthetic text."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from cluster_factory import Ad, build

from balise.extract.ages import FIELD_RULE
from balise.indicators import ClusterView, library
from balise.indicators.library.minor_coded_wording import WORDS as CODED
from balise.indicators.voice import ad_voice
from balise.indicators.wording import AdText
from balise.schema import AdExtraction, AdRecord, Mention, Span


def detect(indicator_id: str, ads: list[Ad]) -> float | None:
    hit = library.get_indicator(indicator_id).detect(build(ads))
    return None if hit is None else hit.strength


@pytest.mark.parametrize(
    ("text", "one_person"),
    [
        ("Spa Lotus: NEW GIRLS EVERY WEEK. Body rub, table shower.", False),
        ("Jolies masseuses asiatiques, douche incluse.", False),
        ("Nos belles filles vous attendent, 7 jours.", False),
        ("3 girls on site, walk-in welcome.", False),
        # what one woman writes of herself
        ("Je suis Lily, masseuse diplômée, je reçois chez moi.", True),
        ("Not like other girls! Ladies welcome too.", True),
    ],
)
def test_a_staff_in_the_plural_is_not_one_person(text: str, one_person: bool) -> None:
    ads = [Ad(text, name="Lily", day=d) for d in range(3)]
    assert (detect("single-person", ads) is not None) is one_person


def test_roster_names_count_for_single_person_as_for_shared_phone() -> None:
    # the grouping filed every ad under one person, but two ads list a roster of four women
    ads = [Ad("Spa Lotus, body rub 7/7.", day=0)] + [
        Ad("Spa Lotus. Cette semaine: Coco, Mimi, Lulu, Kiki.", day=d) for d in (1, 2)
    ]
    assert detect("single-person", ads) is None


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Ma blonde Vicky est disponible. Elle fait tout ce que je lui demande. Appelez-moi.",
            "third",
        ),
        ("My girl is available tonight, she does whatever I say. Text me.", "third"),
        ("Je suis Vicky, appelle-moi pour réserver avec moi.", "first"),
        # two friends who advertise together speak for themselves
        ("Moi et ma copine Jade, on vous reçoit à deux. Appelez-moi.", "first"),
    ],
)
def test_a_man_speaking_about_her_is_not_her_voice(text: str, voice: str) -> None:
    record = AdRecord("t", "1", datetime(2026, 9, 1, tzinfo=UTC), title="", body=text)
    assert ad_voice(AdText.of(record)).voice == voice


def test_a_boyfriends_ads_are_not_counted_as_her_own_voice() -> None:
    text = (
        "Ma blonde Vicky (24) est disponible. Elle est très docile et fait tout ce que je "
        "lui demande. Appelez-moi."
    )
    ads = [Ad(text, name="Vicky", day=d) for d in range(4)]
    assert detect("first-person-voice", ads) is None
    assert detect("single-person", ads) is None
    assert detect("third-person-voice", ads) is not None


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("I live in Montreal for 10 years, incall in my condo.", False),
        ("Live-in girls, always here.", True),
        ("Live in masseuses, open late.", True),
    ],
)
def test_live_in_reads_a_house_not_a_city(text: str, hint: bool) -> None:
    assert (detect("live-in", [Ad(text)]) is not None) is hint


@pytest.mark.parametrize(("age", "routed"), [(20, True), (21, False)])
def test_youth_at_eighteen_reads_a_stated_twenty(age: int, routed: bool) -> None:
    ads = [Ad(f"Voici Kim, {age} ans. Toute jeune et timide.", ages=(age,))]
    assert (detect("youth-at-eighteen", ads) is not None) is routed


NAMES = ("Sabrina", "Kassandra", "Jolie", "Ambre", "Lina", "Mya", "Stella")


def week_by_week(count: int, *, ads_each: int = 2, every: float = 7.0) -> list[Ad]:
    """``count`` women on one line, each advertised for three days, a new one each week."""
    return [
        Ad(f"Nouvelle cette semaine: {name} 22", name=name, person=f"p{k}", day=k * every + 3 * j)
        for k, name in enumerate(NAMES[:count])
        for j in range(ads_each)
    ]


def test_women_advertised_one_after_another_are_turnover() -> None:
    hit = library.get_indicator("roster-turnover").detect(build(week_by_week(7)))
    assert hit is not None and hit.strength == 1.0
    assert "one after another" in hit.detail
    assert detect("roster-turnover", week_by_week(4)) == 0.7


@pytest.mark.parametrize(
    "ads",
    [
        week_by_week(3),  # three are not a succession
        week_by_week(6, ads_each=1),  # one ad each: no tenure to judge
        week_by_week(6, every=20.0),  # weeks apart, not one after another
        # a stable roster: the same four women advertised in turn all along
        [
            Ad(f"{name} ce soir", name=name, person=f"p{k}", day=d * 4 + k)
            for d in range(10)
            for k, name in enumerate(NAMES[:4])
        ],
    ],
)
def test_no_succession_without_one_after_another(ads: list[Ad]) -> None:
    assert detect("roster-turnover", ads) is None


@pytest.mark.parametrize(
    ("text", "handler"),
    [
        ("Coralie 18 ans, toute douce. Appelle son ami 581-555-0101 pour réserver.", True),
        ("Ma blonde Vicky est disponible, elle fait tout ce que je lui demande.", True),
        ("Text her booker for rates.", True),
        ("Je suis Coralie, appelle-moi pour réserver.", False),
        ("Moi et ma copine Jade, on vous reçoit à deux.", False),
    ],
)
def test_handler_wording(text: str, handler: bool) -> None:
    ads = [Ad(text, day=d) for d in range(2)]
    assert (detect("handler-wording", ads) == 1.0) is handler


@pytest.mark.parametrize(
    ("text", "handler"),
    [
        ("Brand new fresh 18. Call me to book her: 514-555-0186.", True),
        ("Mélodie, 25 ans. Appelez Steve. Je l'amène chez vous.", True),
        ("Her bf answers the phone, text only.", True),
        # a woman who works alone is paid herself, and may say so
        ("Payment to me upfront please, cash only.", False),
        ("Call me to book, I answer fast.", False),
    ],
)
def test_handler_booking_words(text: str, handler: bool) -> None:
    record = AdRecord("t", "1", datetime(2026, 9, 1, tzinfo=UTC), title="", body=text)
    assert ad_voice(AdText.of(record)).handler is handler


def test_handler_wording_is_a_fact_for_the_flag() -> None:
    # what the handler says is who advertises her: it passes "keywords alone decide nothing"
    assert library.get_indicator("handler-wording").signal == "fact"


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("y0ung t33n 18, tiny", ["t33n"]),
        ("b4rely 18 and new", ["b4rely 18"]),
        # numbers keep their digits: measurements, postal codes, a number in words
        ("34C-24-36, H2X 1Y4, 514five5five 0186", []),
        ("J&#x27;aime le t33n style", ["t33n"]),
    ],
)
def test_leetspeak_is_read_as_words(text: str, coded: list[str]) -> None:
    record = AdRecord("t", "1", datetime(2026, 9, 1, tzinfo=UTC), title="", body=text)
    assert [e.text for e in CODED.find(record, limit=5)] == coded


def _with_ages(ex: AdExtraction, text_ages: tuple[int, ...], field_age: int) -> AdExtraction:
    """``ex`` stating ``text_ages`` in its body and ``field_age`` in the site's age field."""
    stated = tuple(
        Mention("age", age, Span("body", 0, 2, str(age)), "age.unit", 1.0) for age in text_ages
    )
    field = Mention("age", field_age, Span("age", 0, 2, str(field_age)), FIELD_RULE, 0.5)
    return replace(ex, ages=(*text_ages, field_age), mentions=(*ex.mentions, *stated, field))


def test_a_form_field_age_beside_her_text_age_is_not_a_second_person() -> None:
    # the site's age field says 19, her text says 20: one woman's two claims
    ads = [Ad("Salut c moi Kim, je suis là pour toi.", name="Kim", day=d) for d in range(3)]
    view = build(ads)
    single = library.get_indicator("single-person")
    both = ClusterView(
        view.cluster, view.ads, tuple(_with_ages(ex, (20,), 19) for ex in view.extractions), {}
    )
    assert both.stated_ages == ((20,), (20,), (20,))
    assert single.detect(both) is not None
    # two ages in her text are two persons (a duo), whatever the field says
    two = ClusterView(
        view.cluster, view.ads, tuple(_with_ages(ex, (20, 24), 19) for ex in view.extractions), {}
    )
    assert single.detect(two) is None


def test_several_persons_behind_one_messaging_handle() -> None:
    # no phone: "Crystal 22, snap seulement", a new name each week, one Snapchat account
    ads = [
        Ad(f"{n} 22, snap seulement", name=n, person=f"p{k}", phone=None, day=7 * k)
        for k, n in enumerate(NAMES[:4])
    ]
    view = build(ads)
    handled = ClusterView(
        view.cluster,
        view.ads,
        tuple(replace(ex, handles=("snapchat:mtl.girlz",)) for ex in view.extractions),
        {},
    )
    hit = library.get_indicator("shared-phone-persons").detect(handled)
    assert hit is not None and hit.detail == "4 persons behind snapchat:mtl.girlz"
    # a phone, where the ad gives one, is still the line (the handle is not counted twice)
    assert library.get_indicator("shared-phone-persons").detect(build(ads)) is None


def test_two_friends_sharing_a_line_are_not_persons_behind_a_phone() -> None:
    duo = [
        Ad("Duo Jade & Mia, on vous reçoit à deux, je suis Jade.", name=n, person=f"p{k}", day=d)
        for d in range(3)
        for k, n in enumerate(("Jade", "Mia"))
    ]
    assert detect("shared-phone-persons", duo) is None
    # two women presented by someone else on one line still count
    theirs = [
        Ad("Elle est disponible ce soir, appelez.", name=n, person=f"p{k}", day=d)
        for d in range(3)
        for k, n in enumerate(("Jade", "Mia"))
    ]
    assert detect("shared-phone-persons", theirs) == 0.5
