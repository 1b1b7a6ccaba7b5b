"""Helpers of the web tests: a world (app, published synthetic analysis, users of several
agencies) and logging in through the login page like a user does."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backends import BACKENDS as BACKENDS  # noqa: F401  (re-exported for the page tests)
from backends import PG_URL
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy.orm import Session

from balise.cases import service
from balise.cases.audit import Actor
from balise.cases.sample import SampleAnalysis, make_sample
from balise.cases.users import add_user, create_user
from balise.settings import Settings
from balise.store.appdb.scratch import scratch_database
from balise.web import create_app

PASSWORD = "a long test password"
USERS = {
    "ana": ("spvm", "analyst"),
    "sup": ("spvm", "supervisor"),
    "adm": ("spvm", "admin"),
    "laval": ("spl", "analyst"),
    "cw": ("refuge", "partner"),
    "thr": ("spal", "analyst"),  # locked out by the throttling test
}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@dataclass(frozen=True)
class World:
    app: FastAPI
    sample: SampleAnalysis
    store: Path

    def montreal_only(self) -> str:
        return next(ld.cluster_id for ld in self.sample.leads if set(ld.cities) == {"montreal"})


def build_world(database_url: str | None, store: Path) -> World:
    photo = store / "photo.png"
    store.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (8, 8), (200, 30, 30)).save(photo)
    settings = Settings(store_dir=store, database_url=database_url, environment="test")
    app = create_app(settings)
    engine = app.state.engine
    sample = make_sample(80, seed=5, image_path=str(photo))
    sample.publish(engine)
    with Session(engine) as s, s.begin():
        root = create_user(s, username="root", password=PASSWORD, agency="spvm", role="admin")
        service.add_organisation(
            s,
            actor=Actor(root.user_id, "root", "spvm", "admin"),
            org_id="refuge",
            name="Refuge Saint-Laurent",
            accepts_women=True,
            accepts_minors=True,
            languages=("fr", "en"),
        )
    for name, (agency, role) in USERS.items():
        add_user(engine=engine, username=name, password=PASSWORD, agency=agency, role=role)
    return World(app, sample, store)


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> Any:
    token = csrf_of(client.get("/login").text)
    return client.post(
        "/login", data={"username": username, "password": password, "csrf_token": token}
    )


def logged_in(world: World, username: str) -> TestClient:
    c = TestClient(world.app)
    response = login(c, username)
    assert response.status_code == 200, response.text
    return c


@contextmanager
def world_on(backend: str, store: Path) -> Iterator[World]:
    """A world on a fresh database of ``backend`` ("sqlite" or "postgresql")."""
    base = PG_URL if backend == "postgresql" else None
    with scratch_database(base, store) as url:
        w = build_world(url, store)
        yield w
        w.app.state.engine.dispose()


def chromium_launch_args(base: dict[str, Any]) -> dict[str, Any]:
    """Playwright launch arguments for Debian's Chromium (see platform notes)."""
    return {**base, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS}


@contextmanager
def live_world(store: Path) -> Iterator[tuple[str, World]]:
    """A world on SQLite served by uvicorn on a free loopback port: (base URL, world)."""
    w = build_world(None, store)
    with serving(w) as base:
        yield base, w


@contextmanager
def serving(w: World) -> Iterator[str]:
    """``w``'s application served by uvicorn on a free loopback port; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(w.app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
