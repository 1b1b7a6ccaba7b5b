"""The shared records survive the trips they make between processes."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import UTC, datetime

import pytest

from balise import schema
from balise.extract import extract_ad
from balise.schema import AdRecord, Evidence, IndicatorHit, RejectedLine

RECORD_TYPES = [
    cls
    for cls in vars(schema).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == schema.__name__
]


def _ad() -> AdRecord:
    return AdRecord(
        source="site",
        ad_id="a1",
        posted_at=datetime(2026, 11, 1, 20, 30, tzinfo=UTC),
        title="Nouvelle à Laval",
        body="Salut, moi c'est Ana, 21 ans. Appelle 514-555-0142, 160$/30min, 250$/h.",
        images=("/tmp/x.jpg",),
    )


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_an_extraction_round_trips_through_pickle(protocol: int) -> None:
    ad = _ad()
    extraction = extract_ad(ad)
    assert extraction.phones and extraction.ages and extraction.prices  # a rich one
    for value in (ad, extraction):
        back = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert back == value
        assert type(back) is type(value)


def test_every_record_type_pickles_and_copies_field_by_field() -> None:
    samples = [
        _ad(),
        extract_ad(_ad()),
        RejectedLine("ads.jsonl", 3, "not JSON"),
        IndicatorHit(
            indicator_id="x",
            category="trafficking",
            strength=0.5,
            evidence=(Evidence("site", "a1", "Ana", "body", 0, 3),),
            detail="",
        ),
    ]
    assert {type(s) for s in samples} <= set(RECORD_TYPES)
    for value in samples:
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.copy(value) == value
        assert copy.deepcopy(value) == value
    frozen = [cls for cls in RECORD_TYPES if cls.__dataclass_params__.frozen]  # type: ignore[attr-defined]
    # every frozen record takes the compact path (a new one must be decorated too)
    assert all("__reduce__" in vars(cls) for cls in frozen), [
        cls.__name__ for cls in frozen if "__reduce__" not in vars(cls)
    ]
