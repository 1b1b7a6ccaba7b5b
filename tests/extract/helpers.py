from __future__ import annotations

from datetime import UTC, datetime

from balise.schema import AdRecord


def make_ad(body: str = "", title: str = "", **fields: str | None) -> AdRecord:
    """An ad with the given text fields (test helper)."""
    return AdRecord(
        source="test",
        ad_id="1",
        posted_at=datetime(2026, 1, 1, tzinfo=UTC),
        title=title,
        body=body,
        **fields,  # type: ignore[arg-type]
    )
