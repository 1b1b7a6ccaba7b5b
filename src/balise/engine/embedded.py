"""The embedded engine: the whole batch pipeline on one machine, state in a DuckDB file.

Named steps, each timed; an exception inside a step is re-raised as ``StepError`` naming it:

    ingest (read, validate, de-duplicate, extract, hash photos, store)
    -> load -> link -> score -> save -> write (interchange files) -> report -> publish
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from pathlib import Path
from typing import cast

import orjson

from balise.engine.outputs import write_outputs
from balise.errors import BaliseError, StepError
from balise.extract import extract_batch
from balise.indicators import ClusterView, run_indicators
from balise.indicators.base import library_prefilter
from balise.ingest.reader import Warning_, read_ads_file
from balise.link import hash_images
from balise.link.config import LinkConfig
from balise.link.features import AdRows, FeatureBank, ad_rows
from balise.link.forked import KeptDict, gc_frozen
from balise.link.incremental import LinkState, build_state, load_state, save_state, update_state
from balise.progress import Reporter
from balise.schema import (
    AdExtraction,
    AdKey,
    AdRecord,
    Cluster,
    IndicatorHit,
    Lead,
    RejectedLine,
    RunFigures,
)
from balise.score import ScoreModel
from balise.settings import Settings
from balise.store.analytics import AnalyticsStore, StoredAd
from balise.store.codec import extraction_loads

POOL_MIN_ADS = 2_000
"""Below this many ads, extraction runs in-process (a pool costs more than it saves)."""

LINK_CONFIG = LinkConfig()
"""The linker's thresholds (the documented defaults): the extraction workers compute the
linking features with them, and the link step uses them."""


@dataclass
class AnalysisResult:
    figures: RunFigures
    rejected: list[RejectedLine] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    out_dir: Path | None = None


@dataclass(frozen=True)
class Corpus:
    """Everything stored, aligned: ``records[i]`` has ``extractions[i]``."""

    records: list[AdRecord]
    extractions: list[AdExtraction]
    image_hashes: dict[AdKey, tuple[str, ...]]


def model_path(store_dir: Path) -> Path:
    """Where ``balise calibrate`` saves the fitted model that later analyses use."""
    return store_dir / "model.json"


def load_model(settings: Settings) -> ScoreModel:
    path = model_path(settings.store_dir)
    model = ScoreModel.load(path) if path.exists() else ScoreModel.default()
    if settings.flag_threshold is not None:
        model = model.with_threshold(settings.flag_threshold)
    return model


class Pipeline:
    def __init__(self, settings: Settings, reporter: Reporter) -> None:
        self.settings = settings
        self.reporter = reporter
        self.figures = RunFigures()
        self.added: set[AdKey] = set()  # keys stored (new or edited) by this run
        self.edited = False  # an ad already in the store changed: linking starts afresh
        # The ads this run stored, as the store would give them back, in storage order: the
        # load step reads back only what earlier runs stored.
        self.stored: dict[AdKey, StoredAd] = {}
        self.extracted_hashes: set[str] = set()  # content extracted (or being) in this run
        self.extraction_of_hash: dict[str, AdExtraction] = {}
        # the linking features of the content extracted by the pool, for the link step
        self.features = FeatureBank(LINK_CONFIG)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        except BaliseError:
            raise
        except Exception as exc:
            raise StepError(name, f"{type(exc).__name__}: {exc}") from exc
        finally:
            self.figures.seconds[name] = round(time.perf_counter() - started, 3)

    @property
    def workers(self) -> int:
        return self.settings.workers or os.cpu_count() or 1


def analyze(
    paths: Sequence[Path],
    *,
    out_dir: Path,
    settings: Settings,
    lang: str = "fr",
    reporter: Reporter | None = None,
    publish: bool = True,
) -> AnalysisResult:
    """Ingest ``paths`` into the store, then link, score and write every output to ``out_dir``."""
    reporter = reporter or Reporter()
    pipeline = Pipeline(settings, reporter)
    result = AnalysisResult(pipeline.figures)
    started = time.perf_counter()
    # The ads stored, the corpus and the clusters live until the end: the steps freeze them
    # as they come (``gc_frozen``), and they are unfrozen here.
    with gc_frozen():
        _analyze(paths, out_dir, settings, lang, pipeline, result, publish, started)
    return result


def _analyze(
    paths: Sequence[Path],
    out_dir: Path,
    settings: Settings,
    lang: str,
    pipeline: Pipeline,
    result: AnalysisResult,
    publish: bool,
    started: float,
) -> None:
    reporter = pipeline.reporter
    with AnalyticsStore.open(settings.store_dir) as store:
        first_seq = store.next_seq()
        with pipeline.step("ingest"):
            extractor = _Extractor(pipeline.workers)
            try:
                for path in paths:
                    _ingest_file(pipeline, store, path, result, extractor)
            finally:
                extractor.close()
        with pipeline.step("load"):
            corpus = load_corpus(store, reporter, kept=pipeline.stored, before_seq=first_seq)
        pipeline.stored = {}  # the corpus holds them now
        pipeline.extraction_of_hash = {}
        pipeline.figures.ads_total = len(corpus.records)
        # One checkpoint for the whole ingest (``CHECKPOINT_THRESHOLD``), written by another
        # core while this one links (the link step does not use the store).
        with _checkpointed(store), pipeline.step("link"), reporter.task("link", None):
            clusters = link_store(
                settings.store_dir,
                corpus,
                pipeline.added,
                pipeline.edited,
                workers=pipeline.workers,
                known=pipeline.features,
            )
        pipeline.features = FeatureBank(LINK_CONFIG)  # the link state holds them now
        with pipeline.step("score"):
            leads, hits = score_clusters(
                corpus, clusters, load_model(settings), reporter, workers=pipeline.workers
            )
        pipeline.figures.clusters = len(clusters)
        pipeline.figures.leads_flagged = sum(lead.flag for lead in leads)
        with pipeline.step("save"):
            store.save_results(clusters, leads, hits)
    with pipeline.step("write"):
        write_outputs(out_dir, corpus.records, corpus.extractions, clusters, leads)
    pipeline.figures.seconds["total"] = round(time.perf_counter() - started, 3)
    with pipeline.step("report"):
        from balise.report import write_report

        write_report(
            out_dir / "report.html",
            corpus=corpus,
            clusters=clusters,
            leads=leads,
            figures=pipeline.figures,
            lang=lang,
        )
    if publish:
        with pipeline.step("publish"):
            _publish(settings, corpus, clusters, leads, reporter)
    result.clusters = clusters
    result.leads = leads
    result.out_dir = out_dir


@contextmanager
def _checkpointed(store: AnalyticsStore) -> Iterator[None]:
    """The store's checkpoint runs in a thread while the block runs (which must not use the
    store); the block ends when both have. A failed checkpoint is the ingest step's error."""
    wait = store.checkpoint_in_background()
    try:
        yield
    finally:
        try:
            wait()
        except BaliseError:
            raise
        except Exception as exc:
            raise StepError("ingest", f"checkpoint: {type(exc).__name__}: {exc}") from exc


