"""First names set against a stated age, read for the person grouping when nothing else
introduces the person (round 5, issue 5). Synthetic text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from balise.extract.batch import extract_ad
from balise.link.features import person_names
from balise.schema import AdRecord


@pytest.mark.parametrize(
    ("title", "body", "names"),
    [
        ("Sensual massage", "Laurence, 21 y/o, college girl by day.", ("laurence",)),
        ("Viens me voir", "Mona here, 18yo, toujours souriante.", ("mona",)),
        ("Douce", "💋 Sofia, âge: 23, douce", ("sofia",)),
        ("Ce soir", "<p>Audrey (27 years old) vous attend.</p>", ("audrey",)),
        ("Nouvelle", "Julie, elle a 24 ans, très sexy", ("julie",)),
        ("Nouvelle fille Stéphanie dispo", "Salut les gars", ("stéphanie",)),
        ("New girl Aaliyah available", "Hey there!", ("aaliyah",)),
        # not names: a label, a place the ad names, a greeting
        ("Hey", "Âge: 23. Taille 1m60", ()),
        ("Ce soir", "Montréal, 23 ans, incall", ()),
        ("Hi", "Hi guys! 24 yo, sweet", ()),
        ("Salut", "Just 19, fresh", ()),
        # a gender stated before the age is no name (fourth blind market: one trans woman
        # read as "nova" and "trans", two persons behind her own phone); her name here is not
        # set against the age, so this ad names nobody and joins her other ads' person
        ("NOVA trans & fière", "Salut! Nova ici. Trans, 29 ans, bilingue.", ()),
    ],
)
def test_names_set_against_an_age(title: str, body: str, names: tuple[str, ...]) -> None:
    ad = AdRecord("test", "1", datetime(2026, 1, 1, tzinfo=UTC), title, body, None)
    assert person_names(ad, extract_ad(ad)) == names


@pytest.mark.parametrize(
    ("title", "body", "names"),
    [
        # the title's opening word is the agency's; the body introduces the woman
        (
            "Soirée — Juliette, 27 ans, outcall",
            "Agence Soirée vous présente Juliette, 27 ans. Outcall Montréal.",
            ("juliette", "soirée"),
        ),
        # the title's name is also hers in the body: one name
        ("Lily — 24 ans", "Voici Lily, 24 ans, douce.", ("lily",)),
    ],
)
def test_an_introduced_woman_comes_before_the_titles_opening_word(
    title: str, body: str, names: tuple[str, ...]
) -> None:
    ad = AdRecord("test", "1", datetime(2026, 1, 1, tzinfo=UTC), title, body, None)
    assert person_names(ad, extract_ad(ad)) == names
