"""Names introduced in the third person or listed in a roster (for the person grouping)."""

from __future__ import annotations

import pytest

from balise.link.introductions import introduced_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Elle s'appelle Ana, 33ans, très gentille.", ("ana",)),
        ("<p>Elle s&#x27;appelle L&eacute;a, 46ans</p>", ("léa",)),
        ("Roxy est une fille douce, elle a 30 ans.", ("roxy",)),
        ("Nous vous présentons Layla, 33 ans.", ("layla",)),
        ("Agence Soirée vous présente Juliette, 27 ans.", ("juliette",)),
        ("Velvet Agency presents Grace, 24", ("grace",)),
        ("Her name is Camille, 23 years old", ("camille",)),
        ("Elle aime faire plaisir. - Sophie (âge: 23) vous attend.", ("sophie",)),
        ("<p>Elle est nouvelle: In&egrave;s, 31ans.</p>", ("inès",)),
        ("Choisissez parmi Mélodie 37, Ana: 33ans, Émilie: 28ans.", ("mélodie", "ana", "émilie")),
        (
            "Disponibles aujourd'hui: Nina: elle a vingt-huit ans, Julie, Zoé.",
            ("nina", "julie", "zoé"),
        ),
        ("Our girls: Crystal / Kim. Call now", ("crystal", "kim")),
        ("NEW young girls this week: Vicky, Bella. Special $60", ("vicky", "bella")),
        ("On shift: Mia, Kiki and Luna", ("mia", "kiki", "luna")),
        ("Visiting Laval this week only! Book now", ()),
        # not names: common words, a single listed word, places the ad names
        ("Elle est une fille douce", ()),
        ("Cette semaine: Nouvelles filles en ville", ()),
        ("Disponible ce soir: Montréal et Laval", ()),
        ("Je m'appelle Lily", ()),  # first person: name extraction's job, not this reader's
    ],
)
def test_third_person_and_roster_names(text: str, names: tuple[str, ...]) -> None:
    assert introduced_names("", text, ["montréal", "laval"]) == names
