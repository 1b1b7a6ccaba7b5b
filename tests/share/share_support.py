"""Helpers of the sharing tests (a module of its own: test modules import it by name)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from balise.cases.models import Ad, LeadAgency
from balise.cases.publish import publish_analysis
from balise.cases.sample import SampleAnalysis

sys.path.insert(0, str(Path(__file__).parents[1] / "web"))  # webworld, for the page tests

PG_URL = os.environ.get("BALISE_TEST_DATABASE_URL")
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="BALISE_TEST_DATABASE_URL not set"),
        ],
    ),
]
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


def publish(engine: Engine, sample: SampleAnalysis) -> None:
    publish_analysis(
        engine=engine,
        ads=sample.ads,
        extractions=sample.extractions,
        clusters=sample.clusters,
        leads=sample.leads,
        image_hashes=sample.image_hashes,
    )
