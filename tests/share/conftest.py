"""Fixtures of the sharing tests: application databases (SQLite, and PostgreSQL when
``BALISE_TEST_DATABASE_URL`` is set) with a synthetic analysis published, and a key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from share_support import BACKENDS, PG_URL
from sqlalchemy import Engine

from balise.cases.sample import make_sample
from balise.store.appdb import make_engine, upgrade
from balise.store.appdb.scratch import scratch_database


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fresh database per test (the tests change it) with 150 synthetic ads published."""
    base = PG_URL if request.param == "postgresql" else None
    with scratch_database(base, tmp_path) as url:
        eng = make_engine(url)
        upgrade(eng)
        sample = make_sample(150, seed=11, image_path=str(tmp_path / "p.png"))
        sample.publish(eng)
        yield eng
        eng.dispose()


@pytest.fixture(params=BACKENDS)
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fresh database per test, migrated to head, with nothing published (key tests)."""
    base = PG_URL if request.param == "postgresql" else None
    with scratch_database(base, tmp_path) as url:
        eng = make_engine(url)
        upgrade(eng)
        yield eng
        eng.dispose()
