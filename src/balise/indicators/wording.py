"""Word lists matched in an ad's title and body, with spans into the original text.

Patterns are matched on the original text (case-insensitive, accents written out in the
patterns) so that every match is evidence an analyst can highlight. Ad text is hostile input:
every search runs with a timeout, and a pattern that times out on an ad counts as no match.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from balise.schema import AdRecord, Evidence

SEARCH_FIELDS = ("title", "body")
TIMEOUT_S = 0.05


def _compile(terms: tuple[str, ...], *, bounded: bool) -> regex.Pattern[str]:
    # Longest alternatives first so "new girls every week" wins over "new girls".
    alternation = "|".join(sorted(terms, key=len, reverse=True))
    if bounded:
        # Word boundaries that also hold next to emoji and punctuation.
        alternation = rf"(?<![\w])(?:{alternation})(?![\w])"
    return regex.compile(alternation, regex.IGNORECASE)


@dataclass(frozen=True)
class Wording:
    """A named list of regular-expression terms, matched as whole words."""

    name: str
    terms: tuple[str, ...]
    bounded: bool = True
    pattern: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", _compile(self.terms, bounded=self.bounded))

    def find(self, ad: AdRecord, *, limit: int = 3) -> list[Evidence]:
        """Up to ``limit`` matches in the ad's title and body, as evidence."""
        out: list[Evidence] = []
        for name in SEARCH_FIELDS:
            text = ad.field_text(name)
            if not text:
                continue
            try:
                for m in self.pattern.finditer(text, timeout=TIMEOUT_S):
                    out.append(Evidence(ad.source, ad.ad_id, m.group(0), name, m.start(), m.end()))
                    if len(out) >= limit:
                        return out
            except TimeoutError:
                continue
        return out

    def count(self, ad: AdRecord) -> int:
        """How many matches the ad holds (bounded, for voice comparisons)."""
        return len(self.find(ad, limit=20))


def scan_ads(
    wording: Wording, ads: tuple[AdRecord, ...], *, per_ad: int = 2
) -> tuple[int, list[Evidence]]:
    """(number of ads that match, evidence from the matching ads)."""
    matched = 0
    evidence: list[Evidence] = []
    for ad in ads:
        found = wording.find(ad, limit=per_ad)
        if found:
            matched += 1
            evidence.extend(found)
    return matched, evidence


def spread_evidence(evidence: list[Evidence], limit: int = 6) -> tuple[Evidence, ...]:
    """Pick evidence from as many different ads as possible (one per ad first)."""
    first: list[Evidence] = []
    rest: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    for item in evidence:
        key = (item.source, item.ad_id)
        (rest if key in seen else first).append(item)
        seen.add(key)
    return tuple((first + rest)[:limit])
