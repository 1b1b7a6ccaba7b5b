"""Charts of a cluster as inline SVG made on the server (no JavaScript, works offline).

Each chart has a ``<title>`` and an ``aria-label`` so screen readers announce it; colours are
paired with text labels, never the only carrier of meaning.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from markupsafe import Markup, escape

from balise.cases.service import AdView

PALETTE = ("#1f5f99", "#a23b00", "#2e7d32", "#6a1b9a", "#8c6d00", "#00695c", "#c2185b")


def _colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _svg(width: int, height: int, label: str, body: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title>{body}</svg>"
    )


def _places(ads: Sequence[AdView]) -> list[str]:
    seen: list[str] = []
    for ad in ads:
        place = ad.place or "?"
        if place not in seen:
            seen.append(place)
    return seen


def timeline(ads: Sequence[AdView], label: str) -> Markup:
    """Each ad as a dot on a time axis, one row per place."""
    width, left, right, row_h = 720, 110, 20, 28
    places = _places(ads)
    height = 40 + row_h * max(1, len(places))
    if not ads:
        return _svg(width, height, label, "")
    times = [ad.posted_at for ad in ads]
    t0, t1 = min(times), max(times)
    span = max((t1 - t0).total_seconds(), 1.0)

    def x(value: datetime) -> float:
        return left + (width - left - right) * (value - t0).total_seconds() / span

    parts = []
    for i, place in enumerate(places):
        y = 20 + row_h * i + row_h / 2
        parts.append(
            f'<text x="{left - 8}" y="{y + 4:.0f}" text-anchor="end" font-size="12">'
            f"{escape(place)}</text>"
            f'<line x1="{left}" x2="{width - right}" y1="{y:.0f}" y2="{y:.0f}" stroke="#ccc"/>'
        )
    for ad in ads:
        i = places.index(ad.place or "?")
        y = 20 + row_h * i + row_h / 2
        parts.append(
            f'<circle cx="{x(ad.posted_at):.1f}" cy="{y:.0f}" r="5" fill="{_colour(i)}">'
            f"<title>{escape(ad.source)}:{escape(ad.ad_id)} "
            f"{ad.posted_at:%Y-%m-%d %H:%M}</title></circle>"
        )
    base = height - 8
    parts.append(
        f'<text x="{left}" y="{base}" font-size="11">{t0:%Y-%m-%d}</text>'
        f'<text x="{width - right}" y="{base}" font-size="11" text-anchor="end">'
        f"{t1:%Y-%m-%d}</text>"
    )
    return _svg(width, height, label, "".join(parts))


def place_path(ads: Sequence[AdView], label: str) -> Markup:
    """The places in the order the ads moved through them (consecutive repeats collapsed)."""
    steps: list[tuple[str, datetime, int]] = []
    for ad in sorted(ads, key=lambda a: a.posted_at):
        place = ad.place or "?"
        if steps and steps[-1][0] == place:
            steps[-1] = (place, steps[-1][1], steps[-1][2] + 1)
        else:
            steps.append((place, ad.posted_at, 1))
    steps = steps[:12]
    step_w, height = 120, 90
    width = max(240, 40 + step_w * len(steps))
    places = _places(ads)
    parts = [
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>'
    ]
    for i, (place, when, count) in enumerate(steps):
        cx = 60 + step_w * i
        if i:
            parts.append(
                f'<line x1="{cx - step_w + 26}" y1="40" x2="{cx - 28}" y2="40" stroke="#444" '
                'stroke-width="2" marker-end="url(#arrow)"/>'
            )
        parts.append(
            f'<circle cx="{cx}" cy="40" r="22" fill="{_colour(places.index(place))}"/>'
            f'<text x="{cx}" y="44" font-size="12" fill="#fff" text-anchor="middle">{count}</text>'
            f'<text x="{cx}" y="76" font-size="12" text-anchor="middle">{escape(place)}</text>'
            f'<text x="{cx}" y="88" font-size="10" text-anchor="middle">{when:%m-%d}</text>'
        )
    return _svg(width, height + 4, label, "".join(parts))


def network(ads: Sequence[AdView], label: str, max_ads: int = 60) -> Markup:
    """Ads (inner ring) joined to the identifiers they carry (outer ring)."""
    shown = list(ads)[:max_ads]
    identifiers: dict[tuple[str, str], list[int]] = {}
    for i, ad in enumerate(shown):
        for kind in ("phones", "emails", "handles"):
            for value in ad.identifiers.get(kind, []):
                identifiers.setdefault((kind[:-1], str(value)), []).append(i)
        for _index, photo_hash in ad.images:
            if photo_hash:
                identifiers.setdefault(("photo", photo_hash), []).append(i)
    size = 520
    cx = cy = size / 2
    r_ads, r_ids = 120, 215

    def ring(n: int, r: float, k: int) -> tuple[float, float]:
        angle = 2 * math.pi * k / max(n, 1) - math.pi / 2
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    ad_pos = [ring(len(shown), r_ads, k) for k in range(len(shown))]
    kinds = ("phone", "email", "handle", "photo")
    edges, nodes = [], []
    for k, ((kind, value), members) in enumerate(sorted(identifiers.items())):
        x, y = ring(len(identifiers), r_ids, k)
        for m in members:
            ax, ay = ad_pos[m]
            edges.append(
                f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#999"/>'
            )
        colour = _colour(kinds.index(kind) + 1)
        nodes.append(
            f'<rect x="{x - 7:.1f}" y="{y - 7:.1f}" width="14" height="14" fill="{colour}">'
            f"<title>{escape(kind)}: {escape(value)} ({len(members)})</title></rect>"
        )
    for m, (x, y) in enumerate(ad_pos):
        ad = shown[m]
        nodes.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#1f5f99">'
            f"<title>{escape(ad.source)}:{escape(ad.ad_id)}</title></circle>"
        )
    legend = "".join(
        f'<rect x="8" y="{8 + 16 * i}" width="10" height="10" fill="{_colour(i + 1)}"/>'
        f'<text x="24" y="{17 + 16 * i}" font-size="11">{kind}</text>'
        for i, kind in enumerate(kinds)
    )
    legend += (
        f'<circle cx="13" cy="{13 + 16 * len(kinds)}" r="5" fill="#1f5f99"/>'
        f'<text x="24" y="{17 + 16 * len(kinds)}" font-size="11">ad</text>'
    )
    return _svg(size, size, label, "".join(edges) + "".join(nodes) + legend)
