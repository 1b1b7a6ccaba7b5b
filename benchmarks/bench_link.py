"""Linking figures (issue 4).

Run: python benchmarks/bench_link.py [--part all|market|linear|million|datasketch]

- market: B-cubed P/R/F1 against the true operators on a freshly generated market with images;
- linear: link time at N and 10N templated text-only ads;
- million: 1M text-only ads (a generated market, analysed into ``--store``, replicated with
  fresh ids and identifiers), link time and peak memory (ru_maxrss);
- datasketch: templated near-duplicates, this LSH vs pure-Python datasketch MinHash/MinHashLSH,
  time and adjusted Rand index.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import orjson

from balise.link import LinkConfig, hash_images, link_ads
from balise.schema import AdExtraction, AdRecord, Cluster

T0 = datetime(2026, 1, 1, tzinfo=UTC)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
WORDS = ["".join(random.Random(i).choice(_LETTERS) for _ in range(6)) for i in range(3000)]


def extraction_of(ad: AdRecord) -> AdExtraction:
    try:  # the real extractor when it exists
        from balise.extract import extract_ad  # type: ignore[attr-defined]

        return extract_ad(ad)  # type: ignore[no-any-return]
    except ImportError:
        digits = re.sub(r"\D", "", ad.contact_phone or "")[-10:]
        phones = (f"+1{digits}",) if len(digits) == 10 else ()
        emails = ((ad.contact_email or "").lower(),) if ad.contact_email else ()
        return AdExtraction(ad.source, ad.ad_id, phones=phones, emails=emails)


def bcubed(clusters: list[Cluster], truth: dict[tuple[str, str], str]) -> tuple[float, float]:
    of = {k: i for i, c in enumerate(clusters) for k in c.ad_keys}
    pair = Counter((of[k], op) for k, op in truth.items() if k in of)
    csize = Counter(of[k] for k in truth if k in of)
    osize = Counter(truth.values())
    p = sum(pair[(of[k], op)] / csize[of[k]] for k, op in truth.items() if k in of) / len(truth)
    r = sum(pair[(of[k], op)] / osize[op] for k, op in truth.items() if k in of) / len(truth)
    return p, r


def part_market(seed: int, operators: int, weeks: int) -> None:
    from balise.ingest.validate import to_ad_record
    from balise.simulate import generate_market

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate_market(seed, operators, weeks, out, images=True)
        ads = [
            to_ad_record(orjson.loads(line), base_dir=out, origin=f"ads.jsonl:{i}")
            for i, line in enumerate((out / "ads.jsonl").read_bytes().splitlines(), 1)
        ]
        truth = {}
        for line in (out / "truth" / "ads.jsonl").read_bytes().splitlines():
            d = orjson.loads(line)
            truth[(d["source"], d["ad_id"])] = str(d["operator_id"])
        t = time.perf_counter()
        exs = [extraction_of(a) for a in ads]
        t_ex = time.perf_counter() - t
        t = time.perf_counter()
        hashes = hash_images(ads, workers=2)
        t_img = time.perf_counter() - t
        t = time.perf_counter()
        clusters = link_ads(ads, exs, hashes)
        t_link = time.perf_counter() - t
        p, r = bcubed(clusters, truth)
        print(
            f"market seed={seed} operators={operators} weeks={weeks}: {len(ads)} ads, "
            f"{len(set(truth.values()))} operators, {len(clusters)} clusters"
        )
        print(f"  B-cubed precision {p:.3f} recall {r:.3f} F1 {2 * p * r / (p + r):.3f}")
        print(f"  extraction {t_ex:.1f}s, image hashes {t_img:.1f}s, link {t_link:.1f}s")


def templated_corpus(n: int, seed: int) -> tuple[list[AdRecord], list[AdExtraction], list[int]]:
    """Operators each with a template; each ad is its template with 5% of words changed."""
    rng = random.Random(seed)
    ads, exs, labels = [], [], []
    op = 0
    while len(ads) < n:
        tpl = [rng.choice(WORDS) for _ in range(40)]
        for _ in range(rng.randint(1, 8)):
            words = [w if rng.random() > 0.05 else rng.choice(WORDS) for w in tpl]
            i = len(ads)
            ads.append(AdRecord("bench", f"a{i}", T0, body=" ".join(words)))
            exs.append(AdExtraction("bench", f"a{i}"))
            labels.append(op)
        op += 1
    return ads[:n], exs[:n], labels[:n]


def timed_link(n: int, seed: int = 0) -> tuple[float, float, int]:
    ads, exs, _ = templated_corpus(n, seed)
    t, cpu = time.perf_counter(), time.process_time()
    clusters = link_ads(ads, exs)
    return time.perf_counter() - t, time.process_time() - cpu, len(clusters)


def part_linear(n: int) -> None:
    t1, c1, _ = timed_link(n)
    t10, c10, _ = timed_link(10 * n)
    print(
        f"linear: {n} ads {t1:.2f}s (CPU {c1:.2f}s), {10 * n} ads {t10:.2f}s (CPU {c10:.2f}s), "
        f"ratio {t10 / t1:.2f}, CPU ratio {c10 / c1:.2f} (target <= 12)"
    )


def _load_market(store: Path) -> tuple[list[AdRecord], list[AdExtraction]]:
    """Records and extractions of an analysed market (``balise analyze --store``), cached."""
    import pickle

    cache = Path(tempfile.gettempdir()) / f"bench_link_{store.name}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())  # type: ignore[no-any-return]
    from balise.engine.embedded import load_corpus
    from balise.progress import Reporter
    from balise.store.analytics import AnalyticsStore

    with AnalyticsStore.open(store) as st:
        corpus = load_corpus(st, Reporter(quiet=True))
    out = (corpus.records, corpus.extractions)
    cache.write_bytes(pickle.dumps(out))
    return out


def replicate(
    records: list[AdRecord],
    exs: list[AdExtraction],
    copies: int,
) -> tuple[list[AdRecord], list[AdExtraction]]:
    """``copies`` disjoint copies of a market: fresh ids, and per copy one permutation of the
    letters and one of the digits applied to text and identifiers alike (lengths and mention
    spans are kept, so each copy links like the original but never with another copy)."""
    from dataclasses import replace

    letters = "abcdefghijklmnopqrstuvwxyz"
    digits = "0123456789"
    out_r: list[AdRecord] = []
    out_e: list[AdExtraction] = []
    by_key = {e.key: e for e in exs}
    for c in range(copies):
        rng = random.Random(c)
        lp = "".join(rng.sample(letters, 26)) if c else letters
        dp = "".join(rng.sample(digits, 10)) if c else digits
        table = str.maketrans(letters + letters.upper() + digits, lp + lp.upper() + dp)
        for r in records:
            e = by_key[r.key]
            ad_id = f"{r.ad_id}-{c}"
            out_r.append(
                replace(
                    r, ad_id=ad_id, title=r.title.translate(table), body=r.body.translate(table)
                )
            )
            out_e.append(
                replace(
                    e,
                    ad_id=ad_id,
                    phones=tuple(p.translate(table) for p in e.phones),
                    emails=tuple(x.translate(table) for x in e.emails),
                    handles=tuple(x.translate(table) for x in e.handles),
                    names=tuple(x.translate(table) for x in e.names),
                )
            )
    return out_r, out_e


def part_million(store: Path | None, target: int = 1_000_000) -> None:
    """1M text-only ads: a generated, analysed market replicated (see ``replicate``), or the
    templated corpus when no store is given."""
    if store is None:
        ads, exs, _ = templated_corpus(target, 0)
        what = "templated"
    else:
        base_r, base_e = _load_market(store)
        copies = -(-target // len(base_r))
        ads, exs = replicate(base_r, base_e, copies)
        ads, exs = ads[:target], exs[:target]
        what = f"{copies} copies of {store}"
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    t, cpu = time.perf_counter(), time.process_time()
    clusters = link_ads(ads, exs)
    dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    print(
        f"million: {len(ads):,} text-only ads ({what}) linked in {dt:.1f}s "
        f"(CPU {dcpu:.1f}s; wall > CPU means a loaded machine) "
        f"({len(clusters)} clusters), peak RSS {peak:.2f} GiB "
        f"({rss0:.2f} GiB before linking: the corpus)"
    )


def part_datasketch(n: int) -> None:
    from datasketch import MinHash, MinHashLSH
    from sklearn.metrics import adjusted_rand_score

    ads, exs, labels = templated_corpus(n, 1)
    # the same similarity threshold for both (datasketch's LSH threshold and verification)
    cfg = LinkConfig(text_min_similarity=0.5, text_strong_similarity=0.5)
    t = time.perf_counter()
    clusters = link_ads(ads, exs, config=cfg)
    t_ours = time.perf_counter() - t
    of = {k: i for i, c in enumerate(clusters) for k in c.ad_keys}
    ours = [of[a.key] for a in ads]

    t = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    sigs = []
    for i, a in enumerate(ads):
        words = a.body.split()
        m = MinHash(num_perm=128)
        for j in range(len(words) - 2):
            m.update(" ".join(words[j : j + 3]).encode())
        lsh.insert(str(i), m)
        sigs.append(m)
    parent = list(range(len(ads)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            jj = int(j)
            if jj != i and m.jaccard(sigs[jj]) >= 0.5:
                parent[find(i)] = find(jj)
    theirs = [find(i) for i in range(len(ads))]
    t_ds = time.perf_counter() - t
    print(
        f"datasketch comparison on {n} templated ads: ours {t_ours:.2f}s ARI "
        f"{adjusted_rand_score(labels, ours):.4f}; datasketch {t_ds:.2f}s ARI "
        f"{adjusted_rand_score(labels, theirs):.4f}; speed-up {t_ds / t_ours:.1f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--part", default="all", choices=["all", "market", "linear", "million", "datasketch"]
    )
    ap.add_argument("--seed", type=int, default=20260907)
    ap.add_argument("--operators", type=int, default=300)
    ap.add_argument("--weeks", type=int, default=4)
    ap.add_argument("--linear-n", type=int, default=50_000)
    ap.add_argument("--datasketch-n", type=int, default=20_000)
    ap.add_argument(
        "--store",
        type=Path,
        default=None,
        help="store of an analysed text-only market to replicate for --part million",
    )
    a = ap.parse_args()
    if a.part in ("all", "market"):
        part_market(a.seed, a.operators, a.weeks)
    if a.part in ("all", "datasketch"):
        part_datasketch(a.datasketch_n)
    if a.part in ("all", "linear"):
        part_linear(a.linear_n)
    if a.part in ("all", "million"):
        part_million(a.store)


if __name__ == "__main__":
    main()
