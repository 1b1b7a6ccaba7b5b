"""Triage queue, cluster pages and photos."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from balise.cases import service, sharing
from balise.cases.models import POLICE_AGENCIES
from balise.cases.service import MAX_ADS_SHOWN, QueueFilters
from balise.cases.tips import tips_for_cluster
from balise.web import charts
from balise.web.deps import (
    AgencyScope,
    CsrfForm,
    CurrentUser,
    DbSession,
    Investigator,
    Render,
    lang_of,
)
from balise.web.i18n import translator

router = APIRouter()
PAGE_SIZE = 50
CATEGORIES = ("trafficking", "minor", "exploitative-venue")


@router.get("/")
def home(user: CurrentUser) -> Response:
    return RedirectResponse("/referrals" if user.role == "partner" else "/queue", status_code=303)


def _since(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None
    except ValueError:
        return None


@router.get("/queue")
def queue(
    request: Request, user: Investigator, agency: AgencyScope, db: DbSession, render: Render
) -> Response:
    q = request.query_params
    filters = QueueFilters(
        category=q.get("category", "") if q.get("category") in CATEGORIES else "",
        place=q.get("place", "")[:40],
        jurisdiction=q.get("jurisdiction", "") if q.get("jurisdiction") in POLICE_AGENCIES else "",
        since=_since(q.get("since", "")),
        status=q.get("status", "") if q.get("status") in ("new", "case") else "",
        flagged_only=q.get("flagged") == "1",
        shared_only=q.get("shared") == "1",
    )
    try:
        page_no = max(1, int(q.get("page", "1")))
    except ValueError:
        page_no = 1
    page = service.list_queue(
        db, agency=agency, filters=filters, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE
    )
    # One query for the whole page, not one per row: the queue must stay fast.
    holders = sharing.holders_of(db, agency=agency, cluster_ids=[r.cluster_id for r in page.rows])
    params = {k: v for k, v in q.items() if k != "page"}
    return render(
        "queue.html",
        {
            "page": page,
            "holders": holders,
            "filters": filters,
            "since_text": q.get("since", ""),
            "page_no": page_no,
            "params": params,
            "categories": CATEGORIES,
            "jurisdictions": [a for a in POLICE_AGENCIES if a != agency],
        },
        user=user,
    )


@router.get("/clusters/{cluster_id}")
def cluster_page(
    cluster_id: str,
    request: Request,
    user: Investigator,
    agency: AgencyScope,
    db: DbSession,
    render: Render,
) -> Response:
    view = service.get_cluster(db, agency=agency, actor=user.actor, cluster_id=cluster_id)
    if view is None:
        raise HTTPException(status_code=404)
    t = translator(lang_of(request))
    revealed = set(request.session.get("revealed", []))
    return render(
        "cluster.html",
        {
            "view": view,
            "timeline": charts.timeline(view.ads, t("cluster.timeline")),
            "path": charts.place_path(view.ads, t("cluster.path")),
            "network": charts.network(view.ads, t("cluster.network")),
            "revealed": revealed,
            "hidden_ads": max(0, view.size - MAX_ADS_SHOWN),
            "tips": tips_for_cluster(db, agency=agency, cluster_id=cluster_id),
            "sharing": sharing.sharing_panel(db, agency=agency, cluster_id=cluster_id),
        },
        user=user,
    )


@router.post("/photos/{ad_pk}/{index}/reveal")
def reveal_photo(
    ad_pk: int,
    index: int,
    request: Request,
    form: CsrfForm,
    user: Investigator,
    agency: AgencyScope,
    db: DbSession,
) -> Response:
    photo = service.get_photo(
        db, agency=agency, actor=user.actor, ad_pk=ad_pk, index=index, reveal=True
    )
    if photo is None:
        raise HTTPException(status_code=404)
    revealed = list(request.session.get("revealed", []))[-200:]
    revealed.append(f"{ad_pk}:{index}")
    request.session["revealed"] = revealed
    back = str(form.get("back", "/"))
    back = back if back.startswith("/clusters/") else "/"
    return RedirectResponse(f"{back}#ad-{ad_pk}", status_code=303)


@router.get("/photos/{ad_pk}/{index}")
def photo(
    ad_pk: int, index: int, user: Investigator, agency: AgencyScope, db: DbSession
) -> Response:
    ref = service.get_photo(
        db, agency=agency, actor=user.actor, ad_pk=ad_pk, index=index, reveal=False
    )
    if ref is None or "://" in ref.path or not Path(ref.path).is_file():
        raise HTTPException(status_code=404)
    return FileResponse(ref.path, headers={"Cache-Control": "private, no-store"})
