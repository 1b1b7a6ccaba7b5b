"""Phone numbers: every number an ad carries, plain or obfuscated, as E.164.

Candidates are runs of digit groups joined by short separators (spaces, dots,
slashes, stars, emoji, brackets, line breaks, "then"/"puis"), read from the
digitised text. A run is cut into numbers along group boundaries only, so
card-like and id-like digit strings, prices, dates, hours and measurements do
not turn into numbers; each number is validated with ``phonenumbers``.
Canadian (NANP) numbers are the default; a number in another country's format
is read as such when the ad names that country (or writes ``+``/``00``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Final

import phonenumbers

from balise.extract.normalise import MappedText
from balise.extract.patterns import (
    SPACE,
    SPACE_CHARS,
    caseless,
    compile_linear,
    for_re,
)

DEFAULT_REGION = "CA"

# A separator between digit groups: a few non-word characters (never currency,
# quotes, colons or percent signs, which mark prices, heights and hours), or a
# connector word some ads put between the groups of a number.
#
# Stdlib ``re``, no timeout: ``[^\W_]`` is exactly ``regex``'s ``[\p{L}\p{N}]`` on every
# character Python's Unicode database knows, and ``SPACE_CHARS`` is ``regex``'s ``\s``.
# Linear: a separator holds no digit, so the digit runs of a number are maximal and
# matched one way; the two kinds of separator cannot match the same stretch (one has no
# letters, the other needs a connector word); the first is bounded ({1,6}) and the
# other's space runs are possessive (a word or a digit follows, never a space). A run
# therefore reads each character a bounded number of times. The pattern starts with a
# character class (the look-behind is written after the first character) so ``re``
# skips in C to the next "+" or digit.
_SEP = (
    r"(?:(?:(?![$€£%'\":])[\W_]){1,6}"
    rf"|[{SPACE_CHARS},.]*+(?:then|puis|ensuite|et|and|suivi{SPACE}++de)[{SPACE_CHARS},.]++)"
)
# A run that starts with a digit and has no separator and a second group is kept only with
# 7 digits or more ("(?<=\d{7})"): shorter, it is a price, an hour or a size, which
# ``find_phones`` skipped after ``re`` had made a match of it (most digit runs of an ad). The
# digit run is possessive: a separator never starts with a digit. The matches kept are those
# of "[+\d](?<!..)(?:(?<=\+)\s?\d+|(?<=\d)\d*)(?:SEP\d+)*" with 7 characters or more.
_RUN_RE = compile_linear(
    rf"[+\d](?<![^\W_][+\d])(?:(?<=\+){SPACE}?\d+(?:{_SEP}\d+)*"
    rf"|(?<=\d)\d*+(?:(?:{_SEP}\d+)+|(?<=\d{{7}})))"
)
_GROUP_RE = compile_linear(r"\d+")
# A separator that ends a sentence ("depuis 2015. 819-555-0174"): a number never runs on past
# a 4-digit group followed by one. Linear: a class then one space class, tried with ``match``.
_SENTENCE_END_RE = compile_linear(rf"[.!?]+{SPACE}")


def _regex_caseless(fragment: str) -> str:
    """``caseless`` plus the two non-ASCII letters the ``regex`` module's IGNORECASE also
    matches for ASCII ones: the Kelvin sign for "k" and the long s for "s"."""
    return caseless(fragment).replace("[kK]", "[kK\u212a]").replace("[sS]", "[sS\u017f]")


# What makes a digit run an id rather than a number, right before it. Stdlib ``re``, no
# timeout: it is only searched in the 30 characters before a run (``pos``/``endpos``), so
# one search costs at most a bounded number of steps whatever the text; the ``regex``
# module's IGNORECASE is spelled out (``_regex_caseless``; "É" for "é"), its ``\s`` is
# ``SPACE``.
_IGNORE_BEFORE_RE = compile_linear(
    for_re(
        _regex_caseless(
            r"(?:\b(?:id|ref|r[éÉ]f[éÉ]rence|annonce|ad|post|no|num[éÉ]ro\s+d'annonce|order"
            r"|commande|code\s+postal|postal\s+code|promo\s+code|code\s+promo|card|carte)"
            r"\s*[#:.]?\s*#?\s*)$"
        )
    ).replace("*+", "*")
)
_PLAIN_RE = compile_linear(  # linear: bounded repeats of single characters
    r"^(?:\+?1[ .\-]?)?(?:\(\d{3}\) ?|\d{3}[ .\-]?)\d{3}[ .\-]?\d{4}$"
    r"|^\+\d{1,3}(?:[ .\-]?\d{1,5}){2,6}$|^0\d(?:[ .\-]?\d\d){4}$"
)
# A country named in the ad lets a number in that country's national format be read.
# Stdlib ``re``, no timeout. Linear: an alternation of fixed words between ``\b``s, at most
# a few dozen steps per start; the ``regex`` module's IGNORECASE is spelled out
# (``_regex_caseless``, with "Ç"/"È" for "ç"/"è").
_COUNTRIES = (
    ("FR", r"france|fran[cçÇ]aise?|paris|lyon|marseille"),
    ("GB", r"uk|u\.k\.|england|angleterre|royaume[\s\-]uni|london|londres"),
    ("BE", r"belgique|belgium|bruxelles|brussels"),
    ("CH", r"suisse|switzerland|gen[eèÈ]ve|geneva"),
    ("AU", r"australia|australie|sydney"),
)
_COUNTRY_RE = compile_linear(
    "|".join(rf"\b(?P<{code}>{_regex_caseless(for_re(words))})\b" for code, words in _COUNTRIES)
)


class PhoneHit:
    """One phone number found in a field of text."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("e164", "start", "end", "rule", "obfuscated", "confidence")

    def __init__(
        self,
        e164: str,
        start: int,
        end: int,
        rule: str,
        obfuscated: bool,
        confidence: float,
    ) -> None:
        self.e164: Final[str] = e164
        self.start: Final[int] = start  # in the original field text
        self.end: Final[int] = end
        self.rule: Final[str] = rule
        self.obfuscated: Final[bool] = obfuscated
        self.confidence: Final[float] = confidence


