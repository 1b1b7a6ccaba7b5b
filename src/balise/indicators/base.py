"""The declarative indicator unit and the view of a cluster it looks at.

An indicator is data (id, version, category, bilingual labels, the evidence it rests on, a
default weight, its level) plus one ``measure`` hook. The hook returns a ``Finding``; the
``Indicator`` turns it into an ``IndicatorHit`` stamped with its own id and category, so a
library file cannot mislabel its hits, and a hit without evidence is dropped (a hit with no
words or links to show is not a hit).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar

from balise.extract.ages import FIELD_RULE
from balise.indicators.voice import AdVoice, ad_voice
from balise.indicators.wording import AdText, Prefilter, Wording, lazy, loaded_wordings
from balise.link.introductions import STOP_WORDS, introduced_names
from balise.schema import (
    AdExtraction,
    AdKey,
    AdRecord,
    Cluster,
    Evidence,
    IndicatorCategory,
    IndicatorHit,
    Mention,
)

Level = Literal["ad", "cluster"]
Signal = Literal["network", "fact", "wording"]
"""What an indicator reads: the linked graph ("network"), a structured extracted value
("fact": a stated age, a price) or how the ad is written ("wording": its words, its voice, a
phone spelt out against the filters). Keywords alone decide nothing: the score never flags on
"wording" indicators alone."""

_T = TypeVar("_T")
_MISSING = object()  # a fact not computed yet (None is a finding: "nothing found")

MAX_EVIDENCE = 6
"""Evidence items kept per hit: enough for an analyst to check, few enough to read."""


@dataclass(frozen=True)
class Finding:
    """What a ``measure`` hook found: how fully it fired, the evidence, one line of detail."""

    strength: float
    evidence: tuple[Evidence, ...]
    detail: str = ""


@dataclass(frozen=True)
class ClusterView:
    """Everything the indicators may look at for one cluster.

    ``ads`` are sorted by ``posted_at`` and ``extractions`` follow the same order.
    ``image_hashes`` maps an ad to its perceptual photo hashes; it may be empty.
    """

    cluster: Cluster
    ads: tuple[AdRecord, ...]
    extractions: tuple[AdExtraction, ...]
    image_hashes: Mapping[AdKey, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.ads) != len(self.extractions):
            raise ValueError(
                f"cluster {self.cluster.cluster_id}: {len(self.ads)} ads but "
                f"{len(self.extractions)} extractions"
            )
        for ad, ex in zip(self.ads, self.extractions, strict=True):
            if ad.key != ex.key:
                raise ValueError(
                    f"cluster {self.cluster.cluster_id}: extraction {ex.key} is not in the "
                    f"order of the ads (expected {ad.key})"
                )

    # Shared, lazily computed facts: several indicators need them, compute them once.

    @lazy
    def person_of(self) -> dict[AdKey, str]:
        """Ad -> person id. From ``Cluster.persons``; else one person per distinct first name
        the ads give (ads without a name are left out); else nothing."""
        out: dict[AdKey, str] = {}
        if self.cluster.persons:
            for person in self.cluster.persons:
                for key in person.ad_keys:
                    out[key] = person.person_id
            return out
        for ex in self.extractions:
            if ex.names:
                out[ex.key] = "name:" + ex.names[0].casefold()
        return out

    @lazy
    def stated_ages(self) -> tuple[tuple[int, ...], ...]:
        """Per ad, the distinct ages its text states; the site's age field only when the text
        states none. A form field left at 19 beside a text that says "20 ans" is one person's
        two claims, not two persons (what "several ages in one ad" is read as)."""
        out: list[tuple[int, ...]] = []
        for ex in self.extractions:
            if len(ex.ages) < 2:
                out.append(ex.ages)
                continue
            text = tuple(
                dict.fromkeys(
                    int(m.value) for m in ex.mentions if m.kind == "age" and m.rule != FIELD_RULE
                )
            )
            out.append(text or ex.ages)
        return tuple(out)

    @lazy
    def person_count(self) -> int:
        """Distinct persons the cluster appears to hold (0 when nothing tells)."""
        return len(set(self.person_of.values()))

    @lazy
    def span_days(self) -> float:
        """Days between the first and the last ad."""
        if not self.ads:
            return 0.0
        return (self.ads[-1].posted_at - self.ads[0].posted_at).total_seconds() / 86400.0

    @lazy
    def weeks_active(self) -> float:
        """The cluster's active period in weeks, at least one."""
        return max(1.0, self.span_days / 7.0)

    # Reposts (the same title and body under another ad id) are common and sit in the same
    # cluster: the text work below is done once per distinct text, and its evidence is
    # re-addressed to each ad that repeats it.

    @lazy
    def _first_with_text(self) -> tuple[int, ...]:
        """Per ad, the position of the first ad with the same title and body (itself if none)."""
        first: dict[tuple[str | None, str | None], int] = {}
        return tuple(first.setdefault((ad.title, ad.body), i) for i, ad in enumerate(self.ads))

    @lazy
    def texts(self) -> tuple[AdText, ...]:
        """Each ad's text prepared once for every word list, in the order of ``ads`` (and
        scanned once by the library's prefilter when a list first reads it)."""
        prefilter = library_prefilter()
        out: list[AdText] = []
        for ad, first in zip(self.ads, self._first_with_text, strict=True):
            if first == len(out):
                out.append(AdText.of(ad, prefilter))
            else:
                out.append(AdText(ad, out[first].fields))
        return tuple(out)

    @lazy
    def voices(self) -> tuple[AdVoice, ...]:
        """The voice (first / third person) of each ad, in the order of ``ads``."""
        out: list[AdVoice] = []
        for text, first in zip(self.texts, self._first_with_text, strict=True):
            if first == len(out):
                out.append(ad_voice(text))
            else:
                same = out[first]
                out.append(AdVoice(same.voice, _readdressed(same.evidence, text.ad), same.handler))
        return tuple(out)

    @lazy
    def names(self) -> tuple[frozenset[str], ...]:
        """Per ad, in the order of ``ads``: the lower-cased first names it gives, the extracted
        ones and those it lists in a roster (what tells an ad naming several women). Read once
        per cluster, however many indicators ask."""
        listed: list[frozenset[str]] = []
        for ad, first in zip(self.ads, self._first_with_text, strict=True):
            if first == len(listed):
                listed.append(frozenset(introduced_names(ad.title, ad.body, rosters_only=True)))
            else:
                listed.append(listed[first])
        return tuple(
            frozenset(n.casefold() for n in ex.names if n.casefold() not in STOP_WORDS) | roster
            for ex, roster in zip(self.extractions, listed, strict=True)
        )

    @lazy
    def _matches(self) -> dict[tuple[str, int], tuple[tuple[Evidence, ...], ...]]:
        return {}

    def matches(self, wording: Wording, *, per_ad: int = 2) -> tuple[tuple[Evidence, ...], ...]:
        """The matches of ``wording`` in each ad (up to ``per_ad``), in the order of ``ads``;
        computed once per list, however many indicators read it."""
        key = (wording.name, per_ad)
        found = self._matches.get(key)
        if found is None:
            # The texts' prefilter rules most lists out of most ads at once (``Wording.
            # ruled_out``, what ``find`` would first check): without calling ``find`` there.
            prefilter = library_prefilter()
            position = None if prefilter is None else prefilter.positions.get(id(wording))
            out: list[tuple[Evidence, ...]] = []
            for text, first in zip(self.texts, self._first_with_text, strict=True):
                if first == len(out):
                    screen = None if position is None else text.screen
                    if screen is not None and screen[0] is prefilter and position not in screen[1]:
                        out.append(())
                    else:
                        out.append(tuple(wording.find(text, limit=per_ad)))
                else:
                    same = out[first]
                    out.append(_readdressed(same, text.ad) if same else ())
            found = tuple(out)
            self._matches[key] = found
        return found

    @lazy
    def _shared(self) -> dict[Callable[[ClusterView], object], object]:
        return {}

    def shared(self, compute: Callable[[ClusterView], _T]) -> _T:
        """``compute(self)``, computed once per cluster however many indicators ask (a fact
        that several indicators read, such as who speaks through which phone)."""
        # one look-up when it is known (most calls: every indicator's finding passes here)
        cache = self._shared
        found = cache.get(compute, _MISSING)
        if found is _MISSING:
            found = cache[compute] = compute(self)
        return found  # type: ignore[return-value]  # stored by this same ``compute``

    def by_key(self) -> dict[AdKey, tuple[AdRecord, AdExtraction]]:
        return {ad.key: (ad, ex) for ad, ex in zip(self.ads, self.extractions, strict=True)}


