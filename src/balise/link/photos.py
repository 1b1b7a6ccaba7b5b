"""Perceptual hashes of ad photos and near-duplicate search by multi-index hashing.

A 64-bit DCT hash (``imagehash.phash``) changes by a few bits when a photo is resized,
recompressed, slightly cropped or made brighter. Two hashes within ``max_distance`` bits must
agree within ``max_distance // bands`` bits on at least one of ``bands`` equal slices of the
hash (pigeonhole), so probing each slice with every value that close finds all near pairs
without comparing all pairs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import combinations
from pathlib import Path

import numpy as np
import numpy.typing as npt

from balise.schema import AdKey, AdRecord

log = logging.getLogger(__name__)

I64 = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]


def _hash_file(path: str) -> str | None:
    import imagehash
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            return str(imagehash.phash(img))
    except (OSError, UnidentifiedImageError, ValueError):
        return None


def _is_url(path: str) -> bool:
    return "://" in path[:12]


def hash_images(ads: Sequence[AdRecord], *, workers: int = 1) -> dict[AdKey, tuple[str, ...]]:
    """Perceptual hash (16 hex digits) of each readable image of each ad.

    Missing or unreadable files are skipped and counted in a warning; URLs are not fetched.
    Ads without a readable image are absent from the result.
    """
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    paths = sorted({p for ad in ads for p in ad.images if not _is_url(p)})
    existing = [p for p in paths if Path(p).is_file()]
    if workers == 1 or len(existing) < 64:
        hashes = [_hash_file(p) for p in existing]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            hashes = list(pool.map(_hash_file, existing, chunksize=64))
    by_path = {p: h for p, h in zip(existing, hashes, strict=True) if h is not None}
    skipped = len(paths) - len(by_path)
    if skipped:
        log.warning("hash_images: %d of %d image files missing or unreadable, skipped",
                    skipped, len(paths))
    out: dict[AdKey, tuple[str, ...]] = {}
    for ad in ads:
        found = tuple(dict.fromkeys(by_path[p] for p in ad.images if p in by_path))
        if found:
            out[ad.key] = found
    return out


def hex_to_int(values: Iterable[str]) -> U64:
    return np.array([int(v, 16) for v in values], dtype=np.uint64)


def _masks(width: int, radius: int) -> U64:
    out = [0]
    for r in range(1, radius + 1):
        for bits in combinations(range(width), r):
            out.append(sum(1 << b for b in bits))
    return np.array(out, dtype=np.uint64)


def near_pairs(hashes: U64, max_distance: int, bands: int) -> tuple[I64, I64]:
    """Pairs ``i < j`` of (distinct) hashes within ``max_distance`` bits."""
    n = len(hashes)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    width = 64 // bands
    radius = max_distance // bands
    masks = _masks(width, radius)
    low = np.uint64((1 << width) - 1)
    src: list[I64] = []
    dst: list[I64] = []
    idx = np.arange(n, dtype=np.int64)
    for band in range(bands):
        values = (hashes >> np.uint64(band * width)) & low
        order = np.argsort(values, kind="stable")
        # dense bucket table: a band has at most 2**16 values, so lookups are array indexing
        bucket_start = np.searchsorted(values[order], np.arange((1 << width) + 1, dtype=np.uint64))
        probes = ((values[:, None] ^ masks[None, :]).ravel()).astype(np.int64)
        owner = np.repeat(idx, len(masks))
        lo = bucket_start[probes]
        hi = bucket_start[probes + 1]
        counts = hi - lo
        if counts.sum() == 0:
            continue
        rep_owner = np.repeat(owner, counts)
        starts = np.repeat(lo - np.cumsum(np.r_[0, counts[:-1]]), counts)
        partner = order[starts + np.arange(counts.sum())]
        keep = rep_owner < partner
        src.append(rep_owner[keep])
        dst.append(partner[keep])
    if not src:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    s = np.concatenate(src)
    d = np.concatenate(dst)
    code = np.unique(s * np.int64(n) + d)
    s, d = code // n, code % n
    close = np.bitwise_count(hashes[s] ^ hashes[d]) <= max_distance
    return s[close], d[close]
