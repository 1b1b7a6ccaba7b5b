"""What the Spark engine runs on its executors: the embedded engine's own per-record functions.

Each function takes and returns pandas DataFrames (``mapInPandas`` / ``applyInPandas``), so it can
be tested without Spark. Records, extractions, clusters and leads travel between steps as JSON
strings (orjson writes the dataclasses; ``balise.store.codec`` and ``record_from_json`` read them
back), which keeps the Spark schemas small and the values exactly those of the embedded engine.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson
import pandas as pd
import xxhash

from balise.engine.embedded import Corpus, score_view
from balise.engine.outputs import ad_row, cluster_row, lead_row
from balise.extract import extract_batch
from balise.indicators import ClusterView
from balise.ingest.reader import MAX_LINE_BYTES, _short
from balise.ingest.validate import InvalidRecord, to_ad_record
from balise.link import LinkConfig, hash_images
from balise.link.features import AdFeatures, build_features
from balise.link.identifiers import KINDS
from balise.link.linker import link_with_pairs, local_hub_spans
from balise.link.lsh import band_keys
from balise.link.minhash import similarity
from balise.link.photos import _masks
from balise.schema import AdExtraction, AdKey, AdRecord, Lead
from balise.score import ScoreModel
from balise.store.codec import cluster_from_dict, extraction_loads

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
I64 = npt.NDArray[np.int64]

# --- records as JSON -------------------------------------------------------------------------


def record_to_json(record: AdRecord) -> str:
    """One ``AdRecord`` as JSON; ``posted_at`` as ISO 8601 with its offset, like the store."""
    d = {
        "source": record.source,
        "ad_id": record.ad_id,
        "posted_at": record.posted_at.isoformat(),
        "title": record.title,
        "body": record.body,
        "city": record.city,
        "contact_phone": record.contact_phone,
        "contact_email": record.contact_email,
        "contact_handle": record.contact_handle,
        "age": record.age,
        "images": list(record.images),
        "url": record.url,
        "content_hash": record.content_hash,
        "origin": record.origin,
    }
    return orjson.dumps(d).decode()


def record_from_json(data: str) -> AdRecord:
    """Read back ``record_to_json`` (the same round trip the embedded store makes)."""
    d = orjson.loads(data)
    d["posted_at"] = datetime.fromisoformat(d["posted_at"])
    d["images"] = tuple(d["images"])
    return AdRecord(**d)


def _epoch_us(moment: datetime) -> int:
    # exact integer microseconds: they order exactly as aware datetimes compare
    return (moment - _EPOCH) // timedelta(microseconds=1)


# --- step 1: parse lines ---------------------------------------------------------------------

PARSED_SCHEMA = (
    "file_idx int, line long, kind string, message string, source string, ad_id string, "
    "content_hash string, posted_us long, record string"
)
"""One row per ad, per rejected line and per warning (``kind``: ad, rejected, warning)."""


@dataclass(frozen=True, slots=True)
class InputFile:
    """A path as the user gave it (reports name it so) and the directory its images are in."""

    name: str
    base_dir: str


def parse_lines(
    batches: Iterator[pd.DataFrame], files: Sequence[InputFile]
) -> Iterator[pd.DataFrame]:
    """Validate lines (``file_idx``, ``line``, ``text`` as bytes) as ``read_ads_file`` does."""
    for batch in batches:
        rows: list[tuple[Any, ...]] = []
        for file_idx, number, text in zip(
            batch["file_idx"].tolist(),
            batch["line"].tolist(),
            batch["text"].tolist(),
            strict=True,
        ):
            rows.extend(_parse_line(files[file_idx], int(file_idx), int(number), text))
        yield pd.DataFrame(
            rows,
            columns=[
                "file_idx",
                "line",
                "kind",
                "message",
                "source",
                "ad_id",
                "content_hash",
                "posted_us",
                "record",
            ],
        ).astype({"file_idx": "int32", "line": "int64", "posted_us": "int64"})


def _parse_line(
    file: InputFile, file_idx: int, number: int, raw: bytes | None
) -> list[tuple[Any, ...]]:
    def other(kind: str, message: str) -> tuple[Any, ...]:
        return (file_idx, number, kind, message, None, None, None, 0, None)

    if raw is None:
        return []
    if len(raw) > MAX_LINE_BYTES:
        return [other("rejected", f"line too long ({len(raw)} bytes)")]
    stripped = raw.strip()
    if not stripped:
        return []
    out: list[tuple[Any, ...]] = []
    try:
        text = stripped.decode("utf-8")
    except UnicodeDecodeError:
        text = stripped.decode("utf-8", errors="replace")
        out.append(other("warning", "invalid UTF-8 bytes replaced"))
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return [*out, other("rejected", f"invalid JSON ({_short(exc)})")]
    try:
        record = to_ad_record(value, base_dir=Path(file.base_dir), origin=f"{file.name}:{number}")
    except InvalidRecord as exc:
        return [*out, other("rejected", str(exc))]
    out.append((
        file_idx, number, "ad", None, record.source, record.ad_id, record.content_hash,
        _epoch_us(record.posted_at), record_to_json(record),
    ))  # fmt: skip
    return out


# --- step 2: extract, hash photos, candidate keys --------------------------------------------

EXTRACTED_SCHEMA = (
    "id long, source string, ad_id string, file_idx int, line long, posted_us long, "
    "record string, extraction string, image_hashes array<string>, idents array<long>, "
    "photos array<long>, "
    "bands array<long>, sig binary"
)


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def token_key(token: str) -> int:
    """The 64-bit key (signed, a Spark ``long``) of an identifier ``kind:value``."""
    return _signed(xxhash.xxh64_intdigest(token.encode()))


@dataclass(frozen=True, slots=True)
class LinkKeys:
    """What the Spark engine links one ad by (see ``link_keys``)."""

    idents: list[int]  # contact identifiers (``token_key`` of ``kind:value``)
    photos: list[int]  # photo probes: two photos close enough to be one group share one
    bands: list[int]  # LSH band keys of its text signature (none for too short a text)
    sig: bytes  # the MinHash signature (``num_perm`` little-endian uint32), to verify pairs


def link_keys(
    records: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    image_hashes: dict[AdKey, tuple[str, ...]],
    config: LinkConfig,
) -> dict[AdKey, LinkKeys]:
    """Per ad, from the linker's own features: identifier and photo keys, band keys, signature.

    Two ads the linker joins by an identifier share its key (``kind:value``); two photos close
    enough to be probed by its multi-index search share one of the keys listing every value
    within half the per-band radius of each band. Text pairs come from the band keys (the
    linker's LSH buckets) and are kept when the signatures agree (``link_with_pairs``).
    """
    f = build_features(records, extractions, image_hashes, config)
    idents: list[list[int]] = [[] for _ in range(len(f))]
    probes: list[list[int]] = [[] for _ in range(len(f))]
    bands: list[list[int]] = [[] for _ in range(len(f))]
    for row, kind, value in zip(
        f.ident_ad.tolist(), f.ident_kind.tolist(), f.ident_value, strict=True
    ):
        idents[row].append(token_key(f"{KINDS[kind]}:{value}"))
    eligible = np.flatnonzero(f.n_shingles >= config.text_min_shingles)
    if len(eligible):
        signed = band_keys(f.sig[eligible], config.lsh_bands).view(np.int64)
        for row, band_row in zip(eligible.tolist(), signed.tolist(), strict=True):
            bands[row] = band_row
    if len(f.photo_hash):
        width = 64 // config.photo_bands
        radius = config.photo_max_distance // config.photo_bands
        masks = [int(m) for m in _masks(width, (radius + 1) // 2)]
        low = (1 << width) - 1
        for row, h in zip(f.photo_ad.tolist(), f.photo_hash.tolist(), strict=True):
            for band in range(config.photo_bands):
                v = (int(h) >> (band * width)) & low
                probes[row].extend(token_key(f"photo:{band}:{v ^ m}") for m in masks)
    sig = np.ascontiguousarray(f.sig, dtype="<u4")
    return {
        key: LinkKeys(
            sorted(set(idents[row])), sorted(set(probes[row])), bands[row], sig[row].tobytes()
        )
        for row, key in enumerate(f.keys)
    }


def candidate_keys(
    records: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    image_hashes: dict[AdKey, tuple[str, ...]],
    config: LinkConfig,
) -> dict[AdKey, list[int]]:
    """64-bit keys per ad: two ads are joined by ``link_ads``'s raw graph only if they share one.

    ``link_keys``'s identifier and photo keys plus one key per LSH band. A hash collision only
    merges two neighbourhoods (more work, same clusters), never splits one.
    """
    out: dict[AdKey, list[int]] = {}
    for key, k in link_keys(records, extractions, image_hashes, config).items():
        text = [token_key(f"text:{b & ((1 << 64) - 1)}") for b in k.bands]
        out[key] = sorted(set(k.idents + k.photos + text))
    return out


def extract_ads(batches: Iterator[pd.DataFrame], config: LinkConfig) -> Iterator[pd.DataFrame]:
    """``extract_batch``, ``hash_images`` and ``candidate_keys`` over batches of kept ads."""
    for batch in batches:
        records = [record_from_json(x) for x in batch["record"].tolist()]
        extractions = extract_batch(records)
        with_images = [r for r in records if r.images]
        hashes = hash_images(with_images) if with_images else {}
        linked = link_keys(records, extractions, hashes, config)
        yield pd.DataFrame({
            "id": batch["id"].astype("int64"),
            "source": batch["source"],
            "ad_id": batch["ad_id"],
            "file_idx": batch["file_idx"].astype("int32"),
            "line": batch["line"].astype("int64"),
            "posted_us": batch["posted_us"].astype("int64"),
            "record": batch["record"],
            "extraction": [orjson.dumps(x).decode() for x in extractions],
            "image_hashes": [list(hashes.get(r.key, ())) for r in records],
            "idents": [linked[r.key].idents for r in records],
            "photos": [linked[r.key].photos for r in records],
            "bands": [linked[r.key].bands for r in records],
            "sig": [linked[r.key].sig for r in records],
        })  # fmt: skip


# --- step 3: link each connected neighbourhood ------------------------------------------------

CLUSTER_SCHEMA = (
    "cluster_id string, first_source string, first_ad_id string, size int, persons int, "
    "ad_ids array<long>, cluster string, row string"
)


def _corpus(group: pd.DataFrame) -> tuple[Corpus, list[int]]:
    records = [record_from_json(x) for x in group["record"].tolist()]
    extractions = [extraction_loads(x) for x in group["extraction"].tolist()]
    image_hashes = {
        r.key: tuple(h)
        for r, h in zip(records, group["image_hashes"].tolist(), strict=True)
        if h is not None and len(h)
    }
    return Corpus(records, extractions, image_hashes), [int(x) for x in group["id"].tolist()]


def verify_pairs(
    batches: Iterator[Any], min_similarity: float, strong_similarity: float
) -> Iterator[Any]:
    """Candidate text pairs (``a``, ``b``, signatures ``sa``, ``sb``) whose estimated Jaccard
    similarity (``minhash.similarity``, as the linker computes it) reaches ``min_similarity``,
    with ``strong`` set when it reaches ``strong_similarity``.

    For ``mapInArrow``; yields ``(a, b, strong)`` batches.
    """
    import pyarrow as pa

    for batch in batches:
        if batch.num_rows == 0:
            continue
        sa = batch.column("sa").to_pylist()
        sb = batch.column("sb").to_pylist()
        k = len(sa[0]) // 4
        sig = np.frombuffer(b"".join(sa) + b"".join(sb), dtype="<u4").reshape(-1, k)
        rows = np.arange(len(sa), dtype=np.int64)
        sim = similarity(sig, rows, rows + len(sa))
        keep = sim >= min_similarity
        mask = pa.array(keep)
        yield pa.RecordBatch.from_arrays(
            [
                batch.column("a").filter(mask),
                batch.column("b").filter(mask),
                pa.array(sim[keep] >= strong_similarity),
            ],
            names=["a", "b", "strong"],
        )


def _group_features(
    group: pd.DataFrame, config: LinkConfig
) -> tuple[Corpus, list[int], AdFeatures, I64, I64]:
    """The linker's features of one or more whole groups, their ids, and their verified text
    pairs as rows of the features (from each ad's ``partners``)."""
    corpus, ids = _corpus(group)
    id_of = {r.key: i for r, i in zip(corpus.records, ids, strict=True)}
    f = build_features(corpus.records, corpus.extractions, corpus.image_hashes, config)
    row_of_id = {id_of[key]: row for row, key in enumerate(f.keys)}
    src: list[int] = []
    dst: list[int] = []
    for ad_id, partners in zip(ids, group["partners"].tolist(), strict=True):
        if partners is None:
            continue
        here = row_of_id[ad_id]
        for other in partners:
            src.append(here)
            dst.append(row_of_id[int(other)])
    return corpus, ids, f, np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64)


def _tokens_of(f: AdFeatures, wanted: Mapping[int, Any]) -> dict[str, int]:
    """The identifiers (``kind:value``) of ``f`` whose ``token_key`` is in ``wanted``."""
    if not wanted:  # most runs and most groups: no hub known, nothing to hash
        return {}
    tokens = {f"{KINDS[k]}:{v}" for k, v in zip(f.ident_kind.tolist(), f.ident_value, strict=True)}
    keyed = {token: token_key(token) for token in tokens}
    return {token: key for token, key in keyed.items() if key in wanted}


def hub_spans(group: pd.DataFrame, config: LinkConfig, hubs: Mapping[int, int]) -> pd.DataFrame:
    """Per hub identifier (key -> its number of ads in the whole corpus) found in these whole
    groups: the number of the hub guard's groups its ads span here (``local_hub_spans``); the
    sums over all groups are the corpus's spans. Rows ``(k, span)``."""
    _, _, f, a, b = _group_features(group, config)
    found = _tokens_of(f, hubs)
    spans = local_hub_spans(f, a, b, config, {t: hubs[k] for t, k in found.items()})
    return pd.DataFrame({
        "k": pd.Series([found[t] for t in spans], dtype="int64"),
        "span": pd.Series(list(spans.values()), dtype="int64"),
    })  # fmt: skip


def link_component(
    group: pd.DataFrame, config: LinkConfig, hubs: Mapping[int, tuple[int, int]] | None = None
) -> pd.DataFrame:
    """The clusters of one or more whole groups of ads, one row per cluster.

    A group is a connected component of shared identifiers (the hubs in ``hubs`` excepted),
    photo keys and verified text pairs (each ad's ``partners`` by id); ``link_with_pairs`` on
    it gives the full run's clusters of its ads, and several groups linked together give each
    group's own clusters. ``hubs``: identifier key -> (ads, span) in the whole corpus of the
    identifiers already known to be hubs (``hub_spans``).
    """
    corpus, ids, f, a, b = _group_features(group, config)
    id_of = {r.key: i for r, i in zip(corpus.records, ids, strict=True)}
    known = hubs or {}
    decided = {token: known[key] for token, key in _tokens_of(f, known).items()}
    clusters = link_with_pairs(f, a, b, config, decided)
    return pd.DataFrame({
        "cluster_id": [c.cluster_id for c in clusters],
        "first_source": [c.ad_keys[0][0] for c in clusters],
        "first_ad_id": [c.ad_keys[0][1] for c in clusters],
        "size": pd.Series([len(c.ad_keys) for c in clusters], dtype="int32"),
        "persons": pd.Series([len(c.persons) for c in clusters], dtype="int32"),
        "ad_ids": [[id_of[k] for k in c.ad_keys] for c in clusters],
        "cluster": [orjson.dumps(c).decode() for c in clusters],
        "row": [orjson.dumps(cluster_row(c)).decode() for c in clusters],
    })  # fmt: skip


# --- step 4: indicators and score per cluster -------------------------------------------------

LEAD_SCHEMA = (
    "cluster_id string, score double, flag boolean, categories array<string>, "
    "cities array<string>, lead string, row string"
)


# --- step 5: interchange rows of the ads -------------------------------------------------------

AD_ROW_SCHEMA = (
    "file_idx int, line long, source string, ad_id string, cluster_id string, "
    "phones array<string>, emails array<string>, handles array<string>, ages array<int>, "
    "city string, places array<string>, language string, obfuscated_phone boolean, "
    "posted_at string, row string"
)


def ad_rows(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """``outputs.ad_row`` of each ad (as JSON) plus the same fields as columns for Parquet."""
    for batch in batches:
        out: list[tuple[Any, ...]] = []
        for file_idx, line, record_json, extraction_json, cluster_id in zip(
            batch["file_idx"].tolist(),
            batch["line"].tolist(),
            batch["record"].tolist(),
            batch["extraction"].tolist(),
            batch["cluster_id"].tolist(),
            strict=True,
        ):
            record = record_from_json(record_json)
            x = extraction_loads(extraction_json)
            out.append((
                file_idx, line, record.source, record.ad_id, cluster_id, list(x.phones),
                list(x.emails), list(x.handles), list(x.ages), x.city, list(x.places),
                x.language, bool(x.obfuscated_phone), record.posted_at.isoformat(),
                orjson.dumps(ad_row(record, x, cluster_id)).decode(),
            ))  # fmt: skip
        yield pd.DataFrame(
            out,
            columns=[
                "file_idx",
                "line",
                "source",
                "ad_id",
                "cluster_id",
                "phones",
                "emails",
                "handles",
                "ages",
                "city",
                "places",
                "language",
                "obfuscated_phone",
                "posted_at",
                "row",
            ],
        ).astype({"file_idx": "int32", "line": "int64"})


# --- step 4, batched: many clusters per Arrow batch ---------------------------------------------

SCORE_INPUT_COLUMNS = (
    "cluster_id",
    "cluster",
    "id",
    "record",
    "extraction",
    "image_hashes",
    "posted_us",
    "file_idx",
    "line",
)
"""What ``score_arrow`` reads: per cluster one row with its ``cluster`` JSON, then its ads."""


def lead_arrow_schema() -> Any:
    """``LEAD_SCHEMA`` as an Arrow schema (``mapInArrow`` batches must carry exactly it)."""
    import pyarrow as pa

    return pa.schema([
        ("cluster_id", pa.string()),
        ("score", pa.float64()),
        ("flag", pa.bool_()),
        ("categories", pa.list_(pa.string())),
        ("cities", pa.list_(pa.string())),
        ("lead", pa.string()),
        ("row", pa.string()),
    ])  # fmt: skip


@dataclass(slots=True)
class _OpenCluster:
    """A cluster whose rows are being read (they may span several Arrow batches)."""

    cluster_id: str
    cluster_json: str | None = None
    # (posted_us, file_idx, line, record JSON, extraction JSON, photo hashes) per ad
    ads: list[tuple[int, int, int, str, str, list[str] | None]] = field(default_factory=list)


def score_arrow(batches: Iterator[Any], model: ScoreModel) -> Iterator[Any]:
    """Indicators and score of each cluster, over Arrow batches sorted by ``cluster_id``.

    For ``mapInArrow``: the rows (``SCORE_INPUT_COLUMNS``) of a cluster are contiguous, its
    ``cluster`` row first; a cluster cut by a batch boundary is completed from the next batch.
    Each batch is turned into Python lists once (no pandas, no frame per cluster), each ad
    decoded once, and the view built as the embedded engine's ``score_cluster`` builds it.
    """
    import pyarrow as pa

    schema = lead_arrow_schema()
    open_: _OpenCluster | None = None
    for batch in batches:
        out = _LeadColumns()
        columns = [batch.column(name).to_pylist() for name in SCORE_INPUT_COLUMNS]
        for cid, cjson, _id, record, extraction, hashes, posted, file_idx, line in zip(
            *columns, strict=True
        ):
            if open_ is None or cid != open_.cluster_id:
                if open_ is not None:
                    out.add(_score_open(open_, model))
                open_ = _OpenCluster(cid)
            if cjson is not None:
                open_.cluster_json = cjson
            else:
                open_.ads.append((posted, file_idx, line, record, extraction, hashes))
        if out.cluster_id:
            yield pa.RecordBatch.from_pydict(out.as_dict(), schema=schema)
    if open_ is not None:
        out = _LeadColumns()
        out.add(_score_open(open_, model))
        yield pa.RecordBatch.from_pydict(out.as_dict(), schema=schema)


@dataclass(slots=True)
class _LeadColumns:
    cluster_id: list[str] = field(default_factory=list)
    score: list[float] = field(default_factory=list)
    flag: list[bool] = field(default_factory=list)
    categories: list[list[str]] = field(default_factory=list)
    cities: list[list[str]] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    row: list[str] = field(default_factory=list)

    def add(self, lead: Lead | None) -> None:
        if lead is None:
            return
        self.cluster_id.append(lead.cluster_id)
        self.score.append(float(lead.score))
        self.flag.append(bool(lead.flag))
        self.categories.append(list(lead.categories))
        self.cities.append(list(lead.cities))
        self.lead.append(orjson.dumps(lead).decode())
        self.row.append(orjson.dumps(lead_row(lead)).decode())

    def as_dict(self) -> dict[str, list[Any]]:
        return {
            "cluster_id": self.cluster_id,
            "score": self.score,
            "flag": self.flag,
            "categories": self.categories,
            "cities": self.cities,
            "lead": self.lead,
            "row": self.row,
        }


def _score_open(open_: _OpenCluster, model: ScoreModel) -> Lead | None:
    """The lead of one cluster, its view as ``embedded.score_cluster`` builds it."""
    if open_.cluster_json is None or not open_.ads:
        return None  # cannot happen with the engine's input: a cluster has its row and ads
    cluster = cluster_from_dict(orjson.loads(open_.cluster_json))
    # ads by posting time, then input order (the embedded engine's store order)
    ads = sorted(open_.ads, key=lambda a: (a[0], a[1], a[2]))
    records = tuple(record_from_json(a[3]) for a in ads)
    extractions = tuple(extraction_loads(a[4]) for a in ads)
    photos = {r.key: tuple(a[5]) for r, a in zip(records, ads, strict=True) if a[5]}
    view = ClusterView(
        cluster=cluster,
        ads=records,
        extractions=extractions,
        # in the cluster's own order, as the embedded engine builds it
        image_hashes={k: photos[k] for k in cluster.ad_keys if k in photos},
    )
    return score_view(view, model)[0]