def foreign_regions(text: str) -> tuple[str, ...]:
    """Regions whose national format the ad's wording makes plausible (countries named)."""
    found: list[str] = []
    for m in _COUNTRY_RE.finditer(text):
        if m.lastgroup and m.lastgroup not in found:
            found.append(m.lastgroup)
    return tuple(found)


def _valid(digits: str, region: str | None) -> str | None:
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)
def _nanp_prefix_valid(prefix: str) -> bool:
    # NANP validity in phonenumbers' metadata depends on the area code and the first digit
    # of the exchange only ("NPA [2-9]XXXXXX"), so one parse per 4-digit prefix is enough.
    return (
        _valid(
            prefix + "555012"[: 10 - len(prefix)] if prefix[3] == "5" else prefix + "550123",
            DEFAULT_REGION,
        )
        is not None
    )


def _nanp(digits: str) -> str | None:
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01" or digits[3] in "01":
        return None
    return "+1" + digits if _nanp_prefix_valid(digits[:4]) else None


def _card_like(groups: list[tuple[int, int]]) -> bool:
    lengths = [e - s for s, e in groups]
    return len(lengths) >= 3 and sum(lengths) >= 13 and all(n >= 4 for n in lengths)


Regions = tuple[str, ...] | Callable[[], tuple[str, ...]]
"""Regions named in the ad, or a function giving them (called only when a number needs it)."""


