"""Runs the whole library on one cluster."""

from __future__ import annotations

from balise.indicators.base import ClusterView
from balise.indicators.registry import all_indicators
from balise.schema import IndicatorHit


def run_indicators(view: ClusterView) -> list[IndicatorHit]:
    """Every indicator hit for the cluster, in library (id) order; each carries evidence."""
    hits: list[IndicatorHit] = []
    for indicator in all_indicators():
        hit = indicator.detect(view)
        if hit is not None:
            hits.append(hit)
    return hits
