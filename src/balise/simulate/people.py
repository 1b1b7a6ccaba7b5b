"""The people of the simulated market: working names, ages, descriptions.

Names come from lists of common first names (no surnames), as ads use them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FEMALE_NAMES: tuple[str, ...] = (
    "Emma",
    "Léa",
    "Chloé",
    "Camille",
    "Sarah",
    "Jade",
    "Julia",
    "Zoé",
    "Alice",
    "Rosalie",
    "Florence",
    "Charlie",
    "Maëlie",
    "Laurence",
    "Mia",
    "Lily",
    "Sofia",
    "Olivia",
    "Ava",
    "Élodie",
    "Audrey",
    "Catherine",
    "Gabrielle",
    "Noémie",
    "Marilou",
    "Justine",
    "Mélodie",
    "Valérie",
    "Jessica",
    "Amanda",
    "Stéphanie",
    "Vanessa",
    "Isabelle",
    "Nathalie",
    "Karine",
    "Megan",
    "Ashley",
    "Brittany",
    "Jasmine",
    "Bella",
    "Luna",
    "Nina",
    "Kim",
    "Tina",
    "Amber",
    "Crystal",
    "Diamond",
    "Candy",
    "Cherry",
    "Roxy",
    "Mona",
    "Eva",
    "Nadia",
    "Yasmine",
    "Leila",
    "Sakura",
    "Mei",
    "Lin",
    "Kiko",
    "Yuki",
    "Ana",
    "Maria",
    "Lucia",
    "Paola",
    "Daniela",
    "Carla",
    "Valentina",
    "Natasha",
    "Anya",
    "Katia",
    "Océane",
    "Maya",
    "Kayla",
    "Destiny",
    "Layla",
    "Ruby",
    "Scarlett",
    "Victoria",
    "Vicky",
    "Sasha",
    "Alexa",
    "Tiffany",
    "Brianna",
    "Kiara",
    "Naomie",
    "Ariane",
    "Émilie",
    "Sabrina",
    "Mélissa",
    "Cindy",
    "Josée",
    "Annie",
    "Sophie",
    "Marie",
    "Julie",
    "Kelly",
    "Britney",
    "Aaliyah",
    "Amira",
    "Inès",
    "Sienna",
    "Coco",
)
MALE_NAMES: tuple[str, ...] = (
    "Alex",
    "Max",
    "Marc",
    "Julien",
    "Samuel",
    "Vincent",
    "Kevin",
    "Jason",
    "Ryan",
    "Nico",
    "Mathieu",
    "Gabriel",
    "Antoine",
    "Derek",
    "Tony",
    "Olivier",
)

ETHNICITIES: tuple[tuple[str, str], ...] = (
    # (French, English) as ads list them
    ("latina", "latina"),
    ("asiatique", "asian"),
    ("ebony", "ebony"),
    ("russe", "russian"),
    ("ukrainienne", "ukrainian"),
    ("colombienne", "colombian"),
    ("brésilienne", "brazilian"),
    ("coréenne", "korean"),
    ("chinoise", "chinese"),
    ("philippine", "filipina"),
    ("européenne", "european"),
    ("québécoise", "québécoise"),
    ("haïtienne", "haitian"),
    ("arabe", "arab"),
    ("indienne", "indian"),
    ("exotique", "exotic"),
    ("métisse", "mixed"),
    ("roumaine", "romanian"),
)

HAIR_FR = ("brune", "blonde", "rousse", "aux cheveux noirs", "châtain")
HAIR_EN = ("brunette", "blonde", "redhead", "raven-haired beauty", "auburn beauty")


@dataclass(frozen=True)
class Looks:
    """A person's description, stable across their ads."""

    height_cm: int
    weight_kg: int
    bust: int
    cup: str
    waist: int
    hips: int
    hair: int  # index into HAIR_FR / HAIR_EN
    ethnicity: int  # index into ETHNICITIES


@dataclass
class Person:
    """One advertised person (the truth side)."""

    person_id: str
    operator_id: str
    name: str
    true_age: int
    male: bool
    looks: Looks
    trafficked: bool
    photo_seeds: tuple[int, ...]  # one per base photo
    stated_age: int  # the age the ads usually give
    alt_names: tuple[str, ...] = ()  # other names a third party gives the same person

    @property
    def minor(self) -> bool:
        return self.true_age < 18


def draw_looks(rng: random.Random, ethnic_pool: tuple[int, ...] | None = None) -> Looks:
    """A plausible description; ``ethnic_pool`` restricts the listed ethnicity."""
    height = int(rng.gauss(164, 7))
    bust = rng.choice((32, 34, 34, 36, 36, 38))
    return Looks(
        height_cm=height,
        weight_kg=max(42, int(rng.gauss(58, 8))),
        bust=bust,
        cup=rng.choice("ABBCCCDDE"),
        waist=rng.choice((23, 24, 25, 26, 27, 28, 30)),
        hips=rng.choice((33, 34, 35, 36, 37, 38, 40)),
        hair=rng.randrange(len(HAIR_FR)),
        ethnicity=rng.choice(ethnic_pool) if ethnic_pool else rng.randrange(len(ETHNICITIES)),
    )


def adult_age(rng: random.Random) -> int:
    """A true age for an adult worker: mostly 20-35, a tail to 48, some 18-19."""
    r = rng.random()
    if r < 0.08:
        return rng.randint(18, 19)
    if r < 0.75:
        return rng.randint(20, 32)
    return rng.randint(33, 48)


def stated_age_for(rng: random.Random, true_age: int) -> int:
    """The age an ad usually states: minors say 18-19 (the form forces 18+), adults
    say their age or shave off a year or three."""
    if true_age < 18:
        return rng.choice((18, 19, 19, 20))
    if true_age >= 28 and rng.random() < 0.4:
        return true_age - rng.randint(1, 4)
    return true_age