# --- ingest ----------------------------------------------------------------------------------
#
# The parent reads, validates and de-duplicates lines and stores whole batches; extraction runs
# in a process pool that lives for the whole run, and so does the computation of the linking
# features of what it extracts (the link step takes them from ``Pipeline.features``). While
# the pool extracts batch k, the parent reads batch k+1, then stores batch k: neither side
# waits for the other. Each batch is still one transaction, stored in input order, so an
# interruption loses at most the batches in flight.


class _Extractor:
    """Extraction in-process, or in a pool of forked workers created on first real need."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, records: list[AdRecord]) -> Callable[[], _Extracted]:
        """Start extracting ``records``; the returned function waits for the results, each
        extraction with its JSON (as the store keeps it), and the linking features of the
        records when the pool computed them (in-process, the link step computes them)."""
        if self._pool is None and (self.workers <= 1 or len(records) < POOL_MIN_ADS):
            done = _Extracted([(x, orjson.dumps(x)) for x in extract_batch(records)], [])
            return lambda: done
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("fork")
            )
        # Chunks small enough to spread a batch over the workers, large enough to amortise
        # the pickling of each call.
        chunk = max(100, min(500, len(records) // (self.workers * 2) or 1))
        futures = [
            self._pool.submit(_extract_json, records[i : i + chunk])
            for i in range(0, len(records), chunk)
        ]

        def results() -> _Extracted:
            parts = [future.result() for future in futures]
            return _Extracted(
                [(extraction_loads(data), data) for encoded, _ in parts for data in encoded],
                [rows for _, rows in parts],
            )

        return results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


@dataclass(frozen=True, slots=True)
class _Extracted:
    """A batch's extractions (each with its JSON), and the linking features of its records in
    the same order, in consecutive parts (none when they were not computed)."""

    extractions: list[tuple[AdExtraction, bytes]]
    rows: list[AdRows]


def _extract_json(records: list[AdRecord]) -> tuple[list[bytes], AdRows]:
    """In a pool worker: the extractions of ``records`` as JSON, and their linking features.

    The parent stores the JSON as it is and decodes it once; pickling the objects instead
    cost more on both sides (dumping, loading, then dumping to JSON again for the store). The
    features are computed here, where the records and their extractions are at hand, rather
    than in the link step, which would read them again through the parent's objects.
    """
    extractions = extract_batch(records)
    return [orjson.dumps(x) for x in extractions], ad_rows(records, extractions, LINK_CONFIG)


@dataclass
class _PendingBatch:
    """A batch cut from the input whose extraction may still be running."""

    records: list[AdRecord]  # one per key (its last version), in input order
    todo: list[AdRecord]  # the records extracted for this batch
    stored_reuse: dict[str, AdExtraction]  # content hash -> extraction stored before this run
    replaces: bool  # some key may already be stored (then its row is replaced)
    results: Callable[[], _Extracted]


def _ingest_file(
    pipeline: Pipeline,
    store: AnalyticsStore,
    path: Path,
    result: AnalysisResult,
    extractor: _Extractor,
) -> None:
    figures = pipeline.figures
    figures.files += 1
    # Both grow by one entry per ad for the whole file: ``KeptDict`` keeps the collector from
    # untracking them between freezes and walking them again (see its docstring).
    known = KeptDict(store.content_hashes())
    stored_hashes = set(known.values())
    size = path.stat().st_size if path.exists() else 0
    lines = accepted = rejected = 0
    batch: list[AdRecord] = []
    seen_in_file: dict[AdKey, str] = KeptDict()
    in_flight: list[_PendingBatch] = []

    def cut() -> None:
        nonlocal batch
        if not batch:
            return
        # An ad repeated inside one batch keeps its last version.
        unique: dict[AdKey, AdRecord] = {}
        for record in batch:
            unique[record.key] = record
        records = list(unique.values())
        replaces = False
        for record in records:
            key = record.key
            if key in known:
                replaces = pipeline.edited = True
            known[key] = record.content_hash
            pipeline.added.add(key)
        # Reposts reuse the extraction of the same content: stored before this run, or
        # extracted earlier in this run (kept in memory); only new content is extracted.
        extracted = pipeline.extracted_hashes
        wanted = {r.content_hash for r in records if r.content_hash in stored_hashes}
        stored_reuse = store.extraction_by_hash(wanted - extracted) if wanted else {}
        todo: list[AdRecord] = []
        for record in records:
            digest = record.content_hash
            if digest not in extracted and digest not in stored_reuse:
                extracted.add(digest)
                todo.append(record)
        figures.ads_reposts += len(records) - len(todo)
        in_flight.append(
            _PendingBatch(records, todo, stored_reuse, replaces, extractor.submit(todo))
        )
        batch = []
        # Keep one batch extracting while the next is read; store the one before it now.
        while len(in_flight) > 1:
            _store_batch(pipeline, store, in_flight.pop(0))

    with pipeline.reporter.task(f"ingest {path.name}", size) as advance:
        for item in read_ads_file(path, progress=advance):
            if isinstance(item, Warning_):
                result.warnings.append(item)
                continue
            lines += 1
            if isinstance(item, RejectedLine):
                rejected += 1
                result.rejected.append(item)
                continue
            accepted += 1
            key = item.key
            if known.get(key) == item.content_hash or seen_in_file.get(key) == item.content_hash:
                figures.ads_duplicate += 1
                continue
            seen_in_file[key] = item.content_hash
            batch.append(item)
            if len(batch) >= pipeline.settings.ingest_batch:
                cut()
        cut()
        while in_flight:
            _store_batch(pipeline, store, in_flight.pop(0))
    figures.lines_read += lines
    figures.lines_rejected += rejected
    store.record_file(str(path), size, lines, accepted, rejected)


def _store_batch(pipeline: Pipeline, store: AnalyticsStore, batch: _PendingBatch) -> None:
    """Wait for a batch's extraction, hash its photos and store it in one transaction."""
    done_batch = batch.results()
    fresh = dict(zip((r.key for r in batch.todo), done_batch.extractions, strict=True))
    start = 0
    for rows in done_batch.rows:  # the features of batch.todo, in order
        stop = start + len(rows)
        pipeline.features.add(rows, [r.content_hash for r in batch.todo[start:stop]])
        start = stop
    by_hash = pipeline.extraction_of_hash
    for record in batch.todo:
        by_hash.setdefault(record.content_hash, fresh[record.key][0])
    with_images = [r for r in batch.records if r.images]
    hashes = hash_images(with_images, workers=pipeline.workers) if with_images else {}
    stored: list[StoredAd] = []
    encoded: list[bytes] = []
    for record in batch.records:
        done = fresh.get(record.key)
        if done is None:
            reused = batch.stored_reuse.get(record.content_hash) or by_hash[record.content_hash]
            extraction = _with_key(reused, record.source, record.ad_id)
            data = orjson.dumps(extraction)
        else:
            extraction, data = done
        stored.append(StoredAd(record, extraction, hashes.get(record.key, ())))
        encoded.append(data)
    store.add_ads(stored, replace=batch.replaces, extractions_json=encoded)
    kept = pipeline.stored
    for item in stored:
        key = item.record.key
        if key in kept:  # stored again by this run: it moves to the end, as its row does
            del kept[key]
        kept[key] = _as_loaded(item)
    pipeline.figures.ads_new += len(stored)
    pipeline.reporter.milestone(f"ingest: {pipeline.figures.ads_new} ads stored")
    # The stored ads live until the end of the run: out of the garbage collector's sight, a
    # full collection no longer walks the whole corpus (at 18k ads, 5 of them cost ~1 s of
    # the parent's ingest). ``analyze``'s ``gc_frozen`` unfreezes them at its end.
    gc.freeze()


