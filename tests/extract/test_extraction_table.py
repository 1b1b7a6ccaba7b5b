"""Table-driven cases (text, language, expected) for every extracted field, both languages."""

from __future__ import annotations

import pytest

from balise.extract import extract_ad, place_id

from .helpers import make_ad

AGES = [
    ("J'ai 19 ans, nouvelle en ville", "fr", {19}),
    ("j'ai dix-neuf ans", "fr", {19}),
    ("Lily 1️⃣9️⃣ ans", "fr", {19}),
    ("Âge : vingt et un ans", "fr", {21}),
    ("Tina (29), Carla: [30], Vicky 24.", "fr", {29, 30, 24}),
    ("Clients 25+ seulement", "fr", set()),
    ("Hommes de 30 ans et plus", "fr", set()),
    ("5 ans d'expérience", "fr", set()),
    ("18+ seulement, 34C-24-36, 150$ la demi-heure", "fr", set()),
    ("Mise à jour le 15/09/2025", "fr", set()),
    # an abbreviated month or weekday before a day is a date, not a name and an age
    ("Anya, 30 yo. Available from Sep 16", "en", {30}),
    ("Dispo dès mer 18, jeu 19", "fr", set()),
    ("Sam 19, Léa 22", "fr", {19, 22}),  # Sam is a name as often as samedi
    ("22yo sweet girl", "en", {22}),
    ("age: 21", "en", {21}),
    ("twenty-two years old", "en", {22}),
    ("She's 18, ask for Roxy", "en", {18}),
    ("Men over 30 years old only", "en", set()),
    ("Clients 25+ only, 18+", "en", set()),
    ("5'4, 165 cm, 36DD-26-38", "en", set()),
]


@pytest.mark.parametrize(("text", "language", "expected"), AGES)
def test_ages(text: str, language: str, expected: set[int]) -> None:
    assert set(extract_ad(make_ad(text)).ages) == expected


def test_form_age_field_counts() -> None:
    assert extract_ad(make_ad("Bonjour", age="dix-neuf")).ages == (19,)
    assert extract_ad(make_ad("Bonjour", age="n/a")).ages == ()


PRICES = [
    ("150 roses/hh", "fr", [(150, 30, "hh")]),
    ("200$/h", "fr", [(200, 60, "h")]),
    ("QV 100", "fr", [(100, None, "qv")]),
    ("demi-heure 140 roses, 1h: 250$", "fr", [(140, 30, "hh"), (250, 60, "h")]),
    ("Dispo 10h-22h, 24/7", "fr", []),
    ("$300 for 2 hours", "en", [(300, 120, "2h")]),
    ("overnight 1000$", "en", [(1000, None, "overnight")]),
    ("22 years old, 5'4", "en", []),
    # rate lists written unit first: each amount goes with the unit before it
    ("Tarifs: 1/2h 160$ 1h 250$", "fr", [(160, 30, "hh"), (250, 60, "h")]),
    ("1h 250$ - 30min 160$", "fr", [(250, 60, "h"), (160, 30, "hh")]),
    ("QV 100 / 30min 160 / 1h 250", "fr", [(100, None, "qv"), (160, 30, "hh"), (250, 60, "h")]),
    ("hh 160 h 250", "fr", [(160, 30, "hh"), (250, 60, "h")]),
    # ... or amount first
    ("150$ 30min, 250$ 1h", "en", [(150, 30, "hh"), (250, 60, "h")]),
    ("120 qv, 160 hh, 250 1h", "en", [(120, None, "qv"), (160, 30, "hh"), (250, 60, "h")]),
    ("250 dollars de l'heure", "fr", [(250, 60, "h")]),
    ("140 roses de la demi-heure", "fr", [(140, 30, "hh")]),
    ("Dispo de 10h à 22h", "fr", []),
    # the rose emoji as the currency
    ("160 🌹 demi-heure / 250 🌹 heure", "fr", [(160, 30, "hh"), (250, 60, "h")]),
    ("160 🌹 half / 250 🌹 hour", "en", [(160, 30, "hh"), (250, 60, "h")]),
    # a rose after a phone number is decoration, not a price
    ("Text me 263-555-0121 🌹", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), PRICES)
def test_prices(text: str, language: str, expected: list[tuple[int, int | None, str]]) -> None:
    got = [(p.amount, p.minutes, p.label) for p in extract_ad(make_ad(text)).prices]
    assert got == expected


EMAILS = [
    ("lily.x at gmail dot com", "en", ("lily.x@gmail.com",)),
    ("lily(at)hotmail", "fr", ("lily@hotmail.com",)),
    ("Écris à Nina@Videotron.CA", "fr", ("nina@videotron.ca",)),
    ("nina arobase videotron point ca", "fr", ("nina@videotron.ca",)),
    ("meet me at the hotel dot lobby", "en", ()),
    # an address on a subdomain, or under a two-part ending, is read to its last label
    ("Booking: desk@sixsixsix-escorts.example.com", "en", ("desk@sixsixsix-escorts.example.com",)),
    ("Courriel: info@spa-riviere.example.ca. Merci!", "fr", ("info@spa-riviere.example.ca",)),
    ("write to kim@mail.example.co.uk", "en", ("kim@mail.example.co.uk",)),
    # a spaced "@" before an unknown ending is a handle, not an address
    ("insta @scarlett.xo", "en", ()),
]


