"""Services of sharing inside one deployment: shared leads, their path between territories,
overlaps shown on a lead, and supervisor-approved disclosures of raw ads for a case.

Same rules as ``service``: keyword-only, the agency explicit in every query, anything outside
the caller's scope reported as absent, every view and change audited (the caller commits).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from balise.cases import audit
from balise.cases.audit import Actor
from balise.cases.clock import as_utc, utc_now
from balise.cases.models import POLICE_AGENCIES, Ad, Agency, Case, LeadAgency, LeadRow
from balise.cases.service import NotFound
from balise.errors import InputError
from balise.share.models import Disclosure
from balise.share.overlaps import OverlapView, overlaps_of

AGENCY_OF_PLACE = {place: agency for agency, place in POLICE_AGENCIES.items()}


def jurisdiction_of(session: Session, agency: str) -> str | None:
    """The place id of an agency's territory (from the agencies table, else the seeds)."""
    row = session.get(Agency, agency)
    if row is not None and row.jurisdiction:
        return row.jurisdiction
    return POLICE_AGENCIES.get(agency)


@dataclass(frozen=True, slots=True)
class PathStep:
    """A stretch of a cluster's ads in one place, in time order, and whose territory it is."""

    place: str
    agency: str | None
    first: datetime
    last: datetime
    ads: int


def territory_path(ads: Iterable[tuple[datetime, str | None]]) -> tuple[PathStep, ...]:
    """Consecutive stretches of (posted at, place) in time order: the path of a circuit."""
    steps: list[PathStep] = []
    for at, place in sorted(((as_utc(a), p) for a, p in ads if p), key=lambda x: x[0]):
        assert place is not None
        if steps and steps[-1].place == place:
            last = steps[-1]
            steps[-1] = PathStep(last.place, last.agency, last.first, at, last.ads + 1)
        else:
            steps.append(PathStep(place, AGENCY_OF_PLACE.get(place), at, at, 1))
    return tuple(steps)


@dataclass(frozen=True, slots=True)
class SharingInfo:
    """How a lead is shared: the other agencies holding it and the path between territories."""

    cluster_id: str
    others: tuple[str, ...]
    path: tuple[PathStep, ...]
    overlaps: tuple[OverlapView, ...] = ()

    @property
    def shared(self) -> bool:
        return bool(self.others)


def holders_of(
    session: Session, *, agency: str, cluster_ids: Sequence[str]
) -> dict[str, tuple[str, ...]]:
    """For the given leads of ``agency``: the other agencies that hold each (for the queue)."""
    mine = select(LeadAgency.cluster_id).where(
        LeadAgency.agency_id == agency, LeadAgency.cluster_id.in_(list(cluster_ids))
    )
    rows = session.execute(
        select(LeadAgency.cluster_id, LeadAgency.agency_id)
        .where(LeadAgency.cluster_id.in_(mine), LeadAgency.agency_id != agency)
        .order_by(LeadAgency.cluster_id, LeadAgency.agency_id)
    ).all()
    out: dict[str, tuple[str, ...]] = {}
    for cluster_id, other in rows:
        out[cluster_id] = (*out.get(cluster_id, ()), other)
    return out


def sharing_panel(session: Session, *, agency: str, cluster_id: str) -> SharingInfo | None:
    """A lead's sharing (holders, path, overlaps), or ``None`` outside scope; not audited.

    For a page that already records its own view of the lead (the cluster page, whose
    ``service.get_cluster`` audits ``cluster.view``): one audit line per page view is enough.
    """
    in_scope = session.execute(
        select(LeadAgency.cluster_id).where(
            LeadAgency.cluster_id == cluster_id, LeadAgency.agency_id == agency
        )
    ).first()
    if in_scope is None:
        return None
    others = holders_of(session, agency=agency, cluster_ids=[cluster_id])
    ads = session.execute(select(Ad.posted_at, Ad.place).where(Ad.cluster_id == cluster_id)).all()
    return SharingInfo(
        cluster_id=cluster_id,
        others=others.get(cluster_id, ()),
        path=territory_path((a, p) for a, p in ads),
        overlaps=overlaps_of(session, agency=agency, cluster_id=cluster_id),
    )


def sharing_of(
    session: Session, *, agency: str, actor: Actor, cluster_id: str
) -> SharingInfo | None:
    """A lead's sharing (holders, path, overlaps), or ``None`` outside scope; audited."""
    if actor.agency != agency:
        raise NotFound("outside your agency")
    info = sharing_panel(session, agency=agency, cluster_id=cluster_id)
    if info is not None:
        audit.record(
            session, actor=actor, action="share.view", object_type="lead", object_id=cluster_id
        )
    return info


@dataclass(frozen=True, slots=True)
class SharedLeadRow:
    cluster_id: str
    score: float
    flag: bool
    categories: tuple[str, ...]
    cities: tuple[str, ...]
    others: tuple[str, ...]


def list_shared(
    session: Session, *, agency: str, limit: int = 100, offset: int = 0
) -> list[SharedLeadRow]:
    """``agency``'s leads that other agencies hold too, flagged first then by score."""
    other = LeadAgency.__table__.alias("other")
    ids = list(
        session.execute(
            select(LeadAgency.cluster_id)
            .where(
                LeadAgency.agency_id == agency,
                select(other.c.cluster_id)
                .where(other.c.cluster_id == LeadAgency.cluster_id, other.c.agency_id != agency)
                .exists(),
            )
            .order_by(LeadAgency.flag.desc(), LeadAgency.score.desc(), LeadAgency.cluster_id.desc())
            .limit(limit)
            .offset(offset)
        ).scalars()
    )
    holders = holders_of(session, agency=agency, cluster_ids=ids)
    leads = {
        lead.cluster_id: lead
        for lead in session.execute(select(LeadRow).where(LeadRow.cluster_id.in_(ids))).scalars()
    }
    return [
        SharedLeadRow(
            cluster_id=c,
            score=leads[c].score,
            flag=leads[c].flag,
            categories=tuple(x for x in leads[c].categories.split(",") if x),
            cities=tuple(x for x in leads[c].cities.split(",") if x),
            others=holders.get(c, ()),
        )
        for c in ids
        if c in leads
    ]


