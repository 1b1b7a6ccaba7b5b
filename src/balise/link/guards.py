"""Guards against hubs and weak text links: which identifiers and text pairs may merge ads.

All decisions depend only on the ads connected to the identifier or pair in question, never on
corpus-wide frequencies, so a cluster is decided by its own neighbourhood (which is what lets
the incremental linker recompute only the affected part).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from balise.link.components import unique_pairs

I64 = npt.NDArray[np.int64]
B = npt.NDArray[np.bool_]


def groups_spanned(item_group: I64, item_ad: I64, ad_label: I64, ad_counts: B) -> I64:
    """For each item group, the number of distinct ``ad_label`` values among its counted ads.

    ``item_group``/``item_ad`` list (group, ad) memberships; only ads with ``ad_counts`` set
    (ads that carry their own contact details) are counted.
    """
    n_groups = int(item_group.max()) + 1 if len(item_group) else 0
    sel = ad_counts[item_ad]
    g = item_group[sel]
    lab = ad_label[item_ad[sel]]
    if len(g) == 0:
        return np.zeros(n_groups, dtype=np.int64)
    first, _, _ = unique_pairs(g, lab)
    return np.bincount(first, minlength=n_groups).astype(np.int64)


def accept_text_between(
    comp_a: I64,
    comp_b: I64,
    sim: npt.NDArray[np.float64],
    comp_has_phone: B,
    comp_size: I64,
    shares_name: B,
    strong: float,
    conflict: float,
    conflict_min_pairs: int,
    shares_rates: B | None = None,
    rates_similarity: float = 1.0,
    name_similarity: float = 2.0,
) -> tuple[B, B]:
    """Which text pairs (already between different components) may merge their components.

    Decided per pair of components, from all the text pairs between them:
    - when both components carry their own phones (distinct, or they would be one component),
      it takes ``conflict`` similarity on ``conflict_min_pairs`` pairs (or on every pair the
      smaller component allows): a template kept while phones rotate;
    - otherwise a ``strong`` pair suffices, or a weaker one backed by a shared first name
      (two independent pieces of evidence).
    Returns (accepted, refused_for_conflict) per input pair.
    """
    n = len(comp_a)
    if n == 0:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    lo = np.minimum(comp_a, comp_b)
    hi = np.maximum(comp_a, comp_b)
    _, inv = np.unique(np.stack([lo, hi], axis=1), axis=0, return_inverse=True)
    inv = inv.ravel()
    m = int(inv.max()) + 1
    max_sim = np.zeros(m)
    np.maximum.at(max_sim, inv, sim)
    n_conf = np.bincount(inv, weights=(sim >= conflict).astype(np.float64), minlength=m)
    named = np.zeros(m, dtype=bool)
    np.logical_or.at(named, inv, shares_name)
    first = np.zeros(m, dtype=np.int64)
    first[inv[::-1]] = np.arange(n)[::-1]
    pa, pb = lo[first], hi[first]
    both_phones = comp_has_phone[pa] & comp_has_phone[pb]
    need = np.minimum(conflict_min_pairs, np.minimum(comp_size[pa], comp_size[pb]))
    ok_conflict = n_conf >= need
    if shares_rates is not None and shares_rates.any():
        # the same template *and* the same price table on one ad pair: two kinds of evidence
        rated = np.zeros(m, dtype=bool)
        np.logical_or.at(rated, inv, shares_rates & (sim >= rates_similarity))
        ok_conflict = ok_conflict | rated
    if name_similarity <= 1.0 and shares_name.any():
        # the same template *and* the same woman's name on one ad pair: two kinds of evidence
        both_named = np.zeros(m, dtype=bool)
        np.logical_or.at(both_named, inv, shares_name & (sim >= name_similarity))
        ok_conflict = ok_conflict | both_named
    ok_plain = (max_sim >= strong) | named
    ok = np.where(both_phones, ok_conflict, ok_plain)
    refused = both_phones & ~ok_conflict & ok_plain
    return ok[inv], refused[inv]
