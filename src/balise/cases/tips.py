"""Anonymous tips from the public: validation, storage, extraction, links to clusters, queue.

A tip is read like an ad (``extract_ad`` on an ``AdRecord`` with ``source="tip"``), so its
phones, emails and handles are normalised exactly as the published ads' identifiers are, and
a tip is linked to every published cluster with an ad sharing one of them. A tip that names a
possible minor (an age under 18, or minor wording) is marked urgent and listed first.

Privacy: nothing about the client (address, user agent, session) is passed to these functions,
so nothing of it can be stored; ``received_at`` is truncated to the hour.

Tenancy: a tip belongs to the police agency whose jurisdiction holds its place; a tip with no
place in a known jurisdiction is shown to every agency. A tip linked to a cluster is also shown
on that cluster's page, which only the agencies owning the cluster can open.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, insert, or_, select
from sqlalchemy.orm import Session

from balise.cases import audit
from balise.cases.audit import Actor
from balise.cases.clock import as_utc, utc_now
from balise.cases.models import Ad, ClusterRow, LeadAgency, Tip, TipLink
from balise.cases.publish import PLACE_AGENCY
from balise.errors import InputError
from balise.extract import extract_ad
from balise.indicators.wording import Wording
from balise.schema import AdExtraction, AdRecord

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
"""No 0/O, 1/I/L or U: a reference read aloud over the phone cannot be misheard as another."""

LIMITS = {
    "text": 5000,
    "place": 200,
    "seen_at": 100,
    "phone": 40,
    "handle": 100,
    "url": 500,
    "reach": 300,
}
"""Maximum length (characters) of each field of a tip."""

MIN_TEXT = 10
"""A tip must say at least this much about what was seen."""

LINK_KINDS = ("phones", "emails", "handles")
"""Identifiers that link a tip to clusters (ages and places do not identify an operator)."""

ADULT_AGE = 18

MINOR_WORDS = Wording(
    "tip-minor",
    (
        r"mineure?s?",
        r"minors?",
        r"underage",
        r"under ?18",
        r"moins de 18 ans",
        r"enfants?",
        r"child(?:ren)?",
        r"kids?",
        r"teens?",
        r"teenagers?",
        r"ados?",
        r"adolescente?s?",
        r"school ?girls?",
        r"[ée]coli[èe]re?s?",
        r"high ?school",
        r"secondaire",
        r"polyvalente",
        r"jailbait",
        r"lolita",
        r"tr[èe]s jeunes?",
        r"very young",
        r"trop jeunes?",
        r"too young",
    ),
)
"""Words in a tip that suggest a minor (a tipster describes; an ad advertises: the list differs
from the ads' minor-coded wording, which holds selling terms like "first time")."""


@dataclass(frozen=True, slots=True)
class TipInput:
    """What a tipster sends (every field a plain string, "" when not given)."""

    text: str
    place: str = ""
    seen_at: str = ""
    phone: str = ""
    handle: str = ""
    url: str = ""
    reach: str = ""
    language: str = "fr"


@dataclass(frozen=True, slots=True)
class TipProblem:
    """One field that is wrong, with a message key (``tips.error.*`` in the i18n table)."""

    field: str
    key: str
    limit: int = 0


class TipRejected(InputError):
    """The tip was not stored: ``problems`` says which fields and why."""

    def __init__(self, problems: Sequence[TipProblem]) -> None:
        super().__init__(
            "; ".join(
                f"{p.field}: {ENGLISH_PROBLEMS[p.key].format(limit=p.limit)}" for p in problems
            )
        )
        self.problems = tuple(problems)


ENGLISH_PROBLEMS = {
    "tips.error.required": "please describe what you saw (at least {limit} characters)",
    "tips.error.too_long": "too long (at most {limit} characters)",
    "tips.error.not_text": "must be text",
    "tips.error.url": "must be a web address starting with http:// or https://",
    "tips.error.control": "contains characters that are not text",
}
"""The API's messages (the pages use the translated ``tips.error.*`` keys)."""


@dataclass(frozen=True, slots=True)
class TipLinkView:
    cluster_id: str
    kind: str
    value: str


@dataclass(frozen=True, slots=True)
class TipView:
    """A tip as the analysts see it."""

    reference: str
    received_at: datetime
    text: str
    place_text: str
    seen_at_text: str
    contact_phone: str
    contact_handle: str
    contact_url: str
    reach: str
    place: str | None
    agency_id: str | None
    identifiers: dict[str, list[str]]
    urgent: bool
    urgent_reason: str
    links: tuple[TipLinkView, ...]


def new_reference() -> str:
    """An unguessable reference easy to read aloud, e.g. ``T-7K3P-9QX2`` (about 39 bits)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"T-{chars[:4]}-{chars[4:]}"


def validate_tip(tip: TipInput) -> list[TipProblem]:
    """Every problem of ``tip`` (empty when it can be stored)."""
    problems: list[TipProblem] = []
    values = {
        "text": tip.text,
        "place": tip.place,
        "seen_at": tip.seen_at,
        "phone": tip.phone,
        "handle": tip.handle,
        "url": tip.url,
        "reach": tip.reach,
    }
    for name, value in values.items():
        if not isinstance(value, str):
            problems.append(TipProblem(name, "tips.error.not_text"))
            continue
        if len(value) > LIMITS[name]:
            problems.append(TipProblem(name, "tips.error.too_long", LIMITS[name]))
        elif any(ord(c) < 32 and c not in "\n\r\t" for c in value):
            problems.append(TipProblem(name, "tips.error.control"))
    too_short = isinstance(tip.text, str) and len(tip.text.strip()) < MIN_TEXT
    if too_short and not any(p.field == "text" for p in problems):
        problems.append(TipProblem("text", "tips.error.required", MIN_TEXT))
    url = tip.url.strip() if isinstance(tip.url, str) else ""
    bad_url = url and not url.lower().startswith(("http://", "https://"))
    if bad_url and not any(p.field == "url" for p in problems):
        problems.append(TipProblem("url", "tips.error.url"))
    return problems


def tip_record(tip: TipInput, reference: str, now: datetime) -> AdRecord:
    """The tip as an ad for the extractors: body = text, then the contact fields and place."""
    body_parts = [tip.text.strip()]
    if tip.place.strip():
        body_parts.append(tip.place.strip())
    for extra in (tip.phone, tip.handle, tip.url):
        if extra.strip():
            body_parts.append(extra.strip())
    return AdRecord(
        source="tip",
        ad_id=reference,
        posted_at=now,
        title="",
        body="\n".join(body_parts),
        city=tip.place.strip() or None,
        contact_phone=tip.phone.strip() or None,
        contact_handle=tip.handle.strip() or None,
        url=tip.url.strip() or None,
    )


def minor_reason(record: AdRecord, extraction: AdExtraction) -> str:
    """Why this tip may be about a minor ("" when nothing suggests it)."""
    reasons = [f"age {age}" for age in extraction.ages if age < ADULT_AGE]
    reasons += [f"« {e.text} »" for e in MINOR_WORDS.find(record, limit=3)]
    return ", ".join(dict.fromkeys(reasons))[:300]


def submit_tip(session: Session, *, tip: TipInput) -> str:
    """Validate, extract, store and link one tip; returns its reference.

    Raises ``TipRejected`` (nothing stored) when a field is missing, too long or malformed.
    """
    problems = validate_tip(tip)
    if problems:
        raise TipRejected(problems)
    now = utc_now()
    reference = new_reference()
    while session.execute(select(Tip.id).where(Tip.reference == reference)).first():
        reference = new_reference()  # 30^8 references: a clash is rare, but must not fail
    record = tip_record(tip, reference, now)
    extraction = extract_ad(record)
    identifiers = {kind: list(getattr(extraction, kind)) for kind in (*LINK_KINDS, "ages")}
    reason = minor_reason(record, extraction)
    place = extraction.city or (extraction.places[0] if extraction.places else None)
    row = Tip(
        reference=reference,
        received_at=now.replace(minute=0, second=0, microsecond=0),
        text=tip.text.strip(),
        place_text=tip.place.strip(),
        seen_at_text=tip.seen_at.strip(),
        contact_phone=tip.phone.strip(),
        contact_handle=tip.handle.strip(),
        contact_url=tip.url.strip(),
        reach=tip.reach.strip(),
        language=tip.language if tip.language in ("fr", "en") else extraction.language,
        place=place,
        agency_id=PLACE_AGENCY.get(place) if place else None,
        identifiers_json=json.dumps(identifiers, ensure_ascii=False),
        urgent=bool(reason),
        urgent_reason=reason,
    )
    session.add(row)
    session.flush()
    _link(session, row.id, identifiers)
    return reference


def _identifier_pairs(identifiers: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {(kind, str(v)) for kind in LINK_KINDS for v in identifiers.get(kind, [])}


def _link(session: Session, tip_id: int, identifiers: dict[str, list[str]]) -> None:
    """Link one tip to the clusters whose ads hold one of its identifiers."""
    pairs = _identifier_pairs(identifiers)
    if not pairs:
        return
    # A pre-filter in SQL (the JSON text contains the quoted value), then an exact check.
    conditions = [Ad.identifiers_json.contains(json.dumps(v), autoescape=True) for _, v in pairs]
    rows = session.execute(select(Ad.cluster_id, Ad.identifiers_json).where(or_(*conditions))).all()
    found: set[tuple[str, str, str]] = set()
    for cluster_id, raw in rows:
        ad_ids = json.loads(raw)
        for kind, value in pairs:
            if value in ad_ids.get(kind, []):
                found.add((cluster_id, kind, value))
    for cluster_id, kind, value in sorted(found):
        session.add(TipLink(tip_id=tip_id, cluster_id=cluster_id, kind=kind, value=value))


def relink_tips(*, engine: Engine) -> int:
    """Rebuild every tip's links from the published ads; returns the number of links.

    Call after each ``publish_analysis``: a new analysis may bring clusters that share an
    identifier with old tips, and may drop or renumber the clusters old links pointed to.
    One pass over the ads' identifiers, whatever the number of tips.
    """
    with Session(engine) as session, session.begin():
        wanted: dict[tuple[str, str], list[int]] = {}
        for tip_id, raw in session.execute(select(Tip.id, Tip.identifiers_json)):
            for pair in _identifier_pairs(json.loads(raw)):
                wanted.setdefault(pair, []).append(tip_id)
        links: set[tuple[int, str, str, str]] = set()
        if wanted:
            for cluster_id, raw in session.execute(select(Ad.cluster_id, Ad.identifiers_json)):
                ad_ids = json.loads(raw)
                for kind in LINK_KINDS:
                    for value in ad_ids.get(kind, []):
                        for tip_id in wanted.get((kind, str(value)), ()):
                            links.add((tip_id, cluster_id, kind, str(value)))
        session.execute(delete(TipLink))
        if links:
            session.execute(
                insert(TipLink),
                [
                    {"tip_id": t, "cluster_id": c, "kind": k, "value": v}
                    for t, c, k, v in sorted(links)
                ],
            )
        return len(links)


def _visible_to(agency: str) -> object:
    in_scope_clusters = select(LeadAgency.cluster_id).where(LeadAgency.agency_id == agency)
    linked = select(TipLink.tip_id).where(TipLink.cluster_id.in_(in_scope_clusters))
    return or_(Tip.agency_id == agency, Tip.agency_id.is_(None), Tip.id.in_(linked))


def _views(session: Session, agency: str, tips: Iterable[Tip]) -> list[TipView]:
    rows = list(tips)
    ids = [t.id for t in rows]
    links: dict[int, list[TipLinkView]] = {}
    if ids:
        in_scope = select(LeadAgency.cluster_id).where(LeadAgency.agency_id == agency)
        for tip_id, cluster_id, kind, value in session.execute(
            select(TipLink.tip_id, TipLink.cluster_id, TipLink.kind, TipLink.value)
            .join(ClusterRow, ClusterRow.cluster_id == TipLink.cluster_id)
            .where(TipLink.tip_id.in_(ids), TipLink.cluster_id.in_(in_scope))
            .order_by(TipLink.cluster_id, TipLink.kind, TipLink.value)
        ):
            links.setdefault(tip_id, []).append(TipLinkView(cluster_id, kind, value))
    return [
        TipView(
            reference=t.reference,
            received_at=as_utc(t.received_at),
            text=t.text,
            place_text=t.place_text,
            seen_at_text=t.seen_at_text,
            contact_phone=t.contact_phone,
            contact_handle=t.contact_handle,
            contact_url=t.contact_url,
            reach=t.reach,
            place=t.place,
            agency_id=t.agency_id,
            identifiers=json.loads(t.identifiers_json),
            urgent=t.urgent,
            urgent_reason=t.urgent_reason,
            links=tuple(links.get(t.id, ())),
        )
        for t in rows
    ]


def list_tips(
    session: Session, *, agency: str, actor: Actor, limit: int = 100, offset: int = 0
) -> list[TipView]:
    """The agency's tips queue: urgent first, then newest first; audited.

    The agency's tips are those placed in its jurisdiction, those with no known place, and
    those linked to one of its clusters.
    """
    if actor.agency != agency:
        return []
    tips = session.execute(
        select(Tip)
        .where(_visible_to(agency))  # type: ignore[arg-type]
        .order_by(Tip.urgent.desc(), Tip.id.desc())
        .limit(limit)
        .offset(offset)
    ).scalars()
    views = _views(session, agency, tips)
    audit.record(
        session, actor=actor, action="tips.view", object_type="tips", object_id=f"offset {offset}"
    )
    return views


def tips_for_cluster(session: Session, *, agency: str, cluster_id: str) -> list[TipView]:
    """Tips linked to a cluster the agency owns (empty otherwise), urgent first.

    The caller has already checked and audited the view of the cluster (``get_cluster``).
    """
    owned = session.execute(
        select(LeadAgency.cluster_id).where(
            LeadAgency.cluster_id == cluster_id, LeadAgency.agency_id == agency
        )
    ).first()
    if owned is None:
        return []
    linked = select(TipLink.tip_id).where(TipLink.cluster_id == cluster_id)
    tips = session.execute(
        select(Tip).where(Tip.id.in_(linked)).order_by(Tip.urgent.desc(), Tip.id.desc())
    ).scalars()
    return _views(session, agency, tips)
