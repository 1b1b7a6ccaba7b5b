"""Every accuracy figure of Balise, as ``shared/spec/evaluation.md`` defines it.

Inputs are files only (truth directory of a generated market, output directory of an
analysis), so the same code scores any engine's output.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson
from sklearn.metrics import average_precision_score

from balise.errors import InputError

Key = tuple[str, str]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    support: int  # number of true items

    @classmethod
    def of(cls, true_positive: int, predicted: int, actual: int) -> PRF:
        p = true_positive / predicted if predicted else (1.0 if not actual else 0.0)
        r = true_positive / actual if actual else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(p, r, f, actual)


@dataclass(frozen=True)
class Evaluation:
    ads: int
    phones: PRF
    phones_obfuscated: PRF
    ages: PRF
    place_accuracy: float
    place_support: int
    bcubed: PRF
    pairwise: PRF
    clusters: int
    operators: int
    trafficking_operators: int
    trafficking_recall: float
    minor_operators: int
    minor_recall: float
    victims: int
    victim_recall: float
    independents: int
    independent_fpr: float
    exploitative_venues: int
    exploitative_venue_recall: float
    clean_agencies: int
    agency_fpr: float
    average_precision: float
    flagged_operators: int
    flag_precision: float
    minor_flag_precision: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_text(self) -> str:
        def prf(name: str, v: PRF) -> str:
            return (
                f"  {name:<28} P {v.precision:.4f}  R {v.recall:.4f}  F1 {v.f1:.4f}"
                f"  (n={v.support})"
            )

        fpr = f"independent-worker FPR {self.independent_fpr:.4f} (n={self.independents})"
        lines = [
            f"Evaluation of {self.ads} ads, {self.clusters} clusters, {self.operators} operators",
            "Extraction",
            prf("phones (all ads)", self.phones),
            prf("phones (obfuscated ads)", self.phones_obfuscated),
            prf("ages", self.ages),
            f"  {'place accuracy':<28} {self.place_accuracy:.4f}  (n={self.place_support})",
            "Linking (against true operators)",
            prf("B-cubed", self.bcubed),
            prf("pairwise", self.pairwise),
            "Leads (operator level)",
            f"  trafficking recall           {self.trafficking_recall:.4f}"
            f"  (n={self.trafficking_operators})   {fpr}",
            f"  minor recall                 {self.minor_recall:.4f}"
            f"  (n={self.minor_operators})   {fpr}",
            f"  victim recall                {self.victim_recall:.4f}  (n={self.victims})",
            f"  independent-worker FPR       {self.independent_fpr:.4f}  (n={self.independents})",
            f"  exploitative venues found    {self.exploitative_venue_recall:.4f}"
            f"  (n={self.exploitative_venues})",
            f"  agency false-positive rate   {self.agency_fpr:.4f}  (n={self.clean_agencies})",
            f"  average precision            {self.average_precision:.4f}",
            f"  flag precision               {self.flag_precision:.4f}"
            f"  ({self.flagged_operators} operators flagged)",
            f"  minor-flag precision         {self.minor_flag_precision:.4f}",
        ]
        return "\n".join(lines)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        raise InputError("missing file", where=str(path))
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise InputError(f"invalid JSON: {exc}", where=f"{path}:{number}") from exc


def _truth_dir(path: Path) -> Path:
    return path / "truth" if (path / "truth" / "ads.jsonl").exists() else path


def _pair_count(n: int) -> int:
    return n * (n - 1) // 2


def evaluate(truth: Path, out: Path) -> Evaluation:
    """Compare the analysis in ``out`` with the market truth in ``truth`` (or ``truth/truth``)."""
    tdir = _truth_dir(truth)
    truth_ads = {(t["source"], t["ad_id"]): t for t in _jsonl(tdir / "ads.jsonl")}
    operators = {o["operator_id"]: o for o in _jsonl(tdir / "operators.jsonl")}
    persons = {p["person_id"]: p for p in _jsonl(tdir / "persons.jsonl")}
    out_ads = {(a["source"], a["ad_id"]): a for a in _jsonl(out / "ads.jsonl")}
    clusters = list(_jsonl(out / "clusters.jsonl"))
    leads = {x["cluster_id"]: x for x in _jsonl(out / "leads.jsonl")}

    # --- extraction: micro P/R/F1 over (ad, value) pairs ----------------------------------
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, predicted, actual
    place_ok = place_n = 0
    for key, t in truth_ads.items():
        o = out_ads.get(key, {})
        for name, values in (("phones", t["phones"]), ("ages", t["ages"])):
            got, want = set(o.get(name, [])), set(values)
            bucket = [name] + (["phones_obf"] if name == "phones" and t["obfuscated_phone"] else [])
            for b in bucket:
                counts[b][0] += len(got & want)
                counts[b][1] += len(got)
                counts[b][2] += len(want)
        if t.get("place") is not None:
            place_n += 1
            place_ok += o.get("city") == t["place"]

    # --- linking: B-cubed and pairwise --------------------------------------------------------
    operator_of = {key: t["operator_id"] for key, t in truth_ads.items()}
    operator_size: dict[str, int] = defaultdict(int)
    for op in operator_of.values():
        operator_size[op] += 1
    cluster_of: dict[Key, str] = {}
    precision_sum = recall_sum = 0.0
    same_cluster_pairs = tp_pairs = 0
    for cluster in clusters:
        keys = [(s, a) for s, a in cluster["ad_ids"] if (s, a) in operator_of]
        for key in keys:
            cluster_of[key] = cluster["cluster_id"]
        by_op: dict[str, int] = defaultdict(int)
        for key in keys:
            by_op[operator_of[key]] += 1
        for op, n in by_op.items():
            precision_sum += n * n / len(keys)
            recall_sum += n * n / operator_size[op]
            tp_pairs += _pair_count(n)
        same_cluster_pairs += _pair_count(len(keys))
    n_ads = len(truth_ads)
    bp = precision_sum / n_ads if n_ads else 0.0
    br = recall_sum / n_ads if n_ads else 0.0
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    true_pairs = sum(_pair_count(n) for n in operator_size.values())

    # --- leads, per operator ----------------------------------------------------------------
    op_clusters: dict[str, set[str]] = defaultdict(set)
    for key, op in operator_of.items():
        if key in cluster_of:
            op_clusters[op].add(cluster_of[key])

    def lead_of(cid: str) -> dict[str, Any]:
        return leads.get(cid, {"score": 0.0, "flag": False, "categories": []})

    op_score = {
        op: max((lead_of(c)["score"] for c in op_clusters[op]), default=0.0) for op in operators
    }
    op_flag = {op: any(lead_of(c)["flag"] for c in op_clusters[op]) for op in operators}

    def share(ops: list[str]) -> float:
        return sum(op_flag[o] for o in ops) / len(ops) if ops else 0.0

    trafficking = [o for o, v in operators.items() if v["traffics"]]
    independents = [o for o, v in operators.items() if v["kind"] == "independent"]
    exploit_venues = [o for o, v in operators.items() if v["kind"] == "venue" and v["exploitative"]]
    clean_agencies = [
        o
        for o, v in operators.items()
        if v["kind"] in ("agency", "venue") and not v["exploitative"]
    ]
    minor_ops = [o for o, v in operators.items() if v["has_minor"]]
    minor_ads_of: dict[str, list[Key]] = defaultdict(list)
    for key, t in truth_ads.items():
        if t["minor"]:
            minor_ads_of[t["operator_id"]].append(key)

    def minor_found(op: str) -> bool:
        for key in minor_ads_of[op]:
            lead = lead_of(cluster_of.get(key, ""))
            if lead["flag"] and "minor" in lead["categories"]:
                return True
        return False

    minor_hits = sum(minor_found(o) for o in minor_ops)
    flagged_minor_clusters = [
        c
        for c in clusters
        if lead_of(c["cluster_id"])["flag"] and "minor" in lead_of(c["cluster_id"])["categories"]
    ]
    minor_keys = {k for keys in minor_ads_of.values() for k in keys}
    minor_flag_ok = sum(
        any((s, a) in minor_keys for s, a in c["ad_ids"]) for c in flagged_minor_clusters
    )

    victim_ads: dict[str, list[Key]] = defaultdict(list)
    for key, t in truth_ads.items():
        for pid in t["person_ids"]:
            if persons.get(pid, {}).get("trafficked"):
                victim_ads[pid].append(key)
    victims_found = sum(
        any(lead_of(cluster_of.get(k, ""))["flag"] for k in keys) for keys in victim_ads.values()
    )

    labels = [1 if operators[o]["traffics"] else 0 for o in operators]
    scores = [op_score[o] for o in operators]
    ap = float(average_precision_score(labels, scores)) if any(labels) else 0.0
    flagged = [o for o in operators if op_flag[o]]

    return Evaluation(
        ads=n_ads,
        phones=PRF.of(*counts["phones"]),
        phones_obfuscated=PRF.of(*counts["phones_obf"]),
        ages=PRF.of(*counts["ages"]),
        place_accuracy=place_ok / place_n if place_n else 0.0,
        place_support=place_n,
        bcubed=PRF(bp, br, bf, n_ads),
        pairwise=PRF.of(tp_pairs, same_cluster_pairs, true_pairs),
        clusters=len(clusters),
        operators=len(operators),
        trafficking_operators=len(trafficking),
        trafficking_recall=share(trafficking),
        minor_operators=len(minor_ops),
        minor_recall=minor_hits / len(minor_ops) if minor_ops else 0.0,
        victims=len(victim_ads),
        victim_recall=victims_found / len(victim_ads) if victim_ads else 0.0,
        independents=len(independents),
        independent_fpr=share(independents),
        exploitative_venues=len(exploit_venues),
        exploitative_venue_recall=share(exploit_venues),
        clean_agencies=len(clean_agencies),
        agency_fpr=share(clean_agencies),
        average_precision=ap,
        flagged_operators=len(flagged),
        flag_precision=(sum(operators[o]["traffics"] for o in flagged) / len(flagged))
        if flagged
        else 0.0,
        minor_flag_precision=minor_flag_ok / len(flagged_minor_clusters)
        if flagged_minor_clusters
        else 0.0,
    )
