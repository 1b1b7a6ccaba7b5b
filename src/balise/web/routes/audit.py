"""The audit log for supervisors (their agency) and administrators (every agency)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from balise.cases import audit
from balise.web.deps import DbSession, Render, Supervisor

router = APIRouter()


@router.get("/audit")
def audit_page(request: Request, user: Supervisor, db: DbSession, render: Render) -> Response:
    scope = None if user.role == "admin" else user.agency
    try:
        offset = max(0, int(request.query_params.get("offset", "0")))
    except ValueError:
        offset = 0
    entries, total = audit.list_entries(db, agency=scope, limit=200, offset=offset)
    check = audit.verify_chain(db)
    audit.record(
        db, actor=user.actor, action="audit.view", object_type="audit", object_id=scope or "*"
    )
    return render(
        "audit.html",
        {"entries": entries, "total": total, "check": check, "offset": offset},
        user=user,
    )


@router.get("/audit/export")
def audit_export(user: Supervisor, db: DbSession) -> Response:
    scope = None if user.role == "admin" else user.agency
    body = "".join(audit.iter_export(db, agency=scope))
    audit.record(
        db, actor=user.actor, action="audit.export", object_type="audit", object_id=scope or "*"
    )
    return Response(
        body,
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="balise-audit.jsonl"'},
    )
