"""The interchange outputs of ``analyze``: ads.jsonl, clusters.jsonl, leads.jsonl (spec v1)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import orjson

from balise.schema import AdExtraction, AdRecord, Cluster, Lead

MAX_EVIDENCE_PER_INDICATOR = 5


def ad_row(record: AdRecord, extraction: AdExtraction, cluster_id: str) -> dict[str, object]:
    return {
        "ad_id": record.ad_id,
        "source": record.source,
        "phones": list(extraction.phones),
        "emails": list(extraction.emails),
        "ages": list(extraction.ages),
        "city": extraction.city,
        "language": extraction.language,
        "cluster_id": cluster_id,
        # optional extensions (the spec allows new optional fields)
        "handles": list(extraction.handles),
        "places": list(extraction.places),
        "obfuscated_phone": extraction.obfuscated_phone,
    }


def cluster_row(cluster: Cluster) -> dict[str, object]:
    return {
        "cluster_id": cluster.cluster_id,
        "ad_ids": [[s, a] for s, a in cluster.ad_keys],
        "links": [{"kind": x.kind, "value": x.value, "ads": x.ads} for x in cluster.links],
        "persons": len(cluster.persons),
        "cut_links": [
            {"kind": x.kind, "value": x.value, "ads": x.ads, "reason": x.reason}
            for x in cluster.cut_links
        ],
    }


def lead_row(lead: Lead) -> dict[str, object]:
    return {
        "cluster_id": lead.cluster_id,
        "score": round(lead.score, 6),
        "flag": lead.flag,
        "categories": list(lead.categories),
        "indicators": [
            {
                "id": c.indicator_id,
                "weight": round(c.weight, 6),
                "contribution": round(c.value, 6),
                "category": c.category,
                "detail": c.detail,
                "evidence": [
                    {"source": e.source, "ad_id": e.ad_id, "text": e.text}
                    for e in c.evidence[:MAX_EVIDENCE_PER_INDICATOR]
                ],
            }
            for c in lead.contributions
        ],
        "cities": list(lead.cities),
    }


def write_jsonl(path: Path, rows: Iterable[dict[str, object]]) -> int:
    """Write atomically (temporary file, then rename): a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with tmp.open("wb") as handle:
        for row in rows:
            handle.write(orjson.dumps(row))
            handle.write(b"\n")
            count += 1
    os.replace(tmp, path)
    return count


def write_outputs(
    out_dir: Path,
    records: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    clusters: Sequence[Cluster],
    leads: Sequence[Lead],
) -> None:
    cluster_of = {key: c.cluster_id for c in clusters for key in c.ad_keys}
    write_jsonl(
        out_dir / "ads.jsonl",
        (ad_row(r, x, cluster_of[r.key]) for r, x in zip(records, extractions, strict=True)),
    )
    write_jsonl(out_dir / "clusters.jsonl", (cluster_row(c) for c in clusters))
    write_jsonl(out_dir / "leads.jsonl", (lead_row(x) for x in leads))
