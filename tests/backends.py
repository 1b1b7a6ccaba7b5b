"""The application-database back ends the tests run on: SQLite always, PostgreSQL when
``BALISE_TEST_DATABASE_URL`` names a server (``make test`` starts one)."""

from __future__ import annotations

import os

import pytest

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
"""Parameters of a per-module database fixture."""
