"""Balise: find signs of exploitation in online sex-work ads, explained, without flagging
independent adult workers.

The public surface is small; the Spark engine is imported lazily (``balise.engine.spark``).
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
