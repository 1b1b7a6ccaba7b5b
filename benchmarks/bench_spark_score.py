"""The Spark engine's score step without Spark: ``score_arrow`` against the embedded scorer.

    python benchmarks/bench_spark_score.py /tmp/bench-engines/market-10000/ads.jsonl

Reads a market, extracts and links it once, then scores the same clusters twice in this one
process and prints the CPU time of each: ``embedded.score_clusters`` (one worker) and
``spark_tasks.score_arrow`` over Arrow batches of 10,000 rows (Spark's default batch size) laid
out as the Spark engine sorts them (each cluster's row, then its ads), JSON included. The
leads must be identical; the difference is the cost of decoding the ads from the batches.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import orjson
import pyarrow as pa


def main() -> None:
    from balise.engine.embedded import Corpus, score_clusters
    from balise.engine.spark_tasks import (
        SCORE_INPUT_COLUMNS,
        lead_arrow_schema,
        record_from_json,
        record_to_json,
        score_arrow,
    )
    from balise.extract import extract_batch
    from balise.ingest import read_ads_file
    from balise.link import LinkConfig, link_ads
    from balise.progress import Reporter
    from balise.schema import AdRecord
    from balise.score import ScoreModel

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ads", type=Path)
    parser.add_argument("--batch-rows", type=int, default=10_000)
    args = parser.parse_args()

    latest: dict[tuple[str, str], AdRecord] = {}
    for item in read_ads_file(args.ads):
        if isinstance(item, AdRecord):
            latest[item.key] = item  # the last version of an ad, as the engines keep it
    # through JSON as both engines store them (fixed UTC offsets: datetimes sharing a zone
    # object subtract as wall times, which moves durations across a DST change by an hour)
    ads = [record_from_json(record_to_json(a)) for a in latest.values()]
    extractions = extract_batch(ads)
    clusters = link_ads(ads, extractions, {}, LinkConfig())
    model = ScoreModel.default()
    print(f"{len(ads)} ads, {len(clusters)} clusters", flush=True)

    cpu = time.process_time()
    expected, _ = score_clusters(
        Corpus(ads, extractions, {}), clusters, model, Reporter(quiet=True), workers=1
    )
    embedded_s = time.process_time() - cpu

    index = {a.key: i for i, a in enumerate(ads)}
    columns: dict[str, list[object]] = {name: [] for name in SCORE_INPUT_COLUMNS}

    def add(*values: object) -> None:
        for name, value in zip(SCORE_INPUT_COLUMNS, values, strict=True):
            columns[name].append(value)

    for cluster in sorted(clusters, key=lambda c: c.cluster_id):
        add(cluster.cluster_id, orjson.dumps(cluster).decode(), *([None] * 7))
        for key in cluster.ad_keys:
            i = index[key]
            micros = int(ads[i].posted_at.timestamp() * 1_000_000)
            add(
                cluster.cluster_id, None, i, record_to_json(ads[i]),
                orjson.dumps(extractions[i]).decode(), None, micros, 0, i + 1,
            )  # fmt: skip
    table = pa.table(columns)
    cpu = time.process_time()
    out = list(score_arrow(iter(table.to_batches(max_chunksize=args.batch_rows)), model))
    arrow_s = time.process_time() - cpu

    got = {r["cluster_id"]: r["lead"] for r in pa.Table.from_batches(out, lead_arrow_schema())
           .select(["cluster_id", "lead"]).to_pylist()}  # fmt: skip
    same = all(got[lead.cluster_id] == orjson.dumps(lead).decode() for lead in expected)
    print(
        f"embedded score_clusters: {embedded_s:.2f} s CPU ({1000 * embedded_s / len(ads):.3f} "
        f"ms/ad); score_arrow: {arrow_s:.2f} s CPU ({1000 * arrow_s / len(ads):.3f} ms/ad); "
        f"ratio {arrow_s / embedded_s:.2f}; identical leads: {same}"
    )


if __name__ == "__main__":
    main()
