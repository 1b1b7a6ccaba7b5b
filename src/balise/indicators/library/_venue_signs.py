"""How many signs of an exploitative venue a cluster shows.

The counters that rest on stability (``stable-phone``, ``local-only``) say "one person,
reachable, who works where she lives". A venue is stable by nature: one line, one address, for
months. Where a cluster shows two different signs of an exploitative venue (the indicators of
that category: a rotating staff, live-in hints, very low prices, a roster that turns over),
its stability is a business's, and those counters are not claimed for it (fourth blind market:
three parlours with "new girls" every week and 45 $ the half hour were held under the flag by
one steady line and one city).
"""

from __future__ import annotations

from balise.indicators.base import ClusterView

VENUE_SIGNS = 2
"""Two different signs: one alone is common to clean agencies ("new girls" on a roster page)."""

SAME_SIGN = {"new-worker-wording": "turnover", "roster-turnover": "turnover"}
"""Indicators that read one sign two ways: a staff that turns over, in words or in the roster.
A clean house's staff turns over too (generated markets: two clean venues with both, flagged
once the counters went), so the two count once."""


def venue_signs(view: ClusterView) -> int:
    """The number of different signs of an exploitative venue (the indicators of that
    category that find something, ``SAME_SIGN`` counting once) in the cluster."""
    return view.shared(_venue_signs)


def shows_a_venue(view: ClusterView) -> bool:
    """Whether the cluster shows ``VENUE_SIGNS`` different signs of an exploitative venue."""
    return venue_signs(view) >= VENUE_SIGNS


def _venue_signs(view: ClusterView) -> int:
    # imported here: the registry imports every library module, this one's users included
    from balise.indicators.registry import all_indicators

    signs: set[str] = set()
    for indicator in all_indicators():
        if indicator.category != "exploitative-venue":
            continue
        found = view.shared(indicator.measure)
        if found is not None and found.evidence and found.strength > 0:  # what detect() counts
            signs.add(SAME_SIGN.get(indicator.id, indicator.id))
    return len(signs)
