"""The hand-written markets of ``tests/score/data``: their measuring module, loaded once, and
small readers the market tests share."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from balise.indicators import library

DATA = Path(__file__).resolve().parent / "data"


def load_module(name: str, path: Path) -> ModuleType:
    """A data directory's Python file (a builder, the measuring code) as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


measure_module = load_module("unseen_measure", DATA / "unseen" / "unseen_measure.py")


def jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def flagged_on_wording_alone(lead: dict[str, Any]) -> bool:
    """Whether every positive contribution of a lead comes from a wording indicator."""
    return not any(
        ind["contribution"] > 0 and library.get_indicator(ind["id"]).signal != "wording"
        for ind in lead["indicators"]
    )
