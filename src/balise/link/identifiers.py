"""Identifiers an ad carries (phones, emails, handles), as ``kind:value`` tokens."""

from __future__ import annotations

from balise.schema import AdExtraction

KINDS = ("phone", "email", "handle", "image")
"""Identifier kinds, in the order of their codes; ``image`` is a photo group."""
CONTACT_KINDS = frozenset({0, 1, 2})


def contact_identifiers(extraction: AdExtraction | None) -> list[tuple[int, str]]:
    """(kind code, value) of every phone, email and handle of one ad, de-duplicated."""
    if extraction is None or not (extraction.phones or extraction.emails or extraction.handles):
        return []
    out: list[tuple[int, str]] = []
    for code, values in ((0, extraction.phones), (1, extraction.emails), (2, extraction.handles)):
        out.extend((code, v) for v in dict.fromkeys(values) if v)
    return out
