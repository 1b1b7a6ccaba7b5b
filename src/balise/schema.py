"""Record types shared by the pipeline stages.

Every stage is a pure function over these frozen dataclasses, so the same code
runs on the embedded engine and inside Spark. An ad is identified everywhere by
its ``AdKey`` (source, ad_id), as in the interchange spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from operator import attrgetter
from typing import Any, Literal, TypeVar

_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen slotted dataclass as its constructor and field values.

    These records cross process boundaries by the hundred thousand (extraction and scoring
    pools, Spark workers). The default pickling of ``slots=True`` dataclasses calls
    ``dataclasses.fields`` on every object, both ways; rebuilding through the constructor
    from one ``attrgetter`` tuple halves the dumping and cuts the loading by about a quarter.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    assert all(f.init for f in fields(cls)), cls  # type: ignore[arg-type]
    get = attrgetter(*names)

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        values = get(self)
        return type(self), (values if len(names) > 1 else (values,))

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


AdKey = tuple[str, str]
"""(source, ad_id): unique identity of an ad."""

Language = Literal["fr", "en", "mixed"]
Category = Literal["trafficking", "minor", "exploitative-venue"]
IndicatorCategory = Literal["trafficking", "minor", "exploitative-venue", "counter-indicator"]

TEXT_FIELDS = ("title", "body", "contact.phone", "contact.email", "contact.handle", "age", "city")
"""Names of the ad fields a ``Span`` may point into."""


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class AdRecord:
    """One validated input advertisement (interchange ``ads.jsonl`` line)."""

    source: str
    ad_id: str
    posted_at: datetime  # always timezone-aware (America/Montreal when the input had no offset)
    title: str = ""
    body: str = ""
    city: str | None = None  # as the site spells it
    contact_phone: str | None = None
    contact_email: str | None = None
    contact_handle: str | None = None
    age: str | None = None  # the site's age field, as a string ("19", "dix-neuf", junk)
    images: tuple[str, ...] = ()  # absolute paths (or URLs, never fetched)
    url: str | None = None
    content_hash: str = ""  # hash of the content fields, for repost de-duplication
    origin: str = ""  # "file:line" it was read from (provenance)

    @property
    def key(self) -> AdKey:
        return (self.source, self.ad_id)

    def field_text(self, name: str) -> str:
        """Text of one of ``TEXT_FIELDS`` ("" when absent)."""
        value = {
            "title": self.title,
            "body": self.body,
            "contact.phone": self.contact_phone,
            "contact.email": self.contact_email,
            "contact.handle": self.contact_handle,
            "age": self.age,
            "city": self.city,
        }.get(name)
        return value or ""


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """Where a value was found: a half-open range of the *original* text of one ad field."""

    field: str  # one of TEXT_FIELDS
    start: int
    end: int
    text: str  # original_text[start:end]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """One extracted value with its evidence: the span, the rule that fired, a confidence."""

    kind: str  # "phone", "email", "handle", "age", "price", "place", "name", ...
    value: str | int
    span: Span
    rule: str
    confidence: float


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Price:
    amount: int
    currency: str  # "CAD" (roses, $, dollars...) unless stated otherwise
    minutes: int | None  # duration the price is for (30 for "hh"/"1/2h", 60 for "h", None unknown)
    label: str  # normalised unit label: "qv", "hh", "h", "overnight", "unknown", ...
    span: Span


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class AdExtraction:
    """Everything extracted from one ad. Lists are de-duplicated, in order of first appearance."""

    source: str
    ad_id: str
    phones: tuple[str, ...] = ()  # E.164
    emails: tuple[str, ...] = ()  # lower-cased
    handles: tuple[str, ...] = ()  # "platform:handle", lower-cased ("snapchat:lily_xo")
    ages: tuple[int, ...] = ()  # ages stated for the advertised person(s), text and form field
    prices: tuple[Price, ...] = ()
    city: str | None = None  # place id of the site's city field (else of the text), or None
    places: tuple[str, ...] = ()  # place ids mentioned anywhere (city field first)
    language: Language = "fr"
    names: tuple[str, ...] = ()  # first names the ad gives for the advertised person(s)
    obfuscated_phone: bool = False  # a phone appeared only in an obfuscated form
    mentions: tuple[Mention, ...] = ()  # evidence for every value above

    @property
    def key(self) -> AdKey:
        return (self.source, self.ad_id)


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Link:
    """One reason why ads are together in a cluster (clusters.jsonl ``links``)."""

    kind: str  # "phone", "email", "handle", "image", "text"
    value: str  # the identifier (E.164, email, handle, photo hash, template id)
    ads: int  # how many ads of the cluster it joins


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class CutLink:
    """An identifier the guards refused to link on, with the reason."""

    kind: str
    value: str
    ads: int
    reason: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Person:
    """A person a cluster appears to hold, as far as the ads let us tell."""

    person_id: str
    names: tuple[str, ...]
    ages: tuple[int, ...]
    photos: tuple[str, ...]  # perceptual hashes
    ad_keys: tuple[AdKey, ...]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Cluster:
    cluster_id: str
    ad_keys: tuple[AdKey, ...]  # sorted
    links: tuple[Link, ...] = ()
    cut_links: tuple[CutLink, ...] = ()
    persons: tuple[Person, ...] = ()


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Evidence:
    source: str
    ad_id: str
    text: str  # the words (or the link) that fired
    field: str | None = None  # which ad field, when it is a text span
    start: int | None = None
    end: int | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class IndicatorHit:
    indicator_id: str
    category: IndicatorCategory
    strength: float  # in [0, 1]: how fully the indicator fired
    evidence: tuple[Evidence, ...]
    detail: str = ""  # one line, in English, of what was measured ("3 names behind +15145550123")


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Contribution:
    """One indicator's part of a score (log-odds units) with its evidence."""

    indicator_id: str
    category: IndicatorCategory
    weight: float  # the model weight
    value: float  # weight * strength: what it added to the log-odds
    evidence: tuple[Evidence, ...]
    detail: str = ""


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Lead:
    cluster_id: str
    score: float
    flag: bool
    categories: tuple[Category, ...]
    contributions: tuple[Contribution, ...]  # largest absolute value first
    cities: tuple[str, ...]  # place ids in order of first appearance


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class RejectedLine:
    """An input line that ingest skipped, and why."""

    file: str
    line: int
    reason: str


@dataclass(slots=True)
class RunFigures:
    """Counts of one ``analyze`` run, shown in the report and on the terminal."""

    files: int = 0
    lines_read: int = 0
    ads_new: int = 0
    ads_duplicate: int = 0  # already in the store (same key and content)
    ads_reposts: int = 0  # new key, same content as an ad in the store
    lines_rejected: int = 0
    ads_total: int = 0
    clusters: int = 0
    leads_flagged: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
