"""Hand-made clusters for indicator tests: synthetic text only."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from balise.indicators import ClusterView, run_indicators
from balise.schema import (
    AdExtraction,
    AdRecord,
    Cluster,
    Link,
    Mention,
    Person,
    Price,
    Span,
)

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@dataclass
class Ad:
    """One synthetic ad and what extraction would have found in it."""

    body: str
    day: float = 0.0
    title: str = ""
    phone: str | None = "+15145550100"
    person: str | None = "p1"
    name: str | None = None
    other_names: tuple[str, ...] = ()  # further persons the same ad names (a venue's roster)
    ages: tuple[int, ...] = ()
    city: str | None = "montreal"
    obfuscated: bool = False
    prices: tuple[tuple[int, int], ...] = ()  # (amount, minutes)
    content_hash: str = ""
    extra_phones: tuple[str, ...] = field(default_factory=tuple)
    shown_as: str | None = None  # how the ad writes its phone ("five one four ..."), else plainly


def build(ads: list[Ad], *, links: tuple[Link, ...] = (), with_persons: bool = True) -> ClusterView:
    records: list[AdRecord] = []
    extractions: list[AdExtraction] = []
    persons: dict[str, list[tuple[str, str]]] = {}
    names_of: dict[str, set[str]] = {}
    for i, ad in enumerate(sorted(ads, key=lambda a: a.day)):
        ad_id = f"a{i:03d}"
        body = ad.body
        mentions: list[Mention] = []
        phones = tuple(p for p in (ad.phone, *ad.extra_phones) if p)
        for p in phones:
            written = ad.shown_as or p
            start = len(body) + 6
            body += f" Text {written}"
            mentions.append(
                Mention("phone", p, Span("body", start, start + len(written), written), "t", 1.0)
            )
        for age in ad.ages:
            shown = f" {age} ans"
            start = len(body) + 1
            body += shown
            mentions.append(
                Mention("age", age, Span("body", start, start + len(str(age)), str(age)), "t", 1.0)
            )
        price_list = []
        for amount, minutes in ad.prices:
            text = f"{amount}$"
            start = len(body) + 1
            body += " " + text
            price_list.append(
                Price(amount, "CAD", minutes, "h", Span("body", start, start + len(text), text))
            )
        record = AdRecord(
            source="test",
            ad_id=ad_id,
            posted_at=T0 + timedelta(days=ad.day),
            title=ad.title,
            body=body,
            city=ad.city,
            contact_phone=None,
            content_hash=ad.content_hash,
        )
        records.append(record)
        extractions.append(
            AdExtraction(
                source="test",
                ad_id=ad_id,
                phones=phones,
                ages=ad.ages,
                prices=tuple(price_list),
                city=ad.city,
                places=(ad.city,) if ad.city else (),
                names=((ad.name,) if ad.name else ()) + ad.other_names,
                obfuscated_phone=ad.obfuscated,
                mentions=tuple(mentions),
            )
        )
        if ad.person:
            persons.setdefault(ad.person, []).append(record.key)
            if ad.name:
                names_of.setdefault(ad.person, set()).add(ad.name)
    cluster = Cluster(
        cluster_id="c1",
        ad_keys=tuple(sorted(r.key for r in records)),
        links=links,
        persons=tuple(
            Person(pid, tuple(sorted(names_of.get(pid, ()))), (), (), tuple(keys))
            for pid, keys in sorted(persons.items())
        )
        if with_persons
        else (),
    )
    return ClusterView(cluster, tuple(records), tuple(extractions), {})


def with_email(view: ClusterView, email: str = "info@maison.ca") -> ClusterView:
    """The same cluster with every ad signed by a business e-mail (an agency that shows itself)."""
    exs = tuple(dataclasses.replace(ex, emails=(email,)) for ex in view.extractions)
    return ClusterView(view.cluster, view.ads, exs, {})


def fired(view: ClusterView) -> dict[str, float]:
    """The indicators that find something in ``view``, with their strengths."""
    return {hit.indicator_id: hit.strength for hit in run_indicators(view)}


def fired_ids(view: ClusterView) -> set[str]:
    """The ids of the indicators that find something in ``view``."""
    return set(fired(view))
