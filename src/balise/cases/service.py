"""Services of the analyst application: keyword-only functions taking the session.

Tenancy is explicit: every function takes the ``agency`` whose data it may touch, and every
query filters on it. An object outside that scope is reported as absent (``None`` or
``NotFound``), never as forbidden, so its existence does not leak. Views of leads and cases
and every change are written to the audit log in the same transaction (the caller commits).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from balise.cases import audit
from balise.cases.audit import Actor
from balise.cases.clock import as_utc, utc_now
from balise.cases.dispositions import OUTCOMES
from balise.cases.models import (
    ACTION_KINDS,
    ACTION_STATUSES,
    CASE_STATUSES,
    Ad,
    Agency,
    Case,
    CaseAction,
    CaseNote,
    ClusterRow,
    Disposition,
    LeadAgency,
    LeadRow,
    User,
)
from balise.errors import BaliseError, InputError

MAX_ADS_SHOWN = 300
"""A cluster page lists at most this many ads (hub clusters can hold thousands)."""


class NotFound(BaliseError):
    """The object does not exist or is outside the caller's scope (the two look the same)."""


def _check_actor(agency: str, actor: Actor) -> None:
    if actor.agency != agency:
        raise NotFound("outside your agency")


# --- triage queue -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueueFilters:
    """Filters of the triage queue; empty values do not filter."""

    category: str = ""
    place: str = ""
    jurisdiction: str = ""  # another agency whose territory the lead also touches
    since: datetime | None = None  # leads first seen at or after
    status: str = ""  # "new" (no case of mine yet), "case" (I have a case on it)
    flagged_only: bool = False
    shared_only: bool = False  # leads another agency holds too (its territory is touched)


@dataclass(frozen=True, slots=True)
class QueueRow:
    cluster_id: str
    score: float
    flag: bool
    categories: tuple[str, ...]
    cities: tuple[str, ...]
    top_indicators: tuple[str, ...]
    first_seen: datetime
    size: int
    has_case: bool


@dataclass(frozen=True, slots=True)
class QueuePage:
    rows: tuple[QueueRow, ...]
    total: int
    offset: int
    limit: int


def _split(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split(",") if t)


def list_queue(
    session: Session,
    *,
    agency: str,
    filters: QueueFilters = QueueFilters(),
    limit: int = 50,
    offset: int = 0,
) -> QueuePage:
    """The agency's leads, flagged first then by score, with the queue filters applied.

    Two steps: the page's cluster ids in rank order straight from the agency's rank index,
    then the details of just those rows (a sort of every lead per page view is too slow).
    """
    la = LeadAgency
    has_case = exists().where(Case.cluster_id == la.cluster_id, Case.agency_id == agency)
    conditions: list[Any] = [la.agency_id == agency]
    needs_lead = False
    if filters.category:
        needs_lead = True
        conditions.append(("," + LeadRow.categories + ",").contains(f",{filters.category},"))
    if filters.place:
        needs_lead = True
        conditions.append(("," + LeadRow.cities + ",").contains(f",{filters.place},"))
    if filters.since is not None:
        needs_lead = True
        conditions.append(LeadRow.first_seen >= filters.since)
    if filters.jurisdiction:
        other = LeadAgency.__table__.alias("other")
        conditions.append(
            exists().where(
                other.c.cluster_id == la.cluster_id, other.c.agency_id == filters.jurisdiction
            )
        )
    if filters.status == "new":
        conditions.append(~has_case)
    elif filters.status == "case":
        conditions.append(has_case)
    if filters.flagged_only:
        conditions.append(la.flag.is_(True))
    if filters.shared_only:
        holder = LeadAgency.__table__.alias("holder")
        conditions.append(
            exists().where(holder.c.cluster_id == la.cluster_id, holder.c.agency_id != agency)
        )

    def scoped(query: Any) -> Any:
        if needs_lead:
            query = query.join(LeadRow, LeadRow.cluster_id == la.cluster_id)
        return query.where(and_(*conditions))

    ids = list(
        session.execute(
            scoped(select(la.cluster_id))
            .order_by(la.flag.desc(), la.score.desc(), la.cluster_id.desc())
            .limit(limit)
            .offset(offset)
        ).scalars()
    )
    total = session.execute(scoped(select(func.count()).select_from(la))).scalar_one()
    # Plain columns, not entities: the queue needs neither the evidence nor ORM identity.
    details = {
        row.cluster_id: row
        for row in session.execute(
            select(
                LeadRow.cluster_id,
                LeadRow.score,
                LeadRow.flag,
                LeadRow.categories,
                LeadRow.cities,
                LeadRow.top_indicators,
                LeadRow.first_seen,
                ClusterRow.size,
            )
            .join(ClusterRow, ClusterRow.cluster_id == LeadRow.cluster_id)
            .where(LeadRow.cluster_id.in_(ids))
        )
    }
    with_case = set(
        session.execute(
            select(Case.cluster_id).where(Case.agency_id == agency, Case.cluster_id.in_(ids))
        ).scalars()
    )
    rows = []
    for cluster_id in ids:
        if cluster_id not in details:
            continue
        lead = details[cluster_id]
        rows.append(
            QueueRow(
                cluster_id=lead.cluster_id,
                score=lead.score,
                flag=lead.flag,
                categories=_split(lead.categories),
                cities=_split(lead.cities),
                top_indicators=_split(lead.top_indicators),
                first_seen=as_utc(lead.first_seen),
                size=lead.size,
                has_case=cluster_id in with_case,
            )
        )
    return QueuePage(rows=tuple(rows), total=total, offset=offset, limit=limit)


