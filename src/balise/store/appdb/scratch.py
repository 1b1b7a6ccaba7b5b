"""Throw-away databases for tests and benchmarks: a fresh SQLite file or PostgreSQL database."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


@contextmanager
def scratch_database(base_url: str | None, directory: Path) -> Iterator[str]:
    """Yield the URL of a new empty database, dropped afterwards.

    ``base_url`` None (or SQLite) gives a new SQLite file in ``directory``; a PostgreSQL URL
    gives a new database on that server (the URL's own database is used only to connect).
    """
    name = "balise_t_" + secrets.token_hex(4)
    if base_url is None or base_url.startswith("sqlite"):
        yield f"sqlite:///{(directory / (name + '.sqlite3')).resolve()}"
        return
    url = make_url(base_url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
