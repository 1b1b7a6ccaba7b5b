"""Phone, number and age renderers: plain forms are findable, obfuscated ones are not."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from balise.simulate.numbers import fullwidth, keycaps, words_en, words_fr
from balise.simulate.obfuscation import (
    OBFUSCATED,
    PLAIN,
    obfuscated_phone,
    plain_phone,
    render_email,
)

NUMBER = "5145550123"


def _found(text: str) -> set[str]:
    return {
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        for m in phonenumbers.PhoneNumberMatcher(text, "CA")
    }


@pytest.mark.parametrize("style", range(len(PLAIN)))
def test_plain_forms_are_found_by_a_standard_matcher(style: int) -> None:
    rng = random.Random(style)
    for _ in range(5):
        text = PLAIN[style][0](rng, NUMBER)
        assert _found(f"Appelle-moi au {text} merci") == {"+1" + NUMBER}, text


@pytest.mark.parametrize("style", range(len(OBFUSCATED)))
def test_obfuscated_forms_hide_the_plain_digits(style: int) -> None:
    rng = random.Random(style)
    for _ in range(5):
        text = obfuscated_phone(rng, NUMBER, style)
        assert NUMBER not in text and "514-555-0123" not in text, text


def test_obfuscated_forms_are_diverse() -> None:
    rng = random.Random(0)
    forms = {obfuscated_phone(rng, NUMBER) for _ in range(200)}
    assert len(forms) > 100
    assert sum(not _found(f) for f in forms) / len(forms) > 0.8
    assert all(plain_phone(rng, NUMBER) for _ in range(10))


@pytest.mark.parametrize(
    "n,fr,en",
    [
        (0, "zéro", "zero"),
        (16, "seize", "sixteen"),
        (19, "dix-neuf", "nineteen"),
        (21, "vingt et un", "twenty-one"),
        (22, "vingt-deux", "twenty-two"),
        (40, "quarante", "forty"),
        (47, "quarante-sept", "forty-seven"),
    ],
)
def test_numbers_in_words(n: int, fr: str, en: str) -> None:
    assert words_fr(n) == fr
    assert words_en(n) == en


def test_digit_styles() -> None:
    assert keycaps("19") == "1\ufe0f\u20e39\ufe0f\u20e3"
    assert fullwidth("514") == "５１４"


def test_emails_plain_or_spelled_out() -> None:
    rng = random.Random(1)
    assert render_email(rng, "lily.x@gmail.com", False) == "lily.x@gmail.com"
    spelled = {render_email(rng, "lily.x@gmail.com", True) for _ in range(40)}
    assert all("@" not in s or " @ " in s for s in spelled) and len(spelled) >= 4
