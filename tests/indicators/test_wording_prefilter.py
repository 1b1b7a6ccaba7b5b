"""The Hyperscan prefilter of the word lists: fewer patterns run, never a different answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from library_wordings import FRAGMENTS, SAMPLE_TEXTS, WORDINGS, ad

from balise.indicators import wording as wording_module
from balise.indicators.base import library_prefilter
from balise.indicators.library.youth_wording import WORDS as YOUTH
from balise.indicators.wording import AdText, Prefilter, Wording, prefilter_expression
from balise.schema import AdRecord

pytest.importorskip("hyperscan")


@pytest.fixture(scope="module")
def prefilter() -> Prefilter:
    built = Prefilter.of(WORDINGS)
    assert built is not None
    return built


def assert_same_as_reference(prefilter: Prefilter, record: AdRecord) -> None:
    prepared = AdText.of(record, prefilter)
    for wording in WORDINGS:
        reference = wording.find(record, limit=20, gated=False, fast=False)
        assert wording.find(prepared, limit=20) == reference, (wording.name, record.body)


def test_every_library_list_is_in_the_prefilter(prefilter: Prefilter) -> None:
    # A list left out (a term it cannot translate) silently loses the speed-up.
    assert [w.name for w in WORDINGS if id(w) not in prefilter.positions] == []
    shared = library_prefilter()
    assert shared is not None
    assert [w.name for w in WORDINGS if id(w) not in shared.positions] == []


@pytest.mark.parametrize(
    ("term", "expression"),
    [
        # a literal is the class of what IGNORECASE matches: "i" is also the dotted capital İ
        ("ti", r"(?:[Tt][Ii\x{130}])"),
        ("[àa]b", r"(?:[Aa\x{c0}\x{e0}][Bb])"),
        # classes other than plain characters, and ".", read any character
        (r"a\w+b", r"(?:[Aa](?:.){1,}[Bb])"),
        ("x[^y]z", r"(?:[Xx].[Zz])"),
        ("1[0-9]", r"(?:1.)"),
        # zero-width items are dropped; a back-reference is anything
        (r"(?<!\w)24(?!\w)", r"(?:24)"),
        (r"\bok\b", r"(?:[Oo][Kk\x{212a}])"),
        (r"(a)\1", r"(?:(?:[Aa])(?:.*))"),
        # repeats keep their bounds
        ("ab?", r"(?:[Aa](?:[Bb]){0,1})"),
        ("🍭", r"(?:\x{1f36d})"),
    ],
)
def test_translation_table(term: str, expression: str) -> None:
    assert prefilter_expression((term,), bounded=False) == expression


def test_a_bounded_list_keeps_its_word_boundaries() -> None:
    inner = r"(?:[Jj][Ee])|(?:[Ii\x{130}])"
    assert prefilter_expression(("je", "i")) == (
        rf"(?:^|[^{wording_module._HS_WORD}])(?:{inner})(?:[^{wording_module._HS_WORD}]|$)"
    )
    first = Prefilter.of([Wording("first", ("je", "i"))])
    assert first is not None
    for text, reported in [
        ("je suis", True),
        ("Moi, JE", True),
        ("(i)", True),
        ("jeune ami", False),  # "je" and "i" only inside words
        ("écolière", False),
        ("_je_", False),
        ("İ", True),  # a word character, but not one of those the boundaries exclude
    ]:
        assert (first.scan(text) == frozenset({0})) is reported, text


def test_the_boundary_characters_are_word_characters_for_both_engines() -> None:
    for char in wording_module.WORD_CHARACTERS:
        for seen in (char, char.lower()):
            assert re.fullmatch(r"\w", seen) and regex.fullmatch(r"\w", seen), repr(char)
    assert re.fullmatch(
        f"[{wording_module._HS_WORD.replace('x{', 'x').replace('}', '')}]+",
        wording_module.WORD_CHARACTERS,
    )


@pytest.mark.filterwarnings("ignore::FutureWarning")
@pytest.mark.parametrize(
    "terms",
    [
        ("[[:alpha:]]x",),  # a POSIX class for regex, a nested set for re
        ("ab{e<=1}",),  # fuzzy matching for regex, text for re
    ],
)
def test_lists_it_cannot_read_stay_out_and_keep_their_answers(terms: tuple[str, ...]) -> None:
    assert prefilter_expression(terms) is None
    odd = Wording("odd", terms)
    built = Prefilter.of([odd, YOUTH])
    assert built is not None
    assert id(odd) not in built.positions and id(YOUTH) in built.positions
    record = ad("Alphaning abe ab jeune")
    # what the list gave before the prefilter (its fast path may differ from the reference
    # on such syntax: that is not the prefilter's to change)
    assert odd.find(AdText.of(record, built), limit=20) == odd.find(record, limit=20)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Jeune étudiante disponible", True),
        ("JEUNE ÉTUDIANTE", True),
        ("Femme mature et élégante, 35 ans", False),
        ("", False),
    ],
)
def test_the_scan_reports_a_list_only_where_it_may_match(text: str, reported: bool) -> None:
    built = Prefilter.of([YOUTH])
    assert built is not None
    assert built.scan(text) == (frozenset({0}) if reported else frozenset())


@pytest.mark.parametrize(
    "text",
    [
        *SAMPLE_TEXTS,
        "JEUNE FİLLE, NEW İN TOWN, ſweet TEEN, K ℬ",  # what IGNORECASE equates beyond lower()
        "Look d'&eacute;coli&egrave;re, &#233;tudiante, jour&nbsp;et&nbsp;nuit",
        "𝓳𝓮𝓾𝓷𝓮 ｅｔｕｄｉａｎｔｅ, y0ung t33n, b4rely 18",
        "je\u0301une e\u0301tudiante",  # combining accents
        "new\ngirls every\tweek, 24\n/\n7",
        "broken \ud800 surrogate: jeune étudiante",  # not UTF-8: every list runs
    ],
)
def test_prefiltered_results_equal_the_reference(prefilter: Prefilter, text: str) -> None:
    assert_same_as_reference(prefilter, ad(text, title=text[:20]))


def test_a_text_it_cannot_scan_runs_every_list(prefilter: Prefilter) -> None:
    assert prefilter.scan("jeune \ud800") is None
    assert prefilter.scan("jeune") is not None


def test_without_hyperscan_the_lists_run_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wording_module, "_hyperscan", lambda: None)
    assert Prefilter.of(WORDINGS) is None
    record = ad("Jeune étudiante, new girls every week")
    prepared = AdText.of(record, None)
    for wording in WORDINGS:
        assert wording.find(prepared, limit=20) == wording.find(
            record, limit=20, gated=False, fast=False
        )


_ODD = ["İ", "ı", "ſ", "K", "ß", "ẞ", "Σ", "ς", "\u0301", "&eacute;", "&#x27;", "\xa0", "🍭"]


@st.composite
def ad_texts(draw: st.DrawFn) -> str:
    """Random text with list terms inserted, in random case, next to odd characters."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(FRAGMENTS).map(lambda s: s.replace("\\", "")),
                st.sampled_from(FRAGMENTS).map(lambda s: s.replace("\\", "").upper()),
                st.sampled_from(FRAGMENTS).map(lambda s: s.replace("\\", "").title()),
                st.sampled_from(_ODD),
                st.text(max_size=8),
            ),
            max_size=12,
        )
    )
    separators = draw(st.lists(st.sampled_from(["", " ", ", ", "-", "\n"]), min_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, separators, strict=False))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=ad_texts(), title=ad_texts())
