"""The synthetic market generator: escort/massage ads with their ground truth.

``generate_market(seed, operators, weeks, out_dir)`` writes ``ads.jsonl`` in the
interchange format and ``truth/`` (see the module docs of ``market``).
"""

from balise.simulate.market import MarketSummary, generate_market

__all__ = ["MarketSummary", "generate_market"]