def _with_key(x: AdExtraction, source: str, ad_id: str) -> AdExtraction:
    """A repost's extraction: the same content under its own key (``dataclasses.replace``
    spelled out: it is several times slower)."""
    return AdExtraction(
        source, ad_id, x.phones, x.emails, x.handles, x.ages, x.prices, x.city, x.places,
        x.language, x.names, x.obfuscated_phone, x.mentions,
    )  # fmt: skip


def _as_loaded(item: StoredAd) -> StoredAd:
    """The ad as the store gives it back: a date-time with a time-zone *name* comes back with
    its fixed offset. (It matters: Python subtracts two times of one named zone on the wall
    clock, across a daylight-saving change too.)"""
    moment = item.record.posted_at
    if isinstance(moment.tzinfo, timezone):
        return item
    # what datetime.fromisoformat(moment.isoformat()) gives, without the text round trip
    loaded = moment.replace(tzinfo=timezone(moment.utcoffset() or timedelta(0)), fold=0)
    r = item.record
    record = AdRecord(
        r.source, r.ad_id, loaded, r.title, r.body, r.city, r.contact_phone, r.contact_email,
        r.contact_handle, r.age, r.images, r.url, r.content_hash, r.origin,
    )  # fmt: skip
    return StoredAd(record, item.extraction, item.image_hashes)