def test_random_texts_give_the_reference_results(
    prefilter: Prefilter, body: str, title: str
) -> None:
    assert_same_as_reference(prefilter, ad(body, title=title))


# --- the preparation's shortcuts: the same prepared text, cheaper -----------------------------


def agreeing_by_set(text: str) -> str:
    """``_agreeing`` as it was: every non-ASCII character of the text looked at."""
    if text.isascii():
        return text
    swaps = {
        ord(c): x
        for c in set(text)
        if not c.isascii() and (x := wording_module._stand_in(c)) is not None
    }
    return text.translate(swaps) if swaps else text


_LEETISH = st.text(alphabet="aeiostxyzAB0134579 &#-'", max_size=12)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.one_of(st.text(max_size=6), _LEETISH, st.sampled_from(_ODD))).map("".join))
def test_shortcuts_prepare_the_same_text(text: str) -> None:
    assert wording_module._agreeing(text) == agreeing_by_set(text)
    # the hint holds wherever a leetspeak word does
    if wording_module._LEET_WORD.search(text) is not None:
        assert wording_module._LEET_HINT.search(text) is not None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("t33n y0ung b4rely", "teen young barely"),
        ("H2X 1Y4, 34C, DIX30, 514five", None),  # not leetspeak: left alone
        ("x²y ½ 💋", "x2y 1⁄2 💋"),  # compatibility characters folded, as before
    ],
)
def test_leetspeak_is_still_read(text: str, read: str | None) -> None:
    mapped = wording_module._as_read(text)
    assert (None if mapped is None else mapped.text) == read
    assert wording_module._agreeing(text.lower()) == agreeing_by_set(text.lower())


# --- the compiled database kept between processes ---------------------------------------------


def test_a_cached_database_gives_the_same_scans(tmp_path: Path) -> None:
    texts = ["Jeune étudiante, new girls every week", "Femme mature", "JEUNE FİLLE 24/7", ""]
    built = Prefilter.of(WORDINGS, cache_dir=tmp_path)
    assert built is not None
    saved = list(tmp_path.glob("prefilter-*.hsdb"))
    assert len(saved) == 1
    loaded = Prefilter.of(WORDINGS, cache_dir=tmp_path)  # from the file this time
    assert loaded is not None and loaded.database is not built.database
    assert [loaded.scan(t) for t in texts] == [built.scan(t) for t in texts]
    # other lists, another file; a damaged file is compiled again and replaced
    assert Prefilter.of([YOUTH], cache_dir=tmp_path) is not None
    assert len(list(tmp_path.glob("prefilter-*.hsdb"))) == 2
    saved[0].write_bytes(b"not a database")
    again = Prefilter.of(WORDINGS, cache_dir=tmp_path)
    assert again is not None
    assert [again.scan(t) for t in texts] == [built.scan(t) for t in texts]
    assert saved[0].read_bytes() != b"not a database"


def test_the_cache_keeps_only_the_latest_databases(tmp_path: Path) -> None:
    for i in range(wording_module.CACHE_KEPT + 2):
        assert Prefilter.of([Wording(f"list{i}", (f"word{i}",))], cache_dir=tmp_path)
    assert len(list(tmp_path.glob("prefilter-*.hsdb"))) == wording_module.CACHE_KEPT


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory would be")
    built = Prefilter.of([YOUTH], cache_dir=blocked / "cache")
    assert built is not None and built.scan("jeune") == frozenset({0})
