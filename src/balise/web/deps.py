"""Request dependencies as ``Annotated`` aliases: the database session, the signed-in user,
the agency scope, the CSRF-checked form, and the page renderer.

Pages use the session cookie (a page asked for without one redirects to the login page);
the API uses bearer tokens signed with the app's secret (no token: 401).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.orm import Session, sessionmaker
from starlette.datastructures import FormData
from starlette.responses import Response

from balise.cases.users import UserInfo, get_user
from balise.settings import Settings
from balise.web.i18n import LANGS, indicator_namer, translator

API_TOKEN_MAX_AGE = 8 * 3600
"""Seconds a bearer token stays valid (one working shift)."""


@dataclass(frozen=True)
class AppContext:
    """What ``create_app`` builds once and every request uses (kept on ``app.state``)."""

    settings: Settings
    sessions: sessionmaker[Session]
    templates: Jinja2Templates
    tokens: URLSafeTimedSerializer


class LoginRequired(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the login page."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


def get_context(request: Request) -> AppContext:
    context: AppContext = request.app.state.context
    return context


Context = Annotated[AppContext, Depends(get_context)]


def get_db(context: Context) -> Iterator[Session]:
    """One session per request, in a transaction committed when the handler succeeds."""
    with context.sessions() as session, session.begin():
        yield session


DbSession = Annotated[Session, Depends(get_db)]


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def checked_form(request: Request) -> FormData:
    """The submitted form, after checking its CSRF token against the session's."""
    form = await request.form()
    sent = form.get("csrf_token")
    expected = request.session.get("csrf")
    if not (
        isinstance(sent, str)
        and isinstance(expected, str)
        and hmac.compare_digest(sent.encode(), expected.encode())
    ):
        raise HTTPException(status_code=400, detail="missing or wrong CSRF token")
    return form


CsrfForm = Annotated[FormData, Depends(checked_form)]


def page_user(request: Request, db: DbSession) -> UserInfo:
    """The signed-in user of a page; redirects to the login page when there is none."""
    user_id = request.session.get("uid")
    user = get_user(db, user_id=user_id) if isinstance(user_id, int) else None
    if user is None:
        request.session.pop("uid", None)
        raise LoginRequired(str(request.url.path))
    return user


CurrentUser = Annotated[UserInfo, Depends(page_user)]

_bearer = HTTPBearer(auto_error=False)


def api_user(
    context: Context,
    db: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> UserInfo:
    """The API caller from its bearer token; 401 without a valid one."""
    unauthorized = HTTPException(
        status_code=401, detail="not authenticated", headers={"WWW-Authenticate": "Bearer"}
    )
    if credentials is None:
        raise unauthorized
    try:
        payload = context.tokens.loads(credentials.credentials, max_age=API_TOKEN_MAX_AGE)
    except (BadSignature, SignatureExpired):
        raise unauthorized from None
    user_id = payload.get("uid") if isinstance(payload, dict) else None
    user = get_user(db, user_id=user_id) if isinstance(user_id, int) else None
    if user is None:
        raise unauthorized
    return user


ApiUser = Annotated[UserInfo, Depends(api_user)]


def require_roles(*roles: str) -> Callable[[UserInfo], UserInfo]:
    """A page dependency admitting only these roles (403 for the others)."""

    def check(user: CurrentUser) -> UserInfo:
        if user.role not in roles:
            raise HTTPException(status_code=403, detail="not allowed for your role")
        return user

    return check


Investigator = Annotated[UserInfo, Depends(require_roles("analyst", "supervisor", "admin"))]
"""Police staff who work leads and cases."""
Supervisor = Annotated[UserInfo, Depends(require_roles("supervisor", "admin"))]
Admin = Annotated[UserInfo, Depends(require_roles("admin"))]
Partner = Annotated[UserInfo, Depends(require_roles("partner"))]


def agency_scope(user: CurrentUser) -> str:
    """The agency whose data the signed-in user may see: the tenancy key of every query."""
    return user.agency


AgencyScope = Annotated[str, Depends(agency_scope)]


def lang_of(request: Request) -> str:
    lang = request.session.get("lang")
    if lang in LANGS:
        return str(lang)
    return get_context(request).settings.lang


class Renderer:
    """Renders a template with the common context (user, language, CSRF token, ``t``)."""

    def __init__(self, request: Request, context: Context) -> None:
        self.request = request
        self.context = context

    def __call__(
        self,
        name: str,
        values: dict[str, Any] | None = None,
        *,
        user: UserInfo | None = None,
        status_code: int = 200,
    ) -> Response:
        lang = lang_of(self.request)
        data: dict[str, Any] = {
            "user": user,
            "lang": lang,
            "t": translator(lang),
            "indicator": indicator_namer(lang),
            "csrf_token": csrf_token(self.request),
            "flash": self.request.session.pop("flash", None),
        }
        data.update(values or {})
        return self.context.templates.TemplateResponse(
            self.request, name, data, status_code=status_code
        )


Render = Annotated[Renderer, Depends(Renderer)]
