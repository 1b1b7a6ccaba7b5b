"""Offset-keeping normalisation of ad text.

Every extractor reads a normalised copy of a field but reports spans of the
*original* field, so an analyst sees the evidence highlighted where the ad
wrote it. A :class:`MappedText` is a normalised string plus, for each of its
characters, the range of original characters it came from.

Two layers are built:

* :func:`clean` — HTML tags and entities, Unicode NFKC, Cyrillic/Greek
  look-alikes, emoji keycaps and other digit symbols, invisible characters.
* :func:`digitise` — spelled-out numbers (English and French, alone or glued to
  digits: "five1four", "cinq-un-quatre", "quatre-vingt-dix") and letters used
  as digits inside digit runs ("5l4 55S O123").

:func:`fold` gives a same-length, lower-case, accent-free copy for matching
words and places.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Final

from balise.extract.patterns import (
    SPACE,
    SPACE_CHARS,
    compile_linear,
    compile_pattern,
    finditer,
    search,
)
from balise.extract.rules import ALL_RULES

# ``fold`` and ``lowered`` in C when the install built ``_scan`` (see the end of this module)
_scan_fold_lower: Callable[[str, str], str | None] | None = None
try:
    from balise.extract._scan import fold_lower as _c_fold_lower

    _scan_fold_lower = _c_fold_lower
except ImportError:  # pragma: no cover - exercised by the interpreted runs
    pass


@dataclass(frozen=True, slots=True)
class MappedText:
    """A normalised text and where each of its characters came from in the original.

    The map is kept by pieces, not per character: ``text`` is made of the pieces of
    ``src.text`` listed in ``pieces`` (``(start, end, kept)``: ``src.text[start:end]``
    copied when ``kept``, else replaced by new characters that all map to that whole
    range), piece k starting at ``offsets[k]`` in ``text``. ``src`` is None when the text
    *is* the original (nothing changed). Building a map costs one entry per piece instead
    of two lists as long as the text; :meth:`original_span` follows the pieces (a bisect per
    layer) for the few spans asked for.
    """

    text: str
    src: MappedText | None = None
    offsets: tuple[int, ...] = ()
    pieces: tuple[tuple[int, int, bool], ...] = ()

    def _start_of(self, i: int) -> int:
        """Where the original characters behind ``text[i]`` start."""
        if self.src is None:
            return i
        k = bisect_right(self.offsets, i) - 1
        s, e, kept = self.pieces[k]
        if kept:
            return self.src._start_of(s + i - self.offsets[k])
        return self.src.original_span(s, e)[0]

    def _end_of(self, i: int) -> int:
        """Where the original characters behind ``text[i]`` end."""
        if self.src is None:
            return i + 1
        k = bisect_right(self.offsets, i) - 1
        s, e, kept = self.pieces[k]
        if kept:
            return self.src._end_of(s + i - self.offsets[k])
        return self.src.original_span(s, e)[1]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original range behind ``text[start:end]``."""
        if self.src is None:
            return start, end
        n = len(self.text)
        if n == 0:
            return 0, 0
        if end <= start:
            pos = self._start_of(start) if start < n else self._end_of(n - 1)
            return pos, pos
        return self._start_of(start), self._end_of(end - 1)


class _Builder:
    """Assembles a new MappedText from an existing one, piece by piece.

    When every replacement swaps one character for one character, each character of the
    result sits where its source did, so the result shares its source's map.
    """

    __slots__ = ("src", "pieces", "pos", "same_shape")

    def __init__(self, src: MappedText) -> None:
        self.src = src
        # (start, end, new): src.text[start:end] kept when new is None, else replaced by new
        self.pieces: list[tuple[int, int, str | None]] = []
        self.pos = 0  # next unconsumed index of src.text
        self.same_shape = True

    def keep_to(self, end: int) -> None:
        """Copy ``src.text[pos:end]`` unchanged."""
        if end > self.pos:
            self.pieces.append((self.pos, end, None))
            self.pos = end

    def replace(self, start: int, end: int, new: str) -> None:
        """Replace ``src.text[start:end]`` (start >= pos) by ``new``."""
        self.keep_to(start)
        if len(new) != 1 or end - start != 1:
            self.same_shape = False
        self.pieces.append((start, end, new))
        self.pos = end

    def build_like(self, base: str) -> str:
        """The pieces applied to ``base``, a same-length copy of ``src.text`` (its fold)."""
        self.keep_to(len(self.src.text))
        return "".join(base[s:e] if new is None else new for s, e, new in self.pieces)

    def build(self) -> MappedText:
        self.keep_to(len(self.src.text))
        src = self.src
        text = src.text
        out = "".join(text[s:e] if new is None else new for s, e, new in self.pieces)
        if self.same_shape:
            return MappedText(out, src.src, src.offsets, src.pieces)
        offsets: list[int] = []
        pieces: list[tuple[int, int, bool]] = []
        pos = 0
        for s, e, new in self.pieces:
            length = e - s if new is None else len(new)
            if length:  # a deleted range maps no character
                offsets.append(pos)
                pieces.append((s, e, new is None))
                pos += length
        return MappedText(out, src, tuple(offsets), tuple(pieces))


