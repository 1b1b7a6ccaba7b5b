"""What the lead scoring must never do on the third *blind* hand-written market.

The market (``tests/score/data/blind3/``: 74 operators, 549 ads, built by ``build_blind3.py``)
was written in round 10 without reading the indicators, the scoring, the linking, the
simulator or the other hand-written markets, so that its first measurement (``FIRST_RUN.txt``,
at commit 803ba90) is an out-of-sample figure. It is analysed once here with the real
pipeline (embedded engine, a few seconds); the figures are operator level
(spec/evaluation.md), computed by ``unseen/unseen_measure.py``.

The bound on the independent-worker false-positive rate is the issue's 0.02. The market has
51 independent workers (45 solo, 6 duos), so 0.02 allows at most one flagged worker
(1/51 = 0.0196) and two are already too many (2/51 = 0.039). The first run flagged none.
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
BLIND3 = DATA / "blind3"
INDEPENDENT_FPR_BOUND = 0.02  # the target: at most 1 of the 51 (see the docstring)
MIN_EVIDENCE = 3
SYNTHETIC_PHONE = re.compile(r"\d{3}55501\d{2}")  # NPA-555-01XX, never a real line


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


measure_module = _load("unseen_measure", DATA / "unseen" / "unseen_measure.py")


def _ads() -> list[dict[str, Any]]:
    with (BLIND3 / "ads.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out: Path = measure_module.analyze_unseen(
        tmp_path_factory.mktemp("blind3"), ads=BLIND3 / "ads.jsonl"
    )
    return out


@pytest.fixture(scope="module")
def figures(analysis: Path) -> Any:
    return measure_module.measure(analysis, measure_module.load_truth(BLIND3 / "truth.jsonl"))


def test_the_market_is_the_one_described() -> None:
    truth = measure_module.load_truth(BLIND3 / "truth.jsonl")
    kinds = [t.kind for t in truth]
    assert kinds.count("independent") == 45 and kinds.count("duo") == 6
    assert kinds.count("third_party") + kinds.count("exploitative_venue") == 17
    assert sum(t.minor for t in truth) == 5
    assert all(t.minor_ads for t in truth if t.minor)  # a minor case names the minor's ads
    keys = [k for t in truth for k in t.ads]
    assert len(keys) == len(set(keys)) == 549
    assert sorted((ad["source"], ad["ad_id"]) for ad in _ads()) == sorted(keys)


def test_the_data_files_are_what_the_builder_writes() -> None:
    # the hand-written texts live in build_blind3.py: the two must not drift apart
    builder = _load("build_blind3", BLIND3 / "build_blind3.py")
    ads, truth = builder.build()
    assert _ads() == ads
    with (BLIND3 / "truth.jsonl").open(encoding="utf-8") as f:
        assert [json.loads(line) for line in f] == truth


def test_every_phone_of_the_market_is_a_synthetic_555_number() -> None:
    for ad in _ads():
        phone = ad.get("contact", {}).get("phone")
        assert phone is None or SYNTHETIC_PHONE.fullmatch(phone), (ad["ad_id"], phone)
        for digits in re.findall(r"\d{3}-555-\d{4}", ad["body"]):
            assert SYNTHETIC_PHONE.fullmatch(digits.replace("-", "")), (ad["ad_id"], digits)


def test_independent_workers_are_almost_never_flagged(figures: Any) -> None:
    flagged = [r.operator.operator_id for r in figures.flagged_independents]
    assert figures.independent_fpr <= INDEPENDENT_FPR_BOUND, (
        f"independent FPR {figures.independent_fpr:.3f} > {INDEPENDENT_FPR_BOUND}: {flagged}"
    )


def test_every_flagged_lead_is_checkable_and_not_keywords_alone(analysis: Path) -> None:
    with (analysis / "leads.jsonl").open(encoding="utf-8") as f:
        leads = [json.loads(line) for line in f if line.strip()]
    flagged = [lead for lead in leads if lead["flag"]]
    assert flagged, "nothing flagged at all: the check would prove nothing"
    for lead in flagged:
        evidence = sum(len(ind["evidence"]) for ind in lead["indicators"])
        assert evidence >= MIN_EVIDENCE, (lead["cluster_id"], evidence)
        facts = [
            ind["id"]
            for ind in lead["indicators"]
            if ind["contribution"] > 0 and library.get_indicator(ind["id"]).signal != "wording"
        ]
        assert facts, f"{lead['cluster_id']} flagged on wording alone"
