"""The indicator library: one small file per indicator, each defining ``INDICATOR``.

``all_indicators()`` discovers them; nothing needs registering by hand.
"""

from __future__ import annotations

from balise.indicators.registry import all_indicators, get_indicator

__all__ = ["all_indicators", "get_indicator"]
