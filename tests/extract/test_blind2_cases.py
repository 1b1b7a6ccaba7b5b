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


ROUND_ZEROS = [
    ("450 555 ○192", ("+14505550192",)),
    ("45○ 555 ○192", ("+14505550192",)),
    ("4 5 0 5 5 5 ◯ 1 9 2", ("+14505550192",)),
    ("514-555-⭕⭕12", ("+15145550012",)),
    ("438 555 ○ 1 ○ 6", ("+14385550106",)),
    # outside a digit run a round symbol is a bullet, never a digit
    ("○ Massage ○ Tarifs ○", ()),
    ("30 min ○ 100$ ○ 1h ○ 180$", ()),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_ZEROS)
def test_round_symbols_are_zeros_inside_digit_runs(text: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad(text)).phones == expected


@pytest.mark.parametrize("bullet", ["○", "◯", "•"])
def test_a_round_bullet_leaves_ages_and_prices_alone(bullet: str) -> None:
    ad = extract_ad(make_ad(f"Léa 22 {bullet} Laval\n30 min {bullet} 100$\n1h {bullet} 180$"))
    assert ad.ages == (22,)
    assert [p.amount for p in ad.prices] == [100, 180]
    assert ad.phones == ()


HANDLES = [
    ("snap seulement\nDernière journée", ()),
    ("snap seulement dernière journée", ()),
    ("Snapchat\nlily_xo", ()),
    ("snap uniquement merci", ()),
    ("Telegram only please", ()),
    ("insta: Léa", ()),
    # the account after a qualifier, on the same line, is still read
    ("Snap only please: lily.xo", ("snapchat:lily.xo",)),
    ("Snap seulement lily22 💋", ("snapchat:lily22",)),
    ("Snap: lily\nTelegram: mia_x", ("snapchat:lily", "telegram:mia_x")),
    ("snap uniquement: mia_mtl", ("snapchat:mia_mtl",)),
]


@pytest.mark.parametrize(("text", "expected"), HANDLES)
def test_handles_stay_on_their_line_and_skip_qualifiers(
    text: str, expected: tuple[str, ...]
) -> None:
    assert extract_ad(make_ad(text)).handles == expected


TITLE_NAMES = [
    # after a repost prefix
    ("Dispo Léa 19 - Laval", ("Léa",)),
    ("Available now - Léa 22", ("Léa",)),
    ("BACK Léa", ("Léa",)),
    ("DE RETOUR - Nouvelle 🔥 Crystal", ("Crystal",)),
    ("NEW PICS Ivy 🌿 Montréal", ("Ivy",)),
    # after a dash, a bar, a colon or an emoji
    ("Maison Aurelia — Celeste", ("Celeste",)),
    ("Nouvelle 🔥 Crystal", ("Crystal",)),
    ("Agence Velours — Juliette, 25 ans", ("Juliette",)),
    ("Capital Companions | Hailey 27", ("Hailey",)),
    ("Nouvelle cette semaine: Natasha 24 (Europe de l'Est)", ("Natasha",)),
    ("New in town 🍁 Maya (just moved)", ("Maya",)),
    # the second of two joined names
    ("Destiny & Candy 2 girls", ("Destiny", "Candy")),
    ("Double trouble 💕 Jade & Skye Toronto", ("Jade", "Skye")),
    ("DUO Amélie & Rose 👭 Hochelaga", ("Amélie", "Rose")),
    # negatives: places, descriptions and words in the same positions
    ("Ronde et sensuelle - Repentigny", ()),
    ("Massage 4 mains 🙌 Plateau", ()),
    ("Couple cherche homme ou femme - Terrebonne", ()),
    ("Dispo Étudiante 19 ans 📚 Côte-des-Neiges", ()),
    ("BACK Latinas recién llegadas 💃 Saint-Léonard", ()),
    ("Dispo Petite 4'11 😇 Saint-Henri", ()),
    ("Back! Barely 18 💕", ()),
    ("Golden Lotus Body Rub - NEW STAFF every week", ()),
    ("Available now Montreal", ()),
    # a place at the start is no name, and the name after it is read; with an age it is one
    ("Plateau - Emma", ("Emma",)),
    ("Boucherville - Cindy", ("Cindy",)),
    ("Mississauga - new", ()),
    ("Aurora 22 - Laval", ("Aurora",)),
    # an accented second part of a hyphenated name
    ("DE RETOUR - Marie-Ève, Sainte-Foy", ("Marie-Ève",)),
    ("Anne-Élise 22 - Laval", ("Anne-Élise",)),
    # a name already at the start keeps the title to itself: what follows is a place
    ("Sienna • Yorkville • GFE", ("Sienna",)),
    ("Amélie 😘 Hochelaga", ("Amélie",)),
    ("Sarah 🍑 Rosemont incall", ("Sarah",)),
    # fourth blind market: a month before a day is a date, a gender is no name
    ("Romy visiting Toronto 🍁 Sept 21-25", ()),
    ("Romy 🍁 Sept 21-25", ("Romy",)),
    ("Oct 3-7 only ✈️ Gatineau", ()),
    ("Trans 29 ans 🌈 Village", ()),
    # months that are also first names stay names
    ("June 24 🌸 Laval", ("June",)),
]


@pytest.mark.parametrize(("title", "expected"), TITLE_NAMES)
def test_title_names(title: str, expected: tuple[str, ...]) -> None:
    assert extract_ad(make_ad("", title=title)).names == expected


def test_an_introduced_hyphenated_name_is_read_whole() -> None:
    assert extract_ad(make_ad("Je m'appelle Marie-Ève, 24 ans")).names == ("Marie-Ève",)


def test_a_title_name_points_at_the_title() -> None:
    ad = extract_ad(make_ad("", title="BACK - Maison Aurelia — Celeste"))
    [mention] = [m for m in ad.mentions if m.kind == "name"]
    assert (mention.span.field, mention.span.text, mention.rule) == (
        "title",
        "Celeste",
        "name.title",
    )
