"""Language of an ad: ``fr``, ``en`` or ``mixed``, from stop-word markers.

A marker model is fast (one regex over the folded text) and good enough on
ad text; ``tests/extract/test_language.py`` checks it against lingua.
"""

from __future__ import annotations

from balise.extract.patterns import compile_linear
from balise.extract.rules import EN, FR
from balise.schema import Language

_WORD_RE = compile_linear(r"[a-z]+(?:'[a-z]+)?")  # linear: single-class repeats, ASCII only
_FR_ONLY = FR.stop_words - EN.stop_words
_EN_ONLY = EN.stop_words - FR.stop_words
_ELISIONS = frozenset(("j", "c", "m", "l", "d", "n", "qu", "t", "s"))
MIXED_SHARE = 0.25  # the minority language must hold this share of markers to call it mixed
MIXED_MIN = 3  # ... and at least this many markers


def detect_language(folded: str) -> Language:
    """``fr``, ``en`` or ``mixed`` for a folded text (French when there is no evidence)."""
    words = _WORD_RE.findall(folded)
    # Counted in C (map over the set lookups); only words with an apostrophe need Python.
    fr = sum(map(_FR_ONLY.__contains__, words))
    en = sum(map(_EN_ONLY.__contains__, words))
    if "'" in folded:
        for word in words:
            if "'" in word and word not in _FR_ONLY and word not in _EN_ONLY:
                fr += word.split("'", 1)[0] in _ELISIONS
    total = fr + en
    if total == 0:
        return "fr"
    minority = min(fr, en)
    if minority >= MIXED_MIN and minority / total >= MIXED_SHARE:
        return "mixed"
    return "en" if en > fr else "fr"
