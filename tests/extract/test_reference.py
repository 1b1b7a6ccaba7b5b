"""The fast paths give exactly the extractions of the reference (slow-path) implementation.

``data/reference.jsonl`` holds ads made by the project's generator (``generate_market``,
seed 4242) and the benchmark's synthetic ads, each with the full ``AdExtraction`` the
original implementation (every pattern on every field, no pre-filters) produced. Any
pre-filter or merged pass that drops, adds or moves a value, a span, a rule or a
confidence fails here.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from balise.extract import extract_ad
from balise.schema import AdRecord

DATA = Path(__file__).parent / "data" / "reference.jsonl"


def _rows() -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in DATA.read_bytes().splitlines() if line.strip()]


ROWS = _rows()


def _ad(fields: dict[str, Any]) -> AdRecord:
    return AdRecord(posted_at=datetime(2026, 1, 1, tzinfo=UTC), **fields)


def test_the_reference_set_covers_every_kind_of_rule() -> None:
    rules = {m["rule"] for row in ROWS for m in row["extraction"]["mentions"]}
    assert len(ROWS) >= 200
    for rule in ("phone.nanp+deobfuscated", "age.name-list", "place.metro", "email.plain"):
        assert rule in rules


@pytest.mark.parametrize("row", ROWS, ids=[r["ad"]["ad_id"] for r in ROWS])
def test_same_extraction_as_the_reference(row: dict[str, Any]) -> None:
    got = orjson.loads(orjson.dumps(dataclasses.asdict(extract_ad(_ad(row["ad"])))))
    want = row["extraction"]
    for key in want:  # field by field, so a failure names what moved
        assert got[key] == want[key], key
