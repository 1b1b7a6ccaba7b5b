"""p95 latency of the analyst app with 100k ads loaded, under a bounded load on loopback.

    python benchmarks/bench_web.py [--ads 100000] [--requests 200] [--concurrency 4]
                                   [--database-url postgresql+psycopg://...] [--workers 2]

Builds a synthetic published analysis (``balise.cases.sample``), starts ``balise.web`` with
uvicorn in a child process on 127.0.0.1, and from this process sends a bounded number of
requests (fixed count, fixed concurrency) to the triage queue page, cluster pages and the
leads API. Prints p50/p95/max per endpoint; the target is p95 <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy.orm import Session

from balise.cases.sample import make_sample
from balise.cases.users import add_user
from balise.store.appdb import make_engine, upgrade
from balise.store.appdb.scratch import scratch_database

PASSWORD = "benchmark password"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ads", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="per endpoint")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    args = parser.parse_args()

    with (
        tempfile.TemporaryDirectory() as tmp,
        scratch_database(args.database_url, Path(tmp)) as url,
    ):
        store = Path(tmp)
        t0 = time.perf_counter()
        sample = make_sample(args.ads, seed=1)
        t1 = time.perf_counter()
        engine = make_engine(url)
        upgrade(engine)
        sample.publish(engine)
        t2 = time.perf_counter()
        sample.publish(engine)
        t3 = time.perf_counter()
        add_user(engine=engine, username="bench", password=PASSWORD, agency="spvm", role="analyst")
        with Session(engine) as s:
            from balise.cases.service import list_queue

            page = list_queue(s, agency="spvm", limit=500)
            clusters = [r.cluster_id for r in page.rows]
            total = page.total
        engine.dispose()
        print(f"ads {len(sample.ads)}, clusters {len(sample.clusters)}, SPVM leads {total}")
        print(f"generate {t1 - t0:.1f} s, publish {t2 - t1:.1f} s, re-publish {t3 - t2:.1f} s")

        port = _free_port()
        env = {
            **os.environ,
            "BALISE_STORE_DIR": str(store),
            "BALISE_ENVIRONMENT": "test",
            "BALISE_DATABASE_URL": url,
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from balise.settings import Settings; from balise.web import run_server; "
                f"run_server(Settings(), '127.0.0.1', {port}, workers={args.workers})",
            ],
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 180  # worker start-up is slow on a busy machine
            while True:
                try:
                    httpx.get(f"{base}/login", timeout=2)
                    break
                except httpx.HTTPError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("server did not start") from None
                    time.sleep(0.2)
            web = httpx.Client(base_url=base, timeout=30)
            token = re.search(r'name="csrf_token" value="([^"]+)"', web.get("/login").text)
            assert token
            r = web.post(
                "/login",
                data={"username": "bench", "password": PASSWORD, "csrf_token": token.group(1)},
            )
            assert r.status_code in (200, 303), r.status_code
            api_token = httpx.post(
                f"{base}/api/v1/token", json={"username": "bench", "password": PASSWORD}
            ).json()["access_token"]
            cookies = dict(web.cookies)
            rng = random.Random(3)
            endpoints = {
                "queue page": lambda: "/queue",
                "queue page 2 filtered": lambda: "/queue?flagged=1&page=3",
                "cluster page": lambda: f"/clusters/{rng.choice(clusters)}",
                "leads API": lambda: "/api/v1/leads?limit=100",
            }

            local = threading.local()
            headers = {"Authorization": f"Bearer {api_token}"}

            def hit(path: str) -> float:
                # One keep-alive client per thread, made outside the timed part (as a browser).
                client = getattr(local, "client", None)
                if client is None:
                    client = local.client = httpx.Client(base_url=base, cookies=cookies, timeout=30)
                start = time.perf_counter()
                response = client.get(path, headers=headers)
                elapsed = time.perf_counter() - start
                if response.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {response.status_code}")
                return elapsed * 1000

            print(
                f"load: {args.requests} requests per endpoint, {args.concurrency} concurrent, "
                f"{args.workers} server workers, loopback; "
                f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
            )
            worst = 0.0
            for name, make_path in endpoints.items():
                for _ in range(5):
                    hit(make_path())  # warm-up
                paths = [make_path() for _ in range(args.requests)]
                with ThreadPoolExecutor(args.concurrency) as pool:
                    times = list(pool.map(hit, paths))
                p95 = _percentile(times, 0.95)
                worst = max(worst, p95)
                print(
                    f"{name:24s} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
                    f"max {max(times):6.1f} ms"
                )
            print(
                f"worst p95 {worst:.1f} ms (target <= 300 ms): {'OK' if worst <= 300 else 'OVER'}"
            )
            print(f"load average after: {os.getloadavg()[0]:.1f}")
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
