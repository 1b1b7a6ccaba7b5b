"""What the lead scoring must never do on the second blind hand-written market.

The market (``tests/score/data/blind2/``: 74 operators, 473 ads, built by ``build_blind2.py``)
was written in round 9 by an engineer who had read neither the indicators, the scoring, the
linking nor the other hand-written markets; its first run, on the code committed then, is kept
in ``FIRST_RUN.txt`` as an out-of-sample figure. It is analysed once here with the real
pipeline; the figures are operator level (spec/evaluation.md).

The bound on the independent-worker false-positive rate is the issue's target, 0.02. The market
has 51 independent adult workers (45 solo, 6 duos), so one flagged worker is 1/51 = 0.0196,
within the target, and two (2/51 = 0.039) are over it: the test allows at most one. The first
run flagged exactly one, ``b2-i06``: a 19-year-old student who writes her number in words
"because of the robots". Her title word "Étudiante" was read as a second person's name, so
one phone seemed to carry two persons each written in the first person (shared-phone-persons,
voiced-for-several), on top of obscured-contact and youth-wording. Round 8 stopped reading
descriptions ("Étudiante", "Latinas") as names; the test below keeps her unflagged.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from balise.indicators import library

DATA = Path(__file__).resolve().parent / "data"
BLIND2 = DATA / "blind2"
INDEPENDENT_FPR_TARGET = 0.02  # the target: at most 1 of the 51 independents
MIN_EVIDENCE = 3


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


measure_module = _load("unseen_measure", DATA / "unseen" / "unseen_measure.py")


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out: Path = measure_module.analyze_unseen(
        tmp_path_factory.mktemp("blind2"), ads=BLIND2 / "ads.jsonl"
    )
    return out


@pytest.fixture(scope="module")
def figures(analysis: Path) -> Any:
    return measure_module.measure(analysis, measure_module.load_truth(BLIND2 / "truth.jsonl"))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_the_market_is_the_one_described() -> None:
    truth = measure_module.load_truth(BLIND2 / "truth.jsonl")
    kinds = [t.kind for t in truth]
    assert (kinds.count("independent"), kinds.count("duo")) == (45, 6)
    assert kinds.count("third_party") + kinds.count("exploitative_venue") == 17
    assert sum(t.minor for t in truth) == 6
    keys = [k for t in truth for k in t.ads]
    assert len(keys) == len(set(keys)) == 473
    in_file = [(ad["source"], ad["ad_id"]) for ad in _jsonl(BLIND2 / "ads.jsonl")]
    assert sorted(in_file) == sorted(keys)


def test_the_data_files_are_what_the_builder_writes() -> None:
    # the hand-written texts live in build_blind2.py: the two must not drift apart
    builder = _load("build_blind2", BLIND2 / "build_blind2.py")
    ads, truth = builder.build()
    assert _jsonl(BLIND2 / "ads.jsonl") == ads
    assert _jsonl(BLIND2 / "truth.jsonl") == truth


def test_independent_workers_are_almost_never_flagged(figures: Any) -> None:
    flagged = [r.operator.operator_id for r in figures.flagged_independents]
    assert figures.independent_fpr <= INDEPENDENT_FPR_TARGET, (
        f"independent FPR {figures.independent_fpr:.3f} > {INDEPENDENT_FPR_TARGET}: {flagged}"
    )


def test_a_student_who_writes_her_number_in_words_is_not_flagged(figures: Any) -> None:
    flagged = {r.operator.operator_id for r in figures.flagged_independents}
    assert "b2-i06" not in flagged


def test_no_duo_and_no_agency_is_flagged(figures: Any) -> None:
    assert figures.duo_fpr == 0.0
    assert figures.agency_fpr == 0.0


def test_every_flagged_lead_is_checkable_and_not_keywords_alone(analysis: Path) -> None:
    flagged = [lead for lead in _jsonl(analysis / "leads.jsonl") if lead["flag"]]
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
