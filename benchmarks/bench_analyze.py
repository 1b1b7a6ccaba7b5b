"""Whole-``analyze`` throughput on a text-only market: per-step seconds, ads/s, growth at 10x.

    python benchmarks/bench_analyze.py                          # ~130k ads (18,000 operators)
    python benchmarks/bench_analyze.py --compare 2500 18000      # cost per ad at two sizes
    python benchmarks/bench_analyze.py --operators 2500 --profile  # cProfile, one process

Markets are generated once and cached (``--cache``, default /tmp/balise-bench/markets). Each run
starts from an empty store and writes its figures to ``<cache>/result-<operators>.json`` so that
``--compare`` can put two sizes side by side. The machine is shared: every figure is printed
with the load average before and after the run, and the CPU time of the process and its workers.
Memory is the peak, overall and per step, of the Pss summed over this process and its workers
(sampled every 0.2 s, less often when sampling is dear: see ``TreeMemory``): forked workers
share pages with the parent until they write to them, and Pss counts a shared page once, so the
sum is what the run takes from the machine. Reading Pss is not free (the kernel walks every
page of every process of the tree, ~30-60 ms of CPU per sample at 0.6-1.5 GB, charged to this
process): the sampler's own CPU time is counted apart and left out of the CPU figures.

One generated market cannot be made 10x larger than ~130k ads: the generator's 555 phone
numbers run out beyond ~30k operators. The 10x comparison is therefore made by
``benchmarks/bench_engines.py --engines embedded --sizes 100000 1000000``, whose 1M market is ten
generated markets with their own area codes (see ``docs/performance.md``).

Target (issue 5): >= 2,000 ads/s at ~130k ads on 2 cores; cost per ad grows <= 20% at 10x.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import threading
import time
from pathlib import Path

DEFAULT_CACHE = Path("/tmp/balise-bench/markets")


def market_dir(cache: Path, seed: int, operators: int, weeks: int) -> Path:
    """The cached market for these arguments, generated on first use."""
    from balise.simulate import generate_market

    out = cache / f"market-s{seed}-o{operators}-w{weeks}"
    done = out / "DONE"
    if done.exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    print(f"generating {operators} operators over {weeks} weeks into {out}...", flush=True)
    generate_market(seed, operators, weeks, out, images=False)
    done.write_text(f"{time.perf_counter() - started:.1f}\n")
    print(f"generated in {time.perf_counter() - started:.0f} s", flush=True)
    return out


def run(market: Path, work: Path, *, workers: int, profile: bool) -> dict[str, object]:
    """One fresh analysis of ``market`` in ``work``; returns its figures."""
    from balise.engine import embedded
    from balise.progress import Reporter
    from balise.settings import Settings

    memory = TreeMemory()
    step_cpu = _count_step_cpu(embedded.Pipeline, memory)

    shutil.rmtree(work, ignore_errors=True)
    settings = Settings(store_dir=work / "store", environment="test", workers=workers)
    load_before = os.getloadavg()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    with memory:
        result = embedded.analyze(
            [market / "ads.jsonl"],
            out_dir=work / "out",
            settings=settings,
            reporter=Reporter(quiet=not sys.stderr.isatty()),
            publish=False,
        )
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    if profiler is not None:
        import pstats

        profiler.disable()
        profiler.dump_stats(str(work / "analyze.prof"))
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    ads = result.figures.ads_total
    cpu -= memory.cpu  # the sampler's reading of /proc is not the engine's work
    return {
        "market": str(market),
        "ads": ads,
        "clusters": result.figures.clusters,
        "seconds": round(seconds, 2),
        "ads_per_s": round(ads / seconds, 1),
        "ms_per_ad": round(1000 * seconds / max(1, ads), 4),
        # CPU time of this process and its workers: on a shared machine, the cost per ad that
        # the other users' load does not change much
        "cpu_seconds": round(cpu, 2),
        "cpu_ms_per_ad": round(1000 * cpu / max(1, ads), 4),
        "steps": dict(result.figures.seconds),
        # per step: CPU ms per ad of this process, and of its workers (pools end inside steps)
        "steps_cpu_ms_per_ad": {
            name: [round(1000 * x / max(1, ads), 4) for x in pair]
            for name, pair in step_cpu.items()
        },
        # CPU time of the memory sampler (left out of the figures above) and its samples
        "sampler_cpu_seconds": round(memory.cpu, 2),
        "sampler_samples": memory.samples,
        "workers": workers or os.cpu_count(),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "max_rss_mb": _max_rss_mb(),
        "peak_tree_pss_mb": round(memory.peak / 1024, 1),
        "steps_peak_tree_pss_mb": {k: round(v / 1024, 1) for k, v in memory.peaks.items()},
    }


class TreeMemory:
    """Samples, in a thread, the Pss (kB) of this process and all its descendants; keeps the
    peak, and the peak per step (``step`` names the current one).

    A sample reads ``/proc/<pid>/smaps_rollup`` of every process of the tree, for which the
    kernel walks their page tables: ~8 ms of CPU at 0.1 GB, 30 ms at 0.6 GB, 60 ms at 1.5 GB
    (charged to this process, and taken from the cores the run uses). Sampled every 0.2 s, that
    was 15-30% of a core throughout a 130k run. So the sampler waits ``every`` seconds or 19
    times what its last sample cost, whichever is longer (it takes at most 5% of a core), and
    counts its own CPU time (``cpu``, and ``cpu_by_step``) for the caller to leave out.
    """

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.step = "-"
        self.peak = 0
        self.peaks: dict[str, int] = {}
        self.cpu = 0.0  # seconds of CPU the samples took (user + system, this thread's)
        self.cpu_by_step: dict[str, float] = {}
        self.samples = 0
        self._last_cost = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> TreeMemory:
        self._stop.clear()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(max(self.every, 19 * self._last_cost)):
            self.sample()

    def sample(self) -> int:
        started = time.thread_time()
        total = sum(_pss_kb(pid) for pid in _tree(os.getpid()))
        cost = time.thread_time() - started
        with self._lock:  # the step's own call and the thread's may overlap
            self._last_cost = cost
            self.cpu += cost
            self.cpu_by_step[self.step] = self.cpu_by_step.get(self.step, 0.0) + cost
            self.samples += 1
            self.peak = max(self.peak, total)
            self.peaks[self.step] = max(self.peaks.get(self.step, 0), total)
        return total


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (from /proc; empty parts if one has just ended)."""
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            out.extend(_tree(int(child)))
    return out


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _count_step_cpu(pipeline: type, memory: TreeMemory) -> dict[str, tuple[float, float]]:
    """Wrap ``Pipeline.step`` to record each step's CPU time: (this process, ended workers),
    and to tell ``memory`` which step it samples."""
    import resource
    from contextlib import contextmanager

    out: dict[str, tuple[float, float]] = {}
    original = pipeline.step  # type: ignore[attr-defined]

    def now() -> tuple[float, float]:
        # this process's CPU less the memory sampler's (its reading of /proc), so far
        own = resource.getrusage(resource.RUSAGE_SELF)
        ended = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime - memory.cpu, ended.ru_utime + ended.ru_stime

    @contextmanager
    def step(self, name):  # type: ignore[no-untyped-def]
        before = now()
        memory.step = name
        try:
            with original(self, name):
                yield
        finally:
            memory.sample()  # a short step may fall between two samples
            memory.step = "-"
            after = now()
            out[name] = (after[0] - before[0], after[1] - before[1])

    pipeline.step = step  # type: ignore[attr-defined]
    return out


