"""Round 7 (issue 5): youth sold at 18-19 names the minor category; coded terms read through
HTML references. Hand-made clusters, synthetic text."""

from __future__ import annotations

import pytest
from cluster_factory import Ad, build

from balise.indicators import ClusterView, library


def strength(indicator_id: str, view: ClusterView) -> float | None:
    hit = library.get_indicator(indicator_id).detect(view)
    return None if hit is None else hit.strength


@pytest.mark.parametrize(
    ("ads", "expected"),
    [
        # youth words in the ad where she states 19
        ([Ad("Voici Kim, 19 ans. Jeune et fraîche.", ages=(19,))], 0.6),
        # her age in one ad, the youth words in two others of hers: all three count
        (
            [
                Ad("Voici Kim, 18 ans.", ages=(18,), day=0),
                Ad("Kim, toute jeune et timide.", day=1),
                Ad("Kim, look de petite étudiante.", day=2),
            ],
            0.8,
        ),
        # youth words, but she states 24: nothing
        ([Ad("Voici Kim, 24 ans. Jeune et fraîche.", ages=(24,))], None),
        # 19, no youth words: nothing
        ([Ad("Voici Kim, 19 ans. Femme élégante.", ages=(19,))], None),
        # another woman's youth words do not count for the one who states 19
        (
            [
                Ad("Léa, 19 ans, élégante.", ages=(19,), person="p1"),
                Ad("Mona, toute jeune.", person="p2", day=1),
            ],
            None,
        ),
    ],
)
def test_youth_at_eighteen(ads: list[Ad], expected: float | None) -> None:
    assert strength("youth-at-eighteen", build(ads)) == expected


def test_coded_terms_in_html_references_are_read() -> None:
    view = build([Ad("Karine, 19 ans. Uniforme d&#x27;&eacute;cole sur demande", ages=(19,))])
    hit = library.get_indicator("minor-coded-wording").detect(view)
    assert hit is not None and hit.strength == 0.6
    assert hit.evidence[0].text == "Uniforme d&#x27;&eacute;cole"


@pytest.mark.parametrize(
    "text", ["Karine, 19 ans. Premi&egrave;re fois sur le site", "Karine, 19, new to this"]
)
def test_newness_at_eighteen_routes_but_is_not_coded(text: str) -> None:
    view = build([Ad(text, ages=(19,))])
    assert strength("minor-coded-wording", view) is None
    assert strength("youth-at-eighteen", view) == 0.6


def test_a_woman_who_spells_out_her_own_stable_number_keeps_half_the_counter() -> None:
    days = range(0, 50, 5)  # 45 days: full strength for a plainly printed number
    spelt = "five one four 555 0100"
    own = [
        Ad("Je suis Lily, je reçois chez moi.", day=d, obfuscated=True, shown_as=spelt)
        for d in days
    ]
    hit = library.get_indicator("stable-phone").detect(build(own))
    assert hit is not None and hit.strength == 0.5
    assert "her own voice" in hit.detail
    # the same spelt-out number in ads written about her: a hidden line, no counter
    about = [
        Ad("Elle est douce, elle reçoit.", day=d, obfuscated=True, shown_as=spelt) for d in days
    ]
    assert library.get_indicator("stable-phone").detect(build(about)) is None
