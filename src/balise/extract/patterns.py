"""Compiled regular expressions: which run with a timeout, and which do not need one.

Ad text is hostile input. Two kinds of pattern are used:

* **Risky patterns** (nested or overlapping repeats, long alternations followed by
  optional repeats, variable-width look-behind, ``\\p{..}`` classes) are compiled with
  the ``regex`` module (:func:`compile_pattern`) and run through :func:`finditer` /
  :func:`search`, which bound the time one search may take (``TIMEOUT_SECONDS``) and give
  up quietly (no matches) instead of hanging the batch.
* **Linear patterns** are compiled with the stdlib ``re`` (:func:`compile_linear`), which
  is 2-5x faster on short ad text and has no per-match timeout bookkeeping. A pattern
  qualifies when every repeat is over a single character class, or a literal alternation
  followed by a bounded repeat, so a failed attempt at one position costs a bounded
  number of steps (no repeat inside a repeat whose pieces can match the same text).
  Such a pattern is linear in the text length times a small constant, and the text of
  one field is cut to ``MAX_FIELD_CHARS`` before any pattern runs, so its worst case is
  bounded too. Each linear pattern says why it is linear where it is defined.

Patterns that start with a character class (rather than a look-behind or ``\\b``) let
``re`` skip ahead in C to the next possible start; several linear patterns are written
"class first, look-behind after" for that reason (:func:`class_first`).

Moving a pattern from ``regex`` to ``re`` keeps its matches: ``regex``'s ``\\s`` is
:data:`SPACE` (``re``'s also holds U+001C-U+001F), its ``[\\p{L}\\p{N}]`` is ``[^\\W_]``
(equal on every character Python's Unicode database knows), its case-insensitive matching
is :func:`caseless` or a match on ``normalise.lowered`` text, white-space repeats become
possessive only where what follows never starts with a space (:func:`for_re`), and
variable-width look-behinds become fixed-width alternatives or a check in Python. ``\\w``
and ``\\b`` follow Python's database (``regex``'s differ on Indic spacing marks, enclosing
marks, squared-letter symbols and non-ASCII connector punctuation only). Each module says
why each of its ``re`` patterns is linear; ``tests/extract/test_linear_patterns.py`` puts
long runs of spaces and separators where they repeat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import regex

TIMEOUT_SECONDS = 0.25
"""Longest time one risky pattern may spend on one field (seconds)."""

MAX_FIELD_CHARS = 20_000
"""Only the first this many characters of a field are read (ads are ~0.2-2k characters)."""

SPACE_SET = frozenset(
    c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f"
)
"""The characters the ``regex`` module's ``\\s`` matches (``str.isspace`` less U+001C-U+001F)."""

SPACE_CHARS = "".join(re.escape(c) for c in sorted(SPACE_SET))
r"""The ``regex`` module's ``\s`` as the body of a character class for the stdlib ``re``:
``re``'s ``\s`` also holds the four information separators U+001C-U+001F, which ``regex``
does not count as white space (every other white-space character is below U+3001)."""

SPACE = f"[{SPACE_CHARS}]"
"""``SPACE_CHARS`` as a character class."""


def for_re(fragment: str) -> str:
    r"""A rule fragment written for the ``regex`` module, for the stdlib ``re``.

    ``\s`` becomes ``regex``'s white space (``SPACE``) and white-space repeats (``\s*``,
    ``\s+``) become possessive. Use it only on fragments where what follows a white-space
    repeat never starts with white space (a letter, digit, quote, bracket, punctuation, or
    an optional piece that is itself followed by such a repeat): then giving spaces back
    can never lead to a different match, so the possessive form finds the same matches
    without the backtracking that makes runs of spaces quadratic.
    """
    return (
        fragment.replace(r"\s*", SPACE + "*+")
        .replace(r"\s+", SPACE + "++")
        .replace(r"[\s", "[" + SPACE_CHARS)
        .replace(r"\s", SPACE)
    )


def caseless(fragment: str) -> str:
    r"""``fragment`` matching ASCII letters in either case without the IGNORECASE flag.

    Each ASCII letter (also inside a class) also matches its capital, and "i" the dotted
    capital "İ", which is what the ``regex`` module's case-insensitive matching admits;
    ``re``'s IGNORECASE would also let "i" match the dotless "ı". Escapes are kept.
    """
    out: list[str] = []
    k, in_class = 0, False
    while k < len(fragment):
        c = fragment[k]
        if c == "\\":
            out.append(fragment[k : k + 2])
            k += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
        elif c == "]" and in_class:
            in_class = False
            out.append(c)
        elif c.isascii() and c.isalpha():
            variants = c.lower() + c.upper() + ("\u0130" if c.lower() == "i" else "")
            out.append(variants if in_class else f"[{variants}]")
        else:
            out.append(c)
        k += 1
    return "".join(out)


