"""A tiny hand-written synthetic market for the linker tests (no real data)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

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
