"""Language of an ad: ``fr``, ``en`` or ``mixed``, from stop-word markers.

A marker model is fast and good enough on ad text; ``tests/extract/test_language.py``
checks it against lingua. The markers are the words ``[a-z]+(?:'[a-z]+)?`` of the folded
text; :func:`marker_counts` reads them from the field's word split (``normalise.split_words``)
when it has one, instead of a scan of its own.
"""

from __future__ import annotations

from typing import Final

from balise.extract.normalise import split_words, token_letters
from balise.extract.patterns import compile_linear
from balise.extract.rules import EN, FR
from balise.schema import Language

_WORD_RE = compile_linear(r"[a-z]+(?:'[a-z]+)?")  # linear: single-class repeats, ASCII only
_FR_ONLY = FR.stop_words - EN.stop_words
_EN_ONLY = EN.stop_words - FR.stop_words
_ELISIONS = frozenset(("j", "c", "m", "l", "d", "n", "qu", "t", "s"))
MIXED_SHARE = 0.25  # the minority language must hold this share of markers to call it mixed
MIXED_MIN = 3  # ... and at least this many markers


def _marker(word: str) -> tuple[int, int]:
    """(French, English) count of one marker word."""
    if word in _FR_ONLY:
        return 1, 0
    if word in _EN_ONLY:
        return 0, 1
    if "'" in word and word.split("'", 1)[0] in _ELISIONS:
        return 1, 0
    return 0, 0


def _count_words(words: list[str]) -> tuple[int, int]:
    # Counted in C (map over the set lookups); only words with an apostrophe need Python.
    fr = sum(map(_FR_ONLY.__contains__, words))
    en = sum(map(_EN_ONLY.__contains__, words))
    for word in words:
        if "'" in word and word not in _FR_ONLY and word not in _EN_ONLY:
            fr += word.split("'", 1)[0] in _ELISIONS
    return fr, en


def _word_counts(word: str) -> int:
    """(French, English) markers of one ``[a-z0-9]+`` word, packed as ``fr << 16 | en``."""
    fr = en = 0
    if word in _FR_ONLY:
        fr += 1
    elif word in _EN_ONLY:
        en += 1
    if not word.isalpha() and not word.isdigit():
        # a word mixing letters and digits ("22yo"): its letter runs are marker words
        for run in token_letters(word):
            f, e = _marker(run)
            fr, en = fr + f, en + e
    return fr << 16 | en


# _word_counts of the words met so far (a dict lookup per word instead of two set lookups
# and two string-method calls); bounded: cleared when full, as the words of a market repeat.
_WORD_COUNTS: Final[dict[str, int]] = {}
_WORD_COUNTS_MAX = 65536


def marker_counts(folded: str, parts: list[str] | None = None) -> tuple[int, int]:
    """(French, English) marker counts of ``folded``; ``parts`` may pass its word split.

    From the split: a ``[a-z0-9]+`` word of letters only is one marker word, a word
    mixing letters and digits gives its letter runs, and a separator that is exactly "'"
    between a letter and a letter joins the runs on either side into one word ("j'ai"),
    as the left-to-right scan of ``_WORD_RE`` does (a run already joined on its left is
    not joined again on its right: "a'b'c" reads "a'b", "c").
    """
    if parts is None:
        parts = split_words(folded)
    words = parts[1::2]
    # One compiled loop (mypyc: a set lookup per word); map() over the bound lookups, the
    # cheaper form when this ran interpreted, costs a Python call per word once compiled.
    fr = en = 0
    cache = _WORD_COUNTS
    for word in words:
        packed = cache.get(word)
        if packed is None:
            if len(cache) >= _WORD_COUNTS_MAX:
                cache.clear()
            packed = cache[word] = _word_counts(word)
        fr += packed >> 16
        en += packed & 0xFFFF
    if "'" not in folded:
        return fr, en
    seps = parts[0::2]  # seps[k] lies between words[k - 1] and words[k]
    # the "'" separators after the first, found by index (counted first: a ValueError raised
    # and caught at the last one cost more than the loop's other work)
    left_over = seps.count("'") - (seps[0] == "'")
    k, joined_right = 0, -1
    while left_over > 0:
        k = seps.index("'", k + 1)
        left_over -= 1
        if k >= len(words):
            return fr, en
        left, right = words[k - 1], words[k]
        if not ("a" <= left[-1] <= "z" and "a" <= right[0] <= "z"):
            continue
        if joined_right == k - 1 and left.isalpha():
            continue  # its only run already ended the last joined word
        tail = token_letters(left)[-1]
        head = token_letters(right)[0]
        # The two runs were counted as words of their own above: count the joined word.
        for run, sign in ((tail, -1), (head, -1), (f"{tail}'{head}", 1)):
            f, e = _marker(run)
            fr, en = fr + sign * f, en + sign * e
        joined_right = k
    return fr, en


def language_from_counts(fr: int, en: int) -> Language:
    """``fr``, ``en`` or ``mixed`` from the marker counts (French when there are none)."""
    total = fr + en
    if total == 0:
        return "fr"
    minority = min(fr, en)
    if minority >= MIXED_MIN and minority / total >= MIXED_SHARE:
        return "mixed"
    return "en" if en > fr else "fr"


def detect_language(folded: str) -> Language:
    """``fr``, ``en`` or ``mixed`` for a folded text (French when there is no evidence)."""
    return language_from_counts(*_count_words(_WORD_RE.findall(folded)))
