"""`balise share rewrap` and the other share commands as an operator runs them after changing
the key-encryption key: a clear error (no traceback) until the keys are rewrapped, then work."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from share_support import BACKENDS, PG_URL
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from balise.cli import app, main
from balise.share.keys import active_key, ensure_key, key_by_id, rotate_key
from balise.share.pseudonyms import ConsortiumKey
from balise.share.sealing import KEK_ENV, KeyEncryptionError, KeyEncryptionKey
from balise.store.appdb import make_engine, upgrade
from balise.store.appdb.scratch import scratch_database

OLD_TEXT = "the key-encryption key before the change, 40+ chars"
NEW_TEXT = "the key-encryption key after the change, 40+ chars!"
OLD = KeyEncryptionKey.from_material(OLD_TEXT, source=KEK_ENV)
NEW = KeyEncryptionKey.from_material(NEW_TEXT, source=KEK_ENV)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def balise(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    *args: str,
    **env: str,
) -> Run:
    """Run the ``balise`` entry point (``balise.cli.main``, what the installed command calls)
    in this process with only the ``BALISE_*`` variables given here: a child process per call
    costs seconds of imports on a loaded machine, which ``test_the_installed_command`` pays
    once."""
    for name in [n for n in os.environ if n.startswith("BALISE_")]:
        monkeypatch.delenv(name)
    for name, value in {"BALISE_DATABASE_URL": database_url, **env}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "argv", ["balise", *args])
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        main()
    got = capsys.readouterr()
    return Run(int(exited.value.code or 0), got.out, got.err)


@pytest.fixture(params=BACKENDS)
def deployment(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Path, str, list[ConsortiumKey]]]:
    """A store and its database (SQLite or PostgreSQL), which holds two consortium keys sealed
    under ``OLD``."""
    store = tmp_path / "store"
    store.mkdir()
    base = PG_URL if request.param == "postgresql" else None
    with scratch_database(base, tmp_path) as url:
        engine = make_engine(url)
        upgrade(engine)
        keys = [ensure_key(engine=engine, kek=OLD, environ={}), rotate_key(engine=engine, kek=OLD)]
        engine.dispose()
        yield store, url, keys


def test_rewrap_through_the_cli(
    deployment: tuple[Path, str, list[ConsortiumKey]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store, url, keys = deployment

    def run(*args: str, **env: str) -> Run:
        return balise(monkeypatch, capsys, url, *args, "--store", str(store), **env)

    # The KEK was changed but the keys not yet rewrapped: a clear error naming the setting.
    export = run("share", "export", "--from", "spl", "--to", "spvm", "--out",
                 str(store / "b.json"), BALISE_KEY_ENCRYPTION_KEY=NEW_TEXT)  # fmt: skip
    assert export.code == 1
    assert export.err.startswith("balise: error: cannot decrypt consortium key")
    assert KEK_ENV in export.err and "rewrap" in export.err and "Traceback" not in export.err
    assert not (store / "b.json").exists()

    # A current value too short to be a key: refused before anything is read, not echoed.
    short = run("share", "rewrap", BALISE_KEY_ENCRYPTION_KEY="tiny-kek-value",
                BALISE_OLD_KEY_ENCRYPTION_KEY=OLD_TEXT)  # fmt: skip
    assert short.code == 1 and f"{KEK_ENV} is too short" in short.err
    assert "tiny-kek-value" not in short.err + short.out and "Traceback" not in short.err

    # The wrong old value: refused, nothing changed.
    wrong = run("share", "rewrap", BALISE_KEY_ENCRYPTION_KEY=NEW_TEXT,
                BALISE_OLD_KEY_ENCRYPTION_KEY="not the old value at all")  # fmt: skip
    assert wrong.code == 1 and "nothing was rewrapped" in wrong.err
    assert "BALISE_OLD_KEY_ENCRYPTION_KEY" in wrong.err

    done = run("share", "rewrap", BALISE_KEY_ENCRYPTION_KEY=NEW_TEXT,
               BALISE_OLD_KEY_ENCRYPTION_KEY=OLD_TEXT)  # fmt: skip
    assert done.code == 0, done.err
    assert "2 consortium keys re-encrypted" in done.out and KEK_ENV in done.out

    engine = make_engine(url)
    try:
        with Session(engine) as s:
            assert active_key(s, kek=NEW) == keys[1]
            assert key_by_id(s, keys[0].key_id, kek=NEW) == keys[0]
            with pytest.raises(KeyEncryptionError):
                key_by_id(s, keys[0].key_id, kek=OLD)
    finally:
        engine.dispose()

    # Now the other commands work under the new KEK (an export needs no published lead).
    again = run("share", "export", "--from", "spl", "--to", "spvm", "--out",
                str(store / "b.json"), BALISE_KEY_ENCRYPTION_KEY=NEW_TEXT)  # fmt: skip
    assert again.code == 0, again.err
    assert keys[1].key_id in (store / "b.json").read_text()


def test_the_installed_command(tmp_path: Path) -> None:
    """One real child process: ``python -m balise.cli share rewrap`` on SQLite."""
    with scratch_database(None, tmp_path) as url:
        engine = make_engine(url)
        upgrade(engine)
        key = ensure_key(engine=engine, kek=OLD, environ={})
        env = {k: v for k, v in os.environ.items() if not k.startswith("BALISE_")}
        env |= {"BALISE_DATABASE_URL": url, KEK_ENV: NEW_TEXT,
                "BALISE_OLD_KEY_ENCRYPTION_KEY": OLD_TEXT}  # fmt: skip
        cmd = [sys.executable, "-m", "balise.cli", "share", "rewrap", "--store", str(tmp_path)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
        assert proc.returncode == 0, proc.stderr
        assert "1 consortium key re-encrypted" in proc.stdout
        with Session(engine) as s:
            assert active_key(s, kek=NEW) == key
        engine.dispose()


def test_rewrap_needs_the_old_value_in_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BALISE_OLD_KEY_ENCRYPTION_KEY", raising=False)
    result = CliRunner().invoke(app, ["share", "rewrap", "--store", str(tmp_path)])
    assert result.exit_code == 2
    assert "set BALISE_OLD_KEY_ENCRYPTION_KEY" in result.output
