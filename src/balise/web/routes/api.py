"""The JSON API under ``/api/v1`` (bearer tokens; documented at ``/api/v1/openapi.json``).

Objects outside the caller's scope answer 404, exactly like objects that do not exist.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from balise.cases import service, sharing
from balise.cases.service import QueueFilters
from balise.cases.tips import tips_for_cluster
from balise.cases.users import LoginThrottled, authenticate
from balise.web.deps import ApiUser, Context, DbSession
from balise.web.routes.share import SharingOut

router = APIRouter(prefix="/api/v1", tags=["v1"])

POLICE_ROLES = ("analyst", "supervisor", "admin")


class TokenRequest(BaseModel):
    username: str
    password: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"


class LeadOut(BaseModel):
    cluster_id: str
    score: float
    flag: bool
    categories: list[str]
    cities: list[str]
    top_indicators: list[str]
    ads: int
    has_case: bool


class EvidenceOut(BaseModel):
    source: str
    ad_id: str
    text: str
    field: str | None = None
    start: int | None = None
    end: int | None = None


class ContributionOut(BaseModel):
    id: str
    category: str
    weight: float
    value: float
    detail: str
    evidence: list[EvidenceOut]


class AdOut(BaseModel):
    source: str
    ad_id: str
    posted_at: datetime
    place: str | None
    city: str | None
    language: str
    title: str
    body: str
    identifiers: dict[str, list[Any]]


class LinkOut(BaseModel):
    kind: str
    value: str
    ads: int


class TipOut(BaseModel):
    """A tip from the public linked to the cluster (shares an identifier with its ads)."""

    reference: str
    received_at: datetime
    urgent: bool
    urgent_reason: str
    text: str
    place: str | None
    shared: list[LinkOut]


class ClusterOut(BaseModel):
    cluster_id: str
    size: int
    score: float | None
    flag: bool
    categories: list[str]
    cities: list[str]
    links: list[LinkOut]
    indicators: list[ContributionOut]
    ads: list[AdOut]
    tips: list[TipOut] = []
    sharing: SharingOut | None = None  # other holders, path between territories, overlaps


class CaseSummaryOut(BaseModel):
    case_id: int
    cluster_id: str
    title: str
    status: str
    assigned_to: str | None
    minor_suspected: bool
    updated_at: datetime
    outcome: str | None


class ActionOut(BaseModel):
    action_id: int
    kind: str
    organisation_id: str | None
    detail: str
    status: str
    created_at: datetime


class CaseOut(BaseModel):
    case_id: int
    cluster_id: str
    title: str
    status: str
    assigned_to: str | None
    persons_of_concern: str
    safety_concerns: str
    languages: str
    minor_suspected: bool
    actions: list[ActionOut]
    outcome: str | None


class ReferralOut(BaseModel):
    action_id: int
    case_id: int
    from_agency: str
    detail: str
    status: str
    languages: str
    minor_suspected: bool
    safety_concerns: str


@router.post(
    "/token",
    response_model=TokenResponse,
    responses={
        401: {"description": "wrong username or password"},
        429: {"description": "throttled"},
    },
)
def token(body: TokenRequest, context: Context, db: DbSession) -> TokenResponse | JSONResponse:
    """Exchange a username and password for a bearer token (valid 8 hours)."""
    try:
        user = authenticate(db, username=body.username, password=body.password)
    except LoginThrottled:
        raise HTTPException(status_code=429, detail="too many failed logins") from None
    if user is None:
        # A response, not an exception: the failed attempt must be committed for throttling.
        return JSONResponse(
            {"detail": "wrong username or password"},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenResponse(access_token=context.tokens.dumps({"uid": user.user_id}))


@router.get("/leads", response_model=list[LeadOut])
def leads(
    user: ApiUser,
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    flagged: bool = False,
    category: str = "",
    place: str = "",
) -> list[LeadOut]:
    """The caller's agency's leads, flagged first then by score (partners have none)."""
    if user.role not in POLICE_ROLES:
        return []
    page = service.list_queue(
        db,
        agency=user.agency,
        filters=QueueFilters(category=category, place=place, flagged_only=flagged),
        limit=limit,
        offset=offset,
    )
    return [
        LeadOut(
            cluster_id=r.cluster_id,
            score=r.score,
            flag=r.flag,
            categories=list(r.categories),
            cities=list(r.cities),
            top_indicators=list(r.top_indicators),
            ads=r.size,
            has_case=r.has_case,
        )
        for r in page.rows
    ]


@router.get("/clusters/{cluster_id}", response_model=ClusterOut)
def cluster(cluster_id: str, user: ApiUser, db: DbSession) -> ClusterOut:
    """A cluster with its ads and its score's decomposition; 404 outside the caller's scope."""
    view = (
        service.get_cluster(db, agency=user.agency, actor=user.actor, cluster_id=cluster_id)
        if user.role in POLICE_ROLES
        else None
    )
    if view is None:
        raise HTTPException(status_code=404, detail="no such cluster")
    shared = sharing.sharing_panel(db, agency=user.agency, cluster_id=view.cluster_id)
    return ClusterOut(
        cluster_id=view.cluster_id,
        size=view.size,
        score=view.score,
        flag=view.flag,
        categories=list(view.categories),
        cities=list(view.cities),
        links=[LinkOut(kind=k, value=v, ads=n) for k, v, n in view.links],
        indicators=[
            ContributionOut(
                id=c.indicator_id,
                category=c.category,
                weight=c.weight,
                value=c.value,
                detail=c.detail,
                evidence=[
                    EvidenceOut(
                        source=e.source,
                        ad_id=e.ad_id,
                        text=e.text,
                        field=e.field,
                        start=e.start,
                        end=e.end,
                    )
                    for e in c.evidence
                ],
            )
            for c in view.contributions
        ],
        ads=[
            AdOut(
                source=a.source,
                ad_id=a.ad_id,
                posted_at=a.posted_at,
                place=a.place,
                city=a.city_raw,
                language=a.language,
                title="".join(s.text for s in a.title),
                body="".join(s.text for s in a.body),
                identifiers=a.identifiers,
            )
            for a in view.ads
        ],
        tips=[
            TipOut(
                reference=tip.reference,
                received_at=tip.received_at,
                urgent=tip.urgent,
                urgent_reason=tip.urgent_reason,
                text=tip.text,
                place=tip.place,
                shared=[
                    LinkOut(kind=lk.kind, value=lk.value, ads=0)
                    for lk in tip.links
                    if lk.cluster_id == view.cluster_id
                ],
            )
            for tip in tips_for_cluster(db, agency=user.agency, cluster_id=view.cluster_id)
        ],
        sharing=SharingOut.of(shared) if shared is not None else None,
    )


@router.get("/cases", response_model=list[CaseSummaryOut])
def cases(user: ApiUser, db: DbSession, status: str = "") -> list[CaseSummaryOut]:
    """The caller's agency's cases (partners: see ``/referrals``)."""
    if user.role not in POLICE_ROLES:
        return []
    return [
        CaseSummaryOut(
            case_id=c.case_id,
            cluster_id=c.cluster_id,
            title=c.title,
            status=c.status,
            assigned_to=c.assigned_to,
            minor_suspected=c.minor_suspected,
            updated_at=c.updated_at,
            outcome=c.outcome,
        )
        for c in service.list_cases(db, agency=user.agency, status=status)
    ]


@router.get("/cases/{case_id}", response_model=CaseOut)
def case(case_id: int, user: ApiUser, db: DbSession) -> CaseOut:
    """One case of the caller's agency; 404 outside the caller's scope."""
    view = (
        service.get_case(db, agency=user.agency, actor=user.actor, case_id=case_id)
        if user.role in POLICE_ROLES
        else None
    )
    if view is None:
        raise HTTPException(status_code=404, detail="no such case")
    return CaseOut(
        case_id=view.case_id,
        cluster_id=view.cluster_id,
        title=view.title,
        status=view.status,
        assigned_to=view.assigned_name,
        persons_of_concern=view.persons_of_concern,
        safety_concerns=view.safety_concerns,
        languages=view.languages,
        minor_suspected=view.minor_suspected,
        actions=[
            ActionOut(
                action_id=a.action_id,
                kind=a.kind,
                organisation_id=a.organisation_id,
                detail=a.detail,
                status=a.status,
                created_at=a.created_at,
            )
            for a in view.actions
        ],
        outcome=view.outcome,
    )


@router.get("/referrals", response_model=list[ReferralOut])
def referrals(user: ApiUser, db: DbSession) -> list[ReferralOut]:
    """Referrals made to the caller's partner organisation (empty for police users)."""
    if user.role != "partner":
        return []
    return [
        ReferralOut(
            action_id=r.action_id,
            case_id=r.case_id,
            from_agency=r.from_agency,
            detail=r.detail,
            status=r.status,
            languages=r.languages,
            minor_suspected=r.minor_suspected,
            safety_concerns=r.safety_concerns,
        )
        for r in service.list_referrals(db, organisation=user.agency)
    ]
