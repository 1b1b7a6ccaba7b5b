"""The generator's phone allocator: distinct 555 numbers, and a clear error when none is left."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from balise.simulate.phones import LINES_PER_AREA, PhoneAllocator, e164


def test_numbers_are_distinct_valid_and_in_the_asked_area_codes() -> None:
    alloc = PhoneAllocator(random.Random(3))
    numbers = [alloc.new(("514", "438")) for _ in range(2_000)]
    assert len(set(numbers)) == len(numbers)
    assert {n[:3] for n in numbers} == {"514", "438"}
    assert all(n[3:6] == "555" for n in numbers)
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(e164(n))) for n in numbers)


def test_a_full_area_code_moves_to_the_next_then_fails_clearly() -> None:
    alloc = PhoneAllocator(random.Random(5))
    numbers = {alloc.new(("819", "873")) for _ in range(2 * LINES_PER_AREA)}
    assert len(numbers) == 2 * LINES_PER_AREA  # every 555 number of both codes, none twice
    with pytest.raises(ValueError, match="no 555 number left in area codes 819, 873"):
        alloc.new(("819", "873"))
    assert alloc.new(("514",)).startswith("514555")  # other codes still work
