"""The shape of one language's rule tables."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """Words one language uses to write numbers, ages, names and everyday text.

    All words are lower-case ASCII (accents folded), as matched against the
    folded text.
    """

    code: str
    units: dict[str, int]  # 0-19 (and "oh"-like aliases) written as words
    tens: dict[str, int]  # 20, 30 ... 90
    stop_words: frozenset[str]  # frequent function words: the language model's markers
    age_units: tuple[str, ...]  # regex fragments that follow an age ("ans", "yo", "years old")
    age_prefixes: tuple[str, ...]  # regex fragments that precede an age ("age:", "j'ai")
    not_person_words: tuple[str, ...]  # words before a number that make it someone else's age
    name_intros: tuple[str, ...]  # regex fragments introducing the advertised person's name
    price_units: dict[str, tuple[str, int | None]]  # unit word -> (label, minutes)
