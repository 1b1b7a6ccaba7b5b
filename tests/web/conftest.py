"""Fixtures for the web tests: an app on a fresh database per module (SQLite, and PostgreSQL
when ``BALISE_TEST_DATABASE_URL`` is set) and a live server for the browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from webworld import BACKENDS, World, chromium_launch_args, live_world, world_on


@pytest.fixture(scope="module", params=BACKENDS)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    with world_on(request.param, tmp_path_factory.mktemp("store")) as w:
        yield w


@pytest.fixture()
def client(world: World) -> TestClient:
    return TestClient(world.app)


# --- browser tests ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return chromium_launch_args(browser_type_launch_args)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World]]:
    with live_world(tmp_path_factory.mktemp("live")) as served:
        yield served
