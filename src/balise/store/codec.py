"""JSON round trips of the record types (orjson writes dataclasses; these read them back)."""

from __future__ import annotations

from typing import Any

import orjson

from balise.extract.records import mention as _mention
from balise.extract.records import span as _span
from balise.schema import (
    AdExtraction,
    Cluster,
    Contribution,
    CutLink,
    Evidence,
    IndicatorHit,
    Lead,
    Link,
    Person,
    Price,
)


def dumps(value: object) -> bytes:
    return orjson.dumps(value)


# --- fast constructors -----------------------------------------------------------------------
#
# Every extraction of every analysis is decoded here (the extraction pool hands them to the
# parent as JSON), ~20 spans, mentions and prices per ad. They are built as the extractors
# build them, by setting their slots (``balise.extract.records``: a third of a frozen
# dataclass's ``__init__``, compiled with the extraction, and its own constructor again if the
# schema ever changes).


def extraction_from_dict(d: dict[str, Any]) -> AdExtraction:
    # Every ad of every analysis goes through here (the pool hands extractions to the parent
    # as this JSON): positional arguments, the fast constructors above, list comprehensions.
    prices = d["prices"]
    mentions = d["mentions"]
    return AdExtraction(
        d["source"],
        d["ad_id"],
        tuple(d["phones"]),
        tuple(d["emails"]),
        tuple(d["handles"]),
        tuple(d["ages"]),
        tuple(
            [
                Price(
                    p["amount"],
                    p["currency"],
                    p["minutes"],
                    p["label"],
                    _span((s := p["span"])["field"], s["start"], s["end"], s["text"]),
                )
                for p in prices
            ]
        )
        if prices
        else (),
        d["city"],
        tuple(d["places"]),
        d["language"],
        tuple(d["names"]),
        d["obfuscated_phone"],
        tuple(
            [
                _mention(
                    m["kind"],
                    m["value"],
                    _span((s := m["span"])["field"], s["start"], s["end"], s["text"]),
                    m["rule"],
                    m["confidence"],
                )
                for m in mentions
            ]
        )
        if mentions
        else (),
    )


def extraction_loads(data: bytes | str) -> AdExtraction:
    return extraction_from_dict(orjson.loads(data))


def _evidence(d: dict[str, Any]) -> Evidence:
    return Evidence(
        d["source"], d["ad_id"], d["text"], d.get("field"), d.get("start"), d.get("end")
    )


def cluster_from_dict(d: dict[str, Any]) -> Cluster:
    return Cluster(
        cluster_id=d["cluster_id"],
        ad_keys=tuple((k[0], k[1]) for k in d["ad_keys"]),
        links=tuple(Link(x["kind"], x["value"], x["ads"]) for x in d["links"]),
        cut_links=tuple(
            CutLink(x["kind"], x["value"], x["ads"], x["reason"]) for x in d["cut_links"]
        ),
        persons=tuple(
            Person(
                p["person_id"],
                tuple(p["names"]),
                tuple(p["ages"]),
                tuple(p["photos"]),
                tuple((k[0], k[1]) for k in p["ad_keys"]),
            )
            for p in d["persons"]
        ),
    )


def hit_from_dict(d: dict[str, Any]) -> IndicatorHit:
    return IndicatorHit(
        d["indicator_id"],
        d["category"],
        d["strength"],
        tuple(_evidence(e) for e in d["evidence"]),
        d.get("detail", ""),
    )


def lead_from_dict(d: dict[str, Any]) -> Lead:
    return Lead(
        cluster_id=d["cluster_id"],
        score=d["score"],
        flag=d["flag"],
        categories=tuple(d["categories"]),
        contributions=tuple(
            Contribution(
                c["indicator_id"],
                c["category"],
                c["weight"],
                c["value"],
                tuple(_evidence(e) for e in c["evidence"]),
                c.get("detail", ""),
            )
            for c in d["contributions"]
        ),
        cities=tuple(d["cities"]),
    )
