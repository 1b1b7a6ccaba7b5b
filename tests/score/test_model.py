"""The score model: decomposition, flag rules, persistence."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from balise.errors import InputError
from balise.indicators import library
from balise.schema import Evidence, IndicatorHit
from balise.score import ScoreModel


def hit(indicator_id: str, strength: float = 1.0, n_evidence: int = 2) -> IndicatorHit:
    category = library.get_indicator(indicator_id).category
    evidence = tuple(Evidence("s", f"{indicator_id}-{i}", "words") for i in range(n_evidence))
    return IndicatorHit(indicator_id, category, strength, evidence, "detail")


def test_default_weights_come_from_the_library() -> None:
    model = ScoreModel.default()
    for ind in library.all_indicators():
        assert model.weights[ind.id] == ind.default_weight


def test_score_is_the_logistic_of_the_contributions() -> None:
    model = ScoreModel(-1.0, {"phone-rotation": 2.0, "stable-phone": -0.5}, 0.5)
    lead = model.score("c1", [hit("stable-phone"), hit("phone-rotation", 0.5)], ["laval", "laval"])
    assert lead.score == pytest.approx(1 / (1 + math.exp(-(-1.0 + 1.0 - 0.5))), abs=1e-6)
    assert [c.indicator_id for c in lead.contributions] == ["phone-rotation", "stable-phone"]
    assert lead.contributions[0].value == pytest.approx(1.0)
    assert lead.cities == ("laval",)


def test_flagged_lead_has_categories_and_three_evidence_items() -> None:
    model = ScoreModel.default()
    lead = model.score(
        "c1",
        [hit("phone-rotation"), hit("city-circuit"), hit("minor-stated-age"), hit("youth-wording")],
        ["montreal"],
    )
    assert lead.flag
    assert set(lead.categories) == {"trafficking", "minor"}
    assert sum(len(c.evidence) for c in lead.contributions) >= 3


def test_a_sign_of_a_minor_that_adds_nothing_routes_a_flagged_lead_only() -> None:
    # youth-at-eighteen weighs 0 by default: it never moves the score, and names the minor
    # category only on a lead that other signals flag.
    model = ScoreModel.default()
    assert model.weights["youth-at-eighteen"] == 0.0
    network = [hit("phone-rotation"), hit("city-circuit"), hit("shared-phone-persons")]
    flagged = model.score("c", [*network, hit("youth-at-eighteen")], [])
    assert flagged.flag
    assert flagged.categories == ("trafficking", "minor")
    assert flagged.score == model.score("c", network, []).score
    quiet = model.score("c", [hit("stable-phone"), hit("youth-at-eighteen")], [])
    assert not quiet.flag
    assert "minor" not in quiet.categories
    # a minor indicator that calibration turned negative does not name the category
    against = ScoreModel(-1.9, {**model.weights, "youth-at-eighteen": -0.5}, 0.5)
    lead = against.score("c", [*network, hit("youth-at-eighteen")], [])
    assert lead.flag and "minor" not in lead.categories


def test_counter_indicators_lower_the_score_and_name_no_category() -> None:
    model = ScoreModel.default()
    red = [hit("phone-rotation"), hit("youth-wording")]
    counters = [hit("first-person-voice"), hit("single-person"), hit("screening-boundaries")]
    plain = model.score("c", red, [])
    spared = model.score("c", red + counters, [])
    assert spared.score < plain.score
    assert "counter-indicator" not in spared.categories


def test_keywords_alone_decide_nothing() -> None:
    model = ScoreModel.default(threshold=0.05)
    words = [
        hit(i)
        for i in (
            "youth-wording",
            "listed-ethnicity",
            "round-the-clock",
            "minor-coded-wording",
            "third-person-voice",
        )
    ]
    lead = model.score("c", words, [])
    assert lead.score >= 0.05 and not lead.flag


def test_a_number_spelt_out_is_writing_not_a_fact_that_flags() -> None:
    # an independent who spells her number out against scrapers, lists her origin and
    # writes about herself in the third person: the score is over the threshold, no flag
    model = ScoreModel.default()
    style = [hit("obscured-contact"), hit("listed-ethnicity"), hit("third-person-voice")]
    lead = model.score("c", style, [])
    assert lead.score > model.threshold and not lead.flag
    # the same ads with one network sign (three women behind the line) are flagged
    assert model.score("c", [*style, hit("shared-phone-persons")], []).flag


def test_too_little_evidence_is_not_flagged() -> None:
    model = ScoreModel.default(threshold=0.01)
    lead = model.score("c", [hit("minor-stated-age", n_evidence=1)], [])
    assert lead.score > 0.5 and not lead.flag
    lead = model.score("c", [hit("minor-stated-age", n_evidence=3)], [])
    assert lead.flag and lead.categories == ("minor",)


def test_threshold_is_configurable() -> None:
    hits = [hit("phone-rotation", 0.5), hit("obscured-contact", 0.5)]
    score = ScoreModel.default().score("c", hits, []).score
    assert ScoreModel.default(threshold=score - 0.01).score("c", hits, []).flag
    assert not ScoreModel.default(threshold=score + 0.01).score("c", hits, []).flag


def test_json_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model = ScoreModel(-2.0, {"phone-rotation": 1.5, "single-person": -0.7}, 0.4, revision=3)
    model.save(path)
    data = json.loads(path.read_text())
    assert data["version"] == 1 and data["weights"]["phone-rotation"] == 1.5
    assert {"intercept", "threshold", "weights"} <= set(data)
    assert ScoreModel.load(path) == model


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot read"),
        ('{"version": 99, "intercept": 0, "weights": {}}', "unsupported"),
        ('{"version": 1, "weights": {}}', "bad score model"),
        ('{"version": 1, "intercept": 0, "weights": {"a": "x"}}', "bad score model"),
    ],
)
def test_bad_model_files_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        ScoreModel.load(path)
