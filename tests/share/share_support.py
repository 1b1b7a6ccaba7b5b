"""Helpers of the sharing tests (a module of its own: test modules import it by name)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from balise.cases.models import Ad, LeadAgency

sys.path.insert(0, str(Path(__file__).parents[1] / "web"))  # webworld, for the page tests

# one definition of the test backends (tests/backends.py), re-exported for the sharing tests
from backends import BACKENDS as BACKENDS  # noqa: E402
from backends import PG_URL as PG_URL  # noqa: E402

KEY = bytes(range(32))
EXTRA_EMAIL = "lea.synthetic@example.org"
EXTRA_HANDLE = "@lea_synthetique"


def add_email_and_handle(engine: Engine, cluster_id: str) -> None:
    """Give one ad of ``cluster_id`` an email and a handle, in its text and identifiers."""
    with Session(engine) as s, s.begin():
        ad = s.execute(select(Ad).where(Ad.cluster_id == cluster_id)).scalars().first()
        assert ad is not None
        ids = json.loads(ad.identifiers_json)
        ids["emails"], ids["handles"] = [EXTRA_EMAIL], [EXTRA_HANDLE]
        ad.identifiers_json = json.dumps(ids)
        ad.body += f" Écris à {EXTRA_EMAIL} ou {EXTRA_HANDLE}."


def shared_between(engine: Engine, a: str, b: str) -> list[str]:
    with Session(engine) as s:
        held = {(c, g) for c, g in s.execute(select(LeadAgency.cluster_id, LeadAgency.agency_id))}
    return sorted(c for c, g in held if g == a and (c, b) in held)
