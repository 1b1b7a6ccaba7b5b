"""Places of the simulated market: place ids, how sites spell them, local area codes.

Place ids follow ``spec/interchange.md``. Each place lists the spellings a site may
file an ad under (accents dropped, abbreviations, boroughs, metro stations), so the
generator exercises the gazetteer the way real sites do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """One police territory / city of the market."""

    place_id: str
    name_fr: str
    name_en: str
    spellings: tuple[str, ...]  # how sites file an ad there (city field)
    area_codes: tuple[str, ...]  # local area codes, most common first
    weight: float  # share of operators living there
    english: float  # share of operators there who write in English


PLACES: tuple[Place, ...] = (
    Place(
        "montreal",
        "Montréal",
        "Montreal",
        (
            "Montréal",
            "Montréal",
            "Montréal",
            "montreal",
            "Montreal",
            "MTL",
            "mtl",
            "Montréal (Centre-ville)",
            "Downtown Montreal",
            "Centre-Ville",
            "Plateau",
            "Plateau-Mont-Royal",
            "Vieux-Montréal",
            "Rosemont",
            "Hochelaga",
            "Verdun",
            "Saint-Laurent",
            "Anjou",
            "Côte-des-Neiges",
            "NDG",
            "Lachine",
            "LaSalle",
            "Pointe-Claire",
            "Dorval",
            "West Island",
            "Villeray",
            "Ahuntsic",
            "métro Berri-UQAM",
            "Metro Guy-Concordia",
            "près métro Jean-Talon",
            "Montréal-Nord",
            "Griffintown",
        ),
        ("514", "438", "263"),
        0.50,
        0.25,
    ),
    Place(
        "laval",
        "Laval",
        "Laval",
        (
            "Laval",
            "Laval",
            "laval",
            "Chomedey",
            "Laval (Chomedey)",
            "Sainte-Rose",
            "métro Montmorency",
            "Vimont",
        ),
        ("450", "579", "354"),
        0.08,
        0.12,
    ),
    Place(
        "longueuil",
        "Longueuil",
        "Longueuil",
        (
            "Longueuil",
            "Longueuil",
            "longueuil",
            "Rive-Sud",
            "Rive-Sud",
            "Rive Sud",
            "South Shore",
            "Brossard",
            "Brossard",
            "Boucherville",
            "Saint-Lambert",
            "St-Hubert",
            "Saint-Bruno-de-Montarville",
            "Greenfield Park",
        ),
        ("450", "579", "354"),
        0.10,
        0.12,
    ),
    Place(
        "rive-nord",
        "Rive-Nord",
        "North Shore",
        (
            "Rive-Nord",
            "Terrebonne",
            "Blainville",
            "Repentigny",
            "Saint-Jérôme",
            "Mirabel",
            "Boisbriand",
            "Mascouche",
        ),
        ("450", "579"),
        0.05,
        0.08,
    ),
    Place(
        "gatineau",
        "Gatineau",
        "Gatineau",
        ("Gatineau", "Gatineau", "gatineau", "Hull", "Aylmer", "Outaouais"),
        ("819", "873"),
        0.05,
        0.25,
    ),
    Place(
        "quebec",
        "Québec",
        "Quebec City",
        (
            "Québec",
            "Québec",
            "Ville de Québec",
            "Quebec City",
            "quebec",
            "Sainte-Foy",
            "Charlesbourg",
        ),
        ("418", "581"),
        0.06,
        0.05,
    ),
    Place(
        "sherbrooke",
        "Sherbrooke",
        "Sherbrooke",
        ("Sherbrooke", "sherbrooke", "Estrie"),
        ("819", "873"),
        0.02,
        0.08,
    ),
    Place(
        "trois-rivieres",
        "Trois-Rivières",
        "Trois-Rivieres",
        ("Trois-Rivières", "Trois-Rivieres", "3R", "trois-rivieres"),
        ("819", "873"),
        0.02,
        0.04,
    ),
    Place(
        "ottawa",
        "Ottawa",
        "Ottawa",
        ("Ottawa", "Ottawa", "ottawa", "Kanata", "Vanier", "ByWard Market", "Orleans"),
        ("613", "343"),
        0.06,
        0.85,
    ),
    Place(
        "toronto",
        "Toronto",
        "Toronto",
        (
            "Toronto",
            "Toronto",
            "toronto",
            "Downtown Toronto",
            "TO",
            "North York",
            "Scarborough",
            "Etobicoke",
        ),
        ("416", "647", "437"),
        0.06,
        0.95,
    ),
)

PLACE_BY_ID: dict[str, Place] = {p.place_id: p for p in PLACES}

UNKNOWN_CITY_SPELLINGS: tuple[str, ...] = (
    "Partout",
    "Quebec Province",
    "Canada",
    "Everywhere",
    "Région",
    "N/A",
    "Autre",
    "Other",
)
"""City values a site may show that name no place (truth ``place`` is null)."""

CIRCUIT_ORDER: tuple[str, ...] = (
    "montreal",
    "laval",
    "longueuil",
    "rive-nord",
    "gatineau",
    "ottawa",
    "toronto",
    "quebec",
    "trois-rivieres",
    "sherbrooke",
)
"""Places in the order of a typical circuit (Montréal → the suburbs → Outaouais → Ontario)."""

METRO_STATIONS: tuple[str, ...] = (
    "Berri-UQAM",
    "Guy-Concordia",
    "Jean-Talon",
    "Mont-Royal",
    "Sherbrooke",
    "Atwater",
    "Peel",
    "Papineau",
    "Laurier",
    "Côte-Vertu",
    "Longueuil–Université-de-Sherbrooke",
    "Montmorency",
    "Lionel-Groulx",
    "Place-des-Arts",
    "Frontenac",
)

LANDMARKS: dict[str, tuple[str, ...]] = {
    "laval": ("Montmorency", "Cartier", "De la Concorde", "Carrefour Laval"),
    "longueuil": ("Longueuil–Université-de-Sherbrooke", "Quartier DIX30"),
    "rive-nord": ("Galeries Terrebonne", "gare de Blainville"),
    "gatineau": ("Place du Portage", "Promenades Gatineau"),
    "quebec": ("Grande Allée", "Place Laurier"),
    "sherbrooke": ("Carrefour de l'Estrie",),
    "trois-rivieres": ("Cap-de-la-Madeleine",),
    "ottawa": ("Rideau Centre", "ByWard Market"),
    "toronto": ("Union Station", "Yonge-Dundas"),
}
"""What stands in for a metro station outside the Montréal metro's reach."""

STREETS: tuple[str, ...] = (
    "rue Sainte-Catherine",
    "boul. Saint-Laurent",
    "rue Saint-Denis",
    "boul. Taschereau",
    "boul. Le Carrefour",
    "rue Principale",
    "boul. des Laurentides",
    "rue Sherbrooke",
    "ch. de Chambly",
    "boul. Décarie",
    "rue Notre-Dame",
    "Yonge St",
    "Rideau St",
)

POSTAL_PREFIXES: dict[str, tuple[str, ...]] = {
    "montreal": ("H2X", "H2L", "H3H", "H2T", "H1V", "H4C", "H3B", "H2J"),
    "laval": ("H7N", "H7T", "H7V"),
    "longueuil": ("J4K", "J4H", "J4Z", "J4W"),
    "rive-nord": ("J6W", "J7C", "J5Y"),
    "gatineau": ("J8X", "J8Y", "J9H"),
    "quebec": ("G1R", "G1K", "G1V"),
    "sherbrooke": ("J1H", "J1J"),
    "trois-rivieres": ("G9A", "G8T"),
    "ottawa": ("K1N", "K1P", "K2P"),
    "toronto": ("M5V", "M4Y", "M6J"),
}
