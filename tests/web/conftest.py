"""Fixtures for the web tests: an app on a fresh database per module (SQLite, and PostgreSQL
when ``BALISE_TEST_DATABASE_URL`` is set) and a live server for the browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from webworld import BACKENDS, CHROMIUM_ARGS, World, build_world, world_on


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
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World]]:
    import uvicorn

    w = build_world(None, tmp_path_factory.mktemp("live"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(w.app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", w
    server.should_exit = True
    thread.join(timeout=10)
