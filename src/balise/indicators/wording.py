"""Word lists matched in an ad's title and body, with spans into the original text.

Patterns are matched on the ad's text with its HTML character references decoded
("Premi&egrave;re" reads "Première", "J&#x27;aime" reads "J'aime": scraped ads are full of
them), case-insensitive, accents written out in the patterns; every match is mapped back to its
span of the original text, so that it is evidence an analyst can highlight. Ad text is
hostile input: every search runs with a timeout, and a pattern that times out on an ad counts
as no match.

Speed: a list of fifty alternatives costs tens of microseconds per text, and most lists match
few ads. So each ad's text is prepared once (``AdText``: the case-folded first letters of every
word) and each list carries a ``Gate`` derived from its own terms: the first letters any match
must begin with. A list whose gate is shut on a text is not run on it. The gate is a necessary
condition computed from the patterns themselves, so gated and ungated results are the same
(tests check it); a term the gate cannot reason about opens it for every text.

Where many lists read the same ad (the indicators of a cluster), a ``Prefilter`` goes further:
every list becomes one expression of a single Hyperscan database, over-approximating it (it may
report a list that does not match, never miss one that does), and each field is scanned once for
all of them; a list runs its own pattern only on the fields the scan reported. Without Hyperscan
every list runs as before.
"""

from __future__ import annotations

import hashlib
import html
import os
import platform
import re
import sys
import unicodedata
import warnings
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:  # typeshed describes the parser under its old public names
    import sre_constants
    import sre_parse
else:  # the same modules, without the deprecation warning the old names raise since 3.11
    from re import _constants as sre_constants
    from re import _parser as sre_parse

import regex

from balise.extract.normalise import MappedText, replaced
from balise.schema import AdRecord, Evidence

SEARCH_FIELDS = ("title", "body")
TIMEOUT_S = 0.05
PREFIX = 3
"""Characters of a word the gate looks at: enough to tell "young" from "yours", few enough that
every word contributes only three keys."""
MAX_ANCHORS = 32
"""A term whose first letters expand to more alternatives than this opens the gate for every
text (a gate that wide would not save anything)."""

_WORD = regex.compile(r"\w+")
_REGEX_WORD = regex.compile(r"\w")
_RE_WORD = re.compile(r"\w")


@cache
def _word_char_differs(char: str) -> bool:
    """Whether the two engines disagree on ``char`` being a word character. ``regex`` may
    follow a newer Unicode than the interpreter's ``re`` (a letter assigned since is a word
    character for one, not for the other), which no fixed class can list."""
    return (_REGEX_WORD.match(char) is None) != (_RE_WORD.match(char) is None)


def _alternation(terms: tuple[str, ...], *, bounded: bool) -> str:
    # Longest alternatives first so "new girls every week" wins over "new girls".
    alternation = "|".join(sorted(terms, key=len, reverse=True))
    if bounded:
        # Word boundaries that also hold next to emoji and punctuation.
        alternation = rf"(?<![\w])(?:{alternation})(?![\w])"
    return alternation


def _compile(terms: tuple[str, ...], *, bounded: bool) -> regex.Pattern[str]:
    return regex.compile(_alternation(terms, bounded=bounded), regex.IGNORECASE)


def _compile_fast(terms: tuple[str, ...], *, bounded: bool) -> tuple[re.Pattern[str] | None, bool]:
    """The list as a plain pattern over lower-cased text, when that is safe: every term is
    written in lower case (so no ``\\W``-style escape changes meaning) and matches a bounded
    width (so the match at one position costs at most the size of the pattern: no runaway
    backtracking, no timeout needed). The standard engine without case folding is several
    times faster than ``regex`` with it; grouped by first character (``_by_first``) when the
    terms allow it, faster still. Returns (the pattern or None, whether it is grouped)."""
    for term in terms:
        if term != term.lower():
            return None, False
        if sre_parse.parse(term).getwidth()[1] >= sre_constants.MAXREPEAT:
            return None, False
    grouped = _by_first(terms) if bounded else None
    if grouped is not None:
        return re.compile(grouped), True
    return re.compile(_alternation(terms, bounded=bounded)), False


# --- the alternation grouped by first character ----------------------------------------------
#
# ``(?<![\w])(?:t1|t2|...)(?![\w])`` starts with a look-behind, so the standard engine tries a
# match at every position of the text. Written as ``(?:a(?<![\w].)(?:rest|...)|b...)(?![\w])``
# (each term's first character, then the same boundary test one character later) the pattern
# starts with a choice of literal characters, and the engine skips to the next position holding
# one of them without trying a match elsewhere. The two patterns match the same text at the same
# positions: at any position only the terms starting with the character found there can match,
# and they are tried in their original order.

_QUANTIFIERS = ("?", "*", "+", "{")
_SPECIAL = frozenset("\\[](){}.^$|?*+")


