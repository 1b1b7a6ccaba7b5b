"""Scoring-only throughput: CPU ms per ad and per cluster of ``score_clusters`` on a cached market.

    python benchmarks/bench_score.py                       # the 2,500-operator market (~18k ads)
    python benchmarks/bench_score.py --operators 18000     # ~130k ads
    python benchmarks/bench_score.py --repeat 3 --digest   # best of 3; print a digest of outputs
    python benchmarks/bench_score.py --profile             # cProfile (tottime) of one pass
    python benchmarks/bench_score.py --texts               # word lists per distinct ad text

The market is the one ``bench_analyze.py`` generates and caches. The first run analyses it once
and keeps the loaded corpus and its clusters as a pickle (``<cache>/score-<operators>.pkl``);
later runs only unpickle it and score. Scoring runs in this one process (``workers=1``; or
``--workers 2`` for the engine's forked pool) and is timed in CPU time (this process and its
exited workers, from ``getrusage``), which the other users of a shared machine change far less
than wall time. ``--digest`` prints a hash of the leads and hits, so two versions of the code can
be checked for identical results (run each with its own ``PYTHONPATH``). With workers, it also
prints the peak Pss of this process and its workers while scoring, above what this process held
before (the memory that forked workers copy; see ``bench_analyze.TreeMemory``).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import pickle
import shutil
import sys
from pathlib import Path
from typing import Any

DEFAULT_CACHE = Path("/tmp/balise-bench/markets")


def load_market(cache: Path, seed: int, operators: int, weeks: int) -> tuple[Any, list[Any]]:
    """(corpus, clusters) of the cached market, analysed and pickled on first use."""
    from balise.engine.embedded import analyze, load_corpus
    from balise.link.incremental import load_state
    from balise.progress import Reporter
    from balise.settings import Settings
    from balise.store.analytics import AnalyticsStore

    pickled = cache / f"score-s{seed}-o{operators}-w{weeks}.pkl"
    if pickled.exists():
        corpus, clusters = pickle.loads(pickled.read_bytes())
        return corpus, clusters
    market = cache / f"market-s{seed}-o{operators}-w{weeks}"
    if not (market / "DONE").exists():
        sys.path.insert(0, str(Path(__file__).parent))
        from bench_analyze import market_dir

        market = market_dir(cache, seed, operators, weeks)
    work = cache / f"score-run-{operators}"
    shutil.rmtree(work, ignore_errors=True)
    settings = Settings(store_dir=work / "store", environment="test")
    print(f"analysing {market} once (cached afterwards)...", flush=True)
    analyze(
        [market / "ads.jsonl"],
        out_dir=work / "out",
        settings=settings,
        reporter=Reporter(quiet=True),
        publish=False,
    )
    with AnalyticsStore.open(settings.store_dir) as store:
        corpus = load_corpus(store, Reporter(quiet=True))
    clusters = list(load_state(settings.store_dir / "link-state").clusters)
    pickled.write_bytes(pickle.dumps((corpus, clusters), protocol=pickle.HIGHEST_PROTOCOL))
    shutil.rmtree(work, ignore_errors=True)
    return corpus, clusters


def _cpu_seconds() -> float:
    """CPU time of this process and of its exited children (the pool's workers)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def digest(leads: list[Any], hits: dict[str, list[Any]]) -> str:
    """A hash of every lead and every hit, in output order."""
    h = hashlib.sha256()
    for lead in leads:
        h.update(repr(lead).encode())
        h.update(repr(hits.get(lead.cluster_id)).encode())
    return h.hexdigest()[:16]


def _thread_cpu() -> float:
    import time

    return time.thread_time()


def per_text(corpus: Any) -> None:
    """Per distinct ad text (title and body): the cost of preparing it, of the prefilter's scan
    and of every word list of the library, with and without the prefilter (thread CPU time,
    each measured over all texts in turn; the results are checked equal)."""
    from balise.indicators.base import library_prefilter
    from balise.indicators.wording import AdText

    prefilter = library_prefilter()
    distinct = list({(r.title, r.body): r for r in corpus.records}.values())
    # the corpus out of the collector's sight, as in an analysis: a full collection walking it
    # would be charged to whichever list happens to allocate then
    gc.collect()
    gc.freeze()
    n = len(distinct)
    started = _thread_cpu()
    plain = [AdText.of(r) for r in distinct]
    prepare = _thread_cpu() - started
    print(f"{n} distinct texts; Hyperscan prefilter: {prefilter is not None}")
    print(f"  prepare (AdText.of): {1e6 * prepare / n:.1f} us per text")
    if prefilter is None:
        return
    screened = [AdText.of(r, prefilter) for r in distinct]
    started = _thread_cpu()
    reported = 0
    for text in screened:
        for item in text.fields:
            reported += len(item.reported or ())
    scan = _thread_cpu() - started
    print(
        f"  prefilter scan (every field): {1e6 * scan / n:.1f} us per text, "
        f"{reported / n:.2f} lists reported per text of {len(prefilter.wordings)}"
    )
    total_without = total_with = 0.0
    # the prepared texts out of the collector's sight too, and no collection while timing: one
    # would be charged to whichever list happened to allocate then
    gc.collect()
    gc.freeze()
    gc.disable()
    for wording in prefilter.wordings:
        started = _thread_cpu()
        without = [wording.find(t, limit=2, prefiltered=False) for t in plain]
        middle = _thread_cpu()
        with_ = [wording.find(t, limit=2) for t in screened]
        end = _thread_cpu()
        assert [[e.text for e in x] for x in without] == [[e.text for e in x] for x in with_]
        total_without += middle - started
        total_with += end - middle
        matched = sum(1 for x in with_ if x)
        print(
            f"    {wording.name:>18}: {1e6 * (middle - started) / n:6.1f} -> "
            f"{1e6 * (end - middle) / n:6.1f} us per text ({matched} texts match)"
        )
    gc.enable()
    print(
        f"  every list: {1e6 * total_without / n:.1f} us per text without the prefilter, "
        f"{1e6 * (total_with + scan) / n:.1f} with it (scan included)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--operators", type=int, default=2_500)
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--repeat", type=int, default=1, help="passes; the fastest is shown")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--digest", action="store_true", help="print a hash of the results")
    parser.add_argument("--profile", action="store_true", help="cProfile one pass (tottime)")
    parser.add_argument("--texts", action="store_true", help="word lists per distinct text")
    args = parser.parse_args()

    from balise.engine.embedded import score_clusters
    from balise.progress import Reporter
    from balise.score import ScoreModel

    corpus, clusters = load_market(args.cache, args.seed, args.operators, args.weeks)
    if args.texts:
        per_text(corpus)
        return 0
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_analyze import TreeMemory

    memory = TreeMemory(every=0.1)
    model = ScoreModel.default()
    ads = len(corpus.records)
    best = float("inf")
    leads: list[Any] = []
    hits: dict[str, list[Any]] = {}
    grown = 0
    load_before = os.getloadavg()
    for _ in range(args.repeat):
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        held = memory.sample()
        started = _cpu_seconds()
        with memory:
            leads, hits = score_clusters(
                corpus, clusters, model, Reporter(quiet=True), workers=args.workers
            )
        cpu = _cpu_seconds() - started
        grown = max(grown, memory.peak - held)
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        best = min(best, cpu)
    print(
        f"score: {ads} ads, {len(clusters)} clusters; CPU {best:.2f} s = "
        f"{1000 * best / ads:.4f} ms per ad, {1000 * best / max(1, len(clusters)):.3f} ms per "
        f"cluster (best of {args.repeat}, workers={args.workers}: this process and its workers)"
    )
    print(f"  load average before {load_before} after {os.getloadavg()}")
    print(
        f"  peak Pss of the process tree while scoring: {memory.peak / 1024:.0f} MB, "
        f"{grown / 1024:.0f} MB above what this process held before"
    )
    if args.digest:
        print(f"  digest {digest(leads, hits)} ({sum(lead.flag for lead in leads)} flagged)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
