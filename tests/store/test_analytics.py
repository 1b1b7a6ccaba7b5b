"""The analytical store keeps every committed batch, checkpointed or not: DuckDB checkpoints
rarely (``CHECKPOINT_THRESHOLD``), so a process that dies mid-ingest leaves its batches in the
write-ahead log, and the next open must find them."""

from __future__ import annotations

import multiprocessing
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from balise.schema import AdExtraction, AdRecord
from balise.store.analytics import AnalyticsStore, StoredAd


def _ads(start: int, n: int) -> list[StoredAd]:
    out = []
    for i in range(start, start + n):
        record = AdRecord(
            "test", f"ad{i:05d}", datetime(2024, 3, 1, tzinfo=UTC), body=f"Annonce numéro {i}",
            content_hash=f"h{i}",
        )  # fmt: skip
        out.append(StoredAd(record, AdExtraction("test", f"ad{i:05d}"), ()))
    return out


def _store_and_die(store_dir: Path, batches: int, checkpoint: bool) -> None:
    """In a forked child: store ``batches`` batches of 50 ads, then die without closing."""
    store = AnalyticsStore.open(store_dir)
    for b in range(batches):
        store.add_ads(_ads(50 * b, 50), replace=False)
    if checkpoint:
        store.checkpoint()
    os._exit(0)  # no close: whatever is not checkpointed is only in the log


@pytest.mark.parametrize("checkpoint", [False, True])
def test_batches_committed_before_a_crash_are_found_on_the_next_open(
    tmp_path: Path, checkpoint: bool
) -> None:
    child = multiprocessing.get_context("fork").Process(
        target=_store_and_die, args=(tmp_path, 3, checkpoint)
    )
    child.start()
    child.join()
    assert child.exitcode == 0
    with AnalyticsStore.open(tmp_path) as store:
        assert store.count_ads() == 150
        assert store.next_seq() == 150
        keys = {item.record.key for item in store.iter_ads()}
    assert keys == {("test", f"ad{i:05d}") for i in range(150)}
    with AnalyticsStore.open(tmp_path) as store:  # and once more, after that open's replay
        store.add_ads(_ads(150, 10), replace=False)
        assert store.count_ads() == 160


def _store_checkpoint_in_background_and_die(store_dir: Path) -> None:
    """In a forked child: store 3 batches, checkpoint them in the background, wait, die."""
    store = AnalyticsStore.open(store_dir)
    for b in range(3):
        store.add_ads(_ads(50 * b, 50), replace=False)
    wal = store.path.with_name(store.path.name + ".wal")
    before = wal.stat().st_size if wal.exists() else 0
    store.checkpoint_in_background()()
    after = wal.stat().st_size if wal.exists() else 0
    os._exit(0 if before > 0 and after == 0 else 3)  # 3: the log was not written out


def test_a_background_checkpoint_writes_the_log_out_and_keeps_every_batch(
    tmp_path: Path,
) -> None:
    child = multiprocessing.get_context("fork").Process(
        target=_store_checkpoint_in_background_and_die, args=(tmp_path,)
    )
    child.start()
    child.join()
    assert child.exitcode == 0
    with AnalyticsStore.open(tmp_path) as store:
        assert store.count_ads() == 150
        assert {item.record.key for item in store.iter_ads()} == {
            ("test", f"ad{i:05d}") for i in range(150)
        }


def test_a_background_checkpoint_hands_its_failure_to_the_caller(tmp_path: Path) -> None:
    store = AnalyticsStore.open(tmp_path)
    store.add_ads(_ads(0, 10), replace=False)
    store.close()  # a closed connection cannot checkpoint
    with pytest.raises(Exception, match="(?i)closed"):
        store.checkpoint_in_background()()
