"""Round 4: what a third party split by the linker, a roster and a shared name look like."""

from __future__ import annotations

import dataclasses

import pytest
from cluster_factory import Ad, build, fired_ids

from balise.indicators import ClusterView, library
from balise.schema import CutLink, Mention, Span


def with_cuts(view: ClusterView, cuts: tuple[CutLink, ...]) -> ClusterView:
    cluster = dataclasses.replace(view.cluster, cut_links=cuts)
    return ClusterView(cluster, view.ads, view.extractions, {})


def template_cut(i: int) -> CutLink:
    return CutLink("template", f"ad:test/x{i}", 1, "same template (similarity 0.62) as a group")


FIRST_PERSON = [
    Ad("Je suis Maya, j'aime prendre mon temps. Je reçois à Laval.", name="Maya", day=d)
    for d in range(3)
]


@pytest.mark.parametrize(
    ("peers", "template_phones", "first_person_counters"),
    [
        (0, False, True),  # her own words: the counters stand
        (1, True, True),  # one other phone: what a new number of her own looks like
        (2, True, False),  # the same "I" written for three phones is a template's
        (4, True, False),
    ],
)
def test_fake_first_person(peers: int, template_phones: bool, first_person_counters: bool) -> None:
    view = with_cuts(build(FIRST_PERSON), tuple(template_cut(i) for i in range(peers)))
    found = fired_ids(view)
    assert ("template-phones" in found) == template_phones
    assert ("first-person-voice" in found) == first_person_counters
    assert ("single-person" in found) == first_person_counters


def test_template_phones_grows_with_the_phones_and_shows_them() -> None:
    indicator = library.get_indicator("template-phones")
    one = indicator.detect(with_cuts(build(FIRST_PERSON), (template_cut(0),)))
    three = indicator.detect(
        with_cuts(build(FIRST_PERSON), tuple(template_cut(i) for i in range(3)))
    )
    assert one is not None and three is not None and one.strength < three.strength == 1.0
    assert {e.ad_id for e in three.evidence} >= {"x0", "x1", "x2"}


def test_obscured_contact_only_when_the_phone_is_never_printed_plainly() -> None:
    view = build([Ad("Texte-moi", phone=None, obfuscated=True)])
    ad, ex = view.ads[0], view.extractions[0]
    hidden = Mention("phone", "+15145550123", Span("body", 0, 9, "5一4 555 O123"), "t", 1.0)
    plain = Mention("phone", "+15145550123", Span("contact", 0, 14, "(514) 555-0123"), "t", 1.0)
    indicator = library.get_indicator("obscured-contact")
    for mentions, expected in (((hidden,), True), ((hidden, plain), False)):
        ex2 = dataclasses.replace(ex, phones=("+15145550123",), mentions=mentions)
        found = indicator.detect(ClusterView(view.cluster, (ad,), (ex2,), {}))
        assert (found is not None) == expected


def test_age_drift_compares_ages_only_within_one_body_description() -> None:
    # two women who work under the same name in one agency: different measurements
    twins = [
        Ad("Elle s'appelle Émilie. 34C-24-36, 166 cm.", name="Émilie", ages=(28,), day=0),
        Ad("Elle s'appelle Émilie. 38B-26-38, 172 cm.", name="Émilie", ages=(36,), day=5),
    ]
    assert library.get_indicator("age-drift").detect(build(twins)) is None
    # one woman whose stated age goes down: the same description
    drifting = [
        Ad("Elle s'appelle Émilie. 34C-24-36, 166 cm.", name="Émilie", ages=(28,), day=0),
        Ad("Elle s'appelle Émilie. 34C-24-36, 166 cm.", name="Émilie", ages=(22,), day=5),
    ]
    hit = library.get_indicator("age-drift").detect(build(drifting))
    assert hit is not None and "down" in hit.detail


def test_a_woman_listed_on_the_roster_from_the_start_is_not_an_arrival() -> None:
    roster = "Disponibles aujourd'hui: Nina, Julie, Zoé, Karine."
    ads = [Ad(roster, person="p0", name="Nina", day=d) for d in range(0, 40, 4)]
    # each woman also has ads of her own, late in the period
    for i, name in enumerate(["Julie", "Zoé", "Karine"]):
        ads += [
            Ad(f"Elle s'appelle {name}.", person=f"p{i + 1}", name=name, day=30 + i + d)
            for d in (0, 3)
        ]
    assert "roster-turnover" not in fired_ids(build(ads))
