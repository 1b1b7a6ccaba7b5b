"""Compiled regular expressions that run with a timeout.

Ad text is hostile input: every pattern the extractors use goes through
:func:`finditer`, which bounds the time a single search may take and gives up
(no matches) instead of hanging the batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

TIMEOUT_SECONDS = 0.25
"""Longest time one pattern may spend on one field (seconds)."""

Pattern = Any  # regex.Pattern is not generic-typed in the stubs
Match = Any


def compile_pattern(source: str, flags: int = 0, **named_lists: Any) -> Pattern:
    """Compile ``source`` with the ``regex`` module (flags and named lists as given)."""
    return regex.compile(source, flags, **named_lists)


def finditer(pattern: Pattern, text: str, pos: int = 0) -> Iterator[Match]:
    """Matches of ``pattern`` in ``text``; stops quietly when the timeout is hit."""
    try:
        yield from pattern.finditer(text, pos, timeout=TIMEOUT_SECONDS)
    except TimeoutError:
        return


def search(pattern: Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
    """First match of ``pattern`` in ``text[pos:endpos]`` or None (also on timeout)."""
    try:
        if endpos is None:
            return pattern.search(text, pos, timeout=TIMEOUT_SECONDS)
        return pattern.search(text, pos, endpos, timeout=TIMEOUT_SECONDS)
    except TimeoutError:
        return None


def finditer_linear(pattern: Pattern, text: str) -> Iterator[Match]:
    """Matches of a *linear-time* pattern (character classes and simple repeats only).

    The ``regex`` timeout check costs about four times the match itself on short
    tokens, and a pattern without nested or overlapping repeats cannot backtrack
    catastrophically, so such patterns skip it. Anything else uses :func:`finditer`.
    """
    return pattern.finditer(text)  # type: ignore[no-any-return]
