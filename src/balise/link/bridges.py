"""Bridges between groups that carry their own phones must be corroborated by another kind.

An operator's ads are held together first by the phones it publishes alone ("anchor" phones).
Any other identifier (an e-mail, a handle, a phone only ever printed next to another phone, a
photo) that joins two anchored groups may be a collision rather than one operator: two agencies
of the same name share ``info@<name>.ca``, fictional or foreign numbers are printed by unrelated
people, a stock photo is reused. One operator that rotates or splits its phones keeps its
template and its photos, so the bridge is accepted only between groups that a *different* kind
of evidence (contact details vs photos vs text) already connects; otherwise the identifier is
split per corroborated group and does not merge them.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from balise.link.components import components, group_edges

I64 = npt.NDArray[np.int64]
B = npt.NDArray[np.bool_]

_PHONE = 0
_IMAGE = 3


def _cat(*arrays: I64) -> I64:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)


def corroborated_bridges(
    n: int,
    item_id: I64,
    item_ad: I64,
    id_kind: npt.NDArray[np.int8],
    accepted: B,
    text_a: I64,
    text_b: I64,
    name_ad: I64,
    name_code: I64,
    name_kinds: B,
) -> tuple[I64, I64]:
    """Identifier code per (identifier, ad) item, with uncorroborated bridges split.

    Returns ``(code, span)``: ``code[i]`` is the identifier to link item ``i`` by (the original
    ``item_id`` unless split; split codes are ``>= max(item_id) + 1``), and ``span[j]`` the
    number of anchored groups identifier ``j`` joined without corroboration (``> 1`` when it was
    split). ``text_a``/``text_b`` are the text pairs that may corroborate (stock phrases cut);
    ``name_ad``/``name_code`` list each ad's first names, which corroborate bridges of the
    identifier kinds set in ``name_kinds`` (a photo shown under the same name).
    """
    m = int(item_id.max()) + 1 if len(item_id) else 0
    span = np.zeros(m, dtype=np.int64)
    if len(item_id) == 0:
        return item_id.copy(), span
    kind = id_kind[item_id]
    phone_item = accepted & (kind == _PHONE)
    phones_per_ad = np.bincount(item_ad[phone_item], minlength=n)
    alone = phone_item & (phones_per_ad[item_ad] == 1)
    anchor_id = np.zeros(m, dtype=bool)
    anchor_id[item_id[alone]] = True
    anchor = accepted & anchor_id[item_id]
    bs, bd = group_edges(item_id[anchor], item_ad[anchor])
    anchored = np.zeros(n, dtype=bool)
    anchored[item_ad[anchor]] = True

    bridge = accepted & ~anchor
    is_img = kind == _IMAGE
    cs, cd = group_edges(item_id[bridge & ~is_img], item_ad[bridge & ~is_img])
    ps, pd_ = group_edges(item_id[bridge & is_img], item_ad[bridge & is_img])
    # evidence of another kind than the bridge's own: contacts are judged by photos and text,
    # photos by contact details and text
    not_contact = components(n, _cat(bs, ps, text_a), _cat(bd, pd_, text_b))
    not_image = components(n, _cat(bs, cs, text_a), _cat(bd, cd, text_b))
    corr = np.where(is_img, not_image[item_ad], not_contact[item_ad])

    code = item_id.copy()
    sel = np.flatnonzero(bridge & anchored[item_ad])
    if len(sel) == 0:
        return code, span
    pairs = np.unique(np.stack([item_id[sel], corr[sel]], axis=1), axis=0)
    span = np.bincount(pairs[:, 0], minlength=m).astype(np.int64)
    split = span > 1
    if not split.any():
        return code, span
    # split identifiers: anchored items keyed by their corroborated group, the others apart;
    # items of one identifier on ads giving the same first name stay together (photo + name)
    todo = np.flatnonzero(bridge & split[item_id])
    label = np.where(anchored[item_ad[todo]], corr[todo], -1)
    _, key_inv = np.unique(np.stack([item_id[todo], label], axis=1), axis=0, return_inverse=True)
    key_inv = key_inv.ravel().astype(np.int64)
    t = len(todo)
    src = [np.arange(t, dtype=np.int64)]
    dst = [t + key_inv]
    named_ok = name_kinds[kind[todo]]
    if len(name_ad) and named_ok.any():
        # (item, name) memberships of the todo items' ads
        order = np.argsort(name_ad, kind="stable")
        starts = np.searchsorted(name_ad[order], item_ad[todo])
        stops = np.searchsorted(name_ad[order], item_ad[todo], side="right")
        counts = np.where(named_ok, stops - starts, 0)
        rep = np.repeat(np.arange(t, dtype=np.int64), counts)
        pos = np.repeat(starts - np.cumsum(np.r_[0, counts[:-1]]), counts) + np.arange(counts.sum())
        nm = name_code[order][pos]
        _, nm_inv = np.unique(
            np.stack([item_id[todo][rep], nm], axis=1), axis=0, return_inverse=True
        )
        src.append(rep)
        dst.append(t + int(key_inv.max()) + 1 + nm_inv.ravel().astype(np.int64))
    s, d = _cat(*src), _cat(*dst)
    lab = components(int(max(s.max(), d.max())) + 1, s, d)[:t]
    _, inv = np.unique(lab, return_inverse=True)
    code[todo] = m + inv.ravel().astype(np.int64)
    return code, span
