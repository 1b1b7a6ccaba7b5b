"""Ingest follows the spec: bad lines are reported (file:line: reason) and skipped, nothing
else is lost."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from balise.errors import InputError
from balise.ingest import read_ads_file
from balise.ingest.reader import MAX_LINE_BYTES, Warning_
from balise.schema import AdRecord, RejectedLine


def _good(i: int, **extra: object) -> bytes:
    record = {"ad_id": f"a{i}", "source": "leolist", "posted_at": "2026-09-07T10:00:00-04:00"}
    record.update(extra)
    return orjson.dumps(record)


def _read(tmp_path: Path, lines: list[bytes]) -> list[AdRecord | RejectedLine | Warning_]:
    path = tmp_path / "ads.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return list(read_ads_file(path))


BAD_LINES = [
    (b"{not json", "invalid JSON"),
    (b'["a", "list"]', "expected a JSON object"),
    (b'{"source": "x", "posted_at": "2026-09-07T10:00:00"}', "missing required field 'ad_id'"),
    (b'{"ad_id": "1", "posted_at": "2026-09-07T10:00:00"}', "missing required field 'source'"),
    (b'{"ad_id": "1", "source": "x"}', "missing required field 'posted_at'"),
    (b'{"ad_id": "1", "source": "x", "posted_at": "yesterday"}', "not an ISO 8601"),
    (b'{"ad_id": "1", "source": "x", "posted_at": 12}', "ISO 8601 string"),
    (b'{"ad_id": "", "source": "x", "posted_at": "2026-09-07"}', "'ad_id' is empty"),
    (b'{"ad_id": "1", "source": "x", "posted_at": "2026-09-07", "contact": "5145550123"}',
     "'contact' must be an object"),
    (b'{"ad_id": "1", "source": "x", "posted_at": "2026-09-07", "title": {"a": 1}}',
     "'title' must be a string"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_bad_line_is_reported_with_its_number_and_the_rest_is_kept(
    tmp_path: Path, line: bytes, reason: str
) -> None:
    items = _read(tmp_path, [_good(1), line, _good(2)])
    ads = [x for x in items if isinstance(x, AdRecord)]
    rejected = [x for x in items if isinstance(x, RejectedLine)]
    assert [a.ad_id for a in ads] == ["a1", "a2"]
    assert len(rejected) == 1
    assert rejected[0].line == 2
    assert rejected[0].file.endswith("ads.jsonl")
    assert reason in rejected[0].reason


def test_non_utf8_bytes_are_replaced_and_the_ad_kept(tmp_path: Path) -> None:
    line = _good(1, body="caf\u00e9 ").replace("caf\u00e9".encode(), b"caf\xe9\xff")
    items = _read(tmp_path, [line, _good(2)])
    ads = [x for x in items if isinstance(x, AdRecord)]
    warnings = [x for x in items if isinstance(x, Warning_)]
    assert [a.ad_id for a in ads] == ["a1", "a2"]
    assert "\ufffd" in ads[0].body
    assert warnings and warnings[0].line == 1


def test_control_characters_and_html_do_not_break_records(tmp_path: Path) -> None:
    body = "<b>Salut</b>\x00\x07 &amp; bienvenue\x1b[31m"
    (ad,) = [x for x in _read(tmp_path, [_good(1, body=body)]) if isinstance(x, AdRecord)]
    assert "\x00" not in ad.body and "\x1b" not in ad.body
    assert "<b>Salut</b>" in ad.body  # markup is kept for the extractor, which keeps offsets


def test_huge_line_is_rejected_without_reading_it_into_memory(tmp_path: Path) -> None:
    huge = _good(9, body="x" * (MAX_LINE_BYTES + 10))
    items = _read(tmp_path, [_good(1), huge, _good(2)])
    rejected = [x for x in items if isinstance(x, RejectedLine)]
    assert [a.ad_id for a in items if isinstance(a, AdRecord)] == ["a1", "a2"]
    assert rejected[0].line == 2 and "too long" in rejected[0].reason


def test_missing_offset_means_montreal_time_and_images_resolve_next_to_the_file(
    tmp_path: Path,
) -> None:
    line = _good(1, posted_at="2026-01-15T20:00:00", images=["img/a.jpg", "https://x/y.jpg", 3])
    (ad,) = [x for x in _read(tmp_path, [line]) if isinstance(x, AdRecord)]
    assert ad.posted_at.utcoffset() == timedelta(hours=-5)  # EST in January
    assert ad.images == (str((tmp_path / "img" / "a.jpg").resolve()), "https://x/y.jpg")


def test_reposts_share_a_content_hash_and_edits_do_not(tmp_path: Path) -> None:
    a = _good(1, title="Jolie", body="Appelle-moi")
    b = _good(2, title="Jolie", body="Appelle-moi")
    c = _good(3, title="Jolie", body="Appelle-moi ce soir")
    ads = [x for x in _read(tmp_path, [a, b, c]) if isinstance(x, AdRecord)]
    assert ads[0].content_hash == ads[1].content_hash != ads[2].content_hash


def test_unknown_fields_are_ignored_and_numbers_accepted_as_ids(tmp_path: Path) -> None:
    line = (
        b'{"ad_id": 42, "source": "kijiji", "posted_at": "2026-09-07", "extra": [1, 2], "age": 19}'
    )
    (ad,) = [x for x in _read(tmp_path, [line]) if isinstance(x, AdRecord)]
    assert ad.ad_id == "42" and ad.age == "19"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_ads_file(tmp_path / "nope.jsonl"))


# Lines whose strings hold (or only seem to hold) control characters, in every JSON spelling:
# the reader's quick path (strings kept as parsed when the line's bytes show none) must give the
# record that the field-by-field cleaning gives.
CONTROL_SPELLINGS = [
    b'"caf\\u0001e"',  # \u00XX escape
    b'"caf\\u007fe"',  # DEL escaped
    b'"caf\x7fe"',  # DEL raw
    b'"caf\\u0085e"',  # C1 escaped
    b'"caf\xc2\x85e"',  # C1 raw (UTF-8)
    b'"caf\\be"',  # backspace
    b'"caf\\fe"',  # form feed
    b'"caf\\u000be"',  # vertical tab
    b'"caf\\u00e9"',  # a harmless \u00XX: a false alarm, same result
    b'"caf\\\\be"',  # an escaped backslash then "b": no control character
    b'"tab\\tnew\\nline\\r"',  # kept: tab and newlines are content
    b'"plain text"',
]


@pytest.mark.parametrize("spelling", CONTROL_SPELLINGS)
def test_quick_path_cleans_fields_as_the_full_check_does(tmp_path: Path, spelling: bytes) -> None:
    from balise.ingest.validate import text_is_clean, to_ad_record

    line = (
        b'{"ad_id": "a1", "source": "leolist", "posted_at": "2026-09-07T10:00:00-04:00", '
        b'"title": '
        + spelling
        + b', "body": '
        + spelling
        + b', "contact": {"handle": '
        + spelling
        + b"}}"
    )
    (ad,) = [x for x in _read(tmp_path, [line]) if isinstance(x, AdRecord)]
    full = to_ad_record(orjson.loads(line), base_dir=tmp_path.resolve(), origin=ad.origin)
    assert ad == full
    for text in (ad.title, ad.body, ad.contact_handle or ""):
        assert not any(0x00 <= ord(c) <= 0x08 or 0x0B <= ord(c) <= 0x1F or 0x7F <= ord(c) <= 0x9F
                       for c in text if c not in "\t\n\r")  # fmt: skip
    if text_is_clean(line):  # the quick path kept the strings: they had nothing to clean
        assert ad.body == orjson.loads(line)["body"]


def test_progress_counts_every_byte_of_the_file_in_a_few_calls(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    path.write_bytes(b"\n".join(_good(i, body="x" * 500) for i in range(5_000)) + b"\n\n")
    calls: list[int] = []
    ads = [x for x in read_ads_file(path, progress=calls.append) if isinstance(x, AdRecord)]
    assert len(ads) == 5_000
    assert sum(calls) == path.stat().st_size
    assert len(calls) < 10  # one per ~1 MB, not one per line
