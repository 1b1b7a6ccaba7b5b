"""Fixtures of the tip-line tests: the web tests' world (app + published synthetic analysis +
users), on SQLite and on PostgreSQL when ``BALISE_TEST_DATABASE_URL`` is set, with a fresh
rate limiter for every test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "web"))

from webworld import BACKENDS, World, chromium_launch_args, live_world, world_on  # noqa: E402

from balise.web.routes.tips import RateLimiter  # noqa: E402


@pytest.fixture(scope="module", params=BACKENDS)
def tip_world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    with world_on(request.param, tmp_path_factory.mktemp("store")) as w:
        yield w


@pytest.fixture(autouse=True)
def fresh_limiter(request: pytest.FixtureRequest) -> None:
    """Each test starts with an empty rate limiter (the tests share one client address)."""
    for name in ("tip_world", "tip_live_server"):
        if name in request.fixturenames:
            value = request.getfixturevalue(name)
            world = value[1] if isinstance(value, tuple) else value
            world.app.state.tip_limiter = RateLimiter(limit=5, window=600)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return chromium_launch_args(browser_type_launch_args)


@pytest.fixture(scope="module")
def tip_live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World]]:
    with live_world(tmp_path_factory.mktemp("live")) as served:
        yield served
