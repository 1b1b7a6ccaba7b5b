"""The linker: identifiers, photos and text into guarded connected components, then clusters.

Steps (each an array operation over all ads):
1. photo groups: near-duplicate perceptual hashes (multi-index search), one identifier each;
2. identifiers: phones, emails, handles and photo groups, de-duplicated per ad;
3. text pairs: MinHash LSH candidates, verified on the signatures;
4. guards: stock phrases (text shared by many unrelated groups), hub identifiers (an identifier
   joining many unrelated groups), weak text links between groups with distinct phones;
5. connected components of what survives, and per cluster the links that made it, the links
   that were cut and the persons it appears to hold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd
import xxhash

from balise.link.bridges import corroborated_bridges
from balise.link.components import components, group_edges, unique_ints, unique_pairs
from balise.link.config import LinkConfig
from balise.link.features import AdFeatures
from balise.link.guards import accept_text_between, groups_spanned
from balise.link.identifiers import KINDS
from balise.link.lsh import band_keys, candidate_pairs
from balise.link.minhash import similarity
from balise.link.persons import AdTraits, infer_persons
from balise.link.photos import near_pairs
from balise.schema import AdKey, Cluster, CutLink, Link

I64 = npt.NDArray[np.int64]
_IMAGE = 3
MAX_TEMPLATE_PEERS = 6  # other phone groups sharing a cluster's template that are recorded


@dataclass(frozen=True, slots=True)
class LinkResult:
    """Clusters plus the raw neighbourhood of each ad (used by the incremental linker)."""

    clusters: list[Cluster]
    raw: I64  # per ad row: label of its component in the graph of all candidate links
    # identifiers decided elsewhere (``decided``): how many of the groups the hub guard counts
    # (light contact details and strong text, own contact details only) their ads here span
    spans: dict[str, int] = field(default_factory=dict)


def key_digest(key: AdKey) -> str:
    return xxhash.xxh64_hexdigest(f"{key[0]}\x1f{key[1]}".encode())


def _cat(*arrays: I64) -> I64:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)


def link_features(f: AdFeatures, config: LinkConfig) -> LinkResult:
    """Cluster the ads described by ``f`` (see the module docstring for the steps)."""
    ca, cb = text_candidates(f, config)
    return _link(f, ca, cb, config)


def text_candidates(f: AdFeatures, config: LinkConfig) -> tuple[I64, I64]:
    """Candidate text pairs: rows ``a <= b`` of eligible ads sharing an LSH band (a bucket of
    more than ``lsh_all_pairs_max`` ads gives a star around its first ad), unique, sorted."""
    eligible = f.n_shingles >= config.text_min_shingles
    return candidate_pairs(band_keys(f.sig, config.lsh_bands), eligible, config.lsh_all_pairs_max)


def link_with_pairs(
    f: AdFeatures,
    a: I64,
    b: I64,
    config: LinkConfig,
    decided: Mapping[str, tuple[int, int]] | None = None,
) -> list[Cluster]:
    """The clusters of ``f`` from given candidate text pairs (rows of ``f``, any order).

    Everything after the candidate search is decided from the pairs whose signatures agree on
    ``text_min_similarity`` (the *verified* pairs), the identifiers and the photos. So when
    ``f`` holds whole components of the graph of shared identifiers, near photos and verified
    pairs of a larger corpus, and ``(a, b)`` are that corpus's verified pairs among them, the
    result is that corpus's ``link_features`` clusters of these ads: the Spark engine links each
    such group apart. The incremental linker's ``raw`` neighbourhoods are not computed.

    ``decided`` holds the hub identifiers (``kind:value``) the caller has already found to be
    hubs in the larger corpus, with their number of ads there and the number of groups the hub
    guard counted (see ``local_hub_spans``): their ads need not all be in ``f``, since the guard
    cuts them whatever ``f`` holds. Every other identifier's ads must all be in ``f``.
    """
    lo, hi, _ = unique_pairs(np.minimum(a, b), np.maximum(a, b))
    return _link(f, lo, hi, config, decided).clusters


def local_hub_spans(
    f: AdFeatures, a: I64, b: I64, config: LinkConfig, counts: Mapping[str, int]
) -> dict[str, int]:
    """For identifiers of a larger corpus (``kind:value`` -> its number of ads there), the
    number of the hub guard's groups their ads span in ``f`` (whole components of that corpus,
    as for ``link_with_pairs``). The guard's groups never cross the components, so summing
    over the components gives the corpus's figure; identifiers absent from ``f`` are absent.
    """
    lo, hi, _ = unique_pairs(np.minimum(a, b), np.maximum(a, b))
    decided = {token: (count, 0) for token, count in counts.items()}
    return _link(f, lo, hi, config, decided, spans_only=True).spans


def _link(
    f: AdFeatures,
    ca: I64,
    cb: I64,
    config: LinkConfig,
    decided: Mapping[str, tuple[int, int]] | None = None,
    *,
    spans_only: bool = False,
) -> LinkResult:
    """Steps 1–5 (module docstring) with the candidate text pairs ``(ca, cb)`` given.

    ``decided``: identifiers found to be hubs elsewhere (``link_with_pairs``), with their
    corpus-wide ad count and span; ``spans_only`` stops after the hub guard and returns their
    spans within ``f`` (``local_hub_spans``).
    """
    n = len(f)
    if n == 0:
        return LinkResult([], np.zeros(0, dtype=np.int64))

    # 1. photo groups
    uniq_hash, photo_inv = np.unique(f.photo_hash, return_inverse=True)
    ps, pd_ = near_pairs(uniq_hash, config.photo_max_distance, config.photo_bands)
    photo_group = components(len(uniq_hash), ps, pd_)
    photo_item_group = photo_group[photo_inv.ravel()] if len(uniq_hash) else photo_group
    group_hex = [f"{int(h):016x}" for h in uniq_hash]
    photo_values = [f"image:{group_hex[g]}" for g in photo_item_group]

    # 2. identifiers (one code per distinct kind:value)
    tokens = [f"{KINDS[k]}:{v}" for k, v in zip(f.ident_kind.tolist(), f.ident_value, strict=True)]
    all_tokens = np.array(tokens + photo_values, dtype=object)
    item_ad_raw = _cat(f.ident_ad, f.photo_ad)
    codes, uniques = pd.factorize(all_tokens) if len(all_tokens) else (np.zeros(0, np.int64), [])
    m = len(uniques)
    pair = unique_ints(item_ad_raw * np.int64(max(m, 1)) + codes.astype(np.int64))
    item_ad = pair // max(m, 1)
    item_id = pair % max(m, 1)
    id_value = [str(u) for u in uniques]
    id_kind = np.array([KINDS.index(v.split(":", 1)[0]) for v in id_value], dtype=np.int8)
    id_count = np.bincount(item_id, minlength=m)
    # hubs decided on a larger corpus: their count there decides that they are checked
    known: Mapping[str, tuple[int, int]] = decided or {}
    decided_rows = {r: v for r, v in enumerate(id_value) if v in known} if known else {}
    for ident, value in decided_rows.items():
        id_count[ident] = known[value][0]

    # 3. text pairs (the candidates verified on the signatures)
    csim = similarity(f.sig, ca, cb)
    ok = csim >= config.text_min_similarity
    ta, tb, ts = ca[ok], cb[ok], csim[ok]

    es, ed = group_edges(item_id, item_ad)
    raw = components(n, _cat(es, ca), _cat(ed, cb))

    # 4a. trusted identifiers: those on few ads
    heavy = id_count >= config.hub_check_min_ads
    light = ~heavy[item_id]
    ls, ld = group_edges(item_id[light], item_ad[light])
    c0 = components(n, ls, ld)
    own_contact = np.zeros(n, dtype=bool)
    own_contact[item_ad[light & (id_kind[item_id] != _IMAGE)]] = True

    # 4b. stock phrases: near-identical text across many groups with their own contacts
    text_group = components(n, ta, tb)
    t_ads = unique_ints(_cat(ta, tb))
    t_span = groups_spanned(text_group[t_ads], t_ads, c0, own_contact)
    text_hub = t_span > config.text_hub_max_groups
    keep_t = ~text_hub[text_group[ta]] if len(ta) else np.zeros(0, dtype=bool)

    # 4c. hub identifiers: on many ads of groups that look unrelated (own contacts, own text)
    # (the Spark engine cuts some hubs before grouping on the ground that ``c0p`` is never
    # coarser than the components of light identifiers, photo keys and strong verified pairs:
    # ``engine/spark.py: _certain_hubs``; keep that true or change both)
    strong = keep_t & (ts >= config.text_strong_similarity)
    c0p = components(n, _cat(ls, ta[strong]), _cat(ld, tb[strong]))
    id_span = groups_spanned(item_id, item_ad, c0p, own_contact)
    if len(id_span) < m:
        id_span = np.r_[id_span, np.zeros(m - len(id_span), dtype=np.int64)]
    if spans_only:
        return LinkResult([], raw, {v: int(id_span[r]) for r, v in decided_rows.items()})
    for ident, value in decided_rows.items():
        id_span[ident] = known[value][1]
    is_image = id_kind == _IMAGE
    hub = heavy & ~is_image & (id_span > config.hub_max_groups)
    # photos are judged against the groups the trusted contact details (even busy ones) make:
    # a stock photo spans many operators that each carry their own phone
    contact_ok = ~hub[item_id] & ~is_image[item_id]
    cs, cd = group_edges(item_id[contact_ok], item_ad[contact_ok])
    c0pp = components(n, _cat(cs, ta[strong]), _cat(cd, tb[strong]))
    any_contact = np.zeros(n, dtype=bool)
    any_contact[item_ad[contact_ok]] = True
    img_span = groups_spanned(item_id, item_ad, c0pp, any_contact)
    if len(img_span) < m:
        img_span = np.r_[img_span, np.zeros(m - len(img_span), dtype=np.int64)]
    id_span = np.where(is_image, img_span, id_span)
    hub = hub | (heavy & is_image & (img_span > config.hub_max_groups))
    accepted = ~hub[item_id]

    # 4d. bridges between anchored groups need a second, independent kind of evidence
    first_names = f.names
    name_ad = np.repeat(np.arange(n, dtype=np.int64), [len(x) for x in first_names])
    flat_names = [x for names in first_names for x in names]
    name_code = (
        pd.factorize(np.array(flat_names, dtype=object))[0].astype(np.int64)
        if flat_names
        else np.zeros(0, dtype=np.int64)
    )
    split_code, split_span = corroborated_bridges(
        n,
        item_id,
        item_ad,
        id_kind,
        accepted,
        ta[keep_t],
        tb[keep_t],
        name_ad,
        name_code,
        np.array([False, False, False, True]),
    )
    as_, ad_ = group_edges(split_code[accepted], item_ad[accepted])
    c1 = components(n, as_, ad_)

    # 4e. text links between identifier components
    has_phone = np.zeros(n, dtype=bool)
    has_phone[c1[item_ad[accepted & (id_kind[item_id] == 0)]]] = True
    size = np.bincount(c1, minlength=n).astype(np.int64)
    kt = np.flatnonzero(keep_t)
    between = kt[c1[ta[kt]] != c1[tb[kt]]]
    weak = ts[between] < config.text_strong_similarity
    shares_name = np.zeros(len(between), dtype=bool)
    named_pairs = weak | (config.text_name_similarity <= 1.0)
    for i in np.flatnonzero(named_pairs):
        a, b = int(ta[between[i]]), int(tb[between[i]])
        shares_name[i] = bool(set(first_names[a]) & set(first_names[b]))
    # the same price table on both ads of a pair: a second kind of evidence for the template
    # (features from a state saved without rate cards have none: no such evidence then)
    shares_rates = np.zeros(len(between), dtype=bool)
    if f.rates and len(between):
        ra = np.array([f.rates[i] for i in ta[between].tolist()], dtype=object)
        rb = np.array([f.rates[i] for i in tb[between].tolist()], dtype=object)
        shares_rates = (ra == rb) & (ra != "")
    acc, refused = accept_text_between(
        c1[ta[between]],
        c1[tb[between]],
        ts[between],
        has_phone,
        size,
        shares_name,
        config.text_strong_similarity,
        config.text_conflict_similarity,
        config.text_conflict_min_pairs,
        shares_rates,
        config.text_rates_similarity,
        config.text_name_similarity,
    )
    acc_pairs = between[acc]
    labels = components(n, _cat(as_, ta[acc_pairs]), _cat(ad_, tb[acc_pairs]))

    # 5. clusters
    internal = kt[c1[ta[kt]] == c1[tb[kt]]]
    used_t = np.union1d(internal, acc_pairs)
    tpl = components(n, ta[used_t], tb[used_t])
    cluster_id = {int(r): f"c{key_digest(f.keys[r])}" for r in unique_ints(labels).tolist()}

    links: dict[int, list[Link]] = defaultdict(list)
    ia, ii = item_ad[accepted], item_id[accepted]
    if len(ia):
        lab_id, counts = np.unique(labels[ia] * np.int64(m) + ii, return_counts=True)
        for code, cnt in zip(lab_id.tolist(), counts.tolist(), strict=True):
            if cnt >= 2:
                value = id_value[code % m]
                kind, val = value.split(":", 1)
                links[code // m].append(Link(kind=kind, value=val, ads=cnt))
    t_nodes = unique_ints(_cat(ta[used_t], tb[used_t]))
    if len(t_nodes):
        lab_t, counts = np.unique(
            np.stack([labels[t_nodes], tpl[t_nodes]], axis=1), axis=0, return_counts=True
        )
        for (lab, grp), cnt in zip(lab_t.tolist(), counts.tolist(), strict=True):
            links[lab].append(Link(kind="text", value=f"tpl:{key_digest(f.keys[grp])}", ads=cnt))

    cuts: dict[int, list[CutLink]] = defaultdict(list)
    hub_items = np.flatnonzero(~accepted)
    if len(hub_items):
        lab_id, counts = np.unique(
            labels[item_ad[hub_items]] * np.int64(m) + item_id[hub_items], return_counts=True
        )
        for code, cnt in zip(lab_id.tolist(), counts.tolist(), strict=True):
            ident = code % m
            kind, val = id_value[ident].split(":", 1)
            reason = (
                f"shared by {int(id_count[ident])} ads of {int(id_span[ident])} unrelated "
                f"groups (hub_max_groups={config.hub_max_groups})"
            )
            cuts[code // m].append(CutLink(kind=kind, value=val, ads=cnt, reason=reason))
    cut_t = np.flatnonzero(~keep_t)
    if len(cut_t):
        nodes = unique_ints(_cat(ta[cut_t], tb[cut_t]))
        lab_t, counts = np.unique(
            np.stack([labels[nodes], text_group[nodes]], axis=1), axis=0, return_counts=True
        )
        for (lab, grp), cnt in zip(lab_t.tolist(), counts.tolist(), strict=True):
            reason = (
                f"near-identical text in {int(t_span[grp])} unrelated groups: a stock "
                f"phrase (text_hub_max_groups={config.text_hub_max_groups})"
            )
            cuts[lab].append(
                CutLink(kind="text", value=f"tpl:{key_digest(f.keys[grp])}", ads=cnt, reason=reason)
            )
    if len(split_span):
        split_items = np.flatnonzero(accepted & (split_span[item_id] > 1))
        if len(split_items):
            lab_id, counts = np.unique(
                labels[item_ad[split_items]] * np.int64(m) + item_id[split_items],
                return_counts=True,
            )
            for code, cnt in zip(lab_id.tolist(), counts.tolist(), strict=True):
                ident = code % m
                kind, val = id_value[ident].split(":", 1)
                reason = (
                    f"shared by {int(split_span[ident])} groups with their own phones and no "
                    "second kind of evidence (photo, text, name) between them: a collision"
                )
                cuts[code // m].append(CutLink(kind=kind, value=val, ads=cnt, reason=reason))
    seen: set[tuple[int, int]] = set()
    for i in np.flatnonzero(refused):
        a, b = int(ta[between[i]]), int(tb[between[i]])
        la, lb = int(labels[a]), int(labels[b])
        if la == lb or (la, lb) in seen:
            continue
        seen.add((la, lb))
        reason = (
            f"text similarity {ts[between[i]]:.2f} between groups with distinct phones "
            f"(needs {config.text_conflict_similarity} on "
            f"{config.text_conflict_min_pairs} pairs)"
        )
        for here, other in ((la, b), (lb, a)):
            cuts[here].append(
                CutLink(
                    kind="text",
                    value=f"ad:{f.keys[other][0]}/{f.keys[other][1]}",
                    ads=1,
                    reason=reason,
                )
            )

    # the same template on the ads of other groups that carry their own phones, which the
    # guards did not merge (one kind of evidence only): kept so the indicators can see one
    # hand writing for several phones (a "fake first person") without the bridge
    phone_final = np.zeros(n, dtype=bool)
    phone_final[labels[item_ad[accepted & (id_kind[item_id] == 0)]]] = True
    apart = kt[labels[ta[kt]] != labels[tb[kt]]]
    apart = apart[phone_final[labels[ta[apart]]] & phone_final[labels[tb[apart]]]]
    if len(apart):
        best: dict[tuple[int, int], tuple[float, int]] = {}
        for i in apart[np.argsort(-ts[apart], kind="stable")].tolist():
            a, b = int(ta[i]), int(tb[i])
            for here, other in ((a, b), (b, a)):
                best.setdefault((int(labels[here]), int(labels[other])), (float(ts[i]), other))
        per: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for (here_lab, _), (sim, other) in best.items():
            per[here_lab].append((sim, other))
        for here_lab, others in per.items():
            others.sort(key=lambda x: (-x[0], f.keys[x[1]]))
            for sim, other in others[:MAX_TEMPLATE_PEERS]:
                cuts[here_lab].append(
                    CutLink(
                        kind="template",
                        value=f"ad:{f.keys[other][0]}/{f.keys[other][1]}",
                        ads=1,
                        reason=f"same template (similarity {sim:.2f}) as a group with its own "
                        f"phone ({len(others)} such groups); not merged on text alone",
                    )
                )

    photos_of: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for row, g, h in zip(
        f.photo_ad.tolist(), photo_item_group.tolist(), f.photo_hash.tolist(), strict=True
    ):
        photos_of[row].append((group_hex[g], f"{h:016x}"))

    # labels are the smallest row of each component and rows are sorted by key, so walking the
    # labels in order yields clusters sorted by their smallest ad key
    clusters: list[Cluster] = []
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.r_[True, labels[order][1:] != labels[order][:-1], True])
    keys, names, ages = f.keys, first_names, f.ages
    no_photos: list[tuple[str, str]] = []
    for s, e in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        rows = order[s:e].tolist()
        lab = rows[0]
        cid = cluster_id[lab]
        traits = []
        for r in rows:
            ph = photos_of.get(r, no_photos)
            traits.append(
                AdTraits(
                    key=keys[r],
                    names=names[r],
                    ages=ages[r],
                    photo_groups=tuple(sorted({g for g, _ in ph})) if ph else (),
                    photos=tuple(sorted({h for _, h in ph})) if ph else (),
                )
            )
        lk = links.get(lab)
        ct = cuts.get(lab)
        clusters.append(
            Cluster(
                cluster_id=cid,
                ad_keys=tuple(keys[r] for r in rows),
                links=tuple(sorted(lk, key=lambda x: (-x.ads, x.kind, x.value))) if lk else (),
                cut_links=tuple(sorted(ct, key=lambda x: (x.kind, x.value))) if ct else (),
                persons=infer_persons(cid, traits),
            )
        )
    return LinkResult(clusters, raw)
