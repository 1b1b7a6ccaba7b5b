"""Adding a day's ads to a linked store: recompute only the neighbourhoods the new ads touch.

Every linking decision depends only on the ads connected to it in the *raw* graph (shared
identifiers, near-duplicate photos, shared LSH buckets, before any guard). So the clusters of a
raw component that no new ad touches cannot change; the new ads are linked together with the
raw components they touch, and the result equals a full re-run. The state is column arrays,
written to Parquet by ``save_state``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from balise.link.components import canonical_labels
from balise.link.config import LinkConfig
from balise.link.features import AdFeatures, FeatureBank, build_features, concat_features
from balise.link.linker import link_features
from balise.link.lsh import band_keys
from balise.link.photos import near_pairs
from balise.schema import AdExtraction, AdKey, AdRecord, Cluster, CutLink, Link, Person

I64 = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class LinkState:
    """Features of every linked ad, its raw component, and the current clusters."""

    features: AdFeatures
    raw: I64
    clusters: tuple[Cluster, ...]


def build_state(
    ads: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    image_hashes: Mapping[AdKey, tuple[str, ...]] | None = None,
    config: LinkConfig | None = None,
    *,
    workers: int = 1,
    known: FeatureBank | None = None,
) -> LinkState:
    """Link ``ads`` from scratch and keep what later updates need (``workers``: processes
    that compute the ads' features, ``known``: features computed earlier; see
    ``build_features``)."""
    cfg = config or LinkConfig()
    f = build_features(ads, extractions, image_hashes, cfg, workers=workers, known=known)
    result = link_features(f, cfg)
    return LinkState(f, result.raw, tuple(result.clusters))


def _touched(old: AdFeatures, new: AdFeatures, config: LinkConfig) -> I64:
    """Rows of ``old`` that share an identifier, a near photo or an LSH bucket with ``new``."""
    hit = np.zeros(len(old), dtype=bool)
    if len(old.ident_value) and len(new.ident_value):
        # One hash look-up per stored identifier, in Arrow, kind by kind (a phone and a handle
        # may spell the same string).
        old_values = pa.array(old.ident_value, type=pa.string())
        new_kinds = new.ident_kind.tolist()
        shared = np.zeros(len(old_values), dtype=bool)
        for kind in sorted(set(new_kinds)):
            wanted = pa.array(
                [v for k, v in zip(new_kinds, new.ident_value, strict=True) if k == kind],
                type=pa.string(),
            )
            found = pc.is_in(old_values, value_set=wanted).to_numpy(zero_copy_only=False)
            shared |= found & (old.ident_kind == kind)
        hit[old.ident_ad[shared]] = True
    if len(new.photo_hash) and len(old.photo_hash):
        both = np.r_[old.photo_hash, new.photo_hash]
        s, d = near_pairs(both, config.photo_max_distance, config.photo_bands)
        n_old = len(old.photo_hash)
        cross = (s < n_old) != (d < n_old)
        olds = np.where(s[cross] < n_old, s[cross], d[cross])
        hit[old.photo_ad[olds]] = True
    old_ok = old.n_shingles >= config.text_min_shingles
    new_ok = new.n_shingles >= config.text_min_shingles
    if old_ok.any() and new_ok.any():
        new_keys = np.unique(band_keys(new.sig[new_ok], config.lsh_bands))
        old_keys = band_keys(old.sig, config.lsh_bands)
        hit |= old_ok & np.isin(old_keys, new_keys).any(axis=1)
    return np.flatnonzero(hit)


def update_state(
    state: LinkState,
    ads: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    image_hashes: Mapping[AdKey, tuple[str, ...]] | None = None,
    config: LinkConfig | None = None,
    *,
    workers: int = 1,
    known: FeatureBank | None = None,
) -> tuple[LinkState, list[Cluster]]:
    """Add new ads (keys not yet in the state); returns the new state and the changed clusters.

    Only the raw components touched by the new ads are re-linked; the other clusters are kept
    as they are. The clusters equal those of a full run over all the ads. ``workers`` and
    ``known``: as for ``build_state``.
    """
    cfg = config or LinkConfig()
    old = state.features
    linked = set(old.keys)
    fresh = [a for a in ads if a.key not in linked]
    if not fresh:
        return state, []
    new = build_features(fresh, extractions, image_hashes, cfg, workers=workers, known=known)
    touched = _touched(old, new, cfg)
    affected_raw = np.unique(state.raw[touched])
    in_sub = np.isin(state.raw, affected_raw)
    sub_rows = np.flatnonzero(in_sub)
    keep_rows = np.flatnonzero(~in_sub)
    sub = concat_features([old.take(sub_rows), new]) if len(sub_rows) else new
    result = link_features(sub, cfg)

    kept = old.take(keep_rows)
    merged = concat_features([kept, sub])
    # raw labels: kept ads keep their grouping, re-linked ads take the new one
    tag = np.r_[state.raw[keep_rows], result.raw + len(old) + 1]
    index = {k: i for i, k in enumerate(merged.keys)}
    order = np.array([index[k] for k in kept.keys + sub.keys], dtype=np.int64)
    raw = np.empty(len(merged), dtype=np.int64)
    raw[order] = tag
    raw = canonical_labels(np.unique(raw, return_inverse=True)[1].ravel().astype(np.int64))

    sub_keys = set(sub.keys)
    clusters = [c for c in state.clusters if c.ad_keys[0] not in sub_keys]
    clusters.extend(result.clusters)
    clusters.sort(key=lambda c: c.ad_keys[0])
    return LinkState(merged, raw, tuple(clusters)), result.clusters


# --- persistence -------------------------------------------------------------------------


def save_state(state: LinkState, directory: Path) -> None:
    """Write the state as Parquet tables (ads, identifiers, photos) and clusters as JSON Lines."""
    directory.mkdir(parents=True, exist_ok=True)
    f = state.features
    k = f.sig.shape[1]
    ads = pa.table(
        {
            "source": [s for s, _ in f.keys],
            "ad_id": [a for _, a in f.keys],
            "raw": state.raw,
            "n_shingles": f.n_shingles,
            "sig": pa.FixedSizeListArray.from_arrays(pa.array(f.sig.ravel()), k),
            "names": [list(x) for x in f.names],
            "ages": [list(x) for x in f.ages],
            # rate cards, when the features carry them (a state without them has none)
            "rates": list(f.rates) if f.rates else [None] * len(f.keys),
        }
    )
    pq.write_table(ads, directory / "ads.parquet")
    pq.write_table(
        pa.table({"ad": f.ident_ad, "kind": f.ident_kind, "value": list(f.ident_value)}),
        directory / "identifiers.parquet",
    )
    pq.write_table(pa.table({"ad": f.photo_ad, "hash": f.photo_hash}), directory / "photos.parquet")
    with open(directory / "clusters.jsonl", "wb") as out:
        for c in state.clusters:
            out.write(orjson.dumps(c) + b"\n")


def _rates(ads: pa.Table) -> tuple[str, ...]:
    if "rates" not in ads.column_names or ads.column("rates").null_count:
        return ()
    return tuple(ads.column("rates").to_pylist())


def load_state(directory: Path) -> LinkState:
    """Read a state written by ``save_state``."""
    ads = pq.read_table(directory / "ads.parquet")
    ids = pq.read_table(directory / "identifiers.parquet")
    photos = pq.read_table(directory / "photos.parquet")
    sig_col = ads.column("sig").combine_chunks()
    k = sig_col.type.list_size
    sig = np.asarray(sig_col.flatten(), dtype=np.uint32).reshape(-1, k)
    features = AdFeatures(
        keys=tuple(
            zip(ads.column("source").to_pylist(), ads.column("ad_id").to_pylist(), strict=True)
        ),
        ident_ad=np.asarray(ids.column("ad"), dtype=np.int64),
        ident_kind=np.asarray(ids.column("kind"), dtype=np.int8),
        ident_value=tuple(ids.column("value").to_pylist()),
        photo_ad=np.asarray(photos.column("ad"), dtype=np.int64),
        photo_hash=np.asarray(photos.column("hash"), dtype=np.uint64),
        sig=sig,
        n_shingles=np.asarray(ads.column("n_shingles"), dtype=np.int64),
        names=tuple(tuple(x) for x in ads.column("names").to_pylist()),
        ages=tuple(tuple(x) for x in ads.column("ages").to_pylist()),
        rates=_rates(ads),
    )
    clusters = []
    with open(directory / "clusters.jsonl", "rb") as src:
        for line in src:
            d = orjson.loads(line)
            clusters.append(
                Cluster(
                    cluster_id=d["cluster_id"],
                    ad_keys=tuple(tuple(x) for x in d["ad_keys"]),
                    links=tuple(Link(**x) for x in d["links"]),
                    cut_links=tuple(CutLink(**x) for x in d["cut_links"]),
                    persons=tuple(
                        Person(
                            person_id=p["person_id"],
                            names=tuple(p["names"]),
                            ages=tuple(p["ages"]),
                            photos=tuple(p["photos"]),
                            ad_keys=tuple(tuple(x) for x in p["ad_keys"]),
                        )
                        for p in d["persons"]
                    ),
                )
            )
    return LinkState(features, np.asarray(ads.column("raw"), dtype=np.int64), tuple(clusters))
