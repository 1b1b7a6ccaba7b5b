"""What the lead scoring must never do on the *blind* hand-written market.

The market (``tests/score/data/blind/``: 81 operators, 640 ads, built by ``build_blind.py``)
was written in round 8 without reading the indicators, the scoring, the linking, the
simulator or the two other hand-written markets, so that its first measurement
(``FIRST_RUN.txt``) is an out-of-sample figure. It is analysed once here with the real
pipeline (embedded engine, about two seconds); the figures are operator level
(spec/evaluation.md), computed by ``unseen/unseen_measure.py``.

The bound on the independent-worker false-positive rate is the issue's 0.02. The market has
57 independent workers (51 solo, 6 duos of friends), so 0.02 allows at most one flagged
worker (1/57 = 0.018) and two are already too many (2/57 = 0.035). The first run flagged
none.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from balise.indicators import library

DATA = Path(__file__).resolve().parent / "data"
BLIND = DATA / "blind"
INDEPENDENT_FPR_BOUND = 0.02  # the target: at most 1 of the 57 (see the docstring)
MIN_EVIDENCE = 3


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


measure_module = _load("unseen_measure", DATA / "unseen" / "unseen_measure.py")


def _truth() -> list[Any]:
    truth: list[Any] = measure_module.load_truth(BLIND / "truth.jsonl")
    return truth


def _ads() -> list[dict[str, Any]]:
    with (BLIND / "ads.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out: Path = measure_module.analyze_unseen(
        tmp_path_factory.mktemp("blind"), ads=BLIND / "ads.jsonl"
    )
    return out


@pytest.fixture(scope="module")
def figures(analysis: Path) -> Any:
    return measure_module.measure(analysis, _truth())


def _leads(out: Path) -> list[dict[str, Any]]:
    with (out / "leads.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_the_market_is_the_one_described() -> None:
    truth = _truth()
    kinds = [t.kind for t in truth]
    assert len(truth) == 81
    assert kinds.count("independent") == 51 and kinds.count("duo") == 6
    assert kinds.count("agency") == 6
    assert kinds.count("third_party") == 13 and kinds.count("exploitative_venue") == 5
    assert sum(t.minor for t in truth) == 6
    assert all(t.minor_ads and set(t.minor_ads) <= set(t.ads) for t in truth if t.minor)
    # every ad of the file belongs to exactly one operator
    keys = [k for t in truth for k in t.ads]
    assert len(keys) == len(set(keys))
    assert sorted((ad["source"], ad["ad_id"]) for ad in _ads()) == sorted(keys)


def test_the_market_holds_only_synthetic_contacts() -> None:
    # no real person's number or address may enter the repository
    for ad in _ads():
        contact = ad.get("contact", {})
        if "phone" in contact:
            assert re.fullmatch(r"\d{3}-555-01\d\d", contact["phone"]), ad["ad_id"]
        if "email" in contact:
            assert contact["email"].endswith(".example"), ad["ad_id"]
        for digits in re.findall(r"\d{3}[-. ]?\d{3}[-. ]?\d{4}", ad["body"]):
            assert re.sub(r"\D", "", digits)[3:8] == "55501", (ad["ad_id"], digits)


def test_the_data_files_are_what_the_builder_writes() -> None:
    # the hand-written texts live in build_blind.py: the two must not drift apart
    builder = _load("build_blind", BLIND / "build_blind.py")
    ads, truth = builder.build()
    assert _ads() == ads
    with (BLIND / "truth.jsonl").open(encoding="utf-8") as f:
        assert [json.loads(line) for line in f] == truth


def test_independent_workers_are_almost_never_flagged(figures: Any) -> None:
    flagged = [r.operator.operator_id for r in figures.flagged_independents]
    assert figures.independent_fpr <= INDEPENDENT_FPR_BOUND, (
        f"independent FPR {figures.independent_fpr:.3f} > {INDEPENDENT_FPR_BOUND}: {flagged}"
    )


def test_every_flagged_lead_is_checkable_and_not_keywords_alone(analysis: Path) -> None:
    flagged = [lead for lead in _leads(analysis) if lead["flag"]]
    assert flagged, "nothing flagged at all: the check would prove nothing"
    for lead in flagged:
        indicators = lead["indicators"]
        evidence = sum(len(ind["evidence"]) for ind in indicators)
        assert evidence >= MIN_EVIDENCE, (lead["cluster_id"], evidence)
        facts = [
            ind["id"]
            for ind in indicators
            if ind["contribution"] > 0 and library.get_indicator(ind["id"]).signal != "wording"
        ]
        assert facts, f"{lead['cluster_id']} flagged on wording alone"
