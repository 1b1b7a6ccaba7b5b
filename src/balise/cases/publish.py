"""Publish an analysis into the application database: what the analysts' pages show.

The publish is an idempotent upsert: every row carries a hash of its content; rows whose hash
did not change are not written, so publishing the same analysis twice changes nothing. New rows
go in with Core ``executemany`` batches (fast for 100k ads). Clusters that a new analysis no
longer has are deleted, except those an agency opened a case on: they are kept, marked not
current, so a case never loses its cluster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

import orjson
from sqlalchemy import Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from balise.cases.clock import utc_now
from balise.cases.models import POLICE_AGENCIES, Ad, Case, ClusterRow, LeadAgency, LeadRow
from balise.schema import AdExtraction, AdKey, AdRecord, Cluster, Lead

PLACE_AGENCY = {place: agency for agency, place in POLICE_AGENCIES.items()}
"""Place id -> the police agency whose jurisdiction it is."""

BATCH = 5000


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def agencies_for_places(places: Iterable[str | None]) -> set[str]:
    """The police agencies whose jurisdictions these place ids touch."""
    return {PLACE_AGENCY[p] for p in places if p in PLACE_AGENCY}


def _digest(payload: Any) -> str:
    text = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS, default=str)
    return hashlib.blake2b(text, digest_size=16).hexdigest()


def _dumps(payload: Any) -> str:
    return orjson.dumps(payload).decode("utf-8")


def _ad_rows(
    ads: Sequence[AdRecord],
    extractions: Mapping[AdKey, AdExtraction],
    cluster_of: Mapping[AdKey, str],
    image_hashes: Mapping[AdKey, tuple[str, ...]],
) -> dict[AdKey, dict[str, Any]]:
    rows: dict[AdKey, dict[str, Any]] = {}
    for ad in ads:
        ext = extractions.get(ad.key)
        hashes = image_hashes.get(ad.key, ())
        identifiers = {
            "phones": list(ext.phones) if ext else [],
            "emails": list(ext.emails) if ext else [],
            "handles": list(ext.handles) if ext else [],
            "ages": list(ext.ages) if ext else [],
        }
        images = [
            {"path": path, "hash": hashes[i] if i < len(hashes) else None}
            for i, path in enumerate(ad.images)
        ]
        mentions = (
            [
                [m.kind, str(m.value), m.span.field, m.span.start, m.span.end]
                for m in ext.mentions
                if m.span.field in ("title", "body")
            ]
            if ext
            else []
        )
        row = {
            "source": ad.source,
            "ad_id": ad.ad_id,
            "cluster_id": cluster_of.get(ad.key, f"unclustered:{ad.source}:{ad.ad_id}"),
            "posted_at": ad.posted_at,
            "title": ad.title,
            "body": ad.body,
            "city_raw": ad.city,
            "place": ext.city if ext else None,
            "language": ext.language if ext else "fr",
            "identifiers_json": _dumps(identifiers),
            "images_json": _dumps(images),
            "mentions_json": _dumps(mentions),
        }
        row["row_hash"] = _digest(row)
        rows[ad.key] = row
    return rows


def _evidence(lead: Lead) -> list[dict[str, Any]]:
    return [
        {
            "id": c.indicator_id,
            "category": c.category,
            "weight": c.weight,
            "value": c.value,
            "detail": c.detail,
            "evidence": [
                {
                    "source": e.source,
                    "ad_id": e.ad_id,
                    "text": e.text,
                    "field": e.field,
                    "start": e.start,
                    "end": e.end,
                }
                for e in c.evidence
            ],
        }
        for c in lead.contributions
    ]


def _sync(
    conn: Connection,
    table: Table,
    key_columns: tuple[str, ...],
    wanted: Mapping[tuple[Any, ...], dict[str, Any]],
    keep_on_update: tuple[str, ...] = (),
) -> tuple[set[tuple[Any, ...]], int]:
    """Insert new rows and rewrite changed ones; returns (keys no longer wanted, rows written)."""
    cols = [getattr(table.c, k) for k in key_columns]
    existing = {
        tuple(r[: len(cols)]): r[len(cols)] for r in conn.execute(select(*cols, table.c.row_hash))
    }
    new_rows = [row for key, row in wanted.items() if key not in existing]
    changed = [
        row for key, row in wanted.items() if key in existing and existing[key] != row["row_hash"]
    ]
    for i in range(0, len(new_rows), BATCH):
        conn.execute(insert(table), new_rows[i : i + BATCH])
    if changed:
        where = [getattr(table.c, k) == bindparam(f"k_{k}") for k in key_columns]
        values: dict[str, Any] = {
            c: bindparam(f"v_{c}") for c in changed[0] if c not in key_columns
        }
        for c in keep_on_update:
            values.pop(c, None)
        stmt = update(table).where(*where).values(values)
        params = [
            {**{f"k_{k}": row[k] for k in key_columns}, **{f"v_{c}": row[c] for c in values}}
            for row in changed
        ]
        for i in range(0, len(params), BATCH):
            conn.execute(stmt, params[i : i + BATCH])
    gone = set(existing) - set(wanted)
    return gone, len(new_rows) + len(changed)


def publish_analysis(
    *,
    engine: Engine,
    ads: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    clusters: Sequence[Cluster],
    leads: Sequence[Lead],
    image_hashes: Mapping[AdKey, tuple[str, ...]],
) -> None:
    """Upsert what the app shows (ads, clusters, leads, agency ownership) in one transaction."""
    ext_by_key = {e.key: e for e in extractions}
    cluster_of = {key: c.cluster_id for c in clusters for key in c.ad_keys}
    ad_rows = _ad_rows(ads, ext_by_key, cluster_of, image_hashes)

    posted: dict[str, list[datetime]] = {}
    places: dict[str, set[str | None]] = {}
    for row in ad_rows.values():
        posted.setdefault(row["cluster_id"], []).append(row["posted_at"])
        places.setdefault(row["cluster_id"], set()).add(row["place"])

    cluster_rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for c in clusters:
        times = posted.get(c.cluster_id, [])
        row = {
            "cluster_id": c.cluster_id,
            "size": len(c.ad_keys),
            "links_json": _dumps([[lk.kind, lk.value, lk.ads] for lk in c.links]),
            "first_posted": min(times) if times else None,
            "last_posted": max(times) if times else None,
            "current": True,
        }
        row["row_hash"] = _digest(row)
        cluster_rows[(c.cluster_id,)] = row

    now = utc_now()
    lead_rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    owners: dict[tuple[str, str], tuple[bool, float]] = {}
    for lead in leads:
        top = [c.indicator_id for c in lead.contributions if c.value > 0][:3]
        row = {
            "cluster_id": lead.cluster_id,
            "score": float(lead.score),
            "flag": bool(lead.flag),
            "categories": ",".join(lead.categories),
            "cities": ",".join(lead.cities),
            "top_indicators": ",".join(top),
            "contributions_json": _dumps(_evidence(lead)),
        }
        row["row_hash"] = _digest(row)
        row["first_seen"] = now  # kept from the first publish (keep_on_update)
        lead_rows[(lead.cluster_id,)] = row
        touched = set(lead.cities) | places.get(lead.cluster_id, set())
        for agency in agencies_for_places(touched):
            owners[(lead.cluster_id, agency)] = (row["flag"], row["score"])

    with engine.begin() as conn:
        ads_t, clusters_t, leads_t = _table(Ad), _table(ClusterRow), _table(LeadRow)
        gone_ads, _ = _sync(conn, ads_t, ("source", "ad_id"), ad_rows)
        for i in range(0, len(gone_ads), BATCH):
            chunk = list(gone_ads)[i : i + BATCH]
            conn.execute(
                delete(ads_t).where(
                    ads_t.c.source == bindparam("s"), ads_t.c.ad_id == bindparam("a")
                ),
                [{"s": s, "a": a} for s, a in chunk],
            )
        gone_clusters, _ = _sync(conn, clusters_t, ("cluster_id",), cluster_rows)
        _, _ = _sync(conn, leads_t, ("cluster_id",), lead_rows, keep_on_update=("first_seen",))
        with_cases = set(conn.execute(select(Case.cluster_id).distinct()).scalars())
        gone_ids = {k[0] for k in gone_clusters}
        keep = gone_ids & with_cases
        drop = sorted(gone_ids - with_cases)
        if keep:
            conn.execute(
                update(clusters_t)
                .where(clusters_t.c.cluster_id.in_(sorted(keep)), clusters_t.c.current.is_(True))
                .values(current=False, row_hash="stale")
            )
        lead_keys = set(conn.execute(select(leads_t.c.cluster_id)).scalars())
        gone_leads = sorted(lead_keys - {k[0] for k in lead_rows} - keep)
        for i in range(0, max(len(drop), len(gone_leads)), BATCH):
            if drop[i : i + BATCH]:
                conn.execute(
                    delete(clusters_t).where(clusters_t.c.cluster_id.in_(drop[i : i + BATCH]))
                )
            if gone_leads[i : i + BATCH]:
                ids = gone_leads[i : i + BATCH]
                conn.execute(delete(leads_t).where(leads_t.c.cluster_id.in_(ids)))
                conn.execute(
                    delete(_table(LeadAgency)).where(_table(LeadAgency).c.cluster_id.in_(ids))
                )
        la = _table(LeadAgency)
        existing_owners = {
            (r.cluster_id, r.agency_id): (bool(r.flag), float(r.score))
            for r in conn.execute(select(la.c.cluster_id, la.c.agency_id, la.c.flag, la.c.score))
        }
        # Owners of kept (stale) leads stay as they were.
        to_add = sorted(k for k in owners if k not in existing_owners)
        to_change = sorted(
            k for k in owners if k in existing_owners and existing_owners[k] != owners[k]
        )
        to_remove = sorted(k for k in existing_owners if k not in owners and k[0] not in keep)
        for i in range(0, len(to_add), BATCH):
            conn.execute(
                insert(la),
                [
                    {
                        "cluster_id": c,
                        "agency_id": a,
                        "flag": owners[(c, a)][0],
                        "score": owners[(c, a)][1],
                    }
                    for c, a in to_add[i : i + BATCH]
                ],
            )
        if to_change:
            conn.execute(
                update(la)
                .where(la.c.cluster_id == bindparam("c"), la.c.agency_id == bindparam("a"))
                .values(flag=bindparam("f"), score=bindparam("s")),
                [
                    {"c": c, "a": a, "f": owners[(c, a)][0], "s": owners[(c, a)][1]}
                    for c, a in to_change
                ],
            )
        if to_remove:
            conn.execute(
                delete(la).where(
                    la.c.cluster_id == bindparam("c"), la.c.agency_id == bindparam("a")
                ),
                [{"c": c, "a": a} for c, a in to_remove],
            )
