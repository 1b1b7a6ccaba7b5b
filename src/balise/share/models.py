"""Tables of the sharing layer (migration ``0004``): consortium keys, imported bundles, the
overlaps they revealed, supervisor-approved disclosures and the clusters ever flagged.

They live on the application database's declarative base so one metadata describes the whole
database, but in this module so the analysts' models stay as they are.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from balise.cases.models import Base

DISCLOSURE_STATUSES = ("requested", "approved", "refused")


class ConsortiumKeyRow(Base):
    """A consortium key: the HMAC secret behind every pseudonym and bundle signature.

    Rotation adds a new active key and deactivates the old one, which stays here so bundles and
    pseudonyms made with it can still be verified and matched (its id travels with them).
    The secret is stored sealed under the key-encryption key (``balise.share.sealing``,
    migration ``0005``), never in clear.
    """

    __tablename__ = "consortium_keys"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    secret_sealed: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ShareImport(Base):
    """One bundle loaded into one agency (re-importing the same bundle replaces it)."""

    __tablename__ = "share_imports"
    __table_args__ = (UniqueConstraint("bundle_id", "agency_id", name="uq_share_imports"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(64))
    agency_id: Mapped[str] = mapped_column(String(40), index=True)  # the recipient
    from_agency: Mapped[str] = mapped_column(String(40))
    key_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    leads: Mapped[int] = mapped_column(Integer, default=0)


class RemoteLead(Base):
    """A lead received in a bundle: pseudonyms, indicators, places and dates, referral."""

    __tablename__ = "share_remote_leads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("share_imports.id", ondelete="CASCADE"), index=True
    )
    agency_id: Mapped[str] = mapped_column(String(40), index=True)
    from_agency: Mapped[str] = mapped_column(String(40))
    ref: Mapped[str] = mapped_column(String(100))
    payload_json: Mapped[str] = mapped_column(Text)


class RemoteIdentifier(Base):
    """A pseudonymised identifier of a received lead, for overlap discovery."""

    __tablename__ = "share_remote_identifiers"
    __table_args__ = (Index("ix_share_remote_identifiers_match", "agency_id", "pseudonym"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("share_imports.id", ondelete="CASCADE"), index=True
    )
    agency_id: Mapped[str] = mapped_column(String(40))
    from_agency: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    pseudonym: Mapped[str] = mapped_column(String(120))


class Overlap(Base):
    """ "Laval also holds this phone": a local lead whose identifier another agency holds."""

    __tablename__ = "share_overlaps"
    __table_args__ = (
        UniqueConstraint("agency_id", "cluster_id", "other_agency", "kind", name="uq_overlaps"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agency_id: Mapped[str] = mapped_column(String(40), index=True)
    cluster_id: Mapped[str] = mapped_column(String(100))
    other_agency: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    found_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Disclosure(Base):
    """A request to see another agency's raw ads of a cluster for a case; a supervisor of the
    holding agency approves or refuses it. Every step and every view is audited."""

    __tablename__ = "disclosures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    holder_agency: Mapped[str] = mapped_column(String(40), index=True)
    requester_agency: Mapped[str] = mapped_column(String(40), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    cluster_id: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="requested")
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class EverFlagged(Base):
    """Clusters seen flagged at least once: the retention purge never removes their ads."""

    __tablename__ = "ever_flagged"
    cluster_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    first_flagged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