def lead_in_scope(session: Session, *, agency: str, cluster_id: str) -> bool:
    """Whether the cluster's lead belongs to ``agency``."""
    return (
        session.execute(
            select(LeadAgency.cluster_id).where(
                LeadAgency.cluster_id == cluster_id, LeadAgency.agency_id == agency
            )
        ).first()
        is not None
    )


# --- cluster page -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EvidenceView:
    source: str
    ad_id: str
    text: str
    field: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class ContributionView:
    indicator_id: str
    category: str
    weight: float
    value: float
    detail: str
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of an ad's text; ``mark`` names why it is highlighted (or is empty)."""

    text: str
    mark: str = ""


@dataclass(frozen=True, slots=True)
class AdView:
    pk: int
    source: str
    ad_id: str
    posted_at: datetime
    place: str | None
    city_raw: str | None
    language: str
    title: tuple[Segment, ...]
    body: tuple[Segment, ...]
    identifiers: dict[str, list[Any]]
    images: tuple[tuple[int, str | None], ...]  # (index, perceptual hash)


@dataclass(frozen=True, slots=True)
class ClusterView:
    cluster_id: str
    size: int
    current: bool
    links: tuple[tuple[str, str, int], ...]
    first_posted: datetime | None
    last_posted: datetime | None
    score: float | None
    flag: bool
    categories: tuple[str, ...]
    cities: tuple[str, ...]
    contributions: tuple[ContributionView, ...]
    ads: tuple[AdView, ...]
    cases: tuple[tuple[int, str], ...] = field(default=())  # (case id, status) of my agency


def highlight(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[Segment, ...]:
    """Cut ``text`` into segments, marking the spans (overlaps: the earlier span wins)."""
    segments: list[Segment] = []
    pos = 0
    for start, end, mark in sorted(spans):
        if start < pos or start >= end or end > len(text):
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], mark))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return tuple(segments)


def _contributions(raw: str) -> tuple[ContributionView, ...]:
    return tuple(
        ContributionView(
            indicator_id=c["id"],
            category=c["category"],
            weight=c["weight"],
            value=c["value"],
            detail=c.get("detail", ""),
            evidence=tuple(EvidenceView(**e) for e in c["evidence"]),
        )
        for c in json.loads(raw)
    )


