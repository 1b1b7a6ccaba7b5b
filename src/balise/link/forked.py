"""Split a per-row computation over this process and forked ones (fork start method only).

The linker's per-ad work (names, masked text, shingles, signatures) is plain Python over
objects the process already holds: a forked child reads them without any hand-over, and only
its (compact) result comes back through a pipe. This process computes the first range itself
instead of waiting, so ``workers`` processes run in all.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.context
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TypeVar

T = TypeVar("T")


def split_ranges(n: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` contiguous ``(start, stop)`` ranges covering ``range(n)``, sizes within one."""
    if n < 0 or parts < 1:
        raise ValueError(f"split_ranges: need n >= 0 and parts >= 1, got n={n}, parts={parts}")
    bounds = [n * i // parts for i in range(parts + 1)]
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def forked_ranges(compute: Callable[[int, int], T], n: int, workers: int) -> list[T]:
    """``[compute(start, stop) for each range]`` over ``split_ranges(n, workers)``, in range order.

    The first range runs here, the others in forked children at the same time. A child that
    fails (killed, out of memory, an exception) has its range computed here afterwards, so the
    result never depends on whether the fork worked.
    """
    ranges = split_ranges(n, max(1, workers))
    if len(ranges) == 1:
        return [compute(*ranges[0])]
    context = multiprocessing.get_context("fork")
    # Objects that exist at the fork are left out of garbage collections while the children
    # live: a full collection writes to every object's header and so would copy every page.
    with gc_frozen():
        return _run(compute, ranges, context)


def _run(
    compute: Callable[[int, int], T],
    ranges: list[tuple[int, int]],
    context: multiprocessing.context.ForkContext,
) -> list[T]:
    children: list[tuple[multiprocessing.context.ForkProcess, Connection]] = []
    try:
        for start, stop in ranges[1:]:
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_serve, args=(compute, start, stop, send), daemon=True)
            child.start()
            send.close()
            children.append((child, receive))
        results: list[T] = [compute(*ranges[0])]
        for (start, stop), (done, pipe) in zip(ranges[1:], children, strict=True):
            try:
                ok, value = pipe.recv()
            except (EOFError, OSError):
                ok, value = False, None
            pipe.close()
            done.join()
            results.append(value if ok else compute(start, stop))
    finally:
        for process, pipe in children:
            if process.is_alive():
                process.kill()
                process.join()
            pipe.close()
    return results


@contextmanager
def gc_frozen() -> Iterator[None]:
    """Leave the objects that exist now out of garbage collections inside the block.

    A full collection walks every tracked object: with a corpus in memory, each one costs
    seconds, and in a forked process it writes to (so copies) every page. ``gc.freeze`` takes
    the existing objects out of its sight; newer ones are collected as usual. The block
    unfreezes them at its end unless they were frozen when it began (an enclosing block, or a
    caller that froze them on purpose, unfreezes them).
    """
    frozen_before = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not frozen_before:
            gc.unfreeze()


class KeptDict(dict):  # type: ignore[type-arg]
    """A ``dict`` the garbage collector never untracks: for big dicts that grow for a whole
    step while ``gc.freeze`` keeps the step's objects out of the collections.

    A plain dict whose keys and values are all untracked (strings, numbers, tuples of them)
    is untracked by each full collection that finds it in a young generation, and tracked
    again, into the youngest generation, by the next insertion of a key or value the collector
    still tracks (a fresh tuple: ``record.key``). So it is never frozen for long: every young
    collection until the next ``gc.freeze`` walks all its entries again, and full collections
    come about once per 5,000 ads in the ingest. At 1M ads, the ingest's two key -> content
    hash dicts were walked that way several times per batch: the parent's garbage collections
    grew from ~15 % to ~45 % of its ingest (``docs/performance.md``, session 10). The collector
    untracks only exact dicts (``PyDict_CheckExact``), so an instance of this subclass stays
    tracked, is frozen by the next ``gc.freeze``, and is never walked again.
    """

    __slots__ = ()


def _serve(compute: Callable[[int, int], T], start: int, stop: int, send: Connection) -> None:
    """In a forked child: compute one range and send it back (or a failure flag)."""
    try:
        value = compute(start, stop)
    except BaseException:  # the parent computes the range itself
        send.send((False, None))
        raise
    send.send((True, value))
    send.close()
