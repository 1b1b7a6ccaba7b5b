"""The hand-written set of real-world-style obfuscations (data/obfuscations.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from balise.extract import extract_ad

from .helpers import make_ad

DATA = Path(__file__).parent / "data" / "obfuscations.tsv"


def _cases() -> list[tuple[str, str, tuple[str, ...]]]:
    cases = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, expected, text = line.split("\t", 2)
        phones = () if expected == "-" else tuple(expected.split(","))
        cases.append((language, text.replace("\\n", "\n"), phones))
    return cases


CASES = _cases()


def test_the_set_is_large_and_bilingual() -> None:
    assert len(CASES) >= 60
    assert {lang for lang, _, _ in CASES} == {"fr", "en"}


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_each_case(language: str, text: str, expected: tuple[str, ...]) -> None:
    got = extract_ad(make_ad(text)).phones
    assert set(got) == set(expected), text


def test_overall_f1() -> None:
    tp = fp = fn = 0
    for _, text, expected in CASES:
        got = set(extract_ad(make_ad(text)).phones)
        tp += len(got & set(expected))
        fp += len(got - set(expected))
        fn += len(set(expected) - got)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.98
