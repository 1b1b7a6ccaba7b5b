"""Table cases for the reading rules the blind hand-checked set called for
(``data/handchecked.jsonl``; figures in ``test_handchecked.py``), with their negatives."""

from __future__ import annotations

import time

import pytest

from balise.extract import extract_ad
from balise.extract.patterns import MAX_FIELD_CHARS

from .helpers import make_ad

PHONES = [
    # hundreds spelled out, French and English, in the groups an ad writes
    ("cinq cent quatorze, cinq cent cinquante-cinq, zéro cent soixante et onze", "+15145550171"),
    ("quatre-cent-trente-huit cinq-cinq-cinq zéro-un-quatre-vingt-dix", "+14385550190"),
    ("quatre cent cinquante - cinq cent cinquante-cinq - zéro un - soixante-douze", "+14505550172"),
    ("quatre trois huit, cinq cinq cinq, zéro cent trois", "+14385550103"),
    ("five hundred and fourteen, five five five, zero one two three", "+15145550123"),
    ("six hundred thirteen 555 0144", "+16135550144"),
    # "oh" for a zero between digits
    ("text five one four, five five five, oh one six one", "+15145550161"),
    ("514 555 oh 1 2 3", "+15145550123"),
    # spoken repeats
    ("514 triple 5 0102", "+15145550102"),
    ("cinq un quatre double cinq cinq zéro un deux trois", "+15145550123"),
    # several spaced-out look-alike letters in a row
    ("514 555 O l 9 5 texto", "+15145550195"),
    ("4 3 8 5 5 5 O l O 1", "+14385550101"),
]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_spelled_and_spoken_phones(text: str, expected: str) -> None:
    assert extract_ad(make_ad(text)).phones == (expected,)


NOT_PHONES_OR_CHANGED = [
    # a bare "cent" is left alone; a spelled price stays a price
    ("Cent roses la demi-heure, deux cents l'heure", ()),
    ("Centre-ville, cinq cents roses", ()),
    ("Oh là là! 150 roses hh, 250 h", ()),
    ("Chambre double 2 lits, 5 min du métro", ()),
    ("Triple 3 some? no. Rates 200/h, 350/2h", ()),
]


@pytest.mark.parametrize(("text", "expected"), NOT_PHONES_OR_CHANGED)
def test_words_that_are_not_digits_stay_words(text: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).phones == expected


def test_spelled_hundreds_are_read_as_prices_too() -> None:
    prices = extract_ad(make_ad("Deux cents roses l'heure")).prices
    assert [p.amount for p in prices] == [200]


def test_a_phone_read_from_hundreds_points_at_the_words() -> None:
    text = "Appelle: cinq cent quatorze 555 0123"
    x = extract_ad(make_ad(text))
    (mention,) = [m for m in x.mentions if m.kind == "phone"]
    assert mention.span.text == "cinq cent quatorze 555 0123"
    assert x.obfuscated_phone


HANDLES = [
    ("Mon snapchat c'est amelie.qc", ("snapchat:amelie.qc",)),
    ("Mon snap c’est kim_b 👻", ("snapchat:kim_b",)),
    ("Check my OF: onlyfans.com/rubyrose", ("onlyfans:rubyrose",)),
    ("OF: www.onlyfans.com/rubyrose", ("onlyfans:rubyrose",)),
    ("snap: lily/insta: kim", ("snapchat:lily", "instagram:kim")),
    # words after a platform's name that name no account
    ("WhatsApp uniquement +33 6 12 34 56 78", ()),
    ("Telegram aussi, demandez-moi", ()),
    ("Snap juste pour les photos", ()),
]


@pytest.mark.parametrize(("text", "expected"), HANDLES)
def test_handles(text: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).handles == expected


AGES = [
    # one unit for a list of ages: two or three women
    ("Deux amies bi, 20 et 22 ans, pour duo", {20, 22}),
    ("Océane et Justine, âge: 31 et 23 ans", {31, 23}),
    ("19, 21 and 23 years old, three friends", {19, 21, 23}),
    # ...but a range, or clients, stay out
    ("Filles entre 20 et 25 ans", set()),
    ("Girls between 20 and 25 years old", set()),
    ("Hommes de 30 et 40 ans bienvenus", set()),
    ("Clients 30 et 40 ans", set()),
    # a stated age after "turned" / "viens d'avoir"
    ("Just turned 19 💕 first time here", {19}),
    ("Je viens d'avoir 19 ans", {19}),
    ("Just turned 18+ lol", set()),
    # a word for the advertised person, then her age
    ("Brand new Asian girl, 23. Square One", {23}),
    ("Mature lady, 52, sensual massage", {52}),
    ("new girl 23, text me", {23}),
    ("Hot blonde 24 🔥 outcall", {24}),
    ("girl 24/7", set()),
    ("Blonde 36DD-24-36", set()),
    ("fille 30 min 150$", set()),
    ("girlfriend 23.", set()),
    ("Best girl in town, 100% real", set()),
    # names with a dash or emoji before the age
    ("Ruby - 23 - new in town", {23}),
    ("🔥 Jasmine 🔥 21 🎀 5'2 🎀 100 lbs", {21}),
    ("💋 Sophie 💋 [25] dispo maintenant", {25}),
    ("Verdun - 24/7", set()),
    ("Petit moment avec Aaliyah 41😘855😘5😘614😘6", set()),  # a phone, not an age
    ("Rosemont - 30 min du centre", set()),
    ("Josée! 20 roses de rabais", set()),
    # clients' words are never names
    ("Men 40 and over preferred. Mature lady, 52.", {52}),
    ("Gentlemen 30, please be respectful", set()),
    # Spanish, as Latin-American ads in Montréal write it
    ("Latina caliente, Paola 28 años", {28}),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_ages(text: str, expected: set[int]) -> None:
    assert set(extract_ad(make_ad(text)).ages) == expected


_GAP = " " * 18000
HOSTILE = [
    "5" + _GAP + "cent" + _GAP + "14",
    "cent" + " -" * 9000 + "14",
    "5 oh" * 4000,
    "5 double" + _GAP + "5 5",
    "20, " * 4500 + "22 ans",
    "20 et " * 3000 + "22 ans",
    "Lily" + "🔥" * 9000 + "22",
    "Lily " + "🔥 " * 6000 + "22",
    "girl" + " ," * 9000 + "22",
    "girl, 2" * 2500,
    "snapchat" + " c'est" * 3000 + " x",
]


@pytest.mark.parametrize("body", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_runs_stay_fast(body: str) -> None:
    text = body[:MAX_FIELD_CHARS]
    extract_ad(make_ad("Laval"))  # the gazetteer loads once per process
    start = time.perf_counter()
    extract_ad(make_ad(text, title=text))
    assert time.perf_counter() - start < 2.5
