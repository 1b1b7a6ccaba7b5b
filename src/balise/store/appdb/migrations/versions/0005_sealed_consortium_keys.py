"""Consortium key secrets encrypted at rest: ``consortium_keys.secret_hex`` (plain hex) becomes
``secret_sealed`` (AES-256-GCM under the key-encryption key, ``balise.share.sealing``).

The key-encryption key is read from the environment as the application reads it
(``BALISE_KEY_ENCRYPTION_KEY``, else ``BALISE_SECRET_KEY``). Every row is encrypted (upgrade)
or decrypted (downgrade) before the table is touched: when one cannot be, the migration stops
with a ``KeyEncryptionError`` naming the setting and the table keeps its keys as they were.
A database without keys needs no key-encryption key.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from balise.share.sealing import KeyEncryptionError, KeyEncryptionKey, seal, unseal

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLE = "consortium_keys"


def _kek(step: str) -> KeyEncryptionKey:
    try:
        return KeyEncryptionKey.from_environ()
    except KeyEncryptionError as exc:
        raise KeyEncryptionError(f"migration 0005 ({step}): {exc}; nothing was changed") from None


def _write(column: str, values: dict[str, str]) -> None:
    table = sa.table(TABLE, sa.column("id", sa.String), sa.column(column, sa.String))
    bind = op.get_bind()
    for key_id, value in values.items():
        bind.execute(table.update().where(table.c.id == key_id).values({column: value}))


def upgrade() -> None:
    rows = op.get_bind().execute(sa.text(f"SELECT id, secret_hex FROM {TABLE}")).all()
    sealed: dict[str, str] = {}
    if rows:
        kek = _kek("encrypt the consortium keys")
        for key_id, secret_hex in rows:
            try:
                secret = bytes.fromhex(secret_hex)
            except ValueError:
                raise KeyEncryptionError(
                    f"migration 0005: consortium key {key_id} is not stored as hex; "
                    "nothing was changed"
                ) from None
            sealed[key_id] = seal(secret, key_id=key_id, kek=kek)
    with op.batch_alter_table(TABLE) as batch:
        batch.add_column(sa.Column("secret_sealed", sa.String(512), nullable=True))
    _write("secret_sealed", sealed)
    with op.batch_alter_table(TABLE) as batch:
        batch.alter_column("secret_sealed", existing_type=sa.String(512), nullable=False)
        batch.drop_column("secret_hex")


def downgrade() -> None:
    rows = op.get_bind().execute(sa.text(f"SELECT id, secret_sealed FROM {TABLE}")).all()
    plain: dict[str, str] = {}
    if rows:
        kek = _kek("decrypt the consortium keys")
        for key_id, sealed in rows:
            try:
                plain[key_id] = unseal(sealed, key_id=key_id, kek=kek).hex()
            except KeyEncryptionError as exc:
                raise KeyEncryptionError(
                    f"migration 0005 (downgrade): {exc}; nothing was changed"
                ) from None
    with op.batch_alter_table(TABLE) as batch:
        batch.add_column(sa.Column("secret_hex", sa.String(256), nullable=True))
    _write("secret_hex", plain)
    with op.batch_alter_table(TABLE) as batch:
        batch.alter_column("secret_hex", existing_type=sa.String(256), nullable=False)
        batch.drop_column("secret_sealed")
