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
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from balise.extract.patterns import finditer, finditer_linear
from balise.extract.rules import ALL_RULES


@dataclass(frozen=True, slots=True)
class MappedText:
    """A normalised text and where each of its characters came from in the original.

    ``starts[i]``/``ends[i]`` bound the original characters behind ``text[i]``;
    both are None when the text *is* the original (nothing changed).
    """

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original range behind ``text[start:end]``."""
        if self.starts is None or self.ends is None:
            return start, end
        if not self.starts:
            return 0, 0
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return pos, pos
        return self.starts[start], self.ends[end - 1]


class _Builder:
    """Assembles a new MappedText from an existing one, piece by piece."""

    __slots__ = ("src", "parts", "starts", "ends", "pos")

    def __init__(self, src: MappedText) -> None:
        self.src = src
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.pos = 0  # next unconsumed index of src.text

    def keep_to(self, end: int) -> None:
        """Copy ``src.text[pos:end]`` unchanged."""
        i = self.pos
        if end <= i:
            return
        self.parts.append(self.src.text[i:end])
        if self.src.starts is None or self.src.ends is None:
            self.starts.extend(range(i, end))
            self.ends.extend(range(i + 1, end + 1))
        else:
            self.starts.extend(self.src.starts[i:end])
            self.ends.extend(self.src.ends[i:end])
        self.pos = end

    def replace(self, start: int, end: int, new: str) -> None:
        """Replace ``src.text[start:end]`` (start >= pos) by ``new``."""
        self.keep_to(start)
        if new:
            o_start, o_end = self.src.original_span(start, end)
            self.parts.append(new)
            self.starts.extend([o_start] * len(new))
            self.ends.extend([o_end] * len(new))
        self.pos = end

    def build(self) -> MappedText:
        self.keep_to(len(self.src.text))
        return MappedText("".join(self.parts), self.starts, self.ends)


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


_CLEAN_RE = regex.compile(
    r"(?P<block><(?:br|p|div|li|tr|h\d)\b[^<>]{0,300}>)|(?P<tag></?[a-z][^<>]{0,300}>)"
    r"|(?P<ent>&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,10});)|(?P<uni>[^\x00-\x7f]+)",
    regex.IGNORECASE,
)


def clean(text: str) -> MappedText:
    """Strip markup and fold Unicode look-alikes, keeping offsets to ``text``."""
    plain = MappedText(text)
    if text.isascii() and "<" not in text and "&" not in text:
        return plain
    builder = _Builder(plain)
    for m in finditer_linear(_CLEAN_RE, text):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "block":
            builder.replace(start, end, "\n")
        elif kind == "tag":
            builder.replace(start, end, " ")
        elif kind == "ent":
            decoded = html.unescape(m.group())
            builder.replace(
                start, end, "".join(_clean_char(c) if not c.isascii() else c for c in decoded)
            )
        else:
            run = m.group()
            new = "".join(_clean_char(c) for c in run)
            if new == run:
                continue
            for k, c in enumerate(run):
                r = _clean_char(c)
                if r != c:
                    builder.replace(start + k, start + k + 1, r)
    if not builder.parts and builder.pos == 0:
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


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with exactly the same length."""
    out = text.translate(_FOLD).lower()
    if len(out) != len(text):  # a rare character whose lower case is longer
        out = "".join((c.lower() or c)[0] for c in text.translate(_FOLD))
    return out


