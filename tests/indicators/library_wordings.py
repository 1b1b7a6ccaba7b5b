"""Every word list the indicators use, for tests that check all of them at once."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime

from balise.indicators.registry import all_indicators
from balise.indicators.voice import FIRST_PERSON, THIRD_PERSON
from balise.indicators.wording import Wording
from balise.schema import AdRecord


def library_wordings() -> list[Wording]:
    """The voice lists and every word list a library indicator's module defines."""
    out = [FIRST_PERSON, THIRD_PERSON]
    for indicator in all_indicators():
        module = importlib.import_module(
            f"balise.indicators.library.{indicator.id.replace('-', '_')}"
        )
        out.extend(w for w in vars(module).values() if isinstance(w, Wording) and w not in out)
    return out


WORDINGS = library_wordings()
FRAGMENTS = sorted(
    {t.replace("?", "").replace("(?:", "").replace(")", "") for w in WORDINGS for t in w.terms}
)
"""Each term with its optional marks and groups removed: text that exercises the lists."""

SAMPLE_TEXTS = [
    "Je suis Lily, jeune étudiante, à peine 18 ans 🍭, dispo 24/7",
    "Our new girls every week! She is a sweet young Latina, always available",
    "DE PASSAGE à Laval pour quelques jours — nouvelles filles chaque semaine",
    "İstanbul ſhe straße ÉCOLIÈRE Teen",  # case folding that changes lengths
    "",
]
"""Texts that every faster path of the lists must read as the reference path does."""


def ad(body: str, title: str = "") -> AdRecord:
    """A bare ad holding ``body`` (and ``title``)."""
    return AdRecord("t", "1", datetime(2025, 1, 1, tzinfo=UTC), title=title, body=body)
