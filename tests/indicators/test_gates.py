"""Word-list gates and the fast path: faster, and never a different answer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from library_wordings import FRAGMENTS, SAMPLE_TEXTS, WORDINGS, ad

from balise.indicators.wording import AdText, make_gate


def test_every_library_list_is_gated() -> None:
    # A list whose gate is always open would silently lose the speed-up.
    assert len(WORDINGS) >= 10
    assert [w.name for w in WORDINGS if w.gate.open] == []


@pytest.mark.parametrize(
    ("terms", "text", "admits"),
    [
        ((r"[àa] peine 18",), "elle a à peine 18 ans", True),
        ((r"[àa] peine 18",), "à bientôt", False),  # keyed on "peine", not on "a"
        ((r"teens?",), "TEENS welcome", True),
        ((r"24 ?/ ?7",), "dispo 24/7", True),
        ((r"24 ?/ ?7",), "dispo lundi", False),
        ((r"🍭",), "douce 🍭", True),
        ((r"🍭",), "douce", False),
        ((r"(?:des )?nouvelles",), "des nouvelles", True),  # optional start: gate stays open
        ((r"\d+ roses",), "anything", True),  # unbounded: no gate, every text admitted
    ],
)
def test_gate_table(terms: tuple[str, ...], text: str, admits: bool) -> None:
    gate = make_gate(terms, bounded=True)
    assert gate.admits(AdText.of(ad(text)).fields[0]) is admits


@pytest.mark.parametrize("text", SAMPLE_TEXTS)
def test_gated_fast_results_equal_the_reference(text: str) -> None:
    record = ad(text, title=text[:20])
    prepared = AdText.of(record)
    for wording in WORDINGS:
        reference = wording.find(record, limit=20, gated=False, fast=False)
        assert wording.find(prepared, limit=20) == reference, wording.name


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.text(alphabet=st.characters(codec="utf-8"), max_size=6),
            st.sampled_from([" ", ", ", "'", "’", "!", "-", "\n"]),
        ),
        max_size=14,
    ),
    st.booleans(),
)
def test_gated_fast_results_equal_the_reference_on_mixed_text(
    parts: list[str], upper: bool
) -> None:
    text = "".join(parts)
    if upper:
        text = text.upper()
    record = ad(text)
    prepared = AdText.of(record)
    for wording in WORDINGS:
        reference = wording.find(record, limit=20, gated=False, fast=False)
        assert wording.find(prepared, limit=20) == reference, (wording.name, text)


def test_letter_newer_than_the_interpreters_unicode_takes_the_reference_path() -> None:
    # Found by hypothesis: U+13460 is a letter for ``regex`` (newer Unicode) but not for ``re``,
    # so "24 / 7" followed by it is no whole word for one engine and is for the other.
    record = ad("24 / 7\U00013460")
    prepared = AdText.of(record)
    for wording in WORDINGS:
        reference = wording.find(record, limit=20, gated=False, fast=False)
        assert wording.find(prepared, limit=20) == reference, wording.name


_REFERENCES = ["&eacute;", "&Egrave;", "&#x27;", "&#39;", "&nbsp;", "&amp;", "&lt;", "&#233;"]
_FANCY = ["𝓳𝓮𝓾𝓷𝓮", "ＴＥＥＮ", "𝐁𝐚𝐫𝐞𝐥𝐲 𝐥𝐞𝐠𝐚𝐥", "ﬁ", "２４/７", "é"]


def _as_read(text: str) -> str:
    import html
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", c) for c in html.unescape(text))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.sampled_from(_REFERENCES),
            st.sampled_from(_FANCY),
            st.sampled_from(["&co", "& ", "&;", "&#;", "&zzzz;"]),  # not references
            st.sampled_from([" ", ", ", "'", "!", "\n"]),
        ),
        max_size=14,
    )
)
def test_references_and_fancy_letters_are_read_folded_and_cited_as_written(
    parts: list[str],
) -> None:
    text = "".join(parts)
    written, folded = ad(text), ad(_as_read(text))
    for wording in WORDINGS:
        found = wording.find(written, limit=20)
        # every span cites the original text...
        assert all(text[e.start : e.end] == e.text for e in found), (wording.name, text)
        # ...and the words found are those of the text as read
        expected = [e.text for e in wording.find(folded, limit=20)]
        assert [_as_read(e.text) for e in found] == expected, (wording.name, text)
