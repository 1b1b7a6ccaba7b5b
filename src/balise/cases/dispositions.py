"""Dispositions: the outcome an agency records on a case, and their export for calibration."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from balise.cases.clock import as_utc
from balise.cases.models import Disposition

OUTCOMES = (
    "confirmed-exploitation",
    "confirmed-minor",
    "independent-adult",
    "no-exploitation",
    "unclear",
)
"""The outcome vocabulary ``balise calibrate`` reads."""


def export_dispositions(*, engine: Engine, out: Path) -> int:
    """Write every disposition as JSON lines (the file ``balise calibrate`` reads).

    Each line: ``{"cluster_id", "outcome", "agency", "case_id", "recorded_at"}``, oldest first.
    Returns the number of lines written.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with Session(engine) as session, out.open("w", encoding="utf-8") as handle:
        rows = session.execute(
            select(Disposition).order_by(Disposition.recorded_at, Disposition.id)
        )
        for d in rows.scalars():
            handle.write(
                json.dumps(
                    {
                        "cluster_id": d.cluster_id,
                        "outcome": d.outcome,
                        "agency": d.agency_id,
                        "case_id": d.case_id,
                        "recorded_at": as_utc(d.recorded_at).isoformat(),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            count += 1
    return count
