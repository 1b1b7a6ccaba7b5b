"""Numbers written out in words (French and English), as ads spell digits and ages."""

from __future__ import annotations

DIGITS_EN: tuple[str, ...] = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
)
DIGITS_FR: tuple[str, ...] = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
)

_EN_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty")
_FR_TEENS = (
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
)
_FR_TENS = ("", "", "vingt", "trente", "quarante", "cinquante", "soixante")


def words_en(n: int) -> str:
    """English words for 0 <= n < 70 ("twenty-two")."""
    if not 0 <= n < 70:
        raise ValueError(f"words_en covers 0..69, got {n}")
    if n < 10:
        return DIGITS_EN[n]
    if n < 20:
        return _EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + ("" if unit == 0 else "-" + DIGITS_EN[unit])


def words_fr(n: int) -> str:
    """French words for 0 <= n < 70 ("vingt et un", "dix-neuf")."""
    if not 0 <= n < 70:
        raise ValueError(f"words_fr covers 0..69, got {n}")
    if n < 10:
        return DIGITS_FR[n]
    if n < 20:
        return _FR_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _FR_TENS[tens]
    if unit == 1:
        return _FR_TENS[tens] + " et un"
    return _FR_TENS[tens] + "-" + DIGITS_FR[unit]


KEYCAPS: tuple[str, ...] = tuple(f"{d}\ufe0f\u20e3" for d in "0123456789")
"""Emoji keycap digits (0️⃣ … 9️⃣)."""

FULLWIDTH: tuple[str, ...] = tuple(chr(0xFF10 + d) for d in range(10))
"""Fullwidth digits (０ … ９)."""


def keycaps(text: str) -> str:
    """Every ASCII digit of ``text`` as an emoji keycap."""
    return "".join(KEYCAPS[int(c)] if c.isdigit() else c for c in text)


def fullwidth(text: str) -> str:
    """Every ASCII digit of ``text`` as a fullwidth digit."""
    return "".join(FULLWIDTH[int(c)] if c.isdigit() else c for c in text)
