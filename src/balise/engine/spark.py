"""The Spark engine: the embedded engine's pipeline on Apache Spark, with the same answers.

Named steps, each timed (``AnalysisResult.figures.seconds``); an exception inside a step is
re-raised as ``StepError`` naming it:

    ingest (read lines, validate, de-duplicate) -> extract (extraction, photo hashes, candidate
    keys) -> neighbourhoods (key joins, connected components) -> link (``link_ads`` per
    neighbourhood) -> score (indicators and score per cluster) -> write (interchange files,
    Parquet) -> report

One code path: the executors run the embedded engine's per-record functions
(``balise.engine.spark_tasks``). ``link_ads`` decides only from the ads connected to an ad by a
candidate link (shared identifier, near photo, LSH band), so linking each connected
neighbourhood alone gives the clusters of a full run. The driver never holds the ads: outputs
are streamed with ``toLocalIterator``; only rejected lines and the flagged leads come back.

PySpark is optional (``balise[spark]``): it is imported inside ``analyze_spark``.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from balise.engine.embedded import AnalysisResult, Corpus, Pipeline, load_model
from balise.engine.outputs import write_jsonl
from balise.errors import InputError, MissingExtraError
from balise.ingest.reader import Warning_
from balise.link import LinkConfig
from balise.progress import Reporter
from balise.schema import Cluster, RejectedLine
from balise.settings import Settings
from balise.store.codec import cluster_from_dict, extraction_loads, lead_from_dict

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame, SparkSession

TOP_REPORT_LEADS = 50
"""Flagged leads whose clusters the report shows (their ads are the only ones fetched)."""

MAX_BAD_LINES_LISTED = 500
"""Bad lines (rejected and warnings together, in input order) listed in ``AnalysisResult``;
all of them are in ``DIR/parquet/bad_lines``."""


def analyze_spark(
    paths: Sequence[Path | str],
    *,
    out_dir: Path,
    settings: Settings,
    master: str | None = None,
    lang: str = "fr",
    reporter: Reporter | None = None,
    link_config: LinkConfig | None = None,
) -> AnalysisResult:
    """Analyse ``paths`` (local paths or Hadoop-compatible URIs) on Spark; write to ``out_dir``.

    Writes ``ads.jsonl``, ``clusters.jsonl``, ``leads.jsonl`` (interchange v1, the rows of
    ``balise.engine.outputs``), ``parquet/{ads,clusters,leads}`` and ``report.html``. Uses the
    active SparkSession if there is one, else starts one on ``master`` (default ``local[*]``)
    and stops it at the end. Unlike the embedded engine nothing is stored between runs: the
    input is analysed on its own. ``result.leads`` holds the flagged leads and
    ``result.clusters`` the clusters of the leads shown in the report; everything else is in
    the output files.
    """
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError("the Spark engine", "spark") from exc
    from balise.engine.spark_session import get_session

    reporter = reporter or Reporter()
    inputs = [_input_file(p) for p in paths]
    spark, created = get_session(master)
    try:
        run = _SparkRun(spark, settings, reporter, link_config or LinkConfig())
        return run.analyze(inputs, out_dir, lang)
    finally:
        if created:
            spark.stop()


def _input_file(path: Path | str) -> tuple[str, str, str]:
    """(name as given, URI Spark reads, directory of its images)."""
    text = str(path)
    if "://" in text[:16]:
        return text, text, text.rsplit("/", 1)[0]
    local = Path(text)
    if not local.exists():
        raise InputError("no such file", where=text)
    if local.is_dir():
        raise InputError("is a directory, expected an ads.jsonl file", where=text)
    return text, local.resolve().as_uri(), str(local.parent.resolve())


class _SparkRun(Pipeline):
    """One run: the embedded pipeline's step timing and errors, with Spark doing the work."""

    def __init__(
        self, spark: SparkSession, settings: Settings, reporter: Reporter, config: LinkConfig
    ) -> None:
        super().__init__(settings, reporter)
        self.spark = spark
        self.config = config

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        # the embedded engine's timing and StepError, plus a progress line: a step takes long
        with super().step(name), self.reporter.task(name, None):
            yield

    def analyze(
        self, inputs: list[tuple[str, str, str]], out_dir: Path, lang: str
    ) -> AnalysisResult:
        from pyspark import StorageLevel
        from pyspark.sql import functions as F

        from balise.engine import spark_tasks as tasks
        from balise.engine.spark_components import (
            connected_components,
            key_edges,
            text_candidate_pairs,
        )

        result = AnalysisResult(self.figures)
        figures = self.figures
        started = time.perf_counter()
        cached: list[DataFrame] = []

        def keep(df: DataFrame) -> DataFrame:
            df = df.persist(StorageLevel.MEMORY_AND_DISK)
            cached.append(df)
            return df

        try:
            with self.step("ingest"):
                files = [tasks.InputFile(name, base) for name, _, base in inputs]
                figures.files = len(files)
                parsed = keep(
                    self._lines(inputs).mapInPandas(
                        functools.partial(tasks.parse_lines, files=files), tasks.PARSED_SCHEMA
                    )
                )
                self._report_bad_lines(parsed, result, [f.name for f in files], out_dir)
                marked = _mark_duplicates(parsed.where(F.col("kind") == "ad"))
                kept = _latest_versions(marked)

            with self.step("extract"):
                ads = keep(
                    kept.withColumn("id", F.xxhash64("source", F.lit("\x1f"), "ad_id"))
                    .select("id", "source", "ad_id", "file_idx", "line", "posted_us", "record")
                    .mapInPandas(
                        functools.partial(tasks.extract_ads, config=self.config),
                        tasks.EXTRACTED_SCHEMA,
                    )
                )
                counts = ads.agg(
                    F.count(F.lit(1)),
                    F.countDistinct("id"),
                    F.countDistinct(F.get_json_object("record", "$.content_hash")),
                ).first()
                assert counts is not None
                total, distinct_ids, distinct_content = (int(x) for x in counts)
                if distinct_ids != total:  # two keys with one 64-bit hash: astronomically rare
                    raise RuntimeError("ad id hash collision; rerun with the embedded engine")
                figures.ads_new = figures.ads_total = total
                # lines repeating the version just before them (an edit is not a duplicate)
                figures.ads_duplicate = marked.where(F.col("dup")).count()
                figures.ads_reposts = total - distinct_content

            with self.step("neighbourhoods"):
                # the linker's LSH candidates, verified on the signatures: only verified pairs
                # decide anything, and they chain far fewer ads together than the band keys
                verified = keep(
                    text_candidate_pairs(
                        ads.select("id", "source", "ad_id", F.explode("bands").alias("k")),
                        self.config.lsh_all_pairs_max,
                    )
                    .join(ads.select(F.col("id").alias("a"), F.col("sig").alias("sa")), "a")
                    .join(ads.select(F.col("id").alias("b"), F.col("sig").alias("sb")), "b")
                    .select("a", "b", "sa", "sb")
                    .mapInArrow(
                        functools.partial(
                            tasks.verify_pairs,
                            min_similarity=self.config.text_min_similarity,
                            strong_similarity=self.config.text_strong_similarity,
                        ),
                        "a long, b long, strong boolean",
                    )
                )
                # identifiers already certain to be hubs are cut before grouping (below), so
                # that they do not chain unrelated operators into one group
                idents = keep(ads.select("id", F.explode("idents").alias("k")))
                photo_edges = key_edges(ads.select("id", F.explode("photos").alias("k")))
                hubs = self._certain_hubs(idents, photo_edges, verified)
                hub_keys = F.broadcast(
                    self.spark.createDataFrame([(k,) for k in sorted(hubs)], "k long")
                )
                edges = (
                    key_edges(idents.join(hub_keys, "k", "left_anti"))
                    .unionByName(photo_edges)
                    .unionByName(verified.select("a", "b"))
                )
                rounds: list[int] = []
                labels = connected_components(edges, rounds=rounds)
                partners = verified.groupBy(F.col("a").alias("pid")).agg(
                    F.collect_list("b").alias("partners")
                )
                neighbourhood = keep(
                    ads.join(labels, ads["id"] == labels["node"], "left")
                    .withColumn("hood", F.coalesce(F.col("label"), F.col("id")))
                    .join(partners, F.col("id") == F.col("pid"), "left")
                    .drop("node", "label", "keys", "bands", "sig", "pid")
                )
                sizes = (
                    neighbourhood.groupBy("hood")
                    .count()
                    .agg(F.count(F.lit(1)), F.max("count"))
                    .first()
                )
                assert sizes is not None
                self.reporter.milestone(
                    f"connected components: {rounds[0]} rounds; {int(sizes[0])} groups, "
                    f"the biggest {int(sizes[1] or 0)} ads; {len(hubs)} hub identifiers cut "
                    "before grouping"
                )

            with self.step("link"):
                # whole groups linked together give each group's clusters: small groups share
                # a Python call (a call per singleton would cost more than its linking)
                buckets = int(self.spark.conf.get("spark.sql.shuffle.partitions") or "8")
                bucketed = neighbourhood.withColumn("bucket", F.pmod(F.col("hood"), F.lit(buckets)))
                decided = self._hub_spans(bucketed, idents.join(hub_keys, "k"), hubs)
                clusters = keep(
                    bucketed.groupBy("bucket").applyInPandas(
                        functools.partial(tasks.link_component, config=self.config, hubs=decided),
                        tasks.CLUSTER_SCHEMA,
                    )
                )
                figures.clusters = clusters.count()
                # ``neighbourhood`` is materialised: its sources' blocks are not needed again
                parsed.unpersist()
                ads.unpersist()
                verified.unpersist()
                idents.unpersist()
                # a fresh column (alias): the ads are co-grouped with ``clusters`` later
                assignment = clusters.select(
                    F.col("cluster_id").alias("cluster_id"), F.explode("ad_ids").alias("id")
                )
                ads_c = keep(neighbourhood.join(assignment, "id"))

            with self.step("score"):
                model = load_model(self.settings)
                # one row per cluster (its JSON) then its ads, sorted by cluster: many clusters
                # per Arrow batch, each batch decoded once (a cogroup pays an Arrow round trip
                # per cluster; pandas frames per cluster cost 5x the indicators themselves)
                scored_cols = list(tasks.SCORE_INPUT_COLUMNS)
                together = (
                    clusters.select("cluster_id", "cluster", F.lit(0).alias("kind"))
                    .unionByName(
                        ads_c.select(*scored_cols[2:], "cluster_id", F.lit(1).alias("kind")),
                        allowMissingColumns=True,
                    )
                    .repartition("cluster_id")
                    .sortWithinPartitions("cluster_id", "kind")
                    .select(*scored_cols)
                )
                leads = keep(
                    together.mapInArrow(
                        functools.partial(tasks.score_arrow, model=model), tasks.LEAD_SCHEMA
                    )
                )
                # flagged leads are the analysts' queue: few by design
                flagged = sorted(
                    (
                        lead_from_dict(orjson.loads(r[0]))
                        for r in leads.where(F.col("flag")).select("lead").collect()
                    ),
                    key=lambda lead: (-lead.score, lead.cluster_id),
                )
                figures.leads_flagged = len(flagged)
                neighbourhood.unpersist()  # ``ads_c`` (materialised by the scoring) replaces it

            with self.step("write"):
                rows = keep(ads_c.mapInPandas(tasks.ad_rows, tasks.AD_ROW_SCHEMA))
                _stream(out_dir / "ads.jsonl", rows.orderBy("file_idx", "line"))
                _stream(out_dir / "clusters.jsonl", clusters.orderBy("first_source", "first_ad_id"))
                _stream(out_dir / "leads.jsonl", leads.orderBy(F.desc("score"), "cluster_id"))
                parquet = (out_dir / "parquet").resolve().as_uri()
                rows.drop("row").write.mode("overwrite").parquet(f"{parquet}/ads")
                clusters.select(
                    "cluster_id",
                    "size",
                    "persons",
                    "first_source",
                    "first_ad_id",
                    F.get_json_object("row", "$.links").alias("links"),
                    F.get_json_object("row", "$.cut_links").alias("cut_links"),
                ).write.mode("overwrite").parquet(f"{parquet}/clusters")
                leads.select(
                    "cluster_id",
                    "score",
                    "flag",
                    "categories",
                    "cities",
                    F.get_json_object("row", "$.indicators").alias("indicators"),
                ).write.mode("overwrite").parquet(f"{parquet}/leads")
            figures.seconds["total"] = round(time.perf_counter() - started, 3)

            with self.step("report"):
                from balise.report import write_report

                shown = [lead.cluster_id for lead in flagged[:TOP_REPORT_LEADS]]
                corpus, shown_clusters = _fetch_clusters(ads_c, clusters, shown)
                write_report(
                    out_dir / "report.html",
                    corpus=corpus,
                    clusters=shown_clusters,
                    leads=flagged,
                    figures=figures,
                    lang=lang,
                    top=TOP_REPORT_LEADS,
                )
            result.leads = flagged
            result.clusters = shown_clusters
            result.out_dir = out_dir
            return result
        finally:
            for df in cached:
                df.unpersist()

    def _certain_hubs(
        self, idents: DataFrame, photo_edges: DataFrame, verified: DataFrame
    ) -> dict[int, int]:
        """Identifier key -> number of ads, for the identifiers the linker's hub guard is
        certain to cut: on ``hub_check_min_ads`` ads or more, whose ads with light contact
        details fall into more than ``hub_max_groups`` groups of light identifiers, photo keys
        and strong verified text pairs. Those groups are never finer than the guard's own
        (light identifiers, photo groups and the strong verified pairs it keeps), so the guard
        finds at least as many: each is a hub of the full run. The table is small (one row per hub).
        """
        from pyspark.sql import functions as F

        from balise.engine.spark_components import connected_components, key_edges

        config = self.config
        ads_of = idents.groupBy("k").agg(F.count(F.lit(1)).alias("n"))
        light = idents.join(ads_of.where(F.col("n") < config.hub_check_min_ads), "k")
        heavy = idents.join(ads_of.where(F.col("n") >= config.hub_check_min_ads), "k")
        coarse = connected_components(
            key_edges(light.select("id", "k"))
            .unionByName(photo_edges)
            .unionByName(verified.where(F.col("strong")).select("a", "b"))
        )
        own = light.select(F.col("id").alias("own")).distinct()
        spans = (
            heavy.join(own, F.col("id") == F.col("own"))
            .join(coarse, F.col("id") == F.col("node"), "left")
            .select("k", "n", F.coalesce("label", "id").alias("g"))
            .groupBy("k", "n")
            .agg(F.countDistinct("g").alias("span"))
        )
        rows = spans.where(F.col("span") > config.hub_max_groups).select("k", "n").collect()
        return {int(k): int(n) for k, n in rows}

    def _hub_spans(
        self, bucketed: DataFrame, hub_ads: DataFrame, hubs: dict[int, int]
    ) -> dict[int, tuple[int, int]]:
        """Identifier key -> (ads, span) of the certain hubs (``hub_ads``: their ``(k, id)``
        rows): the span the linker's guard reports, summed over the groups that hold their ads
        (``spark_tasks.hub_spans``)."""
        from pyspark.sql import functions as F

        from balise.engine import spark_tasks as tasks

        if not hubs:
            return {}
        with_hub = (
            hub_ads.select(F.col("id").alias("hub_ad"))
            .join(bucketed.select("id", "hood"), F.col("hub_ad") == F.col("id"))
            .select("hood")
            .distinct()
        )
        spans = (
            bucketed.join(with_hub, "hood", "left_semi")
            .groupBy("bucket")
            .applyInPandas(
                functools.partial(tasks.hub_spans, config=self.config, hubs=hubs),
                "k long, span long",
            )
            .groupBy("k")
            .agg(F.sum("span").alias("span"))
            .collect()
        )
        total = {int(k): int(span) for k, span in spans}
        return {k: (n, total.get(k, 0)) for k, n in hubs.items()}

    def _lines(self, inputs: list[tuple[str, str, str]]) -> DataFrame:
        """``(file_idx, line, text)`` of every line of every file, numbered from 1 per file.

        The zipWithIndex idea without leaving the JVM: rows per partition are counted first; a
        partition's first line number is the count of the partitions before it in its file.
        """
        from functools import reduce

        from pyspark.sql import functions as F

        parts = [
            self.spark.read.text(uri).select(F.lit(idx).alias("file_idx"), "value")
            for idx, (_, uri, _) in enumerate(inputs)
        ]
        lines = reduce(lambda a, b: a.union(b), parts).select(
            "file_idx",
            F.spark_partition_id().alias("pid"),
            F.monotonically_increasing_id().alias("mid"),
            # raw bytes: the reader's own UTF-8 check and repair run on them
            F.col("value").cast("binary").alias("text"),
        )
        counts = sorted(
            (int(r[0]), int(r[1]), int(r[2]))
            for r in lines.groupBy("file_idx", "pid").count().collect()
        )
        offsets: list[Column] = []
        seen_in_file: dict[int, int] = {}
        for file_idx, pid, count in counts:  # partitions of a file are in file order
            offsets += [F.lit(pid), F.lit(seen_in_file.get(file_idx, 0))]
            seen_in_file[file_idx] = seen_in_file.get(file_idx, 0) + count
        first = F.create_map(*offsets)[F.col("pid")] if offsets else F.lit(0)
        row_in_partition = F.col("mid") - F.shiftleft(F.col("pid").cast("long"), 33)
        return lines.select(
            F.col("file_idx").cast("int"),
            (first + row_in_partition + 1).cast("long").alias("line"),
            "text",
        )

    def _report_bad_lines(
        self, parsed: DataFrame, result: AnalysisResult, names: list[str], out_dir: Path
    ) -> None:
        """Count the lines; write every bad line from the executors; list the first ones.

        ``DIR/parquet/bad_lines`` (``file``, ``line``, ``kind``: rejected or warning,
        ``message``) holds them all; ``result.rejected`` and ``result.warnings`` get the first
        ``MAX_BAD_LINES_LISTED`` in input order (the embedded engine lists every one).
        """
        from pyspark.sql import functions as F

        file_names = F.create_map(*[F.lit(x) for i, n in enumerate(names) for x in (i, n)])
        bad = parsed.where(F.col("kind") != "ad").select(
            file_names[F.col("file_idx")].alias("file"),
            "file_idx",
            "line",
            "kind",
            "message",
            # a warning (repaired bytes) comes before the rejection of the same line
            F.when(F.col("kind") == "warning", 0).otherwise(1).alias("order"),
        )
        stats = parsed.agg(
            F.count(F.when(F.col("kind") == "ad", 1)),
            F.count(F.when(F.col("kind") == "rejected", 1)),
            F.count(F.when(F.col("kind") == "warning", 1)),
        ).first()
        assert stats is not None
        self.figures.lines_rejected = int(stats[1])
        self.figures.lines_read = int(stats[0]) + self.figures.lines_rejected
        parquet = (out_dir / "parquet").resolve().as_uri()
        bad.orderBy("file_idx", "line", "order").drop("file_idx", "order").write.mode(
            "overwrite"
        ).parquet(f"{parquet}/bad_lines")
        if int(stats[1]) + int(stats[2]) == 0:
            return
        head = (
            bad.orderBy("file_idx", "line", "order")
            .limit(MAX_BAD_LINES_LISTED)
            .select("file", "line", "kind", "message")
            .collect()
        )
        for file_name, line, kind, message in head:
            if kind == "rejected":
                result.rejected.append(RejectedLine(file_name, int(line), message))
            else:
                result.warnings.append(Warning_(file_name, int(line), message))


