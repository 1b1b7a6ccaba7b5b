"""End to end on the embedded engine: outputs follow the spec; the store is incremental,
idempotent and survives an interruption."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from balise.engine.embedded import analyze
from balise.progress import Reporter
from balise.settings import Settings


def _rows(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def _run(ads: list[Path], out: Path, store: Path) -> None:
    analyze(ads, out_dir=out, settings=Settings(store_dir=store, workers=1),
            reporter=Reporter(quiet=True), publish=False)  # fmt: skip


def _partition(out: Path) -> set[frozenset[tuple[str, str]]]:
    return {
        frozenset((s, a) for s, a in c["ad_ids"])  # type: ignore[union-attr, misc]
        for c in _rows(out / "clusters.jsonl")
    }


@pytest.fixture(scope="module")
def analysed(small_market: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("analysed")
    _run([small_market / "ads.jsonl"], base / "out", base / "store")
    return base / "out", base / "store"


def test_outputs_follow_the_interchange_spec(
    small_market: Path, analysed: tuple[Path, Path]
) -> None:
    out, _ = analysed
    inputs = _rows(small_market / "ads.jsonl")
    ads = _rows(out / "ads.jsonl")
    clusters = _rows(out / "clusters.jsonl")
    leads = _rows(out / "leads.jsonl")
    assert {(a["source"], a["ad_id"]) for a in ads} == {(a["source"], a["ad_id"]) for a in inputs}
    for ad in ads:
        assert set(ad) >= {"ad_id", "source", "phones", "emails", "ages", "city", "language",
                           "cluster_id"}  # fmt: skip
        assert ad["language"] in ("fr", "en", "mixed")
        assert all(str(p).startswith("+") for p in ad["phones"])  # type: ignore[union-attr]
    members = [tuple(k) for c in clusters for k in c["ad_ids"]]  # type: ignore[union-attr]
    assert len(members) == len(set(members)) == len(ads)  # each ad in exactly one cluster
    cluster_of = {tuple(k): c["cluster_id"] for c in clusters for k in c["ad_ids"]}  # type: ignore[union-attr]
    assert all(cluster_of[(a["source"], a["ad_id"])] == a["cluster_id"] for a in ads)
    assert {x["cluster_id"] for x in leads} == {c["cluster_id"] for c in clusters}
    scores = [x["score"] for x in leads]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)  # type: ignore[operator]
    flagged = [x for x in leads if x["flag"]]
    assert flagged, "a market with third parties should give some flagged leads"
    for lead in flagged:
        evidence = [e for ind in lead["indicators"] for e in ind["evidence"]]  # type: ignore[union-attr]
        assert len(evidence) >= 3
        assert set(lead["categories"]) <= {"trafficking", "minor", "exploitative-venue"}  # type: ignore[arg-type]
    report = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in report and "Principales pistes" in report
    assert "http://" not in report and "https://" not in report  # self-contained


def test_repeating_the_same_file_changes_nothing(small_market: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    _run([small_market / "ads.jsonl"], tmp_path / "out1", store)
    first = {
        n: (tmp_path / "out1" / n).read_bytes()
        for n in ("ads.jsonl", "clusters.jsonl", "leads.jsonl")
    }
    result = analyze([small_market / "ads.jsonl"], out_dir=tmp_path / "out2",
                     settings=Settings(store_dir=store, workers=1), reporter=Reporter(quiet=True),
                     publish=False)  # fmt: skip
    assert result.figures.ads_new == 0
    assert result.figures.ads_duplicate == result.figures.lines_read
    for name, data in first.items():
        assert (tmp_path / "out2" / name).read_bytes() == data


def test_incremental_days_give_the_same_clusters_as_one_run(
    small_market: Path, analysed: tuple[Path, Path], tmp_path: Path
) -> None:
    lines = (small_market / "ads.jsonl").read_bytes().splitlines(keepends=True)
    cut = len(lines) * 2 // 3
    (small_market / "part1.jsonl").write_bytes(b"".join(lines[:cut]))
    (small_market / "part2.jsonl").write_bytes(b"".join(lines[cut:]))
    store = tmp_path / "store"
    _run([small_market / "part1.jsonl"], tmp_path / "a", store)
    _run([small_market / "part2.jsonl"], tmp_path / "b", store)
    assert _partition(tmp_path / "b") == _partition(analysed[0])
    # the second run updated the first run's link state instead of starting afresh
    from balise.link.incremental import load_state

    state = load_state(store / "link-state")
    assert len(state.features.keys) == len(lines)
    assert (tmp_path / "b" / "leads.jsonl").read_bytes() == (
        analysed[0] / "leads.jsonl"
    ).read_bytes()


def test_kill_mid_ingest_leaves_a_consistent_store(text_market: Path, tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "out"
    env = {**os.environ, "BALISE_INGEST_BATCH": "100", "BALISE_WORKERS": "1"}
    cmd = [sys.executable, "-m", "balise.cli", "analyze", str(text_market / "ads.jsonl"),
           "--out", str(out), "--store", str(store)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline:
        line = proc.stderr.readline().decode()
        if line.startswith("ingest:") and "ads stored" in line:
            stored = int(line.split()[1])
            if stored >= 300:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert stored >= 300, "the run should have committed some batches before the kill"
    total = len([x for x in (text_market / "ads.jsonl").read_bytes().splitlines() if x.strip()])
    assert stored < total, "the kill should come before the end of ingest"
    result = analyze([text_market / "ads.jsonl"], out_dir=out,
                     settings=Settings(store_dir=store, workers=1), reporter=Reporter(quiet=True),
                     publish=False)  # fmt: skip
    assert result.figures.ads_total == total
    assert result.figures.ads_duplicate >= 300  # the committed batches were kept
    ads = _rows(out / "ads.jsonl")
    assert len(ads) == len({(a["source"], a["ad_id"]) for a in ads}) == total


def test_an_edited_ad_relinks_afresh_and_matches_a_fresh_store(
    small_market: Path, tmp_path: Path
) -> None:
    lines = (small_market / "ads.jsonl").read_bytes().splitlines(keepends=True)
    first = orjson.loads(lines[0])
    first["body"] = (first.get("body") or "") + " Nouveau numéro: 514 555 0199."
    edited = [orjson.dumps(first) + b"\n", *lines[1:]]
    (small_market / "edited.jsonl").write_bytes(b"".join(edited))
    store = tmp_path / "store"
    _run([small_market / "ads.jsonl"], tmp_path / "a", store)
    _run([small_market / "edited.jsonl"], tmp_path / "b", store)
    _run([small_market / "edited.jsonl"], tmp_path / "c", tmp_path / "fresh")
    assert _partition(tmp_path / "b") == _partition(tmp_path / "c")
    assert (tmp_path / "b" / "leads.jsonl").read_bytes() == (
        tmp_path / "c" / "leads.jsonl"
    ).read_bytes()


def test_batches_extracted_in_a_pool_while_reading_give_the_same_outputs(
    text_market: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many small batches, extracted by worker processes while the next one is read, with
    reposts and edits that cross batches, give what one batch in one process gives."""
    lines = (text_market / "ads.jsonl").read_bytes().splitlines(keepends=True)[:1200]
    tail = []
    for i, line in enumerate(lines[:60]):
        ad = orjson.loads(line)
        if i % 2:  # the same ad again, edited: its last version is kept
            ad["body"] = (ad.get("body") or "") + " Nouvelle photo, même numéro."
        else:  # the same text under a new id: a repost, extracted once
            ad["ad_id"] = f"{ad['ad_id']}-repost"
        tail.append(orjson.dumps(ad) + b"\n")
    market = tmp_path / "ads.jsonl"
    market.write_bytes(b"".join(lines + tail))

    def run(name: str, **settings: int) -> Path:
        analyze([market], out_dir=tmp_path / name,
                settings=Settings(store_dir=tmp_path / f"store-{name}", **settings),
                reporter=Reporter(quiet=True), publish=False)  # fmt: skip
        return tmp_path / name

    one = run("one", workers=1, ingest_batch=100_000)
    monkeypatch.setattr("balise.engine.embedded.POOL_MIN_ADS", 50)
    many = run("many", workers=2, ingest_batch=97)
    for name in ("clusters.jsonl", "leads.jsonl"):
        assert (many / name).read_bytes() == (one / name).read_bytes()
    # an edited ad moves to the end of the store when a later batch replaces it
    ads_one, ads_many = _rows(one / "ads.jsonl"), _rows(many / "ads.jsonl")
    assert len(ads_many) == len(lines) + 30
    assert sorted(map(orjson.dumps, ads_many)) == sorted(map(orjson.dumps, ads_one))


