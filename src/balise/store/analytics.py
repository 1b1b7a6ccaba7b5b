"""The embedded analytical store: one DuckDB file in the store directory.

Ads are stored with their extraction and photo hashes in the same row, written in one
transaction per batch, so an interrupted run (even ``kill -9``) leaves only whole batches and
the next run carries on from there. Results of linking and scoring are replaced as a whole,
also in one transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import orjson
import pyarrow as pa

from balise.errors import InputError
from balise.schema import AdExtraction, AdKey, AdRecord, Cluster, IndicatorHit, Lead
from balise.store.codec import extraction_loads

SCHEMA_VERSION = "1"

CHECKPOINT_THRESHOLD = "256MB"
"""Write-ahead log size from which DuckDB checkpoints on its own (its default is 16 MB).

With the default, an ingest of 130k ads (~250 MB of log) checkpointed after every few batches,
and each checkpoint cost more than writing the batches it holds: ~30 us of CPU per ad of the
~75 us that storing one took (``docs/performance.md``, session 7). The log is as durable
(each batch is still one committed transaction; a crash replays the log on the next open);
``checkpoint`` writes it out once the ingest is over, so that the memory it holds is given back
before the link and scoring steps.
"""

_DDL = [
    "CREATE TABLE IF NOT EXISTS meta(key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS files(
        path VARCHAR, size BIGINT, lines BIGINT, accepted BIGINT, rejected BIGINT,
        ingested_at VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS ads(
        source VARCHAR NOT NULL, ad_id VARCHAR NOT NULL, posted_at VARCHAR NOT NULL,
        title VARCHAR, body VARCHAR, city VARCHAR, contact_phone VARCHAR, contact_email VARCHAR,
        contact_handle VARCHAR, age VARCHAR, images VARCHAR[], url VARCHAR,
        content_hash VARCHAR NOT NULL, origin VARCHAR, extraction VARCHAR NOT NULL,
        image_hashes VARCHAR[], seq BIGINT NOT NULL,
        PRIMARY KEY (source, ad_id))""",
    """CREATE TABLE IF NOT EXISTS clusters(
        cluster_id VARCHAR PRIMARY KEY, size BIGINT, payload VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS members(
        source VARCHAR, ad_id VARCHAR, cluster_id VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS leads(
        cluster_id VARCHAR PRIMARY KEY, rank BIGINT, score DOUBLE, flag BOOLEAN,
        payload VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS features(
        cluster_id VARCHAR, indicator_id VARCHAR, strength DOUBLE)""",
]

