"""The outputs written by a forked process while the engine saves are the files that writing
them in-process gives; a child that fails is made up for, and a cancelled writer leaves the
output directory as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from balise.engine import embedded, outputs
from balise.engine.embedded import Corpus
from balise.engine.outputs import OUTPUT_FILES, OutputWriter, write_outputs
from balise.extract import extract_batch
from balise.ingest import read_ads_file
from balise.link import LinkConfig, hash_images, link_ads
from balise.progress import Reporter
from balise.schema import AdRecord, Cluster, Lead
from balise.score import ScoreModel

Analysed = tuple[Corpus, list[Cluster], list[Lead]]


@pytest.fixture(scope="module")
def analysed(small_market: Path) -> Analysed:
    ads = [x for x in read_ads_file(small_market / "ads.jsonl") if isinstance(x, AdRecord)]
    extractions = extract_batch(ads)
    corpus = Corpus(ads, extractions, hash_images(ads))
    clusters = link_ads(ads, extractions, corpus.image_hashes, LinkConfig())
    leads, _ = embedded.score_clusters(corpus, clusters, ScoreModel.default(), Reporter(quiet=True))
    return corpus, clusters, leads


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer forks for the small market too."""
    monkeypatch.setattr(outputs, "FORKED_WRITE_MIN_ADS", 1)


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def _writer(out: Path, a: Analysed, *, fork: bool = True) -> OutputWriter:
    corpus, clusters, leads = a
    return OutputWriter(out, corpus.records, corpus.extractions, clusters, leads, fork=fork)


def _in_process(out: Path, a: Analysed) -> dict[str, bytes]:
    corpus, clusters, leads = a
    write_outputs(out, corpus.records, corpus.extractions, clusters, leads)
    return _files(out)


@pytest.mark.usefixtures("forking")
@pytest.mark.parametrize("fork", [True, False])
def test_the_writer_gives_the_files_written_in_process(
    analysed: Analysed, tmp_path: Path, fork: bool
) -> None:
    expected = _in_process(tmp_path / "here", analysed)
    assert sorted(expected) == sorted(OUTPUT_FILES)
    writer = _writer(tmp_path / "forked", analysed, fork=fork)
    assert writer.forked is fork
    writer.finish()
    assert _files(tmp_path / "forked") == expected


@pytest.mark.usefixtures("forking")
def test_a_failed_child_is_made_up_for_here(
    analysed: Analysed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _in_process(tmp_path / "here", analysed)
    parent = os.getpid()
    original = outputs._write_all_aside

    def fails_in_the_child(*args: object, **kwargs: object) -> None:
        if os.getpid() != parent:
            raise OSError("disk full (in the child)")
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(outputs, "_write_all_aside", fails_in_the_child)
    writer = _writer(tmp_path / "out", analysed)
    writer.finish()
    assert _files(tmp_path / "out") == expected


@pytest.mark.usefixtures("forking")
def test_a_cancelled_writer_leaves_the_directory_as_it_was(
    analysed: Analysed, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "ads.jsonl").write_bytes(b'{"earlier": "run"}\n')
    before = _files(out)
    writer = _writer(out, analysed)
    writer.cancel()
    assert _files(out) == before