def _mark_duplicates(ads: DataFrame) -> DataFrame:
    """Mark (column ``dup``) the lines that repeat the version just before them, key by key.

    As in the embedded store: a line with the content of the previous version of the same
    (source, ad_id) is a duplicate and is skipped; a line with new content is an edit.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    order = Window.partitionBy("source", "ad_id").orderBy("file_idx", "line")
    return ads.withColumn(
        "dup", F.coalesce(F.lag("content_hash").over(order) == F.col("content_hash"), F.lit(False))
    )


def _latest_versions(marked: DataFrame) -> DataFrame:
    """One version per (source, ad_id): the last line that is not a duplicate."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    fresh = marked.where(~F.col("dup")).drop("dup")
    latest = Window.partitionBy("source", "ad_id").orderBy(F.desc("file_idx"), F.desc("line"))
    kept = fresh.withColumn("rank", F.row_number().over(latest)).where(F.col("rank") == 1)
    return kept.drop("rank")


def _stream(path: Path, df: DataFrame) -> int:
    """Write the ``row`` column (JSON) line by line, never holding the table on the driver."""
    rows = df.select("row").toLocalIterator(prefetchPartitions=True)
    # the rows were made by outputs.ad_row / cluster_row / lead_row on the executors
    return write_jsonl(path, (orjson.loads(r[0]) for r in rows))


def _fetch_clusters(
    ads: DataFrame, clusters: DataFrame, cluster_ids: list[str]
) -> tuple[Corpus, list[Cluster]]:
    """The ads and clusters of a few leads (those the report shows)."""
    from pyspark.sql import functions as F

    from balise.engine.spark_tasks import record_from_json

    if not cluster_ids:
        return Corpus([], [], {}), []
    wanted = F.col("cluster_id").isin(cluster_ids)
    picked = [
        cluster_from_dict(orjson.loads(r[0]))
        for r in clusters.where(wanted).select("cluster").collect()
    ]
    records, extractions, hashes = [], [], {}
    for r in ads.where(wanted).select("record", "extraction", "image_hashes").collect():
        record = record_from_json(r[0])
        records.append(record)
        extractions.append(extraction_loads(r[1]))
        if r[2]:
            hashes[record.key] = tuple(r[2])
    return Corpus(records, extractions, hashes), picked
