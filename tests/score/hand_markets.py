"""The hand-written markets of ``tests/score/data``: their measuring module, loaded once, and
small readers the market tests share."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from balise.indicators import library

DATA = Path(__file__).resolve().parent / "data"


def load_module(name: str, path: Path) -> ModuleType:
    """A data directory's Python file (a builder, the measuring code) as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


measure_module = load_module("unseen_measure", DATA / "unseen" / "unseen_measure.py")


def jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


MIN_EVIDENCE = 3  # the issue: every flagged lead shows at least three evidence items


def flagged_on_wording_alone(lead: dict[str, Any]) -> bool:
    """Whether every positive contribution of a lead comes from a wording indicator."""
    return not any(
        ind["contribution"] > 0 and library.get_indicator(ind["id"]).signal != "wording"
        for ind in lead["indicators"]
    )


def assert_independent_fpr_within(figures: Any, bound: float) -> None:
    """The market's independent-worker false-positive rate is at most ``bound``."""
    flagged = [r.operator.operator_id for r in figures.flagged_independents]
    assert figures.independent_fpr <= bound, (
        f"independent FPR {figures.independent_fpr:.3f} > {bound}: {flagged}"
    )


def assert_flags_checkable(out_dir: Path) -> None:
    """Something is flagged, and every flagged lead of an analysis has ``MIN_EVIDENCE`` evidence
    items and a positive contribution beyond wording ("keywords alone decide nothing")."""
    flagged = [lead for lead in jsonl(out_dir / "leads.jsonl") if lead["flag"]]
    assert flagged, "nothing flagged at all: the check would prove nothing"
    for lead in flagged:
        evidence = sum(len(ind["evidence"]) for ind in lead["indicators"])
        assert evidence >= MIN_EVIDENCE, (lead["cluster_id"], evidence)
        assert not flagged_on_wording_alone(lead), f"{lead['cluster_id']} flagged on wording alone"
