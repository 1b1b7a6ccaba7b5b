"""MinHash signatures for many ads at once, by one-permutation hashing with densification.

One hash per shingle (instead of one per shingle and permutation) puts each shingle in one of
``num_perm`` bins and keeps the minimum per bin; empty bins borrow the next non-empty bin
(rotation densification), so two signatures agree on a bin with probability close to the
Jaccard similarity of the shingle sets. The cost is linear in the number of shingles.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from balise.link.shingles import _mix64

EMPTY = np.uint32(0xFFFFFFFF)
U32 = npt.NDArray[np.uint32]


def signatures(
    owner: npt.NDArray[np.int64], shingles: npt.NDArray[np.uint64], n: int, num_perm: int
) -> U32:
    """``(n, num_perm)`` signature matrix; rows of ads without shingles are all ``EMPTY``."""
    bits = int(num_perm).bit_length() - 1
    h = _mix64(shingles)
    bins = (h >> np.uint64(64 - bits)).astype(np.int64)
    values = (h & np.uint64(0xFFFFFFFE)).astype(np.uint32)  # never equal to EMPTY
    flat = np.full(n * num_perm, EMPTY, dtype=np.uint32)
    np.minimum.at(flat, owner * num_perm + bins, values)
    return _densify(flat.reshape(n, num_perm))


_DENSIFY_ROWS = 4_096  # rows densified at once: bounds the temporaries (~40 bytes per bin)


def _densify(sig: U32) -> U32:
    empty = sig == EMPTY
    rows = np.flatnonzero(empty.any(axis=1) & ~empty.all(axis=1))
    for s in range(0, len(rows), _DENSIFY_ROWS):
        _densify_rows(sig, rows[s : s + _DENSIFY_ROWS])
    return sig


def _densify_rows(sig: U32, rows: npt.NDArray[np.intp]) -> None:
    """Fill the empty bins of ``sig[rows]`` in place (rows with some but not all bins empty)."""
    k = sig.shape[1]
    part = sig[rows]
    doubled = np.concatenate([part, part], axis=1)
    filled = doubled != EMPTY
    idx = np.where(filled, np.arange(2 * k), 2 * k)
    nxt = np.minimum.accumulate(idx[:, ::-1], axis=1)[:, ::-1][:, :k]
    borrowed = np.take_along_axis(doubled, nxt, axis=1).astype(np.uint64)
    dist = (nxt - np.arange(k)).astype(np.uint64)
    # the distance is mixed in so that two rows borrowing from different bins rarely agree
    mixed = _mix64(borrowed * np.uint64(0x9E3779B97F4A7C15) + dist) & np.uint64(0xFFFFFFFE)
    part = np.where(part == EMPTY, mixed.astype(np.uint32), part)
    sig[rows] = part


def similarity(
    sig: U32, a: npt.NDArray[np.int64], b: npt.NDArray[np.int64], chunk: int = 500_000
) -> npt.NDArray[np.float64]:
    """Estimated Jaccard similarity of the pairs ``(a[i], b[i])``."""
    out = np.empty(len(a), dtype=np.float64)
    for s in range(0, len(a), chunk):
        out[s : s + chunk] = (sig[a[s : s + chunk]] == sig[b[s : s + chunk]]).mean(axis=1)
    return out
