"""Connected components of a large graph in Spark: alternating large-star and small-star.

Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC 2014): each round rewires
edges towards the smallest node of a neighbourhood; the edge set stops changing after
O(log² n) rounds, when every component is a star around its smallest node.

Everything runs in the executors; the driver receives three numbers per round. A round is one
Spark job: a large-star (one shuffle: neighbours gathered per node) then a small-star (one
shuffle: smaller neighbours gathered per node), both on integer (``long``) node ids, no join
and no broadcast. The round's edges are checkpointed lazily, so the job that computes the
round's convergence check (edge count and an order-free hash sum, one aggregate) is also the
job that materialises them, and the next round starts from those blocks instead of replaying
the lineage of all the rounds before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

MAX_ROUNDS = 200
"""A bound that is never reached in practice (rounds grow like log² of the component size)."""


def _large_star(edges: DataFrame) -> DataFrame:
    """Each node links its larger neighbours to the smallest node of its neighbourhood."""
    from pyspark.sql import functions as F

    both = edges.select(F.col("a").alias("u"), F.col("b").alias("v")).union(
        edges.select(F.col("b").alias("u"), F.col("a").alias("v"))
    )
    gathered = both.groupBy("u").agg(F.collect_set("v").alias("vs"))
    # the minimum as a column *before* the explode: an expression beside a generator is
    # evaluated once per generated row, which is quadratic in the degree of a hub
    larger = gathered.select(
        F.least(F.array_min("vs"), F.col("u")).alias("b"),
        F.filter("vs", lambda v: v > F.col("u")).alias("larger"),
    )
    return larger.select(F.explode("larger").alias("a"), "b")


def _small_star(edges: DataFrame) -> DataFrame:
    """Each node and its smaller neighbours are linked to the smallest of them."""
    from pyspark.sql import functions as F

    oriented = edges.select(F.greatest("a", "b").alias("hi"), F.least("a", "b").alias("lo")).where(
        F.col("hi") != F.col("lo")
    )
    gathered = oriented.groupBy("hi").agg(F.collect_set("lo").alias("los"))
    # the minimum once per node, before the explode (see _large_star); array_remove, not a
    # filter lambda around array_min, which would recompute it for every element
    smallest = gathered.select(F.array_min("los").alias("b"), "los", "hi")
    moved = F.array_union(F.array_remove("los", F.col("b")), F.array(F.col("hi")))
    return smallest.select(moved.alias("moved"), "b").select(F.explode("moved").alias("a"), "b")


def _fingerprint(edges: DataFrame) -> tuple[int, int]:
    """Edge count and hash sum: equal for equal edge multisets (whatever the row order)."""
    from pyspark.sql import functions as F

    row = edges.agg(F.count(F.lit(1)), F.sum(F.xxhash64("a", "b").cast("decimal(38,0)"))).first()
    assert row is not None
    return int(row[0]), int(row[1] or 0)


def key_edges(keyed: DataFrame) -> DataFrame:
    """Edges ``(a, b)`` that connect the nodes sharing a key, from ``(id, k)`` rows.

    A star per key, from its smallest node to each other one: one shuffle, no join. A pair
    repeated by several keys is left for ``connected_components``, which gathers neighbours
    as sets. The root is a column before the explode: beside a generator it would be
    recomputed for every generated row (quadratic in the size of a key shared by many ads).
    """
    from pyspark.sql import functions as F

    sharing = keyed.groupBy("k").agg(F.collect_set("id").alias("ids"))
    rooted = sharing.where(F.size("ids") > 1).select(F.array_min("ids").alias("a"), "ids")
    others = rooted.select("a", F.array_remove("ids", F.col("a")).alias("others"))
    return others.select("a", F.explode("others").alias("b"))


def connected_components(
    edges: DataFrame,
    *,
    checkpoint: bool = False,
    rounds: list[int] | None = None,
) -> DataFrame:
    """``(node, label)`` for every node of ``edges`` (integer columns ``a``, ``b``, undirected).

    ``label`` is the smallest node of the node's component. Nodes without edges are not in the
    result (they are their own component). ``checkpoint=True`` uses reliable checkpoints (the
    SparkContext's checkpoint directory) instead of local ones, for long jobs on a cluster
    where an executor may be lost. ``rounds``, when given, receives the number of rounds.

    Each round's output is a function of the *set* of the previous round's edges (neighbours
    are gathered as sets), so the rounds may keep duplicate edges without a ``distinct``
    shuffle: equal multisets in two rounds in a row mean the set no longer changes.
    """
    from pyspark.sql import functions as F

    current = edges.select(F.col("a").cast("long"), F.col("b").cast("long")).where(
        F.col("a") != F.col("b")
    )
    previous: tuple[int, int] | None = None
    for done in range(1, MAX_ROUNDS + 1):
        step = _small_star(_large_star(current))
        # lazy: the fingerprint's job materialises the checkpoint (one job per round)
        step = step.checkpoint(eager=False) if checkpoint else step.localCheckpoint(eager=False)
        fingerprint = _fingerprint(step)
        current = step
        if fingerprint == previous:
            if rounds is not None:
                rounds.append(done)
            break
        previous = fingerprint
    else:  # pragma: no cover - would need a graph of astronomical diameter
        raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
    # at the fixed point every component is a star around its smallest node: (leaf, root)
    return (
        current.select(F.col("a").alias("node"), F.col("b").alias("label"))
        .union(current.select(F.col("b").alias("node"), F.col("b").alias("label")))
        .groupBy("node")
        .agg(F.min("label").alias("label"))
    )


def text_candidate_pairs(banded: DataFrame, all_pairs_max: int) -> DataFrame:
    """The linker's LSH candidate pairs ``(a, b)``, ``a < b``, from ``(id, source, ad_id, k)``
    rows (``k`` a band key of the ad ``id``), as ``lsh.candidate_pairs`` makes them: a bucket of
    at most ``all_pairs_max`` ads gives all its pairs, a larger one (a stock phrase) a star
    around its first ad in key order. Unique pairs; no pair is verified here.
    """
    from pyspark.sql import functions as F

    buckets = (
        banded.groupBy("k")
        .agg(F.sort_array(F.collect_list(F.struct("source", "ad_id", "id"))).alias("m"))
        .where(F.size("m") > 1)
    )
    every_pair = F.expr(
        "flatten(transform(sequence(0, size(m) - 2), i -> transform("
        "slice(m, i + 2, size(m) - i - 1), y -> named_struct('a', m[i].id, 'b', y.id))))"
    )
    star = F.expr(
        "transform(filter(slice(m, 2, size(m) - 1), y -> y.id != m[0].id), "
        "y -> named_struct('a', m[0].id, 'b', y.id))"
    )
    pairs = buckets.select(
        F.explode(F.when(F.size("m") <= all_pairs_max, every_pair).otherwise(star)).alias("p")
    )
    return pairs.select(
        F.least("p.a", "p.b").alias("a"), F.greatest("p.a", "p.b").alias("b")
    ).distinct()
