"""Round 12: the reading errors the seventh and eighth blind markets showed
(``tests/score/data/blind7/FINDINGS.md`` proposal 8, t09; ``blind8/FINDINGS.md``), each with
its negatives (docs/extraction.md, round 12)."""

from __future__ import annotations

import pytest

from balise.extract import extract_ad, place_id
from balise.extract.normalise import clean, digitise

from .helpers import make_ad

# A digit group glued to a price ("100$/30") is the price's, and a number printed whole in its
# own grouping (3-3-4 blocks, or one stretch of single digits spaced alike) wins over a window
# shifted into what comes before it.
PRICE_THEN_PHONE = [
    # blind7 t05: the "30" of "100$/30" was read as an area code across the emoji
    ("150$/h 100$/30 💋 4 3 8  5 5 5  0 1 1 2", ("+14385550112",)),
    ("150$/h 100$/30 💋 8 seven 3 5 five 5 0 one 1 3", ("+18735550113",)),
    # the same without a currency: the spaced run's own grouping wins
    ("150/h 100/30 💋 4 3 8  5 5 5  0 1 1 2", ("+14385550112",)),
    ("100/30 💋 8 seven 3 5 five 5 0 one 1 3", ("+18735550113",)),
    # a group glued after "$" or "$/" never starts a number
    ("100$/30 💋 438-555-01-12", ("+14385550112",)),
    ("$30 4 3 8 5 5 5 0 1 1 2", ("+14385550112",)),
    # a unit-first price before spaced digits (seed market: "hh 150 h 220 4  3  8 ...")
    ("hh 150 4 3 8 5 5 5 0 1 1 2", ("+14385550112",)),
    ("hh 150 h 220 4  3  8  5  5  5  6  1  9  3 (textos seulement)", ("+14385556193",)),
    # an age in brackets before a number in 3-3-4 blocks, the last one spelled digit by digit
    ("Leila [20] 873 / SSS / one six three two", ("+18735551632",)),
    # two spaced numbers in a row, each spaced its own way
    (
        "38E-26-36 📞 4-5-0-5-5-5-1-7-7-1 / 4 . 5 . 0 . 5 . 5 . 5 . 9 . 6 . 3 . 1",
        ("+14505551771", "+14505559631"),
    ),
    (
        "📞 5 . 7 . 9 . 5 . 5 . 5 . 8 . 9 . 2 . 4 / 5 7 9 5 5 5 4 0 4 9",
        ("+15795558924", "+15795554049"),
    ),
    # opening hours and the end of a postal code are no area code either (seed markets)
    ("Dispo 24/7 43💋8💋5💋5💋50💋43💋0", ("+14385550430",)),
    ("ouvert 7/7 4 3 8 5 5 5 0 1 1 2", ("+14385550112",)),
    ("Area H3H 8S6. 📞 51💋45💋5💋5💋3💋68💋6", ("+15145553686",)),
    ("Area H1V 7B4. 📞 5 1 4 5 5 5 3 6 8 6", ("+15145553686",)),
    # a price whose duration comes first ("H 120") before an irregularly cut number, and a
    # bar read as a 1 before a number spaced its own way (seed markets)
    ("QV 60 | HH 60 | H 120 📱 43🌹8🌹555🌹60🌹61 Merci!", ("+14385556061",)),
    (
        "Megan: [27] / Victoria: [20]. | 📞 5 . 7 . 9 . 5 . 5 . 5 . 8 . 9 . 2 . 4",
        ("+15795558924",),
    ),
    # ... while a unit after its amount, or a whole number after a unit, stays a number
    ("180 roses/hh, 280 roses/h\n438-555-1209 (textos seulement)", ("+14385551209",)),
    ("80$ HH 140$ H 45O.555.Ol8l", ("+14505550181",)),
    ("HH 60 514 555 0123", ("+15145550123",)),
    # ... while a number after a postal code's first half stays whole
    ("Secteur H2X 514-555-0123", ("+15145550123",)),
    ("Area H3H 8S6 514-555-0123", ("+15145550123",)),
    ("Dispo 24/7 514-555-0123", ("+15145550123",)),
    # unchanged: a price with its currency apart, plain numbers, a leading country code,
    # numbers in words (blind8 t06)
    ("Tarif 200 $ 514 555 0123", ("+15145550123",)),
    ("150$/h 100$/30 💋 438.555.0111", ("+14385550111",)),
    ("Mike: quatre-trois-huit 555 zéro-un-huit-un", ("+14385550181",)),
    ("5 1 4 5 5 5 0 1 9 9", ("+15145550199",)),
    ("1 5 1 4 5 5 5 0 1 2 3", ("+15145550123",)),
    ("1 514 555 0199", ("+15145550199",)),
    ("depuis 2015 8 1 9 5 5 5 0 1 7 4", ("+18195550174",)),
    # prices alone are no number
    ("150$/h 100$/30 💋 80$ HH 140$ H", ()),
    ("100$/30 💋 4 3 8 5 5 5", ()),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_THEN_PHONE)
def test_a_price_is_not_the_start_of_a_phone(text: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).phones == expected


def test_the_span_of_the_phone_leaves_the_price_out() -> None:
    ad = extract_ad(make_ad("Sabrina 24 ans 💋 150$/h 100$/30 💋 4 3 8  5 5 5  0 1 1 2"))
    spans = [m.span.text for m in ad.mentions if m.kind == "phone"]
    assert spans == ["4 3 8  5 5 5  0 1 1 2"]


