"""Calibration on analysts' dispositions."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from balise.score import ScoreModel
from balise.score.calibrate import calibrate, read_dispositions


def test_read_dispositions(tmp_path: Path) -> None:
    lines = [
        {"cluster_id": "a", "outcome": "confirmed-exploitation", "analyst": "x"},
        {"cluster_id": "b", "outcome": "confirmed-minor"},
        {"cluster_id": "c", "outcome": "independent-adult"},
        {"cluster_id": "d", "outcome": "no-exploitation"},
        {"cluster_id": "e", "outcome": "unclear"},
        {"cluster_id": "f", "outcome": "something-new"},
        {"outcome": "confirmed-minor"},
        {"cluster_id": "c", "outcome": "confirmed-exploitation"},  # a later disposition wins
    ]
    text = "\n".join(json.dumps(x) for x in lines[:6]) + "\n{broken\n"
    text += "\n".join(json.dumps(x) for x in lines[6:]) + "\n"
    path = tmp_path / "d.jsonl"
    path.write_text(text)
    problems: list[str] = []
    got = read_dispositions(path, on_error=problems.append)
    assert got == {"a": 1, "b": 1, "c": 1, "d": 0}
    assert len(problems) == 2
    assert problems[0].startswith(f"{path}:7: ") and problems[1].startswith(f"{path}:8: ")


def synthetic(n: int, seed: int) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
    """Outcomes where phone rotation matters far more than the base model thinks."""
    rng = random.Random(seed)
    features: dict[str, dict[str, float]] = {}
    outcomes: dict[str, int] = {}
    for i in range(n):
        f = {}
        if rng.random() < 0.4:
            f["phone-rotation"] = 1.0
        if rng.random() < 0.5:
            f["youth-wording"] = rng.random()
        if rng.random() < 0.5:
            f["single-person"] = 1.0
        features[f"c{i}"] = f
        p = 0.9 if "phone-rotation" in f else 0.05
        outcomes[f"c{i}"] = int(rng.random() < p)
    return features, outcomes


def test_calibration_improves_brier_and_keeps_signs(tmp_path: Path) -> None:
    features, outcomes = synthetic(400, 1)
    base = ScoreModel.default()
    model, report = calibrate(features, outcomes, base, C=1.0)
    assert report.n == 400 and 0 < report.positives < 400
    assert report.brier_after < report.brier_before
    assert model.weights["phone-rotation"] > base.weights["phone-rotation"]
    assert model.weights["single-person"] <= 0  # a counter-indicator never raises a score
    # Indicators absent from the data keep their evidence-based prior.
    assert model.weights["live-in"] == pytest.approx(base.weights["live-in"], abs=1e-3)
    assert model.revision == base.revision + 1
    assert sum(b.count for b in report.reliability_after) == 400
    assert "Brier" in report.to_text()
    json.dumps(report.to_dict())
    model.save(tmp_path / "m.json")
    assert ScoreModel.load(tmp_path / "m.json") == model


def test_small_C_stays_near_the_prior() -> None:
    features, outcomes = synthetic(400, 2)
    base = ScoreModel.default()
    tight, _ = calibrate(features, outcomes, base, C=0.001)
    loose, _ = calibrate(features, outcomes, base, C=100.0)
    prior = base.weights["phone-rotation"]
    tight_move = abs(tight.weights["phone-rotation"] - prior)
    assert tight_move < abs(loose.weights["phone-rotation"] - prior)


def test_calibration_needs_both_outcomes() -> None:
    with pytest.raises(ValueError, match="one outcome"):
        calibrate({"a": {}, "b": {}}, {"a": 1, "b": 1}, ScoreModel.default())
    with pytest.raises(ValueError, match="nothing to fit"):
        calibrate({"a": {}}, {"z": 1}, ScoreModel.default())
