"""Administration: users and the directory of partner organisations."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from balise.cases import service, users
from balise.cases.models import ROLES, Agency
from balise.errors import InputError
from balise.web.deps import Admin, CsrfForm, DbSession, Render

router = APIRouter(prefix="/admin")


@router.get("/users")
def user_list(user: Admin, db: DbSession, render: Render) -> Response:
    agencies = list(db.execute(select(Agency.id).order_by(Agency.kind.desc(), Agency.id)).scalars())
    return render(
        "users.html",
        {"users": users.list_users(db, agency=None), "agencies": agencies, "roles": ROLES},
        user=user,
    )


@router.post("/users")
def add_user(request: Request, form: CsrfForm, user: Admin, db: DbSession) -> Response:
    try:
        users.create_user(
            db,
            username=str(form.get("username", "")),
            password=str(form.get("password", "")),
            agency=str(form.get("agency", "")),
            role=str(form.get("role", "")),
            actor=user.actor,
        )
        request.session["flash"] = "saved"
    except InputError as exc:
        request.session["flash"] = str(exc)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/users/{user_id}/active")
def set_active(
    user_id: int, request: Request, form: CsrfForm, user: Admin, db: DbSession
) -> Response:
    try:
        users.set_active(db, actor=user.actor, user_id=user_id, active=form.get("active") == "1")
        request.session["flash"] = "saved"
    except InputError as exc:
        request.session["flash"] = str(exc)
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/organisations")
def organisations(user: Admin, db: DbSession, render: Render) -> Response:
    return render("organisations.html", {"orgs": service.list_organisations(db)}, user=user)


@router.post("/organisations")
def add_organisation(request: Request, form: CsrfForm, user: Admin, db: DbSession) -> Response:
    try:
        service.add_organisation(
            db,
            actor=user.actor,
            org_id=str(form.get("org_id", "")),
            name=str(form.get("name", "")),
            accepts_minors=form.get("accepts_minors") == "on",
            accepts_women=form.get("accepts_women") == "on",
            accepts_men=form.get("accepts_men") == "on",
            accepts_trans=form.get("accepts_trans") == "on",
            languages=str(form.get("languages", "fr")).split(","),
        )
        request.session["flash"] = "saved"
    except InputError as exc:
        request.session["flash"] = str(exc)
    return RedirectResponse("/admin/organisations", status_code=303)
