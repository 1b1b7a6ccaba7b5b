"""Introductions are tried only at the words that may open one (``names.intro_starts``): the
matches are those of a scan of the whole field."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from balise.extract.names import _INTRO_FIRST_WORDS, _INTRO_RE, intro_starts
from balise.extract.normalise import fold
from balise.extract.patterns import anchored
from balise.extract.rules import ALL_RULES

_PIECES = st.sampled_from(
    [
        "je", "JE", "Je", "m'appelle", "M'APPELLE", "m appelle", "suis", "mon", "nom", "est",
        "moi", "c", "c'est", "C'EST", "cest", "c ' est", "demande", "demandez", "Demander",
        "nom:", "nom =", "appelez-moi", "ici", "ICI", "my", "My", "name", "is", "name's",
        "i", "I", "İ", "i'm", "I'M", "Im", "iam", "am", "call", "me", "ask", "for", "this",
        "it's", "its", "It's", "ich", "mylo", "jeu", "Lily", "Zoé", "Marie-Ève", "ÉMILIE",
        "Ana", "22", "💋", "é", "ı", "ſ", "à", "x", " ", " ", "  ", "\u00a0", "\n", ",", ":",
        "=", "'", "-", "_", ".",
    ]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_anchored_introductions_are_the_scan(text: str) -> None:
    want = [m.span("name") for m in _INTRO_RE.finditer(text)]
    got = [m.span("name") for m in anchored(_INTRO_RE, text, intro_starts(fold(text)))]
    assert got == want


def test_every_introduction_opens_with_a_listed_word() -> None:
    # a new introduction in rules/ must add its first word (and its first words glued, as
    # "c'est" -> "cest") to _INTRO_FIRST_WORDS; the property test above exercises the glued forms
    for rules in ALL_RULES:
        for intro in rules.name_intros:
            first = re.match(r"\\b([a-z]+)", intro)
            assert first is not None, intro
            assert first.group(1) in _INTRO_FIRST_WORDS, intro