def class_first(fragments: list[str], ignore_case: bool = False) -> str:
    r"""An alternation of ``\bword...`` fragments that starts with a character class.

    ``re`` skips ahead in C only when a pattern starts with a character or a class;
    ``[aij](?<!\w.)(?:(?<=a)(?:ge...|ged...)|(?<=j)...)`` matches what
    ``\b(?:age...|aged...|j...)`` does (the look-behind tests the character before the first
    letter, as ``\b`` does before a letter; ``\w`` and ``\b`` follow Python's Unicode
    database, see the module docstring). Fragments are grouped by their first letter, in
    their order within a group, so one look-behind per letter is tested instead of one per
    fragment: fragments with different first letters never match at the same position, so
    the order between groups does not matter. Fragments go through ``for_re`` (and
    ``caseless``).
    """
    groups: dict[str, list[str]] = {}
    for frag in fragments:
        if not (frag.startswith(r"\b") and frag[2:3].isascii() and frag[2:3].isalpha()):
            raise ValueError(f"not a \\bword fragment: {frag}")
        rest = for_re(caseless(frag[3:])) if ignore_case else for_re(frag[3:])
        groups.setdefault(frag[2].lower() if ignore_case else frag[2], []).append(rest)
    firsts: set[str] = set()
    parts: list[str] = []
    for letter, rests in groups.items():
        if ignore_case:
            letter = letter + letter.upper() + ("\u0130" if letter == "i" else "")
        firsts.update(letter)
        parts.append(f"(?<=[{letter}])(?:{'|'.join(rests)})")
    return f"[{''.join(sorted(firsts))}](?<!\\w.)(?:{'|'.join(parts)})"


def anchored(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a ``pattern`` that can only match at ``starts``
    (ascending): tried anchored there, skipping starts inside the last match as ``finditer``
    does."""
    end = 0
    match = pattern.match
    for s in starts:
        if s < end:
            continue
        m = match(text, s)
        if m is not None:
            end = m.end()
            yield m


def following(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """What ``anchored`` yields when given matches already made at its starts (ascending):
    those that do not start inside the last one kept."""
    out: list[re.Match[str]] = []
    end = 0
    for m in matches:
        if m.start() >= end:
            out.append(m)
            end = m.end()
    return out


Pattern = Any  # regex.Pattern is not generic-typed in the stubs
Match = Any


def compile_pattern(source: str, flags: int = 0, **named_lists: Any) -> Pattern:
    """Compile a *risky* pattern with the ``regex`` module (run it with a timeout)."""
    return regex.compile(source, flags, **named_lists)


def compile_linear(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a *linear-time* pattern with the stdlib ``re`` (see the module docstring)."""
    return re.compile(source, flags)


def finditer(
    pattern: Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[Match]:
    """Matches of a risky ``pattern`` in ``text``; stops quietly when the timeout is hit."""
    try:
        if endpos is None:
            yield from pattern.finditer(text, pos, timeout=TIMEOUT_SECONDS)
        else:
            yield from pattern.finditer(text, pos, endpos, timeout=TIMEOUT_SECONDS)
    except TimeoutError:
        return


def search(pattern: Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
    """First match of a risky ``pattern`` in ``text[pos:endpos]`` or None (also on timeout)."""
    try:
        if endpos is None:
            return pattern.search(text, pos, timeout=TIMEOUT_SECONDS)
        return pattern.search(text, pos, endpos, timeout=TIMEOUT_SECONDS)
    except TimeoutError:
        return None


def finditer_linear(pattern: Pattern, text: str) -> Iterator[Match]:
    """Matches of a *linear-time* pattern (``re`` or ``regex``) without the timeout check."""
    return pattern.finditer(text)  # type: ignore[no-any-return]


def match(pattern: Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
    """Match of a risky ``pattern`` anchored at ``pos`` or None (also on timeout)."""
    try:
        if endpos is None:
            return pattern.match(text, pos, timeout=TIMEOUT_SECONDS)
        return pattern.match(text, pos, endpos, timeout=TIMEOUT_SECONDS)
    except TimeoutError:
        return None
