"""Pseudonyms and consortium keys: same identifier, same pseudonym; nothing reversible."""

from __future__ import annotations

import pytest
from share_support import KEY
from sqlalchemy import Engine

from balise.errors import InputError
from balise.share.keys import active_key, ensure_key, key_by_id, parse_secret, rotate_key
from balise.share.pseudonyms import ConsortiumKey, key_id_in, pseudonymise

K = ConsortiumKey.from_secret(KEY)


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("phone", "+1 514 555 0101", "(514) 555-0101"),
        ("phone", "15145550101", "514.555.0101"),
        ("email", "Lea@Example.org", " lea@example.org "),
        ("handle", "@Lea_X", "lea_x"),
        ("photo", "00AF12", "00af12"),
    ],
)
def test_the_same_identifier_written_differently_matches(kind: str, a: str, b: str) -> None:
    assert pseudonymise(kind, a, K) == pseudonymise(kind, b, K)


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("phone", "514 555 0101", "514 555 0102"),
        ("email", "lea@example.org", "lea@example.com"),
    ],
)
def test_different_identifiers_do_not_match(kind: str, a: str, b: str) -> None:
    assert pseudonymise(kind, a, K) != pseudonymise(kind, b, K)


def test_pseudonym_depends_on_key_and_kind_and_hides_the_value() -> None:
    other = ConsortiumKey.from_secret(b"\x01" * 32)
    p = pseudonymise("phone", "514 555 0101", K)
    assert p != pseudonymise("phone", "514 555 0101", other)
    assert p != pseudonymise("handle", "514 555 0101", K)
    assert key_id_in(p) == K.key_id and "5145550101" not in p
    assert KEY.hex() not in repr(K)


def test_short_keys_and_unknown_kinds_are_refused() -> None:
    with pytest.raises(InputError):
        ConsortiumKey.from_secret(b"short")
    with pytest.raises(InputError):
        parse_secret("abcd")
    with pytest.raises(InputError):
        pseudonymise("passport", "x", K)
    assert parse_secret(KEY.hex()) == KEY


def test_key_from_environment_then_rotation_keeps_the_old_one(engine: Engine) -> None:
    env = {"BALISE_CONSORTIUM_KEY": KEY.hex()}
    first = ensure_key(engine=engine, environ=env)
    assert first == K and ensure_key(engine=engine, environ=env) == K
    new = rotate_key(engine=engine)
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        active = active_key(s)
        assert active is not None and active.key_id == new.key_id
        assert key_by_id(s, K.key_id) == K  # retired, still there
    assert ensure_key(engine=engine, environ={}) == new
