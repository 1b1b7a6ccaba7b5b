"""Locality-sensitive hashing of MinHash signatures: candidate pairs by array operations.

Each signature is cut in ``bands`` bands; ads whose band values agree land in one bucket. A
small bucket yields all its pairs; a large one (a stock phrase shared by thousands of ads)
yields a star around its first ad, so the number of candidates stays linear in the ads.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from balise.link.components import unique_ints
from balise.link.shingles import _mix64

I64 = npt.NDArray[np.int64]


def threshold(bands: int, rows: int) -> float:
    """Similarity at which a pair becomes a candidate with probability about one half."""
    return float((1.0 / bands) ** (1.0 / rows))


def band_keys(sig: npt.NDArray[np.uint32], bands: int) -> npt.NDArray[np.uint64]:
    """``(n, bands)`` 64-bit key of each band of each signature (the band index is mixed in)."""
    n, k = sig.shape
    rows = k // bands
    parts = sig.reshape(n, bands, rows).astype(np.uint64)
    acc = np.broadcast_to(np.arange(bands, dtype=np.uint64) + np.uint64(1), (n, bands)).copy()
    for j in range(rows):
        acc = _mix64(acc * np.uint64(0x9E3779B97F4A7C15) + parts[:, :, j])
    return acc


def candidate_pairs(
    keys: npt.NDArray[np.uint64], eligible: npt.NDArray[np.bool_], all_pairs_max: int
) -> tuple[I64, I64]:
    """Unique pairs ``a < b`` of eligible ads sharing a band key."""
    n, bands = keys.shape
    ads = np.flatnonzero(eligible).astype(np.int64)
    if len(ads) < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    flat_keys = keys[ads].ravel()
    flat_ads = np.repeat(ads, bands)
    order = np.lexsort((flat_ads, flat_keys))
    k_sorted = flat_keys[order]
    a_sorted = flat_ads[order]
    starts = np.flatnonzero(np.r_[True, k_sorted[1:] != k_sorted[:-1]])
    sizes = np.diff(np.r_[starts, len(k_sorted)])
    src: list[I64] = []
    dst: list[I64] = []
    for size in range(2, all_pairs_max + 1):
        st = starts[sizes == size]
        if len(st) == 0:
            continue
        members = a_sorted[st[:, None] + np.arange(size)]
        i, j = np.triu_indices(size, 1)
        src.append(members[:, i].ravel())
        dst.append(members[:, j].ravel())
    big = sizes > all_pairs_max
    if big.any():
        group = np.repeat(np.arange(len(starts)), sizes)
        in_big = big[group]
        first = a_sorted[starts][group]
        sel = in_big & (first != a_sorted)
        src.append(first[sel])
        dst.append(a_sorted[sel])
    if not src:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    s = np.concatenate(src)
    d = np.concatenate(dst)
    lo = np.minimum(s, d)
    hi = np.maximum(s, d)
    code = unique_ints(lo * np.int64(n) + hi)
    return code // n, code % n
