"""The records an extraction returns are built by setting their slots: equal to what the
constructors give, and the direct path is the one that runs with the current schema."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from balise.extract import records
from balise.schema import AdExtraction, Mention, Price, Span

_TEXT = st.text(max_size=20)
_INT = st.integers(-(2**40), 2**40)


def test_the_records_are_built_directly_with_the_current_schema() -> None:
    # False means the schema changed: extraction stays right but slower (see records.py)
    assert records.DIRECT


@given(_TEXT, _INT, _INT, _TEXT, st.one_of(_TEXT, _INT), _TEXT, st.floats(allow_nan=False))
def test_direct_records_equal_constructed_ones(
    field: str, start: int, end: int, text: str, value: str | int, rule: str, confidence: float
) -> None:
    at = records.span(field, start, end, text)
    assert at == Span(field, start, end, text)
    assert repr(at) == repr(Span(field, start, end, text))
    said = records.mention("price", value, at, rule, confidence)
    assert said == Mention("price", value, at, rule, confidence)
    minutes = None if start % 2 else end
    cost = records.price(start, "CAD", minutes, text, at)
    assert cost == Price(start, "CAD", minutes, text, at)
    values = {
        "source": field,
        "ad_id": text,
        "phones": (text,),
        "emails": (),
        "handles": (rule,),
        "ages": (start,),
        "prices": (cost,),
        "city": None,
        "places": (),
        "language": "en",
        "names": (),
        "obfuscated_phone": True,
        "mentions": (said,),
    }
    got = records.extraction(**values)  # type: ignore[arg-type]
    want = AdExtraction(**values)  # type: ignore[arg-type]
    assert got == want
    assert hash(got.mentions[0].span) == hash(want.mentions[0].span)
    assert pickle.loads(pickle.dumps(got)) == want
