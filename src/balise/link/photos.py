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

from balise.link.components import unique_ints
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
        log.warning(
            "hash_images: %d of %d image files missing or unreadable, skipped", skipped, len(paths)
        )
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


def near_pairs(hashes: U64, max_distance: int, bands: int, chunk: int = 20_000) -> tuple[I64, I64]:
    """Pairs ``i < j`` of (distinct) hashes within ``max_distance`` bits.

    Each band of ``64 / bands`` bits (3 bands of 22/21/21 bits by default) is probed with every
    value within ``max_distance // bands`` bits through a dense table of bucket starts, so the
    cost is the probes (linear in the hashes) plus the true near pairs and few chance
    collisions: with ~21-bit bands a bucket holds ``n / 2**21`` random hashes. Owners are
    processed in chunks, which bounds the memory of the candidate arrays.
    """
    n = len(hashes)
    empty = np.zeros(0, dtype=np.int64)
    if n < 2:
        return empty, empty
    base, extra = divmod(64, bands)
    widths = [base + (1 if b < extra else 0) for b in range(bands)]
    shifts = np.cumsum([0, *widths[:-1]]).tolist()
    radius = max_distance // bands
    src: list[I64] = []
    dst: list[I64] = []
    for width, shift in zip(widths, shifts, strict=True):
        masks = _masks(width, radius)
        low = np.uint64((1 << width) - 1)
        values = ((hashes >> np.uint64(shift)) & low).astype(np.int64)
        order = np.argsort(values, kind="stable")
        bucket_start = np.searchsorted(values[order], np.arange((1 << width) + 1, dtype=np.int64))
        for c0 in range(0, n, chunk):
            idx = np.arange(c0, min(n, c0 + chunk), dtype=np.int64)
            probes = (values[idx, None] ^ masks[None, :].astype(np.int64)).ravel()
            lo = bucket_start[probes]
            counts = bucket_start[probes + 1] - lo
            total = int(counts.sum())
            if total == 0:
                continue
            owner = np.repeat(np.repeat(idx, len(masks)), counts)
            starts = np.repeat(lo - np.cumsum(np.r_[0, counts[:-1]]), counts)
            partner = order[starts + np.arange(total)]
            keep = owner < partner
            owner, partner = owner[keep], partner[keep]
            close = np.bitwise_count(hashes[owner] ^ hashes[partner]) <= max_distance
            src.append(owner[close])
            dst.append(partner[close])
    if not src:
        return empty, empty
    code = unique_ints(np.concatenate(src) * np.int64(n) + np.concatenate(dst))
    return code // n, code % n
