"""Connected components over edge arrays (scipy's csgraph, no Python loop over edges)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

IntArray = npt.NDArray[np.int64]


def components(n: int, src: IntArray, dst: IntArray) -> IntArray:
    """Label of each of ``n`` nodes; labels are the smallest node index of each component.

    Using the smallest member as the label makes the result independent of edge order.
    """
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if len(src) == 0:
        return np.arange(n, dtype=np.int64)
    data = np.ones(len(src), dtype=np.int8)
    graph = coo_matrix((data, (src, dst)), shape=(n, n)).tocsr()
    _, raw = connected_components(graph, directed=False)
    return canonical_labels(raw.astype(np.int64))


def canonical_labels(raw: IntArray) -> IntArray:
    """Relabel components by their smallest member index."""
    if len(raw) == 0:
        return raw
    smallest = np.full(int(raw.max()) + 1, len(raw), dtype=np.int64)
    np.minimum.at(smallest, raw, np.arange(len(raw), dtype=np.int64))
    return smallest[raw]


def group_edges(group_of_item: IntArray, item_owner: IntArray) -> tuple[IntArray, IntArray]:
    """Star edges that tie together the owners of items of the same group.

    ``item_owner[i]`` is the node holding item ``i`` and ``group_of_item[i]`` its group (an
    identifier, a bucket); every owner is linked to the first owner of its group.
    """
    if len(item_owner) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    order = np.lexsort((item_owner, group_of_item))
    groups = group_of_item[order]
    owners = item_owner[order]
    starts = np.r_[True, groups[1:] != groups[:-1]]
    first_idx = np.maximum.accumulate(np.where(starts, np.arange(len(groups)), 0))
    first = owners[first_idx]
    keep = first != owners
    return first[keep].astype(np.int64), owners[keep].astype(np.int64)


def unique_ints(values: IntArray) -> IntArray:
    """Sorted distinct values (sort-based: faster than ``np.unique``'s hashing on big arrays)."""
    if len(values) == 0:
        return values.astype(np.int64)
    s = np.sort(values)
    return s[np.r_[True, s[1:] != s[:-1]]]


def unique_pairs(a: IntArray, b: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """Distinct ``(a, b)`` pairs of non-negative ints, sorted, with the counts of each."""
    if len(a) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    width = np.int64(int(b.max()) + 1)
    code = np.sort(a.astype(np.int64) * width + b.astype(np.int64))
    starts = np.flatnonzero(np.r_[True, code[1:] != code[:-1]])
    counts = np.diff(np.r_[starts, len(code)])
    u = code[starts]
    return u // width, u % width, counts
