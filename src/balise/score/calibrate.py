"""Fit the score model's weights to analysts' recorded dispositions, and report calibration.

The fit is a regularised logistic regression whose prior is the base model: the penalty pulls
each weight towards its base (evidence-based) value rather than towards zero, so an indicator
that analysts' outcomes say little about keeps its published-evidence weight. Weights keep
their sign (a counter-indicator never raises a score; a red flag never lowers one), so the
explanations stay readable. Brier score and reliability come from scikit-learn's metrics.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from numpy.typing import NDArray
from scipy.optimize import minimize
from sklearn.metrics import brier_score_loss

from balise.indicators.registry import all_indicators
from balise.score.model import ScoreModel

POSITIVE = frozenset({"confirmed-exploitation", "confirmed-minor"})
NEGATIVE = frozenset({"independent-adult", "no-exploitation"})
BINS = 10


def read_dispositions(
    path: str | Path, *, on_error: Callable[[str], None] | None = None
) -> dict[str, int]:
    """cluster_id -> 1 (confirmed exploitation or minor) or 0 (independent adult, none).

    "unclear" and unknown outcomes are skipped silently (no label, not an error); bad lines are
    reported as "file:line: reason" (to stderr by default) and skipped. A later line for the
    same cluster replaces an earlier one: the last disposition recorded wins.
    """
    report = on_error or (lambda msg: print(msg, file=sys.stderr))
    out: dict[str, int] = {}
    with Path(path).open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                report(f"{where}: not valid JSON ({exc})")
                continue
            if not isinstance(row, dict):
                report(f"{where}: not a JSON object")
                continue
            cluster_id, outcome = row.get("cluster_id"), row.get("outcome")
            if not isinstance(cluster_id, str) or not cluster_id:
                report(f"{where}: missing or empty cluster_id")
                continue
            if not isinstance(outcome, str):
                report(f"{where}: missing outcome")
                continue
            if outcome in POSITIVE:
                out[cluster_id] = 1
            elif outcome in NEGATIVE:
                out[cluster_id] = 0
    return out


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    predicted: float  # mean predicted score in the bin
    observed: float  # share of positives in the bin
    count: int


@dataclass(frozen=True)
class CalibrationReport:
    n: int
    positives: int
    brier_before: float
    brier_after: float
    reliability_before: tuple[ReliabilityBin, ...]
    reliability_after: tuple[ReliabilityBin, ...]
    weights_before: Mapping[str, float]
    weights_after: Mapping[str, float]
    intercept_before: float
    intercept_after: float
    C: float

    @property
    def brier(self) -> float:
        """The Brier score of the calibrated model (lower is better)."""
        return self.brier_after

    def to_dict(self) -> dict[str, Any]:
        def table(bins: tuple[ReliabilityBin, ...]) -> list[dict[str, float | int]]:
            return [
                {
                    "low": b.low,
                    "high": b.high,
                    "predicted": round(b.predicted, 4),
                    "observed": round(b.observed, 4),
                    "count": b.count,
                }
                for b in bins
            ]

        return {
            "n": self.n,
            "positives": self.positives,
            "C": self.C,
            "brier": {"before": round(self.brier_before, 5), "after": round(self.brier_after, 5)},
            "reliability": {
                "before": table(self.reliability_before),
                "after": table(self.reliability_after),
            },
            "intercept": {"before": self.intercept_before, "after": self.intercept_after},
            "weights": {
                k: {
                    "before": self.weights_before.get(k, 0.0),
                    "after": self.weights_after.get(k, 0.0),
                }
                for k in sorted(set(self.weights_before) | set(self.weights_after))
            },
        }

    def to_text(self) -> str:
        lines = [
            f"Calibrated on {self.n} dispositions ({self.positives} confirmed, "
            f"{self.n - self.positives} not), C={self.C:g}",
            f"Brier score: {self.brier_before:.4f} before, {self.brier_after:.4f} after "
            "(lower is better)",
            "",
            "Reliability (after)      predicted  observed  count",
        ]
        for b in self.reliability_after:
            lines.append(
                f"  {b.low:.1f}-{b.high:.1f}               {b.predicted:8.3f}  "
                f"{b.observed:8.3f}  {b.count:5d}"
            )
        lines += ["", "Weights                  before     after"]
        lines.append(
            f"  {'(intercept)':22s} {self.intercept_before:7.3f}  {self.intercept_after:7.3f}"
        )
        for key in sorted(set(self.weights_before) | set(self.weights_after)):
            lines.append(
                f"  {key:22s} {self.weights_before.get(key, 0.0):7.3f}  "
                f"{self.weights_after.get(key, 0.0):7.3f}"
            )
        return "\n".join(lines)


def reliability(
    predicted: NDArray[np.float64], observed: NDArray[np.float64], bins: int = BINS
) -> tuple[ReliabilityBin, ...]:
    """Equal-width bins over [0, 1]; empty bins are left out."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(predicted, edges[1:-1]), 0, bins - 1)
    out: list[ReliabilityBin] = []
    for b in range(bins):
        mask = index == b
        count = int(mask.sum())
        if count:
            out.append(
                ReliabilityBin(
                    float(edges[b]),
                    float(edges[b + 1]),
                    float(predicted[mask].mean()),
                    float(observed[mask].mean()),
                    count,
                )
            )
    return tuple(out)