def test_a_run_on_a_filled_store_reads_back_only_what_was_there(
    small_market: Path, analysed: tuple[Path, Path], tmp_path: Path
) -> None:
    """The ads a run stores stay in memory; those of earlier runs are read back from the
    store: the corpus the later steps see is the store's, in the store's order."""
    from balise.engine.embedded import load_corpus
    from balise.engine.outputs import ad_row
    from balise.store.analytics import AnalyticsStore

    lines = (small_market / "ads.jsonl").read_bytes().splitlines(keepends=True)
    a, b = small_market / "half-a.jsonl", small_market / "half-b.jsonl"  # photos beside them
    a.write_bytes(b"".join(lines[: len(lines) // 2]))
    b.write_bytes(b"".join(lines[len(lines) // 2 :]))
    store = tmp_path / "store"
    _run([a], tmp_path / "a", store)
    _run([b], tmp_path / "b", store)
    with AnalyticsStore.open(store) as st:
        stored = load_corpus(st, Reporter(quiet=True))
    ads = _rows(tmp_path / "b" / "ads.jsonl")
    cluster_of = {(row["source"], row["ad_id"]): row["cluster_id"] for row in ads}
    expected = [
        orjson.loads(orjson.dumps(ad_row(r, x, str(cluster_of[r.key]))))
        for r, x in zip(stored.records, stored.extractions, strict=True)
    ]
    assert ads == expected
    for name in ("clusters.jsonl", "leads.jsonl"):
        assert (tmp_path / "b" / name).read_bytes() == (analysed[0] / name).read_bytes()


def test_linking_features_come_from_the_pool_and_a_second_run_matches_a_fresh_one(
    text_market: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The extraction pool computes the linking features of what it extracts: the link step
    computes none of them again. A second run into the same store (new ads, and an edited one,
    which relinks everything: the first run's ads have their features recomputed) gives the
    outputs of one run over everything in one process."""
    from balise.link import features

    lines = (text_market / "ads.jsonl").read_bytes().splitlines(keepends=True)[:900]
    first = orjson.loads(lines[0])
    first["body"] = (first.get("body") or "") + " Nouveau numéro: 514 555 0199."
    day1, day2 = tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"
    day1.write_bytes(b"".join(lines[:500]))
    day2.write_bytes(b"".join([*lines[500:], orjson.dumps(first) + b"\n"]))
    parent, computed = os.getpid(), []
    plain = features.ad_rows

    def counted(*args: object, **kwargs: object) -> features.AdRows:
        rows = plain(*args, **kwargs)  # type: ignore[arg-type]
        if os.getpid() == parent:
            computed.append(len(rows))
        return rows

    monkeypatch.setattr(features, "ad_rows", counted)  # what the link step calls
    monkeypatch.setattr("balise.engine.embedded.POOL_MIN_ADS", 50)

    def run(paths: list[Path], name: str, store: str, **settings: int) -> Path:
        analyze(paths, out_dir=tmp_path / name,
                settings=Settings(store_dir=tmp_path / store, **settings),
                reporter=Reporter(quiet=True), publish=False)  # fmt: skip
        return tmp_path / name

    run([day1], "a", "store", workers=2, ingest_batch=97)
    assert computed == []  # every ad's features came from the pool
    b = run([day2], "b", "store", workers=2, ingest_batch=97)
    # the first run's ads, relinked after the edit, and the second run's reposts of their
    # content (not extracted again): every ad whose content the second run did not extract
    from balise.ingest.reader import read_ads_file
    from balise.schema import AdRecord

    def records(path: Path) -> list[AdRecord]:
        return [r for r in read_ads_file(path) if isinstance(r, AdRecord)]

    stored = {r.content_hash for r in records(day1)}
    final = {r.key: r.content_hash for r in records(day1) + records(day2)}
    extracted = {r.content_hash for r in records(day2)} - stored
    assert sum(computed) == sum(h not in extracted for h in final.values()) >= 499
    monkeypatch.setattr("balise.engine.embedded.POOL_MIN_ADS", 2_000)
    one = run([day1, day2], "one", "fresh", workers=1)
    for name in ("ads.jsonl", "clusters.jsonl", "leads.jsonl"):
        assert (b / name).read_bytes() == (one / name).read_bytes(), name
