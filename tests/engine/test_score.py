"""The scoring step: this process and forked workers share the clusters, and the results are the
same whoever scores which slice, in one process or several."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from balise.engine import embedded
from balise.engine.embedded import Corpus, score_clusters
from balise.extract import extract_batch
from balise.ingest import read_ads_file
from balise.link import LinkConfig, hash_images, link_ads
from balise.progress import Reporter
from balise.schema import AdRecord, Cluster
from balise.score import ScoreModel


@pytest.fixture(scope="module")
def scored_market(small_market: Path) -> tuple[Corpus, list[Cluster]]:
    ads = [x for x in read_ads_file(small_market / "ads.jsonl") if isinstance(x, AdRecord)]
    extractions = extract_batch(ads)
    hashes = hash_images(ads)
    return Corpus(ads, extractions, hashes), link_ads(ads, extractions, hashes, LinkConfig())


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pools and slices on a few dozen clusters, so that every process gets several slices."""
    monkeypatch.setattr(embedded, "POOL_MIN_CLUSTERS", 10)
    monkeypatch.setattr(embedded, "SLICE_MIN_CLUSTERS", 3)


@pytest.mark.parametrize("workers", [2, 3])
def test_several_processes_give_the_one_process_results(
    scored_market: tuple[Corpus, list[Cluster]], small_slices: None, workers: int
) -> None:
    corpus, clusters = scored_market
    model = ScoreModel.default()
    alone = score_clusters(corpus, clusters, model, Reporter(quiet=True), workers=1)
    shared = score_clusters(corpus, clusters, model, Reporter(quiet=True), workers=workers)
    assert len(clusters) >= 30 and any(lead.flag for lead in alone[0])
    assert shared[0] == alone[0]
    assert list(shared[1].items()) == list(alone[1].items())  # the same hits, in the same order
    assert gc.get_freeze_count() == 0  # the objects frozen for the fork are collectable again


def test_every_slice_is_scored_once_by_whoever_is_free(
    scored_market: tuple[Corpus, list[Cluster]],
    small_slices: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The forked worker takes slices while this process scores its own (made slow here)."""
    corpus, clusters = scored_market
    log = tmp_path / "slices"
    parent = os.getpid()
    score = embedded._ScoringJob.score

    def logged(job: embedded._ScoringJob, i: int) -> list[object]:
        if os.getpid() == parent:
            import time

            time.sleep(0.05)
        with log.open("a") as out:  # one short line per write: appends do not interleave
            out.write(f"{i} {os.getpid()}\n")
        return score(job, i)  # type: ignore[return-value]

    monkeypatch.setattr(embedded._ScoringJob, "score", logged)
    leads, _ = score_clusters(corpus, clusters, ScoreModel.default(), Reporter(quiet=True),
                              workers=2)  # fmt: skip
    taken = [line.split() for line in log.read_text().splitlines()]
    slices = sorted(int(i) for i, _ in taken)
    assert slices == list(range(len(slices))) and len(slices) > 4
    assert {int(pid) for _, pid in taken} - {parent}  # a worker scored some
    assert str(parent) in {pid for _, pid in taken}  # and so did this process
    assert len(leads) == len(clusters)


def test_a_failure_in_any_process_stops_the_step(
    scored_market: tuple[Corpus, list[Cluster]],
    small_slices: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus, clusters = scored_market
    doomed = clusters[-1].cluster_id  # scored last, by whichever process takes it
    score_cluster = embedded.score_cluster

    def failing(corpus: Corpus, index: object, cluster: Cluster, model: ScoreModel) -> object:
        if cluster.cluster_id == doomed:
            raise RuntimeError(f"cannot score {doomed}")
        return score_cluster(corpus, index, cluster, model)  # type: ignore[arg-type]

    monkeypatch.setattr(embedded, "score_cluster", failing)
    with pytest.raises(RuntimeError, match="cannot score"):
        score_clusters(corpus, clusters, ScoreModel.default(), Reporter(quiet=True), workers=2)
    assert gc.get_freeze_count() == 0
