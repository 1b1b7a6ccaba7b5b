"""Discovers the indicators of ``balise.indicators.library`` (one ``INDICATOR`` per module)."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from balise.indicators.base import Indicator

LIBRARY_PACKAGE = "balise.indicators.library"


@cache
def all_indicators() -> tuple[Indicator, ...]:
    """Every indicator of the library, sorted by id. Raises on a duplicate id."""
    package = importlib.import_module(LIBRARY_PACKAGE)
    found: dict[str, Indicator] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{LIBRARY_PACKAGE}.{info.name}")
        indicator = getattr(module, "INDICATOR", None)
        if not isinstance(indicator, Indicator):
            raise TypeError(f"{module.__name__} must define INDICATOR = Indicator(...)")
        if indicator.id in found:
            raise ValueError(f"duplicate indicator id {indicator.id!r} in {module.__name__}")
        found[indicator.id] = indicator
    return tuple(found[k] for k in sorted(found))


def get_indicator(indicator_id: str) -> Indicator:
    """One indicator by id (KeyError naming the id when unknown)."""
    for indicator in all_indicators():
        if indicator.id == indicator_id:
            return indicator
    raise KeyError(f"unknown indicator {indicator_id!r}")
