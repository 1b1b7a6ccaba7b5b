"""Writing a generated market to disk: the ads, the truth files and the summary."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import orjson

from balise.simulate.operators import Operator


def write_jsonl(path: Path, rows: Iterable[dict[str, object]]) -> int:
    """Write ``rows`` as JSON Lines (UTF-8, no ASCII escaping); return the count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("wb") as fh:
        for row in rows:
            fh.write(orjson.dumps(row))
            fh.write(b"\n")
            n += 1
    return n


def operator_rows(operators: list[Operator]) -> Iterable[dict[str, object]]:
    for op in operators:
        yield {
            "operator_id": op.operator_id,
            "kind": op.kind,
            "exploitative": op.exploitative or op.kind == "third_party",
            "traffics": op.traffics,
            "has_minor": op.has_minor,
            "person_ids": [p.person_id for p in op.persons],
            "home": op.home,
            "labels": op.labels,
        }


def person_rows(operators: list[Operator]) -> Iterable[dict[str, object]]:
    for op in operators:
        for p in op.persons:
            yield {
                "person_id": p.person_id,
                "operator_id": op.operator_id,
                "name": p.name,
                "true_age": p.true_age,
                "minor": p.minor,
                "trafficked": p.trafficked,
            }


def write_summary(path: Path, summary: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(summary, option=orjson.OPT_INDENT_2) + b"\n")
