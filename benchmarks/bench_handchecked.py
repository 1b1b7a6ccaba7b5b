"""Extraction figures on the hand-checked set (``tests/extract/data/handchecked.jsonl``).

The set holds about 300 ad-like records written by hand, *blind* (without reading the
extractor), in the styles of real Québec/Ontario escort and massage ads: French, English and
franglais; phones in plain and obfuscated forms (spaces, dots, words in both languages,
mixed digits and words, emoji keycaps, fullwidth/circled/mathematical digits, letters for
digits, Cyrillic/Greek look-alikes, HTML entities, line breaks...), emails, social handles,
ages of the advertised person, the site's city field; and many negatives (prices,
measurements, hours, dates, postal codes, addresses, ad ids, card-like digit strings,
clients' ages, years of experience). All numbers are synthetic (NPA-555-01XX, 555-xxxx, the
phone library's example numbers abroad); all names are invented.

Each line is an interchange ``ads.jsonl`` record plus:

- ``expect``: ``phones`` (E.164), ``emails`` (lower-cased), ``handles``
  (``platform:handle``), ``ages`` (of the advertised persons, text and form field) and
  ``place`` (the spec's place id of the site's city field, else of the text; ``null`` when
  unknown);
- ``obfuscated``: the ad's phone appears only in an obfuscated form;
- ``why``: a short note on what the record tests, where it is subtle.

Figures (definitions of ``/work/shared/spec/evaluation.md``): micro P/R/F1 over
(ad, value) pairs for phones (all ads, and the ads flagged ``obfuscated``), emails,
handles and ages; place accuracy over the ads whose city field names a known place
(plus, for information, the ads with no city field whose text names one). Every miss and
false positive is listed with the record id.

    python benchmarks/bench_handchecked.py [--data PATH] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from balise.extract import extract_ad
from balise.schema import AdExtraction, AdRecord

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests/extract/data/handchecked.jsonl"
KINDS = ("phones", "emails", "handles", "ages")


@dataclass(frozen=True)
class Case:
    """One hand-checked record: the ad and what a careful reader finds in it."""

    ad: AdRecord
    phones: frozenset[str]
    emails: frozenset[str]
    handles: frozenset[str]
    ages: frozenset[int]
    place: str | None
    obfuscated: bool
    has_city_field: bool
    why: str


@dataclass
class Score:
    """Micro counts over (ad, value) pairs, with the pairs that went wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str]] = field(default_factory=list)

    def add(self, ad_id: str, expected: Iterable[object], found: Iterable[object]) -> None:
        want, got = set(expected), set(found)
        self.tp += len(want & got)
        for value in sorted(map(str, want - got)):
            self.fn += 1
            self.misses.append((ad_id, value))
        for value in sorted(map(str, got - want)):
            self.fp += 1
            self.false_positives.append((ad_id, value))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Figures:
    """Every figure the benchmark prints, with the records behind each error."""

    scores: dict[str, Score]
    place_right: int
    place_total: int
    place_errors: list[tuple[str, str | None, str | None]]
    text_place_right: int
    text_place_total: int
    text_place_errors: list[tuple[str, str | None, str | None]]
    records: int

    @property
    def place_accuracy(self) -> float:
        return self.place_right / self.place_total if self.place_total else 1.0

    @property
    def text_place_accuracy(self) -> float:
        return self.text_place_right / self.text_place_total if self.text_place_total else 1.0


def _ad(raw: dict[str, Any]) -> AdRecord:
    contact = raw.get("contact") or {}
    age = raw.get("age")
    return AdRecord(
        source=raw["source"],
        ad_id=raw["ad_id"],
        posted_at=datetime.fromisoformat(raw["posted_at"]),
        title=raw.get("title") or "",
        body=raw.get("body") or "",
        city=raw.get("city"),
        contact_phone=contact.get("phone"),
        contact_email=contact.get("email"),
        contact_handle=contact.get("handle"),
        age=None if age is None else str(age),
    )


def load_cases(path: Path = DEFAULT_DATA) -> list[Case]:
    """Read the hand-checked set."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        want = raw["expect"]
        cases.append(
            Case(
                ad=_ad(raw),
                phones=frozenset(want["phones"]),
                emails=frozenset(want["emails"]),
                handles=frozenset(want["handles"]),
                ages=frozenset(int(a) for a in want["ages"]),
                place=want["place"],
                obfuscated=bool(raw.get("obfuscated")),
                has_city_field=bool((raw.get("city") or "").strip()),
                why=raw.get("why", ""),
            )
        )
    return cases


def measure(cases: Sequence[Case]) -> Figures:
    """Run ``extract_ad`` on every case and score it."""
    scores = {name: Score() for name in ("phones", "phones_obfuscated", *KINDS[1:])}
    place = [0, 0]
    text_place = [0, 0]
    place_errors: list[tuple[str, str | None, str | None]] = []
    text_place_errors: list[tuple[str, str | None, str | None]] = []
    for case in cases:
        got: AdExtraction = extract_ad(case.ad)
        ad_id = case.ad.ad_id
        scores["phones"].add(ad_id, case.phones, got.phones)
        if case.obfuscated:
            scores["phones_obfuscated"].add(ad_id, case.phones, got.phones)
        scores["emails"].add(ad_id, case.emails, got.emails)
        scores["handles"].add(ad_id, case.handles, got.handles)
        scores["ages"].add(ad_id, case.ages, got.ages)
        if case.place is None:
            continue
        counter, errors = (
            (place, place_errors) if case.has_city_field else (text_place, text_place_errors)
        )
        counter[1] += 1
        if got.city == case.place:
            counter[0] += 1
        else:
            errors.append((ad_id, case.place, got.city))
    return Figures(
        scores=scores,
        place_right=place[0],
        place_total=place[1],
        place_errors=place_errors,
        text_place_right=text_place[0],
        text_place_total=text_place[1],
        text_place_errors=text_place_errors,
        records=len(cases),
    )


def report(figures: Figures, cases: Sequence[Case], *, quiet: bool = False) -> str:
    """The printed report: figures first, then every error with its record's note."""
    why = {c.ad.ad_id: c.why for c in cases}
    lines = [f"hand-checked set: {figures.records} records"]
    for name, score in figures.scores.items():
        lines.append(
            f"{name:18} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
            f"  (tp {score.tp}, fp {score.fp}, fn {score.fn})"
        )
    lines.append(
        f"{'place (city field)':18} accuracy {figures.place_accuracy:.3f}"
        f"  ({figures.place_right}/{figures.place_total})"
    )
    lines.append(
        f"{'place (text only)':18} accuracy {figures.text_place_accuracy:.3f}"
        f"  ({figures.text_place_right}/{figures.text_place_total})"
    )
    if quiet:
        return "\n".join(lines)
    for name, score in figures.scores.items():
        if name == "phones_obfuscated":
            continue  # the same pairs are listed under phones
        for label, pairs in (("miss", score.misses), ("false positive", score.false_positives)):
            for ad_id, value in pairs:
                note = f"   # {why[ad_id]}" if why[ad_id] else ""
                lines.append(f"{name} {label}: {ad_id} {value}{note}")
    for label, errors in (
        ("place", figures.place_errors),
        ("place (text)", figures.text_place_errors),
    ):
        for ad_id, want, got in errors:
            lines.append(f"{label} wrong: {ad_id} expected {want} got {got}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--quiet", action="store_true", help="figures only, no error list")
    args = parser.parse_args(argv)
    cases = load_cases(args.data)
    print(report(measure(cases), cases, quiet=args.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main())
