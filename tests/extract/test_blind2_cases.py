"""Table cases for the reading errors the second blind market showed
(``tests/score/data/blind2/FINDINGS.md``), each with its negatives."""

from __future__ import annotations

import pytest

from balise.extract import extract_ad

from .helpers import make_ad

# A number printed whole in the 3-3-4 shape wins over a window that glues a number before it.
YEAR_BEFORE_PHONE = [
    ("Je travaille depuis 2015. 819-555-0174", ("+18195550174",)),
    ("depuis 2015 819-555-0174 texto", ("+18195550174",)),
    ("Since 2019! 438 555 0112", ("+14385550112",)),
    ("en affaires depuis 2015. 8 1 9 5 5 5 0 1 7 4", ("+18195550174",)),
    ("Suite 1204. 514.555.0133", ("+15145550133",)),
    # unchanged: a leading country code, two numbers in a row, a number glued whole
    ("1 514 555 0199", ("+15145550199",)),
    ("+1 819 555 0174", ("+18195550174",)),
    ("514 555 0199 / 819 555 0174", ("+15145550199", "+18195550174")),
    ("appelle 5145550199", ("+15145550199",)),
    ("5 1 4 5 5 5 0 1 9 9", ("+15145550199",)),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_BEFORE_PHONE)
def test_a_whole_number_wins_over_a_glued_window(text: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).phones == expected
