"""docs/indicators.md's catalogue says what the library holds: every indicator, its version, its
category and its default weight (an analyst reads the catalogue to know why a lead scored)."""

from __future__ import annotations

import re
from pathlib import Path

from balise.indicators.registry import all_indicators

DOC = Path(__file__).resolve().parents[2] / "docs" / "indicators.md"
_HEAD = re.compile(r"^### `([a-z0-9-]+)` \(v(\d+)\)", re.M)
_FACTS = re.compile(r"^- Category: ([a-z-]+); level: (\w+);.*default weight: \**([+-]?[\d.]+)", re.M)


def _catalogue() -> dict[str, tuple[int, str, str, float]]:
    text = DOC.read_text(encoding="utf-8")
    catalogue = text[text.index("## Catalogue") :]
    heads = list(_HEAD.finditer(catalogue))
    entries: dict[str, tuple[int, str, str, float]] = {}
    for head, following in zip(heads, [*heads[1:], None], strict=True):
        body = catalogue[head.end() : following.start() if following else len(catalogue)]
        facts = _FACTS.search(body)
        assert facts is not None, f"catalogue entry {head.group(1)} has no Category line"
        category, level, weight = facts.groups()
        entries[head.group(1)] = (int(head.group(2)), category, level, float(weight))
    return entries


def test_every_indicator_is_in_the_catalogue_as_the_library_defines_it() -> None:
    entries = _catalogue()
    for indicator in all_indicators():
        assert indicator.id in entries, f"{indicator.id} is missing from docs/indicators.md"
        version, category, level, weight = entries[indicator.id]
        assert (version, category, level, weight) == (
            indicator.version,
            indicator.category,
            indicator.level,
            indicator.default_weight,
        ), indicator.id


def test_the_catalogue_lists_no_indicator_the_library_lacks() -> None:
    assert set(_catalogue()) == {indicator.id for indicator in all_indicators()}
