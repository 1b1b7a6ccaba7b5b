"""The extraction JSON round trip: the pool hands every extraction to the parent as
``orjson.dumps`` bytes and the parent decodes them (``extraction_loads``), then stores the same
bytes; reading the store back decodes them again. Whatever goes through must come out equal."""

from __future__ import annotations

import pickle
from pathlib import Path

import orjson

from balise.extract import extract_batch
from balise.ingest import read_ads_file
from balise.schema import AdRecord, Mention, Span
from balise.store.codec import _mention as _new_mention
from balise.store.codec import _span as _new_span
from balise.store.codec import extraction_loads


def test_fast_constructors_build_the_same_records() -> None:
    span = _new_span("body", 3, 9, "Lily22")
    mention = _new_mention("name", "lily", span, "name.intro", 0.9)
    assert span == Span("body", 3, 9, "Lily22") and hash(span) == hash(Span("body", 3, 9, "Lily22"))
    assert mention == Mention("name", "lily", Span("body", 3, 9, "Lily22"), "name.intro", 0.9)
    assert pickle.loads(pickle.dumps(mention)) == mention
    assert repr(span) == repr(Span("body", 3, 9, "Lily22"))


def test_extractions_of_a_generated_market_survive_the_json_hand_over(
    text_market: Path,
) -> None:
    ads = [x for x in read_ads_file(text_market / "ads.jsonl") if isinstance(x, AdRecord)][:400]
    extractions = extract_batch(ads)
    assert any(x.prices for x in extractions) and any(x.mentions for x in extractions)
    for extraction in extractions:
        data = orjson.dumps(extraction)
        decoded = extraction_loads(data)
        assert decoded == extraction
        assert orjson.dumps(decoded) == data  # what the store keeps does not drift
        assert [type(m.value) for m in decoded.mentions] == [
            type(m.value) for m in extraction.mentions
        ]
