"""Small measuring helpers the library files share."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from balise.indicators.base import ClusterView, Finding
from balise.indicators.wording import Wording, spread_evidence
from balise.schema import AdRecord, Evidence


def wording_share(wording: Wording, view: ClusterView, what: str) -> Finding | None:
    """Strength = share of the cluster's ads whose text matches ``wording``.

    A share rather than a count: one stray word in one ad of a large cluster says little,
    the same words in every ad say that this is how the cluster advertises.
    """
    if not view.ads:
        return None
    return share_of_ads(view, view.matches(wording), what)


def share_of_ads(
    view: ClusterView, per_ad: Sequence[Sequence[Evidence]], what: str
) -> Finding | None:
    """Strength = share of the cluster's ads with some evidence in ``per_ad`` (a word list's
    matches, some of them set aside by the indicator: a negation, an ad that sells youth)."""
    matched = sum(1 for found in per_ad if found)
    if not matched:
        return None
    return Finding(
        strength=matched / len(view.ads),
        evidence=spread_evidence([e for found in per_ad for e in found]),
        detail=f"{what} in {matched} of {len(view.ads)} ads",
    )


def share_kept(
    wording: Wording, view: ClusterView, keep: Callable[[AdRecord, Evidence], bool], what: str
) -> Finding | None:
    """Strength = share of the cluster's ads with a match of ``wording`` that ``keep`` holds
    for (a match read in its context: a negation or a refusal before it sets it aside)."""
    kept = [
        [e for e in found if keep(ad, e)]
        for ad, found in zip(view.ads, view.matches(wording), strict=True)
    ]
    return share_of_ads(view, kept, what)


def not_preceded_by(pattern: re.Pattern[str], width: int) -> Callable[[AdRecord, Evidence], bool]:
    """A ``keep`` test for ``share_kept``: a match is kept unless the ``width`` characters just
    before it match ``pattern`` (a refusal: "no walk-ins", "we never hold IDs"). Evidence without
    a span is kept."""

    def keep(ad: AdRecord, evidence: Evidence) -> bool:
        around = text_around(ad, evidence, width)
        return around is None or pattern.search(around[0]) is None

    return keep


def step_strength(value: float, steps: tuple[tuple[float, float], ...]) -> float:
    """The strength of the highest step ``(threshold, strength)`` that ``value`` reaches."""
    out = 0.0
    for threshold, strength in steps:
        if value >= threshold:
            out = strength
    return out


def text_around(ad: AdRecord, evidence: Evidence, width: int) -> tuple[str, str] | None:
    """The ``width`` characters of the ad's text just before and just after an evidence match
    (what a negation or a time word next to it says of it), or None for evidence without a
    span."""
    if evidence.field is None or evidence.start is None or evidence.end is None:
        return None
    text = ad.field_text(evidence.field)
    before = text[max(0, evidence.start - width) : evidence.start]
    return before, text[evidence.end : evidence.end + width]
