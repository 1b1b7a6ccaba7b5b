"""Small generated markets shared by the simulate tests (generated once per session)."""

from __future__ import annotations

import pytest

from balise.simulate import MarketSummary, generate_market


@pytest.fixture(scope="session")
def market(tmp_path_factory: pytest.TempPathFactory) -> MarketSummary:
    """300 operators over 8 weeks, no images."""
    return generate_market(11, 300, 8, tmp_path_factory.mktemp("market"))


@pytest.fixture(scope="session")
def market_with_images(tmp_path_factory: pytest.TempPathFactory) -> MarketSummary:
    """A small market with pictures."""
    return generate_market(5, 40, 3, tmp_path_factory.mktemp("market_img"), images=True)
