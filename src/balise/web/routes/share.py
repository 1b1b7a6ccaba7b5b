"""Sharing pages and API: shared leads with their holders and path, overlaps, disclosures.

Thin over ``balise.cases.sharing``; police staff only (partners get 403), the agency scope on
every call, 404 outside it, CSRF on every form.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from balise.cases import audit, sharing
from balise.cases.service import NotFound
from balise.errors import InputError
from balise.share import keys
from balise.share.sealing import KeyEncryptionError, KeyEncryptionKey
from balise.web.deps import (
    Admin,
    AgencyScope,
    ApiUser,
    Context,
    CsrfForm,
    DbSession,
    Investigator,
    Render,
    Supervisor,
)

router = APIRouter()
api_router = APIRouter(prefix="/api/v1/share", tags=["v1"])
POLICE_ROLES = ("analyst", "supervisor", "admin")


@router.get("/share")
def shared(user: Investigator, agency: AgencyScope, db: DbSession, render: Render) -> Response:
    return render(
        "share.html",
        {
            "leads": sharing.list_shared(db, agency=agency),
            "disclosures": sharing.list_disclosures(db, agency=agency),
        },
        user=user,
    )


@router.get("/share/leads/{cluster_id}")
def shared_lead(
    cluster_id: str, user: Investigator, agency: AgencyScope, db: DbSession, render: Render
) -> Response:
    info = sharing.sharing_of(db, agency=agency, actor=user.actor, cluster_id=cluster_id)
    if info is None:
        raise HTTPException(status_code=404)
    return render("share_lead.html", {"info": info}, user=user)


def _flash_after(form_error: Exception | None, render: Render) -> None:
    render.request.session["flash"] = str(form_error) if form_error else "saved"


@router.post("/share/disclosures")
def request_disclosure(
    form: CsrfForm, user: Investigator, agency: AgencyScope, db: DbSession, render: Render
) -> Response:
    error: Exception | None = None
    try:
        sharing.request_disclosure(
            db,
            agency=agency,
            actor=user.actor,
            case_id=int(str(form.get("case_id", "0")) or 0),
            holder=str(form.get("holder", "")),
            cluster_id=str(form.get("cluster_id", "")),
            reason=str(form.get("reason", "")),
        )
    except (InputError, ValueError, NotFound) as exc:
        error = exc
    _flash_after(error, render)
    return RedirectResponse("/share", status_code=303)


@router.post("/share/disclosures/{disclosure_id}/decide")
def decide(
    disclosure_id: int,
    form: CsrfForm,
    user: Supervisor,
    agency: AgencyScope,
    db: DbSession,
    render: Render,
) -> Response:
    error: Exception | None = None
    try:
        sharing.decide_disclosure(
            db,
            agency=agency,
            actor=user.actor,
            disclosure_id=disclosure_id,
            approve=form.get("decision") == "approve",
        )
    except InputError as exc:
        error = exc
    _flash_after(error, render)
    return RedirectResponse("/share", status_code=303)


@router.get("/share/disclosures/{disclosure_id}")
def disclosed(
    disclosure_id: int, user: Investigator, agency: AgencyScope, db: DbSession, render: Render
) -> Response:
    got = sharing.disclosed_ads(db, agency=agency, actor=user.actor, disclosure_id=disclosure_id)
    if got is None:
        raise HTTPException(status_code=404)
    view, ads = got
    return render("share_disclosure.html", {"d": view, "ads": ads}, user=user)


@router.get("/share/keys")
def keys_page(user: Admin, db: DbSession, render: Render) -> Response:
    return render("share_keys.html", {"keys": keys.list_keys(db)}, user=user)


@router.post("/share/keys/rotate")
def rotate(
    form: CsrfForm, user: Admin, context: Context, db: DbSession, render: Render
) -> Response:
    """Retire the active consortium key and make a new one, sealed under the app's
    key-encryption key; the other deployments of the consortium must receive the new secret
    out of band (it is never shown here, nor written to the audit log: only its id)."""
    try:
        kek = KeyEncryptionKey.from_settings(context.settings)
    except KeyEncryptionError as exc:  # names the setting, never its value
        _flash_after(exc, render)
        return RedirectResponse("/share/keys", status_code=303)
    key = keys.rotate_in_session(db, kek=kek)
    audit.record(
        db, actor=user.actor, action="share.key.rotate", object_type="key", object_id=key.key_id
    )
    _flash_after(None, render)
    return RedirectResponse("/share/keys", status_code=303)


class PathStepOut(BaseModel):
    place: str
    agency: str | None
    first: str
    last: str
    ads: int


class OverlapOut(BaseModel):
    other_agency: str
    kind: str


class SharingOut(BaseModel):
    cluster_id: str
    shared: bool
    others: list[str]
    path: list[PathStepOut]
    overlaps: list[OverlapOut]

    @classmethod
    def of(cls, info: sharing.SharingInfo) -> SharingOut:
        return cls(
            cluster_id=info.cluster_id,
            shared=info.shared,
            others=list(info.others),
            path=[
                PathStepOut(
                    place=s.place,
                    agency=s.agency,
                    first=s.first.isoformat(),
                    last=s.last.isoformat(),
                    ads=s.ads,
                )
                for s in info.path
            ],
            overlaps=[OverlapOut(other_agency=o.other_agency, kind=o.kind) for o in info.overlaps],
        )


@api_router.get("/leads/{cluster_id}", response_model=SharingOut)
def api_sharing(cluster_id: str, user: ApiUser, db: DbSession) -> SharingOut:
    """Who else holds a lead, its path between territories, overlaps; 404 outside scope."""
    info = (
        sharing.sharing_of(db, agency=user.agency, actor=user.actor, cluster_id=cluster_id)
        if user.role in POLICE_ROLES
        else None
    )
    if info is None:
        raise HTTPException(status_code=404, detail="no such lead")
    return SharingOut.of(info)
