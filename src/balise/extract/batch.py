"""Extraction of one ad and of a batch: pure functions, no I/O, safe in any process."""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from typing import Final

from balise.extract.ages import FIELD_RULE, age_from_field, find_ages
from balise.extract.digit_starts import DigitStarts, digit_starts
from balise.extract.emails import find_emails
from balise.extract.handles import find_handles, handle_from_contact
from balise.extract.language import language_from_counts, marker_counts
from balise.extract.names import find_names
from balise.extract.normalise import (
    MappedText,
    clean,
    digitise_folded,
    fold,
    lowered,
    split_words,
)
from balise.extract.patterns import MAX_FIELD_CHARS
from balise.extract.phones import PhoneHit, find_phones, foreign_regions
from balise.extract.places import PlaceHit, find_places, place_id, strongest
from balise.extract.prices import find_prices
from balise.extract.records import extraction, mention, price, span
from balise.schema import AdExtraction, AdRecord, Mention, Price, Span

_TEXT_FIELDS = ("title", "body")
_DIGIT = re.compile(r"\d")  # the \d the phone, age and price patterns start from
_NO_STARTS = DigitStarts([], [], [], [])


class _Field:
    """One ad field in its normalised layers."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = (
        "name",
        "original",
        "cleaned",
        "folded",
        "parts",
        "digits",
        "digits_folded",
        "low",
        "has_digit",
        "starts",
    )

    def __init__(
        self,
        name: str,
        original: str,
        cleaned: MappedText,
        folded: str,
        parts: list[str],
        digits: MappedText,
        digits_folded: str,
        low: str,
        has_digit: bool,
        starts: DigitStarts,
    ) -> None:
        self.name: Final[str] = name
        self.original: Final[str] = original
        self.cleaned: Final[MappedText] = cleaned
        self.folded: Final[str] = folded  # fold(cleaned.text)
        self.parts: Final[list[str]] = parts  # split_words(folded): separators and [a-z0-9]+ words
        self.digits: Final[MappedText] = digits
        self.digits_folded: Final[str] = digits_folded  # fold(digits.text)
        self.low: Final[str] = low  # lowered(cleaned.text): case-insensitive patterns run on it
        # every phone, age and price rule needs a digit (most titles have none)
        self.has_digit: Final[bool] = has_digit
        self.starts: Final[DigitStarts] = starts  # the number-first age and price rules' matches


def _prepare(name: str, original: str) -> _Field:
    # Only a bounded prefix is read, so worst-case time per field is bounded; spans into
    # the prefix are spans into the whole field.
    original = original[:MAX_FIELD_CHARS]
    cleaned = clean(original)
    folded = fold(cleaned.text)
    parts = split_words(folded)  # the field's one word split: digitise's gates and places
    digits, digits_folded = digitise_folded(cleaned, folded, parts)
    low = lowered(cleaned.text)
    has_digit = _DIGIT.search(digits.text) is not None
    # One scan of the digit runs for the rules that start with the number (ages, prices).
    # (ages and prices are read from the title and body only)
    starts = digit_starts(digits_folded) if has_digit and name in _TEXT_FIELDS else _NO_STARTS
    return _Field(
        name, original, cleaned, folded, parts, digits, digits_folded, low, has_digit, starts
    )


def _span(field: _Field, mapped: MappedText, start: int, end: int) -> Span:
    s, e = mapped.original_span(start, end)
    return span(field.name, s, e, field.original[s:e])


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def extract_ad(ad: AdRecord) -> AdExtraction:
    """Everything Balise reads from one ad, each value with its evidence (see ``AdExtraction``)."""
    # field_text builds a dict per call: read each field once.
    texts = (ad.title, ad.body)
    fields = [_prepare(n, t) for n, t in zip(_TEXT_FIELDS, texts, strict=True) if t]
    mentions: list[Mention] = []
    found_regions: list[tuple[str, ...]] = []

    def regions() -> tuple[str, ...]:  # the country scan, once, and only if a number needs it
        if not found_regions:
            found_regions.append(foreign_regions(" ".join(f.folded for f in fields)))
        return found_regions[0]

    phones: list[str] = []
    plain_phones: set[str] = set()
    contact_phone = ad.contact_phone
    phone_sources = list(fields)
    if contact_phone:
        phone_sources.append(_prepare("contact.phone", contact_phone))
    for f in phone_sources:
        if not f.has_digit:
            continue
        hit: PhoneHit
        for hit in find_phones(f.digits, f.original, regions):
            phones.append(hit.e164)
            if not hit.obfuscated:
                plain_phones.add(hit.e164)
            mentions.append(
                mention(
                    "phone",
                    hit.e164,
                    span(f.name, hit.start, hit.end, f.original[hit.start : hit.end]),
                    hit.rule,
                    hit.confidence,
                )
            )
    phone_values = _unique(phones)
    obfuscated = any(p not in plain_phones for p in phone_values)

    emails: list[str] = []
    email_sources = list(fields)
    if ad.contact_email:
        email_sources.append(_prepare("contact.email", ad.contact_email))
    for f in email_sources:
        for e in find_emails(f.cleaned.text, f.low):
            emails.append(e.email)
            mentions.append(
                mention("email", e.email, _span(f, f.cleaned, e.start, e.end), e.rule, e.confidence)
            )

    handles: list[str] = []
    for f in fields:
        for h in find_handles(f.cleaned.text, f.low):
            handles.append(h.handle)
            mentions.append(
                mention(
                    "handle", h.handle, _span(f, f.cleaned, h.start, h.end), h.rule, h.confidence
                )
            )
    contact_handle = ad.contact_handle
    if contact_handle:
        f = _prepare("contact.handle", contact_handle)
        ch = handle_from_contact(f.cleaned.text)
        if ch is not None:
            handles.append(ch.handle)
            mentions.append(
                mention(
                    "handle",
                    ch.handle,
                    _span(f, f.cleaned, ch.start, ch.end),
                    ch.rule,
                    ch.confidence,
                )
            )

    ages: list[int] = []
    for f in fields:
        if not f.has_digit:
            continue
        for a in find_ages(f.digits_folded, f.digits.text, f.starts.unit, f.starts.person):
            ages.append(a.age)
            mentions.append(
                mention("age", a.age, _span(f, f.digits, a.start, a.end), a.rule, a.confidence)
            )
    if ad.age:
        f = _prepare("age", ad.age)
        form_age = age_from_field(f.digits_folded)
        if form_age is not None:
            ages.append(form_age)
            mentions.append(
                mention(
                    "age",
                    form_age,
                    span("age", 0, len(f.original), f.original),
                    FIELD_RULE,
                    0.5,
                )
            )

    prices: list[Price] = []
    for f in fields:
        if not f.has_digit:
            continue
        for ph in find_prices(f.digits_folded, f.starts.amount_unit, f.starts.bare):
            at = _span(f, f.digits, ph.start, ph.end)
            prices.append(price(ph.amount, ph.currency, ph.minutes, ph.label, at))
            mentions.append(mention("price", ph.amount, at, ph.rule, 0.8))

    places: list[str] = []
    city: str | None = None
    if ad.city:
        city = place_id(ad.city)
        if city is not None:
            places.append(city)
            mentions.append(
                mention(
                    "place", city, span("city", 0, len(ad.city), ad.city), "place.city-field", 0.95
                )
            )
    text_hits: list[PlaceHit] = []
    bonus: dict[int, float] = {}
    for f in fields:
        for p in find_places(f.folded, f.parts):
            if f.name == "title":
                bonus[len(text_hits)] = 0.5
            text_hits.append(p)
            places.append(p.place)
            mentions.append(
                mention("place", p.place, _span(f, f.cleaned, p.start, p.end), p.rule, p.confidence)
            )
    if city is None:
        city = strongest(text_hits, bonus)

    names: list[str] = []
    seen_names: set[str] = set()
    for f in fields:
        for n in find_names(f.cleaned.text, is_title=f.name == "title", folded=f.folded):
            key = fold(n.name)
            if key not in seen_names:
                seen_names.add(key)
                names.append(n.name)
            mentions.append(
                mention("name", n.name, _span(f, f.cleaned, n.start, n.end), n.rule, n.confidence)
            )

    fr = en = 0
    for f in fields:
        f_fr, f_en = marker_counts(f.folded, f.parts)
        fr, en = fr + f_fr, en + f_en
    language = language_from_counts(fr, en)
    return extraction(
        source=ad.source,
        ad_id=ad.ad_id,
        phones=phone_values,
        emails=_unique(emails),
        handles=_unique(handles),
        ages=tuple(dict.fromkeys(ages)),
        prices=tuple(prices),
        city=city,
        places=_unique(places),
        language=language,
        names=tuple(names),
        obfuscated_phone=obfuscated,
        mentions=tuple(mentions),
    )


def extract_batch(ads: Sequence[AdRecord]) -> list[AdExtraction]:
    """``extract_ad`` over a batch, in the same order (pure; engines call it per partition).

    The cyclic garbage collector is paused while the batch runs (and restored after it, as it
    was): extraction makes no reference cycles (``tests/extract/test_batch_gc.py``), so the
    collector would free nothing, while its passes over the batch's growing results cost a few
    per cent of the wall time (docs/extraction.md, round 10). Another thread's cycles wait for
    the end of the batch.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return [extract_ad(ad) for ad in ads]
    finally:
        if paused:
            gc.enable()
