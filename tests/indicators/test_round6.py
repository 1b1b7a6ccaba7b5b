"""Round 6 (issue 5): several women each "speaking for herself" through one phone, and the
counters such a line cannot claim. Hand-made clusters, synthetic text."""

from __future__ import annotations

import pytest
from cluster_factory import Ad, build, fired, with_email

from balise.indicators import library


def first_person_line(names: tuple[str, ...], *, weeks: int = 7) -> list[Ad]:
    """Each woman writes "je suis <name>" through the same phone, week after week."""
    return [
        Ad(
            f"Je suis {name}, une vraie fille d'à côté. J'aime prendre mon temps.",
            person=f"p{i}",
            name=name,
            day=7 * w + i,
        )
        for w in range(weeks)
        for i, name in enumerate(names)
    ]


@pytest.mark.parametrize(
    ("names", "strength"),
    [(("Mélissa", "Britney"), 0.7), (("Mélissa", "Britney", "Kim"), 1.0)],
)
def test_several_women_each_saying_i_through_one_phone(
    names: tuple[str, ...], strength: float
) -> None:
    hits = fired(build(first_person_line(names)))
    assert hits.get("voiced-for-several") == strength
    # the counters that rest on whoever speaks being reachable as herself are not claimed
    assert "stable-phone" not in hits
    assert "stable-roster" not in hits
    assert "first-person-voice" not in hits


def test_one_woman_speaking_for_herself_is_not_voiced_for_several() -> None:
    hits = fired(build(first_person_line(("Lily",))))
    assert "voiced-for-several" not in hits
    assert "stable-phone" in hits


def test_a_business_that_signs_its_ads_shows_who_it_is() -> None:
    # an agency writing first-person profiles under its own e-mail: a house style, not a mask
    hits = fired(with_email(build(first_person_line(("Mélissa", "Britney", "Kim")))))
    assert "voiced-for-several" not in hits
    assert "stable-phone" in hits


@pytest.mark.parametrize(
    "duo",
    [
        "Duo Mélodie & Britney, on s'amuse ensemble. Texte-moi.",
        "We are Mélodie and Britney, two best friends.",
    ],
)
def test_two_friends_advertising_together_are_not_a_hidden_handler(duo: str) -> None:
    ads = first_person_line(("Mélodie", "Britney"))
    ads.append(Ad(duo, person="p0", name="Mélodie", other_names=("Britney",), day=3))
    assert "voiced-for-several" not in fired(build(ads))


def test_a_house_roster_in_the_third_person_does_not_hide_the_first_persons() -> None:
    ads = first_person_line(("Mélissa", "Britney"))
    ads.append(
        Ad(
            "Nos filles: Mélissa, Britney. Elles vous attendent.",
            person="p0",
            name="Mélissa",
            other_names=("Britney",),
            ages=(25, 27),
            day=10,
        )
    )
    assert fired(build(ads)).get("voiced-for-several") == 0.7


def test_voiced_for_several_is_network_evidence_with_an_item_per_woman() -> None:
    ind = library.get_indicator("voiced-for-several")
    assert ind.signal == "network" and ind.category == "trafficking"
    hit = ind.detect(build(first_person_line(("Mélissa", "Britney", "Kim"))))
    assert hit is not None and len(hit.evidence) == 3
    assert "3 persons each written in the first person" in hit.detail


def house_line(names: tuple[str, ...]) -> list[Ad]:
    """Several women written about in the third person through one plainly printed phone."""
    return [
        Ad(f"Elle s'appelle {name}, très gentille.", person=f"p{i}", name=name, day=7 * w + i)
        for w in range(7)
        for i, name in enumerate(names)
    ]


def test_a_line_for_several_women_with_no_business_named_is_not_a_stable_counter() -> None:
    assert "stable-phone" not in fired(build(house_line(("Julie", "Noémie"))))
    # the same line signed by an agency's e-mail: the agency is reachable as itself
    assert "stable-phone" in fired(with_email(build(house_line(("Julie", "Noémie")))))
