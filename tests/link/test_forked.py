"""Features computed in forked processes are the features computed in one."""

from __future__ import annotations

import os
import random

import pytest

from balise.link import features as features_module
from balise.link.config import LinkConfig
from balise.link.features import build_features
from balise.link.forked import forked_ranges, split_ranges
from balise.link.incremental import build_state

from .market import ad, assert_same_features, operator_lines


@pytest.mark.parametrize(
    ("n", "parts", "expected"),
    [
        (0, 1, [(0, 0)]),
        (5, 1, [(0, 5)]),
        (5, 2, [(0, 2), (2, 5)]),
        (7, 3, [(0, 2), (2, 4), (4, 7)]),
        (2, 3, [(0, 0), (0, 1), (1, 2)]),
    ],
)
def test_split_ranges_cover_every_row_once_in_order(
    n: int, parts: int, expected: list[tuple[int, int]]
) -> None:
    assert split_ranges(n, parts) == expected


@pytest.mark.parametrize(("n", "parts"), [(-1, 2), (3, 0)])
def test_split_ranges_refuses_impossible_arguments(n: int, parts: int) -> None:
    with pytest.raises(ValueError, match="split_ranges"):
        split_ranges(n, parts)


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_forked_ranges_returns_each_range_in_order(workers: int) -> None:
    data = list(range(100))
    parts = forked_ranges(lambda start, stop: (os.getpid(), sum(data[start:stop])), 100, workers)
    assert [total for _, total in parts] == [sum(data[a:b]) for a, b in split_ranges(100, workers)]
    # the first range is this process's, the others were computed by children
    assert parts[0][0] == os.getpid()
    assert len({pid for pid, _ in parts}) == workers


def test_a_failing_child_has_its_range_computed_here() -> None:
    parent = os.getpid()

    def compute(start: int, stop: int) -> list[int]:
        if os.getpid() != parent:
            os._exit(3)  # a child killed before it answers
        return list(range(start, stop))

    assert forked_ranges(compute, 10, 2) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]


def _rows(seed: int, operators: int) -> list:
    rng = random.Random(seed)
    rows = []
    for line in operator_lines(rng, operators):
        rows.append(
            ad(len(rows), line.text, phone=line.phone, name=line.name, age=line.age, day=line.j)
        )
    rng.shuffle(rows)  # input order is not key order: the ranges are cut in key order
    return rows


@pytest.mark.parametrize("workers", [2, 3])
def test_features_and_clusters_do_not_depend_on_the_number_of_processes(
    workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(features_module, "PARALLEL_MIN_ADS", 10)
    monkeypatch.setattr(features_module, "_CHUNK", 7)  # several text batches per range
    rows = _rows(11, 40)
    ads, exs = [r[0] for r in rows], [r[1] for r in rows]
    images = {ads[0].key: ("00ff00ff00ff00ff",), ads[5].key: ("00ff00ff00ff00fe", "abcd")}
    config = LinkConfig()
    one = build_features(ads, exs, images, config)
    assert len({x for names in one.names for x in names}) == 2  # the introductions were read
    assert_same_features(build_features(ads, exs, images, config, workers=workers), one)
    assert (
        build_state(ads, exs, images, workers=workers).clusters
        == build_state(ads, exs, images).clusters
    )


def test_gc_frozen_unfreezes_only_what_it_froze() -> None:
    import gc

    from balise.link.forked import gc_frozen

    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]
    with gc_frozen():
        assert gc.get_freeze_count() > 0
        with gc_frozen():  # an inner block (the link step inside ``analyze``)
            pass
        assert gc.get_freeze_count() > 0  # still out of the collector's sight
        forked_ranges(lambda a, b: b - a, 10, 2)  # so are they after a fork
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    assert len(kept) == 10


def test_a_kept_dict_stays_tracked_so_a_freeze_keeps_it_out_of_collections() -> None:
    """A plain dict of strings and tuples of strings is untracked by a full collection and
    tracked again (young) by the next insertion of a fresh tuple; a ``KeptDict`` stays
    tracked, so ``gc.freeze`` keeps it frozen (session 10: the ingest's key dicts)."""
    import gc

    from balise.link.forked import KeptDict

    plain: dict[tuple[str, str], str] = {}
    kept: dict[tuple[str, str], str] = KeptDict()
    for i in range(100):
        key = ("site", f"ad{i}")
        plain[key] = kept[key] = f"hash{i}"
    gc.collect()  # untracks the tuples, then the plain dict (nothing in it is tracked)
    assert not gc.is_tracked(plain)
    assert gc.is_tracked(kept)
    fresh = ("site", f"ad{len(plain)}")  # a tuple made at run time: tracked
    assert gc.is_tracked(fresh)
    plain[fresh] = kept[fresh] = "hash"
    assert gc.is_tracked(plain)  # back in the youngest generation, walked again
    gc.freeze()
    try:
        young = [o for g in range(3) for o in gc.get_objects(generation=g)]
        assert all(kept is not o for o in young)  # frozen: in no generation a collection walks
    finally:
        gc.unfreeze()
    assert kept == plain and type(kept) is KeptDict