def _marks(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) of each "(", ")" and "|" outside escapes and
    character classes, left to right; (-1, "[", depth) where a class is not closed (the end)."""
    depth, i = 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            end = source.find("]", i + 2)
            if end < 0:
                yield -1, "[", depth
                return
            i = end + 1
            continue
        if char in "(|)":
            yield i, char, depth
            depth += 1 if char == "(" else -1 if char == ")" else 0
        i += 1


def _top_level(source: str, sep: str) -> list[str] | None:
    """``source`` split at ``sep`` ("|") outside groups and classes (None when unbalanced)."""
    parts: list[str] = []
    start, depth = 0, 0
    for i, char, before in _marks(source):
        if i < 0:
            return None
        depth = before + (1 if char == "(" else -1 if char == ")" else 0)
        if depth < 0:
            return None
        if char == sep and before == 0:
            parts.append(source[start:i])
            start = i + 1
    if depth != 0:
        return None
    parts.append(source[start:])
    return parts


def _first_chars(term: str) -> list[tuple[str, str]] | None:
    """``term`` as an ordered choice of (first character, rest of the pattern), or None when
    it does not start with something this can split: a literal character, a class of plain
    characters (``[ée]``) or a non-capturing group of such alternatives (``(?:a|b)``)."""
    if not term:
        return None
    head = term[0]
    if head == "[":
        end = term.find("]", 1)
        chars = term[1:end]
        if end < 0 or not chars or any(c in "\\-^[]\n" for c in chars):
            return None
        rest = term[end + 1 :]
        if rest.startswith(_QUANTIFIERS):
            return None
        return [(c, rest) for c in dict.fromkeys(chars)]
    if head == "(":
        if not term.startswith("(?:"):
            return None
        close = _group_end(term)
        if close is None:
            return None
        rest = term[close + 1 :]
        if rest.startswith(_QUANTIFIERS):
            return None
        alternatives = _top_level(term[3:close], "|")
        if alternatives is None:
            return None
        out: list[tuple[str, str]] = []
        for alternative in alternatives:
            split = _first_chars(alternative + rest)
            if split is None:
                return None
            out.extend(split)
        return out
    if head in _SPECIAL or head == "\n" or term[1:].startswith(_QUANTIFIERS):
        return None
    return [(head, term[1:])]


def _group_end(source: str) -> int | None:
    """The index of the ")" closing the group that opens ``source``."""
    for i, char, before in _marks(source):
        if i < 0:
            return None
        if char == ")" and before == 1:
            return i
    return None


def _by_first(terms: tuple[str, ...]) -> str | None:
    """The bounded alternation of ``terms`` grouped by first character, or None when a term
    cannot be split (it then keeps the plain form)."""
    groups: dict[str, list[str]] = {}
    for term in sorted(terms, key=len, reverse=True):
        # A term that is itself a choice, or refers back to its own groups, stays whole.
        pieces = _top_level(term, "|")
        if pieces is None or len(pieces) != 1 or re.search(r"\\[1-9]|\(\?P=", term):
            return None
        split = _first_chars(term)
        if split is None:
            return None
        for first, rest in split:
            groups.setdefault(first, []).append(rest)
    choices = "|".join(
        rf"{re.escape(first)}(?<![\w].)(?:{'|'.join(rests)})" for first, rests in groups.items()
    )
    return rf"(?:{choices})(?![\w])"


# --- prepared text ---------------------------------------------------------------------------

_O = TypeVar("_O")
_V = TypeVar("_V")


class lazy(Generic[_O, _V]):  # noqa: N801 (used as a decorator, like ``cached_property``)
    """``functools.cached_property`` without its lock: the value is computed on first access
    and kept in the instance's ``__dict__`` (later reads never reach this descriptor). The
    standard one takes a lock around every first computation (~1 us in 3.11), which the
    cluster views and prepared texts pay several times per ad; they are not shared between
    threads while being filled (two threads computing the same value would keep equal ones)."""

    def __init__(self, compute: Callable[[_O], _V]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> lazy[_O, _V]: ...

    @overload
    def __get__(self, instance: _O, owner: type[Any] | None = None) -> _V: ...

    def __get__(self, instance: _O | None, owner: type[Any] | None = None) -> lazy[_O, _V] | _V:
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


@dataclass(frozen=True)
class FieldText:
    """One searchable field of an ad: its text, lower-cased for the fast path, case-folded for
    the reference path; those and the starts of its words (for gates) are worked out when
    first asked (a field the prefilter reports no list in never needs them: most titles)."""

    name: str
    text: str  # what is searched: the original with its character references decoded
    original: str | None = None  # the ad's own text, when reading it changed it
    source_map: MappedText | None = None  # where ``text`` came from in ``original``
    prefilter: Prefilter | None = field(default=None, repr=False, compare=False)

    @lazy
    def casefolded(self) -> str:
        """The text case-folded (what IGNORECASE matching equates: "ſ" is "s"); gates read it."""
        return self.text.casefold()

    @lazy
    def _lowered(self) -> tuple[str, bool]:
        # The fast path runs only where lower-casing agrees with case folding and keeps every
        # offset, on the lower-cased text with every character the two engines class
        # differently as a word character replaced by one they class alike: then both see the
        # same words.
        text = self.text
        lowered = text.lower()
        if text.isascii():  # lower-casing ASCII is case folding, offset for offset
            return lowered, False
        if lowered != self.casefolded or len(lowered) != len(text):
            return "", False
        folded = _agreeing(lowered)
        return folded, folded is not lowered

    @lazy
    def folded(self) -> str:
        """Lower-cased, when that equals case folding and keeps offsets (with stand-ins, see
        ``_agreeing``); else ""."""
        return self._lowered[0]

    @lazy
    def substituted(self) -> bool:
        """Whether ``folded`` has characters replaced by stand-ins (``_agreeing``)."""
        return self._lowered[1]

    @lazy
    def reported(self) -> frozenset[int] | None:
        """The lists of ``prefilter`` that may match this field (their positions in it), from
        one scan; None when there is no prefilter or it could not read the text."""
        return None if self.prefilter is None else self.prefilter.scan(self.text)

    def evidence(self, source: str, ad_id: str, start: int, end: int) -> Evidence:
        """The match ``text[start:end]`` as evidence on the original text; a match that
        begins or ends inside a decoded reference takes the whole reference."""
        if self.original is None or self.source_map is None:
            return Evidence(source, ad_id, self.text[start:end], self.name, start, end)
        first, last = self.source_map.original_span(start, end)
        return Evidence(source, ad_id, self.original[first:last], self.name, first, last)

    @lazy
    def starts(self) -> frozenset[str]:
        """The case-folded first one, two and three letters of every word."""
        if self.folded:
            heads = {word[:PREFIX] for word in _RE_WORDS.findall(self.folded)}
        else:
            heads = {word[:PREFIX] for word in _WORD.findall(self.casefolded)}
        # set by set: cheaper than slicing each word three times
        shorter = {head[:n] for head in heads for n in range(1, PREFIX)}
        return frozenset(heads | shorter)


@dataclass(frozen=True)
class AdText:
    """An ad's title and body, prepared once for every word list."""

    ad: AdRecord
    fields: tuple[FieldText, ...]

    @classmethod
    def of(cls, ad: AdRecord, prefilter: Prefilter | None = None) -> AdText:
        """The ad's fields, prepared; with a ``prefilter``, each field is scanned for all its
        lists when a list first asks (worth it when several lists read the ad)."""
        fields = []
        # the two ``SEARCH_FIELDS``, read directly (``field_text`` builds a dict per call)
        for name, raw in (("title", ad.title), ("body", ad.body)):
            if not raw:
                continue
            source_map = _as_read(raw)
            if source_map is None:
                fields.append(FieldText(name, raw, None, None, prefilter))
            else:
                fields.append(FieldText(name, source_map.text, raw, source_map, prefilter))
        return cls(ad, tuple(fields))

    @lazy
    def screen(self) -> tuple[Prefilter, frozenset[int]] | None:
        """(the prefilter, the lists its scan reports in any field) when every field is scanned
        by the same prefilter; None when a field has none or could not be scanned (or there
        is no field), and each field then decides for itself. A list of that prefilter that
        is not reported matches nowhere in the ad (``Wording.ruled_out``)."""
        prefilter: Prefilter | None = None
        reported: frozenset[int] = frozenset()
        for item in self.fields:
            if item.prefilter is None or item.prefilter is not (prefilter or item.prefilter):
                return None
            prefilter = item.prefilter
            found = item.reported
            if found is None:
                return None
            reported = reported | found if reported else found
        return None if prefilter is None else (prefilter, reported)


