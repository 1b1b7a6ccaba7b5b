"""The consortium keys in the application database: make, find, rotate, rewrap.

Administrators hold the key. It comes from ``BALISE_CONSORTIUM_KEY`` (hex or base64 of at least
32 bytes, the same value in every deployment of the consortium) or is generated here; old keys
stay, inactive, so what was signed or pseudonymised with them still verifies and matches.

Secrets are stored sealed (``balise.share.sealing``) under the key-encryption key. Every
function that reads or writes one takes it as ``kek``; when it is ``None`` it is read from the
environment (``environ`` or ``os.environ``) as the application reads its settings.
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
from balise.share.sealing import KeyEncryptionError, KeyEncryptionKey, seal, unseal

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


def _kek(
    kek: KeyEncryptionKey | None, environ: Mapping[str, str] | None = None
) -> KeyEncryptionKey:
    return kek if kek is not None else KeyEncryptionKey.from_environ(environ)


def _row_key(row: ConsortiumKeyRow, kek: KeyEncryptionKey) -> ConsortiumKey:
    return ConsortiumKey(key_id=row.id, secret=unseal(row.secret_sealed, key_id=row.id, kek=kek))


def _store(session: Session, key: ConsortiumKey, kek: KeyEncryptionKey) -> None:
    """Make ``key`` the only active key (adding it, sealed, when it is new)."""
    session.execute(update(ConsortiumKeyRow).values(active=False))
    row = session.get(ConsortiumKeyRow, key.key_id)
    if row is None:
        session.add(
            ConsortiumKeyRow(
                id=key.key_id,
                secret_sealed=seal(key.secret, key_id=key.key_id, kek=kek),
                created_at=utc_now(),
                active=True,
            )
        )
    else:
        row.active = True
    session.flush()


def active_key(session: Session, *, kek: KeyEncryptionKey | None = None) -> ConsortiumKey | None:
    """The active key, or ``None`` when there is none yet; ``KeyEncryptionError`` when ``kek``
    does not open it."""
    row = (
        session.execute(
            select(ConsortiumKeyRow)
            .where(ConsortiumKeyRow.active.is_(True))
            .order_by(ConsortiumKeyRow.created_at.desc())
        )
        .scalars()
        .first()
    )
    return _row_key(row, _kek(kek)) if row else None


def key_by_id(
    session: Session, key_id: str, *, kek: KeyEncryptionKey | None = None
) -> ConsortiumKey | None:
    """Any key, active or retired, by its id."""
    row = session.get(ConsortiumKeyRow, key_id)
    return _row_key(row, _kek(kek)) if row else None


def ensure_key(
    *,
    engine: Engine,
    kek: KeyEncryptionKey | None = None,
    environ: Mapping[str, str] | None = None,
) -> ConsortiumKey:
    """The active key: the one in ``BALISE_CONSORTIUM_KEY`` when set (recorded and made active
    if new), else the stored active key, else a newly generated one.

    A stored key that ``kek`` cannot open raises ``KeyEncryptionError``: never a new key in
    its place (pseudonyms made under it would silently stop matching).
    """
    env = os.environ if environ is None else environ
    sealer = _kek(kek, env)
    with Session(engine) as session, session.begin():
        if env.get(ENV_VAR):
            key = ConsortiumKey.from_secret(parse_secret(env[ENV_VAR]))
            current = active_key(session, kek=sealer)
            if current is None or current.key_id != key.key_id:
                _store(session, key, sealer)
            return key
        current = active_key(session, kek=sealer)
        if current is not None:
            return current
        key = ConsortiumKey.from_secret(secrets.token_bytes(32))
        _store(session, key, sealer)
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


def rotate_in_session(
    session: Session, *, kek: KeyEncryptionKey | None = None, secret: bytes | None = None
) -> ConsortiumKey:
    """``rotate_key`` inside the caller's transaction (the admin page audits it there)."""
    key = ConsortiumKey.from_secret(secret if secret is not None else secrets.token_bytes(32))
    _store(session, key, _kek(kek))
    return key


def rotate_key(
    *, engine: Engine, kek: KeyEncryptionKey | None = None, secret: bytes | None = None
) -> ConsortiumKey:
    """Retire the active key and make a new one (``secret`` or random) active."""
    with Session(engine) as session, session.begin():
        return rotate_in_session(session, kek=kek, secret=secret)


@dataclass(frozen=True, slots=True)
class RewrapReport:
    """What ``rewrap_keys`` did: keys re-encrypted, keys already under the new KEK."""

    rewrapped: int
    already_current: int


def rewrap_keys(*, engine: Engine, old: KeyEncryptionKey, new: KeyEncryptionKey) -> RewrapReport:
    """Re-encrypt every stored consortium secret from ``old`` to ``new``, in one transaction.

    Keys already sealed under ``new`` (a second run) are left as they are. A key that opens
    with neither raises ``KeyEncryptionError`` and nothing is changed.
    """
    if old.key == new.key:
        raise InputError(
            "the old key-encryption key is the current one: nothing to rewrap", where=old.source
        )
    rewrapped = current = 0
    with Session(engine) as session, session.begin():
        rows = (
            session.execute(
                select(ConsortiumKeyRow).order_by(ConsortiumKeyRow.id).with_for_update()
            )
            .scalars()
            .all()
        )
        for row in rows:
            try:
                secret = unseal(row.secret_sealed, key_id=row.id, kek=old)
            except KeyEncryptionError:
                try:
                    unseal(row.secret_sealed, key_id=row.id, kek=new)
                except KeyEncryptionError:
                    raise KeyEncryptionError(
                        f"consortium key {row.id} opens with neither the old key-encryption key "
                        f"({old.source}) nor the current one ({new.source}): nothing was "
                        "rewrapped"
                    ) from None
                current += 1
                continue
            row.secret_sealed = seal(secret, key_id=row.id, kek=new)
            rewrapped += 1
    return RewrapReport(rewrapped=rewrapped, already_current=current)
