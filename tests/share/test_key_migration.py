"""Migration 0005 on a database whose keys the previous schema stored in plain hex (SQLite, and
the PostgreSQL the test services start): up encrypts them, down gives them back; a missing or
wrong key-encryption key stops it with the setting named and every key kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from share_support import BACKENDS, PG_URL
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from balise.share.keys import active_key, key_by_id
from balise.share.pseudonyms import ConsortiumKey
from balise.share.sealing import FORMAT, KEK_ENV, KeyEncryptionError, KeyEncryptionKey
from balise.store.appdb import MIGRATIONS_DIR, make_engine
from balise.store.appdb.scratch import scratch_database

OLD = ConsortiumKey.from_secret(bytes(range(32)))
NEW = ConsortiumKey.from_secret(bytes(range(100, 148)))  # 48 bytes: secrets are not all 32
KEK_TEXT = "migration test key-encryption key, 48 characters"


def migrate(engine: Engine, direction: str, revision: str) -> None:
    """Alembic up or down to ``revision``, as ``balise.store.appdb.upgrade`` runs it."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, direction)(config, revision)


@pytest.fixture(params=BACKENDS)
def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database at revision 0004 holding two keys as 0004 stored them (one retired)."""
    base = PG_URL if request.param == "postgresql" else None
    with scratch_database(base, tmp_path) as url:
        engine = make_engine(url)
        migrate(engine, "upgrade", "0004")
        with engine.begin() as conn:
            for key, active, day in ((OLD, False, 1), (NEW, True, 2)):
                conn.execute(
                    text(
                        "INSERT INTO consortium_keys (id, secret_hex, created_at, active) "
                        "VALUES (:id, :hex, :at, :active)"
                    ),
                    {
                        "id": key.key_id,
                        "hex": key.secret.hex(),
                        "at": datetime(2026, 10, day, tzinfo=UTC),
                        "active": active,
                    },
                )
        yield engine
        engine.dispose()


def _version(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())


def _rows(engine: Engine, column: str) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(text(f"SELECT id, {column} FROM consortium_keys")).all())


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("consortium_keys")}


def test_up_encrypts_the_plain_keys_and_down_decrypts_them(
    old_database: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEK_ENV, KEK_TEXT)
    kek = KeyEncryptionKey.from_material(KEK_TEXT, source=KEK_ENV)
    plain = _rows(old_database, "secret_hex")

    migrate(old_database, "upgrade", "0005")
    assert "secret_hex" not in _columns(old_database) and "secret_sealed" in _columns(old_database)
    sealed = _rows(old_database, "secret_sealed")
    assert set(sealed) == set(plain)
    for key_id, value in sealed.items():
        assert value.startswith(f"{FORMAT}:") and plain[key_id] not in value
    with Session(old_database) as s:  # the app reads them back, retired and active
        assert key_by_id(s, OLD.key_id, kek=kek) == OLD
        assert active_key(s, kek=kek) == NEW

    migrate(old_database, "downgrade", "0004")
    assert "secret_sealed" not in _columns(old_database)
    assert _rows(old_database, "secret_hex") == plain


def test_up_without_a_kek_in_production_stops_and_keeps_the_keys(
    old_database: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(KEK_ENV, raising=False)
    monkeypatch.delenv("BALISE_SECRET_KEY", raising=False)
    monkeypatch.setenv("BALISE_ENVIRONMENT", "production")
    plain = _rows(old_database, "secret_hex")
    with pytest.raises(KeyEncryptionError, match=f"migration 0005.*{KEK_ENV}"):
        migrate(old_database, "upgrade", "0005")
    assert _version(old_database) == "0004"
    assert _rows(old_database, "secret_hex") == plain


def test_down_with_the_wrong_kek_stops_and_keeps_the_keys(
    old_database: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEK_ENV, KEK_TEXT)
    migrate(old_database, "upgrade", "0005")
    sealed = _rows(old_database, "secret_sealed")
    monkeypatch.setenv(KEK_ENV, "another key-encryption key, also long enough")
    with pytest.raises(KeyEncryptionError, match=f"downgrade.*{KEK_ENV}"):
        migrate(old_database, "downgrade", "0004")
    assert _version(old_database) == "0005"
    assert _rows(old_database, "secret_sealed") == sealed


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_database_without_keys_needs_no_kek(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (KEK_ENV, "BALISE_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BALISE_ENVIRONMENT", "production")
    with scratch_database(PG_URL if backend == "postgresql" else None, tmp_path) as url:
        engine = make_engine(url)
        migrate(engine, "upgrade", "0005")
        migrate(engine, "downgrade", "0004")
        assert _version(engine) == "0004"
        engine.dispose()