def get_cluster(
    session: Session, *, agency: str, actor: Actor, cluster_id: str
) -> ClusterView | None:
    """The cluster page's content, or ``None`` when the lead is not the agency's; audited."""
    _check_actor(agency, actor)
    if not lead_in_scope(session, agency=agency, cluster_id=cluster_id):
        return None
    cluster = session.get(ClusterRow, cluster_id)
    lead = session.get(LeadRow, cluster_id)
    if cluster is None or lead is None:
        return None
    contributions = _contributions(lead.contributions_json)
    evidence_spans: dict[tuple[str, str, str], list[tuple[int, int, str]]] = {}
    for c in contributions:
        for e in c.evidence:
            if e.field and e.start is not None and e.end is not None:
                evidence_spans.setdefault((e.source, e.ad_id, e.field), []).append(
                    (e.start, e.end, f"evidence {c.indicator_id}")
                )
    ads = session.execute(
        select(Ad).where(Ad.cluster_id == cluster_id).order_by(Ad.posted_at).limit(MAX_ADS_SHOWN)
    ).scalars()
    views = []
    for ad in ads:
        spans: dict[str, list[tuple[int, int, str]]] = {"title": [], "body": []}
        # Evidence first: on overlap the indicator's evidence wins over a plain mention.
        for fname in spans:
            spans[fname].extend(evidence_spans.get((ad.source, ad.ad_id, fname), []))
        for kind, _value, fname, start, end in json.loads(ad.mentions_json):
            if fname in spans:
                spans[fname].append((start, end, f"mention {kind}"))
        images = json.loads(ad.images_json)
        views.append(
            AdView(
                pk=ad.id,
                source=ad.source,
                ad_id=ad.ad_id,
                posted_at=as_utc(ad.posted_at),
                place=ad.place,
                city_raw=ad.city_raw,
                language=ad.language,
                title=highlight(ad.title, _prefer_first(spans["title"])),
                body=highlight(ad.body, _prefer_first(spans["body"])),
                identifiers=json.loads(ad.identifiers_json),
                images=tuple((i, img.get("hash")) for i, img in enumerate(images)),
            )
        )
    cases = session.execute(
        select(Case.id, Case.status)
        .where(Case.cluster_id == cluster_id, Case.agency_id == agency)
        .order_by(Case.id)
    ).all()
    audit.record(session, actor=actor, action="lead.view", object_type="lead", object_id=cluster_id)
    return ClusterView(
        cluster_id=cluster.cluster_id,
        size=cluster.size,
        current=cluster.current,
        links=tuple((k, v, n) for k, v, n in json.loads(cluster.links_json)),
        first_posted=as_utc(cluster.first_posted) if cluster.first_posted else None,
        last_posted=as_utc(cluster.last_posted) if cluster.last_posted else None,
        score=lead.score,
        flag=lead.flag,
        categories=_split(lead.categories),
        cities=_split(lead.cities),
        contributions=contributions,
        ads=tuple(views),
        cases=tuple((i, s) for i, s in cases),
    )


