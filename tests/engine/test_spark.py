"""The Spark engine gives the embedded engine's answers (clusters, scores, flags, bad lines).

One SparkSession (local[2]) for the whole test session; one Spark run of a generated market plus
a file of bad lines, compared with the embedded engine on the same files.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pytest

from balise.engine.embedded import AnalysisResult, analyze
from balise.engine.spark_tasks import candidate_keys, record_from_json, record_to_json
from balise.ingest import read_ads_file
from balise.link import LinkConfig, hash_images, link_ads
from balise.link.components import components, group_edges
from balise.progress import Reporter
from balise.schema import AdRecord
from balise.settings import Settings

# --- without Spark: the candidate keys cover every link the linker can make ---------------


def _ads(path: Path) -> list[AdRecord]:
    return [x for x in read_ads_file(path) if isinstance(x, AdRecord)]


def _shared_key_edges(rows_keys: Iterator[tuple[int, list[int]]]) -> tuple[Any, Any]:
    """Edges tying together the rows that share a key (``link.components.group_edges``)."""
    pairs = [(k, row) for row, ks in rows_keys for k in ks]
    keys = np.array([k for k, _ in pairs], dtype=np.int64)
    rows = np.array([row for _, row in pairs], dtype=np.int64)
    return group_edges(keys, rows)


def test_linking_each_key_neighbourhood_alone_equals_a_full_run(small_market: Path) -> None:
    """The property the Spark engine rests on, checked with photos (no Spark needed)."""
    from balise.extract import extract_batch

    ads = _ads(small_market / "ads.jsonl")
    extractions = extract_batch(ads)
    hashes = hash_images(ads)
    assert hashes, "the market should have photos"
    config = LinkConfig()
    keys = candidate_keys(ads, extractions, hashes, config)
    index = {a.key: i for i, a in enumerate(ads)}
    src, dst = _shared_key_edges((index[key], ks) for key, ks in keys.items())
    labels = components(len(ads), src, dst)
    assert len(np.unique(labels)) > 1, "the keys should not join everything"

    piecewise = []
    for label in np.unique(labels):
        rows = np.flatnonzero(labels == label)
        part = [ads[i] for i in rows]
        piecewise += link_ads(
            part,
            [extractions[i] for i in rows],
            {a.key: hashes[a.key] for a in part if a.key in hashes},
            config,
        )
    full = link_ads(ads, extractions, hashes, config)
    assert sorted(piecewise, key=lambda c: c.ad_keys[0]) == full


@pytest.mark.parametrize("batch_rows", [1, 7, 10_000])
def test_arrow_scoring_gives_the_embedded_leads_whatever_the_batch_cuts(
    small_market: Path, batch_rows: int
) -> None:
    """``score_arrow`` (the Spark score step) on rows cut into batches anywhere, even inside a
    cluster, gives the embedded engine's leads, byte for byte."""
    import pyarrow as pa

    from balise.engine.embedded import Corpus, score_clusters
    from balise.engine.spark_tasks import (
        SCORE_INPUT_COLUMNS,
        lead_arrow_schema,
        score_arrow,
    )
    from balise.extract import extract_batch
    from balise.score import ScoreModel

    ads = _ads(small_market / "ads.jsonl")
    extractions = extract_batch(ads)
    hashes = hash_images(ads)
    clusters = link_ads(ads, extractions, hashes, LinkConfig())
    model = ScoreModel.default()
    expected, _ = score_clusters(
        Corpus(ads, extractions, hashes), clusters, model, Reporter(quiet=True)
    )
    assert any(len(c.ad_keys) > 1 for c in clusters) and any(lead.flag for lead in expected)

    index = {a.key: i for i, a in enumerate(ads)}
    rows: list[tuple[Any, ...]] = []
    for cluster in sorted(clusters, key=lambda c: c.cluster_id):
        rows.append((cluster.cluster_id, orjson.dumps(cluster).decode()) + (None,) * 7)
        for key in reversed(cluster.ad_keys):  # any order: the scorer sorts by posting time
            i = index[key]
            micros = int(ads[i].posted_at.timestamp() * 1_000_000)
            rows.append((
                cluster.cluster_id, None, i, record_to_json(ads[i]),
                orjson.dumps(extractions[i]).decode(), list(hashes.get(key, ())) or None,
                micros, 0, i + 1,
            ))  # fmt: skip
    schema = pa.schema([
        ("cluster_id", pa.string()), ("cluster", pa.string()), ("id", pa.int64()),
        ("record", pa.string()), ("extraction", pa.string()),
        ("image_hashes", pa.list_(pa.string())), ("posted_us", pa.int64()),
        ("file_idx", pa.int32()), ("line", pa.int64()),
    ])  # fmt: skip
    columns = list(zip(*rows, strict=True))
    table = pa.Table.from_arrays(
        [
            pa.array(list(c), type=schema.field(n).type)
            for c, n in zip(columns, SCORE_INPUT_COLUMNS, strict=True)
        ],
        schema=schema,
    )
    out = list(score_arrow(iter(table.to_batches(max_chunksize=batch_rows)), model))
    assert all(b.schema == lead_arrow_schema() for b in out)
    got = pa.Table.from_batches(out, schema=lead_arrow_schema()).to_pylist()
    assert len(got) == len(clusters)
    by_id = {r["cluster_id"]: r for r in got}
    for lead in expected:
        assert by_id[lead.cluster_id]["lead"] == orjson.dumps(lead).decode()
        assert by_id[lead.cluster_id]["flag"] == lead.flag


