"""Case pages: open from a lead, victim-centred fields, notes, actions, disposition."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from balise.cases import service
from balise.cases.dispositions import OUTCOMES
from balise.cases.models import ACTION_KINDS, CASE_STATUSES
from balise.cases.users import list_users
from balise.errors import InputError
from balise.web.deps import AgencyScope, CsrfForm, DbSession, Investigator, Render

router = APIRouter()


def _done(request: Request, case_id: int, error: InputError | None = None) -> Response:
    request.session["flash"] = str(error) if error else "saved"
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.get("/cases")
def case_list(
    request: Request, user: Investigator, agency: AgencyScope, db: DbSession, render: Render
) -> Response:
    status = request.query_params.get("status", "")
    cases = service.list_cases(db, agency=agency, status=status if status in CASE_STATUSES else "")
    return render("cases.html", {"cases": cases, "statuses": CASE_STATUSES}, user=user)


@router.post("/cases")
def open_case(form: CsrfForm, user: Investigator, agency: AgencyScope, db: DbSession) -> Response:
    case_id = service.open_case(
        db,
        agency=agency,
        actor=user.actor,
        cluster_id=str(form.get("cluster_id", "")),
        title=str(form.get("title", "")),
    )
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.get("/cases/{case_id}")
def case_page(
    case_id: int, user: Investigator, agency: AgencyScope, db: DbSession, render: Render
) -> Response:
    view = service.get_case(db, agency=agency, actor=user.actor, case_id=case_id)
    if view is None:
        raise HTTPException(status_code=404)
    return render(
        "case.html",
        {
            "case": view,
            "statuses": CASE_STATUSES,
            "kinds": ACTION_KINDS,
            "outcomes": OUTCOMES,
            "organisations": service.list_organisations(db),
            "colleagues": [u for u in list_users(db, agency=agency) if u.active],
        },
        user=user,
    )


@router.post("/cases/{case_id}/update")
def update_case(
    case_id: int,
    request: Request,
    form: CsrfForm,
    user: Investigator,
    agency: AgencyScope,
    db: DbSession,
) -> Response:
    assigned = str(form.get("assigned_to", ""))
    try:
        service.update_case(
            db,
            agency=agency,
            actor=user.actor,
            case_id=case_id,
            status=str(form.get("status", "open")),
            assigned_to=int(assigned) if assigned.isdigit() else None,
            persons_of_concern=str(form.get("persons_of_concern", "")),
            safety_concerns=str(form.get("safety_concerns", "")),
            languages=str(form.get("languages", "")),
            minor_suspected=form.get("minor_suspected") == "on",
        )
    except InputError as exc:
        return _done(request, case_id, exc)
    return _done(request, case_id)


@router.post("/cases/{case_id}/notes")
def add_note(
    case_id: int,
    request: Request,
    form: CsrfForm,
    user: Investigator,
    agency: AgencyScope,
    db: DbSession,
) -> Response:
    try:
        service.add_note(
            db, agency=agency, actor=user.actor, case_id=case_id, body=str(form.get("body", ""))
        )
    except InputError as exc:
        return _done(request, case_id, exc)
    return _done(request, case_id)


@router.post("/cases/{case_id}/actions")
def add_action(
    case_id: int,
    request: Request,
    form: CsrfForm,
    user: Investigator,
    agency: AgencyScope,
    db: DbSession,
) -> Response:
    try:
        service.add_action(
            db,
            agency=agency,
            actor=user.actor,
            case_id=case_id,
            kind=str(form.get("kind", "")),
            detail=str(form.get("detail", "")),
            organisation_id=str(form.get("organisation_id", "")) or None,
        )
    except InputError as exc:
        return _done(request, case_id, exc)
    return _done(request, case_id)


@router.post("/cases/{case_id}/disposition")
def record_disposition(
    case_id: int,
    request: Request,
    form: CsrfForm,
    user: Investigator,
    agency: AgencyScope,
    db: DbSession,
) -> Response:
    try:
        service.record_disposition(
            db,
            agency=agency,
            actor=user.actor,
            case_id=case_id,
            outcome=str(form.get("outcome", "")),
            note=str(form.get("note", "")),
        )
    except InputError as exc:
        return _done(request, case_id, exc)
    return _done(request, case_id)
