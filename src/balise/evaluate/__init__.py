"""Score an analysis against a generated market's truth (definitions: spec/evaluation.md)."""

from balise.evaluate.metrics import Evaluation, evaluate

__all__ = ["Evaluation", "evaluate"]
