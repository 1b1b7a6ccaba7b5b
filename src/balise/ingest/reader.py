"""Read ads.jsonl files line by line: good records out, bad lines reported, nothing else lost."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson

from balise.errors import InputError
from balise.ingest.validate import InvalidRecord, text_is_clean, to_ad_record
from balise.schema import AdRecord, RejectedLine

MAX_LINE_BYTES = 4 * 1024 * 1024
"""A longer line is rejected (a real ad is a few kilobytes; this guards memory)."""

PROGRESS_BYTES = 1 << 20
"""``progress`` is told about the bytes read in steps of about this many."""


@dataclass(frozen=True, slots=True)
class Warning_:
    """A line that was kept with a repair (for example invalid UTF-8 replaced)."""

    file: str
    line: int
    message: str


ReadItem = AdRecord | RejectedLine | Warning_


def read_ads_file(
    path: Path, *, progress: Callable[[int], None] | None = None
) -> Iterator[ReadItem]:
    """Yield an ``AdRecord`` per good line, a ``RejectedLine`` per bad one (file, line, reason).

    Blank lines are ignored. Bytes that are not UTF-8 are replaced (and reported as a warning),
    not fatal: one bad byte in a body should not cost the whole ad.
    ``progress`` is called with the number of bytes read since the last call.
    """
    if not path.exists():
        raise InputError("no such file", where=str(path))
    if path.is_dir():
        raise InputError("is a directory, expected an ads.jsonl file", where=str(path))
    base_dir = path.parent.resolve()
    name = str(path)
    unreported = 0  # bytes read since the last progress call: one call per ~1 MB, not per line
    with path.open("rb") as handle:
        for number, (raw, size) in enumerate(_lines(handle), start=1):
            if progress is not None:
                unreported += size + 1
                if unreported >= PROGRESS_BYTES:
                    progress(unreported)
                    unreported = 0
            if raw is None:
                yield RejectedLine(name, number, f"line too long ({size} bytes)")
                continue
            # The usual line: valid UTF-8 and JSON, parsed from its bytes (orjson checks the
            # UTF-8 itself); anything else takes the step-by-step path below, which says why.
            try:
                value = orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass
            else:
                try:
                    yield to_ad_record(
                        value,
                        base_dir=base_dir,
                        origin=f"{name}:{number}",
                        clean_text=text_is_clean(raw),
                    )
                except InvalidRecord as exc:
                    yield RejectedLine(name, number, str(exc))
                continue
            stripped = raw.strip()
            if not stripped:
                continue
            try:
                text = stripped.decode("utf-8")
            except UnicodeDecodeError:
                text = stripped.decode("utf-8", errors="replace")
                yield Warning_(name, number, "invalid UTF-8 bytes replaced")
            try:
                value = orjson.loads(text)
            except orjson.JSONDecodeError as exc:
                yield RejectedLine(name, number, f"invalid JSON ({_short(exc)})")
                continue
            try:
                yield to_ad_record(value, base_dir=base_dir, origin=f"{name}:{number}")
            except InvalidRecord as exc:
                yield RejectedLine(name, number, str(exc))
    if progress is not None and unreported:
        progress(unreported)


def _lines(handle: BinaryIO) -> Iterator[tuple[bytes | None, int]]:
    """Yield (line, size) per line; line is None when it is longer than ``MAX_LINE_BYTES``.

    Reads in bounded chunks so that one multi-gigabyte "line" cannot exhaust memory: past the
    limit its bytes are dropped and only counted.
    """
    pending = bytearray()
    dropped = 0
    while chunk := handle.read(1 << 20):
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            piece = chunk[start:end]
            if dropped or len(pending) + len(piece) > MAX_LINE_BYTES:
                yield None, dropped + len(pending) + len(piece)
            else:
                pending += piece
                yield bytes(pending), len(pending)
            pending.clear()
            dropped = 0
            start = end + 1
        piece = chunk[start:]
        if dropped or len(pending) + len(piece) > MAX_LINE_BYTES:
            dropped += len(pending) + len(piece)
            pending.clear()
        else:
            pending += piece
    if dropped:
        yield None, dropped + len(pending)
    elif pending:
        yield bytes(pending), len(pending)


def _short(exc: Exception) -> str:
    return str(exc).split("\n", 1)[0][:120]