@pytest.mark.parametrize(("text", "language", "expected"), EMAILS)
def test_emails(text: str, language: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).emails == expected


HANDLES = [
    ("snap: lily_xo", "en", ("snapchat:lily_xo",)),
    ("👻 Lily_XO", "fr", ("snapchat:lily_xo",)),
    ("Insta @nina.mtl", "en", ("instagram:nina.mtl",)),
    ("TG: ava.x", "fr", ("telegram:ava.x",)),
    ("t.me/ava_vip", "en", ("telegram:ava_vip",)),
    ("OF: sweetlily", "en", ("onlyfans:sweetlily",)),
    ("of course, I love it", "en", ()),
]


@pytest.mark.parametrize(("text", "language", "expected"), HANDLES)
def test_handles(text: str, language: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).handles == expected


PLACE_IDS = [
    ("Vieux-Montréal", "montreal"),
    ("Rive-Sud", "longueuil"),
    ("MTL", "montreal"),
    ("Plateau", "montreal"),
    ("métro Berri-UQAM", "montreal"),
    ("Brossard", "longueuil"),
    ("métro Montmorency", "laval"),
    ("Longueuil–Université-de-Sherbrooke", "longueuil"),
    ("Laval (Chomedey)", "laval"),
    ("Terrebonne", "rive-nord"),
    ("Saint-Jérôme", "rive-nord"),
    ("Hull", "gatineau"),
    ("Ville de Québec", "quebec"),
    ("Trois-Rivières", "trois-rivieres"),
    ("Kanata", "ottawa"),
    ("North York", "toronto"),
    ("Drummondville", "drummondville"),
    ("Saint-Jean-sur-Richelieu", "saint-jean-sur-richelieu"),
    ("Granby", "granby"),
    ("Mississauga", "mississauga"),
    ("Partout", None),
    ("N/A", None),
    ("Quebec Province", None),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_IDS)
def test_place_id(text: str, expected: str | None) -> None:
    assert place_id(text) == expected


def test_places_in_text_and_city_fallback() -> None:
    ad = make_ad("Incall près du métro Jean-Talon, outcall Laval", title="Nouvelle à Montréal")
    x = extract_ad(ad)
    assert x.city == "montreal"
    assert set(x.places) == {"montreal", "laval"}
    # a street named after a city is not that city; the province is not the city
    street = extract_ad(make_ad("Incall rue Sherbrooke Ouest, Montréal, Québec"))
    assert street.places == ("montreal",)


def test_city_field_comes_first() -> None:
    x = extract_ad(make_ad("De passage à Gatineau", city="Rive-Sud"))
    assert x.city == "longueuil" and x.places == ("longueuil", "gatineau")


LANGUAGES = [
    ("Bonjour messieurs, je suis une belle fille disponible ce soir pour vous", "fr"),
    ("Hi gentlemen, I am a sweet girl available tonight, text me for more", "en"),
    ("Bonjour les gars! Hi guys, I am new here, je suis disponible ce soir, text me now", "mixed"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_language(text: str, expected: str) -> None:
    assert extract_ad(make_ad(text)).language == expected


NAMES = [
    ("Bonjour, je m'appelle Lily et j'ai 21 ans", ("Lily",)),
    ("Hi, I'm Mia, new in town", ("Mia",)),
    ("Moi c'est Zoé 💋", ("Zoé",)),
    ("I'm new here and available", ()),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).names == expected


def test_obfuscated_flag_and_contact_phone() -> None:
    hidden = extract_ad(make_ad("Texte: cinq un quatre 555 0123"))
    assert hidden.phones == ("+15145550123",) and hidden.obfuscated_phone
    shown = extract_ad(make_ad("Texte: cinq un quatre 555 0123", contact_phone="514-555-0123"))
    assert shown.phones == ("+15145550123",) and not shown.obfuscated_phone
    assert extract_ad(make_ad("hi", contact_phone="text only")).phones == ()


def test_every_mention_points_into_the_original_text() -> None:
    ad = make_ad(
        "<p>Je m&#39;appelle Lily, j'ai vingt et un ans. 5️⃣1️⃣4️⃣ cinq-cinq-cinq O l23. "
        "150 roses/hh. Snap: lily_xo. lily at gmail dot com. Métro Montmorency.</p>",
        title="Lily, 21 ans 💋",
        city="Laval",
        age="21",
    )
    x = extract_ad(ad)
    kinds = {m.kind for m in x.mentions}
    assert {"phone", "age", "price", "handle", "email", "place", "name"} <= kinds
    for m in x.mentions:
        assert ad.field_text(m.span.field)[m.span.start : m.span.end] == m.span.text
        assert m.rule and 0 < m.confidence <= 1
