"""The consortium keys in the application database: make, find, rotate.

Administrators hold the key. It comes from ``BALISE_CONSORTIUM_KEY`` (hex or base64 of at least
32 bytes, the same value in every deployment of the consortium) or is generated here; old keys
stay, inactive, so what was signed or pseudonymised with them still verifies and matches.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from balise.cases.clock import as_utc, utc_now
from balise.errors import InputError
from balise.share.models import ConsortiumKeyRow
from balise.share.pseudonyms import MIN_KEY_BYTES, ConsortiumKey

ENV_VAR = "BALISE_CONSORTIUM_KEY"


def parse_secret(text: str) -> bytes:
    """Key bytes from hex or base64 text; refuses short keys."""
    text = text.strip()
    raw: bytes | None = None
    try:
        raw = bytes.fromhex(text)
    except ValueError:
        try:
            raw = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raw = None
    if raw is None or len(raw) < MIN_KEY_BYTES:
        raise InputError(f"must be hex or base64 of at least {MIN_KEY_BYTES} bytes", where=ENV_VAR)
    return raw


def _row_key(row: ConsortiumKeyRow) -> ConsortiumKey:
    return ConsortiumKey(key_id=row.id, secret=bytes.fromhex(row.secret_hex))


def _store(session: Session, key: ConsortiumKey) -> None:
    """Make ``key`` the only active key (adding it when it is new)."""
    session.execute(update(ConsortiumKeyRow).values(active=False))
    row = session.get(ConsortiumKeyRow, key.key_id)
    if row is None:
        session.add(
            ConsortiumKeyRow(
                id=key.key_id, secret_hex=key.secret.hex(), created_at=utc_now(), active=True
            )
        )
    else:
        row.active = True
    session.flush()


def active_key(session: Session) -> ConsortiumKey | None:
    """The active key, or ``None`` when there is none yet."""
    row = (
        session.execute(
            select(ConsortiumKeyRow)
            .where(ConsortiumKeyRow.active.is_(True))
            .order_by(ConsortiumKeyRow.created_at.desc())
        )
        .scalars()
        .first()
    )
    return _row_key(row) if row else None


def key_by_id(session: Session, key_id: str) -> ConsortiumKey | None:
    """Any key, active or retired, by its id."""
    row = session.get(ConsortiumKeyRow, key_id)
    return _row_key(row) if row else None


def ensure_key(*, engine: Engine, environ: Mapping[str, str] | None = None) -> ConsortiumKey:
    """The active key: the one in ``BALISE_CONSORTIUM_KEY`` when set (recorded and made active
    if new), else the stored active key, else a newly generated one."""
    env = os.environ if environ is None else environ
    with Session(engine) as session, session.begin():
        if env.get(ENV_VAR):
            key = ConsortiumKey.from_secret(parse_secret(env[ENV_VAR]))
            current = active_key(session)
            if current is None or current.key_id != key.key_id:
                _store(session, key)
            return key
        current = active_key(session)
        if current is not None:
            return current
        key = ConsortiumKey.from_secret(secrets.token_bytes(32))
        _store(session, key)
        return key


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What an administrator sees of a key: never its secret."""

    key_id: str
    created_at: datetime
    active: bool


def list_keys(session: Session) -> list[KeyInfo]:
    """Every consortium key, newest first, without secrets."""
    rows = session.execute(
        select(ConsortiumKeyRow.id, ConsortiumKeyRow.created_at, ConsortiumKeyRow.active).order_by(
            ConsortiumKeyRow.created_at.desc()
        )
    ).all()
    return [KeyInfo(i, as_utc(c), a) for i, c, a in rows]


def rotate_in_session(session: Session, *, secret: bytes | None = None) -> ConsortiumKey:
    """``rotate_key`` inside the caller's transaction (the admin page audits it there)."""
    key = ConsortiumKey.from_secret(secret if secret is not None else secrets.token_bytes(32))
    _store(session, key)
    return key


def rotate_key(*, engine: Engine, secret: bytes | None = None) -> ConsortiumKey:
    """Retire the active key and make a new one (``secret`` or random) active."""
    key = ConsortiumKey.from_secret(secret if secret is not None else secrets.token_bytes(32))
    with Session(engine) as session, session.begin():
        _store(session, key)
    return key
