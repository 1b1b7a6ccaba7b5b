"""Time the synthetic market generator.

    python benchmarks/bench_simulate.py [--operators N] [--weeks W] [--images]

Prints ads, ads per operator, seconds and ads per second. The brief's target is
100k ads in under a minute without images (about 13-14k operators over 8 weeks).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from balise.simulate import generate_market


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--operators", type=int, default=13_500)
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--images", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        s = generate_market(args.seed, args.operators, args.weeks, Path(tmp), images=args.images)
        seconds = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
    print(f"operators={s.operators} weeks={args.weeks} images={args.images}")
    print(
        f"ads={s.ads} ads/operator={s.ads / s.operators:.2f} persons={s.persons} "
        f"pictures={s.images} bytes={size}"
    )
    print(f"seconds={seconds:.1f} ads/second={s.ads / seconds:.0f}")


if __name__ == "__main__":
    main()
