"""Slot-masked text and word shingles, hashed to 64-bit integers for many ads at once.

Slot values (names, ages, prices, places, phones, emails, handles) are replaced by a
placeholder before shingling, so that one template filled in for different people gives the
same shingles. Tokenising, lower-casing, accent folding and hashing run in Arrow kernels; only
the placeholder substitution is a (cheap) Python step per ad.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import xxhash

from balise.schema import AdExtraction, AdRecord

SLOT_KINDS = frozenset({"name", "age", "price", "place", "phone", "email", "handle"})
"""Mention kinds whose values vary between fillings of one template."""

_TEXT_FIELDS = ("title", "body")
_MASKS = {kind: f" zzslot{kind} " for kind in SLOT_KINDS}

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]


def masked_text(ad: AdRecord, extraction: AdExtraction | None) -> str:
    """Title and body of ``ad`` with every slot mention replaced by a placeholder of its kind."""
    title, body = ad.title, ad.body
    if extraction is None or not extraction.mentions:
        return f"{title}\n{body}"
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for m in extraction.mentions:
        sp = m.span
        if sp.field in _TEXT_FIELDS and m.kind in SLOT_KINDS and sp.end > sp.start:
            spans.setdefault(sp.field, []).append((sp.start, sp.end, m.kind))
    if not spans:
        return f"{title}\n{body}"
    return f"{_mask(title, spans.get('title'))}\n{_mask(body, spans.get('body'))}"


def _mask(text: str, spans: list[tuple[int, int, str]] | None) -> str:
    if not spans:
        return text
    spans.sort()
    pieces: list[str] = []
    cursor = 0
    for start, end, kind in spans:
        if start < cursor:  # overlapping mentions: the first one wins
            continue
        pieces.append(text[cursor:start])
        pieces.append(_MASKS[kind])
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _normalise(texts: pa.Array) -> pa.Array:
    arr = pc.utf8_normalize(texts, form="NFKD")
    arr = pc.replace_substring_regex(arr, pattern=r"\p{Mn}+", replacement="")
    arr = pc.utf8_lower(arr)
    arr = pc.replace_substring_regex(arr, pattern=r"<[^>]*>|&[a-z]+;|&#\d+;", replacement=" ")
    # numbers that extraction did not recognise still vary between fillings of a template
    return pc.replace_substring_regex(arr, pattern=r"\pN+", replacement=" zznum ")


def _mix64(x: U64) -> U64:
    """splitmix64 finaliser: spreads bits so that bins and bands are independent."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def token_hashes(texts: Sequence[str]) -> tuple[I64, U64]:
    """(ad index, 64-bit word hash) of every word of every text, in text order."""
    arr = _normalise(pa.array(texts, type=pa.large_string()))
    lists = pc.split_pattern_regex(arr, pattern=r"[^\pL\pN]+")
    owner = np.asarray(pc.list_parent_indices(lists), dtype=np.int64)
    words = pc.list_flatten(lists)
    keep = np.asarray(pc.greater(pc.utf8_length(words), 0), dtype=bool)
    if not keep.all():
        words = pc.filter(words, pa.array(keep))
        owner = owner[keep]
    encoded = pc.dictionary_encode(words)
    vocab = encoded.dictionary.to_pylist()
    # hash the vocabulary once (stable across runs, unlike dictionary indices)
    vocab_hash = np.fromiter(
        (xxhash.xxh64_intdigest(w.encode()) for w in vocab), dtype=np.uint64, count=len(vocab)
    )
    indices = np.asarray(encoded.indices, dtype=np.int64)
    return owner, vocab_hash[indices] if len(vocab) else np.zeros(0, dtype=np.uint64)


def shingle_hashes(texts: Sequence[str], words: int) -> tuple[I64, U64]:
    """(ad index, 64-bit hash) of every run of ``words`` consecutive words of each text."""
    owner, tokens = token_hashes(texts)
    if words == 1 or len(tokens) == 0:
        return owner, _mix64(tokens)
    m = len(tokens) - words + 1
    if m <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    valid = owner[:m] == owner[words - 1 :]
    acc = tokens[:m].copy()
    for j in range(1, words):
        acc = _mix64(acc * np.uint64(0x9E3779B97F4A7C15) + tokens[j : j + m])
    return owner[:m][valid], acc[valid]
