from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest

from balise.link import LinkConfig, link_ads
from balise.link.features import build_features
from balise.link.lsh import threshold
from balise.link.minhash import similarity
from balise.schema import Cluster, Price, Span

from .market import ad, flip, own_text, reword


def cluster_of(clusters: list[Cluster]) -> dict[str, str]:
    return {k[1]: c.cluster_id for c in clusters for k in c.ad_keys}


def test_independent_workers_stay_apart_and_each_ad_is_in_one_cluster() -> None:
    rng = random.Random(1)
    rows = []
    for w in range(20):
        text = own_text(rng)
        phone = f"+1514555{w:04d}"
        for _ in range(3):
            rows.append(ad(len(rows), reword(rng, text, 0.9) + f" call {phone}", phone=phone))
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert sorted(k for c in clusters for k in c.ad_keys) == sorted(r[0].key for r in rows)
    assert len(clusters) == 20
    assert all(any(link.kind == "phone" for link in c.links) for c in clusters)


def test_same_input_in_any_order_gives_the_same_clusters() -> None:
    rng = random.Random(2)
    rows = [
        ad(i, own_text(rng) + f" tel +1438555{i % 7:04d}", phone=f"+1438555{i % 7:04d}")
        for i in range(40)
    ]
    first = link_ads([r[0] for r in rows], [r[1] for r in rows])
    rng.shuffle(rows)
    assert link_ads([r[0] for r in rows], [r[1] for r in rows]) == first


def test_one_template_filled_in_for_different_people_links() -> None:
    tpl = (
        "New girl in town, my name is {n} and I am {a}. Sweet, discreet and fun, incall only "
        "near the metro, book your time with me tonight at {p} no private numbers"
    )
    people = [
        ("Lily", 21, "+15145550101"),
        ("Emma", 24, "+15145550102"),
        ("Zoe", 22, "+15145550103"),
        ("Mia", 20, "+15145550104"),
    ]
    rows = [
        ad(i, tpl.format(n=n, a=a, p=p), phone=p, name=n, age=a)
        for i, (n, a, p) in enumerate(people)
    ]
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == 1
    assert [link.kind for link in clusters[0].links] == ["text"]
    assert len(clusters[0].persons) == 4


def test_a_sites_own_number_printed_in_many_ads_is_cut() -> None:
    rng = random.Random(3)
    rows = []
    for w in range(12):
        phone = f"+1450555{w:04d}"
        rows.append(ad(len(rows), own_text(rng) + f" {phone} site +18005550000", phone=phone))
        rows[-1] = (
            rows[-1][0],
            rows[-1][1].__class__("test", rows[-1][0].ad_id, phones=(phone, "+18005550000")),
        )
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == 12
    cuts = [cut for c in clusters for cut in c.cut_links]
    assert {cut.value for cut in cuts} == {"+18005550000"}
    assert "unrelated groups" in cuts[0].reason


def test_weak_text_similarity_between_operators_with_own_phones_does_not_merge() -> None:
    rng = random.Random(4)
    base = own_text(rng, 40)
    rows = [ad(0, base, phone="+15145550201"), ad(1, reword(rng, base, 0.8), phone="+15145550202")]
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == 2


def test_stock_phrase_shared_by_many_independent_workers_is_cut() -> None:
    stock = (
        "Hello gentlemen, I am a sweet and discreet companion for your evenings, "
        "respectful clients only, no rush, your satisfaction is my pleasure"
    )
    rows = [
        ad(i, stock + f" {p}", phone=p) for i, p in enumerate(f"+1514777{i:04d}" for i in range(15))
    ]
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == 15
    assert all(c.cut_links and c.cut_links[0].kind == "text" for c in clusters)


def test_rotated_phones_with_the_same_photos_still_link() -> None:
    rng = random.Random(5)
    photo = "c3a5f0e1d2b49687"
    rows = []
    for week in range(5):
        phone = f"+1819555{week:04d}"
        rows.append(ad(week, own_text(rng) + f" {phone}", phone=phone, name="Jade"))
    hashes = {r[0].key: (flip(photo, [week, 40 + week]),) for week, r in enumerate(rows)}
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows], hashes)
    assert len(clusters) == 1
    assert clusters[0].links[0].kind == "image"
    assert len(clusters[0].persons) == 1


def test_one_phone_for_three_names_holds_three_persons() -> None:
    rng = random.Random(6)
    rows = [
        ad(i, own_text(rng) + f" {n} +15145559999", phone="+15145559999", name=n)
        for i, n in enumerate(["Ana", "Bea", "Cloe", "Ana"])
    ]
    (cluster,) = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert sorted(p.names for p in cluster.persons) == [("ana",), ("bea",), ("cloe",)]


@pytest.mark.parametrize(
    ("bands", "rows", "low", "high"), [(16, 4, 0.45, 0.55), (32, 2, 0.15, 0.2)]
)
def test_lsh_threshold(bands: int, rows: int, low: float, high: float) -> None:
    assert low < threshold(bands, rows) < high


@pytest.mark.parametrize(
    "kwargs",
    [
        {"num_perm": 48},
        {"lsh_bands": 5},
        {"photo_bands": 2},
        {"text_min_similarity": 0.9, "text_strong_similarity": 0.8},
    ],
)
def test_bad_config_is_refused(kwargs: dict[str, int | float]) -> None:
    with pytest.raises(ValueError):
        LinkConfig(**kwargs)  # type: ignore[arg-type]


def _with_email(row: tuple, email: str) -> tuple:
    record, ex = row
    return record, ex.__class__(
        ex.source, ex.ad_id, phones=ex.phones, emails=(email,), names=ex.names, mentions=ex.mentions
    )


