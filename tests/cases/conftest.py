"""Fixtures: a fresh application database per test module, on SQLite and (when
``BALISE_TEST_DATABASE_URL`` is set) on PostgreSQL, with a small synthetic analysis published."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import BACKENDS, PG_URL
from sqlalchemy import Engine

from balise.cases.sample import SampleAnalysis, make_sample
from balise.store.appdb import make_engine, upgrade
from balise.store.appdb.scratch import scratch_database


@pytest.fixture(scope="module", params=BACKENDS)
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    base = PG_URL if request.param == "postgresql" else None
    with scratch_database(base, Path(tmp_path_factory.mktemp("appdb"))) as url:
        eng = make_engine(url)
        upgrade(eng)
        yield eng
        eng.dispose()


@pytest.fixture(scope="module")
def sample() -> SampleAnalysis:
    return make_sample(120, seed=3)


@pytest.fixture(scope="module")
def published(engine: Engine, sample: SampleAnalysis) -> Engine:
    sample.publish(engine)
    return engine