# --- disclosures --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DisclosureView:
    disclosure_id: int
    holder_agency: str
    requester_agency: str
    case_id: int
    cluster_id: str
    reason: str
    status: str
    requested_at: datetime
    decided_at: datetime | None


def _view(d: Disclosure) -> DisclosureView:
    return DisclosureView(
        disclosure_id=d.id,
        holder_agency=d.holder_agency,
        requester_agency=d.requester_agency,
        case_id=d.case_id,
        cluster_id=d.cluster_id,
        reason=d.reason,
        status=d.status,
        requested_at=as_utc(d.requested_at),
        decided_at=as_utc(d.decided_at) if d.decided_at else None,
    )


def request_disclosure(
    session: Session,
    *,
    agency: str,
    actor: Actor,
    case_id: int,
    holder: str,
    cluster_id: str,
    reason: str,
) -> int:
    """Ask ``holder`` to disclose the raw ads of its lead ``cluster_id`` for my case."""
    if actor.agency != agency:
        raise NotFound("outside your agency")
    case = session.execute(
        select(Case).where(Case.id == case_id, Case.agency_id == agency)
    ).scalar_one_or_none()
    if case is None:
        raise NotFound(f"no case {case_id}")
    if holder == agency:
        raise InputError("your agency already holds its own leads", where="holder")
    if not reason.strip():
        raise InputError("say why the case needs it", where="reason")
    held = session.execute(
        select(LeadAgency.cluster_id).where(
            LeadAgency.cluster_id == cluster_id, LeadAgency.agency_id == holder
        )
    ).first()
    if held is None:
        raise NotFound(f"{holder} holds no lead {cluster_id}")
    d = Disclosure(
        holder_agency=holder,
        requester_agency=agency,
        case_id=case_id,
        cluster_id=cluster_id,
        reason=reason.strip()[:2000],
        status="requested",
        requested_by=actor.user_id,
        requested_at=utc_now(),
    )
    session.add(d)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="disclosure.request",
        object_type="disclosure",
        object_id=d.id,
        detail=f"{holder}:{cluster_id} for case {case_id}",
    )
    return d.id


def list_disclosures(session: Session, *, agency: str) -> list[DisclosureView]:
    """Disclosures my agency asked for or was asked for, newest first."""
    rows = session.execute(
        select(Disclosure)
        .where((Disclosure.holder_agency == agency) | (Disclosure.requester_agency == agency))
        .order_by(Disclosure.requested_at.desc(), Disclosure.id.desc())
    ).scalars()
    return [_view(d) for d in rows]


def decide_disclosure(
    session: Session, *, agency: str, actor: Actor, disclosure_id: int, approve: bool
) -> None:
    """A supervisor of the holding agency approves or refuses a request."""
    if actor.agency != agency:
        raise NotFound("outside your agency")
    if actor.role not in ("supervisor", "admin"):
        raise InputError("only a supervisor can approve a disclosure", where="role")
    d = session.execute(
        select(Disclosure).where(Disclosure.id == disclosure_id, Disclosure.holder_agency == agency)
    ).scalar_one_or_none()
    if d is None:
        raise NotFound(f"no disclosure {disclosure_id}")
    if d.status != "requested":
        raise InputError(f"already {d.status}", where="status")
    d.status = "approved" if approve else "refused"
    d.decided_by = actor.user_id
    d.decided_at = utc_now()
    audit.record(
        session,
        actor=actor,
        action="disclosure.approve" if approve else "disclosure.refuse",
        object_type="disclosure",
        object_id=d.id,
        detail=f"{d.cluster_id} to {d.requester_agency} for case {d.case_id}",
    )


@dataclass(frozen=True, slots=True)
class DisclosedAd:
    source: str
    ad_id: str
    posted_at: datetime
    place: str | None
    title: str
    body: str


def disclosed_ads(
    session: Session, *, agency: str, actor: Actor, disclosure_id: int
) -> tuple[DisclosureView, tuple[DisclosedAd, ...]] | None:
    """The raw ads of an approved disclosure to my agency (``None`` otherwise); audited."""
    if actor.agency != agency:
        raise NotFound("outside your agency")
    d = session.execute(
        select(Disclosure).where(
            Disclosure.id == disclosure_id,
            Disclosure.requester_agency == agency,
            Disclosure.status == "approved",
        )
    ).scalar_one_or_none()
    if d is None:
        return None
    ads = session.execute(
        select(Ad).where(Ad.cluster_id == d.cluster_id).order_by(Ad.posted_at)
    ).scalars()
    out = tuple(
        DisclosedAd(a.source, a.ad_id, as_utc(a.posted_at), a.place, a.title, a.body) for a in ads
    )
    audit.record(
        session,
        actor=actor,
        action="disclosure.view",
        object_type="disclosure",
        object_id=d.id,
        detail=f"{d.holder_agency}:{d.cluster_id} case {d.case_id}",
    )
    return _view(d), out
