"""The stop-word language detector agrees with lingua on ads whose language is clear."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

from balise.extract import extract_ad
from balise.schema import AdRecord

lingua = pytest.importorskip("lingua")


def _market_ads() -> list[AdRecord]:
    from balise.ingest.reader import read_ads_file
    from balise.simulate import generate_market

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "market"
        generate_market(11, 40, 2, out, images=False)
        return [a for a in read_ads_file(out / "ads.jsonl") if isinstance(a, AdRecord)]


_PIECES = re.compile(r"[.!?\n~|•/()\u2728\U0001f495-]+")


def _clear_language(detector: object, text: str) -> object | None:
    """lingua's language for ``text`` when every piece of three words or more has it.

    lingua built for two languages always picks one, even for ads that switch language
    from one sentence to the next; those are not "clear" and are left out.
    """
    found = set()
    for piece in _PIECES.split(text):
        if len(piece.split()) >= 3:
            found.add(detector.detect_language_of(piece))  # type: ignore[attr-defined]
    return found.pop() if len(found) == 1 else None


def test_agrees_with_lingua_on_clear_ads() -> None:
    detector = lingua.LanguageDetectorBuilder.from_languages(
        lingua.Language.FRENCH, lingua.Language.ENGLISH
    ).build()
    codes = {lingua.Language.FRENCH: "fr", lingua.Language.ENGLISH: "en"}
    agree = clear = 0
    for ad in _market_ads():
        text = f"{ad.title}\n{ad.body}"
        language = _clear_language(detector, text)
        if language is None:
            continue
        clear += 1
        agree += extract_ad(ad).language == codes[language]
    assert clear >= 50
    assert agree / clear >= 0.90, f"{agree}/{clear}"
