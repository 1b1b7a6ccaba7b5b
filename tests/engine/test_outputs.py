"""The outputs are written aside, then put in place: what is written is what writing them in
one go gives, a discarded write leaves the output directory as it was, and a forked writer
(``ForkedCall``, which the engine runs during the save) gives the same files, a failed child
being made up for here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from balise.engine import embedded
from balise.engine.embedded import Corpus
from balise.engine.outputs import (
    OUTPUT_FILES,
    discard_outputs,
    put_outputs_in_place,
    write_outputs,
    write_outputs_aside,
)
from balise.extract import extract_batch
from balise.ingest import read_ads_file
from balise.link import LinkConfig, hash_images, link_ads
from balise.link.forked import ForkedCall
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


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def _in_process(out: Path, a: Analysed) -> dict[str, bytes]:
    corpus, clusters, leads = a
    write_outputs(out, corpus.records, corpus.extractions, clusters, leads)
    return _files(out)


def _aside(out: Path, a: Analysed) -> None:
    corpus, clusters, leads = a
    write_outputs_aside(out, corpus.records, corpus.extractions, clusters, leads)


@pytest.mark.parametrize("fork", [True, False])
def test_outputs_written_aside_then_put_in_place_are_those_written_in_one_go(
    analysed: Analysed, tmp_path: Path, fork: bool
) -> None:
    expected = _in_process(tmp_path / "here", analysed)
    assert sorted(expected) == sorted(OUTPUT_FILES)
    out = tmp_path / "aside"
    call = ForkedCall(lambda: _aside(out, analysed), fork=fork)
    assert call.forked is fork
    call.finish()
    assert not (out / "ads.jsonl").exists()  # not in place before they are put there
    put_outputs_in_place(out)
    assert _files(out) == expected


def test_a_failed_child_is_made_up_for_here(analysed: Analysed, tmp_path: Path) -> None:
    expected = _in_process(tmp_path / "here", analysed)
    parent, out = os.getpid(), tmp_path / "out"

    def fails_in_the_child() -> None:
        if os.getpid() != parent:
            raise OSError("disk full (in the child)")
        _aside(out, analysed)

    call = ForkedCall(fails_in_the_child)
    assert call.forked
    call.finish()
    put_outputs_in_place(out)
    assert _files(out) == expected


def test_a_discarded_write_leaves_the_directory_as_it_was(
    analysed: Analysed, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "ads.jsonl").write_bytes(b'{"earlier": "run"}\n')
    before = _files(out)
    call = ForkedCall(lambda: _aside(out, analysed))
    call.cancel()
    _aside(out, analysed)  # as a child killed late would have
    discard_outputs(out)
    assert _files(out) == before
