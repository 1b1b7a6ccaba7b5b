"""Fixtures of the tip-line tests: the web tests' world (app + published synthetic analysis +
users), on SQLite and on PostgreSQL when ``BALISE_TEST_DATABASE_URL`` is set, with a fresh
rate limiter for every test."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "web"))

from webworld import CHROMIUM_ARGS, World, build_world  # noqa: E402

from balise.store.appdb.scratch import scratch_database  # noqa: E402
from balise.web.routes.tips import RateLimiter  # noqa: E402

PG_URL = os.environ.get("BALISE_TEST_DATABASE_URL")


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param(
            "postgresql",
            id="postgresql",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not PG_URL, reason="BALISE_TEST_DATABASE_URL not set"),
            ],
        ),
    ],
)
def tip_world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    store = tmp_path_factory.mktemp("store")
    base = PG_URL if request.param == "postgresql" else None
    with scratch_database(base, store) as url:
        w = build_world(url, store)
        yield w
        w.app.state.engine.dispose()


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
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="module")
def tip_live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World]]:
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
