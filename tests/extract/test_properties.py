"""Property tests: hostile Unicode never crashes, stays fast, and spans index the original."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from balise.extract import extract_ad
from balise.extract.normalise import clean, digitise, digitise_folded, fold

from .helpers import make_ad

_PIECES = st.sampled_from(
    [
        "5",
        "1",
        "4",
        " ",
        "-",
        "O",
        "l",
        "S",
        "cinq",
        "five",
        "un",
        "💋",
        "\ufe0f\u20e3",
        "&#39;",
        "<br>",
        "ans",
        "yo",
        "@",
        " at ",
        "$",
        "/",
        "h",
        "métro ",
        "Laval",
        "ſ",
        "İ",
        "ﬁ",
        "①",
        "５",
        "\u0301",
        "\n",
    ]
)
_TEXT = st.one_of(st.text(max_size=400), st.lists(_PIECES, max_size=120).map("".join))


@settings(max_examples=150, deadline=None)
@given(body=_TEXT, title=st.text(max_size=60), age=st.none() | st.text(max_size=10))
def test_arbitrary_unicode(body: str, title: str, age: str | None) -> None:
    ad = make_ad(body, title=title, age=age, city=title or None)
    start = time.perf_counter()
    x = extract_ad(ad)
    assert time.perf_counter() - start < 2.0
    for m in x.mentions:
        assert ad.field_text(m.span.field)[m.span.start : m.span.end] == m.span.text
    assert x.language in ("fr", "en", "mixed")


def test_long_hostile_input_is_bounded() -> None:
    body = ("5 " * 5000) + ("a@" * 3000) + ("snap: " * 2000) + ("é" * 5000)
    start = time.perf_counter()
    extract_ad(make_ad(body))
    assert time.perf_counter() - start < 10.0


_DIGITISE_PIECES = st.sampled_from(
    ["cinq", "un", "une", "five", "1", "4", "O", "l", "S", "B", " ", "-", "Σ", "ΣA", "É", "İ"]
    + ["vingt", "quatre-vingt-dix", "32B-24-35", "x", "💋", "５"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_DIGITISE_PIECES, max_size=40).map("".join))
def test_digitise_fold_is_the_fold_of_the_digitised_text(text: str) -> None:
    # The fold of the digitised text is built from the replacements, not by folding again:
    # it must be exactly fold(digitise(...)), the Greek capital sigma included.
    cleaned = clean(text)
    digits, digits_folded = digitise_folded(cleaned, fold(cleaned.text))
    assert digits_folded == fold(digits.text)
    assert digits == digitise(cleaned)


def test_long_glued_token_still_read_on_the_timeout_path() -> None:
    # Tokens longer than the stdlib-re bound go through the regex module (with its timeout)
    # and are still read as digits.
    glued = "cinq" * 30 + "un"
    assert len(glued) > 100
    digits = digitise(clean(glued))
    assert digits.text == "5" * 30 + "1"


_MARKER_PIECES = st.sampled_from(
    ["j", "ai", "c", "est", "i", "m", "the", "and", "le", "la", "qu", "il", "yo", "22", "5"]
    + ["'", "''", "'-", " ", "-", ".", "é", "x", "don", "t", "n", "hesitez", "a"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_MARKER_PIECES, max_size=40).map("".join))
def test_marker_counts_from_the_word_split_equal_the_marker_scan(text: str) -> None:
    # The language markers read from the shared word split (letters-only words, letter
    # runs of mixed words, runs joined by a lone apostrophe) are the words of the scan.
    from balise.extract.language import _WORD_RE, _count_words, marker_counts

    folded = fold(text)
    assert marker_counts(folded) == _count_words(_WORD_RE.findall(folded))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=60).map("".join)))
def test_split_words_is_the_word_split_of_re(text: str) -> None:
    # split_words is a loop (compiled, cheaper than re's split); it must cut exactly where
    # the [a-z0-9]+ split does, on folded text and on any other.
    import re

    from balise.extract.normalise import split_words

    for t in (text, fold(text)):
        assert split_words(t) == re.split("([a-z0-9]+)", t)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=60).map("".join)))
def test_non_ascii_runs_are_the_runs_of_re(text: str) -> None:
    import re

    from balise.extract.normalise import non_ascii_runs

    want = [m.span() for m in re.finditer("[^\\x00-\\x7f]+", text)]
    assert non_ascii_runs(text) == want
