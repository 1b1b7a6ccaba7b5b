"""Scoring: indicator hits -> an explained, calibrated score and a flag per cluster."""

from __future__ import annotations

from balise.score.model import ScoreModel

__all__ = ["ScoreModel"]
