"""Time the sharing operations on a synthetic published analysis (SQLite in a temp dir).

    python benchmarks/bench_share.py [N_ADS]

Prints the seconds taken by export (Montréal -> Laval), import (with overlap discovery),
purge dry run and purge. Synthetic data only (``balise.cases.sample``).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from balise.cases.sample import make_sample
from balise.share.bundles import export_bundle, import_bundle
from balise.share.retention import purge
from balise.store.appdb import make_engine, upgrade

KEY = bytes(range(32))


def main(n_ads: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/app.sqlite3")
        upgrade(engine)
        sample = make_sample(n_ads, seed=1)
        sample.publish(engine)
        out = Path(tmp) / "bundle.json"
        t = time.perf_counter()
        n = export_bundle(engine=engine, from_agency="spl", to_agency="spvm", out=out, key=KEY)
        print(f"export: {n} leads, {out.stat().st_size} bytes, {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        n = import_bundle(engine=engine, path=out, as_agency="spvm", key=KEY)
        print(f"import + overlaps: {n} leads, {time.perf_counter() - t:.2f} s")
        last = max(ad.posted_at for ad in sample.ads)
        now = last + timedelta(days=60)
        for dry in (True, False):
            t = time.perf_counter()
            report = purge(
                engine=engine, analytics_store_dir=None, older_than_days=90, dry_run=dry, now=now
            )
            label = "purge dry run" if dry else "purge"
            print(f"{label}: {report.app_ads} ads, {time.perf_counter() - t:.2f} s")
        engine.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
