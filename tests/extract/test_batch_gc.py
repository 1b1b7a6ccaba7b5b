"""``extract_batch`` pauses the cyclic garbage collector: that is only free because extraction
makes no reference cycles, which these tests hold."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from balise.extract import extract_batch
from balise.ingest.reader import read_ads_file
from balise.schema import AdRecord

_HANDCHECKED = Path(__file__).parent / "data" / "handchecked.jsonl"


def _ads() -> list[AdRecord]:
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from bench_extract import synthetic_ads

    ads: list[AdRecord] = synthetic_ads(60)
    return ads + [ad for ad in read_ads_file(_HANDCHECKED) if isinstance(ad, AdRecord)]


def test_extraction_makes_no_reference_cycles() -> None:
    ads = _ads()
    extract_batch(ads[:5])  # caches and compiled patterns first
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        results = [extract_batch([ad]) for ad in ads]
        del results
        assert gc.collect() == 0, "extraction left cyclic garbage: extract_batch must not pause gc"
    finally:
        if was:
            gc.enable()


def test_the_collector_is_restored_as_it_was() -> None:
    ads = _ads()[:3]
    assert gc.isenabled()
    extract_batch(ads)
    assert gc.isenabled()
    gc.disable()
    try:
        extract_batch(ads)
        assert not gc.isenabled()
    finally:
        gc.enable()