def test_records_survive_the_json_round_trip(small_market: Path) -> None:
    ads = _ads(small_market / "ads.jsonl")[:50]
    again = [record_from_json(record_to_json(a)) for a in ads]
    assert [a.posted_at for a in again] == [a.posted_at for a in ads]
    assert again == ads


def test_without_pyspark_balise_works_and_the_spark_engine_says_what_to_install(
    tmp_path: Path,
) -> None:
    ads = tmp_path / "ads.jsonl"
    ads.write_text(
        '{"ad_id": "1", "source": "s", "posted_at": "2024-05-01T10:00:00", '
        '"body": "Appelle-moi au 514 555 0199"}\n',
        encoding="utf-8",
    )
    script = f"""
import sys
sys.modules["pyspark"] = None
from pathlib import Path
import balise
from balise.engine.embedded import analyze
from balise.errors import MissingExtraError
from balise.progress import Reporter
from balise.settings import Settings
settings = Settings(store_dir=Path({str(tmp_path / "store")!r}))
result = analyze([Path({str(ads)!r})], out_dir=Path({str(tmp_path / "out")!r}),
                 settings=settings, publish=False, reporter=Reporter(quiet=True))
print("embedded", result.figures.ads_total)
from balise.engine.spark import analyze_spark
try:
    analyze_spark([Path({str(ads)!r})], out_dir=Path({str(tmp_path / "out2")!r}),
                  settings=settings, master=None, lang="fr", reporter=Reporter(quiet=True))
except MissingExtraError as exc:
    print("missing:", exc)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "embedded 1" in done.stdout
    assert "missing: the Spark engine needs" in done.stdout
    assert "pip install 'balise[spark]'" in done.stdout


# --- with Spark ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    from balise.engine.spark_session import get_session

    session, created = get_session("local[2]", shuffle_partitions=4)
    yield session
    if created:
        session.stop()


BAD_LINES = [
    b'{"ad_id": "b1", "source": "bad", "posted_at": "2024-05-01T10:00:00", "body": "hi"}',
    b"{not json",
    b"",
    b'{"ad_id": "b2", "source": "bad"}',
    b"[1, 2]",
    b'{"ad_id": "b3", "source": "bad", "posted_at": "yesterday"}',
    b'{"ad_id": "b4", "source": "bad", "posted_at": "2024-05-02", "body": "caf\xe9 ok"}',
    # an edited version of b1, then an identical repost of it
    b'{"ad_id": "b1", "source": "bad", "posted_at": "2024-05-03T10:00:00", "body": "hi there"}',
    b'{"ad_id": "b1", "source": "bad", "posted_at": "2024-05-04T10:00:00", "body": "hi there"}',
]


@dataclass(frozen=True)
class Runs:
    embedded: AnalysisResult
    spark: AnalysisResult
    embedded_out: Path
    spark_out: Path


@pytest.fixture(scope="module")
def runs(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> Runs:
    from balise.engine.spark import analyze_spark
    from balise.simulate import generate_market

    base = tmp_path_factory.mktemp("spark-vs-embedded")
    generate_market(17, 90, 4, base / "market", images=False)
    bad = base / "bad.jsonl"
    bad.write_bytes(b"\n".join(BAD_LINES) + b"\n")
    paths = [base / "market" / "ads.jsonl", bad]
    embedded = analyze(
        paths,
        out_dir=base / "emb",
        settings=Settings(store_dir=base / "store"),
        publish=False,
        reporter=Reporter(quiet=True),
    )
    on_spark = analyze_spark(
        paths,
        out_dir=base / "spark",
        settings=Settings(store_dir=base / "unused"),
        master=None,
        lang="fr",
        reporter=Reporter(quiet=True),
    )
    return Runs(embedded, on_spark, base / "emb", base / "spark")


def _rows(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.mark.spark
def test_same_clusters_as_a_partition_of_the_ads(runs: Runs) -> None:
    def partition(out: Path) -> set[frozenset[tuple[str, str]]]:
        return {frozenset(map(tuple, c["ad_ids"])) for c in _rows(out / "clusters.jsonl")}

    spark_clusters = partition(runs.spark_out)
    assert 300 <= sum(len(c) for c in spark_clusters) <= 800
    assert any(len(c) > 1 for c in spark_clusters)
    assert spark_clusters == partition(runs.embedded_out)


@pytest.mark.spark
def test_same_scores_and_flags(runs: Runs) -> None:
    import pyarrow.parquet as pq

    table = pq.read_table(runs.spark_out / "parquet" / "leads").to_pylist()
    spark_leads = {r["cluster_id"]: r for r in table}
    embedded = {lead.cluster_id: lead for lead in runs.embedded.leads}
    assert spark_leads.keys() == embedded.keys()
    assert any(lead.flag for lead in embedded.values())
    for cid, lead in embedded.items():
        assert spark_leads[cid]["score"] == pytest.approx(lead.score, abs=1e-9), cid
        assert spark_leads[cid]["flag"] == lead.flag, cid
        assert spark_leads[cid]["categories"] == list(lead.categories), cid
    assert [x.cluster_id for x in runs.spark.leads] == [
        x.cluster_id for x in embedded.values() if x.flag
    ]


@pytest.mark.spark
@pytest.mark.parametrize("name", ["ads.jsonl", "clusters.jsonl", "leads.jsonl"])
def test_interchange_files_are_the_embedded_engines(runs: Runs, name: str) -> None:
    spark_rows, embedded_rows = _rows(runs.spark_out / name), _rows(runs.embedded_out / name)
    if name == "ads.jsonl":
        # an ad edited within one ingest batch keeps its first position in the embedded store,
        # the position of its kept version in Spark: same rows, that one may move
        def key(row: dict[str, Any]) -> tuple[str, str]:
            return row["source"], row["ad_id"]

        spark_rows.sort(key=key)
        embedded_rows.sort(key=key)
    assert spark_rows == embedded_rows


@pytest.mark.spark
def test_bad_lines_are_reported_alike(runs: Runs) -> None:
    assert runs.spark.rejected == runs.embedded.rejected
    assert [r.line for r in runs.spark.rejected] == [2, 4, 5, 6]
    assert runs.spark.warnings == runs.embedded.warnings
    assert [w.line for w in runs.spark.warnings] == [7]
    for figure in (
        "files",
        "lines_read",
        "lines_rejected",
        "ads_duplicate",
        "ads_total",
        "clusters",
        "leads_flagged",
    ):
        assert getattr(runs.spark.figures, figure) == getattr(runs.embedded.figures, figure)
    # the identical repost of b1 is a duplicate; its edit before it is not
    assert runs.embedded.figures.ads_duplicate >= 1


@pytest.mark.spark
def test_every_bad_line_is_in_the_bad_lines_table(runs: Runs) -> None:
    import pyarrow.parquet as pq

    table = pq.read_table(runs.spark_out / "parquet" / "bad_lines").to_pylist()
    expected = sorted(
        [(r.file, r.line, "rejected", r.reason) for r in runs.embedded.rejected]
        + [(w.file, w.line, "warning", w.message) for w in runs.embedded.warnings]
    )
    assert sorted((r["file"], r["line"], r["kind"], r["message"]) for r in table) == expected


@pytest.mark.spark
def test_the_edited_version_of_an_ad_is_the_one_kept(runs: Runs) -> None:
    rows = {(r["source"], r["ad_id"]): r for r in _rows(runs.spark_out / "ads.jsonl")}
    assert ("bad", "b1") in rows and ("bad", "b4") in rows
    import pyarrow.parquet as pq

    ads = pq.read_table(runs.spark_out / "parquet" / "ads").to_pylist()
    b1 = next(a for a in ads if a["ad_id"] == "b1" and a["source"] == "bad")
    assert b1["posted_at"].startswith("2024-05-03T10:00:00")


@pytest.mark.spark
def test_report_is_written(runs: Runs) -> None:
    html = (runs.spark_out / "report.html").read_text(encoding="utf-8")
    flagged = runs.spark.leads
    assert flagged and flagged[0].cluster_id in html


@pytest.mark.spark
@pytest.mark.parametrize("seed", [1, 2])
def test_connected_components_match_scipy(spark: Any, seed: int) -> None:
    """The star rounds in Spark give scipy's components, labelled by their smallest node."""
    from balise.engine.spark_components import connected_components

    rng = np.random.default_rng(seed)
    n = 300
    src = rng.integers(0, n, 220)
    dst = rng.integers(0, n, 220)
    # a long path too (the worst case for label propagation), a star and a repeated edge
    src = np.r_[src, np.arange(400, 460), np.full(40, 600), 700, 700]
    dst = np.r_[dst, np.arange(401, 461), np.arange(601, 641), 701, 701]
    edges = spark.createDataFrame(
        [(int(a) * 7919 % 100_003, int(b) * 7919 % 100_003) for a, b in zip(src, dst, strict=True)],
        "a long, b long",
    )
    rounds: list[int] = []
    labelled = connected_components(edges, rounds=rounds)
    got = {int(r["node"]): int(r["label"]) for r in labelled.collect()}
    assert 2 <= rounds[0] < 30
    nodes = sorted({int(x) * 7919 % 100_003 for x in np.r_[src, dst]})
    pos = {v: i for i, v in enumerate(nodes)}
    expected = components(
        len(nodes),
        np.array([pos[int(a) * 7919 % 100_003] for a in src]),
        np.array([pos[int(b) * 7919 % 100_003] for b in dst]),
    )
    # the label is the smallest node of the component; nodes only in self-loops are left out
    for node in nodes:
        if node in got:
            assert got[node] == nodes[expected[pos[node]]]
        else:
            assert nodes[expected[pos[node]]] == node