def replaced(text: str, changes: Iterable[tuple[int, int, str]]) -> MappedText:
    """``text`` with each ``(start, end, new)`` range replaced by ``new`` (ranges in order,
    not overlapping), keeping the map back to ``text``."""
    builder = _Builder(MappedText(text))
    for start, end, new in changes:
        builder.replace(start, end, new)
    return builder.build()


# --- clean ---------------------------------------------------------------------------------

_HOMOGLYPHS = {
    # Cyrillic
    "а": "a",
    "в": "B",
    "е": "e",
    "к": "k",
    "м": "M",
    "н": "H",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "T",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ӏ": "l",
    "ԛ": "q",
    "ԝ": "w",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
    "З": "3",
    "б": "6",
    # Greek
    "α": "a",
    "β": "B",
    "ε": "e",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    # round symbols written for a zero ("450 555 ○192"): all become "○", which ``digitise``
    # reads as a 0 like the look-alike letters, only inside a digit run (elsewhere it stays a
    # symbol: a "○" bullet is neither a letter nor a digit)
    "\u25ef": "\u25cb",
    "\u25e6": "\u25cb",
    "\u26aa": "\u25cb",
    "\u26ac": "\u25cb",
    "\u2b55": "\u25cb",
    "\u3007": "\u25cb",
    "\U0001f17e": "\u25cb",
    # punctuation that plays the part of ASCII
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00bd": "1/2",
    "\U0001f51f": "10",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
_INVISIBLE = {
    "\ufe0f",
    "\ufe0e",
    "\u20e3",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\u00ad",
    "\ufeff",
}


@lru_cache(maxsize=8192)
def _clean_char(ch: str) -> str:
    """ASCII-ward replacement of one non-ASCII character (identity when none applies)."""
    if ch in _HOMOGLYPHS:
        return _HOMOGLYPHS[ch]
    if ch in _INVISIBLE or unicodedata.category(ch) == "Mn":
        return ""
    digit = unicodedata.digit(ch, None)
    if digit is not None and not ("\u00b2" <= ch <= "\u00b3"):  # keep ² ³ out: m², cm³
        return str(digit)
    out = unicodedata.normalize("NFKC", ch)
    if out != ch:
        return "".join(_HOMOGLYPHS.get(c, c) for c in out)
    return ch


# Linear: every repeat is a single character class with a bound (or a plain run).
# Markup: each alternative starts with the literal "<" or "&", so ``re`` skips to the next
# one in C (an empty group at the end of each says which matched). Non-ASCII runs are
# found by non_ascii_runs; ``_clean_pieces`` merges both as one alternation would.
_MARKUP_RE = compile_linear(
    r"<(?:(?i:br|p|div|li|tr|h\d)\b[^<>]{0,300}>(?P<block>)|/?[a-zA-Z][^<>]{0,300}>(?P<tag>))"
    r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,10});(?P<ent>)"
)


def _clean_pieces(text: str) -> list[tuple[str | None, int, int]]:
    """(kind, start, end) of markup ("block", "tag", "ent") and non-ASCII runs (None).

    What one finditer of "markup|[^\\x00-\\x7f]+" gives: markup starts with an ASCII
    character, so a run never hides markup, and a run inside markup (an attribute value)
    lies wholly inside it (markup ends with ">" or ";") and is skipped.
    """
    runs = non_ascii_runs(text) if not text.isascii() else []
    if "<" not in text and "&" not in text:
        return [(None, s, e) for s, e in runs]
    out: list[tuple[str | None, int, int]] = []
    k, n = 0, len(runs)
    for mark in _MARKUP_RE.finditer(text):
        while k < n and runs[k][0] < mark.start():
            out.append((None, runs[k][0], runs[k][1]))
            k += 1
        out.append((mark.lastgroup, mark.start(), mark.end()))
        while k < n and runs[k][0] < mark.end():
            k += 1  # inside the markup
    out.extend((None, s, e) for s, e in runs[k:])
    return out


@lru_cache(maxsize=8192)
def _clean_run(run: str) -> str:
    """``_clean_char`` over a run of non-ASCII characters (runs such as "é" or "💋" repeat)."""
    return "".join(_clean_char(c) for c in run)


def clean(text: str) -> MappedText:
    """Strip markup and fold Unicode look-alikes, keeping offsets to ``text``."""
    plain = MappedText(text)
    if text.isascii() and "<" not in text and "&" not in text:
        return plain
    builder = _Builder(plain)
    for kind, start, end in _clean_pieces(text):
        if kind == "block":
            builder.replace(start, end, "\n")
        elif kind == "tag":
            builder.replace(start, end, " ")
        elif kind == "ent":
            decoded = html.unescape(text[start:end])
            builder.replace(
                start, end, "".join(_clean_char(c) if not c.isascii() else c for c in decoded)
            )
        else:
            run = text[start:end]
            if _clean_run(run) == run:
                continue
            for k, c in enumerate(run):
                r = _clean_char(c)
                if r != c:
                    builder.replace(start + k, start + k + 1, r)
    if not builder.pieces:
        return plain
    return builder.build()


# --- fold ----------------------------------------------------------------------------------


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for src, dst in (
        ("ß", "s"),
        ("æ", "a"),
        ("Æ", "a"),
        ("œ", "o"),
        ("Œ", "o"),
        ("ø", "o"),
        ("Ø", "o"),
        ("ł", "l"),
        ("Ł", "l"),
        ("đ", "d"),
        ("Đ", "d"),
        ("İ", "i"),
        ("ı", "i"),
    ):
        table[ord(src)] = dst
    return table


