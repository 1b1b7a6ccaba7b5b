"""What the linker keeps of each ad: identifiers, photo hashes, a text signature, names, ages.

Column arrays (not objects per ad), so that a million ads fit in memory and the state of the
incremental linker can be written to Parquet as is. Ads are sorted by key, which makes every
later step independent of input order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from balise.link.config import LinkConfig
from balise.link.forked import KeptDict, forked_ranges
from balise.link.identifiers import contact_identifiers
from balise.link.introductions import STOP_WORDS, aged_names, introduced_names
from balise.link.minhash import signatures
from balise.link.shingles import masked_text, shingle_hashes
from balise.schema import AdExtraction, AdKey, AdRecord

I64 = npt.NDArray[np.int64]

_CHUNK = 10_000  # ads per text batch: bounds the memory of the shingle arrays (~0.1 GB)
PARALLEL_MIN_ADS = 4_000
"""Below this many ads, ``build_features`` runs in one process (a fork costs more)."""


@dataclass(frozen=True, slots=True)
class AdFeatures:
    """Per-ad linking features, ads sorted by key (row ``i`` is ``keys[i]``)."""

    keys: tuple[AdKey, ...]
    ident_ad: I64  # row of the ad carrying each identifier
    ident_kind: npt.NDArray[np.int8]  # code into identifiers.KINDS (never "image" here)
    ident_value: tuple[str, ...]
    photo_ad: I64
    photo_hash: npt.NDArray[np.uint64]
    sig: npt.NDArray[np.uint32]  # (n, num_perm) MinHash signatures
    n_shingles: I64
    names: tuple[tuple[str, ...], ...]
    ages: tuple[tuple[int, ...], ...]
    # per ad: its price table (``rate_card``), "" when none; empty for a state saved without it
    rates: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.keys)

    def take(self, rows: I64) -> AdFeatures:
        """The features of the given rows (sorted), renumbered from 0."""
        rows = np.sort(rows)
        remap = np.full(len(self.keys), -1, dtype=np.int64)
        remap[rows] = np.arange(len(rows))
        im = remap[self.ident_ad] >= 0
        pm = remap[self.photo_ad] >= 0
        values = self.ident_value
        return AdFeatures(
            keys=tuple(self.keys[i] for i in rows),
            ident_ad=remap[self.ident_ad[im]],
            ident_kind=self.ident_kind[im],
            ident_value=tuple(values[i] for i in np.flatnonzero(im)),
            photo_ad=remap[self.photo_ad[pm]],
            photo_hash=self.photo_hash[pm],
            sig=self.sig[rows],
            n_shingles=self.n_shingles[rows],
            names=tuple(self.names[i] for i in rows),
            ages=tuple(self.ages[i] for i in rows),
            rates=tuple(self.rates[i] for i in rows) if self.rates else (),
        )


def concat_features(parts: Sequence[AdFeatures]) -> AdFeatures:
    """Features of several disjoint sets of ads, re-sorted by key."""
    keys = [k for p in parts for k in p.keys]
    order = np.array(sorted(range(len(keys)), key=keys.__getitem__), dtype=np.int64)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order] = np.arange(len(keys))
    offsets = np.cumsum([0] + [len(p) for p in parts])
    num_perm = next((p.sig.shape[1] for p in parts if p.sig.ndim == 2), 0)
    names = [x for p in parts for x in p.names]
    ages = [x for p in parts for x in p.ages]
    # rate cards only when every part has them (a part from an older state has none)
    with_rates = all(p.rates for p in parts if len(p))
    rates = [x for p in parts for x in p.rates] if with_rates else []
    return AdFeatures(
        keys=tuple(keys[i] for i in order),
        ident_ad=np.concatenate(
            [rank[p.ident_ad + o] for p, o in zip(parts, offsets, strict=False)]
            or [np.zeros(0, np.int64)]
        ),
        ident_kind=np.concatenate([p.ident_kind for p in parts] or [np.zeros(0, np.int8)]),
        ident_value=tuple(v for p in parts for v in p.ident_value),
        photo_ad=np.concatenate(
            [rank[p.photo_ad + o] for p, o in zip(parts, offsets, strict=False)]
            or [np.zeros(0, np.int64)]
        ),
        photo_hash=np.concatenate([p.photo_hash for p in parts] or [np.zeros(0, np.uint64)]),
        sig=np.concatenate([p.sig for p in parts])[order]
        if parts
        else np.zeros((0, num_perm), np.uint32),
        n_shingles=np.concatenate([p.n_shingles for p in parts])[order],
        names=tuple(names[i] for i in order),
        ages=tuple(ages[i] for i in order),
        rates=tuple(rates[i] for i in order) if with_rates else (),
    )


def rate_card(extraction: AdExtraction | None, min_items: int) -> str:
    """The ad's price table as a canonical string (``"30=140,60=250"``), or "" when it has
    fewer than ``min_items`` distinct (duration, amount) entries: one price alone ("160/h") is
    the market's going rate, not an operator's table."""
    if extraction is None or not extraction.prices:
        return ""
    items = sorted({(p.minutes or 0, p.amount, p.currency) for p in extraction.prices})
    if len(items) < min_items:
        return ""
    return ",".join(f"{m}={a}{'' if c == 'CAD' else c}" for m, a, c in items)


def _title_only_names(ex: AdExtraction) -> set[str]:
    """Lower-cased names that only the title rule gave (no introduction in the text)."""
    by_rule: dict[bool, set[str]] = {True: set(), False: set()}
    for m in ex.mentions:
        if m.kind == "name":
            by_rule[m.rule == "name.title"].add(str(m.value).strip().lower())
    return by_rule[True] - by_rule[False]


def person_names(ad: AdRecord, ex: AdExtraction | None) -> tuple[str, ...]:
    """Lower-cased first names of the persons an ad advertises: the extracted ones (a worker
    introducing herself) then those introduced in the third person or listed in a roster."""
    # an extracted "name" that is a common word ("Agence - escortes Laval", "Discrétion
    # assurée") names nobody: as a shared first name it would group and bridge unrelated ads
    own = [n for n in (x.strip().lower() for x in ex.names) if n not in STOP_WORDS] if ex else []
    places = [m.span.text for m in ex.mentions if m.kind == "place"] if ex else []
    introduced = introduced_names(ad.title, ad.body, places)
    # A capitalised word opening the title ("Soirée — Juliette, 27 ans") is the weakest name
    # rule: when the text introduces someone, she comes before it (the first name is the one
    # the person grouping keys on).
    weak = _title_only_names(ex) if introduced and ex is not None else set()
    found = tuple(
        dict.fromkeys(
            [*(n for n in own if n not in weak), *introduced, *(n for n in own if n in weak)]
        )
    )
    if found or ex is None or not ex.ages:
        return found
    # nothing introduced her: a name set against her stated age ("Laurence, 21 y/o")
    for field in ("title", "body"):
        starts = [
            (m.span.start, m.span.text)
            for m in ex.mentions
            if m.kind == "age" and m.span.field == field
        ]
        if starts:
            found = aged_names(ad.field_text(field), starts, places)
            if found:
                return found[:1]
    return ()


@dataclass(frozen=True, slots=True)
class AdRows:
    """The linking features of a list of ads, in that list's order, photos apart.

    What ``build_features`` computes per ad, made where the ads are (an extraction worker
    during ingest: ``ad_rows``) and put together later (``build_features(..., known=...)``).
    The features of an ad depend only on its title, body and extraction, which are the same
    for every ad of one content hash (reposts share their extraction), so they are found
    again by content hash (``FeatureBank``).
    """

    ident_ptr: I64  # ad i carries identifiers ident_ptr[i]:ident_ptr[i + 1]
    ident_kind: npt.NDArray[np.int8]
    ident_value: list[str]
    sig: npt.NDArray[np.uint32]
    n_shingles: I64
    names: list[tuple[str, ...]]
    ages: list[tuple[int, ...]]
    rates: list[str]

    def __len__(self) -> int:
        return len(self.names)


def ad_rows(
    ads: Sequence[AdRecord], exs: Sequence[AdExtraction | None], config: LinkConfig
) -> AdRows:
    """The features of ``ads`` (``exs[i]`` is the extraction of ``ads[i]``, or None), photos
    apart (``build_features`` adds them)."""
    ident_ptr = [0]
    ident_kind: list[int] = []
    ident_value: list[str] = []
    names: list[tuple[str, ...]] = []
    ages: list[tuple[int, ...]] = []
    rates: list[str] = []
    min_items = config.rates_min_items
    for ad, ex in zip(ads, exs, strict=True):
        for code, value in contact_identifiers(ex):
            ident_kind.append(code)
            ident_value.append(value)
        ident_ptr.append(len(ident_kind))
        names.append(person_names(ad, ex))
        ages.append(tuple(sorted(set(ex.ages))) if ex else ())
        rates.append(rate_card(ex, min_items))
    n = len(ads)
    sig = np.empty((n, config.num_perm), dtype=np.uint32)
    n_sh = np.zeros(n, dtype=np.int64)
    for lo in range(0, n, _CHUNK):
        hi = min(n, lo + _CHUNK)
        texts = [masked_text(ads[i], exs[i]) for i in range(lo, hi)]
        owner, sh = shingle_hashes(texts, config.shingle_words)
        n_sh[lo:hi] = np.bincount(owner, minlength=hi - lo)
        sig[lo:hi] = signatures(owner, sh, hi - lo, config.num_perm)
    return AdRows(
        ident_ptr=np.array(ident_ptr, dtype=np.int64),
        ident_kind=np.array(ident_kind, dtype=np.int8),
        ident_value=ident_value,
        sig=sig,
        n_shingles=n_sh,
        names=names,
        ages=ages,
        rates=rates,
    )


class FeatureBank:
    """Features computed ahead of the link step (by the extraction workers), by content hash.

    ``add`` takes the ``AdRows`` of some ads with their content hashes; ``build_features``
    takes an ad's features from here when its content hash is known and computes the others.
    Only features made with the link step's ``config`` are used. Not thread-safe; one per run.
    """

    def __init__(self, config: LinkConfig) -> None:
        self.config = config
        self.parts: list[AdRows] = []
        # content hash -> (part, row); grows for the whole ingest (``KeptDict``: never walked
        # again by the garbage collector once frozen)
        self.where: dict[str, tuple[int, int]] = KeptDict()

    def add(self, rows: AdRows, content_hashes: Sequence[str]) -> None:
        """Keep ``rows``; row ``i`` holds the features of content ``content_hashes[i]``."""
        if len(rows) != len(content_hashes):
            raise ValueError(f"FeatureBank.add: {len(rows)} rows for {len(content_hashes)} hashes")
        part = len(self.parts)
        self.parts.append(rows)
        where = self.where
        for i, digest in enumerate(content_hashes):
            if digest:
                where[digest] = (part, i)

    def __len__(self) -> int:
        return len(self.where)


def build_features(
    ads: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    image_hashes: Mapping[AdKey, tuple[str, ...]] | None,
    config: LinkConfig,
    *,
    workers: int = 1,
    known: FeatureBank | None = None,
) -> AdFeatures:
    """Compute the linking features of ``ads`` (an ad without extraction links only by text).

    ``known``: features computed earlier, by content hash; an ad whose content is there (and
    that has an extraction) takes them instead of computing them again. With ``workers`` > 1
    and at least ``PARALLEL_MIN_ADS`` ads left to compute, forked processes compute ranges of
    them beside this one (``forked.forked_ranges``). The features are the same either way.
    """
    by_key = {e.key: e for e in extractions}
    ordered = sorted(ads, key=lambda a: a.key)
    keys = tuple(a.key for a in ordered)
    if len(set(keys)) != len(keys):
        raise ValueError("link: duplicate ad keys in input")
    exs = [by_key.get(k) for k in keys]
    parts: list[AdRows] = []
    source: list[tuple[int, int]] = []  # per row: (part, row in it)
    missing: list[int] = []
    if known is not None and known.config == config and known.where:
        parts.extend(known.parts)
        where = known.where
        for i, ad in enumerate(ordered):
            found = where.get(ad.content_hash) if exs[i] is not None else None
            if found is None:
                missing.append(i)
                found = (-1, 0)
            source.append(found)
    else:
        missing = list(range(len(ordered)))
        source = [(-1, 0)] * len(ordered)
    if missing:
        split = workers if len(missing) >= PARALLEL_MIN_ADS else 1

        def compute(start: int, stop: int) -> AdRows:
            rows = missing[start:stop]
            return ad_rows([ordered[i] for i in rows], [exs[i] for i in rows], config)

        cursor = 0  # the ranges come back in order: a part holds the next rows of ``missing``
        for part in forked_ranges(compute, len(missing), split):
            number = len(parts)
            parts.append(part)
            for j in range(len(part)):
                source[missing[cursor + j]] = (number, j)
            cursor += len(part)
        # Arrow's allocator keeps freed blocks for reuse; give them back once the text is hashed
        pa.default_memory_pool().release_unused()
    return _gather(keys, ordered, parts, source, image_hashes or {}, config)


def _gather(
    keys: tuple[AdKey, ...],
    ordered: Sequence[AdRecord],
    parts: Sequence[AdRows],
    source: Sequence[tuple[int, int]],
    hashes: Mapping[AdKey, tuple[str, ...]],
    config: LinkConfig,
) -> AdFeatures:
    """The features of ``ordered`` (sorted by key), row ``i`` taken from row ``source[i][1]``
    of ``parts[source[i][0]]``, photos from ``hashes``; identifiers and photos listed row by
    row, as one pass over the ads would list them."""
    offsets = np.cumsum([0] + [len(p) for p in parts]).tolist()
    flat = np.array([offsets[p] + r for p, r in source], dtype=np.int64)
    ident_ad: list[int] = []
    ident_kind: list[int] = []
    ident_value: list[str] = []
    ptrs = [p.ident_ptr.tolist() for p in parts]
    kinds = [p.ident_kind.tolist() for p in parts]
    for row, (p, r) in enumerate(source):
        ptr = ptrs[p]
        lo, hi = ptr[r], ptr[r + 1]
        if lo != hi:
            ident_ad.extend([row] * (hi - lo))
            ident_kind.extend(kinds[p][lo:hi])
            ident_value.extend(parts[p].ident_value[lo:hi])
    photo_ad: list[int] = []
    photo_hash: list[int] = []
    if hashes:
        for row, ad in enumerate(ordered):
            for h in dict.fromkeys(hashes.get(ad.key, ())):
                photo_ad.append(row)
                photo_hash.append(int(h, 16))
    names = [x for p in parts for x in p.names]
    ages = [x for p in parts for x in p.ages]
    rates = [x for p in parts for x in p.rates]
    rows = flat.tolist()
    return AdFeatures(
        keys=keys,
        ident_ad=np.array(ident_ad, dtype=np.int64),
        ident_kind=np.array(ident_kind, dtype=np.int8),
        ident_value=tuple(ident_value),
        photo_ad=np.array(photo_ad, dtype=np.int64),
        photo_hash=np.array(photo_hash, dtype=np.uint64),
        sig=np.concatenate([p.sig for p in parts])[flat]
        if parts
        else np.zeros((0, config.num_perm), dtype=np.uint32),
        n_shingles=np.concatenate([p.n_shingles for p in parts])[flat]
        if parts
        else np.zeros(0, dtype=np.int64),
        names=tuple([names[i] for i in rows]),
        ages=tuple([ages[i] for i in rows]),
        rates=tuple([rates[i] for i in rows]),
    )
