"""Consortium key secrets at rest: sealed under the key-encryption key (KEK), bound to their id;
a wrong KEK, an altered or swapped value is refused with a message naming the setting."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest
from share_support import KEY
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from balise.settings import DEV_SECRET, Settings
from balise.share.keys import active_key, ensure_key, key_by_id, rewrap_keys, rotate_key
from balise.share.models import ConsortiumKeyRow
from balise.share.pseudonyms import key_id_of
from balise.share.sealing import (
    FORMAT,
    KEK_ENV,
    KeyEncryptionError,
    KeyEncryptionKey,
    seal,
    unseal,
)

KEK_A = KeyEncryptionKey.from_material("kek-a " + "a" * 40, source=KEK_ENV)
KEK_B = KeyEncryptionKey.from_material("kek-b " + "b" * 40, source=KEK_ENV)
KID = key_id_of(KEY)


def _flip(sealed: str, at: int) -> str:
    tag, body = sealed.split(":", 1)
    raw = bytearray(base64.urlsafe_b64decode(body))
    raw[at] ^= 0x01
    return f"{tag}:{base64.urlsafe_b64encode(bytes(raw)).decode()}"


# --- sealing, without a database ------------------------------------------------------------


def test_round_trip_and_nothing_readable_in_the_stored_text() -> None:
    sealed = seal(KEY, key_id=KID, kek=KEK_A)
    assert sealed.startswith(f"{FORMAT}:")
    assert KEY.hex() not in sealed and base64.b64encode(KEY).decode() not in sealed
    assert unseal(sealed, key_id=KID, kek=KEK_A) == KEY
    assert seal(KEY, key_id=KID, kek=KEK_A) != sealed  # a fresh nonce every time


@pytest.mark.parametrize(
    ("what", "change"),
    [
        ("nonce byte", lambda s: _flip(s, 0)),
        ("ciphertext byte", lambda s: _flip(s, 14)),
        ("tag byte", lambda s: _flip(s, -1)),
        ("truncated", lambda s: s[:-8]),
        ("format tag", lambda s: "aesgcm2" + s[len(FORMAT) :]),
        ("plain hex", lambda _s: KEY.hex()),
    ],
)
def test_an_altered_stored_value_is_refused(what: str, change: Callable[[str], str]) -> None:
    sealed = seal(KEY, key_id=KID, kek=KEK_A)
    with pytest.raises(KeyEncryptionError, match=KID):
        unseal(change(sealed), key_id=KID, kek=KEK_A)


def test_a_secret_moved_onto_another_key_id_is_refused() -> None:
    sealed = seal(KEY, key_id=KID, kek=KEK_A)
    with pytest.raises(KeyEncryptionError, match="k0000"):
        unseal(sealed, key_id="k0000", kek=KEK_A)


def test_a_wrong_kek_names_the_setting_and_the_way_out() -> None:
    sealed = seal(KEY, key_id=KID, kek=KEK_A)
    with pytest.raises(KeyEncryptionError) as err:
        unseal(sealed, key_id=KID, kek=KEK_B)
    message = str(err.value)
    assert KEK_ENV in message and "balise share rewrap" in message and KID in message


def test_the_kek_comes_from_its_setting_else_from_the_secret_key() -> None:
    own, secret = "k" * 40, "s" * 40
    both = KeyEncryptionKey.from_environ({KEK_ENV: own, "BALISE_SECRET_KEY": secret})
    only_secret = KeyEncryptionKey.from_environ({"BALISE_SECRET_KEY": secret})
    assert both.source == KEK_ENV and "BALISE_SECRET_KEY" in only_secret.source
    assert both.key != only_secret.key and len(both.key) == 32
    # the settings object and the environment agree (the migration reads the environment)
    assert KeyEncryptionKey.from_settings(Settings(key_encryption_key=own)).key == both.key
    assert KeyEncryptionKey.from_settings(Settings(secret_key=secret)).key == only_secret.key
    # derived, not the setting's bytes: the session-cookie secret is not the AES key
    assert only_secret.key != secret.encode()[:32]
    assert own not in repr(both) and both.key.hex() not in repr(both)


@pytest.mark.parametrize(
    ("environ", "needle"),
    [
        ({KEK_ENV: "short"}, "BALISE_KEY_ENCRYPTION_KEY is too short"),
        ({"BALISE_ENVIRONMENT": "production"}, "set BALISE_KEY_ENCRYPTION_KEY"),
        (
            {"BALISE_ENVIRONMENT": "production", "BALISE_SECRET_KEY": DEV_SECRET},
            "set BALISE_KEY_ENCRYPTION_KEY",
        ),
    ],
)
def test_an_unusable_kek_is_refused_with_the_setting_named(
    environ: dict[str, str], needle: str
) -> None:
    with pytest.raises(KeyEncryptionError, match=needle):
        KeyEncryptionKey.from_environ(environ)


def test_a_short_kek_setting_is_refused_without_echoing_it() -> None:
    with pytest.raises(KeyEncryptionError, match=f"{KEK_ENV} is too short") as err:
        KeyEncryptionKey.from_settings(Settings(key_encryption_key="tiny-kek-value"))
    assert "tiny-kek-value" not in str(err.value)
    assert "tiny-kek-value" not in repr(Settings(key_encryption_key="tiny-kek-value"))


# --- stored keys (SQLite, and PostgreSQL when the test services run) ------------------------


def _stored(engine: Engine) -> dict[str, str]:
    with Session(engine) as s:
        return dict(s.execute(select(ConsortiumKeyRow.id, ConsortiumKeyRow.secret_sealed)).all())


def test_the_database_holds_no_secret_in_clear(empty_engine: Engine) -> None:
    key = ensure_key(engine=empty_engine, kek=KEK_A, environ={"BALISE_CONSORTIUM_KEY": KEY.hex()})
    new = rotate_key(engine=empty_engine, kek=KEK_A)
    stored = _stored(empty_engine)
    assert set(stored) == {key.key_id, new.key_id}
    for k in (key, new):
        assert stored[k.key_id].startswith(f"{FORMAT}:") and k.secret.hex() not in stored[k.key_id]
    with Session(empty_engine) as s:
        assert key_by_id(s, key.key_id, kek=KEK_A) == key
        assert active_key(s, kek=KEK_A) == new


def test_a_wrong_kek_is_an_error_never_a_new_key(empty_engine: Engine) -> None:
    ensure_key(engine=empty_engine, kek=KEK_A, environ={})
    with pytest.raises(KeyEncryptionError, match=KEK_ENV):
        ensure_key(engine=empty_engine, kek=KEK_B, environ={})
    with Session(empty_engine) as s:
        assert s.scalar(select(func.count()).select_from(ConsortiumKeyRow)) == 1


def test_secrets_swapped_between_rows_are_refused(empty_engine: Engine) -> None:
    a = ensure_key(engine=empty_engine, kek=KEK_A, environ={})
    b = rotate_key(engine=empty_engine, kek=KEK_A)
    stored = _stored(empty_engine)
    with Session(empty_engine) as s, s.begin():
        for kid, other in ((a.key_id, b.key_id), (b.key_id, a.key_id)):
            s.execute(
                update(ConsortiumKeyRow)
                .where(ConsortiumKeyRow.id == kid)
                .values(secret_sealed=stored[other])
            )
    with Session(empty_engine) as s:
        for kid in (a.key_id, b.key_id):
            with pytest.raises(KeyEncryptionError, match=kid):
                key_by_id(s, kid, kek=KEK_A)


def test_rewrap_moves_every_key_to_the_new_kek_in_one_go(empty_engine: Engine) -> None:
    a = ensure_key(engine=empty_engine, kek=KEK_A, environ={})
    b = rotate_key(engine=empty_engine, kek=KEK_A)
    report = rewrap_keys(engine=empty_engine, old=KEK_A, new=KEK_B)
    assert (report.rewrapped, report.already_current) == (2, 0)
    with Session(empty_engine) as s:
        assert key_by_id(s, a.key_id, kek=KEK_B) == a and active_key(s, kek=KEK_B) == b
        with pytest.raises(KeyEncryptionError):
            key_by_id(s, a.key_id, kek=KEK_A)
    again = rewrap_keys(engine=empty_engine, old=KEK_A, new=KEK_B)  # a second run changes nothing
    assert (again.rewrapped, again.already_current) == (0, 2)


def test_rewrap_with_the_wrong_old_kek_changes_nothing(empty_engine: Engine) -> None:
    ensure_key(engine=empty_engine, kek=KEK_A, environ={})
    rotate_key(engine=empty_engine, kek=KEK_A)
    before = _stored(empty_engine)
    wrong = KeyEncryptionKey.from_material("c" * 40, source="BALISE_OLD_KEY_ENCRYPTION_KEY")
    with pytest.raises(KeyEncryptionError, match="BALISE_OLD_KEY_ENCRYPTION_KEY"):
        rewrap_keys(engine=empty_engine, old=wrong, new=KEK_B)
    assert _stored(empty_engine) == before
