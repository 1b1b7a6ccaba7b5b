"""Both engines on the same text-only ads: time per step, the Spark/embedded ratio, and scaling.

    python benchmarks/bench_engines.py                 # 100k and 1M ads (1M takes a long time)
    python benchmarks/bench_engines.py --sizes 20000 100000 --master local[2]

The markets come from ``balise.simulate`` (a bigger market for a bigger size; ~7 ads per operator
and week). Each engine runs in a fresh process, so the JVM start-up is part of the Spark time
(it is printed separately). The embedded engine starts from an empty store.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import orjson

ADS_PER_OPERATOR_WEEK = 0.9  # measured on the generator: ads ≈ 0.9 × operators × weeks


GENERATOR_MAX_OPERATORS = 30_000
"""The generator hands out distinct NPA-555-XXXX numbers from the area codes of its places; far
beyond ~14k operators it runs out of them (140k operators never finish). Bigger markets are
made of several markets (see ``_combined_market``)."""


def _market_with_area_codes(seed: int, operators: int, weeks: int, out: Path, copy: int) -> int:
    """A generated market whose phones use area codes no other copy uses (still NPA-555-XXXX,
    valid for phonenumbers): ``copy`` 0 is the plain market. Returns the number of ads."""
    import random

    import phonenumbers

    from balise.simulate import generate_market
    from balise.simulate import places as sim_places

    if copy:
        used = sorted({c for p in sim_places.PLACE_BY_ID.values() for c in p.area_codes})
        free = [
            str(n)
            for n in range(200, 1000)
            if str(n) not in used
            and all(
                phonenumbers.is_valid_number(phonenumbers.parse(f"+1{n}555{x}"))
                for x in ("0042", "7935")
            )
        ]
        random.Random(0).shuffle(free)
        if len(free) < copy * len(used):
            raise SystemExit(f"not enough area codes for copy {copy}")
        mapped = dict(zip(used, free[(copy - 1) * len(used) : copy * len(used)], strict=True))
        # in place: the generator's modules hold this very dict (the process is a throwaway)
        for key, place in list(sim_places.PLACE_BY_ID.items()):
            codes = tuple(mapped[c] for c in place.area_codes)
            sim_places.PLACE_BY_ID[key] = dataclasses.replace(place, area_codes=codes)
    return generate_market(seed, operators, weeks, out, images=False).ads


def _combined_market(directory: Path, ads: int, weeks: int) -> Path:
    """``ads`` ads from ``k`` generated markets of at most ``GENERATOR_MAX_OPERATORS`` / 2
    operators each (seeds 20240, 20241, ...), concatenated: copy ``c`` gets its own area codes
    (so no phone is shared between copies by accident) and ``-m{c}`` after its ad ids (ids are
    drawn per market). Texts, names, emails and handles are each market's own, so copies may
    meet where real markets meet (similar texts, a site's switchboard number)."""
    out = directory / f"market-{ads}"
    target = out / "ads.jsonl"
    if target.exists():
        return target
    operators = max(10, round(ads / (ADS_PER_OPERATOR_WEEK * weeks)))
    copies = -(-operators // (GENERATOR_MAX_OPERATORS // 2))
    per_copy = -(-operators // copies)
    started = time.perf_counter()
    parts = [directory / f"part-{ads}-{c}" for c in range(copies)]
    with ProcessPoolExecutor(max_workers=3) as pool:
        counts = list(
            pool.map(
                _market_with_area_codes,
                [20240 + c for c in range(copies)],
                [per_copy] * copies,
                [weeks] * copies,
                parts,
                range(copies),
            )
        )
    out.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as sink:
        for c, part in enumerate(parts):
            with (part / "ads.jsonl").open("rb") as lines:
                for line in lines:
                    row = orjson.loads(line)
                    if c:
                        row["ad_id"] = f"{row['ad_id']}-m{c}"
                    sink.write(orjson.dumps(row) + b"\n")
    print(
        f"combined {sum(counts)} ads from {copies} markets of {per_copy} operators x {weeks} "
        f"weeks in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    return target


def _market(directory: Path, ads: int, weeks: int) -> Path:
    from balise.simulate import generate_market

    if round(ads / (ADS_PER_OPERATOR_WEEK * weeks)) > GENERATOR_MAX_OPERATORS:
        return _combined_market(directory, ads, weeks)
    out = directory / f"market-{ads}"
    if not (out / "ads.jsonl").exists():
        operators = max(10, round(ads / (ADS_PER_OPERATOR_WEEK * weeks)))
        started = time.perf_counter()
        summary = generate_market(20240, operators, weeks, out, images=False)
        print(
            f"generated {summary.ads} ads ({operators} operators x {weeks} weeks) "
            f"in {time.perf_counter() - started:.0f} s",
            flush=True,
        )
    return out / "ads.jsonl"


_RUNNER = """
import json, sys, time
from pathlib import Path
from balise.progress import Reporter
from balise.settings import Settings
engine, ads, out, store, master, memory = sys.argv[1:7]
import balise
print(f"balise from {balise.__file__}", file=sys.stderr, flush=True)
step_cpu = {}
started = time.perf_counter()
settings = Settings(store_dir=Path(store))
# step start/end lines go to stderr, which the benchmark writes to a log file
reporter = Reporter()
if engine == "spark":
    from balise.engine.spark_session import get_session
    from balise.engine.spark import analyze_spark
    session, _ = get_session(master, conf={"spark.driver.memory": memory} if memory else None)
    session_s = time.perf_counter() - started
    result = analyze_spark([Path(ads)], out_dir=Path(out), settings=settings, reporter=reporter)
    session.stop()
else:
    import resource
    from contextlib import contextmanager
    from balise.engine import embedded
    # CPU seconds per step: this process, and the children that ended in it (pools end inside
    # their step), to find where the cost per ad grows
    original = embedded.Pipeline.step
    def _now():
        own = resource.getrusage(resource.RUSAGE_SELF)
        ended = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime, ended.ru_utime + ended.ru_stime
    @contextmanager
    def _step(self, name):
        before = _now()
        try:
            with original(self, name):
                yield
        finally:
            after = _now()
            step_cpu[name] = [round(after[0] - before[0], 2), round(after[1] - before[1], 2)]
    embedded.Pipeline.step = _step
    session_s = 0.0
    result = embedded.analyze([Path(ads)], out_dir=Path(out), settings=settings,
                              publish=False, reporter=reporter)
f = result.figures
print(json.dumps({"wall": time.perf_counter() - started, "session": session_s,
                  "ads": f.ads_total, "clusters": f.clusters, "flagged": f.leads_flagged,
                  "steps": f.seconds, "steps_cpu": step_cpu}))
"""


class _TreeCpu(threading.Thread):
    """CPU seconds of a process and all its descendants (the JVM, Python workers, pools): the
    sum of each one's own time, last sampled from /proc (every second). On a shared machine
    wall time says more about the other jobs than about the engine. Processes that live less
    than a second are missed. Linux only; 0 elsewhere."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.own: dict[int, int] = {}  # pid -> own user+system ticks, last seen
        self.seconds = 0.0
        self.peak_rss = 0  # bytes: the largest sum of the tree's resident sizes in one sample

    @staticmethod
    def _table() -> dict[int, tuple[int, int, int]]:
        table = {}
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                text = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            rest = text[text.rindex(")") + 2 :].split()
            table[int(name)] = (int(rest[1]), int(rest[11]) + int(rest[12]), int(rest[21]))
        return table

    def run(self) -> None:
        if not Path("/proc").is_dir():
            return
        tick = os.sysconf("SC_CLK_TCK")
        page = os.sysconf("SC_PAGE_SIZE")
        while Path(f"/proc/{self.root}").exists():
            table = self._table()
            tree, frontier = {self.root}, [self.root]
            while frontier:
                parent = frontier.pop()
                for pid, (ppid, _, _) in table.items():
                    if ppid == parent and pid not in tree:
                        tree.add(pid)
                        frontier.append(pid)
            self.own.update({pid: table[pid][1] for pid in tree if pid in table})
            self.seconds = sum(self.own.values()) / tick
            rss = sum(table[pid][2] for pid in tree if pid in table) * page
            self.peak_rss = max(self.peak_rss, rss)
            time.sleep(1)


_LOCKS: list[Any] = []  # held until this process exits


def _hold(path: Path) -> None:
    """Refuse to start a run whose output and store directories another running benchmark is
    using (it would delete them under that run). The lock goes with the process."""
    import fcntl

    handle = path.open("w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise SystemExit(
            f"another benchmark is running in {path.parent} with the same engine and market; "
            "wait for it or pass another --work directory"
        ) from None
    _LOCKS.append(handle)


def _run(engine: str, ads: Path, work: Path, master: str, memory: str) -> dict[str, Any]:
    out = work / f"out-{engine}-{ads.parent.name}"
    store = work / f"store-{engine}-{ads.parent.name}"
    log = work / f"run-{engine}-{ads.parent.name}.log"
    _hold(work / f".lock-{engine}-{ads.parent.name}")
    subprocess.run(["rm", "-rf", str(out), str(store)], check=True)
    print(f"{engine} on {ads}: progress in {log}", flush=True)
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", _RUNNER, engine, str(ads), str(out), str(store), master, memory],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
        cpu = _TreeCpu(proc.pid)
        cpu.start()
        stdout, _ = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"{engine} failed on {ads}:\n{log.read_text()[-3000:]}")
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    result["cpu"] = cpu.seconds  # the last sample (up to 2 s before the end)
    result["peak_rss"] = cpu.peak_rss
    return result


def _commit() -> str:
    done = subprocess.run(
        ["git", "log", "-1", "--format=%h %cI"],
        cwd=Path(__file__).parent,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--master", default="local[*]")
    parser.add_argument(
        "--engines",
        nargs="+",
        choices=["embedded", "spark"],
        default=["embedded", "spark"],
        help="run only these engines",
    )
    parser.add_argument(
        "--driver-memory",
        default="",
        help="spark.driver.memory for the Spark runs (local mode: the executors live in it)",
    )
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bench-engines")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    print(
        f"cores: {os.cpu_count()}, load average at start: {load[0]:.1f}, master {args.master}, "
        f"commit {_commit()}",
        flush=True,
    )
    rows = []
    for size in args.sizes:
        ads = _market(args.work, size, args.weeks)
        got = {
            engine: _run(engine, ads, args.work, args.master, args.driver_memory)
            for engine in args.engines
        }
        for engine, figures in got.items():
            wall, n = float(figures["wall"]), float(figures["ads"])
            cpu = float(figures["cpu"])
            print(
                f"\n{figures['ads']} ads, {engine}: {wall:.1f} s "
                f"(session start {figures['session']:.1f} s; {1000 * wall / n:.2f} ms/ad; "
                f"CPU {cpu:.0f} s, {1000 * cpu / n:.2f} ms/ad; peak RSS of the process tree "
                f"{figures['peak_rss'] / 2**30:.1f} GiB), "
                f"{figures['clusters']} clusters, {figures['flagged']} flagged, load average "
                f"{os.getloadavg()[0]:.1f}\n  steps: {figures['steps']}",
                flush=True,
            )
            if figures.get("steps_cpu"):
                print(
                    "  CPU ms per ad by step (process + children that ended in it): "
                    + "  ".join(
                        f"{name} {1000 * own / n:.3f}+{1000 * ended / n:.3f}"
                        for name, (own, ended) in figures["steps_cpu"].items()
                    ),
                    flush=True,
                )
        if len(got) < 2:
            continue
        emb, spk = got["embedded"], got["spark"]
        same = (emb["clusters"], emb["flagged"]) == (spk["clusters"], spk["flagged"])
        rows.append((size, emb, spk))
        print(
            f"\n{emb['ads']} ads: embedded {emb['wall']:.1f} s, spark {spk['wall']:.1f} s "
            f"(session start {spk['session']:.1f} s), ratio spark/embedded "
            f"{float(spk['wall']) / float(emb['wall']):.2f} (CPU {spk['cpu']:.0f} s / "
            f"{emb['cpu']:.0f} s = {float(spk['cpu']) / float(emb['cpu']):.2f}); "
            f"same clusters and flags: {same}"
        )
        print(f"  embedded steps: {emb['steps']}")
        print(f"  spark steps:    {spk['steps']}", flush=True)
    if len(rows) > 1:
        (_, e0, k0), (_, e1, k1) = rows[0], rows[-1]
        factor = float(e1["ads"]) / float(e0["ads"])
        print(
            f"\nscaling x{factor:.1f} in ads: embedded x"
            f"{float(e1['wall']) / float(e0['wall']):.1f}, spark x"
            f"{float(k1['wall']) / float(k0['wall']):.1f} (CPU: embedded x"
            f"{float(e1['cpu']) / float(e0['cpu']):.1f}, spark x"
            f"{float(k1['cpu']) / float(k0['cpu']):.1f})"
        )
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