_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


def _as_read(text: str) -> MappedText | None:
    """``text`` as the word lists read it, with its map back to ``text``: HTML character
    references decoded, no-break spaces as spaces, and compatibility characters folded
    (NFKC, character by character: "𝓳𝓮𝓾𝓷𝓮" and "ｊｅｕｎｅ" read "jeune", which ads write to get
    past the sites' filters). None when nothing changes (the usual case: a substring test
    and a normal-form test)."""
    references_possible = "&" in text
    folding = not text.isascii() and not unicodedata.is_normalized("NFKC", text)
    leet = _LEET_HINT.search(text) is not None and _LEET_WORD.search(text) is not None
    if not (references_possible or folding or leet):
        return None
    changes: list[tuple[int, int, str]] = []  # (start, end, replacement) in ``text``, in order
    kept = 0
    for m in _REFERENCE.finditer(text) if references_possible else ():
        reference = m.group(0)
        decoded = html.unescape(reference)
        if decoded == reference:
            continue  # not a reference html knows ("&co" in "R&co"): left as written
        if folding:
            changes += _folded(text, kept, m.start())
            decoded = unicodedata.normalize("NFKC", decoded)
        else:
            # a no-break space ("&nbsp;") separates words as a space (NFKC does it above)
            decoded = decoded.replace("\xa0", " ")
        changes.append((m.start(), m.end(), decoded))
        kept = m.end()
    if folding:
        changes += _folded(text, kept, len(text))
    if leet:
        changes = _with_leet(text, changes)
    return replaced(text, changes) if changes else None


# A word written with digits for letters against the sites' filters ("t33n", "y0ung", "b4rely"):
# letters, with digits only between letters, four characters or more. Numbers ("34C", "5'4",
# "514five"), names with a number ("DIX30") and postal codes ("H2X") are left alone; the digits
# map one for one, so offsets are kept.
_LEET_WORD = re.compile(
    r"(?<![A-Za-z0-9&#])(?=[A-Za-z0-9]{4})[A-Za-z]+(?:[0-9]+[A-Za-z]+)+(?![A-Za-z0-9])"
)
_LEET = str.maketrans("013457", "oieast")
# What every such word holds (a letter, digits, a letter), found at a tenth of the cost: the
# search skips to digits, where ``_LEET_WORD``'s leading look-behind tries every position.
_LEET_HINT = re.compile(r"[0-9](?<=[A-Za-z][0-9])[0-9]*[A-Za-z]")


