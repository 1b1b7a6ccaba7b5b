"""The library itself: discovery, declarations, bilingual labels, citations."""

from __future__ import annotations

import pytest

from balise.indicators import Indicator, library
from balise.indicators.base import ClusterView, Finding, MeasureHook
from balise.schema import Cluster, Evidence

REQUIRED = {
    "shared-phone-persons",
    "template-persons",
    "phone-rotation",
    "city-circuit",
    "posting-volume",
    "age-drift",
    "minor-stated-age",
    "minor-coded-wording",
    "third-person-voice",
    "youth-wording",
    "listed-ethnicity",
    "obscured-contact",
    "round-the-clock",
    "roster-turnover",
    "new-worker-wording",
    "live-in",
    "very-low-prices",
    "first-person-voice",
    "stable-phone",
    "single-person",
    "screening-boundaries",
    "local-only",
    "stable-roster",
    "movement-language",
}


def test_every_required_indicator_is_discovered() -> None:
    ids = {ind.id for ind in library.all_indicators()}
    assert ids >= REQUIRED


@pytest.mark.parametrize("indicator", library.all_indicators(), ids=lambda i: i.id)
def test_declaration_is_complete_and_bilingual(indicator: Indicator) -> None:
    for text in (
        indicator.label_fr,
        indicator.label_en,
        indicator.description_fr,
        indicator.description_en,
        indicator.citation,
    ):
        assert text.strip()
    assert indicator.label_fr != indicator.label_en or indicator.id == "local-only"
    assert indicator.version >= 1
    assert indicator.level in ("ad", "cluster")
    assert (indicator.default_weight < 0) == (indicator.category == "counter-indicator")


def test_published_evidence_shapes_defaults() -> None:
    get = library.get_indicator
    # "New in town" was less common in trafficking ads: it must not raise a score.
    assert get("movement-language").default_weight < 0
    # Network signals outweigh any single keyword list.
    strongest_word = max(
        i.default_weight
        for i in library.all_indicators()
        if i.signal == "wording" and i.category == "trafficking"
    )
    assert get("phone-rotation").default_weight > strongest_word
    assert get("obscured-contact").default_weight > get("round-the-clock").default_weight


def test_declaration_guards() -> None:
    def hook(view: ClusterView) -> Finding | None:
        return None

    with pytest.raises(ValueError, match="negative"):
        Indicator(
            "x-y", 1, "counter-indicator", "a", "b", "c", "d", "cite", 0.5, "ad", "fact", hook
        )
    with pytest.raises(ValueError, match="lower-case"):
        Indicator("Bad Id", 1, "trafficking", "a", "b", "c", "d", "cite", 0.5, "ad", "fact", hook)


def test_hit_without_evidence_is_dropped_and_strength_clipped() -> None:
    view = ClusterView(Cluster("c", ()), (), (), {})

    def empty(view: ClusterView) -> Finding | None:
        return Finding(1.0, ())

    def strong(view: ClusterView) -> Finding | None:
        return Finding(3.0, (Evidence("s", "1", "x"),))

    def make(hook: MeasureHook) -> Indicator:
        return Indicator("t-x", 1, "trafficking", "a", "b", "c", "d", "e", 1.0, "ad", "fact", hook)

    assert make(empty).detect(view) is None
    hit = make(strong).detect(view)
    assert hit is not None and hit.strength == 1.0 and hit.category == "trafficking"