def _certain_hubs(
    n: int, keys: dict[Any, Any], rows: dict[Any, int], ta: Any, tb: Any, config: LinkConfig
) -> dict[int, int]:
    """What ``_SparkRun._certain_hubs`` computes, in numpy: identifier key -> ads, for the
    identifiers on ``hub_check_min_ads``+ ads whose ads with a light contact detail fall into
    more than ``hub_max_groups`` groups of light identifiers, photo keys and strong verified
    pairs (``ta``, ``tb``)."""
    owners: dict[int, list[int]] = {}
    for key, k in keys.items():
        for ident in k.idents:
            owners.setdefault(ident, []).append(rows[key])
    light = {i: r for i, r in owners.items() if len(r) < config.hub_check_min_ads}
    ls, ld = _shared_key_edges((r, [i]) for i, rs in light.items() for r in rs)
    ps, pd_ = _shared_key_edges((rows[key], k.photos) for key, k in keys.items())
    coarse = components(n, np.r_[ls, ps, ta].astype(np.int64), np.r_[ld, pd_, tb].astype(np.int64))
    own = {r for rs in light.values() for r in rs}
    return {
        i: len(rs)
        for i, rs in owners.items()
        if len(rs) >= config.hub_check_min_ads
        and len({int(coarse[r]) for r in rs if r in own}) > config.hub_max_groups
    }


