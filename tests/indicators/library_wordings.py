"""Every word list the indicators use, for tests that check all of them at once."""

from __future__ import annotations

import importlib

from balise.indicators.registry import all_indicators
from balise.indicators.voice import FIRST_PERSON, THIRD_PERSON
from balise.indicators.wording import Wording


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
