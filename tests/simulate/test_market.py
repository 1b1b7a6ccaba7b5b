"""The generated market: determinism, truth consistency, the mix, the interchange schema."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import orjson
import phonenumbers
import pytest

from balise.simulate import MarketSummary, generate_market

MONTREAL = ZoneInfo("America/Montreal")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def _digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    a = generate_market(3, 30, 2, tmp_path / "a", images=True)
    b = generate_market(3, 30, 2, tmp_path / "b", images=True)
    assert a.ads == b.ads and a.images == b.images > 0
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")


def test_different_seed_gives_different_market(tmp_path: Path) -> None:
    generate_market(3, 30, 2, tmp_path / "a")
    generate_market(4, 30, 2, tmp_path / "b")
    assert (tmp_path / "a" / "ads.jsonl").read_bytes() != (
        tmp_path / "b" / "ads.jsonl"
    ).read_bytes()


@pytest.mark.parametrize("operators,weeks", [(0, 8), (10, 0)])
def test_rejects_empty_market(tmp_path: Path, operators: int, weeks: int) -> None:
    with pytest.raises(ValueError):
        generate_market(1, operators, weeks, tmp_path)


def test_summary_matches_files(market: MarketSummary) -> None:
    out = market.out_dir
    assert len(read_jsonl(out / "ads.jsonl")) == market.ads
    assert len(read_jsonl(out / "truth" / "operators.jsonl")) == market.operators == 300
    assert len(read_jsonl(out / "truth" / "persons.jsonl")) == market.persons
    assert market.images == 0 and not (out / "images").exists()


def test_every_ad_has_a_consistent_truth_line(market: MarketSummary) -> None:
    out = market.out_dir
    ads = read_jsonl(out / "ads.jsonl")
    truth = read_jsonl(out / "truth" / "ads.jsonl")
    operators = {o["operator_id"]: o for o in read_jsonl(out / "truth" / "operators.jsonl")}
    persons = {p["person_id"]: p for p in read_jsonl(out / "truth" / "persons.jsonl")}
    assert [(a["source"], a["ad_id"]) for a in ads] == [(t["source"], t["ad_id"]) for t in truth]
    assert len({(a["source"], a["ad_id"]) for a in ads}) == len(ads)
    for t in truth:
        op = operators[t["operator_id"]]
        assert t["person_ids"] and all(
            persons[p]["operator_id"] == op["operator_id"] for p in t["person_ids"]
        )
        for phone in t["phones"]:
            parsed = phonenumbers.parse(phone)
            assert phonenumbers.is_valid_number(parsed), phone
            assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == phone
        assert all(isinstance(a, int) and a >= 0 for a in t["ages"])
        assert t["minor"] == any(persons[p]["minor"] for p in t["person_ids"])
        assert t["trafficked"] == any(persons[p]["trafficked"] for p in t["person_ids"])
        assert t["language"] in ("fr", "en", "mixed")
    for op in operators.values():
        assert set(op["person_ids"]) == {
            p for p, v in persons.items() if v["operator_id"] == op["operator_id"]
        }
        assert op["has_minor"] == any(persons[p]["minor"] for p in op["person_ids"])


def test_ads_follow_the_interchange_schema(market: MarketSummary) -> None:
    ads = read_jsonl(market.out_dir / "ads.jsonl")
    allowed = {
        "ad_id",
        "source",
        "posted_at",
        "title",
        "body",
        "city",
        "contact",
        "age",
        "images",
        "url",
    }
    instants = []
    for ad in ads:
        assert set(ad) <= allowed
        assert isinstance(ad["ad_id"], str) and isinstance(ad["source"], str)
        stamp = datetime.fromisoformat(str(ad["posted_at"]))
        instants.append(stamp if stamp.tzinfo else stamp.replace(tzinfo=MONTREAL))
        assert isinstance(ad.get("title", ""), str) and isinstance(ad.get("body", ""), str)
        assert isinstance(ad.get("city", ""), str)
        contact = ad.get("contact", {})
        assert isinstance(contact, dict) and set(contact) <= {"phone", "email", "handle"}
        assert all(isinstance(v, str) for v in contact.values())
        assert isinstance(ad.get("age", 0), int | str)
        assert str(ad["url"]).startswith("https://")
    assert instants == sorted(instants), "ads.jsonl is sorted by posted_at"
    stamps = [str(a["posted_at"]) for a in ads]
    assert any("+" not in s[10:] and "-0" not in s[10:] and not s.endswith("Z") for s in stamps)
    assert any(s.endswith(("-04:00", "-05:00")) for s in stamps)
    assert any("<br>" in str(a.get("body", "")) or "<p>" in str(a.get("body", "")) for a in ads)
    assert any("&" in str(a.get("body", "")) and ";" in str(a.get("body", "")) for a in ads)


def test_market_mix(market: MarketSummary) -> None:
    out = market.out_dir
    truth = read_jsonl(out / "truth" / "ads.jsonl")
    operators = read_jsonl(out / "truth" / "operators.jsonl")
    kinds = Counter(str(o["kind"]) for o in operators)
    assert set(kinds) == {"independent", "agency", "venue", "third_party"}
    assert 0.6 < kinds["independent"] / len(operators) < 0.8
    assert any(o["has_minor"] for o in operators if o["kind"] == "third_party")
    assert not any(o["has_minor"] or o["traffics"] for o in operators if o["kind"] == "independent")
    assert all(o["traffics"] for o in operators if o["kind"] == "third_party")
    assert any(o["traffics"] for o in operators if o["kind"] == "venue")
    assert any(not o["traffics"] for o in operators if o["kind"] == "venue")
    assert Counter(str(t["language"]) for t in truth).keys() == {"fr", "en", "mixed"}
    share_obfuscated = sum(bool(t["obfuscated_phone"]) for t in truth) / len(truth)
    assert 0.15 < share_obfuscated < 0.5
    assert any(t["minor"] for t in truth)
    assert any(t["place"] is None for t in truth)
    assert len({t["place"] for t in truth}) >= 8
    # about 7 ads per operator over 8 weeks
    assert 4 < market.ads / market.operators < 11


def test_independents_keep_their_number_and_third_parties_rotate(market: MarketSummary) -> None:
    out = market.out_dir
    truth = read_jsonl(out / "truth" / "ads.jsonl")
    operators = {o["operator_id"]: o for o in read_jsonl(out / "truth" / "operators.jsonl")}
    numbers: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        numbers[str(t["operator_id"])].update(
            p for p in t["phones"] if p.startswith("+1") and p[5:8] == "555"
        )
    hubs = {p for p, n in Counter(p for s in numbers.values() for p in s).items() if n > 3}
    for oid in numbers:
        numbers[oid] -= hubs
    indep = [len(numbers[o]) for o, v in operators.items() if v["kind"] == "independent"]
    assert sum(n <= 1 for n in indep) / len(indep) > 0.85
    rotating = [len(numbers[o]) for o, v in operators.items() if "burner-rotation" in v["labels"]]
    assert rotating and sum(n >= 2 for n in rotating) / len(rotating) > 0.7
    assert hubs, "a site's own number appears in many unrelated ads"


def test_plain_numbers_are_findable_and_distractors_give_no_phone(market: MarketSummary) -> None:
    """A standard phone matcher finds every non-obfuscated number and nothing else."""
    import html
    import re

    ads = read_jsonl(market.out_dir / "ads.jsonl")
    truth = read_jsonl(market.out_dir / "truth" / "ads.jsonl")
    missed = spurious = 0
    for ad, t in zip(ads, truth, strict=True):
        text = " \n ".join(
            (
                str(ad.get("title", "")),
                html.unescape(re.sub(r"<[^>]+>", " ", str(ad.get("body", "")))),
                str(dict(ad.get("contact", {})).get("phone", "")),
            )
        )
        found = {
            phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            for m in phonenumbers.PhoneNumberMatcher(text, "CA")
        }
        spurious += len(found - set(t["phones"]))
        if not t["obfuscated_phone"]:
            missed += len(set(t["phones"]) - found)
    assert spurious == 0
    assert missed <= len(ads) * 0.01


def test_stated_ages_of_minors_are_mostly_adult(market: MarketSummary) -> None:
    truth = read_jsonl(market.out_dir / "truth" / "ads.jsonl")
    minor_ages = [a for t in truth if t["minor"] and len(t["person_ids"]) == 1 for a in t["ages"]]
    assert minor_ages and sum(a >= 18 for a in minor_ages) / len(minor_ages) > 0.85
    assert all(a >= 18 for t in truth if not t["minor"] for a in t["ages"])