def _groups(
    n: int, keys: dict[Any, Any], rows: dict[Any, int], ta: Any, tb: Any, cut: dict[int, int]
) -> Any:
    """Per row, its group: shared identifiers (those in ``cut`` left out), photo keys and
    verified text pairs, as the Spark engine's neighbourhoods step makes them."""
    ka, kb = _shared_key_edges(
        (rows[key], [i for i in k.idents if i not in cut] + k.photos) for key, k in keys.items()
    )
    return components(n, np.r_[ta, ka].astype(np.int64), np.r_[tb, kb].astype(np.int64))


@pytest.mark.parametrize(
    ("market_name", "buckets"), [("small_market", 0), ("small_market", 3), ("text_market", 16)]
)
def test_linking_each_verified_group_alone_equals_a_full_run(
    market_name: str, buckets: int, request: pytest.FixtureRequest
) -> None:
    """What the Spark link step rests on (no Spark needed, the executors' own functions): the
    ads grouped by shared keys and *verified* text pairs, the identifiers already certain to be
    hubs left out, each group (or several whole groups at once, ``buckets``) linked alone with
    its verified pairs and the hubs' spans summed over the groups, give the full run's
    clusters — on a market with photos and on a bigger text-only one."""
    import pandas as pd

    from balise.engine.spark_tasks import hub_spans, link_component, link_keys
    from balise.extract import extract_batch
    from balise.link.features import build_features
    from balise.link.linker import text_candidates
    from balise.link.minhash import similarity
    from balise.store.codec import cluster_from_dict

    market: Path = request.getfixturevalue(market_name)
    ads = _ads(market / "ads.jsonl")
    extractions = extract_batch(ads)
    hashes = hash_images(ads)
    config = LinkConfig()
    f = build_features(ads, extractions, hashes, config)
    n = len(f)
    ca, cb = text_candidates(f, config)
    ok = similarity(f.sig, ca, cb) >= config.text_min_similarity
    ta, tb = ca[ok], cb[ok]
    assert 0 < len(ta) < len(ca)
    keys = link_keys(ads, extractions, hashes, config)
    rows = {key: row for row, key in enumerate(f.keys)}
    strong = similarity(f.sig, ta, tb) >= config.text_strong_similarity
    hubs = _certain_hubs(n, keys, rows, ta[strong], tb[strong], config)

    labels = _groups(n, keys, rows, ta, tb, hubs)
    if market_name == "text_market":  # the hubs chain unrelated operators together
        assert hubs
        assert np.bincount(labels).max() < np.bincount(_groups(n, keys, rows, ta, tb, {})).max()
    assert len(np.unique(labels)) > 10
    if buckets:
        labels = labels % buckets

    by_key = {a.key: i for i, a in enumerate(ads)}
    partners: list[list[int]] = [[] for _ in range(n)]
    for a, b in zip(ta.tolist(), tb.tolist(), strict=True):
        partners[a].append(b)
    frame = pd.DataFrame({
        "id": np.arange(n, dtype=np.int64),  # the executors know ads by any unique number
        "record": [record_to_json(ads[by_key[key]]) for key in f.keys],
        "extraction": [orjson.dumps(extractions[by_key[key]]).decode() for key in f.keys],
        "image_hashes": [list(hashes.get(key, ())) for key in f.keys],
        "partners": [p or None for p in partners],
    })  # fmt: skip
    parts = [frame[labels == label] for label in np.unique(labels)]
    spans: dict[int, int] = {}
    for part in parts:
        got = hub_spans(part, config, hubs)
        for k, span in zip(got["k"].tolist(), got["span"].tolist(), strict=True):
            spans[k] = spans.get(k, 0) + span
    assert set(spans) == set(hubs)
    decided = {k: (count, spans[k]) for k, count in hubs.items()}
    piecewise = [
        cluster_from_dict(orjson.loads(c))
        for part in parts
        for c in link_component(part, config, decided)["cluster"]
    ]
    full = link_ads(ads, extractions, hashes, config)
    assert any(c.cut_links for c in full) and any(len(c.ad_keys) > 1 for c in full)
    assert sorted(piecewise, key=lambda c: c.ad_keys[0]) == full