MeasureHook = Callable[[ClusterView], Finding | None]


@cache
def library_prefilter() -> Prefilter | None:
    """One prefilter for every word list of the indicator library and of the other loaded
    ``balise`` modules, built once per process when first used (1.5-2 s; ~0.2 s when its
    compiled database is in ``prefilter_cache_dir()``); the engine builds it before its
    scoring workers fork, so that they share it. None without Hyperscan."""
    from balise.indicators.registry import all_indicators  # it imports this module

    all_indicators()  # the library's modules, and their lists, loaded
    return Prefilter.of(loaded_wordings(), cache_dir=prefilter_cache_dir())


def prefilter_cache_dir() -> Path:
    """Where compiled prefilter databases are kept: ``$BALISE_CACHE_DIR``, else the user's
    cache directory (``$XDG_CACHE_HOME/balise``, ``~/.cache/balise``)."""
    if explicit := os.environ.get("BALISE_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "balise"


@dataclass(frozen=True)
class Indicator:
    """One declarative indicator. Adding one is adding one file in ``indicators/library/``
    that defines ``INDICATOR = Indicator(...)``."""

    id: str
    version: int
    category: IndicatorCategory
    label_fr: str
    label_en: str
    description_fr: str
    description_en: str
    citation: str  # the evidence it rests on (a study, an agency's published list)
    default_weight: float  # log-odds added at full strength; negative for counter-indicators
    level: Level
    signal: Signal
    measure: MeasureHook

    def __post_init__(self) -> None:
        if not self.id or self.id != self.id.strip().lower() or " " in self.id:
            raise ValueError(f"indicator id {self.id!r} must be lower-case with no spaces")
        if (self.category == "counter-indicator") != (self.default_weight < 0):
            raise ValueError(
                f"indicator {self.id}: counter-indicators and only they have negative weights"
            )
        if not self.citation.strip():
            raise ValueError(f"indicator {self.id}: a citation is required")

    def detect(self, view: ClusterView) -> IndicatorHit | None:
        """Run the hook; a hit always carries evidence and a strength in (0, 1]."""
        # through the cluster's cache: an indicator may ask another's finding first (the venue
        # signs that ``stable-phone`` and ``local-only`` read), and it is measured once
        found = view.shared(self.measure)
        if found is None or not found.evidence:
            return None
        strength = min(1.0, max(0.0, float(found.strength)))
        if strength <= 0.0:
            return None
        return IndicatorHit(
            indicator_id=self.id,
            category=self.category,
            strength=round(strength, 4),
            evidence=_dedupe(found.evidence)[:MAX_EVIDENCE],
            detail=found.detail,
        )


def _readdressed(evidence: tuple[Evidence, ...], ad: AdRecord) -> tuple[Evidence, ...]:
    """The same evidence, pointing at ``ad`` (a repost of the ad it was found in)."""
    source, ad_id = ad.source, ad.ad_id
    return tuple(Evidence(source, ad_id, e.text, e.field, e.start, e.end) for e in evidence)


def _dedupe(items: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """``items`` without repeats, each where it first appears."""
    return tuple(dict.fromkeys(items))


def mention_evidence(ex: AdExtraction, mention: Mention) -> Evidence:
    """Evidence pointing at the span an extracted value came from."""
    span = mention.span
    return Evidence(ex.source, ex.ad_id, span.text, span.field, span.start, span.end)


def find_mentions(ex: AdExtraction, kind: str, value: str | int | None = None) -> list[Mention]:
    """The mentions of one kind (and value) in an extraction."""
    return [m for m in ex.mentions if m.kind == kind and (value is None or m.value == value)]


def value_evidence(
    ad: AdRecord, ex: AdExtraction, kind: str, value: str | int, label: str = ""
) -> Evidence:
    """Evidence for an extracted value: its span when the extractor kept one, else the value."""
    for mention in find_mentions(ex, kind, value):
        return mention_evidence(ex, mention)
    text = f"{label}{value}" if label else str(value)
    return Evidence(ad.source, ad.ad_id, text)


def posted(ad: AdRecord) -> datetime:
    return ad.posted_at