def _bounds(ids: list[str]) -> list[tuple[float | None, float | None]]:
    categories = {ind.id: ind.category for ind in all_indicators()}
    out: list[tuple[float | None, float | None]] = [(None, None)]  # the intercept
    for key in ids:
        cat = categories.get(key)
        if cat is None:
            out.append((None, None))
        elif cat == "counter-indicator":
            out.append((None, 0.0))
        else:
            out.append((0.0, None))
    return out


def calibrate(
    features: Mapping[str, Mapping[str, float]],
    outcomes: Mapping[str, int],
    base: ScoreModel,
    *,
    C: float = 1.0,
) -> tuple[ScoreModel, CalibrationReport]:
    """Fit intercept and weights to the clusters that have both features and an outcome.

    ``C`` is the inverse strength of the pull towards the base weights (as in scikit-learn):
    small C trusts the published evidence, large C trusts the dispositions.
    """
    if C <= 0:
        raise ValueError(f"C must be positive, got {C}")
    ids = sorted(set(base.weights) | {k for f in features.values() for k in f})
    clusters = sorted(k for k in outcomes if k in features)
    if not clusters:
        raise ValueError("no disposition matches a cluster with features: nothing to fit")
    y = np.array([float(outcomes[c]) for c in clusters])
    if y.min() == y.max():
        raise ValueError("the dispositions hold only one outcome: need both confirmed and not")
    x = np.array([[float(features[c].get(k, 0.0)) for k in ids] for c in clusters])
    prior = np.array([base.weights.get(k, 0.0) for k in ids])

    def loss(theta: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        z = theta[0] + x @ theta[1:]
        # log(1 + e^z) - y z, computed stably.
        nll = float(np.sum(np.logaddexp(0.0, z) - y * z))
        p = 1.0 / (1.0 + np.exp(-z))
        grad = np.empty_like(theta)
        grad[0] = np.sum(p - y)
        diff = theta[1:] - prior
        grad[1:] = x.T @ (p - y) + diff / C
        return nll + float(diff @ diff) / (2.0 * C), grad

    start = np.concatenate([[base.intercept], prior])
    fit = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=_bounds(ids))
    theta = fit.x
    weights = {k: round(float(w), 6) for k, w in zip(ids, theta[1:], strict=True)}
    model = ScoreModel(
        intercept=round(float(theta[0]), 6),
        weights=weights,
        threshold=base.threshold,
        revision=base.revision + 1,
        notes=f"calibrated on {len(clusters)} dispositions (C={C:g})",
    )

    def predict(m: ScoreModel) -> NDArray[np.float64]:
        return np.array([m.probability(features[c]) for c in clusters])

    before, after = predict(base), predict(model)
    report = CalibrationReport(
        n=len(clusters),
        positives=int(y.sum()),
        brier_before=float(brier_score_loss(y, before)),
        brier_after=float(brier_score_loss(y, after)),
        reliability_before=reliability(before, y),
        reliability_after=reliability(after, y),
        weights_before=dict(base.weights),
        weights_after=weights,
        intercept_before=base.intercept,
        intercept_after=model.intercept,
        C=C,
    )
    return model, report


def features_from_leads(path: str | Path) -> dict[str, dict[str, float]]:
    """cluster_id -> {indicator_id: strength} from an analysis' ``leads.jsonl``.

    Reads ``strength`` on each indicator entry when present, else ``contribution / weight``.
    """
    out: dict[str, dict[str, float]] = {}
    with Path(path).open("rb") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            row = orjson.loads(raw)
            strengths: dict[str, float] = {}
            for ind in row.get("indicators", []):
                if "strength" in ind:
                    strengths[ind["id"]] = float(ind["strength"])
                elif ind.get("weight") and ("contribution" in ind or "value" in ind):
                    value = ind.get("contribution", ind.get("value"))
                    strengths[ind["id"]] = float(value) / float(ind["weight"])
            out[row["cluster_id"]] = strengths
    return out
