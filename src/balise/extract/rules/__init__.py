"""Declarative, per-language rule data: number words, stop words, context words.

Each language module holds one :class:`LanguageRules` constant. The extractors
build their patterns from these tables, so adding a word is a one-line change
and needs no new code.
"""

from __future__ import annotations

from balise.extract.rules.base import LanguageRules
from balise.extract.rules.en import EN
from balise.extract.rules.fr import FR

ALL_RULES: tuple[LanguageRules, ...] = (FR, EN)

__all__ = ["ALL_RULES", "EN", "FR", "LanguageRules"]
