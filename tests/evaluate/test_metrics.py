"""The evaluator computes the figures exactly as spec/evaluation.md defines them."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from balise.evaluate import evaluate


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))


def _truth_ad(i: int, op: str, person: str, **kw: object) -> dict[str, object]:
    row: dict[str, object] = {
        "source": "s", "ad_id": str(i), "operator_id": op, "person_ids": [person],
        "phones": [], "obfuscated_phone": False, "ages": [], "place": None,
        "trafficked": False, "minor": False,
    }  # fmt: skip
    row.update(kw)
    return row


@pytest.fixture
def market(tmp_path: Path) -> tuple[Path, Path]:
    truth, out = tmp_path / "market", tmp_path / "out"
    # operators: T (third party, 3 ads, person t1 a trafficked minor), I1, I2 (independents)
    _write(truth / "truth" / "ads.jsonl", [
        _truth_ad(1, "T", "t1", phones=["+15145550001"], trafficked=True, minor=True, ages=[17],
                  place="montreal"),
        _truth_ad(2, "T", "t1", phones=["+15145550002"], obfuscated_phone=True, trafficked=True,
                  minor=True, place="laval"),
        _truth_ad(3, "T", "t2", phones=["+15145550002"], trafficked=True, place="laval"),
        _truth_ad(4, "I1", "i1", phones=["+15145550003"], ages=[25], place="montreal"),
        _truth_ad(5, "I2", "i2", phones=["+15145550004"], ages=[30]),
    ])  # fmt: skip
    _write(truth / "truth" / "operators.jsonl", [
        {"operator_id": "T", "kind": "third_party", "exploitative": True, "traffics": True,
         "has_minor": True, "person_ids": ["t1", "t2"]},
        {"operator_id": "I1", "kind": "independent", "exploitative": False, "traffics": False,
         "has_minor": False, "person_ids": ["i1"]},
        {"operator_id": "I2", "kind": "independent", "exploitative": False, "traffics": False,
         "has_minor": False, "person_ids": ["i2"]},
    ])  # fmt: skip
    _write(truth / "truth" / "persons.jsonl", [
        {"person_id": "t1", "operator_id": "T", "minor": True, "trafficked": True},
        {"person_id": "t2", "operator_id": "T", "minor": False, "trafficked": True},
        {"person_id": "i1", "operator_id": "I1", "minor": False, "trafficked": False},
        {"person_id": "i2", "operator_id": "I2", "minor": False, "trafficked": False},
    ])  # fmt: skip
    # analysis: ad 3 split off from T's cluster, and I1 wrongly merged with T's first ads
    _write(out / "ads.jsonl", [
        {"source": "s", "ad_id": "1", "phones": ["+15145550001"], "ages": [17], "city": "montreal"},
        {"source": "s", "ad_id": "2", "phones": [], "ages": [], "city": "laval"},
        {"source": "s", "ad_id": "3", "phones": ["+15145550002", "+15145559999"], "ages": [],
         "city": "laval"},
        {"source": "s", "ad_id": "4", "phones": ["+15145550003"], "ages": [25], "city": "laval"},
        {"source": "s", "ad_id": "5", "phones": ["+15145550004"], "ages": [30, 31], "city": None},
    ])  # fmt: skip
    _write(out / "clusters.jsonl", [
        {"cluster_id": "A", "ad_ids": [["s", "1"], ["s", "2"], ["s", "4"]], "links": []},
        {"cluster_id": "B", "ad_ids": [["s", "3"]], "links": []},
        {"cluster_id": "C", "ad_ids": [["s", "5"]], "links": []},
    ])  # fmt: skip
    _write(out / "leads.jsonl", [
        {"cluster_id": "A", "score": 0.9, "flag": True, "categories": ["trafficking", "minor"]},
        {"cluster_id": "B", "score": 0.4, "flag": False, "categories": []},
        {"cluster_id": "C", "score": 0.1, "flag": False, "categories": []},
    ])  # fmt: skip
    return truth, out


def test_extraction_figures(market: tuple[Path, Path]) -> None:
    e = evaluate(*market)
    # phones: predicted 5, true 5, correct 4
    assert (e.phones.precision, e.phones.recall) == pytest.approx((4 / 5, 4 / 5))
    # only ad 2 is obfuscated: predicted nothing, 1 true
    assert (e.phones_obfuscated.recall, e.phones_obfuscated.support) == (0.0, 1)
    # ages: predicted 17, 25, 30, 31; true 17, 25, 30
    assert e.ages.precision == pytest.approx(3 / 4) and e.ages.recall == 1.0
    # place: ads 1-4 have a place; ad 4 wrong
    assert e.place_accuracy == pytest.approx(3 / 4) and e.place_support == 4


def test_bcubed_and_pairwise(market: tuple[Path, Path]) -> None:
    e = evaluate(*market)
    # precision per ad: 1: 2/3, 2: 2/3, 4: 1/3, 3: 1, 5: 1
    assert e.bcubed.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    # recall per ad: 1: 2/3, 2: 2/3, 3: 1/3, 4: 1, 5: 1
    assert e.bcubed.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    # pairs: predicted {12,14,24}, true {12,13,23}; correct {12}
    assert (e.pairwise.precision, e.pairwise.recall) == pytest.approx((1 / 3, 1 / 3))


def test_operator_level_leads_count_linking_errors_as_harm(market: tuple[Path, Path]) -> None:
    e = evaluate(*market)
    assert e.trafficking_recall == 1.0
    assert e.minor_recall == 1.0
    assert e.victim_recall == pytest.approx(1 / 2)  # t2's only ad is in the unflagged cluster B
    assert e.independent_fpr == pytest.approx(1 / 2)  # I1 merged into flagged A
    assert e.flag_precision == pytest.approx(1 / 2)
    assert e.average_precision == 0.5  # T and the merged I1 both score 0.9: a tie halves AP
    assert "independent-worker FPR" in e.to_text()


def test_missing_ad_in_output_counts_zero(market: tuple[Path, Path]) -> None:
    truth, out = market
    _write(out / "clusters.jsonl", [
        {"cluster_id": "A", "ad_ids": [["s", "1"], ["s", "2"], ["s", "4"]], "links": []},
        {"cluster_id": "C", "ad_ids": [["s", "5"]], "links": []},
    ])  # fmt: skip
    e = evaluate(truth, out)
    assert e.bcubed.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 0 + 1) / 5)
