"""``generate_market``: a synthetic escort/massage ad market with its ground truth."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PIL import Image

from balise.simulate.images import draw_base, write_exact, write_variant
from balise.simulate.operators import KINDS, SOURCES, Builder, Operator
from balise.simulate.phones import PhoneAllocator
from balise.simulate.render import MONTREAL, RenderedAd, render_event
from balise.simulate.sources import SITES, posted_at, site_instant, url_for
from balise.simulate.truth import operator_rows, person_rows, write_jsonl, write_summary


@dataclass(frozen=True)
class MarketSummary:
    """Counts of a generated market (also written to ``truth/summary.json``)."""

    ads: int
    operators: int
    persons: int
    images: int
    out_dir: Path
    kinds: tuple[tuple[str, int], ...] = ()
    minors: int = 0
    trafficked_persons: int = 0
    obfuscated_ads: int = 0


def _kind_plan(rng: random.Random, operators: int) -> list[str]:
    counts = {k: int(round(operators * share)) for k, share in KINDS}
    if operators >= len(KINDS):
        for k in counts:
            counts[k] = max(1, counts[k])
    diff = operators - sum(counts.values())
    counts["independent"] += diff
    plan = [k for k, _ in KINDS for _ in range(max(0, counts[k]))][:operators]
    rng.shuffle(plan)
    return plan


def generate_market(
    seed: int,
    operators: int,
    weeks: int,
    out_dir: Path,
    *,
    images: bool = False,
    start: date = date(2026, 9, 7),
    progress: Callable[[int, int], None] | None = None,
) -> MarketSummary:
    """Generate ``operators`` operators posting for ``weeks`` weeks from ``start`` into ``out_dir``.

    Writes ``ads.jsonl`` (interchange format, sorted by ``posted_at``), ``images/`` (with
    ``images=True``) and ``truth/{ads,operators,persons}.jsonl`` and ``truth/summary.json``.
    The same arguments give byte-identical files. ``progress(done, total)`` is called as
    operators are generated.
    """
    if operators < 1:
        raise ValueError(f"operators must be at least 1, got {operators}")
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = _kind_plan(random.Random(f"{seed}:kinds"), operators)
    builder = Builder(
        rng=random.Random(f"{seed}:builder"),
        days=weeks * 7.0,
        phones=PhoneAllocator(
            random.Random(f"{seed}:phones"), used={s.hub for s in SITES.values() if s.hub}
        ),
    )
    end = datetime(start.year, start.month, start.day, tzinfo=MONTREAL) + timedelta(weeks=weeks)
    ops: list[Operator] = []
    ads: list[RenderedAd] = []
    written_images = 0
    for i, kind in enumerate(plan, start=1):
        op = builder.build(i, kind, seed)
        ops.append(op)
        rng = random.Random(f"{seed}:ads:{i}")
        op_ads: list[RenderedAd] = []
        for ev in op.events:
            ad = render_event(rng, op, ev, start, with_images=images)
            op_ads.append(ad)
            if rng.random() < op.habits.p_repost:
                again = _repost(rng, ad)
                if again.instant < end:
                    op_ads.append(again)
        ads.extend(op_ads)
        if images:
            written_images += _write_images(out_dir, op_ads)
        if progress is not None:
            progress(i, len(plan))
    if images:
        written_images += _write_stock(out_dir, ads)
    ads.sort(key=lambda a: (a.instant, a.source, a.record["title"], a.record["body"]))
    rows, truth_rows = _assign_ids(random.Random(f"{seed}:ids"), ads)
    write_jsonl(out_dir / "ads.jsonl", rows)
    write_jsonl(out_dir / "truth" / "ads.jsonl", truth_rows)
    write_jsonl(out_dir / "truth" / "operators.jsonl", operator_rows(ops))
    n_persons = write_jsonl(out_dir / "truth" / "persons.jsonl", person_rows(ops))
    kinds = Counter(op.kind for op in ops)
    summary = MarketSummary(
        ads=len(ads),
        operators=len(ops),
        persons=n_persons,
        images=written_images,
        out_dir=out_dir,
        kinds=tuple(sorted(kinds.items())),
        minors=sum(p.minor for op in ops for p in op.persons),
        trafficked_persons=sum(p.trafficked for op in ops for p in op.persons),
        obfuscated_ads=sum(bool(t["obfuscated_phone"]) for t in truth_rows),
    )
    languages = Counter(str(t["language"]) for t in truth_rows)
    write_summary(
        out_dir / "truth" / "summary.json",
        {
            "seed": seed,
            "operators": summary.operators,
            "weeks": weeks,
            "start": start.isoformat(),
            "ads": summary.ads,
            "persons": summary.persons,
            "images": summary.images,
            "kinds": dict(summary.kinds),
            "exploitative_operators": sum(op.traffics for op in ops),
            "operators_with_minor": sum(op.has_minor for op in ops),
            "minors": summary.minors,
            "trafficked_persons": summary.trafficked_persons,
            "obfuscated_ads": summary.obfuscated_ads,
            "ads_by_source": dict(sorted(Counter(a.source for a in ads).items())),
            "ads_by_language": dict(sorted(languages.items())),
            "ads_by_kind": dict(
                sorted(
                    Counter(
                        ops[int(str(t["operator_id"])[3:]) - 1].kind for t in truth_rows
                    ).items()
                )
            ),
        },
    )
    return summary


def _repost(rng: random.Random, ad: RenderedAd) -> RenderedAd:
    """The same content under a new ad id, some hours or days later."""
    when = site_instant(
        SITES[ad.source], ad.instant + timedelta(seconds=rng.randint(8 * 3600, 96 * 3600))
    )
    record = dict(ad.record)
    record["posted_at"] = posted_at(SITES[ad.source], when.astimezone(MONTREAL))
    return RenderedAd(when, ad.source, record, ad.city_slug, ad.truth, ad.images)


def _assign_ids(
    rng: random.Random, ads: list[RenderedAd]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Site ids grow with time, per site, from a random base with random gaps."""
    next_id = {s: rng.randint(1_000_000, 8_000_000) for s in SOURCES}
    rows: list[dict[str, object]] = []
    truth: list[dict[str, object]] = []
    for ad in ads:
        next_id[ad.source] += rng.randint(1, 37)
        ad_id = str(next_id[ad.source])
        row: dict[str, object] = {"ad_id": ad_id, **ad.record}
        row["url"] = url_for(SITES[ad.source], ad_id, ad.city_slug)
        rows.append(row)
        truth.append({"source": ad.source, "ad_id": ad_id, **ad.truth})
    return rows, truth


def _write_images(out_dir: Path, ads: list[RenderedAd]) -> int:
    cache: dict[int, Image.Image] = {}
    written = 0
    seen: set[str] = set()
    for ad in ads:
        for spec in ad.images:
            if spec.exact or spec.path in seen:
                continue
            seen.add(spec.path)
            base = cache.get(spec.base_seed)
            if base is None:
                base = cache[spec.base_seed] = draw_base(spec.base_seed)
            write_variant(base, random.Random(spec.variant_seed), out_dir / spec.path)
            written += 1
    return written


def _write_stock(out_dir: Path, ads: list[RenderedAd]) -> int:
    exact = {spec.path: spec for ad in ads for spec in ad.images if spec.exact}
    for path, spec in sorted(exact.items()):
        write_exact(draw_base(spec.base_seed), out_dir / path)
    return len(exact)
