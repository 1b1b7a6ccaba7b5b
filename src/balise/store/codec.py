"""JSON round trips of the record types (orjson writes dataclasses; these read them back)."""

from __future__ import annotations

from dataclasses import fields
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


# --- fast constructors -----------------------------------------------------------------------
#
# Every extraction of every analysis is decoded here (the extraction pool hands them to the
# parent as JSON), ~20 spans, mentions and prices per ad. The generated ``__init__`` of a frozen
# dataclass sets each field through ``object.__setattr__``; setting the slots through their
# descriptors builds the same objects for ~40% fewer instructions. Only for classes whose
# ``__init__`` does nothing else (checked below, at import: a schema change fails loudly here).


def _slot_setters(cls: type, names: tuple[str, ...]) -> list[Any]:
    assert tuple(f.name for f in fields(cls)) == names, cls
    assert not hasattr(cls, "__post_init__"), cls
    return [cls.__dict__[name].__set__ for name in names]


_new = object.__new__
_s_field, _s_start, _s_end, _s_text = _slot_setters(Span, ("field", "start", "end", "text"))
_m_kind, _m_value, _m_span, _m_rule, _m_conf = _slot_setters(
    Mention, ("kind", "value", "span", "rule", "confidence")
)


def _new_span(field: str, start: int, end: int, text: str) -> Span:
    """``Span(field, start, end, text)``."""
    span = _new(Span)
    _s_field(span, field)
    _s_start(span, start)
    _s_end(span, end)
    _s_text(span, text)
    return span


def _new_mention(kind: str, value: str | int, span: Span, rule: str, confidence: float) -> Mention:
    """``Mention(kind, value, span, rule, confidence)``."""
    mention = _new(Mention)
    _m_kind(mention, kind)
    _m_value(mention, value)
    _m_span(mention, span)
    _m_rule(mention, rule)
    _m_conf(mention, confidence)
    return mention


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
                    _new_span((s := p["span"])["field"], s["start"], s["end"], s["text"]),
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
                _new_mention(
                    m["kind"],
                    m["value"],
                    _new_span((s := m["span"])["field"], s["start"], s["end"], s["text"]),
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
