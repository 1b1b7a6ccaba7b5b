"""The retention purge: ads and extractions of clusters never flagged, older than N days.

Kept whatever their age: ads of clusters flagged now or ever (``ever_flagged``, which each run
first brings up to date), of clusters any case points at, and of clusters under a disclosure.
The purge runs in the application database and, when given, in the DuckDB analytics store
(tables ``ads`` — which holds each ad's extraction — and ``members``). DuckDB admits one
writing process at a time: the store is opened once, briefly, and a busy store is reported, not
waited for. ``dry_run`` counts without removing. Every run is written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from balise.cases import audit
from balise.cases.audit import Actor
from balise.cases.clock import as_utc, utc_now
from balise.cases.models import Ad, Case, ClusterRow, LeadAgency, LeadRow
from balise.errors import InputError
from balise.share.models import Disclosure, EverFlagged, Overlap

DEFAULT_DAYS = 90
BATCH = 500
PURGE_ACTOR = Actor(user_id=0, username="balise purge", agency="system", role="admin")


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What a purge removed (or, in a dry run, would remove)."""

    dry_run: bool
    older_than_days: int
    cutoff: datetime
    app_ads: int
    app_clusters: int
    store_ads: int | None  # None: no analytics store given
    store_members: int | None
    kept_clusters: int  # clusters kept because flagged, ever flagged, under a case or disclosure

    def to_text(self) -> str:
        verb = "would remove" if self.dry_run else "removed"
        lines = [
            f"purge ({'dry run' if self.dry_run else 'done'}): ads of never-flagged clusters "
            f"posted before {self.cutoff:%Y-%m-%d} ({self.older_than_days} days)",
            f"  application database: {verb} {self.app_ads} ads, {self.app_clusters} clusters",
        ]
        if self.store_ads is not None:
            lines.append(
                f"  analytics store: {verb} {self.store_ads} ads (with their extractions), "
                f"{self.store_members} cluster memberships"
            )
        lines.append(f"  kept (flagged, ever flagged, case or disclosure): {self.kept_clusters}")
        return "\n".join(lines)


def _kept_clusters(session: Session) -> set[str]:
    kept: set[str] = set()
    for query in (
        select(LeadRow.cluster_id).where(LeadRow.flag.is_(True)),
        select(LeadAgency.cluster_id).where(LeadAgency.flag.is_(True)),
        select(EverFlagged.cluster_id),
        select(Case.cluster_id),
        select(Disclosure.cluster_id),
    ):
        kept.update(session.execute(query).scalars())
    return kept


def remember_flagged(session: Session) -> int:
    """Record the clusters flagged now in ``ever_flagged``; returns how many were new."""
    known = set(session.execute(select(EverFlagged.cluster_id)).scalars())
    now = utc_now()
    new = (
        set(session.execute(select(LeadRow.cluster_id).where(LeadRow.flag.is_(True))).scalars())
        - known
    )
    session.add_all(EverFlagged(cluster_id=c, first_flagged_at=now) for c in sorted(new))
    session.flush()
    return len(new)


def _purge_store(
    store_dir: Path, *, cutoff: datetime, kept: set[str], dry_run: bool
) -> tuple[int, int]:
    import duckdb
    import pyarrow as pa

    path = store_dir / "analytics.duckdb"
    if not path.exists():
        raise InputError("no analytics store here", where=str(path))
    try:
        con = duckdb.connect(str(path), read_only=dry_run)
    except duckdb.IOException as exc:
        raise InputError(
            f"the analytics store is in use by another balise command; retry later ({exc})",
            where=str(path),
        ) from None
    try:
        rows = con.execute(
            "SELECT a.source, a.ad_id, a.posted_at, m.cluster_id, coalesce(l.flag, false) "
            "FROM ads a LEFT JOIN members m USING (source, ad_id) "
            "LEFT JOIN leads l ON l.cluster_id = m.cluster_id"
        ).fetchall()
        doomed: set[tuple[str, str]] = set()
        for source, ad_id, posted_at, cluster_id, flagged in rows:
            if flagged or (cluster_id is not None and cluster_id in kept):
                continue
            try:
                at = as_utc(datetime.fromisoformat(str(posted_at)))
            except ValueError:
                continue  # an unreadable date is kept, not guessed
            if at < cutoff:
                doomed.add((source, ad_id))
        members = sum(1 for s, a, _p, c, _f in rows if c is not None and (s, a) in doomed)
        if doomed and not dry_run:
            table = pa.table({"source": [d[0] for d in doomed], "ad_id": [d[1] for d in doomed]})
            con.register("doomed", table)
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(
                    "DELETE FROM members WHERE (source, ad_id) IN "
                    "(SELECT (source, ad_id) FROM doomed)"
                )
                con.execute(
                    "DELETE FROM ads WHERE (source, ad_id) IN (SELECT (source, ad_id) FROM doomed)"
                )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return len(doomed), members
    finally:
        con.close()


def purge(
    *,
    engine: Engine,
    analytics_store_dir: Path | None,
    older_than_days: int = DEFAULT_DAYS,
    dry_run: bool,
    now: datetime | None = None,
) -> PurgeReport:
    """Purge (or with ``dry_run`` count) what retention allows; logged to the audit log."""
    if older_than_days < 1:
        raise InputError("must be at least 1 day", where="--older-than")
    cutoff = as_utc(now or utc_now()) - timedelta(days=older_than_days)
    with Session(engine) as session, session.begin():
        if not dry_run:
            remember_flagged(session)
        kept = _kept_clusters(session)
        candidates = session.execute(
            select(Ad.id, Ad.cluster_id).where(Ad.posted_at < cutoff)
        ).all()
        doomed = [(pk, c) for pk, c in candidates if c not in kept]
        touched = {c for _pk, c in doomed}
        # A cluster whose every ad goes is removed with its unflagged lead.
        remaining = (
            dict(
                session.execute(
                    select(Ad.cluster_id, func.count())
                    .where(Ad.cluster_id.in_(touched))
                    .group_by(Ad.cluster_id)
                ).all()
            )
            if touched
            else {}
        )
        gone_counts: dict[str, int] = {}
        for _pk, c in doomed:
            gone_counts[c] = gone_counts.get(c, 0) + 1
        emptied = sorted(c for c in touched if remaining.get(c, 0) == gone_counts[c])
        if not dry_run:
            pks = [pk for pk, _c in doomed]
            for i in range(0, len(pks), BATCH):
                session.execute(delete(Ad).where(Ad.id.in_(pks[i : i + BATCH])))
            for i in range(0, len(emptied), BATCH):
                ids = emptied[i : i + BATCH]
                for model in (LeadAgency, LeadRow, ClusterRow, Overlap):
                    session.execute(delete(model).where(model.cluster_id.in_(ids)))
        store_ads = store_members = None
        if analytics_store_dir is not None:
            store_ads, store_members = _purge_store(
                analytics_store_dir, cutoff=cutoff, kept=kept, dry_run=dry_run
            )
        report = PurgeReport(
            dry_run=dry_run,
            older_than_days=older_than_days,
            cutoff=cutoff,
            app_ads=len(doomed),
            app_clusters=len(emptied),
            store_ads=store_ads,
            store_members=store_members,
            kept_clusters=len(kept),
        )
        audit.record(
            session,
            actor=PURGE_ACTOR,
            action="retention.dry-run" if dry_run else "retention.purge",
            object_type="retention",
            object_id=f"{older_than_days}d",
            detail=report.to_text(),
        )
    return report
