"""Turn one decoded JSON object into an ``AdRecord``, or say precisely why not."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import orjson
import xxhash

from balise.schema import AdRecord

MONTREAL = ZoneInfo("America/Montreal")
MAX_FIELD_CHARS = 200_000
# C0/C1 control characters other than tab and newlines: junk from scrapers, never content.
# (The standard engine: the class is plain code points, and it is several times faster here.)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class InvalidRecord(ValueError):
    """The record cannot be accepted; the message is the reason shown to the user."""


def _clean(text: str) -> str:
    if _CONTROL.search(text) is not None:  # most fields have none: skip building a copy
        text = _CONTROL.sub(" ", text)
    return text[:MAX_FIELD_CHARS] if len(text) > MAX_FIELD_CHARS else text


def _optional_text(obj: dict[str, Any], name: str, clean: bool = True) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if type(value) is str:  # the usual case first
        return _clean(value) if clean else value
    if isinstance(value, bool):
        raise InvalidRecord(f"field {name!r} must be a string, got a boolean")
    if isinstance(value, int | float):
        return str(value)
    if not isinstance(value, str):
        raise InvalidRecord(f"field {name!r} must be a string, got {type(value).__name__}")
    return _clean(value)


def _required_text(obj: dict[str, Any], name: str, clean: bool = True) -> str:
    if obj.get(name) is None:
        raise InvalidRecord(f"missing required field {name!r}")
    value = _optional_text(obj, name, clean)
    if value is None or not value.strip():
        raise InvalidRecord(f"required field {name!r} is empty")
    return value.strip()


def parse_posted_at(value: object) -> datetime:
    """ISO 8601 date-time; without an offset it is local time in Montréal."""
    if not isinstance(value, str):
        raise InvalidRecord("field 'posted_at' must be an ISO 8601 string")
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidRecord(
            f"field 'posted_at' is not an ISO 8601 date-time: {value[:40]!r}"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=MONTREAL)
    return moment


def _images(obj: dict[str, Any], base_dir: Path) -> tuple[str, ...]:
    value = obj.get("images")
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InvalidRecord("field 'images' must be a list of strings")
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            continue  # a junk entry costs one image, not the ad
        item = item.strip()
        if "://" in item:
            out.append(item)  # URLs are kept, never fetched
        else:
            out.append(str((base_dir / item).resolve()))
    return tuple(out)


def content_hash(record_fields: tuple[object, ...]) -> str:
    """Stable hash of an ad's content (not its id or date): reposts share it."""
    return xxhash.xxh3_128_hexdigest(orjson.dumps(record_fields))


_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def text_is_clean(line: bytes) -> bool:
    """True when no string of this JSON line (one that ``orjson`` parsed) can hold a control
    character or exceed ``MAX_FIELD_CHARS``: ``to_ad_record(..., clean_text=True)`` may then
    skip their checks.

    Parsed JSON has no raw C0 byte inside a string, so a control character can only come from
    an escape (``\\b``, ``\\f``, ``\\u00XX``: every one counts, also a harmless ``\\u00e9``,
    since a false alarm costs only the per-field check), a raw DEL, or a C1 character in UTF-8.
    Substring searches, not a regular expression: they skim the line several times faster.
    """
    return (
        len(line) <= MAX_FIELD_CHARS
        and b"\\u00" not in line
        and b"\\b" not in line
        and b"\\f" not in line
        and b"\x7f" not in line
        and (b"\xc2" not in line or _C1_UTF8.search(line) is None)
    )


def to_ad_record(obj: object, *, base_dir: Path, origin: str, clean_text: bool = False) -> AdRecord:
    """Validate one JSON value from an ads.jsonl line (see the interchange spec).

    ``clean_text=True`` says that the line passed ``text_is_clean``: its strings are kept as
    they are (the result is the same, without a regular-expression search per field).
    """
    if not isinstance(obj, dict):
        raise InvalidRecord(f"expected a JSON object, got {type(obj).__name__}")
    clean = not clean_text
    ad_id = _required_text(obj, "ad_id", clean)
    source = _required_text(obj, "source", clean)
    if "posted_at" not in obj or obj["posted_at"] is None:
        raise InvalidRecord("missing required field 'posted_at'")
    posted_at = parse_posted_at(obj["posted_at"])

    contact = obj.get("contact")
    if contact is None:
        contact = {}
    if not isinstance(contact, dict):
        raise InvalidRecord("field 'contact' must be an object")
    age = obj.get("age")
    age_text = None if age is None or isinstance(age, bool) else _clean(str(age))

    title = _optional_text(obj, "title", clean) or ""
    body = _optional_text(obj, "body", clean) or ""
    city = _optional_text(obj, "city", clean)
    phone = _optional_text(contact, "phone", clean)
    email = _optional_text(contact, "email", clean)
    handle = _optional_text(contact, "handle", clean)
    images = _images(obj, base_dir)
    digest = content_hash(
        (title, body, city, phone, email, handle, age_text, [Path(i).name for i in images])
    )
    return AdRecord(
        source=source,
        ad_id=ad_id,
        posted_at=posted_at,
        title=title,
        body=body,
        city=city,
        contact_phone=phone,
        contact_email=email,
        contact_handle=handle,
        age=age_text,
        images=images,
        url=_optional_text(obj, "url", clean),
        content_hash=digest,
        origin=origin,
    )
