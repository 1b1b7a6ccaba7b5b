"""Login, logout and the language switch."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from balise.cases import audit
from balise.cases.users import LoginThrottled, authenticate
from balise.web.deps import CsrfForm, DbSession, Render
from balise.web.i18n import LANGS

router = APIRouter()


def _safe_next(value: object) -> str:
    """Only local paths, so the login page cannot be used to redirect elsewhere."""
    if isinstance(value, str) and value.startswith("/") and not value.startswith("//"):
        return value
    return "/"


@router.get("/login")
def login_page(request: Request, render: Render) -> Response:
    return render("login.html", {"next": _safe_next(request.query_params.get("next"))})


@router.post("/login")
def login(request: Request, form: CsrfForm, db: DbSession, render: Render) -> Response:
    username = str(form.get("username", ""))
    password = str(form.get("password", ""))
    next_url = _safe_next(form.get("next"))
    try:
        user = authenticate(db, username=username, password=password)
    except LoginThrottled:
        return render("login.html", {"next": next_url, "error": "login.throttled"}, status_code=429)
    if user is None:
        return render("login.html", {"next": next_url, "error": "login.failed"}, status_code=401)
    lang = request.session.get("lang")
    request.session.clear()  # a fresh session (and CSRF token) after login
    request.session["uid"] = user.user_id
    if lang:
        request.session["lang"] = lang
    audit.record(
        db, actor=user.actor, action="user.login", object_type="user", object_id=user.user_id
    )
    if user.role == "partner" and next_url == "/":
        next_url = "/referrals"
    return RedirectResponse(next_url, status_code=303)


@router.post("/logout")
def logout(request: Request, form: CsrfForm) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.post("/lang")
def switch_language(request: Request, form: CsrfForm) -> Response:
    lang = form.get("lang")
    if lang in LANGS:
        request.session["lang"] = lang
    return RedirectResponse(_safe_next(form.get("next")), status_code=303)
