"""JSON round trips of the record types (orjson writes dataclasses; these read them back)."""

from __future__ import annotations

from typing import Any

import orjson

from balise.schema import (
    AdExtraction,
    Cluster,
    Contribution,
    CutLink,
    Evidence,
    IndicatorHit,
    Lead,
    Link,
    Mention,
    Person,
    Price,
    Span,
)


def dumps(value: object) -> bytes:
    return orjson.dumps(value)


def _span(d: dict[str, Any]) -> Span:
    return Span(d["field"], d["start"], d["end"], d["text"])


def extraction_from_dict(d: dict[str, Any]) -> AdExtraction:
    return AdExtraction(
        source=d["source"],
        ad_id=d["ad_id"],
        phones=tuple(d["phones"]),
        emails=tuple(d["emails"]),
        handles=tuple(d["handles"]),
        ages=tuple(d["ages"]),
        prices=tuple(
            Price(p["amount"], p["currency"], p["minutes"], p["label"], _span(p["span"]))
            for p in d["prices"]
        ),
        city=d["city"],
        places=tuple(d["places"]),
        language=d["language"],
        names=tuple(d["names"]),
        obfuscated_phone=d["obfuscated_phone"],
        mentions=tuple(
            Mention(m["kind"], m["value"], _span(m["span"]), m["rule"], m["confidence"])
            for m in d["mentions"]
        ),
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
