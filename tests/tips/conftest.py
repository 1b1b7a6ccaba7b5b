"""Fixtures of the tip-line tests: the web tests' world (app + published synthetic analysis +
users), on SQLite and on PostgreSQL when ``BALISE_TEST_DATABASE_URL`` is set, with a fresh
rate limiter for every test."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "web"))

from webworld import BACKENDS, CHROMIUM_ARGS, World, build_world, world_on  # noqa: E402

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
