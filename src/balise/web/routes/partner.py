"""Partner caseworkers' pages: the referrals made to their organisation, nothing else."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from balise.cases import service
from balise.cases.models import ACTION_STATUSES
from balise.errors import InputError
from balise.web.deps import AgencyScope, CsrfForm, DbSession, Partner, Render

router = APIRouter()


@router.get("/referrals")
def referrals(user: Partner, organisation: AgencyScope, db: DbSession, render: Render) -> Response:
    items = service.list_referrals(db, organisation=organisation)
    return render("referrals.html", {"referrals": items, "statuses": ACTION_STATUSES}, user=user)


@router.post("/referrals/{action_id}")
def update_referral(
    action_id: int,
    request: Request,
    form: CsrfForm,
    user: Partner,
    organisation: AgencyScope,
    db: DbSession,
) -> Response:
    try:
        service.update_referral(
            db,
            organisation=organisation,
            actor=user.actor,
            action_id=action_id,
            status=str(form.get("status", "")),
        )
        request.session["flash"] = "saved"
    except InputError as exc:
        request.session["flash"] = str(exc)
    return RedirectResponse("/referrals", status_code=303)