def find_phones(mapped: MappedText, original: str, regions: Regions = ()) -> list[PhoneHit]:
    """Phone numbers in ``mapped`` (a digitised field), with spans into ``original``.

    ``regions`` may be a function so the country scan runs only for numbers in a national
    format (a leading 0), which few ads have.
    """
    text = mapped.text
    hits: list[PhoneHit] = []
    for run in _RUN_RE.finditer(text):
        base, run_end = run.span()
        if run_end - base < 7:
            continue  # fewer than 7 digits (prices, hours, sizes): never a number
        groups = [g.span() for g in _GROUP_RE.finditer(run.group())]
        total = sum(e - s for s, e in groups)
        if total < 7 or _card_like(groups):
            continue
        if _IGNORE_BEFORE_RE.search(text, max(0, base - 30), base) is not None:
            continue
        plus = run.group().startswith("+")
        whole = _whole_numbers(run.group(), groups) if len(groups) >= 4 else ()
        # A first group glued after a currency ("100$/30 💋 4 3 8 ..."): the "30" is the
        # price's duration, never the start of a number.
        i = 1 if not plus and _after_price(text, base) else 0
        if (
            i == 0
            and not plus
            and groups[0][1] <= 3
            and _unit_letter_before(text, base)
            and _UNIT_BEFORE_RE.search(text, max(0, base - 4), base) is not None
            and 0 not in (whole or _whole_numbers(run.group(), groups))
        ):
            i = 1  # "HH 60 | H 120 📱 43🌹8🌹555...": the 120 is the price of an hour
        if not plus and len(groups) > 2 and _ALWAYS_RE.match(run.group()) is not None:
            i = 2  # "Dispo 24/7 43💋8💋5...": the hours, not the start of a number
        elif (
            groups[0] == (0, 3)
            and not plus
            and base >= 3
            and ("A" <= text[base - 1] <= "Z" or "A" <= text[base - 2] <= "Z")
            and _POSTAL_BEFORE_RE.search(text, max(0, base - 5), base) is not None
            and _letter_in_original(mapped, original, base + 1)
        ):
            i = 1  # "Area H3H 8S6. 📞 51💋45...": the end of a postal code
        while i < len(groups):
            found = _read_number(run.group(), groups, i, plus and i == 0, regions)
            if found is None:
                i += 1
                continue
            e164, j, rule = found
            if _splits_whole(whole, groups, run.group(), i, j) and not (plus and i == 0):
                i += 1  # the window glues a number before a whole one: read the whole one
                continue
            start, end = mapped.original_span(base + groups[i][0], base + groups[j][1])
            if plus and i == 0:
                start, _ = mapped.original_span(base, base + 1)
            span_text = original[start:end]
            obfuscated = _PLAIN_RE.match(span_text.strip()) is None
            hits.append(
                PhoneHit(
                    e164,
                    start,
                    end,
                    rule if not obfuscated else rule + "+deobfuscated",
                    obfuscated,
                    0.8 if obfuscated else 0.95,
                )
            )
            i = j + 1
    return hits


_CURRENCIES = "$€£"
# The duration words a price may start with, right before a digit run ("H 120", "HH 60",
# "QV 80"; not a unit after its amount, "220 roses/h"). Linear: a fixed-width alternation,
# searched in the four characters before the run.
_UNIT_BEFORE_RE = compile_linear(r"(?<![A-Za-z0-9/])(?:[Hh]{1,2}|[Qq][Vv]|[Hh][Rr])[ :]?\Z")
# Opening hours written as two groups ("24/7", "7/7", "24/24") at the start of a run.
# Linear: fixed alternatives and one look-ahead, tried with ``match``.
_ALWAYS_RE = compile_linear(r"(?:24/7|7/7|24/24)(?![0-9])")
# The first half of a Canadian postal code right before a run ("H3H 8S6", its look-alike "S"
# already a digit): the run's first three digits are the code's second half when their middle
# one was written as a letter (a phone's "H2X 514-555-0123" stays). Linear: fixed width,
# searched in the five characters before the run.
_POSTAL_BEFORE_RE = compile_linear(r"(?<![A-Za-z0-9])[A-Z][0-9][A-Z][ \-]?$")


def _unit_letter_before(text: str, base: int) -> bool:
    """The cheap test before ``_UNIT_BEFORE_RE``: a unit's last letter ends right before the
    run, or before one space or colon."""
    if base == 0:
        return False
    c = text[base - 1]
    if (c == " " or c == ":") and base >= 2:
        c = text[base - 2]
    return c in "hHvVrR"


def _after_price(text: str, base: int) -> bool:
    """Whether the digit run at ``base`` is glued after a currency sign, directly or by one
    "/" ("$30", "100$/30"): its first group belongs to a price."""
    if base == 0:
        return False
    c = text[base - 1]
    if c == "/" and base >= 2:
        c = text[base - 2]
    return c in _CURRENCIES


def _letter_in_original(mapped: MappedText, original: str, pos: int) -> bool:
    """Whether the digit at ``pos`` of ``mapped`` was written as a letter ("8S6")."""
    start, end = mapped.original_span(pos, pos + 1)
    return end - start == 1 and original[start].isalpha()


def _spaced_apart(run: str, groups: list[tuple[int, int]], k: int) -> bool:
    """Whether the single digit k is spaced from the next single digit otherwise than that one
    from the single digit after it ("[20]. | 📞 5 . 7 . 9": the "1" read from the bar stands
    alone, the 5 opens the spaced number)."""
    if k + 2 >= len(groups) or any(groups[m][1] - groups[m][0] != 1 for m in (k + 1, k + 2)):
        return False
    return run[groups[k][1] : groups[k + 1][0]] != run[groups[k + 1][1] : groups[k + 2][0]]


