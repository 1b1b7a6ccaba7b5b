"""Users: argon2 hashes, clear errors, login throttling."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from balise.cases.models import User
from balise.cases.users import MAX_FAILED_LOGINS, LoginThrottled, add_user, authenticate
from balise.errors import InputError


@pytest.mark.parametrize(
    ("agency", "role", "password", "message"),
    [
        ("nowhere", "analyst", "a long password", "unknown agency 'nowhere'"),
        ("spvm", "boss", "a long password", "unknown role 'boss'"),
        ("spvm", "partner", "a long password", "partner caseworkers belong"),
        ("spvm", "analyst", "short", "at least"),
    ],
)
def test_bad_users_are_refused_with_a_clear_message(
    engine: Engine, agency: str, role: str, password: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        add_user(engine=engine, username="bad", password=password, agency=agency, role=role)


def test_passwords_are_argon2_and_duplicates_refused(engine: Engine) -> None:
    add_user(
        engine=engine,
        username="hashme",
        password="a long password",
        agency="spl",
        role="supervisor",
    )
    with Session(engine) as s:
        stored = s.execute(select(User.password_hash).where(User.username == "hashme")).scalar_one()
    assert stored.startswith("$argon2") and "a long password" not in stored
    with pytest.raises(InputError, match="already exists"):
        add_user(
            engine=engine,
            username="hashme",
            password="another password",
            agency="spl",
            role="analyst",
        )


def test_login_and_throttling(engine: Engine) -> None:
    add_user(
        engine=engine, username="thr", password="a long password", agency="spal", role="analyst"
    )
    with Session(engine) as s, s.begin():
        user = authenticate(s, username="thr", password="a long password")
        assert user is not None and user.agency == "spal"
    for _ in range(MAX_FAILED_LOGINS):
        with Session(engine) as s, s.begin():
            assert authenticate(s, username="thr", password="wrong") is None
    with Session(engine) as s, s.begin(), pytest.raises(LoginThrottled):
        authenticate(s, username="thr", password="a long password")
