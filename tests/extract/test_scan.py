"""The C scans (``_scan.c``) give what their Python twins in ``normalise`` give, and the
look-alike windows find every look-alike digit a whole-text search finds."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balise.extract import normalise

try:
    _scan = importlib.import_module("balise.extract._scan")
except ImportError:  # not built: only the Python twins are checked
    _scan = None

from .test_compiled import needs_build

needs_scan = pytest.mark.skipif(_scan is None, reason="balise.extract._scan was not built here")

# Pieces dense in what the look-alike rules read: digits, look-alike letters (ASCII, Cyrillic,
# the round symbols), separators, letters that end a window, wide characters.
_LOOKALIKE_PIECES = st.sampled_from(
    list("0123456789OoIlZSBbx|_ .-/+()'é\n\u25cb\u00a0") + ["💋", "32B-24-35", "lbs", "SSS", "  "]
)
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(_LOOKALIKE_PIECES, max_size=120).map("".join),
)


def _windowed(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    pattern = normalise._LETTER_DIGIT_RE
    return [
        (m.start(), m.end(), m.group())
        for start, end in windows
        for m in pattern.finditer(text, start, end)
    ]


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_lookalike_windows_find_every_match_of_the_whole_text(text: str) -> None:
    whole = [(m.start(), m.end(), m.group()) for m in normalise._LETTER_DIGIT_RE.finditer(text)]
    assert _windowed(text, normalise._lookalike_windows_py(text)) == whole


@pytest.mark.parametrize(
    "text, opened",
    [
        ("5l4 55S O123", True),
        ("514 SSS 0123", True),
        ("450 555 \u25cb192", True),
        ("514 555 O l 9 5", True),
        ("5'4, 120 lbs. 7 jours sur 7. Snap", False),  # prose: letters beside the look-alikes
        ("18+ only, 30+ preferred", False),
        ("no digit: OOO lll SSS", False),
    ],
)
def test_lookalike_windows_open_only_near_digit_lookalikes(text: str, opened: bool) -> None:
    assert bool(normalise._lookalike_windows_py(text)) is opened


@needs_scan
@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_c_lookalike_windows_are_the_python_ones(text: str) -> None:
    assert _scan is not None
    assert _scan.lookalike_windows(text) == normalise._lookalike_windows_py(text)


@needs_scan
@settings(max_examples=800, deadline=None)
@given(st.one_of(st.text(max_size=300), st.text(alphabet="az09AZ-' é💋", max_size=300)))
def test_c_word_split_and_runs_are_the_python_ones(text: str) -> None:
    assert _scan is not None
    for t in (text, normalise.fold(text)):
        assert _scan.split_words(t) == normalise._split_words_py(t)
        assert _scan.non_ascii_runs(t) == normalise._non_ascii_runs_py(t)


@needs_scan
def test_c_scans_share_the_python_constants() -> None:
    assert _scan is not None
    assert _scan.MARGIN == normalise._LOOKALIKE_MARGIN
    assert _scan.REACH == normalise._LOOKALIKE_REACH


@needs_scan
def test_c_scans_reject_what_is_not_text() -> None:
    assert _scan is not None
    for f in (_scan.split_words, _scan.non_ascii_runs, _scan.lookalike_windows):
        with pytest.raises(TypeError):
            f(b"514")


@needs_build
def test_a_normal_install_runs_the_c_scans() -> None:
    assert _scan is not None, "the install did not build balise.extract._scan"
    assert (_scan.__file__ or "").endswith(".so")
    assert normalise.split_words is _scan.split_words
    assert normalise.non_ascii_runs is _scan.non_ascii_runs
    assert normalise.lookalike_windows is _scan.lookalike_windows
    assert normalise.token_starts is _scan.token_starts
    assert normalise.word_starts is _scan.word_starts
    assert normalise.digit_runs is _scan.digit_runs


def test_python_twins_match_re() -> None:
    # the twins are the specification: spot checks against the patterns they stand for
    text = "Appelle 5l4-555 ○1 23, 120 lbs — Zoé💋 x"
    assert normalise._split_words_py(text) == re.split("([a-z0-9]+)", text)
    assert normalise._non_ascii_runs_py(text) == [
        m.span() for m in re.finditer("[^\\x00-\\x7f]+", text)
    ]


# Pieces dense in what the word-anchored rules read (age prefixes and pronouns, price units).
_WORD_PIECES = st.sampled_from(
    [
        "age", "aged", "age:", "age(", "age de", "age is", "j'ai", "j ai", "jai", "seulement",
        "i'm", "im", "iam", "i am", "only", "turned", "viens", "d'avoir", "she's", "shes",
        "she is", "he's", "he is", "elle a", "il a", "ilia", "hh", "h", "1h", "1/2h", "1/2 h",
        "30min", "30 min", "qv", "quick visit", "quickie", "half hour", "heure", "hour",
        "overnight", "nuit", "soiree", "demi-heure", "la nuit", "22", "150", "1", "$", "roses",
        ":", "=", "-", "/", " ", "  ", ",", ".", "\n", "'", "x", "é", "a", "ans", "yo", "💋",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=40).map("".join))
def test_word_anchored_rules_are_their_scans(text: str) -> None:
    from balise.extract import ages, prices
    from balise.extract.patterns import anchored

    for pattern, prefixes in (
        (ages._PREFIX_RE, ages._PREFIX_WORDS),
        (ages._PRONOUN_RE, ages._PRONOUN_WORDS),
    ):
        want = [m.span() for m in pattern.finditer(text)]
        starts = normalise.token_starts(text, prefixes, False)
        assert [m.span() for m in anchored(pattern, text, starts)] == want
        assert normalise._token_starts_py(text, prefixes, False) == starts
    want = [m.span() for m in prices._UNIT_AMOUNT_RE.finditer(text)]
    starts = normalise.word_starts(text, prices._UNIT_WHOLES, prices._UNIT_PREFIXES)
    assert [m.span() for m in anchored(prices._UNIT_AMOUNT_RE, text, starts)] == want
    assert normalise._word_starts_py(text, prices._UNIT_WHOLES, prices._UNIT_PREFIXES) == starts


# Units glued to their amount or to each other, spaced, split by "/" or "-", and words that
# begin like a unit without being one.
_UNIT_PIECES = st.sampled_from(
    [
        "h", "hh", "hr", "hre", "heure", "hour", "hours", "half", "1", "2", "30", "45", "60",
        "15", "20", "min", "mins", "demi", "la", "nuit", "night", "overnight", "quick", "visit",
        "quickie", "qv", "soiree", "hygiene", "height", "laval", "120", "150", "250", "1000",
        "9", "0", "$", "roses", " ", "  ", "/", "-", ":", "=", ",", "\n", "💋", "é", "x",
    ]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(_UNIT_PIECES, max_size=30).map("".join))
def test_unit_first_prices_anchored_at_their_words_are_the_scan(text: str) -> None:
    from balise.extract import prices
    from balise.extract.patterns import anchored

    want = [m.span() for m in prices._UNIT_AMOUNT_RE.finditer(text)]
    starts = normalise.word_starts(text, prices._UNIT_WHOLES, prices._UNIT_PREFIXES)
    assert [m.span() for m in anchored(prices._UNIT_AMOUNT_RE, text, starts)] == want


def test_unit_words_are_few_and_exact() -> None:
    from balise.extract import prices

    # a word that only begins with "h" or with a number a unit begins with is not tried
    text = "hygiene height 120 150$ 24/7 hh 150 1h250 qv100 1 / 2h 30min 160 h"
    starts = normalise.word_starts(text, prices._UNIT_WHOLES, prices._UNIT_PREFIXES)
    assert [text[s : s + 5].split()[0] for s in starts] == [
        "hh", "1h250", "qv100", "1", "2h", "30min", "h"
    ]  # fmt: skip
    with pytest.raises(ValueError):
        prices._unit_words(["1.5 h"])


# Digit runs of every length, what the number-first rules read after them (age units, money,
# separators, units, "1h"), white space of both kinds (the regex module's and re's \x1c-\x1f),
# other scripts' decimal digits, and what comes before a person's age.
_DIGIT_PIECES = st.sampled_from(
    [
        "5", "12", "150", "2500", "12345", "0", "\u0663", "\u0661\u0662", " ", "  ", "\x1c",
        "\u2003", "\n", "-", "/", ":", "$", "€", "🌹", "roses", "cad", "usd", "bucks", "ans",
        "an", "yo", "y/o", "y.o", "years old", "yrs", "per", "pour", "de la", "la", "h", "hh",
        "1h", "30min", "qv", "girl", "girl ", "lady, ", "a,", "x", "+", ",", ".", "'", "(", ")",
        "💋", "é", "i",
    ]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.text(max_size=120),
        st.lists(_UNIT_PIECES, max_size=30).map("".join),
        st.lists(_DIGIT_PIECES, max_size=30).map("".join),
    )
)
def test_digit_starts_at_the_runs_a_rule_may_start_are_the_scan(text: str) -> None:
    # tried only at the digit runs where a rule may start: the positions of one scan
    from balise.extract import digit_starts as ds

    want: dict[str, list[int]] = {g: [] for g in ("unit", "amount_unit", "bare", "person")}
    for m in ds._DIGIT_STARTS_RE.finditer(text):
        for group, positions in want.items():
            if m.group(group) is not None:
                positions.append(m.start())
    starts = ds.digit_starts(text)
    got = {
        "unit": [m.start() for m in starts.unit],
        "amount_unit": [m.start() for m in starts.amount_unit],
        "bare": [m.start() for m in starts.bare],
        "person": [m.start() for m in starts.person],
    }
    assert got == want
    # each match is the rule's own, made where the look-ahead held
    for pattern, made in (
        (ds._UNIT_RE, starts.unit),
        (ds._AMOUNT_UNIT_RE, starts.amount_unit),
        (ds._BARE_RE, starts.bare),
        (ds._PERSON_AGE_RE, starts.person),
    ):
        assert all(m.re is pattern for m in made)
    assert normalise._digit_runs_py(text) == normalise.digit_runs(text)


def test_word_prefixes_refuse_an_optional_last_letter() -> None:
    assert normalise.word_prefixes([r"\bage\s+", r"\baged\s+", r"\bj\s*'?ai"]) == ("age", "j")
    with pytest.raises(ValueError):
        normalise.word_prefixes([r"\bshe?s"])


@needs_scan
@settings(max_examples=800, deadline=None)
@given(
    st.one_of(st.text(max_size=200), st.lists(_WORD_PIECES, max_size=40).map("".join)),
    st.lists(st.sampled_from(["a", "ag", "age", "h", "1", "30", "she", "x9", "é"]), max_size=4),
)
def test_c_token_starts_are_the_python_ones(text: str, prefixes: list[str]) -> None:
    assert _scan is not None
    for whole in (False, True):
        assert _scan.token_starts(text, tuple(prefixes), whole) == normalise._token_starts_py(
            text, tuple(prefixes), whole
        )


_WORDS = st.sampled_from(["a", "ag", "age", "h", "h1", "1", "30", "qv", "x9", "é", ""])


@needs_scan
@settings(max_examples=800, deadline=None)
@given(
    st.one_of(st.text(max_size=200), st.lists(_WORD_PIECES, max_size=40).map("".join)),
    st.lists(_WORDS, max_size=4),
    st.lists(_WORDS, max_size=4),
)
def test_c_word_starts_are_the_python_ones(
    text: str, wholes: list[str], prefixes: list[str]
) -> None:
    assert _scan is not None
    assert _scan.word_starts(text, tuple(wholes), tuple(prefixes)) == normalise._word_starts_py(
        text, tuple(wholes), tuple(prefixes)
    )


_DIGIT_RUN_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(alphabet="0123456789 \t\n\x1c\u2003\u0663\u00b2ab$💋é", max_size=60),
)


@needs_scan
@settings(max_examples=1500, deadline=None)
@given(_DIGIT_RUN_TEXT)
def test_c_digit_runs_are_the_python_ones(text: str) -> None:
    assert _scan is not None
    assert _scan.digit_runs(text) == normalise._digit_runs_py(text)


def test_digit_runs_give_what_follows_each_run() -> None:
    assert normalise._digit_runs_py("514 555\u20030123, 24 ans 5") == [
        (0, 3, "5"), (4, 7, "0"), (8, 12, ","), (14, 16, "a"), (21, 22, "")
    ]  # fmt: skip


@needs_scan
@settings(max_examples=800, deadline=None)
@given(
    st.one_of(st.text(max_size=200), st.lists(_WORD_PIECES, max_size=40).map("".join)),
    st.lists(
        st.sampled_from(["a", "ag", "age", "aa", "h", "1", ":", "💋", "t.me/", "é"]), max_size=5
    ),
)
def test_c_occurrences_are_the_python_ones(text: str, needles: list[str]) -> None:
    assert _scan is not None
    assert _scan.occurrences(text, tuple(needles)) == normalise._occurrences_py(
        text, tuple(needles)
    )


@needs_scan
@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.text(alphabet="aZÀÉéßæŒİıΣσςΑΒǅǄK\u212aﬁ💋 -'5", max_size=60),
    )
)
def test_c_fold_and_lowered_are_the_python_ones(text: str) -> None:
    # fold and lowered take the C path when it can say (no capital sigma); either way the
    # result is the Python one
    assert normalise.fold(text) == normalise._fold_py(text)
    assert normalise.lowered(text) == normalise._lowered_py(text)
    assert len(normalise.fold(text)) == len(text)


@needs_scan
def test_c_fold_lower_leaves_capital_sigma_to_python() -> None:
    assert _scan is not None
    assert _scan.fold_lower("ΟΔΟΣ 5", normalise._FOLD_TABLE) is None
    assert _scan.fold_lower("Zoé İ", normalise._LOWERED_TABLE) == "zoé i"
    assert _scan.fold_lower("Zoé İ", normalise._FOLD_TABLE) == "zoe i"


_EMAIL_PIECES = st.sampled_from(
    [
        "lily", "at", " at ", "@", " @ ", "(at)", "( a )", "[a]", "{arobase}", "<at>", "arobase",
        "dot", " dot ", ".", "com", "ca", "co.uk", "gmail", "hotmail", "-", "_", "+", "%", "me",
        "text", " ", "  ", "x", "1", "é", "\n", "(", ")", "point", "qc.ca", "mail", "chat",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_EMAIL_PIECES, max_size=30).map("".join))
def test_email_markers_and_candidates_are_the_scans(text: str) -> None:
    from balise.extract import emails
    from balise.extract.patterns import anchored

    want = [m.span() for m in emails._MARKER_RE.finditer(text)]
    got = [m.span() for m in anchored(emails._MARKER_RE, text, emails._marker_starts(text))]
    assert got == want


@settings(max_examples=1500, deadline=None)
@given(st.lists(_EMAIL_PIECES, max_size=30).map("".join))
def test_possessive_email_runs_match_as_the_backtracking_ones(text: str) -> None:
    # the user and the labels are possessive (nothing after them starts with one of their
    # characters): the matches are those of the same pattern with backtracking runs
    from balise.extract import emails

    source = emails._EMAIL_RE.pattern
    assert "{0,63}+" in source and "{0,62}+" in source
    backtracking = re.compile(source.replace("{0,63}+", "{0,63}").replace("{0,62}+", "{0,62}"))
    want = [(m.span(), m.groupdict()) for m in backtracking.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in emails._EMAIL_RE.finditer(text)] == want


# Digit groups of every length, the separators a phone run reads (spaces, dots, dashes, emoji,
# connector words) and what ends one (money, quotes, letters).
_PHONE_PIECES = st.sampled_from(
    [
        "5", "14", "514", "555", "0123", "1234567", "12345678901", "+", "+1 ", "+33", " ", "-",
        ".", "/", " . ", "💋", "_", "then", " puis ", " et ", " suivi de ", "$", "'", ":", "%",
        "a", "x", "\n", "(", ")", "\u0663", "é",
    ]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_PHONE_PIECES, max_size=30).map("".join)))
def test_phone_runs_are_the_long_runs_of_the_plain_scan(text: str) -> None:
    # the run pattern leaves out the single short groups find_phones skipped: its matches of
    # 7 characters or more are those of the pattern without that condition
    from balise.extract import phones
    from balise.extract.patterns import SPACE

    plain = re.compile(
        rf"[+\d](?<![^\W_][+\d])(?:(?<=\+){SPACE}?\d+|(?<=\d)\d*)(?:{phones._SEP}\d+)*"
    )
    want = [m.span() for m in plain.finditer(text) if m.end() - m.start() >= 7]
    got = [m.span() for m in phones._RUN_RE.finditer(text) if m.end() - m.start() >= 7]
    assert got == want
