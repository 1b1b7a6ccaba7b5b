"""The shared records an extraction returns (``Span``, ``Mention``, ``Price``,
``AdExtraction``), built by setting their slots directly.

``balise.schema``'s records are frozen slotted dataclasses: their generated ``__init__`` runs
interpreted, one ``object.__setattr__`` per field, about 2 k instructions per object, and an
ad makes about 90 of them (a tenth of an ad's extraction once the extractors are compiled).
Creating the object with ``object.__new__`` and calling each field's slot descriptor costs
about a third of that and gives an equal object (same fields, same values; the records have
no ``__post_init__`` and every field is an ``__init__`` argument). When a record's fields are
not the ones listed here (the schema changed), the record's own constructor is used instead,
so a schema change can make extraction slower, never wrong
(``tests/extract/test_records.py`` says which path runs).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from balise.schema import AdExtraction, Language, Mention, Price, Span

_SPAN_FIELDS = ("field", "start", "end", "text")
_MENTION_FIELDS = ("kind", "value", "span", "rule", "confidence")
_PRICE_FIELDS = ("amount", "currency", "minutes", "label", "span")
_EXTRACTION_FIELDS = (
    "source",
    "ad_id",
    "phones",
    "emails",
    "handles",
    "ages",
    "prices",
    "city",
    "places",
    "language",
    "names",
    "obfuscated_phone",
    "mentions",
)


def _direct(cls: type[Any], names: tuple[str, ...]) -> bool:
    """Whether ``cls`` is a slotted dataclass whose ``__init__`` only sets ``names``, in order."""
    fields = dataclasses.fields(cls)
    return (
        tuple(f.name for f in fields) == names
        and all(f.init for f in fields)
        and not hasattr(cls, "__post_init__")
        and tuple(getattr(cls, "__slots__", ())) == names
    )


DIRECT = (
    _direct(Span, _SPAN_FIELDS)
    and _direct(Mention, _MENTION_FIELDS)
    and _direct(Price, _PRICE_FIELDS)
    and _direct(AdExtraction, _EXTRACTION_FIELDS)
)
"""Whether the records are built by setting their slots (else by their constructors)."""

_NEW = object.__new__


def _setters(cls: type[Any], names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(getattr(cls, n).__set__ for n in names) if DIRECT else ()


_SPAN_SET = _setters(Span, _SPAN_FIELDS)
_MENTION_SET = _setters(Mention, _MENTION_FIELDS)
_PRICE_SET = _setters(Price, _PRICE_FIELDS)
_EXTRACTION_SET = _setters(AdExtraction, _EXTRACTION_FIELDS)


def span(field: str, start: int, end: int, text: str) -> Span:
    """``Span(field, start, end, text)``."""
    if not DIRECT:
        return Span(field, start, end, text)
    out: Span = _NEW(Span)
    set_field, set_start, set_end, set_text = _SPAN_SET
    set_field(out, field)
    set_start(out, start)
    set_end(out, end)
    set_text(out, text)
    return out


def mention(kind: str, value: str | int, at: Span, rule: str, confidence: float) -> Mention:
    """``Mention(kind, value, at, rule, confidence)``."""
    if not DIRECT:
        return Mention(kind, value, at, rule, confidence)
    out: Mention = _NEW(Mention)
    set_kind, set_value, set_span, set_rule, set_confidence = _MENTION_SET
    set_kind(out, kind)
    set_value(out, value)
    set_span(out, at)
    set_rule(out, rule)
    set_confidence(out, confidence)
    return out


def price(amount: int, currency: str, minutes: int | None, label: str, at: Span) -> Price:
    """``Price(amount, currency, minutes, label, at)``."""
    if not DIRECT:
        return Price(amount, currency, minutes, label, at)
    out: Price = _NEW(Price)
    set_amount, set_currency, set_minutes, set_label, set_span = _PRICE_SET
    set_amount(out, amount)
    set_currency(out, currency)
    set_minutes(out, minutes)
    set_label(out, label)
    set_span(out, at)
    return out


def extraction(
    source: str,
    ad_id: str,
    phones: tuple[str, ...],
    emails: tuple[str, ...],
    handles: tuple[str, ...],
    ages: tuple[int, ...],
    prices: tuple[Price, ...],
    city: str | None,
    places: tuple[str, ...],
    language: Language,
    names: tuple[str, ...],
    obfuscated_phone: bool,
    mentions: tuple[Mention, ...],
) -> AdExtraction:
    """``AdExtraction`` with every field given, in the order of its fields."""
    values = (
        source,
        ad_id,
        phones,
        emails,
        handles,
        ages,
        prices,
        city,
        places,
        language,
        names,
        obfuscated_phone,
        mentions,
    )
    if not DIRECT:
        return AdExtraction(*values)
    out: AdExtraction = _NEW(AdExtraction)
    for setter, value in zip(_EXTRACTION_SET, values, strict=True):
        setter(out, value)
    return out
