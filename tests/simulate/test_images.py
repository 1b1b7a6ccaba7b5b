"""Pictures: variants of one base picture stay close in perceptual hash, others are far."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path
from statistics import median

import imagehash
import orjson
from PIL import Image

from balise.simulate import MarketSummary
from balise.simulate.images import draw_base, write_variant


def _phash(path: Path) -> imagehash.ImageHash:
    with Image.open(path) as img:
        return imagehash.phash(img)


def test_variants_are_near_and_different_pictures_far(tmp_path: Path) -> None:
    hashes: dict[int, list[imagehash.ImageHash]] = {}
    for seed in range(12):
        base = draw_base(1000 + seed)
        variants = []
        for k in range(4):
            path = tmp_path / f"{seed}-{k}{'.png' if k == 3 else '.jpg'}"
            write_variant(base, random.Random(seed * 10 + k), path)
            variants.append(_phash(path))
        hashes[seed] = variants
    near = [a - b for v in hashes.values() for a in v for b in v if a is not b]
    far = [hashes[i][0] - hashes[j][0] for i in hashes for j in hashes if i < j]
    assert max(near) <= 12
    assert median(near) <= 6
    assert median(far) >= 24 and min(far) > max(near)


def test_market_images_exist_and_persons_reuse_their_pictures(
    market_with_images: MarketSummary,
) -> None:
    out = market_with_images.out_dir
    ads = [orjson.loads(line) for line in (out / "ads.jsonl").read_bytes().splitlines()]
    truth = [orjson.loads(line) for line in (out / "truth/ads.jsonl").read_bytes().splitlines()]
    paths = {p for ad in ads for p in ad.get("images", [])}
    assert paths and market_with_images.images == len(paths)
    for p in paths:
        assert not Path(p).is_absolute()
        with Image.open(out / p) as img:
            assert 100 <= img.size[0] <= 192 and img.format in ("JPEG", "PNG")
    # ads of one person carry near pictures; ads of different operators mostly do not
    by_person: dict[str, list[imagehash.ImageHash]] = defaultdict(list)
    by_operator: dict[str, list[imagehash.ImageHash]] = defaultdict(list)
    for ad, t in zip(ads, truth, strict=True):
        if len(t["person_ids"]) == 1 and ad.get("images"):
            h = _phash(out / ad["images"][0])
            by_person[t["person_ids"][0]].append(h)
            by_operator[t["operator_id"]].append(h)
    persons_with_match = [
        any(a - b <= 12 for b in hs[1:])
        for hs in by_person.values()
        if len(hs) >= 2
        for a in hs[:1]
    ]
    assert persons_with_match and sum(persons_with_match) / len(persons_with_match) > 0.5
    firsts = [hs[0] for hs in by_operator.values()]
    cross = [a - b for i, a in enumerate(firsts) for b in firsts[i + 1 :]]
    assert sum(d <= 12 for d in cross) / len(cross) < 0.05
