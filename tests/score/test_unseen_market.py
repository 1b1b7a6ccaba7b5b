"""What the lead scoring must never do on the hand-written "unseen market".

The market (``tests/score/data/unseen/``: 73 operators, ~590 ads, written by hand, not by
``balise simulate``) is analysed once with the real pipeline; the figures are operator level
(spec/evaluation.md). See docs/indicators.md, "Hand-written check", for what it showed.

The bound on the independent-worker false-positive rate: the issue's target is 0.02, which on
45 independents (41 solo, 4 duos) means *none* flagged, since one flagged worker is already
1/45 = 0.022. When this test was written one was flagged (``ind-38``: a 19-year-old who writes
her number in words against scrapers and says she is "new to this", which
``minor-coded-wording`` then read as a coded minor term); round 7 took the newness phrases out
of that list, and the bound is now 0: no independent, solo or duo, is flagged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hand_markets import DATA as ALL_DATA
from hand_markets import (
    assert_flags_checkable,
    assert_independent_fpr_within,
    jsonl,
    load_module,
    measure_module,
)

DATA = ALL_DATA / "unseen"
INDEPENDENT_FPR_BOUND = 0.0  # none of the 45 independents; see the module docstring


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out: Path = measure_module.analyze_unseen(tmp_path_factory.mktemp("unseen"))
    return out


@pytest.fixture(scope="module")
def figures(analysis: Path) -> Any:
    return measure_module.measure(analysis)


def test_the_market_is_the_one_described() -> None:
    truth = measure_module.load_truth()
    kinds = [t.kind for t in truth]
    assert kinds.count("independent") + kinds.count("duo") == 45
    assert sum(len(t.ads) for t in truth) >= 300
    # every ad of the file belongs to exactly one operator
    keys = [k for t in truth for k in t.ads]
    assert len(keys) == len(set(keys))
    in_file = [(ad["source"], ad["ad_id"]) for ad in jsonl(DATA / "ads.jsonl")]
    assert sorted(in_file) == sorted(keys)


def test_the_data_files_are_what_the_builder_writes() -> None:
    # the hand-written texts live in build_unseen.py: the two must not drift apart
    builder = load_module("build_unseen", DATA / "build_unseen.py")
    ads, truth = builder.build()
    assert jsonl(DATA / "ads.jsonl") == ads
    assert jsonl(DATA / "truth.jsonl") == truth
    # the holdout market (measured once, not asserted on: see docs/indicators.md)
    holdout = load_module("build_holdout", DATA / "build_holdout.py")
    ads, truth = builder.build(holdout.OPS, seed=holdout.SEED)
    assert jsonl(DATA / "holdout" / "ads.jsonl") == ads
    assert jsonl(DATA / "holdout" / "truth.jsonl") == truth


def test_independent_workers_are_almost_never_flagged(figures: Any) -> None:
    assert_independent_fpr_within(figures, INDEPENDENT_FPR_BOUND)


def test_a_young_independent_who_writes_her_number_in_words_is_not_flagged(
    figures: Any,
) -> None:
    flagged = {r.operator.operator_id for r in figures.flagged_independents}
    assert "ind-38" not in flagged


def test_no_duo_of_friends_is_flagged(figures: Any) -> None:
    assert figures.duo_fpr == 0.0


def test_every_flagged_lead_is_checkable_and_not_keywords_alone(analysis: Path) -> None:
    assert_flags_checkable(analysis)