def _cpu_seconds() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # counted once they have exited
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _max_rss_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def show(figures: dict[str, object]) -> None:
    ads, seconds = figures["ads"], figures["seconds"]
    print(
        f"analyze: {ads} ads, {figures['clusters']} clusters in {seconds} s = "
        f"{figures['ads_per_s']:,} ads/s (target >= 2,000); {figures['ms_per_ad']} ms per ad"
    )
    steps = figures["steps"]
    assert isinstance(steps, dict)
    print("  " + "  ".join(f"{name} {value:.1f}s" for name, value in steps.items()))
    cpu, per_ad = figures["cpu_seconds"], figures["cpu_ms_per_ad"]
    print(f"  CPU {cpu} s = {per_ad} ms per ad (this process and its workers)")
    if "sampler_cpu_seconds" in figures:
        print(
            f"  memory sampler: {figures['sampler_samples']} samples, "
            f"{figures['sampler_cpu_seconds']} s of CPU (left out of the figures)"
        )
    step_cpu = figures.get("steps_cpu_ms_per_ad")
    if isinstance(step_cpu, dict):
        print(
            "  CPU ms per ad (process + workers): "
            + "  ".join(f"{name} {own:.3f}+{ended:.3f}" for name, (own, ended) in step_cpu.items())
        )
    print(
        f"  load average before {figures['load_before']} after {figures['load_after']}; "
        f"workers {figures['workers']}; parent max RSS {figures['max_rss_mb']} MB"
    )
    peaks = figures.get("steps_peak_tree_pss_mb")
    if isinstance(peaks, dict):
        print(
            f"  peak Pss of the process tree {figures['peak_tree_pss_mb']} MB; per step: "
            + "  ".join(f"{name} {mb:.0f}" for name, mb in peaks.items() if name != "-")
        )


def compare(cache: Path, small: int, large: int) -> int:
    figures = []
    for operators in (small, large):
        path = cache / f"result-{operators}.json"
        if not path.exists():
            print(f"no result for {operators} operators yet ({path}); run it first")
            return 1
        figures.append(json.loads(path.read_text()))
        show(figures[-1])
    scale = int(figures[1]["ads"]) / int(figures[0]["ads"])
    for what in ("ms_per_ad", "cpu_ms_per_ad"):
        ratio = float(figures[1][what]) / float(figures[0][what])
        print(f"{scale:.1f}x the ads: {what} grows {ratio - 1:+.0%} (target <= +20%)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--operators", type=int, default=18_000, help="18,000 ~ 130k ads")
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--workers", type=int, default=0, help="0 = one per core")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--work", type=Path, help="run directory (default: under --cache)")
    parser.add_argument("--keep", action="store_true", help="keep the store and outputs")
    parser.add_argument(
        "--result", type=Path, help="figures file (default: <cache>/result-<operators>.json)"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the parent process")
    parser.add_argument("--compare", nargs=2, type=int, metavar=("SMALL", "LARGE"))
    args = parser.parse_args()

    args.cache.mkdir(parents=True, exist_ok=True)
    if args.compare:
        return compare(args.cache, *args.compare)
    market = market_dir(args.cache, args.seed, args.operators, args.weeks)
    work = args.work or args.cache / f"run-{args.operators}"
    figures = run(market, work, workers=args.workers, profile=args.profile)
    show(figures)
    result = args.result or args.cache / f"result-{args.operators}.json"
    result.write_text(json.dumps(figures, indent=2))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