def _with_leet(text: str, changes: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``changes`` (in order) with the digits of leetspeak words replaced by their letters,
    except inside a range already changed (a character reference such as "&#x27;")."""
    leet: list[tuple[int, int, str]] = []
    for m in _LEET_WORD.finditer(text):
        for i, char in enumerate(m.group(0), m.start()):
            letter = char.translate(_LEET)
            if letter != char:
                leet.append((i, i + 1, letter))
    if not leet:
        return changes
    taken = [(start, end) for start, end, _ in changes]
    kept = [c for c in leet if not any(s <= c[0] < e for s, e in taken)]
    return sorted(changes + kept)


def _folded(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The characters of ``text[start:end]`` that NFKC changes, with what it makes of them."""
    out: list[tuple[int, int, str]] = []
    for i in range(start, end):
        char = text[i]
        if char.isascii():
            continue
        folded = _nfkc(char)
        if folded != char:
            out.append((i, i + 1, folded))
    return out


@cache
def _nfkc(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


_RE_WORDS = re.compile(r"\w+")
_AS_WORD = "_"  # a word character for both engines
_AS_OTHER = "\x00"  # a character neither engine counts as a word, a space or a digit


@cache
def _stand_in(char: str) -> str | None:
    """What the standard engine must see instead of ``char`` to class it as ``regex`` does,
    or None when they agree already."""
    if not _word_char_differs(char):
        return None
    return _AS_WORD if _REGEX_WORD.match(char) is not None else _AS_OTHER


def _agreeing(text: str) -> str:
    """``text`` with the characters the engines class differently replaced by stand-ins;
    ``text`` itself when there are none (the usual case)."""
    if text.isascii():
        return text
    # the few characters to look at: past Latin-1 (emoji), or the Latin-1 ones the engines
    # class differently ("²", "½")
    others = set(_UNSURE.findall(text))
    swaps: dict[int, str] = {ord(c): x for c in others if (x := _stand_in(c)) is not None}
    return text.translate(swaps) if swaps else text


_UNSURE = re.compile(
    "[^" + "".join(re.escape(chr(i)) for i in range(0x100) if not _word_char_differs(chr(i))) + "]"
)


# --- gates -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gate:
    """What a text must hold for a list to possibly match: a word starting with one of
    ``starts``, or one of ``fragments`` anywhere (terms that begin with a symbol or an emoji).
    ``open`` means the list cannot be gated and runs on every text."""

    starts: frozenset[str] = frozenset()
    fragments: tuple[str, ...] = ()
    open: bool = False

    def admits(self, text: FieldText) -> bool:
        if self.open or not self.starts.isdisjoint(text.starts):
            return True
        return any(fragment in text.casefolded for fragment in self.fragments)


def _is_word_char(ch: str) -> bool:
    return _WORD.fullmatch(ch) is not None


def _items(pattern: object) -> list[tuple[Any, Any]]:
    """The top-level (opcode, argument) items of a parsed (sub)pattern."""
    data = pattern.data if isinstance(pattern, sre_parse.SubPattern) else pattern
    assert isinstance(data, list)
    return data


def _leads(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The strings (up to ``PREFIX`` characters) every match of ``items`` starts with, or None
    when the pattern is too open to tell. A shorter string means "at least this"."""
    out = {""}
    for op, arg in items:
        if all(len(s) >= PREFIX for s in out):
            break
        if op is sre_constants.LITERAL:
            assert isinstance(arg, int)
            out = {s + chr(arg) for s in out}
            continue
        if op is sre_constants.IN:
            assert isinstance(arg, list)
            chars = [chr(v) for o, v in arg if o is sre_constants.LITERAL]
            if len(chars) != len(arg):
                return out if out != {""} else None
            out = {s + c for s in out for c in chars}
        elif op is sre_constants.SUBPATTERN:
            assert isinstance(arg, tuple)
            inner = _leads(_items(arg[-1]))
            if inner is None:
                return out if out != {""} else None
            return {s + t for s in out for t in inner}
        elif op is sre_constants.BRANCH:
            assert isinstance(arg, tuple)
            union: set[str] = set()
            for alternative in arg[1]:
                inner = _leads(_items(alternative))
                if inner is None:
                    return out if out != {""} else None
                union |= inner
            return {s + t for s in out for t in union}
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            assert isinstance(arg, tuple)
            low, _high, body = arg
            if low == 0:
                break  # optional: what follows may start the match instead
            inner = _leads(_items(body))
            if inner is None:
                return out if out != {""} else None
            return {s + t for s in out for t in inner}
        else:
            break  # anchors, categories, look-arounds: stop here with what we know
        if len(out) > MAX_ANCHORS:
            return None
    return out if out != {""} else None


COMMON_STARTS = frozenset(
    {"a", "à", "de", "des", "du", "en", "et", "la", "le", "les", "un", "une", "pas", "pou"}
    | {"an", "and", "for", "in", "on", "the", "to", "you", "my", "no", "i", "is", "it", "of"}
)
"""Starts of very common short words: a gate keyed on them would open for nearly every ad, so
another word of the same term is preferred when it has one."""


def _word_starts(leads: set[str]) -> set[str] | None:
    starts: set[str] = set()
    for lead in leads:
        word = _WORD.match(lead.casefold())
        if word is None:
            return None
        starts.add(word.group(0)[:PREFIX])
    return starts


def _selectivity(starts: set[str]) -> tuple[int, int, int]:
    common = sum(1 for s in starts if s in COMMON_STARTS)
    return (min(len(s) for s in starts), -common, -len(starts))


def _anchors(term: str) -> tuple[set[str], set[str]] | None:
    """(word starts, fragments) one of which any match of ``term`` must contain.

    A bounded term starts at a word start, and so does every word of it that follows a space
    or another fixed non-word character: any of those words can key the gate. The most
    selective one (longest, least common starts) is kept."""
    items = _items(sre_parse.parse(term))
    leads = _leads(items)
    if leads is None or len(leads) > MAX_ANCHORS:
        return None
    folded = {lead.casefold() for lead in leads}
    if any(not _is_word_char(lead[0]) for lead in folded if lead):
        if all(lead and not _is_word_char(lead[0]) for lead in folded):
            return set(), folded  # a symbol or an emoji: look for it anywhere
        return None
    best = _word_starts(folded)
    if best is None:
        return None
    for i in range(1, len(items)):
        op, arg = items[i - 1]
        if op is not sre_constants.LITERAL or _is_word_char(chr(arg).casefold()):
            continue
        later = _leads(items[i:])
        if later is None or len(later) > MAX_ANCHORS:
            continue
        if any(not lead or not _is_word_char(lead.casefold()[0]) for lead in later):
            continue
        starts = _word_starts(later)
        if starts and _selectivity(starts) > _selectivity(best):
            best = starts
    return best, set()


def _stand_in_safe(terms: Iterable[str]) -> bool:
    """Whether no term could tell a stand-in from the character it replaces: no term holds
    a stand-in, a character the engines class differently, or an escape that names one."""
    for term in terms:
        if _AS_WORD in term or _AS_OTHER in term or "\\x" in term or "\\u" in term:
            return False
        if "\\N" in term or "\\0" in term or "\\U" in term:
            return False
        if any(not c.isascii() and _stand_in(c) is not None for c in term):
            return False
    return True


def make_gate(terms: Iterable[str], *, bounded: bool) -> Gate:
    """The gate of a list of terms (open when any term is too open to reason about)."""
    if not bounded:
        return Gate(open=True)  # an unbounded term may start inside a word
    starts: set[str] = set()
    fragments: set[str] = set()
    for term in terms:
        found = _anchors(term)
        if found is None:
            return Gate(open=True)
        starts |= found[0]
        fragments |= found[1]
    return Gate(frozenset(starts), tuple(sorted(fragments)))


# --- the prefilter: every list in one Hyperscan database --------------------------------------
#
# Each list becomes one expression that matches wherever one of its terms could match, on the
# field's ``text`` as it is (what the reference path searches; the fast path searches its
# lower-cased copy at the same offsets). The expression is made from each term's parse tree:
# - a literal character becomes the class of every character ``regex`` equates with it under
#   IGNORECASE ("i" is also "İ", "s" also "ſ"): found once per build by matching the literals of
#   all the lists against every code point, so that no case table of Hyperscan's (nor its Unicode
#   version) decides anything, and no case-insensitive flag is needed;
# - a class of literal characters becomes the union of its members' classes; any other class
#   (ranges, "\w", "\s", negations), ".", and a character a term excludes become "any character":
#   wider, never narrower, so the engines' word-character tables do not matter either;
# - anchors and look-arounds inside a term are dropped, a back-reference becomes "anything":
#   each only widens what matches;
# - a bounded list's word boundaries become "a character that is surely a word character for
#   both engines cannot touch the match" (``WORD_CHARACTERS``), which they imply.
# A term whose syntax this cannot read the way ``regex`` does leaves its list out of the database
# (the list then runs as before). Hyperscan's prefilter mode may widen an expression further.

_HS_ANY = "."  # one code point, newlines too (HS_FLAG_UTF8 | HS_FLAG_DOTALL)
_HS_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class _Untranslatable(ValueError):
    """A term holds syntax the prefilter does not translate."""


def _parsed_term(term: str) -> list[tuple[Any, Any]]:
    """The top-level items of ``term`` as ``re`` parses it; raises ``_Untranslatable`` where
    ``re`` warns (nested sets, set operations: ``regex`` reads those differently) or fails."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            return _items(sre_parse.parse(term))
        except (re.error, Warning, RecursionError) as error:
            raise _Untranslatable(term) from error


def _literals(items: list[tuple[Any, Any]], into: set[str]) -> None:
    """Collect the literal characters of parsed items (those the translation keeps)."""
    for op, arg in items:
        if op is sre_constants.LITERAL:
            if chr(arg) == "{":
                # ``regex`` reads "{...}" after an item as fuzzy matching, ``re`` as text
                raise _Untranslatable("{")
            into.add(chr(arg))
        elif op is sre_constants.IN:
            if all(o is sre_constants.LITERAL for o, _ in arg):
                into.update(chr(v) for _, v in arg)
        elif op is sre_constants.BRANCH:
            for alternative in arg[1]:
                _literals(_items(alternative), into)
        elif op is sre_constants.SUBPATTERN:
            _literals(_items(arg[-1]), into)
        elif op is sre_constants.ATOMIC_GROUP:
            _literals(_items(arg), into)
        elif op in _REPEATS:
            _literals(_items(arg[2]), into)
        elif op is sre_constants.GROUPREF_EXISTS:
            _literals(_items(arg[1]), into)
            if arg[2] is not None:
                _literals(_items(arg[2]), into)


_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def _every_character() -> str:
    """Every code point but the surrogates, in one string."""
    codes = array("I", chain(range(0xD800), range(0xE000, sys.maxunicode + 1)))
    return codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


def _case_variants(chars: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each character with every character ``regex`` matches it with under IGNORECASE."""
    wanted = sorted(set(chars))
    if not wanted:
        return {}
    any_of = regex.compile("[" + "".join(map(regex.escape, wanted)) + "]", regex.IGNORECASE)
    candidates = "".join(sorted(set(any_of.findall(_every_character()))))
    out: dict[str, frozenset[str]] = {}
    for char in wanted:
        same = regex.compile(regex.escape(char), regex.IGNORECASE)
        out[char] = frozenset(same.findall(candidates)) | {char}
    return out


def _hs_char(char: str) -> str:
    return char if char in _HS_PLAIN else f"\\x{{{ord(char):x}}}"


def _hs_class(chars: Iterable[str]) -> str:
    members = sorted(set(chars))
    if len(members) == 1:
        return _hs_char(members[0])
    return "[" + "".join(map(_hs_char, members)) + "]"


def _hs_items(items: list[tuple[Any, Any]], variants: Mapping[str, frozenset[str]]) -> str:
    """Parsed items as a Hyperscan expression that matches at least where they do."""
    out: list[str] = []
    for op, arg in items:
        if op is sre_constants.LITERAL:
            out.append(_hs_class(variants[chr(arg)]))
        elif op is sre_constants.IN:
            if all(o is sre_constants.LITERAL for o, _ in arg):
                out.append(_hs_class(set().union(*(variants[chr(v)] for _, v in arg))))
            else:
                out.append(_HS_ANY)
        elif op in (sre_constants.ANY, sre_constants.NOT_LITERAL):
            out.append(_HS_ANY)
        elif op is sre_constants.BRANCH:
            out.append("(?:" + "|".join(_hs_items(_items(a), variants) for a in arg[1]) + ")")
        elif op is sre_constants.SUBPATTERN:
            out.append("(?:" + _hs_items(_items(arg[-1]), variants) + ")")
        elif op is sre_constants.ATOMIC_GROUP:
            out.append("(?:" + _hs_items(_items(arg), variants) + ")")
        elif op in _REPEATS:
            low, high, body = arg
            bound = "" if high >= sre_constants.MAXREPEAT else str(high)
            out.append(f"(?:{_hs_items(_items(body), variants)}){{{low},{bound}}}")
        elif op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue  # zero-width: dropping it only widens the match
        elif op is sre_constants.GROUPREF:
            out.append(f"(?:{_HS_ANY}*)")
        elif op is sre_constants.GROUPREF_EXISTS:
            _group, yes, no = arg
            other = "" if no is None else _hs_items(_items(no), variants)
            out.append(f"(?:{_hs_items(_items(yes), variants)}|{other})")
        else:
            raise _Untranslatable(str(op))
    return "".join(out)


def _parsed_list(terms: tuple[str, ...], chars: set[str]) -> list[list[tuple[Any, Any]]] | None:
    """Each term's parsed items (their literal characters added to ``chars``), or None when a
    term cannot be translated."""
    try:
        parsed = [_parsed_term(term) for term in terms]
        found: set[str] = set()
        for items in parsed:
            _literals(items, found)
    except _Untranslatable:
        return None
    chars |= found
    return parsed


def _expression(
    parsed: list[list[tuple[Any, Any]]], variants: Mapping[str, frozenset[str]], *, bounded: bool
) -> str | None:
    try:
        alternatives = "|".join(f"(?:{_hs_items(items, variants)})" for items in parsed)
    except _Untranslatable:
        return None
    if not bounded:
        return alternatives
    # The list's word boundaries, "(?<![\w])" and "(?![\w])", as a character that is not one
    # of ``WORD_CHARACTERS`` (or the field's start or end) on each side: they are word
    # characters for both engines, so the match cannot sit next to one of them; any other
    # character might be a word character for one engine and not for Hyperscan's tables.
    return f"(?:^|[^{_HS_WORD}])(?:{alternatives})(?:[^{_HS_WORD}]|$)"


WORD_CHARACTERS = "".join(
    chain(
        "0123456789_",
        map(chr, range(ord("A"), ord("Z") + 1)),
        map(chr, range(ord("a"), ord("z") + 1)),
        map(chr, chain(range(0xC0, 0xD7), range(0xD8, 0xF7), range(0xF8, 0x100))),
    )
)
"""Characters that both engines class as word characters, as they are and lower-cased (tests
check it): the prefilter reads the lists' word boundaries as "none of these"."""
_HS_WORD = r"0-9A-Z_a-z\x{c0}-\x{d6}\x{d8}-\x{f6}\x{f8}-\x{ff}"


def prefilter_expression(terms: tuple[str, ...], *, bounded: bool = True) -> str | None:
    """The Hyperscan expression a list becomes in a prefilter (see above), or None when a
    term cannot be translated."""
    chars: set[str] = set()
    parsed = _parsed_list(terms, chars)
    if parsed is None:
        return None
    return _expression(parsed, _case_variants(chars), bounded=bounded)


def _hyperscan() -> ModuleType | None:
    return _HYPERSCAN


_HYPERSCAN: ModuleType | None
try:  # imported with this module, not by whichever thread first builds a prefilter
    import hyperscan

    _HYPERSCAN = hyperscan
except ImportError:  # an optimisation only: without it every list runs as before
    _HYPERSCAN = None


@dataclass(frozen=True)
class Prefilter:
    """Word lists compiled into one Hyperscan database, to scan a text once for all of them.

    ``scan`` tells which lists may match a text: a list it does not report does not match (it
    may report one that does not: the list's own pattern decides). ``positions`` maps the
    ``id`` of each list in the database to its position (the lists are kept alive here, so the
    ids stay theirs); a list that is not in it runs without the prefilter."""

    wordings: tuple[Wording, ...]
    positions: Mapping[int, int]
    database: Any = field(repr=False, compare=False)

    @classmethod
    def of(cls, wordings: Iterable[Wording], *, cache_dir: Path | None = None) -> Prefilter | None:
        """The prefilter of ``wordings`` (those whose terms it can translate), or None when
        Hyperscan is not installed or no list can be translated.

        ``cache_dir``: where the compiled database is kept between processes, under a name
        derived from its expressions, flags and Hyperscan's version (compiling it is most of
        the 1.5-2 s a build costs; loading it, under a millisecond)."""
        hs = _hyperscan()
        if hs is None:
            return None
        lists = list({id(w): w for w in wordings}.values())
        chars: set[str] = set()
        parsed = [_parsed_list(wording.terms, chars) for wording in lists]
        variants = _case_variants(chars)
        kept: list[Wording] = []
        expressions: list[bytes] = []
        for wording, items in zip(lists, parsed, strict=True):
            if items is None:
                continue
            expression = _expression(items, variants, bounded=wording.bounded)
            if expression is not None:
                kept.append(wording)
                expressions.append(expression.encode("ascii"))
        flags = (
            hs.HS_FLAG_UTF8
            | hs.HS_FLAG_DOTALL
            | hs.HS_FLAG_SINGLEMATCH
            | hs.HS_FLAG_PREFILTER
            | hs.HS_FLAG_ALLOWEMPTY
        )
        cached = None if cache_dir is None else _cache_file(hs, cache_dir, expressions, flags)
        database = None if cached is None else _loaded(hs, cached)
        if database is None:
            database = _compiled(hs, expressions, flags)
            if database is not None and cached is not None:
                _save(hs, database, cached)
        if database is None:
            # one expression Hyperscan refuses: keep the others (not cached: rare)
            accepted = [i for i, e in enumerate(expressions) if _compiled(hs, [e], flags)]
            kept = [kept[i] for i in accepted]
            expressions = [expressions[i] for i in accepted]
            database = _compiled(hs, expressions, flags) if expressions else None
        if database is None:
            return None
        positions = {id(wording): i for i, wording in enumerate(kept)}
        return cls(tuple(kept), positions, database)

    def scan(self, text: str) -> frozenset[int] | None:
        """The positions of the lists that may match ``text`` (None when it cannot be scanned:
        a lone surrogate is not UTF-8; every list must then run)."""
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return None
        found: list[int] = []
        try:
            self.database.scan(data, match_event_handler=_report, context=found)
        except Exception:  # Hyperscan's errors (a scratch in use by another thread): run all
            return None
        return frozenset(found)


def _report(position: int, _start: int, _end: int, _flags: int, found: list[int]) -> None:
    found.append(position)  # once per list at most (HS_FLAG_SINGLEMATCH)


def _compiled(hs: ModuleType, expressions: list[bytes], flags: int) -> Any:
    database = hs.Database(mode=hs.HS_MODE_BLOCK)
    try:
        database.compile(expressions=expressions, ids=list(range(len(expressions))), flags=flags)
    except hs.error:
        return None
    return database


def _cache_file(hs: ModuleType, cache_dir: Path, expressions: list[bytes], flags: int) -> Path:
    key = hashlib.sha256()
    for part in (str(getattr(hs, "__version__", "")), platform.machine(), str(flags)):
        key.update(part.encode() + b"\0")
    for expression in expressions:
        key.update(expression + b"\0")
    return cache_dir / f"prefilter-{key.hexdigest()[:32]}.hsdb"


def _loaded(hs: ModuleType, path: Path) -> Any:
    """The database saved at ``path``, or None (absent, unreadable, or refused by Hyperscan,
    which checks its version and platform)."""
    try:
        database = hs.loadb(path.read_bytes(), hs.HS_MODE_BLOCK)
        database.scratch = hs.Scratch(database)  # a loaded database comes without one
    except (OSError, ValueError, hs.error):
        return None
    return database


def _save(hs: ModuleType, database: Any, path: Path) -> None:
    """Keep ``database`` at ``path`` (written aside, then renamed: a reader never sees half a
    file); a cache that cannot be written is no error."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(hs.dumpb(database))
        os.replace(tmp, path)
        # the lists change as the library does: keep the few latest databases, not every one
        saved = sorted(path.parent.glob("prefilter-*.hsdb"), key=lambda p: p.stat().st_mtime)
        for stale in saved[:-CACHE_KEPT]:
            stale.unlink(missing_ok=True)
    except (OSError, hs.error):
        with suppress(OSError):
            tmp.unlink()


CACHE_KEPT = 8
"""Compiled databases kept in a cache directory (~0.8 MB each), the latest first."""


def loaded_wordings(package: str = "balise") -> list[Wording]:
    """The word lists defined at module level in the loaded modules of ``package``, in module
    order: whatever lists exist, however many are added."""
    out: dict[int, Wording] = {}
    for name, module in sorted(list(sys.modules.items()), key=lambda item: item[0]):
        if module is None or not (name == package or name.startswith(package + ".")):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, Wording):
                out.setdefault(id(value), value)
    return list(out.values())


# --- word lists ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Wording:
    """A named list of regular-expression terms, matched as whole words."""

    name: str
    terms: tuple[str, ...]
    bounded: bool = True
    pattern: regex.Pattern[str] = field(init=False, repr=False, compare=False)
    fast: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    grouped: bool = field(init=False, repr=False, compare=False)  # ``fast`` is by first char
    gate: Gate = field(init=False, repr=False, compare=False)
    stand_in_safe: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", _compile(self.terms, bounded=self.bounded))
        fast, grouped = _compile_fast(self.terms, bounded=self.bounded)
        object.__setattr__(self, "fast", fast)
        object.__setattr__(self, "grouped", grouped)
        object.__setattr__(self, "gate", make_gate(self.terms, bounded=self.bounded))
        object.__setattr__(self, "stand_in_safe", _stand_in_safe(self.terms))

    def find(
        self,
        ad: AdRecord | AdText,
        *,
        limit: int = 3,
        gated: bool = True,
        fast: bool = True,
        prefiltered: bool = True,
    ) -> list[Evidence]:
        """Up to ``limit`` matches in the ad's title and body, as evidence.

        Pass an ``AdText`` when several lists look at the same ad (it is prepared once, and
        scanned once by its prefilter). ``gated=False, fast=False`` is the reference path
        (tests compare the paths); ``prefiltered=False`` leaves the prefilter out."""
        text = ad if isinstance(ad, AdText) else AdText.of(ad)
        if gated and prefiltered and self.ruled_out(text):
            return []  # the whole ad at once: most lists are not reported in most ads
        source, ad_id = text.ad.source, text.ad.ad_id
        out: list[Evidence] = []
        quick = self.fast if fast else None
        # A grouped fast pattern skips to the characters its terms start with by itself: there
        # a gate would cost more (the words of the text) than it saves.
        gate_quick = gated and not self.grouped
        for item in text.fields:
            admitted = False  # by the prefilter's scan, which then stands for the gate
            if gated and prefiltered and item.prefilter is not None:
                position = item.prefilter.positions.get(id(self))
                reported = item.reported if position is not None else None
                if reported is not None:
                    if position not in reported:
                        continue  # the scan proves that no term matches in this field
                    admitted = True
            reference = item.substituted and not self.stand_in_safe
            # ``folded`` is set only where it keeps every offset of ``text``
            if quick is not None and item.folded and not reference:
                if gate_quick and not admitted and not self.gate.admits(item):
                    continue
                for m in quick.finditer(item.folded):
                    out.append(item.evidence(source, ad_id, *m.span()))
                    if len(out) >= limit:
                        return out
                continue
            if gated and not admitted and not reference and not self.gate.admits(item):
                continue
            try:
                for m in self.pattern.finditer(item.text, timeout=TIMEOUT_S):
                    out.append(item.evidence(source, ad_id, *m.span()))
                    if len(out) >= limit:
                        return out
            except TimeoutError:
                continue
        return out

    def ruled_out(self, text: AdText) -> bool:
        """Whether the prefilter's scan of ``text`` proves that the list matches in none of
        its fields (``find`` then returns nothing). False when the scan cannot tell: no
        prefilter, a list it leaves out, a field it could not read."""
        screen = text.screen
        if screen is None:
            return False
        position = screen[0].positions.get(id(self))
        return position is not None and position not in screen[1]

    def count(self, ad: AdRecord | AdText) -> int:
        """How many matches the ad holds (bounded, for voice comparisons)."""
        return len(self.find(ad, limit=20))


def scan_ads(
    wording: Wording, ads: Iterable[AdRecord | AdText], *, per_ad: int = 2
) -> tuple[int, list[Evidence]]:
    """(number of ads that match, evidence from the matching ads)."""
    matched = 0
    evidence: list[Evidence] = []
    for ad in ads:
        found = wording.find(ad, limit=per_ad)
        if found:
            matched += 1
            evidence.extend(found)
    return matched, evidence


def spread_evidence(evidence: list[Evidence], limit: int = 6) -> tuple[Evidence, ...]:
    """Pick evidence from as many different ads as possible (one per ad first)."""
    first: list[Evidence] = []
    rest: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    for item in evidence:
        key = (item.source, item.ad_id)
        (rest if key in seen else first).append(item)
        seen.add(key)
    return tuple((first + rest)[:limit])
