"""Operator-level figures of an analysis of the hand-written unseen market.

The definitions are those of ``shared/spec/evaluation.md`` (leads, per operator), read against
this market's own small truth schema (``truth.jsonl``, see ``build_unseen.py``):

- an operator's score is the highest score of the clusters holding any of its ads; it is
  flagged when any of those clusters is flagged (a wrong merge into a flagged cluster counts);
- independent adult workers are the ``independent`` and ``duo`` operators (two independents
  advertising together are independents, not an agency);
- trafficking operators are ``third_party`` and ``exploitative_venue``;
- minor recall: a flagged cluster with category ``minor`` holds one of the minor's ads;
- agency false-positive rate: flagged share of ``agency`` (non-exploitative) operators.

Used by ``benchmarks/bench_unseen.py`` (prints) and ``tests/score/test_unseen_market.py``
(asserts); both load this file by path.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.metrics import average_precision_score

DATA_DIR = Path(__file__).resolve().parent
ADS = DATA_DIR / "ads.jsonl"
TRUTH = DATA_DIR / "truth.jsonl"
HOLDOUT_DIR = DATA_DIR / "holdout"  # the second market, written after round 7 (build_holdout.py)

INDEPENDENT_KINDS = ("independent", "duo")
TRAFFICKING_KINDS = ("third_party", "exploitative_venue")

Key = tuple[str, str]


@dataclass(frozen=True)
class TruthOperator:
    """One operator of the hand-written market."""

    operator_id: str
    kind: str
    minor: bool
    ads: tuple[Key, ...]
    minor_ads: tuple[Key, ...]
    note: str


@dataclass(frozen=True)
class Contribution:
    """One indicator's share of a lead's log-odds, with the words that fired."""

    indicator_id: str
    contribution: float
    detail: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class OperatorResult:
    """What the analysis did with one operator."""

    operator: TruthOperator
    score: float
    flagged: bool
    minor_found: bool
    clusters: tuple[str, ...]
    foreign_operators: tuple[str, ...]  # other operators sharing one of its clusters
    top: tuple[Contribution, ...]  # positive contributions of its best cluster, largest first
    contributions: tuple[Contribution, ...]  # every contribution of its best cluster


@dataclass(frozen=True)
class UnseenFigures:
    """The operator-level figures of one analysis of the unseen market."""

    operators: tuple[OperatorResult, ...]
    independent_fpr: float
    solo_independent_fpr: float
    duo_fpr: float
    trafficking_recall: float
    third_party_recall: float
    venue_recall: float
    minor_recall: float
    agency_fpr: float
    average_precision: float
    flag_precision: float
    flagged_leads: int
    min_evidence_of_flagged: int  # fewest evidence items on any flagged lead (0 if none)
    bcubed_precision: float
    bcubed_recall: float

    def of_kind(self, *kinds: str) -> list[OperatorResult]:
        return [r for r in self.operators if r.operator.kind in kinds]

    @property
    def flagged_independents(self) -> list[OperatorResult]:
        return [r for r in self.of_kind(*INDEPENDENT_KINDS) if r.flagged]


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_truth(path: Path = TRUTH) -> list[TruthOperator]:
    """The operators of the unseen market, in file order."""
    return [
        TruthOperator(
            operator_id=t["operator_id"],
            kind=t["kind"],
            minor=bool(t["minor"]),
            ads=tuple((s, a) for s, a in t["ads"]),
            minor_ads=tuple((s, a) for s, a in t["minor_ads"]),
            note=t["note"],
        )
        for t in _jsonl(path)
    ]


def _evidence_items(lead: dict[str, Any]) -> int:
    return sum(len(ind.get("evidence", [])) for ind in lead.get("indicators", []))


def _contributions(lead: dict[str, Any]) -> tuple[Contribution, ...]:
    rows = sorted(lead.get("indicators", []), key=lambda ind: -float(ind["contribution"]))
    return tuple(
        Contribution(
            ind["id"],
            float(ind["contribution"]),
            str(ind.get("detail", "")),
            tuple(str(e.get("text", "")) for e in ind.get("evidence", [])[:3]),
        )
        for ind in rows
    )


def indicator_rates(figures: UnseenFigures, kinds: tuple[str, ...]) -> dict[str, tuple[int, float]]:
    """Per indicator: how many operators of ``kinds`` it raised, and its mean contribution there.

    Read on each operator's best cluster; only positive contributions count (a counter-indicator
    lowering an independent's score is not a misfire).
    """
    counts: dict[str, list[float]] = defaultdict(list)
    for r in figures.of_kind(*kinds):
        for c in r.contributions:
            if c.contribution > 0:
                counts[c.indicator_id].append(c.contribution)
    return {
        k: (len(v), sum(v) / len(v)) for k, v in sorted(counts.items(), key=lambda kv: -len(kv[1]))
    }


def measure(out_dir: Path, truth: list[TruthOperator] | None = None) -> UnseenFigures:
    """Compare the interchange outputs in ``out_dir`` with the unseen market's truth."""
    truth = truth if truth is not None else load_truth()
    clusters = list(_jsonl(out_dir / "clusters.jsonl"))
    leads = {x["cluster_id"]: x for x in _jsonl(out_dir / "leads.jsonl")}
    empty: dict[str, Any] = {"score": 0.0, "flag": False, "categories": [], "indicators": []}

    operator_of = {key: t.operator_id for t in truth for key in t.ads}
    cluster_of: dict[Key, str] = {}
    members: dict[str, list[Key]] = {}
    for c in clusters:
        keys = [(s, a) for s, a in c["ad_ids"]]
        members[c["cluster_id"]] = keys
        for key in keys:
            cluster_of[key] = c["cluster_id"]

    # B-cubed, for context: a flagged independent may be a linking error, not a scoring one
    size: dict[str, int] = defaultdict(int)
    for op in operator_of.values():
        size[op] += 1
    p_sum = r_sum = 0.0
    for keys in members.values():
        by_op: dict[str, int] = defaultdict(int)
        for key in keys:
            if key in operator_of:
                by_op[operator_of[key]] += 1
        known = sum(by_op.values())
        for op, n in by_op.items():
            p_sum += n * n / known
            r_sum += n * n / size[op]
    n_ads = len(operator_of)

    results: list[OperatorResult] = []
    for t in truth:
        cids = sorted({cluster_of[k] for k in t.ads if k in cluster_of})
        its = [leads.get(c, empty) for c in cids]
        best = max(its, key=lambda lead: float(lead["score"]), default=empty)
        flagged_leads = [lead for lead in its if lead["flag"]]
        if flagged_leads:
            best = max(flagged_leads, key=lambda lead: float(lead["score"]))
        minor_found = any(
            leads.get(cluster_of.get(k, ""), empty)["flag"]
            and "minor" in leads.get(cluster_of.get(k, ""), empty)["categories"]
            for k in t.minor_ads
        )
        foreign = sorted(
            {operator_of[k] for c in cids for k in members[c] if k in operator_of} - {t.operator_id}
        )
        results.append(
            OperatorResult(
                operator=t,
                score=max((float(lead["score"]) for lead in its), default=0.0),
                flagged=bool(flagged_leads),
                minor_found=minor_found,
                clusters=tuple(cids),
                foreign_operators=tuple(foreign),
                top=tuple(c for c in _contributions(best) if c.contribution > 0)[:4],
                contributions=_contributions(best),
            )
        )

    def share(rows: list[OperatorResult]) -> float:
        return sum(r.flagged for r in rows) / len(rows) if rows else 0.0

    by_kind = {
        k: [r for r in results if r.operator.kind == k]
        for k in ("independent", "duo", "agency", "third_party", "exploitative_venue")
    }
    minors = [r for r in results if r.operator.minor]
    labels = [int(r.operator.kind in TRAFFICKING_KINDS) for r in results]
    scores = [r.score for r in results]
    flagged = [r for r in results if r.flagged]
    flagged_lead_rows = [lead for lead in leads.values() if lead["flag"]]
    return UnseenFigures(
        operators=tuple(results),
        independent_fpr=share(by_kind["independent"] + by_kind["duo"]),
        solo_independent_fpr=share(by_kind["independent"]),
        duo_fpr=share(by_kind["duo"]),
        trafficking_recall=share(by_kind["third_party"] + by_kind["exploitative_venue"]),
        third_party_recall=share(by_kind["third_party"]),
        venue_recall=share(by_kind["exploitative_venue"]),
        minor_recall=sum(r.minor_found for r in minors) / len(minors) if minors else 0.0,
        agency_fpr=share(by_kind["agency"]),
        average_precision=float(average_precision_score(labels, scores)) if any(labels) else 0.0,
        flag_precision=(
            sum(r.operator.kind in TRAFFICKING_KINDS for r in flagged) / len(flagged)
            if flagged
            else 0.0
        ),
        flagged_leads=len(flagged_lead_rows),
        min_evidence_of_flagged=min((_evidence_items(x) for x in flagged_lead_rows), default=0),
        bcubed_precision=p_sum / n_ads if n_ads else 0.0,
        bcubed_recall=r_sum / n_ads if n_ads else 0.0,
    )


def analyze_unseen(work_dir: Path, *, threshold: float | None = None, ads: Path = ADS) -> Path:
    """Run the real pipeline (``balise analyze``, embedded engine) on the unseen ads (or on
    another market's ``ads``).

    Returns the output directory. The store goes in ``work_dir`` too, so every run is fresh.
    """
    from balise.engine.embedded import analyze
    from balise.progress import Reporter
    from balise.settings import Settings

    out = work_dir / "out"
    settings = Settings(store_dir=work_dir / "store", workers=1, flag_threshold=threshold)
    analyze([ads], out_dir=out, settings=settings, reporter=Reporter(quiet=True), publish=False)
    return out
