from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from balise.link import hash_images, link_ads
from balise.link.incremental import build_state, load_state, save_state, update_state
from balise.link.photos import near_pairs
from balise.schema import AdRecord

from .market import T0, ad, own_text, reword


def _market(seed: int, n_ops: int) -> list:
    rng = random.Random(seed)
    rows = []
    tpl = own_text(rng, 30)
    for op in range(n_ops):
        text = own_text(rng)
        for j in range(4):
            phone = f"+1514{op:03d}{j % 2:04d}"
            body = reword(rng, tpl, 0.97) if op % 5 == 0 else reword(rng, text, 0.95)
            rows.append(ad(len(rows), f"{body} {phone}", phone=phone, day=j))
    return rows


def test_incremental_update_equals_full_run(tmp_path: Path) -> None:
    rows = _market(7, 30)
    day1 = [r for r in rows if r[0].posted_at.day < 3]
    day2 = [r for r in rows if r[0].posted_at.day >= 3]
    state = build_state([r[0] for r in day1], [r[1] for r in day1])
    save_state(state, tmp_path)
    state = load_state(tmp_path)
    state, changed = update_state(state, [r[0] for r in day2], [r[1] for r in day2])
    full = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert list(state.clusters) == full
    assert 0 < len(changed) < len(full) or len(full) == len(changed)


def _photo(seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    small = Image.fromarray((rng.random((8, 8, 3)) * 255).astype("uint8"))
    return small.resize((400, 600), Image.BICUBIC)


def test_hash_images_matches_resized_and_brighter_copies_and_skips_bad_files(
    tmp_path: Path,
) -> None:
    paths = []
    for i, img in enumerate(
        [
            _photo(1),
            _photo(1).resize((200, 300)),
            ImageEnhance.Brightness(_photo(1)).enhance(1.15),
            _photo(2),
        ]
    ):
        p = tmp_path / f"{i}.jpg"
        img.save(p, quality=60)
        paths.append(str(p))
    (tmp_path / "bad.jpg").write_bytes(b"not an image")
    rng = random.Random(1)
    ads = [
        AdRecord(
            "t",
            str(i),
            T0,
            body=own_text(rng),
            images=(p, str(tmp_path / "bad.jpg"), "https://example.org/x.jpg"),
        )
        for i, p in enumerate(paths)
    ]
    hashes = hash_images(ads)
    assert all(len(v) == 1 for v in hashes.values()) and len(hashes) == 4
    clusters = link_ads(ads, [], hashes)
    assert sorted(len(c.ad_keys) for c in clusters) == [1, 3]


@pytest.mark.parametrize("bands", [3, 4, 8])
def test_photo_search_finds_exactly_the_pairs_within_the_distance(bands: int) -> None:
    rng = np.random.default_rng(bands)
    base = rng.integers(0, 2**63, size=300, dtype=np.int64).astype(np.uint64)
    flips = [
        np.uint64(sum(1 << int(b) for b in rng.choice(64, k, replace=False)))
        for k in rng.integers(0, 11, size=300)
    ]
    hashes = np.unique(np.r_[base, base ^ np.array(flips, dtype=np.uint64)])
    s, d = near_pairs(hashes, 8, bands)
    dist = np.bitwise_count(hashes[:, None] ^ hashes[None, :])
    want = {(int(i), int(j)) for i, j in zip(*np.nonzero(dist <= 8), strict=True) if i < j}
    assert set(zip(s.tolist(), d.tolist(), strict=True)) == want
    assert len(want) > 100
