"""The interchange outputs of ``analyze``: ads.jsonl, clusters.jsonl, leads.jsonl (spec v1)."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Sequence
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
    tmp, count = _write_aside(path, rows)
    os.replace(tmp, path)
    return count


def _write_aside(path: Path, rows: Iterable[dict[str, object]]) -> tuple[Path, int]:
    """Write ``rows`` to a temporary file beside ``path``; returns it and the row count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with tmp.open("wb") as handle:
        for row in rows:
            handle.write(orjson.dumps(row))
            handle.write(b"\n")
            count += 1
    return tmp, count


OUTPUT_FILES = ("ads.jsonl", "clusters.jsonl", "leads.jsonl")


def write_outputs(
    out_dir: Path,
    records: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    clusters: Sequence[Cluster],
    leads: Sequence[Lead],
) -> None:
    """Write ``OUTPUT_FILES`` into ``out_dir``, each written aside, then renamed."""
    write_outputs_aside(out_dir, records, extractions, clusters, leads)
    put_outputs_in_place(out_dir)


def write_outputs_aside(
    out_dir: Path,
    records: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    clusters: Sequence[Cluster],
    leads: Sequence[Lead],
    *,
    files: Collection[str] = OUTPUT_FILES,
) -> None:
    """Write ``files`` (of ``OUTPUT_FILES``) into ``out_dir`` under temporary names
    (``put_outputs_in_place`` renames them)."""
    if "ads.jsonl" in files:
        cluster_of = {key: c.cluster_id for c in clusters for key in c.ad_keys}
        _write_aside(
            out_dir / "ads.jsonl",
            (ad_row(r, x, cluster_of[r.key]) for r, x in zip(records, extractions, strict=True)),
        )
    if "clusters.jsonl" in files:
        _write_aside(out_dir / "clusters.jsonl", (cluster_row(c) for c in clusters))
    if "leads.jsonl" in files:
        _write_aside(out_dir / "leads.jsonl", (lead_row(x) for x in leads))


def put_outputs_in_place(out_dir: Path) -> None:
    """Rename the files ``write_outputs_aside`` wrote to their names (each rename is atomic)."""
    for name in OUTPUT_FILES:
        path = out_dir / name
        os.replace(path.with_name(name + ".tmp"), path)


FORKED_WRITE_MIN_ADS = 10_000
"""From this many ads, the embedded engine writes the outputs (and the link state) in a forked
process while it saves the results (below, the fork and its copy-on-write faults cost more
than the overlap gives back)."""


def discard_outputs(out_dir: Path) -> None:
    """Remove what ``write_outputs_aside`` wrote (the outputs in place stay as they were)."""
    for name in OUTPUT_FILES:
        (out_dir / (name + ".tmp")).unlink(missing_ok=True)
