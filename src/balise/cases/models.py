"""SQLAlchemy 2 models of the application database: what the analysts see and what they record.

Two halves: the published analysis (``ads``, ``clusters``, ``leads``, ``lead_agencies``), which
``publish_analysis`` rewrites idempotently, and the analysts' own state (users, cases, actions,
dispositions, the audit log), which is never touched by a publish. Cases point at clusters by
``cluster_id``; a cluster that has cases is kept even when a later analysis drops it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the application database."""


ROLES = ("analyst", "supervisor", "partner", "admin")
"""User roles: agency analyst, supervisor, partner caseworker, administrator."""

POLICE_AGENCIES = {"spvm": "montreal", "spl": "laval", "spal": "longueuil"}
"""The police agencies that exist from the start, with the place id of their jurisdiction."""

CASE_STATUSES = ("open", "in-progress", "closed")
ACTION_KINDS = ("outreach", "referral", "investigation")
ACTION_STATUSES = ("planned", "done", "accepted", "declined")


class Agency(Base):
    """A police agency (with a jurisdiction) or a partner support organisation."""

    __tablename__ = "agencies"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # "police" | "partner"
    jurisdiction: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # What a partner organisation accepts (the referral directory).
    accepts_minors: Mapped[bool] = mapped_column(Boolean, default=False)
    accepts_women: Mapped[bool] = mapped_column(Boolean, default=False)
    accepts_men: Mapped[bool] = mapped_column(Boolean, default=False)
    accepts_trans: Mapped[bool] = mapped_column(Boolean, default=False)
    languages: Mapped[str] = mapped_column(String(100), default="")  # "fr,en"


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LoginAttempt(Base):
    """Failed logins, for throttling (kept in the database so every worker process sees them)."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(100), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Ad(Base):
    __tablename__ = "ads"
    __table_args__ = (UniqueConstraint("source", "ad_id", name="uq_ads_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(100))
    ad_id: Mapped[str] = mapped_column(String(200))
    cluster_id: Mapped[str] = mapped_column(String(100), index=True)
    posted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    city_raw: Mapped[str | None] = mapped_column(String(200), nullable=True)
    place: Mapped[str | None] = mapped_column(String(40), nullable=True)
    language: Mapped[str] = mapped_column(String(10), default="fr")
    # JSON documents: identifiers, image paths/hashes, mentions (spans for highlighting).
    identifiers_json: Mapped[str] = mapped_column(Text, default="{}")
    images_json: Mapped[str] = mapped_column(Text, default="[]")
    mentions_json: Mapped[str] = mapped_column(Text, default="[]")
    row_hash: Mapped[str] = mapped_column(String(40))


class ClusterRow(Base):
    __tablename__ = "clusters"
    cluster_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    links_json: Mapped[str] = mapped_column(Text, default="[]")
    first_posted: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_posted: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    current: Mapped[bool] = mapped_column(Boolean, default=True)  # in the latest analysis
    row_hash: Mapped[str] = mapped_column(String(40))


class LeadRow(Base):
    __tablename__ = "leads"
    __table_args__ = (Index("ix_leads_rank", "flag", "score"),)
    cluster_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    score: Mapped[float] = mapped_column(Float)
    flag: Mapped[bool] = mapped_column(Boolean)
    categories: Mapped[str] = mapped_column(String(200), default="")  # "trafficking,minor"
    cities: Mapped[str] = mapped_column(String(500), default="")  # "montreal,laval"
    top_indicators: Mapped[str] = mapped_column(String(500), default="")
    contributions_json: Mapped[str] = mapped_column(Text, default="[]")
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    row_hash: Mapped[str] = mapped_column(String(40))


class LeadAgency(Base):
    """Which agencies a lead belongs to (its ads touch their jurisdiction): the tenancy key.

    The lead's flag and score are copied here so an agency's queue, in rank order, is one walk
    of the ``ix_lead_agencies_rank`` index (no sort of every lead on each page view).
    """

    __tablename__ = "lead_agencies"
    __table_args__ = (Index("ix_lead_agencies_rank", "agency_id", "flag", "score", "cluster_id"),)
    cluster_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"), primary_key=True)
    flag: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[float] = mapped_column(Float, default=0.0)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"), index=True)
    cluster_id: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="open")
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    persons_of_concern: Mapped[str] = mapped_column(Text, default="")
    safety_concerns: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(100), default="")
    minor_suspected: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CaseNote(Base):
    __tablename__ = "case_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CaseAction(Base):
    """Outreach attempt, referral to a partner organisation, or investigation of a third party."""

    __tablename__ = "case_actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("agencies.id"), nullable=True, index=True
    )
    detail: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Disposition(Base):
    """The outcome of a case, the label ``balise calibrate`` learns from."""

    __tablename__ = "dispositions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    cluster_id: Mapped[str] = mapped_column(String(100))
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"))
    outcome: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditHead(Base):
    """One row: the sequence number and hash of the last audit entry (serialises appends)."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class AuditEntry(Base):
    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    username: Mapped[str] = mapped_column(String(100))
    agency_id: Mapped[str] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Tip(Base):
    """An anonymous tip from the public (issue 9); see ``balise.cases.tips``.

    Deliberately without any client address, user agent or session: nothing here can point
    back at the tipster except the optional ``reach`` they chose to give. ``received_at`` is
    truncated to the hour so the row cannot be matched against access logs by its time.
    """

    __tablename__ = "tips"
    __table_args__ = (Index("ix_tips_rank", "urgent", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)
    place_text: Mapped[str] = mapped_column(String(200), default="")
    seen_at_text: Mapped[str] = mapped_column(String(100), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    contact_handle: Mapped[str] = mapped_column(String(100), default="")
    contact_url: Mapped[str] = mapped_column(String(500), default="")
    reach: Mapped[str] = mapped_column(String(300), default="")  # how to reach the tipster
    language: Mapped[str] = mapped_column(String(10), default="fr")
    place: Mapped[str | None] = mapped_column(String(40), nullable=True)  # extracted place id
    # The police agency whose jurisdiction holds the place; None: every agency sees the tip.
    agency_id: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    identifiers_json: Mapped[str] = mapped_column(Text, default="{}")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_reason: Mapped[str] = mapped_column(String(300), default="")


class TipLink(Base):
    """A tip shares an identifier with a published cluster (rebuilt on each publish)."""

    __tablename__ = "tip_links"
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id"), primary_key=True)
    cluster_id: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), primary_key=True)