@pytest.mark.parametrize(("same_template", "expected_clusters"), [(False, 2), (True, 1)])
def test_an_email_shared_by_groups_with_their_own_phones_needs_a_second_kind_of_evidence(
    same_template: bool, expected_clusters: int
) -> None:
    # two agencies of the same name print info@<name>.ca next to their own phones: a collision
    # unless the text (or photos) also tie the groups, as for one operator with two phones
    rng = random.Random(8)
    texts = [own_text(rng, 40), own_text(rng, 40)]
    if same_template:
        texts[1] = texts[0]
    rows = []
    for op, phone in enumerate(("+15145550301", "+14385550302")):
        for _ in range(4):
            body = reword(rng, texts[op], 0.95) + f" {phone}"
            rows.append(_with_email(ad(len(rows), body, phone=phone), "info@velours.ca"))
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == expected_clusters
    assert all(any(link.kind == "email" for link in c.links) for c in clusters)
    cut = [x for c in clusters for x in c.cut_links if x.kind == "email"]
    assert len(cut) == (0 if same_template else 2)


def _priced(row: tuple, table: tuple[tuple[int, int], ...]) -> tuple:
    record, ex = row
    span = Span("body", 0, 1, record.body[:1])
    prices = tuple(Price(a, "CAD", m, "h", span) for a, m in table)
    return record, dataclasses.replace(ex, prices=prices)


def _template_as_written(tpl: str, group: int) -> str:
    """The template as group ``group`` writes it: the second group's writer changed every
    tenth word."""
    words = tpl.split()
    return " ".join(w if group == 0 or i % 10 != 3 else f"mot{i}" for i, w in enumerate(words))


def _first_ads_similarity(rows: list) -> float:
    """The linker's text similarity of the first ad of each group (rows 0 and 2)."""
    sig = build_features([r[0] for r in rows], [r[1] for r in rows], None, LinkConfig()).sig
    return float(similarity(sig, np.array([0], dtype=np.int64), np.array([2], dtype=np.int64))[0])


def _two_phone_groups(table_a: tuple, table_b: tuple) -> tuple[list, float]:
    """Two groups with their own phones whose ads share a template at text similarity between
    the linker's evidence floor (0.5) and what merges phone groups on text alone (0.7)."""
    rng = random.Random(11)
    tpl = own_text(rng, 60)
    rows = []
    for g, (phone, table) in enumerate((("+15145550001", table_a), ("+14385550002", table_b))):
        for j in range(2):
            body = _template_as_written(tpl, g) + f" {phone}"
            rows.append(_priced(ad(2 * g + j, body, phone=phone, day=j), table))
    return rows, _first_ads_similarity(rows)


def test_same_template_and_same_price_table_bridge_phone_groups() -> None:
    rows, sim = _two_phone_groups(((140, 30), (250, 60)), ((140, 30), (250, 60)))
    assert 0.5 <= sim < 0.7  # the template alone would not merge them
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == 1


@pytest.mark.parametrize(
    "table_b",
    [((160, 30), (300, 60)), ((140, 30),), ()],
    ids=["other table", "one price is the going rate, not a table", "no prices"],
)
def test_template_without_the_same_price_table_keeps_phone_groups_apart(table_b: tuple) -> None:
    rows, sim = _two_phone_groups(((140, 30), (250, 60)), table_b)
    assert 0.5 <= sim < 0.7
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == 2
    # each keeps the other's template as evidence for the indicators, not as a link
    for cluster in clusters:
        peers = [c for c in cluster.cut_links if c.kind == "template"]
        assert len(peers) == 1 and "own phone" in peers[0].reason


def test_a_roster_ad_does_not_join_the_women_it_names_into_one_person() -> None:
    rng = random.Random(8)
    rows = [
        ad(0, own_text(rng) + " Elle s'appelle Ana +15145559999", phone="+15145559999"),
        ad(1, own_text(rng) + " Elle s'appelle Bea +15145559999", phone="+15145559999"),
        ad(2, "Disponibles aujourd'hui: Ana, Bea, Cloe. +15145559999", phone="+15145559999"),
    ]
    hashes = {rows[2][0].key: ("c3a5f0e1d2b49687",), rows[1][0].key: ("c3a5f0e1d2b49687",)}
    (cluster,) = link_ads([r[0] for r in rows], [r[1] for r in rows], hashes)
    assert sorted(p.names for p in cluster.persons) == [("ana",), ("bea",)]


def _two_named_phone_groups(name_a: str, name_b: str) -> tuple[list, float]:
    """Two groups with their own phones whose ads share a template at text similarity between
    the evidence floor (0.5) and what merges phone groups on text alone (0.7), each ad giving
    a woman's first name."""
    rng = random.Random(11)
    tpl = own_text(rng, 60)
    rows = []
    for g, (phone, name) in enumerate((("+15145550011", name_a), ("+14385550012", name_b))):
        for j in range(2):
            body = f"Elle s'appelle {name}. " + _template_as_written(tpl, g) + f" {phone}"
            rows.append(ad(2 * g + j, body, phone=phone, name=name, day=j))
    return rows, _first_ads_similarity(rows)


def test_same_template_about_the_same_woman_bridges_phone_groups() -> None:
    rows, sim = _two_named_phone_groups("Julia", "Julia")
    assert 0.5 <= sim < 0.7  # the template alone would not merge them
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == 1
    off = LinkConfig(text_name_similarity=2.0)
    assert len(link_ads([r[0] for r in rows], [r[1] for r in rows], config=off)) == 2


def test_same_template_about_different_women_keeps_phone_groups_apart() -> None:
    rows, sim = _two_named_phone_groups("Julia", "Nadia")
    assert 0.5 <= sim < 0.7
    clusters = link_ads([r[0] for r in rows], [r[1] for r in rows])
    assert len(clusters) == 2
