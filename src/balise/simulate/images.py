"""Synthetic ad pictures: procedurally drawn shapes and gradients, never photos of people.

A person has a few *base* pictures (each drawn from a seed). An ad carries
*variants* of them: resized, cropped a few percent, brightness shifted and saved at
another JPEG quality (or as PNG), so a perceptual hash stays close while the bytes
differ. A few *stock* pictures (a site's placeholder, a popular stock image) are
shared by unrelated operators.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance

BASE_SIZE = 192


def draw_base(seed: int) -> Image.Image:
    """A base picture: a smooth colour field with a few large shapes and light noise."""
    rng = random.Random(seed)
    field = Image.new("RGB", (4, 4))
    field.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(16)])
    img = field.resize((BASE_SIZE, BASE_SIZE), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(3, 6)):
        colour = tuple(rng.randrange(256) for _ in range(3))
        x0, y0 = rng.randrange(-40, BASE_SIZE), rng.randrange(-40, BASE_SIZE)
        w, h = rng.randrange(40, 130), rng.randrange(40, 130)
        kind = rng.randrange(3)
        if kind == 0:
            draw.ellipse((x0, y0, x0 + w, y0 + h), fill=colour)
        elif kind == 1:
            draw.rectangle((x0, y0, x0 + w, y0 + h), fill=colour)
        else:
            pts = [(x0 + rng.randrange(w), y0 + rng.randrange(h)) for _ in range(3)]
            draw.polygon(pts, fill=colour)
    # noise from our own seeded stream (PIL's effect_noise is not reproducible)
    # a coarse grain (64 px, upscaled): texture without bloating the JPEG files
    noise = Image.frombytes("L", (64, 64), rng.randbytes(64 * 64)).convert("RGB")
    noise = noise.resize((BASE_SIZE, BASE_SIZE), Image.Resampling.BILINEAR)
    return Image.blend(img, noise, 0.08)


def write_variant(base: Image.Image, rng: random.Random, path: Path) -> None:
    """Save a lightly altered copy of ``base`` at ``path`` (``.jpg`` or ``.png``)."""
    w, h = base.size
    crop = [rng.uniform(0.0, 0.05) for _ in range(4)]
    box = (
        int(w * crop[0]),
        int(h * crop[1]),
        w - int(w * crop[2]),
        h - int(h * crop[3]),
    )
    img = base.crop(box)
    size = rng.randint(128, 192)
    img = img.resize((size, int(size * img.size[1] / img.size[0])), Image.Resampling.BILINEAR)
    img = ImageEnhance.Brightness(img).enhance(rng.uniform(0.88, 1.12))
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".png":
        img.save(path, format="PNG", optimize=False)
    else:
        img.save(path, format="JPEG", quality=rng.randint(55, 92))


def write_exact(base: Image.Image, path: Path) -> None:
    """Save ``base`` unchanged (a site's placeholder served to every ad as the same file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    base.save(path, format="PNG", optimize=False)