_FOLD = _fold_table()


def _non_ascii_runs_py(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each maximal run of non-ASCII characters of ``text`` (the matches
    of ``[^\x00-\x7f]+``); a loop, as compiled it costs a fraction of a ``re`` scan's match
    objects."""
    runs: list[tuple[int, int]] = []
    n = len(text)
    k = 0
    while k < n:
        if ord(text[k]) < 128:
            k += 1
            continue
        e = k + 1
        while e < n and ord(text[e]) >= 128:
            e += 1
        runs.append((k, e))
        k = e
    return runs


@lru_cache(maxsize=8192)
def _fold_run(run: str) -> str:
    return run.translate(_FOLD)


# _FOLD as a string indexed by code point (an unmapped character maps to itself), and the one
# mapping of ``lowered``: the tables of ``_scan.fold_lower``.
_FOLD_TABLE = "".join(_FOLD.get(cp, chr(cp)) for cp in range(max(_FOLD) + 1))
_LOWERED_TABLE = "".join(chr(cp) for cp in range(0x130)) + "i"


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with exactly the same length."""
    if _scan_fold_lower is not None:
        out = _scan_fold_lower(text, _FOLD_TABLE)
        if out is not None:
            return out
    return _fold_py(text)


def _fold_py(text: str) -> str:
    """``fold`` in Python: the specification of ``_scan.fold_lower`` with ``_FOLD_TABLE``."""
    # _FOLD only maps non-ASCII characters: translating the non-ASCII runs alone (cached)
    # gives the same string as translating everything, at a fraction of the cost.
    if text.isascii():
        return text.lower()
    pieces: list[str] = []
    prev = 0
    for s, e in non_ascii_runs(text):
        pieces.append(text[prev:s])
        pieces.append(_fold_run(text[s:e]))
        prev = e
    pieces.append(text[prev:])
    out = "".join(pieces).lower()
    if len(out) != len(text):  # a rare character whose lower case is longer
        out = "".join((c.lower() or c)[0] for c in text.translate(_FOLD))
    return out


def lowered(text: str) -> str:
    """Lower-case copy of ``text`` with the same length (accents kept).

    Patterns written for case-insensitive matching run on this copy without the flag: it
    matches what the ``regex`` module's case-insensitive matching did on ``text`` ("İ"
    counts as "i"), and not the dotless "ı", which ``re``'s case-insensitive [a-z] admits.
    "İ" is the only character whose lower case is longer than one character.
    """
    if _scan_fold_lower is not None:
        out = _scan_fold_lower(text, _LOWERED_TABLE)
        if out is not None:
            return out
    return _lowered_py(text)


def _lowered_py(text: str) -> str:
    """``lowered`` in Python: the specification of ``_scan.fold_lower`` with
    ``_LOWERED_TABLE``."""
    if text.isascii():
        return text.lower()
    return text.replace("\u0130", "i").lower()


# --- digitise ------------------------------------------------------------------------------


def _number_tables() -> tuple[dict[str, int], dict[str, int]]:
    units: dict[str, int] = {}
    tens: dict[str, int] = {}
    for rules in ALL_RULES:
        units.update(rules.units)
        tens.update(rules.tens)
    for teen in ("sept", "huit", "neuf"):  # dix-sept, dix-huit, dix-neuf
        units[f"dix-{teen}"] = 10 + units[teen]
    return units, tens


_UNITS, _TENS = _number_tables()


def _linear_word(word: str) -> str:
    return (
        re.escape(word)
        .replace(r"\ ", "\0")
        .replace(r"\-", "\1")
        .replace("\0", f"{SPACE}++")
        .replace("\1", f"[{SPACE_CHARS}\\-]*+")
    )


def _linear_alternation(words: list[str], first_consumed: bool = False) -> str:
    r"""An alternation of number words for the stdlib ``re``: longest first, a hyphen as
    ``[\s-]*`` and a space as ``\s+`` (``regex``'s white space, possessive runs).

    With ``first_consumed`` the first letter has already been matched (class first) and
    each word checks it with a look-behind instead ("(?<=q)uatre...").
    """
    ordered = sorted(set(words), key=len, reverse=True)
    if first_consumed:
        return "|".join(f"(?<={w[0]}){_linear_word(w[1:])}" for w in ordered)
    return "|".join(_linear_word(w) for w in ordered)


# Stdlib ``re``, no timeout. Linear: an alternation of words (at most a few dozen steps per
# start) whose inner separators are possessive runs of spaces/hyphens, each followed by a
# letter (the next part of the word, "et"/"and" or a unit), so giving characters back
# could never make another match; starts are the starts of letter runs.
_SEPS = f"[{SPACE_CHARS}\\-]++"
# Between tens and units ("cinquante-cinq", "fifty five"): a hyphen, or spaces, but not a
# hyphen with spaces on both sides, which separates the groups of a spelled-out number
# ("quatre cent cinquante - cinq cent ..." is 450 then 5xx, not 455). Linear: possessive
# runs of one class, each followed by a letter.
_TU_SEP = f"(?:-[{SPACE_CHARS}]*+|[{SPACE_CHARS}]++(?:-(?![{SPACE_CHARS}]))?)"
# Class first: the first letter is matched by a class, "(?<![a-z].)" tests the character
# before it (the original's "(?<![a-z])"), and each word checks its own first letter; the
# "tens"/"unit" groups start after that letter (the value is read from the match start).
_NUMBER_FIRSTS = "".join(sorted({w[0] for w in (*_UNITS, *_TENS)}))
_NUMBER_RE = compile_linear(
    rf"[{_NUMBER_FIRSTS}](?<![a-z].)(?:(?P<tens>{_linear_alternation(list(_TENS), True)})"
    rf"(?:{_TU_SEP}(?:et{_SEPS}|and{_SEPS})?(?P<tu>{_linear_alternation(list(_UNITS))}))?"
    rf"|(?P<unit>{_linear_alternation(list(_UNITS), True)}))(?![a-z])"
)
_NUMBER_WORDS = frozenset(w for k in (*_UNITS, *_TENS) for w in k.split("-"))
# What follows a number word that opens a place's name ("Trois-Rivières", "Trois-Pistoles",
# "Sept-Îles", "Deux-Montagnes", folded): the word stays a word. Read as "3-Rivières", the
# town ended a name-and-age ("Nina, 22\n📍 Trois-Rivières") as if a phone's digits followed.
# Linear: one possessive class run, then fixed words.
_PLACE_NUMBER_WORDS = ("trois", "sept", "deux")  # the words that open such names
_PLACE_TAIL_RE = compile_linear(r"[ \-]++(?:rivieres?|pistoles|iles|montagnes)(?![a-z])")


def _first_runs(key: str) -> set[str]:
    r"""The letter runs a match of ``key`` in _NUMBER_RE can start with.

    Inner separators are ``[\s-]*+`` (possibly empty) for a hyphen and ``\s++`` for a space,
    so the first run is the first few hyphen-joined parts glued together ("dix",
    "dixsept"); the match then needs a non-letter, so the run ends there.
    """
    parts = key.split(" ")[0].split("-")
    return {"".join(parts[: k + 1]) for k in range(len(parts))}


# Every match of _NUMBER_RE starts at a maximal [a-z]+ run that is one of these (its first
# letter has no [a-z] before it, and its first word ends at a non-letter): matching only at
# such runs finds what one scan of the whole text finds.
_NUMBER_RUNS = frozenset(r for k in (*_UNITS, *_TENS) for r in _first_runs(k))
_WORD_KEY = compile_linear(rf"[{SPACE_CHARS}\-]+")  # linear: one class; regex's \s
_LETTER_DIGITS = {
    "O": "0", "o": "0", "\u25cb": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5", "B": "8"
}  # fmt: skip
# Stdlib ``re``: ``[\W_]`` is exactly ``regex``'s ``[^\p{L}\p{N}]`` on every character
# Python's Unicode database knows, and the variable-width look-behind "[0-9][^LN]{1,3}" is
# the three fixed-width ones it stands for. Linear: every repeat is one bounded class.
_NOT_LN_AFTER_DIGIT = r"(?:(?<=[0-9][\W_])|(?<=[0-9][\W_]{2})|(?<=[0-9][\W_]{3}))"
_LETTER_DIGIT_RE = compile_linear(
    r"(?<![A-Za-z0-9|])(?=[OoIlZSB\u25cb]*[0-9])(?=[0-9]*[OoIlZSB\u25cb])[0-9OoIlZSB\u25cb]{2,}"
    r"(?![A-Za-z0-9|])"
    # a lone look-alike between two digit groups: "514 555 O 123", or a few of them when
    # every character is spaced out: "514 555 O l 2 3" (the separators between them hold
    # no "|", so a "|" separator is never read as a 1)
    rf"|{_NOT_LN_AFTER_DIGIT}[OoIl|\u25cb](?:[^\w|]{{1,3}}[OoIl\u25cb](?![A-Za-z0-9])){{0,3}}"
    r"(?=[\W_]{1,3}[OoIl|ZSB\u25cb]{0,3}[0-9])"
    # a whole group of capital look-alikes next to a digit group: "514 SSS 0123"
    rf"|{_NOT_LN_AFTER_DIGIT}[OISZB\u25cb]{{2,4}}(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9])[OISZB\u25cb]{2,4}(?=[\W_]{1,3}[0-9])"
)
# A whole number in the 3-3-4 shape written with look-alikes, some groups without a digit:
# "43B-SSS-I23o", "SBl-SS5-1ll2", "514 / SSS / lSIB" (the single-group rules above need a
# digit in the group or right beside it). Read only when the chain holds a real digit (checked
# in Python) and only inside the look-alike windows. The separators hold no "|", so a bar is
# never read as a 1 here. Linear: fixed-width groups and bounded separators.
_LOOKALIKE_CHAIN_RE = compile_linear(
    r"(?<![A-Za-z0-9|])[0-9OoIlZSB]{3}[^\w|]{1,3}[0-9OoIlZSB]{3}[^\w|]{1,3}[0-9OoIlZSB]{4}"
    r"(?![A-Za-z0-9|])"
)
# Hundreds, read after the number words became digits: "cinq cent quatorze" is "5 cent 14"
# by then, so "514"; "quatre-cent-trente-huit" 438, "zéro cent trois" "0 103", "five hundred
# and fourteen" 514. A bare "cent"/"hundred" is left alone ("pour cent", "cent roses" read
# nothing before either). And "oh" for a zero between digits ("five five five, oh one"):
# only with a digit on both sides within three separators, so "oh là là" stays a word; so
# are "double"/"triple" before one digit ("514 triple 5 0123", "double cinq" once digitised).
# Linear: bounded single-class repeats and literal words; searched on the folded text.
_HUNDREDS_RE = compile_linear(
    rf"(?<![0-9a-z])(?P<h>[1-9])[{SPACE_CHARS}\-]{{1,3}}(?:cents?|hundred)(?![a-z])"
    rf"(?:[{SPACE_CHARS}\-]{{1,3}}(?:(?:and|et)[{SPACE_CHARS}\-]{{1,3}})?(?P<r>[0-9]{{1,2}})"
    r"(?![0-9]))?"
    rf"|(?<![0-9a-z])(?:cents?|hundred)[{SPACE_CHARS}\-]{{1,3}}(?:(?:and|et)[{SPACE_CHARS}\-]{{1,3}})?"
    r"(?P<r2>[0-9]{1,2})(?![0-9])"
    r"|(?:(?<=[0-9][\W_])|(?<=[0-9][\W_]{2})|(?<=[0-9][\W_]{3}))(?:oh(?![a-z])"
    rf"|(?P<times>double|triple)[{SPACE_CHARS}\-]{{1,3}}(?P<d>[0-9])(?![0-9a-z]))"
    r"(?=[\W_]{1,3}[0-9])"
)
# One of these words is in the text whenever _HUNDREDS_RE can match ("centre-ville" is not).
_HUNDREDS_WORDS = frozenset(["cent", "cents", "hundred", "oh", "double", "triple"])
# 32B-24-35 is a measurement, not 328 (linear: no repeat; tried with ``match`` only)
_BRA_SIZE = compile_linear(r"\d\dB-\d\d-\d\d")
_DIGIT_WORDS = {w: v for w, v in _UNITS.items() if v < 10 and "-" not in w}
_CONCAT_SOURCE = (
    r"(?<![a-z])(?=[a-z0-9]*[a-z])(?:"
    + "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
    + r"|[0-9]){2,}(?![a-z])"
)
# Glued digit words are looked for inside one [a-z0-9]+ token at a time. On a token of
# n characters the pattern costs O(n) steps per start (the look-ahead, and a loop whose
# only ambiguity is "un"/"une", where the wrong branch dies within a character, since no
# digit word starts with "i"), O(n^2) in all: tokens up to _CONCAT_SHORT characters (every
# glued number an ad writes) run with the stdlib ``re`` (at most ~10^4 steps), longer ones
# with the ``regex`` module and its timeout.
_CONCAT_SHORT = 100
_CONCAT_RE = compile_pattern(_CONCAT_SOURCE)
_CONCAT_RE_SHORT = compile_linear(_CONCAT_SOURCE)
_ASCII_LETTERS_RE = compile_linear(r"[a-z]+")  # linear: one class
# Linear: literal words and one class, no repeat.
_CONCAT_PIECE = compile_linear("|".join(sorted(_DIGIT_WORDS, key=len, reverse=True)) + "|[0-9]")
# Where a look-alike letter may stand for a digit. Every match of _LETTER_DIGIT_RE holds or
# touches an *anchor*: a look-alike character (_LOOKALIKE_CHARS) that touches a digit, or
# that has a digit at most _LOOKALIKE_REACH characters away and no other ASCII letter
# (_WORD_LETTERS) on either side of it:
#   - a whole group ("5OO", "O5l"): a digit touches a look-alike (its look-aheads read it,
#     possibly just after the match: "00" of "00○A");
#   - a lone look-alike after a digit group ("514 O 123"): "[0-9][\W_]{1,3}" before it, a
#     "[\W_]" after it;
#   - capitals after a group ("514 SSS"): the first has "[\W_]" before it, a capital after,
#     a digit at most 4 characters before; before a group ("SSS 0123"): the last has a
#     capital before it, "[\W_]" after it, a digit at most 4 characters after.
# A match reaches at most ~24 characters from its anchor outside a run of _TOKEN_CHARS, so a
# window of _LOOKALIKE_MARGIN characters around each anchor, widened to the ends of the
# tokens it cuts, holds the match and what its look-arounds read; windows are merged when
# they touch, so a match never spans two. Searching the windows alone finds what one search
# of the whole text finds (tests/extract/test_scan.py holds it to the whole-text search).
# In prose "120 lbs", "7. Sur", "18+ only" have a look-alike near a digit but a letter next
# to it: no window, where the hint scan this replaces (round 10) opened one at each.
_LOOKALIKE_CHARS = frozenset("OoIl|ZSB\u25cb")
_WORD_LETTERS = frozenset("ACDEFGHJKLMNPQRTUVWXYabcdefghijkmnpqrstuvwxyz")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789|\u25cb")
_LOOKALIKE_REACH = 4  # a digit at most this far from the anchor
_LOOKALIKE_MARGIN = 32  # characters around an anchor: a match reaches at most ~24
_DIGIT_RUN_RE = compile_linear(r"[0-9]+")  # linear: one class
_TOKEN_RE = compile_linear(r"[a-z0-9]+")  # linear: one character class


@lru_cache(maxsize=32768)
def _token_flags(token: str) -> int:
    """Bit 1: ``token`` holds digit words glued together; bit 2: it holds a number word;
    bit 4: it is a word of _HUNDREDS_WORDS.

    A match of _CONCAT_RE (or a number word) never crosses a ``[a-z0-9]+`` token, and the
    characters around a token are not letters, so testing tokens alone (cached: ad words
    repeat) decides exactly whether the whole-text passes can find anything.
    """
    flags = 0
    if not token.isdigit() and (
        _CONCAT_RE_SHORT.search(token) is not None
        if len(token) <= _CONCAT_SHORT
        else search(_CONCAT_RE, token) is not None
    ):
        flags |= 1
    if not _NUMBER_WORDS.isdisjoint(_ASCII_LETTERS_RE.findall(token)):
        flags |= 2
    if token in _HUNDREDS_WORDS:
        flags |= 4
    return flags


# _token_flags of the words met so far: a dict lookup per word costs a fraction of the
# lru_cache call (and of the set of distinct words it was called on). Bounded: cleared when
# full, as the words of a market repeat.
_WORD_FLAGS: Final[dict[str, int]] = {}
_WORD_FLAGS_MAX = 65536


def _words_flags(words: list[str]) -> int:
    """The union of ``_token_flags`` over ``words``."""
    cache = _WORD_FLAGS
    flags = 0
    for word in words:
        f = cache.get(word)
        if f is None:
            if len(cache) >= _WORD_FLAGS_MAX:
                cache.clear()
            f = cache[word] = _token_flags(word)
        flags |= f
        if flags == 7:  # every gate open: the other words cannot change anything
            break
    return flags


def _lookalike_windows_py(text: str) -> list[tuple[int, int]]:
    """Merged ranges of ``text`` around every look-alike anchor (see above), cut at token
    boundaries; the specification of ``_scan.lookalike_windows``, and what runs without it."""
    n = len(text)
    windows: list[tuple[int, int]] = []
    last = -1  # the highest position examined for an anchor
    last_end = 0
    for run in _DIGIT_RUN_RE.finditer(text):
        a, b = run.span()
        hi = min(n, b + _LOOKALIKE_REACH)
        for q in range(max(a - _LOOKALIKE_REACH, last + 1), hi):
            if text[q] not in _LOOKALIKE_CHARS:
                continue
            before = text[q - 1] if q > 0 else " "
            after = text[q + 1] if q + 1 < n else " "
            if not ("0" <= before <= "9" or "0" <= after <= "9") and (
                before in _WORD_LETTERS or after in _WORD_LETTERS
            ):
                continue
            s = max(last_end, q - _LOOKALIKE_MARGIN)
            while s > last_end and text[s - 1] in _TOKEN_CHARS:
                s -= 1
            e = max(last_end, min(n, q + 1 + _LOOKALIKE_MARGIN))
            while e < n and text[e] in _TOKEN_CHARS:
                e += 1
            if windows and s <= last_end:
                windows[-1] = (windows[-1][0], e)
            else:
                windows.append((s, e))
            last_end = e
        last = max(last, hi - 1)
    return windows


def _word_value(word: str) -> int | None:
    return _UNITS.get(_WORD_KEY.sub("-", word)) if word else None


def _tens_value(word: str) -> int:
    key = _WORD_KEY.sub("-", word)
    return _TENS.get(key, _TENS.get(key.rstrip("s"), 0))


def _number_matches(low: str, letters: Iterable[str]) -> list[re.Match[str]]:
    """What ``_NUMBER_RE.finditer(low)`` gives, trying the pattern only where it can start.

    ``letters`` are the [a-z]+ runs of ``low``. Candidate starts are the occurrences of the
    runs in _NUMBER_RUNS (found with ``str.find``, kept when no [a-z] letter touches them);
    trying them in order and skipping those inside the last match is what ``finditer``
    does, without running the letter-first pattern over the whole text.
    """
    starts: list[int] = []
    n = len(low)
    for run in _NUMBER_RUNS.intersection(letters):
        k = low.find(run)
        while k >= 0:
            e = k + len(run)
            if (k == 0 or not "a" <= low[k - 1] <= "z") and (e == n or not "a" <= low[e] <= "z"):
                starts.append(k)
            k = low.find(run, e)
    starts.sort()
    out: list[re.Match[str]] = []
    end = 0
    match = _NUMBER_RE.match
    for k in starts:
        if k < end:
            continue
        m = match(low, k)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def digitise(src: MappedText, folded: str | None = None) -> MappedText:
    """Spell numbers as digits and read digit look-alike letters inside digit runs.

    ``folded`` may pass ``fold(src.text)`` when the caller already has it.
    """
    return digitise_folded(src, folded if folded is not None else fold(src.text))[0]


def _split_words_py(folded: str) -> list[str]:
    """``folded`` cut at its ``[a-z0-9]+`` words: [separator, word, separator, ..., separator].

    The one tokenisation of a field that the number-word gates of :func:`digitise_folded`
    and ``places.find_places`` share (words are ``parts[1::2]``). What
    ``re.split("([a-z0-9]+)", folded)`` gives; a loop over code points because compiled
    (mypyc) it costs half the ``re`` split, which builds a match per word.
    """
    parts: list[str] = []
    n = len(folded)
    sep = k = 0  # sep: where the separator before the next word starts
    while k < n:
        c = ord(folded[k])
        if 97 <= c <= 122 or 48 <= c <= 57:  # [a-z0-9]
            e = k + 1
            while e < n:
                c = ord(folded[e])
                if not (97 <= c <= 122 or 48 <= c <= 57):
                    break
                e += 1
            parts.append(folded[sep:k])
            parts.append(folded[k:e])
            sep = k = e
        else:
            k += 1
    parts.append(folded[sep:])
    return parts


@lru_cache(maxsize=32768)
def token_letters(token: str) -> tuple[str, ...]:
    """The [a-z]+ runs of one ``[a-z0-9]+`` word (cached: ad words repeat)."""
    if token.isalpha():
        return (token,)
    return tuple(_ASCII_LETTERS_RE.findall(token))


def _hundreds(src: MappedText, low: str, per_char: bool) -> tuple[MappedText, str]:
    """``src`` with hundreds and "oh" zeros read (see ``_HUNDREDS_RE``); ``low`` its fold."""
    builder: _Builder | None = None
    for m in _HUNDREDS_RE.finditer(low):
        if m.group("times") is not None:
            value = m.group("d") * (2 if m.group("times") == "double" else 3)
        elif m.group("h") is None and m.group("r2") is None:
            value = "0"  # "oh"
        else:
            rest = m.group("r") or m.group("r2") or "0"
            value = str(int(m.group("h") or "1") * 100 + int(rest))
        if builder is None:
            builder = _Builder(src)
        builder.replace(m.start(), m.end(), value)
    if builder is None:
        return src, low
    out = builder.build()
    return out, builder.build_like(low) if per_char else fold(out.text)


def digitise_folded(
    src: MappedText, folded: str, parts: list[str] | None = None
) -> tuple[MappedText, str]:
    """``digitise(src)`` and its fold, given ``folded`` = ``fold(src.text)``.

    ``parts`` may pass ``split_words(folded)`` when the caller already has it.

    Every replacement is made of digits, which fold to themselves, and ``fold`` maps each
    character on its own except the Greek capital sigma (its lower case depends on the
    letters around it): without one, the fold of the result is the same replacements
    applied to ``folded``, with no second pass over the text.
    """
    low = folded
    per_char = "\u03a3" not in src.text
    # One pass over the words decides both gates: a glued digit-word match and a number
    # word never cross a [a-z0-9]+ token, so the text holds one exactly when one of its
    # tokens does (_token_flags, cached per token).
    words = (parts if parts is not None else split_words(low))[1::2]
    flags = _words_flags(words)
    # Digit words glued together ("cinqseptneuf", "five5cinq") first: only the tokens
    # flagged are searched.
    builder: _Builder | None = None
    if flags & 1:
        for token in _TOKEN_RE.finditer(low):
            if not _token_flags(token.group()) & 1:
                continue
            glued = (
                _CONCAT_RE_SHORT.finditer(low, token.start(), token.end())
                if token.end() - token.start() <= _CONCAT_SHORT
                else finditer(_CONCAT_RE, low, token.start(), token.end())
            )
            for m in glued:
                pieces = _CONCAT_PIECE.findall(m.group())
                if builder is None:
                    builder = _Builder(src)
                builder.replace(
                    m.start(),
                    m.end(),
                    "".join(p if p.isdigit() else str(_DIGIT_WORDS[p]) for p in pieces),
                )
    if builder is not None:
        src = builder.build()
        low = builder.build_like(low) if per_char else fold(src.text)
    out = src
    builder = None
    letters: Iterable[str] = ()
    if flags & 1:  # glued words replaced: the letter runs of the new text
        letters = _ASCII_LETTERS_RE.findall(low)
        has_words = not _NUMBER_WORDS.isdisjoint(letters)
    else:
        has_words = bool(flags & 2)
        if has_words:
            letters = set(chain.from_iterable(map(token_letters, words)))
    for m in _number_matches(low, letters) if has_words else ():
        if m.group("unit") is not None:
            if (
                low.startswith(_PLACE_NUMBER_WORDS, m.start())
                and _PLACE_TAIL_RE.match(low, m.end()) is not None
            ):
                continue  # "Trois-Rivières", "Sept-Îles": a place's name, not a number
            value = _word_value(low[m.start() : m.end("unit")])
        else:
            value = _tens_value(low[m.start() : m.end("tens")])
            tail = m.group("tu")
            if tail is not None:
                unit = _word_value(tail) or 0
                # soixante-dix-neuf / quatre-vingt-dix-sept: the tail is a teen
                value = None if unit >= 10 and value not in (60, 80) else (value or 0) + unit
        if value is None:
            continue
        if builder is None:
            builder = _Builder(src)
        builder.replace(m.start(), m.end(), str(value))
    if builder is not None:
        out = builder.build()
        low = builder.build_like(low) if per_char else fold(out.text)
    if flags & 4 and (  # a word of _HUNDREDS_WORDS (bit 4 of the words' flags)
        "cent" in low or "hundred" in low or "oh" in low or "double" in low or "triple" in low
    ):
        out, low = _hundreds(out, low, per_char)
    windows = lookalike_windows(out.text)
    if not windows:
        return out, low
    builder = None
    text = out.text
    for start, end in windows:
        at: set[int] = set()  # positions of the look-alikes read as digits in this window
        for m in _LOOKALIKE_CHAIN_RE.finditer(text, start, end):
            written = m.group()
            if any("0" <= c <= "9" for c in written):
                at.update(m.start() + k for k, c in enumerate(written) if c in _LETTER_DIGITS)
        for m in _LETTER_DIGIT_RE.finditer(text, start, end):
            if m.group()[-1:] == "B" and _BRA_SIZE.match(text, m.start()):
                continue
            at.update(m.start() + k for k, c in enumerate(m.group()) if c in _LETTER_DIGITS)
        if not at:
            continue
        if builder is None:
            builder = _Builder(out)
        for q in sorted(at):
            builder.replace(q, q + 1, _LETTER_DIGITS[text[q]])
    if builder is None:
        return out, low
    out = builder.build()
    return out, builder.build_like(low) if per_char else fold(out.text)


def _token_starts_py(text: str, prefixes: tuple[str, ...], whole: bool) -> list[int]:
    """Where the ``[a-z0-9]+`` words of ``text`` that begin with one of ``prefixes`` (with
    ``whole``: that are one of them) start.

    A pattern whose every match starts a word with one of a few prefixes (the first letters
    of its words, before any optional part) can be tried there alone (``patterns.anchored``)
    instead of by a scan that stops at every letter its first class holds.
    """
    if whole:
        return [m.start() for m in _TOKEN_RE.finditer(text) if m.group() in prefixes]
    return [m.start() for m in _TOKEN_RE.finditer(text) if m.group().startswith(prefixes)]


def _word_starts_py(text: str, wholes: tuple[str, ...], prefixes: tuple[str, ...]) -> list[int]:
    """Where the ``[a-z0-9]+`` words of ``text`` that are one of ``wholes`` or begin with one of
    ``prefixes`` start: ``token_starts`` with both tests at once (a rule whose first word is
    either a whole word or a prefix followed by more, ``prices._UNIT_WHOLES``)."""
    return [
        m.start()
        for m in _TOKEN_RE.finditer(text)
        if m.group() in wholes or m.group().startswith(prefixes)
    ]


# the run, then (looked ahead, so the next run is read whole) white space and one character
_DIGIT_RUN_NEXT_RE = compile_linear(r"([0-9]+)(?=\s*+(.?))", re.DOTALL)  # linear: one class each


def _digit_runs_py(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, next)`` of each maximal ``[0-9]+`` run of ``text``, ``next`` the first
    character after it that is not white space (``str.isspace``), or "" at the end: where a
    rule that starts with a number can start, and what it reads next (``digit_starts``)."""
    return [(m.start(), m.end(1), m.group(2)) for m in _DIGIT_RUN_NEXT_RE.finditer(text)]


def _occurrences_py(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(position, needle index)`` of every occurrence of each needle in ``text``
    (overlapping ones too), by position then needle order: what a ``str.find`` loop per
    needle finds, in one pass when in C."""
    found: list[tuple[int, int]] = []
    for i, needle in enumerate(needles):
        if not needle:
            raise ValueError("empty needle")
        k = text.find(needle)
        while k >= 0:
            found.append((k, i))
            k = text.find(needle, k + 1)
    found.sort()
    return found


def word_prefixes(fragments: list[str]) -> tuple[str, ...]:
    r"""The leading letters of ``\bword...`` fragments (for ``token_starts``): every match of
    the fragment starts a word that begins with them. Refuses a fragment whose last leading
    letter is optional (then a shorter prefix would be needed)."""
    out: list[str] = []
    for frag in fragments:
        m = re.match(r"\\b([a-z0-9]+)", frag)
        if m is None or frag[m.end() : m.end() + 1] in ("?", "*", "{"):
            raise ValueError(f"no fixed leading word: {frag}")
        out.append(m.group(1))
    return minimal_prefixes(out)


def minimal_prefixes(words: list[str]) -> tuple[str, ...]:
    """``words`` less those that begin with another of them (the same words begin with one)."""
    unique = sorted(set(words))
    return tuple(w for w in unique if not any(w != p and w.startswith(p) for p in unique))


# The per-character scans above in C when the install built them (``_scan.c``, beside the
# mypyc build; docs/extraction.md, round 10): the same results (tests/extract/test_scan.py
# compares them on random text) at a fraction of a compiled loop's cost. Without the build
# (BALISE_PURE_PYTHON=1, or a tree that was never installed) the Python twins run.
try:
    from balise.extract._scan import digit_runs as digit_runs
    from balise.extract._scan import lookalike_windows as lookalike_windows
    from balise.extract._scan import non_ascii_runs as non_ascii_runs
    from balise.extract._scan import occurrences as occurrences
    from balise.extract._scan import split_words as split_words
    from balise.extract._scan import token_starts as token_starts
    from balise.extract._scan import word_starts as word_starts
except ImportError:  # pragma: no cover - exercised by the interpreted runs
    digit_runs = _digit_runs_py
    word_starts = _word_starts_py
    lookalike_windows = _lookalike_windows_py
    non_ascii_runs = _non_ascii_runs_py
    split_words = _split_words_py
    token_starts = _token_starts_py
    occurrences = _occurrences_py
