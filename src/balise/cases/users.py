"""Users, passwords (argon2) and login throttling."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from balise.cases import audit
from balise.cases.audit import Actor
from balise.cases.clock import utc_now
from balise.cases.models import ROLES, Agency, LoginAttempt, User
from balise.errors import InputError

MAX_FAILED_LOGINS = 5
"""Failed logins allowed for one username within ``THROTTLE_WINDOW`` before refusing."""
THROTTLE_WINDOW = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10


class LoginThrottled(Exception):
    """Too many failed logins for this username recently; try again later."""


@dataclass(frozen=True, slots=True)
class UserInfo:
    """What the app needs to know about a signed-in user."""

    user_id: int
    username: str
    agency: str
    role: str
    active: bool

    @property
    def actor(self) -> Actor:
        return Actor(self.user_id, self.username, self.agency, self.role)


def _hasher() -> PasswordHasher:
    return PasswordHasher()


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.agency_id, user.role, user.active)


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    agency: str,
    role: str,
    actor: Actor | None = None,
) -> UserInfo:
    """Add a user; raises ``InputError`` naming the bad agency, role, name or password."""
    username = username.strip()
    if not username or len(username) > 100:
        raise InputError("username must be 1 to 100 characters", where="username")
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}", where="role")
    agency_row = session.get(Agency, agency)
    if agency_row is None:
        known = ", ".join(session.execute(select(Agency.id).order_by(Agency.id)).scalars())
        raise InputError(f"unknown agency {agency!r}; known agencies: {known}", where="agency")
    if (role == "partner") != (agency_row.kind == "partner"):
        raise InputError(
            "partner caseworkers belong to partner organisations, other roles to police agencies",
            where="role",
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(
            f"password must have at least {MIN_PASSWORD_LENGTH} characters", where="password"
        )
    if session.execute(select(User.id).where(User.username == username)).first():
        raise InputError(f"user {username!r} already exists", where="username")
    user = User(
        username=username,
        password_hash=_hasher().hash(password),
        agency_id=agency,
        role=role,
        active=True,
        created_at=utc_now(),
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError as exc:  # a concurrent insert of the same name
        raise InputError(f"user {username!r} already exists", where="username") from exc
    if actor is not None:
        audit.record(
            session,
            actor=actor,
            action="user.create",
            object_type="user",
            object_id=user.id,
            detail=f"{username} {agency} {role}",
        )
    return _info(user)


def add_user(*, engine: Engine, username: str, password: str, agency: str, role: str) -> None:
    """Add a user from the command line (``balise users add``); errors are ``InputError``."""
    with Session(engine) as session, session.begin():
        create_user(session, username=username, password=password, agency=agency, role=role)


def authenticate(session: Session, *, username: str, password: str) -> UserInfo | None:
    """The user when the password is right; ``None`` when not; raises ``LoginThrottled``.

    Failed attempts are recorded (the caller commits) so throttling holds across processes.
    """
    since = utc_now() - THROTTLE_WINDOW
    failures = session.execute(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.username == username, LoginAttempt.at >= since)
    ).scalar_one()
    if failures >= MAX_FAILED_LOGINS:
        raise LoginThrottled(username)
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    hasher = _hasher()
    ok = False
    if user is not None and user.active:
        try:
            ok = hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
    if not ok or user is None:
        session.add(LoginAttempt(username=username, at=utc_now()))
        return None
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == username))
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
    return _info(user)


def get_user(session: Session, *, user_id: int) -> UserInfo | None:
    """The active user with this id, or ``None``."""
    user = session.get(User, user_id)
    if user is None or not user.active:
        return None
    return _info(user)


def list_users(session: Session, *, agency: str | None) -> list[UserInfo]:
    """Users of one agency, or of all (``None``, for administrators)."""
    query = select(User).order_by(User.agency_id, User.username)
    if agency is not None:
        query = query.where(User.agency_id == agency)
    return [_info(u) for u in session.execute(query).scalars()]


def set_active(session: Session, *, actor: Actor, user_id: int, active: bool) -> None:
    """Enable or disable a user (administrators)."""
    user = session.get(User, user_id)
    if user is None:
        raise InputError(f"no user {user_id}", where="user")
    user.active = active
    audit.record(
        session,
        actor=actor,
        action="user.enable" if active else "user.disable",
        object_type="user",
        object_id=user_id,
    )
