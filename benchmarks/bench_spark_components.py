"""The Spark engine's neighbourhoods step alone (key stars, then connected components in Spark)
on the candidate keys of a market already analysed by the embedded engine, checked against
scipy on the driver of this script.

    python benchmarks/bench_spark_components.py STORE_DIR [--master local[2]]

STORE_DIR is an embedded store (e.g. the one ``bench_engines.py`` leaves in
``/tmp/bench-engines/store-embedded-market-100000``): its extractions give the keys without
extracting again. Prints the key and edge counts, the rounds and the seconds of the step.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from balise.link import LinkConfig

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from balise.store.analytics import StoredAd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()

    from balise.store.analytics import AnalyticsStore

    started = time.perf_counter()
    config = LinkConfig()
    rows: list[tuple[str, str, list[int]]] = []
    with AnalyticsStore.open(args.store) as store:
        batch = []
        for stored in store.iter_ads():
            batch.append(stored)
            if len(batch) == 10_000:
                rows += _keys(batch, config)
                batch = []
        rows += _keys(batch, config)
    print(f"{len(rows)} ads, keys in {time.perf_counter() - started:.0f} s", flush=True)

    from pyspark.sql import functions as F

    from balise.engine.spark_components import connected_components, key_edges
    from balise.engine.spark_session import get_session

    spark, _ = get_session(args.master)
    ads = spark.createDataFrame(rows, "source string, ad_id string, keys array<long>").select(
        F.xxhash64("source", F.lit("\x1f"), "ad_id").alias("id"), "keys"
    )
    ads = ads.localCheckpoint()
    load = os.getloadavg()[0]
    started = time.perf_counter()
    edges = key_edges(ads.select("id", F.explode("keys").alias("k")))
    rounds: list[int] = []
    labels = connected_components(edges, rounds=rounds).localCheckpoint()
    seconds = time.perf_counter() - started
    got = {int(r[0]): int(r[1]) for r in labels.collect()}  # the check, not the engine
    print(
        f"neighbourhoods: {rounds[0]} rounds, {len(got)} ads in a component, "
        f"{len(set(got.values()))} components, {seconds:.1f} s "
        f"(load average {load:.1f} -> {os.getloadavg()[0]:.1f})",
        flush=True,
    )
    _check(ads, got)
    spark.stop()


def _keys(batch: list[StoredAd], config: LinkConfig) -> list[tuple[str, str, list[int]]]:
    from balise.engine.spark_tasks import candidate_keys

    if not batch:
        return []
    records = [s.record for s in batch]
    keys = candidate_keys(
        records,
        [s.extraction for s in batch],
        {s.record.key: s.image_hashes for s in batch if s.image_hashes},
        config,
    )
    return [(r.source, r.ad_id, keys[r.key]) for r in records]


def _check(ads: DataFrame, got: dict[int, int]) -> None:
    from balise.link.components import components, group_edges

    table = [(int(r[0]), list(r[1])) for r in ads.collect()]
    ids = np.array(sorted(i for i, _ in table), dtype=np.int64)
    pos = {int(v): n for n, v in enumerate(ids)}
    keys = np.array([k for _, ks in table for k in ks], dtype=np.int64)
    rows = np.array([pos[i] for i, ks in table for _ in ks], dtype=np.int64)
    labels = components(len(ids), *group_edges(keys, rows))
    wrong = sum(1 for n, i in enumerate(ids.tolist()) if got.get(i, i) != int(ids[labels[n]]))
    print(f"scipy check: {wrong} ads labelled differently", flush=True)


if __name__ == "__main__":
    main()