# --- link ------------------------------------------------------------------------------------


def link_store(
    store_dir: Path,
    corpus: Corpus,
    added: set[AdKey],
    edited: bool,
    *,
    workers: int = 1,
    known: FeatureBank | None = None,
) -> list[Cluster]:
    """Link the store, re-linking only the neighbourhoods that this run's new ads touch.

    The link state of the previous run (``store_dir/link-state``) is reused when it holds exactly
    the ads stored before this run; otherwise (first run, an edited or purged ad, a state from
    another version) everything is linked afresh. Both give the same clusters (see
    ``balise.link.incremental``). ``known`` holds linking features computed earlier (during
    ingest, by content hash); ``workers`` processes compute those of the other ads.

    The corpus is left out of garbage collections meanwhile (``gc_frozen``): the linker's many
    small objects set off full collections, each of which walked the whole corpus (at 18k ads,
    one cost 0.4 s of a 3 s step).
    """
    with gc_frozen():
        return _link_store(store_dir, corpus, added, edited, workers, known)


def _link_store(
    store_dir: Path,
    corpus: Corpus,
    added: set[AdKey],
    edited: bool,
    workers: int,
    known: FeatureBank | None,
) -> list[Cluster]:
    state_dir = store_dir / "link-state"
    state: LinkState | None = None
    if state_dir.exists() and not edited:
        try:
            state = load_state(state_dir)
        except Exception:  # an unreadable or older state is rebuilt, never trusted
            state = None
        if state is not None:
            before = {r.key for r in corpus.records} - added
            if set(state.features.keys) != before:
                state = None
    if state is None:
        state = build_state(
            corpus.records,
            corpus.extractions,
            corpus.image_hashes,
            LINK_CONFIG,
            workers=workers,
            known=known,
        )
    elif added:
        rows = [i for i, r in enumerate(corpus.records) if r.key in added]
        state, _ = update_state(
            state,
            [corpus.records[i] for i in rows],
            [corpus.extractions[i] for i in rows],
            {k: corpus.image_hashes[k] for k in added if k in corpus.image_hashes},
            LINK_CONFIG,
            workers=workers,
            known=known,
        )
    else:
        return list(state.clusters)
    tmp = state_dir.with_name(state_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    save_state(state, tmp)
    shutil.rmtree(state_dir, ignore_errors=True)
    os.replace(tmp, state_dir)
    return list(state.clusters)


# --- load, score -----------------------------------------------------------------------------


def load_corpus(
    store: AnalyticsStore,
    reporter: Reporter,
    *,
    kept: Mapping[AdKey, StoredAd] | None = None,
    before_seq: int | None = None,
) -> Corpus:
    """Every stored ad in storage order.

    ``kept`` are the ads this run stored (from ``before_seq`` on), still in memory in storage
    order: only the ads stored before them are read back and decoded (none on a fresh store).
    """
    records: list[AdRecord] = []
    extractions: list[AdExtraction] = []
    image_hashes: dict[AdKey, tuple[str, ...]] = {}
    if kept is None or before_seq is None:
        items: Iterable[StoredAd] = store.iter_ads()
        total = store.count_ads()
    else:
        earlier = store.count_ads(before_seq=before_seq)
        items = itertools.chain(
            store.iter_ads(before_seq=before_seq) if earlier else (), kept.values()
        )
        total = earlier + len(kept)
    with reporter.task("load", total) as advance:
        for item in items:
            records.append(item.record)
            extractions.append(item.extraction)
            if item.image_hashes:
                image_hashes[item.record.key] = item.image_hashes
            if len(records) % 10_000 == 0:
                advance(10_000)
        advance(len(records) % 10_000)
    return Corpus(records, extractions, image_hashes)


def score_clusters(
    corpus: Corpus,
    clusters: Sequence[Cluster],
    model: ScoreModel,
    reporter: Reporter,
    *,
    workers: int = 1,
) -> tuple[list[Lead], dict[str, list[IndicatorHit]]]:
    """Indicators and score per cluster; leads highest score first (ties by cluster id).

    With ``workers`` > 1 and enough clusters, this process and ``workers - 1`` forked ones
    score slices of the clusters side by side; the result is the same as in one process.
    """
    index = {record.key: i for i, record in enumerate(corpus.records)}
    # The word lists' prefilter, built (or loaded from its cache) before the workers fork, so
    # that they share it. (Built in a thread during the link step instead, it cost that step
    # 1.5-2 s more than it saved here: docs/performance.md, session 8.)
    library_prefilter()
    with reporter.task("indicators and scores", len(clusters)) as advance:
        if workers <= 1 or len(clusters) < POOL_MIN_CLUSTERS:
            scored: list[tuple[Lead, list[IndicatorHit]]] = []
            for cluster in clusters:
                scored.append(score_cluster(corpus, index, cluster, model))
                advance(1)
        else:
            job = _ScoringJob(corpus, index, list(clusters), model, workers)
            scored = [item for part in job.run(advance) for item in part]
    leads = [lead for lead, _ in scored]
    hits_by_cluster = {lead.cluster_id: hits for lead, hits in scored}
    leads.sort(key=lambda lead: (-lead.score, lead.cluster_id))
    return leads, hits_by_cluster


POOL_MIN_CLUSTERS = 1_000
"""Below this many clusters, scoring runs in-process."""

SLICE_MIN_CLUSTERS = 200
"""The smallest slice of clusters handed out at once (about 8 slices per process otherwise:
few enough to keep the hand-over cheap, enough to even out the processes' shares)."""

_Scored = list[tuple[Lead, list[IndicatorHit]]]


class _ScoringJob:
    """Score the clusters, in slices, in this process and in ``workers - 1`` forked ones.

    Why this process takes a share rather than waiting: a forked worker reads the ads through
    the parent's objects, and each read writes their reference counts, so copy-on-write copies
    nearly every page that holds an ad (the ads of a slice are spread over the whole heap).
    Each forked worker thus costs about one more copy of the corpus. A page written while a
    worker lives exists twice whoever writes it, but never more: this process scoring too
    costs no copy beyond its worker's. With two cores: one copy instead of two (the peak of
    a 100k-ad analysis, 2.8 -> 1.9-2.1 GiB; ``docs/performance.md``).

    The slices go to whoever is free (a counter shared across the fork), so a slow process
    takes fewer; results are put back in slice order, so the output does not depend on who
    scored what.
    """

    def __init__(
        self,
        corpus: Corpus,
        index: dict[AdKey, int],
        clusters: list[Cluster],
        model: ScoreModel,
        workers: int,
    ) -> None:
        self.corpus = corpus
        self.index = index
        self.clusters = clusters
        self.model = model
        self.workers = workers
        step = max(SLICE_MIN_CLUSTERS, len(clusters) // (workers * 8))
        self.slices = [(i, min(i + step, len(clusters))) for i in range(0, len(clusters), step)]
        context = multiprocessing.get_context("fork")
        self.context = context
        self.taken = context.Value("l", 0)  # slices handed out so far, in every process

    def take(self) -> int | None:
        """The next slice nobody has taken, or None when all are."""
        with self.taken.get_lock():
            i = int(self.taken.value)
            if i >= len(self.slices):
                return None
            self.taken.value = i + 1
        return i

    def score(self, i: int) -> _Scored:
        start, stop = self.slices[i]
        corpus, index, model = self.corpus, self.index, self.model
        return [score_cluster(corpus, index, c, model) for c in self.clusters[start:stop]]

    def run(self, advance: Callable[[int], None]) -> list[_Scored]:
        """Every slice's results, in slice order."""
        global _JOB
        parts: list[_Scored | None] = [None] * len(self.slices)

        def keep(i: int, part: _Scored) -> None:
            parts[i] = part
            advance(len(part))

        _JOB = self
        try:
            # Objects that exist at the fork are left out of garbage collections, here and in
            # the workers: a full one writes to every page holding one, and so would copy it.
            # (Little measured at 18k ads, where none runs while scoring; at 1M ads the results
            # alone can set one off.)
            with (
                gc_frozen(),
                ProcessPoolExecutor(max_workers=self.workers - 1, mp_context=self.context) as pool,
            ):
                # One task per slice: each takes whichever slice is next, or none when this
                # process and the other workers have taken them all (then it returns at once).
                pending = {pool.submit(_score_next) for _ in self.slices}
                try:
                    while (i := self.take()) is not None:
                        keep(i, self.score(i))
                        # the results live until the end: out of the full collections too
                        gc.freeze()
                        done = {future for future in pending if future.done()}
                        pending -= done
                        for future in done:
                            if (got := future.result()) is not None:
                                keep(*got)
                    for future in pending:
                        if (got := future.result()) is not None:
                            keep(*got)
                except BaseException:
                    pool.shutdown(cancel_futures=True)  # the other slices would be for nothing
                    raise
        finally:
            _JOB = None
        assert all(part is not None for part in parts), "a slice was not scored"
        return cast(list[_Scored], parts)


_JOB: _ScoringJob | None = None
"""The scoring job forked workers serve (set only while its pool runs)."""


def _score_next() -> tuple[int, _Scored] | None:
    """In a forked worker: score the next slice nobody has taken (None if there is none)."""
    assert _JOB is not None, "scoring workers must be forked from _ScoringJob.run"
    i = _JOB.take()
    return None if i is None else (i, _JOB.score(i))


def score_cluster(
    corpus: Corpus, index: dict[AdKey, int], cluster: Cluster, model: ScoreModel
) -> tuple[Lead, list[IndicatorHit]]:
    """One cluster's view (ads by posting time), its indicator hits and its lead."""
    records = corpus.records
    # by posting time, then storage order: a stable sort of the storage-ordered positions
    positions = sorted([index[key] for key in cluster.ad_keys])
    positions.sort(key=lambda i: records[i].posted_at)
    photos = corpus.image_hashes
    view = ClusterView(
        cluster=cluster,
        ads=tuple([records[i] for i in positions]),
        extractions=tuple([corpus.extractions[i] for i in positions]),
        image_hashes=(
            {key: photos[key] for key in cluster.ad_keys if key in photos} if photos else {}
        ),
    )
    return score_view(view, model)


def score_view(view: ClusterView, model: ScoreModel) -> tuple[Lead, list[IndicatorHit]]:
    """A cluster's indicator hits and its lead (both engines score through this)."""
    hits = run_indicators(view)
    return model.score(view.cluster.cluster_id, hits, cluster_cities(view)), hits


def cluster_cities(view: ClusterView) -> list[str]:
    """Place ids where the cluster advertised, in order of first appearance."""
    seen: dict[str, None] = {}
    for extraction in view.extractions:
        if extraction.city:
            seen.setdefault(extraction.city, None)
    return list(seen)


def _publish(
    settings: Settings,
    corpus: Corpus,
    clusters: Sequence[Cluster],
    leads: Sequence[Lead],
    reporter: Reporter,
) -> None:
    """Hand the results to the application database (SQLite in the store, or PostgreSQL)."""
    try:
        from sqlalchemy.orm import Session

        from balise.cases.publish import publish_analysis
        from balise.cases.tips import relink_tips
        from balise.share.retention import remember_flagged
        from balise.store.appdb import make_engine, upgrade
    except ImportError:  # the application is not part of this installation
        return
    engine = make_engine(settings.app_database_url)
    try:
        upgrade(engine)
        with reporter.task("publish to the application", None):
            publish_analysis(
                engine=engine,
                ads=corpus.records,
                extractions=corpus.extractions,
                clusters=clusters,
                leads=leads,
                image_hashes=corpus.image_hashes,
            )
            # tips from the public are matched again: new clusters may share their identifiers
            relink_tips(engine=engine)
            # retention keeps what was ever flagged, even if a later analysis unflags it
            with Session(engine) as session, session.begin():
                remember_flagged(session)
    finally:
        engine.dispose()