def _whole_numbers(run: str, groups: list[tuple[int, int]]) -> tuple[int, ...]:
    """Indices k where a valid NANP number is printed whole from group k, in its own
    grouping: three digit blocks in the 3-3-4 shape, or one block of 10 (11 with the leading
    1). A block is a group, or a stretch of single digits spaced alike ("4 3 8  5 5 5  0 1 1
    2" is 438 555 0112; "8 7 3 5 5 5 0 1 1 3" one block of ten; "873 / 555 / 1 6 3 2")."""
    found: list[int] = []
    n = len(groups)
    if all(e - s > 1 for s, e in groups):  # no single digits: the blocks are the groups
        for k in range(n - 2):
            (s0, e0), (s1, e1), (s2, e2) = groups[k : k + 3]
            if (e0 - s0, e1 - s1, e2 - s2) == (3, 3, 4) and _nanp(
                run[s0:e0] + run[s1:e1] + run[s2:e2]
            ) is not None:
                found.append(k)
        return tuple(found)
    blocks: list[tuple[int, str]] = []  # (first group index, digits)
    k = 0
    while k < n:
        s0, e0 = groups[k]
        digits = run[s0:e0]
        e = k + 1
        if e0 - s0 == 1 and not _spaced_apart(run, groups, k):
            sep: str | None = None
            while e < n and groups[e][1] - groups[e][0] == 1:
                between = run[groups[e - 1][1] : groups[e][0]]
                if sep is not None and between != sep:
                    break
                sep = between
                digits += run[groups[e][0]]
                e += 1
        blocks.append((k, digits))
        k = e
    for b, (k, digits) in enumerate(blocks):
        if len(digits) in (10, 11) and k > 0 and _nanp(digits) is not None:
            found.append(k)
        elif b + 2 < len(blocks):
            d1, d2 = blocks[b + 1][1], blocks[b + 2][1]
            if (len(digits), len(d1), len(d2)) == (3, 3, 4) and (
                _nanp(digits + d1 + d2) is not None
            ):
                found.append(k)
    return tuple(found)


def _splits_whole(
    whole: tuple[int, ...], groups: list[tuple[int, int]], run: str, i: int, j: int
) -> bool:
    """Whether the window of groups i..j starts before a whole number it overlaps ("2015 819
    555 0174" read as 201-581-9555): the whole number wins. A leading "1" before it is the
    country code, not another number."""
    for k in whole:
        if i < k <= j and not (k == i + 1 and run[groups[i][0] : groups[i][1]] == "1"):
            return True
    return False


def _read_number(
    run: str, groups: list[tuple[int, int]], i: int, plus: bool, regions: Regions
) -> tuple[str, int, str] | None:
    """The number made of whole groups i..j, the last group index and the rule, or None."""
    digits = ""
    candidates: list[tuple[str, int]] = []
    for j in range(i, len(groups)):
        s, e = groups[j]
        if e - s > 15:
            break
        digits += run[s:e]
        if len(digits) > 15:
            break
        candidates.append((digits, j))
        if (
            not plus
            and e - s == 4
            and j + 1 < len(groups)
            and _SENTENCE_END_RE.match(run, e, groups[j + 1][0]) is not None
        ):
            break  # "depuis 2015. 8 1 9 ...": a year ending a sentence is not an area code
    if plus:
        for digits, j in reversed(candidates):
            if len(digits) >= 8:
                e164 = _valid("+" + digits, None)
                if e164 is not None:
                    return e164, j, "phone.international"
        return None
    for digits, j in candidates:
        if len(digits) in (10, 11):
            e164 = _nanp(digits)
            if e164 is not None:
                return e164, j, "phone.nanp"
    for digits, j in reversed(candidates):
        if digits.startswith("011") and len(digits) > 10:
            e164 = _valid("+" + digits[3:], None)
        elif digits.startswith("00") and len(digits) > 10:
            e164 = _valid("+" + digits[2:], None)
        else:
            continue
        if e164 is not None:
            return e164, j, "phone.international"
    if not any(d.startswith("0") and 9 <= len(d) <= 11 for d, _ in candidates):
        return None
    for region in regions() if callable(regions) else regions:
        for digits, j in reversed(candidates):
            if digits.startswith("0") and 9 <= len(digits) <= 11:
                e164 = _valid(digits, region)
                if e164 is not None:
                    return e164, j, f"phone.national-{region.lower()}"
    return None