# A number word that opens a town's name stays a word ("Trois-Rivières" is no "3-Rivières"):
# read as a digit, it ended "Nina, 22" as if a phone's digits followed (blind7 t09).
LINK_IN_BIO = [
    ("🌸 Nina, 22\n📍 Trois-Rivières\nmy management handles my bookings 💼", (22,)),
    ("✨ Bella, 24\n📍 Sherbrooke\n💕 GFE", (24,)),
    ("💋 Jolie, 23\n📍 Sept-Îles", (23,)),
    ("Léa, 26 ~ Deux-Montagnes", (26,)),
    ("Zoé, 28 📍 Trois Rivières", (28,)),
]


@pytest.mark.parametrize(("text", "ages"), LINK_IN_BIO)
def test_a_town_named_with_a_number_word_does_not_end_an_age(
    text: str, ages: tuple[int, ...]
) -> None:
    assert extract_ad(make_ad(text)).ages == ages


@pytest.mark.parametrize(
    ("text", "digitised"),
    [
        ("Trois-Rivières", "Trois-Rivières"),
        ("trois rivieres", "trois rivieres"),
        ("Trois-Pistoles", "Trois-Pistoles"),
        ("Sept-Îles", "Sept-Îles"),
        ("Deux-Montagnes", "Deux-Montagnes"),
        # number words elsewhere are still numbers
        ("trois filles", "3 filles"),
        ("vingt-trois ans", "23 ans"),
        ("quatre-trois-huit 555", "4-3-8 555"),
        ("sept iles", "sept iles"),
        ("sept ans", "7 ans"),
        ("deux 5 five", "2 5 5"),
    ],
)
def test_digitise_keeps_the_number_word_of_a_town(text: str, digitised: str) -> None:
    assert digitise(clean(text)).text == digitised


def test_the_town_is_still_read_as_a_place() -> None:
    ad = extract_ad(make_ad("🌸 Nina, 22\n📍 Trois-Rivières"))
    assert ad.places == ("trois-rivieres",)
    assert extract_ad(make_ad("Sept-Îles, ce soir")).places == ("sept-iles",)


# Title names: "24/7" after a town is no age, so the town is not a name; "NEW GIRL" is a
# prefix, the name comes after it; a job's workers are nobody's name.
TITLES = [
    ("🍒 NEW GIRL Candy 🍒 Brossard 24/7", ("Candy",)),
    ("🌹 🍒 NEW GIRL Bambi 🎀 St-Hubert 24/7", ("Bambi",)),
    ("NOUVELLE FILLE Mia 22 ans", ("Mia",)),
    ("Hôtesses / danseuses pour partys privés — cash chaque soir", ()),
    ("Massage Harmonie — Granby / Bromont", ()),
    ("Spa — Mont-Tremblant", ()),
    ("Sexy 🍒 Brossard 24h", ()),
    # unchanged: a place word with an age is a woman; a name then a town
    ("Aurora 22", ("Aurora",)),
    ("Sabrina 💋 Brossard", ("Sabrina",)),
    ("Jessica 25 ans NOUVELLE 🔥 Laval 24/7", ("Jessica",)),
]


@pytest.mark.parametrize(("title", "names"), TITLES)
def test_title_names(title: str, names: tuple[str, ...]) -> None:
    assert extract_ad(make_ad("", title=title)).names == names


@pytest.mark.parametrize(
    ("spelling", "place"),
    [
        ("Mont-Tremblant", "mont-tremblant"),
        ("Tremblant", "mont-tremblant"),
        ("Mt-Tremblant", "mont-tremblant"),
        ("Bromont", "bromont"),
        ("Saint-Sauveur", "rive-nord"),
        ("Granby", "granby"),
    ],
)
def test_laurentides_and_estrie_towns(spelling: str, place: str) -> None:
    assert place_id(spelling) == place


def test_towns_in_text() -> None:
    ad = extract_ad(make_ad("Je monte à Tremblant les fins de semaine. Granby / Bromont"))
    assert ad.places == ("mont-tremblant", "granby", "bromont")


# A number in the 3-3-4 shape written with look-alikes, some of its groups without a digit
# (seed markets: 66 of the 72 numbers the extraction still missed).
LOOKALIKE_CHAINS = [
    ("Reach me: 43B-SSS-B946", ("+14385558946",)),
    ("Appelle ou texte: SBl-SS5-1ll2", ("+15815551112",)),
    ("Reach me: 514 / SSS / lSIB", ("+15145551518",)),
    ("SI4-SSS-oISO (textos seulement)", ("+15145550150",)),
    ("✨ Nos filles à Montréal 43B-SSS-I23o ✨", ("+14385551230",)),
    # no digit at all, words, measurements: nothing
    ("SBI-SSS-lIBl", ()),
    ("SOS BOB ZOOS", ()),
    ("34B-24-36, 5'4, 120 lbs", ()),
    ("Tarifs | 100 | SOS | 2000", ()),
]


@pytest.mark.parametrize(("text", "expected"), LOOKALIKE_CHAINS)
def test_a_number_written_with_look_alike_groups(text: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).phones == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a hyphenated first name is read whole before its age (blind7: "Rose 28", "Ève (30)"),
        # so the link's aged names see the person's whole name
        ("Léa-Rose 28 & Jasmine 29", ["Léa-Rose 28", "Jasmine 29"]),
        ("avec Sarah-Ève (30) et Laurence (35)", ["Sarah-Ève (30)", "Laurence (35)"]),
        ("Jade-Lyne, 22", ["Jade-Lyne, 22"]),
        # unchanged: a name then a dash then the age, a lower-case second part
        ("Ruby - 23 - GFE", ["Ruby - 23"]),
        ("Candy-22, Laval", ["Candy-22"]),
    ],
)
def test_a_hyphenated_name_is_read_whole_before_its_age(text: str, spans: list[str]) -> None:
    ad = extract_ad(make_ad(text))
    assert [m.span.text for m in ad.mentions if m.kind == "age"] == spans