# --- digitise ------------------------------------------------------------------------------


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(
        regex.escape(w).replace(r"\-", r"[\s\-]*").replace(r"\ ", r"\s+") for w in ordered
    )


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
_UNIT_ALT = _alternation(list(_UNITS))
_TENS_ALT = _alternation(list(_TENS))
_NUMBER_RE = regex.compile(
    rf"(?<![a-z])(?:(?P<tens>{_TENS_ALT})(?:[\s\-]+(?:et[\s\-]+|and[\s\-]+)?(?P<tu>{_UNIT_ALT}))?"
    rf"|(?P<unit>{_UNIT_ALT}))(?![a-z])"
)
_NUMBER_WORDS = frozenset(w for k in (*_UNITS, *_TENS) for w in k.split("-"))
_LETTERS_RE = regex.compile(r"[a-z]+")
_WORD_KEY = regex.compile(r"[\s\-]+")
_LETTER_DIGITS = {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5", "B": "8"}
_LETTER_DIGIT_RE = regex.compile(
    r"(?<![A-Za-z0-9|])(?=[OoIlZSB]*[0-9])(?=[0-9]*[OoIlZSB])[0-9OoIlZSB]{2,}(?![A-Za-z0-9|])"
    # a lone look-alike between two digit groups: "514 555 O 123"
    r"|(?<=[0-9][^\p{L}\p{N}]{1,3})[OoIl|](?=[^\p{L}\p{N}]{1,3}[OoIl|ZSB]{0,3}[0-9])"
    # a whole group of capital look-alikes next to a digit group: "514 SSS 0123"
    r"|(?<=[0-9][^\p{L}\p{N}]{1,3})[OISZB]{2,4}(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9])[OISZB]{2,4}(?=[^\p{L}\p{N}]{1,3}[0-9])"
)
_BRA_SIZE = regex.compile(r"\d\dB-\d\d-\d\d")  # 32B-24-35 is a measurement, not 328
_DIGIT_WORDS = {w: v for w, v in _UNITS.items() if v < 10 and "-" not in w}
_CONCAT_RE = regex.compile(
    r"(?<![a-z])(?=[a-z0-9]*[a-z])(?:"
    + "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
    + r"|[0-9]){2,}(?![a-z])"
)
_CONCAT_PIECE = regex.compile("|".join(sorted(_DIGIT_WORDS, key=len, reverse=True)) + "|[0-9]")
_LETTER_HINT = regex.compile(r"[0-9][^\p{L}\p{N}]{0,3}[OoIl|ZSB]|[OoIl|ZSB][^\p{L}\p{N}]{0,3}[0-9]")


def _word_value(word: str) -> int | None:
    return _UNITS.get(_WORD_KEY.sub("-", word)) if word else None


def _tens_value(word: str) -> int:
    key = _WORD_KEY.sub("-", word)
    return _TENS.get(key, _TENS.get(key.rstrip("s"), 0))


def digitise(src: MappedText, folded: str | None = None) -> MappedText:
    """Spell numbers as digits and read digit look-alike letters inside digit runs.

    ``folded`` may pass ``fold(src.text)`` when the caller already has it.
    """
    low = folded if folded is not None else fold(src.text)
    # Digit words glued together ("cinqseptneuf", "five5cinq") first.
    builder: _Builder | None = None
    for m in finditer(_CONCAT_RE, low):
        pieces = _CONCAT_PIECE.findall(m.group())
        if builder is None:
            builder = _Builder(src)
        builder.replace(
            m.start(), m.end(), "".join(p if p.isdigit() else str(_DIGIT_WORDS[p]) for p in pieces)
        )
    if builder is not None:
        src = builder.build()
        low = fold(src.text)
    out = src
    builder = None
    has_words = not _NUMBER_WORDS.isdisjoint(_LETTERS_RE.findall(low))
    for m in finditer(_NUMBER_RE, low) if has_words else ():
        if m.group("unit") is not None:
            value = _word_value(m.group("unit"))
        else:
            value = _tens_value(m.group("tens"))
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
    if _LETTER_HINT.search(out.text) is None:
        return out
    builder = None
    for m in finditer(_LETTER_DIGIT_RE, out.text):
        if m.group()[-1:] == "B" and _BRA_SIZE.match(out.text, m.start()):
            continue
        if builder is None:
            builder = _Builder(out)
        for k, c in enumerate(m.group()):
            if c in _LETTER_DIGITS:
                builder.replace(m.start() + k, m.start() + k + 1, _LETTER_DIGITS[c])
    return builder.build() if builder is not None else out
