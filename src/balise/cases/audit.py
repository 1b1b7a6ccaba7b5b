"""The audit log: append-only and hash-chained, so a changed or removed entry is detectable.

Each entry stores the hash of the previous entry and its own hash over its fields and that
previous hash. Appends are serialised by updating the single ``audit_head`` row first (a row
lock on PostgreSQL, the write lock on SQLite), so two concurrent writers cannot fork the chain.
The entry is written in the caller's transaction: a change and its audit entry commit together.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from balise.cases.clock import as_utc, utc_now
from balise.cases.models import AuditEntry, AuditHead

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does something: the user, their agency (the tenancy key) and their role."""

    user_id: int
    username: str
    agency: str
    role: str


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """Result of ``verify_chain``: ``ok`` with the number of entries, or the first bad entry."""

    ok: bool
    entries: int
    first_bad_seq: int | None = None
    reason: str = ""


def entry_hash(
    *,
    prev_hash: str,
    seq: int,
    at: str,
    username: str,
    agency_id: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: str,
) -> str:
    """The SHA-256 of an entry's fields and the previous hash (canonical JSON)."""
    payload = json.dumps(
        [prev_hash, seq, at, username, agency_id, action, object_type, object_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _at_text(entry: AuditEntry) -> str:
    return as_utc(entry.at).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def record(
    session: Session,
    *,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: str | int,
    detail: str = "",
) -> AuditEntry:
    """Append one entry (in the caller's transaction; the caller commits)."""
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1))
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    entry = AuditEntry(
        seq=head.seq,
        at=utc_now(),
        username=actor.username,
        agency_id=actor.agency,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        detail=detail,
        prev_hash=head.hash,
        hash="",
    )
    entry.hash = entry_hash(
        prev_hash=entry.prev_hash,
        seq=entry.seq,
        at=_at_text(entry),
        username=entry.username,
        agency_id=entry.agency_id,
        action=entry.action,
        object_type=entry.object_type,
        object_id=entry.object_id,
        detail=entry.detail,
    )
    session.add(entry)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=entry.hash))
    return entry


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every hash in order; report the first entry that was changed or is missing."""
    prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        if entry.seq != expected_seq:
            return ChainCheck(False, count, expected_seq, "entry missing")
        if entry.prev_hash != prev:
            return ChainCheck(False, count, entry.seq, "previous hash does not match")
        recomputed = entry_hash(
            prev_hash=entry.prev_hash,
            seq=entry.seq,
            at=_at_text(entry),
            username=entry.username,
            agency_id=entry.agency_id,
            action=entry.action,
            object_type=entry.object_type,
            object_id=entry.object_id,
            detail=entry.detail,
        )
        if recomputed != entry.hash:
            return ChainCheck(False, count, entry.seq, "entry was altered")
        prev = entry.hash
        expected_seq += 1
        count += 1
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    if head.seq != count or head.hash != prev:
        return ChainCheck(False, count, count + 1, "last entries were removed")
    return ChainCheck(True, count)


def list_entries(
    session: Session, *, agency: str | None, limit: int = 200, offset: int = 0
) -> tuple[list[AuditEntry], int]:
    """Newest entries first, of one agency (``None``: every agency, for administrators)."""
    query = select(AuditEntry)
    count_query = select(func.count()).select_from(AuditEntry)
    if agency is not None:
        query = query.where(AuditEntry.agency_id == agency)
        count_query = count_query.where(AuditEntry.agency_id == agency)
    rows = session.execute(query.order_by(AuditEntry.seq.desc()).limit(limit).offset(offset))
    total = session.execute(count_query).scalar_one()
    return list(rows.scalars()), total


def iter_export(session: Session, *, agency: str | None) -> Iterator[str]:
    """The entries as JSON lines (with their hashes, so the export itself can be checked)."""
    query = select(AuditEntry).order_by(AuditEntry.seq)
    if agency is not None:
        query = query.where(AuditEntry.agency_id == agency)
    for entry in session.execute(query).scalars():
        yield (
            json.dumps(
                {
                    "seq": entry.seq,
                    "at": _at_text(entry),
                    "username": entry.username,
                    "agency": entry.agency_id,
                    "action": entry.action,
                    "object_type": entry.object_type,
                    "object_id": entry.object_id,
                    "detail": entry.detail,
                    "prev_hash": entry.prev_hash,
                    "hash": entry.hash,
                },
                ensure_ascii=False,
            )
            + "\n"
        )


def export(session: Session, *, agency: str | None, out: IO[str]) -> int:
    """Write ``iter_export`` to ``out``; returns the number of entries."""
    count = 0
    for line in iter_export(session, agency=agency):
        out.write(line)
        count += 1
    return count
