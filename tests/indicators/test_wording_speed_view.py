"""The scoring's shortcuts (session 9) give the answers of the paths they skip.

- a list the prefilter's scan rules out of a whole ad (``AdText.screen``, ``Wording.ruled_out``)
  finds nothing there, and ``ClusterView.matches`` skipping ``find`` for it gives what ``find``
  gives;
- the roster phrases grouped by first letter (``introductions._ROSTER``) match what the plain
  alternation matches;
- ``lazy`` computes a value once per instance, as ``cached_property`` did.
"""

from __future__ import annotations

import pytest
from cluster_factory import Ad, build
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from library_wordings import FRAGMENTS, SAMPLE_TEXTS, WORDINGS, ad

from balise.indicators.base import library_prefilter
from balise.indicators.wording import AdText, Prefilter, lazy
from balise.link import introductions

pytest.importorskip("hyperscan")


@pytest.fixture(scope="module")
def prefilter() -> Prefilter:
    built = library_prefilter()
    assert built is not None
    return built


def test_ruled_out_lists_find_nothing_and_the_others_are_unchanged(prefilter: Prefilter) -> None:
    ruled_out = 0
    for body in SAMPLE_TEXTS:
        record = ad(body, title="Nouvelle à Laval")
        prepared = AdText.of(record, prefilter)
        for wording in WORDINGS:
            reference = wording.find(record, limit=20, gated=False, fast=False)
            if wording.ruled_out(prepared):
                ruled_out += 1
                assert reference == [], (wording.name, body)
            assert wording.find(prepared, limit=20) == reference, (wording.name, body)
    assert ruled_out > 0  # the shortcut is taken at all


@pytest.mark.parametrize(
    ("title", "body", "screened"),
    [
        ("Lily", "Je suis jeune", True),  # two fields, one prefilter: one answer for the ad
        ("", "Je suis jeune", True),  # one field
        ("", "", False),  # no field: nothing to tell from
        ("Lily", "bad \ud800 surrogate", False),  # a field the scan cannot read
    ],
)
def test_an_ad_is_screened_only_when_every_field_was_scanned(
    prefilter: Prefilter, title: str, body: str, screened: bool
) -> None:
    prepared = AdText.of(ad(body, title=title), prefilter)
    assert (prepared.screen is not None) is screened
    if not screened:
        # then no list is ruled out at once: each field decides for itself, as before
        assert not any(wording.ruled_out(prepared) for wording in WORDINGS)
    assert AdText.of(ad(body, title=title)).screen is None  # no prefilter, no screen


def test_a_field_without_the_prefilter_keeps_the_ad_unscreened(prefilter: Prefilter) -> None:
    with_it = AdText.of(ad("Je suis jeune", title="Lily"), prefilter)
    without = AdText.of(ad("Je suis jeune", title="Lily"))
    mixed = AdText(with_it.ad, (with_it.fields[0], without.fields[1]))
    assert mixed.screen is None


texts = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from([" ", ", ", ". ", "\n", "!", "💋", "&amp;", "t33n", "ÉCOLE"]),
        st.text(max_size=6),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies=st.lists(texts, min_size=1, max_size=4), repost=st.booleans())
def test_cluster_matches_equal_each_ads_reference(bodies: list[str], repost: bool) -> None:
    ads = [Ad(body, day=i, phone=None) for i, body in enumerate(bodies)]
    if repost:
        ads.append(Ad(bodies[0], day=len(bodies), phone=None))
    view = build(ads)
    for wording in WORDINGS:
        for per_ad in (1, 2):
            found = view.matches(wording, per_ad=per_ad)
            for record, in_ad in zip(view.ads, found, strict=True):
                reference = wording.find(record, limit=per_ad, gated=False, fast=False)
                assert list(in_ad) == reference, (wording.name, record.body)


def plain_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in introductions._ROSTER_PLAIN.finditer(text)]


def grouped_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in introductions._ROSTER.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "disponibles aujourd'hui: nina, julie",
        "disponible ce soir : nina",
        "nos filles cette semaine: a, b",
        "ce soir, choose from: x / y",
        "indisponible today",  # inside a word: no boundary, no phrase
        "cette semaine!today",
        "on shift tonight working now",
        "cesoir ce  soir ce\tsoir",
        "",
    ],
)
def test_grouped_roster_phrases_match_as_the_plain_alternation(text: str) -> None:
    assert grouped_spans(text) == plain_spans(text)


roster_words = [
    "disponible", "disponibles", "aujourd'hui", "aujourd’hui", "ce", "soir", "cette", "semaine",
    "maintenant", "choisissez", "parmi", "nos", "filles", "available", "today", "tonight", "now",
    "our", "girls", "choose", "from", "between", "this", "week", "on", "shift", "working", "t",
    "d", "c", "o", "x", "é",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(roster_words),
            st.sampled_from([" ", "  ", "\t", ":", ": ", "\n", ",", "_", "1", "é", "-"]),
        ),
        max_size=14,
    ).map("".join)
)
def test_grouped_roster_phrases_match_as_the_plain_alternation_on_any_text(text: str) -> None:
    assert grouped_spans(text) == plain_spans(text)


class Counted:
    def __init__(self) -> None:
        self.calls = 0

    @lazy
    def value(self) -> list[int]:
        """A fresh value, counted."""
        self.calls += 1
        return [self.calls]


def test_lazy_computes_once_per_instance() -> None:
    one, two = Counted(), Counted()
    assert one.value is one.value
    assert one.calls == 1
    assert two.value == [1] and two.value is not one.value
    assert isinstance(Counted.__dict__["value"], lazy)
    assert Counted.value.__doc__ == "A fresh value, counted."