def _prefer_first(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans overlapping an earlier one in the list (the list is in priority order)."""
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return kept


@dataclass(frozen=True, slots=True)
class PhotoRef:
    path: str
    ad_pk: int
    index: int


def get_photo(
    session: Session, *, agency: str, actor: Actor, ad_pk: int, index: int, reveal: bool
) -> PhotoRef | None:
    """A photo of an ad in the agency's scope; audited (``photo.reveal`` or ``photo.view``)."""
    _check_actor(agency, actor)
    ad = session.get(Ad, ad_pk)
    if ad is None or not lead_in_scope(session, agency=agency, cluster_id=ad.cluster_id):
        return None
    images = json.loads(ad.images_json)
    if not 0 <= index < len(images):
        return None
    audit.record(
        session,
        actor=actor,
        action="photo.reveal" if reveal else "photo.view",
        object_type="photo",
        object_id=f"{ad.source}:{ad.ad_id}#{index}",
    )
    return PhotoRef(images[index]["path"], ad_pk, index)


# --- cases --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseSummary:
    case_id: int
    cluster_id: str
    title: str
    status: str
    assigned_to: str | None
    minor_suspected: bool
    updated_at: datetime
    outcome: str | None


@dataclass(frozen=True, slots=True)
class NoteView:
    author: str
    body: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ActionView:
    action_id: int
    kind: str
    organisation_id: str | None
    organisation_name: str | None
    detail: str
    status: str
    created_by: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CaseView:
    case_id: int
    agency: str
    cluster_id: str
    title: str
    status: str
    assigned_to: int | None
    assigned_name: str | None
    persons_of_concern: str
    safety_concerns: str
    languages: str
    minor_suspected: bool
    created_at: datetime
    updated_at: datetime
    notes: tuple[NoteView, ...]
    actions: tuple[ActionView, ...]
    outcome: str | None
    outcome_note: str


def open_case(
    session: Session, *, agency: str, actor: Actor, cluster_id: str, title: str = ""
) -> int:
    """Open a case on a lead of the agency; returns the case id."""
    _check_actor(agency, actor)
    if not lead_in_scope(session, agency=agency, cluster_id=cluster_id):
        raise NotFound(f"no lead {cluster_id!r}")
    now = utc_now()
    case = Case(
        agency_id=agency,
        cluster_id=cluster_id,
        title=title.strip()[:300] or f"Lead {cluster_id}",
        status="open",
        assigned_to=actor.user_id,
        created_by=actor.user_id,
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="case.open",
        object_type="case",
        object_id=case.id,
        detail=f"cluster {cluster_id}",
    )
    return case.id


def _case_in_scope(session: Session, *, agency: str, case_id: int) -> Case:
    case = session.execute(
        select(Case).where(Case.id == case_id, Case.agency_id == agency)
    ).scalar_one_or_none()
    if case is None:
        raise NotFound(f"no case {case_id}")
    return case


def list_cases(session: Session, *, agency: str, status: str = "") -> list[CaseSummary]:
    """The agency's cases, most recently changed first."""
    query = (
        select(Case, User.username, Disposition.outcome)
        .outerjoin(User, User.id == Case.assigned_to)
        .outerjoin(Disposition, Disposition.case_id == Case.id)
        .where(Case.agency_id == agency)
    )
    if status:
        query = query.where(Case.status == status)
    rows = session.execute(query.order_by(Case.updated_at.desc(), Case.id.desc())).all()
    return [
        CaseSummary(
            case_id=c.id,
            cluster_id=c.cluster_id,
            title=c.title,
            status=c.status,
            assigned_to=name,
            minor_suspected=c.minor_suspected,
            updated_at=as_utc(c.updated_at),
            outcome=outcome,
        )
        for c, name, outcome in rows
    ]


def get_case(session: Session, *, agency: str, actor: Actor, case_id: int) -> CaseView | None:
    """The case with its notes, actions and disposition, or ``None`` outside scope; audited."""
    _check_actor(agency, actor)
    try:
        case = _case_in_scope(session, agency=agency, case_id=case_id)
    except NotFound:
        return None
    names = {r[0]: r[1] for r in session.execute(select(User.id, User.username))}
    orgs = {r[0]: r[1] for r in session.execute(select(Agency.id, Agency.name))}
    notes = session.execute(
        select(CaseNote).where(CaseNote.case_id == case_id).order_by(CaseNote.id)
    ).scalars()
    actions = session.execute(
        select(CaseAction).where(CaseAction.case_id == case_id).order_by(CaseAction.id)
    ).scalars()
    disposition = session.execute(
        select(Disposition).where(Disposition.case_id == case_id)
    ).scalar_one_or_none()
    audit.record(session, actor=actor, action="case.view", object_type="case", object_id=case_id)
    return CaseView(
        case_id=case.id,
        agency=case.agency_id,
        cluster_id=case.cluster_id,
        title=case.title,
        status=case.status,
        assigned_to=case.assigned_to,
        assigned_name=names.get(case.assigned_to) if case.assigned_to else None,
        persons_of_concern=case.persons_of_concern,
        safety_concerns=case.safety_concerns,
        languages=case.languages,
        minor_suspected=case.minor_suspected,
        created_at=as_utc(case.created_at),
        updated_at=as_utc(case.updated_at),
        notes=tuple(
            NoteView(names.get(n.author_id, "?"), n.body, as_utc(n.created_at)) for n in notes
        ),
        actions=tuple(
            ActionView(
                action_id=a.id,
                kind=a.kind,
                organisation_id=a.organisation_id,
                organisation_name=orgs.get(a.organisation_id) if a.organisation_id else None,
                detail=a.detail,
                status=a.status,
                created_by=names.get(a.created_by, "?"),
                created_at=as_utc(a.created_at),
            )
            for a in actions
        ),
        outcome=disposition.outcome if disposition else None,
        outcome_note=disposition.note if disposition else "",
    )


def update_case(
    session: Session,
    *,
    agency: str,
    actor: Actor,
    case_id: int,
    status: str,
    assigned_to: int | None,
    persons_of_concern: str,
    safety_concerns: str,
    languages: str,
    minor_suspected: bool,
) -> None:
    """Change a case's victim-centred fields, status and assignment; audited with what changed."""
    _check_actor(agency, actor)
    case = _case_in_scope(session, agency=agency, case_id=case_id)
    if status not in CASE_STATUSES:
        raise InputError(f"unknown status {status!r}", where="status")
    if assigned_to is not None:
        assignee = session.execute(
            select(User.id).where(User.id == assigned_to, User.agency_id == agency)
        ).first()
        if assignee is None:
            raise InputError("assignee must be a user of your agency", where="assigned_to")
    new = {
        "status": status,
        "assigned_to": assigned_to,
        "persons_of_concern": persons_of_concern.strip(),
        "safety_concerns": safety_concerns.strip(),
        "languages": languages.strip()[:100],
        "minor_suspected": minor_suspected,
    }
    changed = sorted(k for k, v in new.items() if getattr(case, k) != v)
    if not changed:
        return
    for key, value in new.items():
        setattr(case, key, value)
    case.updated_at = utc_now()
    audit.record(
        session,
        actor=actor,
        action="case.update",
        object_type="case",
        object_id=case_id,
        detail="changed: " + ", ".join(changed),
    )


def add_note(session: Session, *, agency: str, actor: Actor, case_id: int, body: str) -> None:
    """Add a note to a case."""
    _check_actor(agency, actor)
    case = _case_in_scope(session, agency=agency, case_id=case_id)
    if not body.strip():
        raise InputError("a note cannot be empty", where="body")
    now = utc_now()
    session.add(
        CaseNote(case_id=case_id, author_id=actor.user_id, body=body.strip(), created_at=now)
    )
    case.updated_at = now
    audit.record(session, actor=actor, action="case.note", object_type="case", object_id=case_id)


def add_action(
    session: Session,
    *,
    agency: str,
    actor: Actor,
    case_id: int,
    kind: str,
    detail: str = "",
    organisation_id: str | None = None,
) -> int:
    """Record an outreach attempt, a referral to a partner organisation, or an investigation."""
    _check_actor(agency, actor)
    case = _case_in_scope(session, agency=agency, case_id=case_id)
    if kind not in ACTION_KINDS:
        raise InputError(f"unknown action {kind!r}", where="kind")
    if kind == "referral":
        org = session.get(Agency, organisation_id) if organisation_id else None
        if org is None or org.kind != "partner":
            raise InputError("a referral needs a partner organisation", where="organisation")
    else:
        organisation_id = None
    now = utc_now()
    action = CaseAction(
        case_id=case_id,
        kind=kind,
        organisation_id=organisation_id,
        detail=detail.strip(),
        status="planned",
        created_by=actor.user_id,
        created_at=now,
    )
    session.add(action)
    session.flush()
    case.updated_at = now
    if case.status == "open":
        case.status = "in-progress"
    audit.record(
        session,
        actor=actor,
        action=f"case.{kind}",
        object_type="case",
        object_id=case_id,
        detail=f"action {action.id}" + (f" to {organisation_id}" if organisation_id else ""),
    )
    return action.id


def record_disposition(
    session: Session, *, agency: str, actor: Actor, case_id: int, outcome: str, note: str = ""
) -> None:
    """Record (or correct) the case's outcome, and close the case."""
    _check_actor(agency, actor)
    case = _case_in_scope(session, agency=agency, case_id=case_id)
    if outcome not in OUTCOMES:
        raise InputError(
            f"unknown outcome {outcome!r}; one of {', '.join(OUTCOMES)}", where="outcome"
        )
    now = utc_now()
    disposition = session.execute(
        select(Disposition).where(Disposition.case_id == case_id)
    ).scalar_one_or_none()
    if disposition is None:
        session.add(
            Disposition(
                case_id=case_id,
                cluster_id=case.cluster_id,
                agency_id=agency,
                outcome=outcome,
                note=note.strip(),
                recorded_by=actor.user_id,
                recorded_at=now,
            )
        )
    else:
        disposition.outcome = outcome
        disposition.note = note.strip()
        disposition.recorded_by = actor.user_id
        disposition.recorded_at = now
    case.status = "closed"
    case.updated_at = now
    audit.record(
        session,
        actor=actor,
        action="case.disposition",
        object_type="case",
        object_id=case_id,
        detail=outcome,
    )


# --- partner organisations and referrals --------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrganisationView:
    org_id: str
    name: str
    accepts_minors: bool
    accepts_women: bool
    accepts_men: bool
    accepts_trans: bool
    languages: tuple[str, ...]


def list_organisations(session: Session) -> list[OrganisationView]:
    """The directory of partner organisations (shared by all agencies)."""
    rows = session.execute(
        select(Agency).where(Agency.kind == "partner").order_by(Agency.name)
    ).scalars()
    return [
        OrganisationView(
            r.id,
            r.name,
            r.accepts_minors,
            r.accepts_women,
            r.accepts_men,
            r.accepts_trans,
            _split(r.languages),
        )
        for r in rows
    ]


def add_organisation(
    session: Session,
    *,
    actor: Actor,
    org_id: str,
    name: str,
    accepts_minors: bool = False,
    accepts_women: bool = False,
    accepts_men: bool = False,
    accepts_trans: bool = False,
    languages: Sequence[str] = ("fr",),
) -> None:
    """Add a partner organisation to the directory (administrators)."""
    org_id = org_id.strip().lower()
    if not org_id.replace("-", "").isalnum() or len(org_id) > 40:
        raise InputError("organisation id: lower-case letters, digits and dashes", where="org_id")
    if session.get(Agency, org_id) is not None:
        raise InputError(f"{org_id!r} already exists", where="org_id")
    if not name.strip():
        raise InputError("an organisation needs a name", where="name")
    session.add(
        Agency(
            id=org_id,
            name=name.strip(),
            kind="partner",
            jurisdiction=None,
            accepts_minors=accepts_minors,
            accepts_women=accepts_women,
            accepts_men=accepts_men,
            accepts_trans=accepts_trans,
            languages=",".join(lang.strip() for lang in languages if lang.strip()),
        )
    )
    session.flush()
    audit.record(
        session, actor=actor, action="organisation.create", object_type="agency", object_id=org_id
    )


@dataclass(frozen=True, slots=True)
class ReferralView:
    """What a partner caseworker sees of a case: the referral, not the lead or the ads."""

    action_id: int
    case_id: int
    from_agency: str
    detail: str
    status: str
    created_at: datetime
    languages: str
    minor_suspected: bool
    safety_concerns: str


def list_referrals(session: Session, *, organisation: str) -> list[ReferralView]:
    """Referrals made to one partner organisation (its caseworkers' whole view)."""
    rows = session.execute(
        select(CaseAction, Case)
        .join(Case, Case.id == CaseAction.case_id)
        .where(CaseAction.kind == "referral", CaseAction.organisation_id == organisation)
        .order_by(CaseAction.created_at.desc())
    ).all()
    return [
        ReferralView(
            action_id=a.id,
            case_id=c.id,
            from_agency=c.agency_id,
            detail=a.detail,
            status=a.status,
            created_at=as_utc(a.created_at),
            languages=c.languages,
            minor_suspected=c.minor_suspected,
            safety_concerns=c.safety_concerns,
        )
        for a, c in rows
    ]


def update_referral(
    session: Session, *, organisation: str, actor: Actor, action_id: int, status: str
) -> None:
    """A partner caseworker accepts, declines or completes a referral made to them."""
    _check_actor(organisation, actor)
    if status not in ACTION_STATUSES:
        raise InputError(f"unknown status {status!r}", where="status")
    action = session.execute(
        select(CaseAction).where(
            CaseAction.id == action_id,
            CaseAction.kind == "referral",
            CaseAction.organisation_id == organisation,
        )
    ).scalar_one_or_none()
    if action is None:
        raise NotFound(f"no referral {action_id}")
    action.status = status
    audit.record(
        session,
        actor=actor,
        action="referral.update",
        object_type="referral",
        object_id=action_id,
        detail=status,
    )
