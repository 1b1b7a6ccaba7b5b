"""A tiny hand-written synthetic market for the linker tests (no real data)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from balise.link.features import AdFeatures
from balise.schema import AdExtraction, AdRecord, Mention, Span

T0 = datetime(2024, 3, 1, tzinfo=UTC)
WORDS = [
    "soft",
    "warm",
    "kind",
    "gentle",
    "classy",
    "elegant",
    "sporty",
    "petite",
    "curvy",
    "blonde",
    "brunette",
    "friendly",
    "relaxing",
    "sensual",
    "playful",
    "discreet",
    "clean",
    "private",
    "upscale",
    "cozy",
    "bright",
    "downtown",
    "quiet",
    "evening",
    "weekend",
    "morning",
    "visit",
    "tea",
    "music",
    "conversation",
    "smile",
    "laugh",
    "adventure",
    "travel",
    "reading",
    "dancing",
    "yoga",
    "beach",
    "garden",
    "coffee",
    "wine",
    "art",
    "cinema",
    "spa",
]


def ad(
    i: int,
    body: str,
    *,
    phone: str | None = None,
    name: str | None = None,
    age: int | None = None,
    day: int = 0,
) -> tuple[AdRecord, AdExtraction]:
    """An ad and its extraction, with mention spans for the slot values found in ``body``."""
    mentions = []
    for kind, val in (("phone", phone), ("name", name), ("age", None if age is None else str(age))):
        if val is not None and val in body:
            s = body.index(val)
            mentions.append(Mention(kind, val, Span("body", s, s + len(val), val), "test", 1.0))
    record = AdRecord("test", f"ad{i:05d}", T0 + timedelta(days=day), body=body)
    ex = AdExtraction(
        "test",
        f"ad{i:05d}",
        phones=(phone,) if phone else (),
        names=(name,) if name else (),
        ages=(age,) if age else (),
        mentions=tuple(mentions),
    )
    return record, ex


def own_text(rng: random.Random, n: int = 30) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def reword(rng: random.Random, text: str, share: float) -> str:
    """Replace about ``1 - share`` of the words of ``text``."""
    return " ".join(w if rng.random() < share else rng.choice(WORDS) for w in text.split())


def flip(hexhash: str, bits: list[int]) -> str:
    v = int(hexhash, 16)
    for b in bits:
        v ^= 1 << b
    return f"{v:016x}"


@dataclass(frozen=True)
class Line:
    """One ad of ``operator_lines``: its operator, its number among the operator's three, and
    the text, phone, name and age it was written with."""

    op: int
    j: int
    text: str
    phone: str
    name: str | None
    age: int


def operator_lines(rng: random.Random, operators: int) -> Iterator[Line]:
    """Three ads per operator, one phone each (two numbers per operator, alternating); every
    fourth operator rewords one shared text, the others their own; two of three give a name
    and an age in the text. For the feature tests, which compare two ways of computing them."""
    shared = own_text(rng, 30)
    for op in range(operators):
        text = own_text(rng)
        for j in range(3):
            phone = f"+1438{op:03d}{j % 2:04d}"
            body = reword(rng, shared, 0.97) if op % 4 == 0 else reword(rng, text, 0.9)
            name = ("Mia", "Lily", None)[op % 3]
            if name:
                body = f"Elle s'appelle {name}, {20 + op % 9} ans. {body}"
            yield Line(op, j, f"{body} {phone}", phone, name, 20 + op % 9)


def assert_same_features(a: AdFeatures, b: AdFeatures) -> None:
    """Every column of two feature sets equal (arrays: dtype, shape and values)."""
    for name in AdFeatures.__slots__:
        x, y = getattr(a, name), getattr(b, name)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype and x.shape == y.shape and np.array_equal(x, y), name
        else:
            assert x == y, name
