"""Connected components of a large graph in Spark: alternating large-star and small-star.

Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC 2014): each round rewires
edges towards the smallest node of a neighbourhood; the edge set stops changing after
O(log² n) rounds, when every component is a star around its smallest node. Each round's edges
are checkpointed, so the query plan (and the driver's memory) does not grow with the rounds.

Each round costs several shuffles and two jobs, which dominates on small and medium graphs; a
graph of at most ``DRIVER_MAX_EDGES`` edges is therefore solved on the driver instead (Arrow
transfer, scipy's csgraph, labels sent back as a small table), with the same labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

DRIVER_MAX_EDGES = 8_000_000
"""Graphs up to this many edges (16 bytes each: 128 MB) are solved on the driver in one pass."""

MAX_ROUNDS = 200
"""A bound that is never reached in practice (rounds grow like log² of the component size)."""


def _large_star(edges: DataFrame) -> DataFrame:
    from pyspark.sql import functions as F

    both = edges.select(F.col("a").alias("u"), F.col("b").alias("v")).union(
        edges.select(F.col("b").alias("u"), F.col("a").alias("v"))
    )
    smallest = both.groupBy("u").agg(F.least(F.min("v"), F.col("u")).alias("m"))
    return (
        both.join(smallest, "u")
        .where(F.col("v") > F.col("u"))
        .select(F.col("v").alias("a"), F.col("m").alias("b"))
        .distinct()
    )


def _small_star(edges: DataFrame) -> DataFrame:
    from pyspark.sql import functions as F

    oriented = edges.select(F.greatest("a", "b").alias("hi"), F.least("a", "b").alias("lo")).where(
        F.col("hi") != F.col("lo")
    )
    smallest = oriented.groupBy("hi").agg(F.min("lo").alias("m"))
    joined = oriented.join(smallest, "hi")
    return (
        joined.select(F.col("lo").alias("a"), F.col("m").alias("b"))
        .where(F.col("a") != F.col("b"))
        .union(joined.select(F.col("hi").alias("a"), F.col("m").alias("b")))
        .distinct()
    )


def _fingerprint(edges: DataFrame) -> tuple[int, int]:
    from pyspark.sql import functions as F

    row = edges.agg(F.count(F.lit(1)), F.sum(F.xxhash64("a", "b").cast("decimal(38,0)"))).first()
    assert row is not None
    return int(row[0]), int(row[1] or 0)


def _on_driver(edges: DataFrame) -> DataFrame:
    """The same ``(node, label)`` table computed with scipy on the driver."""
    import numpy as np
    import pandas as pd

    from balise.link.components import components

    table: pd.DataFrame = edges.toPandas()
    a = table["a"].to_numpy(dtype=np.int64)
    b = table["b"].to_numpy(dtype=np.int64)
    nodes, index = np.unique(np.r_[a, b], return_inverse=True)
    # components() labels by the smallest index, and nodes are sorted: the smallest node
    labels = nodes[components(len(nodes), index[: len(a)], index[len(a) :])]
    return edges.sparkSession.createDataFrame(
        pd.DataFrame({"node": nodes, "label": labels}), "node long, label long"
    )


def connected_components(
    edges: DataFrame,
    *,
    checkpoint: bool = False,
    rounds: list[int] | None = None,
    driver_max_edges: int = DRIVER_MAX_EDGES,
) -> DataFrame:
    """``(node, label)`` for every node of ``edges`` (long columns ``a``, ``b``, undirected).

    ``label`` is the smallest node of the node's component. Nodes without edges are not in the
    result (they are their own component). ``checkpoint=True`` uses reliable checkpoints (the
    SparkContext's checkpoint directory) instead of local ones, for long jobs on a cluster.
    ``rounds``, when given, receives the number of rounds it took (0: solved on the driver,
    which happens when there are at most ``driver_max_edges`` edges).
    """
    from pyspark.sql import functions as F

    current = edges.select(F.col("a").cast("long"), F.col("b").cast("long")).where(
        F.col("a") != F.col("b")
    )
    current = current.localCheckpoint() if not checkpoint else current.checkpoint()
    previous = _fingerprint(current)
    if previous[0] <= driver_max_edges:
        if rounds is not None:
            rounds.append(0)
        return _on_driver(current)
    for done in range(1, MAX_ROUNDS + 1):
        step = _small_star(_large_star(current))
        step = step.localCheckpoint() if not checkpoint else step.checkpoint()
        fingerprint = _fingerprint(step)
        current = step
        if fingerprint == previous:
            if rounds is not None:
                rounds.append(done)
            break
        previous = fingerprint
    else:  # pragma: no cover - would need a graph of astronomical diameter
        raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
    # at the fixed point every component is a star around its smallest node
    return (
        current.select(F.col("a").alias("node"), F.col("b").alias("label"))
        .union(current.select(F.col("b").alias("node"), F.col("b").alias("label")))
        .groupBy("node")
        .agg(F.min("label").alias("label"))
    )
