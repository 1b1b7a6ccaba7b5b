"""Word lists grouped by first character: the same matches as the plain alternation, faster."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from library_wordings import FRAGMENTS, WORDINGS

from balise.indicators.voice import FIRST_PERSON
from balise.indicators.wording import AdText, Wording, _alternation, _by_first, _first_chars
from balise.schema import AdRecord


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def plain(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_alternation(terms, bounded=True))


def test_every_library_list_is_grouped() -> None:
    # A list that falls back to the plain alternation silently loses the speed-up.
    assert [w.name for w in WORDINGS if not w.grouped] == []


@pytest.mark.parametrize(
    ("term", "split"),
    [
        ("je", [("j", "e")]),
        ("i", [("i", "")]),
        ("[àa] peine 18", [("à", " peine 18"), ("a", " peine 18")]),
        (
            "(?:chaque|toutes les) semaines?",
            [("c", "haque semaines?"), ("t", "outes les semaines?")],
        ),
        ("(?:a|(?:b|c)d)e", [("a", "e"), ("b", "de"), ("c", "de")]),
        ("🍭", [("🍭", "")]),
        # cannot be split: the first character repeats, is a range, an escape or a capture
        ("a?b", None),
        ("x+", None),
        ("[a-c]x", None),
        (r"\d+ roses", None),
        ("(teen)s", None),
        ("(?:a|b)?c", None),
        ("", None),
    ],
)
def test_first_characters_of_a_term(term: str, split: list[tuple[str, str]] | None) -> None:
    assert _first_chars(term) == split


@pytest.mark.parametrize(
    "terms",
    [
        ("ab|cd", "x"),  # a term that is itself a choice stays whole
        (r"(a)b\1", "x"),  # a back-reference would change meaning
        (r"\w+ing", "x"),
    ],
)
def test_lists_that_cannot_be_grouped_keep_the_plain_form(terms: tuple[str, ...]) -> None:
    assert _by_first(terms) is None
    wording = Wording("plain", terms)
    assert not wording.grouped


@pytest.mark.parametrize(
    "text",
    [
        "je suis lily, jeune étudiante, à peine 18 ans 🍭, dispo 24/7",
        "our new girls every week! she is a sweet young latina, always available",
        "de passage à laval — nouvelles filles chaque semaine; toutes les semaines nouvelles",
        "jje j'ai i'm im i am myself my me meme i'll aime, moi-même",
        "x🍭 🍭x 🍭🍭 écolière ecoliere ecolière écoliere",
        "",
    ],
)
def test_grouped_lists_match_like_the_plain_alternation(text: str) -> None:
    for wording in WORDINGS:
        assert wording.fast is not None
        assert spans(wording.fast, text) == spans(plain(wording.terms), text), wording.name


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.text(alphabet=st.characters(codec="utf-8"), max_size=4),
            st.sampled_from([" ", ", ", "'", "’", "!", "-", "\n", "_", "é"]),
        ),
        max_size=14,
    )
)
def test_grouped_lists_match_like_the_plain_alternation_on_mixed_text(parts: list[str]) -> None:
    text = "".join(parts).lower()
    for wording in WORDINGS:
        assert wording.fast is not None
        assert spans(wording.fast, text) == spans(plain(wording.terms), text), wording.name


def test_grouped_lists_leave_the_words_of_a_text_uncounted() -> None:
    # The word starts (for gates) cost more than the grouped scans save: when every list an
    # indicator reads is grouped, they are never worked out.
    record = AdRecord(
        "t", "1", datetime(2025, 1, 1, tzinfo=UTC), title="Nouvelle", body="Je suis Lily"
    )
    text = AdText.of(record)
    for wording in WORDINGS:
        wording.find(text, limit=8)
    assert all("starts" not in vars(field) for field in text.fields)
    assert FIRST_PERSON.find(text) == FIRST_PERSON.find(record, gated=False, fast=False)
