"""Indicators: the signs that set a controlling third party, a minor or an exploitative venue
apart from an independent adult worker, each a small declarative unit with evidence."""

from __future__ import annotations

from balise.indicators import library
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.run import run_indicators

__all__ = ["ClusterView", "Finding", "Indicator", "library", "run_indicators"]