_AD_COLUMNS = (
    "source", "ad_id", "posted_at", "title", "body", "city", "contact_phone", "contact_email",
    "contact_handle", "age", "images", "url", "content_hash", "origin", "extraction",
    "image_hashes", "seq",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class StoredAd:
    record: AdRecord
    extraction: AdExtraction
    image_hashes: tuple[str, ...]


class AnalyticsStore:
    """Open with ``AnalyticsStore.open(store_dir)``; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path) -> None:
        self._con = con
        self.path = path

    @classmethod
    def open(cls, store_dir: Path) -> AnalyticsStore:
        store_dir.mkdir(parents=True, exist_ok=True)
        path = store_dir / "analytics.duckdb"
        try:
            con = duckdb.connect(str(path))
        except duckdb.IOException as exc:
            raise InputError(
                f"cannot open the store (is another balise command using it?): {exc}",
                where=str(path),
            ) from exc
        con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
        for statement in _DDL:
            con.execute(statement)
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        row = rows[0] if rows else None
        if row is None:
            con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        elif row[0] != SCHEMA_VERSION:
            raise InputError(
                f"store schema version {row[0]}, expected {SCHEMA_VERSION}", where=str(path)
            )
        return cls(con, path)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> AnalyticsStore:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- ads -------------------------------------------------------------------------------

    def content_hashes(self) -> dict[AdKey, str]:
        """Key -> content hash of every stored ad (to skip what is already there)."""
        table = self._con.sql("SELECT source, ad_id, content_hash FROM ads").to_arrow_table()
        return {
            (s, a): h
            for s, a, h in zip(
                table.column("source").to_pylist(),
                table.column("ad_id").to_pylist(),
                table.column("content_hash").to_pylist(),
                strict=True,
            )
        }

    def extraction_by_hash(self, hashes: Iterable[str]) -> dict[str, AdExtraction]:
        """Stored extractions of ads with these content hashes (reposts reuse the work)."""
        wanted = list(set(hashes))
        if not wanted:
            return {}
        self._con.register("wanted_hashes", pa.table({"h": wanted}))
        try:
            rows = self._con.execute(
                "SELECT content_hash, any_value(extraction) FROM ads "
                "WHERE content_hash IN (SELECT h FROM wanted_hashes) GROUP BY content_hash"
            ).fetchall()
        finally:
            self._con.unregister("wanted_hashes")
        return {h: extraction_loads(x) for h, x in rows}

    def add_ads(
        self,
        ads: Sequence[StoredAd],
        *,
        replace: bool = True,
        extractions_json: Sequence[bytes] | None = None,
    ) -> None:
        """Insert (or replace, for an edited ad) a batch, atomically.

        ``replace=False`` says that none of the keys is stored yet: the look-up of rows to
        replace (a join with the whole table) is skipped. The primary key still refuses a
        duplicate. ``extractions_json``, when given, is ``orjson.dumps`` of each ad's
        extraction, already made (the extraction pool hands them over so).
        """
        if not ads:
            return
        start = self.next_seq()
        records = [item.record for item in ads]
        if extractions_json is None:
            extractions_json = [orjson.dumps(item.extraction) for item in ads]
        elif len(extractions_json) != len(ads):
            raise ValueError("add_ads: one extraction JSON per ad")
        text = pa.string()
        texts = pa.list_(pa.string())
        # column by column: one list comprehension per column instead of a Python loop over
        # (column, value) pairs per ad
        table = pa.table(
            {
                "source": pa.array([r.source for r in records], text),
                "ad_id": pa.array([r.ad_id for r in records], text),
                "posted_at": pa.array([r.posted_at.isoformat() for r in records], text),
                "title": pa.array([r.title for r in records], text),
                "body": pa.array([r.body for r in records], text),
                "city": pa.array([r.city for r in records], text),
                "contact_phone": pa.array([r.contact_phone for r in records], text),
                "contact_email": pa.array([r.contact_email for r in records], text),
                "contact_handle": pa.array([r.contact_handle for r in records], text),
                "age": pa.array([r.age for r in records], text),
                "images": pa.array([list(r.images) for r in records], texts),
                "url": pa.array([r.url for r in records], text),
                "content_hash": pa.array([r.content_hash for r in records], text),
                "origin": pa.array([r.origin for r in records], text),
                "extraction": pa.array(extractions_json, text),
                "image_hashes": pa.array([list(item.image_hashes) for item in ads], texts),
                "seq": pa.array(range(start, start + len(ads)), pa.int64()),
            }
        )
        assert tuple(table.column_names) == _AD_COLUMNS
        con = self._con
        con.register("batch", table)
        try:
            con.execute("BEGIN TRANSACTION")
            if replace:
                con.execute(
                    "DELETE FROM ads WHERE (source, ad_id) IN (SELECT (source, ad_id) FROM batch)"
                )
            con.execute(f"INSERT INTO ads ({', '.join(_AD_COLUMNS)}) SELECT * FROM batch")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            con.unregister("batch")

    def checkpoint(self) -> None:
        """Write the committed batches from the write-ahead log into the database file."""
        self._con.execute("CHECKPOINT")

    def checkpoint_in_background(self) -> Callable[[], None]:
        """Start ``checkpoint`` in a thread; the returned function waits for it to end and
        raises what it raised (call it once, before the store is used again).

        DuckDB writes the checkpoint without holding the interpreter's lock, so this process
        can go on with work that does not use the store (the link step) while another core
        writes: at the end of a 130k-ad ingest the checkpoint took ~2.5 s of one core, the
        other one idle. Each batch is committed already, so a process that dies meanwhile
        leaves the same store as before (the next open replays the log).
        """
        cursor = self._con.cursor()  # its own connection to the same database
        failure: list[BaseException] = []

        def work() -> None:
            try:
                cursor.execute("CHECKPOINT")
            except BaseException as exc:  # handed to the caller by ``wait``
                failure.append(exc)
            finally:
                cursor.close()

        thread = threading.Thread(target=work, name="balise-checkpoint", daemon=True)
        thread.start()

        def wait() -> None:
            thread.join()
            if failure:
                raise failure[0]

        return wait

    def next_seq(self) -> int:
        """The storage sequence number the next stored ad gets (ads are read back in it)."""
        ((value,),) = self._con.execute("SELECT coalesce(max(seq), -1) + 1 FROM ads").fetchall()
        return int(value)

    def count_ads(self, *, before_seq: int | None = None) -> int:
        """Stored ads (only those stored before sequence number ``before_seq``, if given)."""
        where, params = ("WHERE seq < ?", [before_seq]) if before_seq is not None else ("", [])
        ((value,),) = self._con.execute(f"SELECT count(*) FROM ads {where}", params).fetchall()
        return int(value)

    def iter_ads(
        self, batch_size: int = 50_000, *, before_seq: int | None = None
    ) -> Iterator[StoredAd]:
        """Every stored ad in ingestion order (only those stored before ``before_seq``)."""
        where, params = ("WHERE seq < ?", [before_seq]) if before_seq is not None else ("", [])
        cursor = self._con.cursor().execute(
            f"SELECT {', '.join(_AD_COLUMNS)} FROM ads {where} ORDER BY seq", params
        )
        while True:
            chunk = cursor.fetchmany(batch_size)
            if not chunk:
                break
            for row in chunk:
                yield _stored_ad(row)

    def record_file(self, path: str, size: int, lines: int, accepted: int, rejected: int) -> None:
        self._con.execute(
            "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)",
            [path, size, lines, accepted, rejected, datetime.now().astimezone().isoformat()],
        )

    # --- results ---------------------------------------------------------------------------

    def save_results(
        self,
        clusters: Sequence[Cluster],
        leads: Sequence[Lead],
        hits: dict[str, list[IndicatorHit]],
    ) -> None:
        """Replace the linking and scoring results in one transaction."""
        con = self._con
        cluster_table = pa.table(
            {
                "cluster_id": [c.cluster_id for c in clusters],
                "size": pa.array([len(c.ad_keys) for c in clusters], type=pa.int64()),
                "payload": [orjson.dumps(c).decode() for c in clusters],
            }
        )
        member_rows = [(s, a, c.cluster_id) for c in clusters for s, a in c.ad_keys]
        member_table = pa.table(
            {
                "source": [m[0] for m in member_rows],
                "ad_id": [m[1] for m in member_rows],
                "cluster_id": [m[2] for m in member_rows],
            }
        )
        lead_table = pa.table(
            {
                "cluster_id": [x.cluster_id for x in leads],
                "rank": pa.array(range(len(leads)), type=pa.int64()),
                "score": pa.array([x.score for x in leads], type=pa.float64()),
                "flag": pa.array([x.flag for x in leads], type=pa.bool_()),
                "payload": [orjson.dumps(x).decode() for x in leads],
            }
        )
        feature_rows = [(cid, h.indicator_id, h.strength) for cid, hs in hits.items() for h in hs]
        feature_table = pa.table(
            {
                "cluster_id": [f[0] for f in feature_rows],
                "indicator_id": [f[1] for f in feature_rows],
                "strength": pa.array([f[2] for f in feature_rows], type=pa.float64()),
            }
        )
        tables = {
            "clusters": cluster_table,
            "members": member_table,
            "leads": lead_table,
            "features": feature_table,
        }
        try:
            con.execute("BEGIN TRANSACTION")
            for name, table in tables.items():
                con.register(f"new_{name}", table)
                con.execute(f"DELETE FROM {name}")
                con.execute(f"INSERT INTO {name} SELECT * FROM new_{name}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            for name in tables:
                con.unregister(f"new_{name}")

    def features(self) -> dict[str, dict[str, float]]:
        """cluster_id -> {indicator_id: strength} of the last analysis (for calibration)."""
        out: dict[str, dict[str, float]] = {}
        for cid, ind, strength in self._con.execute(
            "SELECT cluster_id, indicator_id, strength FROM features"
        ).fetchall():
            out.setdefault(cid, {})[ind] = strength
        for (cid,) in self._con.execute("SELECT cluster_id FROM clusters").fetchall():
            out.setdefault(cid, {})
        return out

    def member_clusters(self) -> dict[AdKey, str]:
        return {
            (s, a): c
            for s, a, c in self._con.execute(
                "SELECT source, ad_id, cluster_id FROM members"
            ).fetchall()
        }


def _stored_ad(row: tuple[Any, ...]) -> StoredAd:
    (source, ad_id, posted_at, title, body, city, phone, email, handle, age, images, url,
     content_hash, origin, extraction, image_hashes, _seq) = row  # fmt: skip
    record = AdRecord(
        source=str(source),
        ad_id=str(ad_id),
        posted_at=datetime.fromisoformat(str(posted_at)),
        title=str(title or ""),
        body=str(body or ""),
        city=city,
        contact_phone=phone,
        contact_email=email,
        contact_handle=handle,
        age=age,
        images=tuple(images or ()),
        url=url,
        content_hash=str(content_hash),
        origin=str(origin or ""),
    )
    return StoredAd(record, extraction_loads(str(extraction)), tuple(image_hashes or ()))
