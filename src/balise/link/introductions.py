"""First names an ad introduces in the third person or in a roster, for the person grouping.

Name extraction reads how a worker introduces *herself* ("je m'appelle Lily", "I'm Mia"). A
third party writes *about* her ("elle s'appelle Ana", "her name is Ana", "nous vous présentons
Layla", "Roxy est une fille douce") or lists several women at once ("Disponibles aujourd'hui:
Nina, Julie, Zoé"). Those are exactly the clusters whose persons must be counted (several
persons behind one phone, a roster that turns over), and without their names every ad of a
cluster fell into one person. This reader adds those names to what the linker groups persons
by; it is deliberately narrow: an introducing phrase, then a capitalised word that is not a
common word or a place the ad names.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

from balise.extract.dates import WEEKDAYS
from balise.extract.names import DESCRIPTIONS
from balise.extract.normalise import fold

_TAG = re.compile(r"<[^>]{0,200}>")
_NAME = r"([A-ZÀ-Ý][a-zà-ÿ]{1,14}(?:-[A-ZÀ-Ý][a-zà-ÿ]{1,14})?)(?![\w'’])"
_NAME_AT = re.compile(_NAME)
# The introducing phrases are found on the lower-cased text (several times faster than a
# case-insensitive search), the name right after them on the original text, case-sensitively.
_INTRO = re.compile(
    r"\b(?:elle[ \t]+s[ \t]*['’]?[ \t]*appelle|elle[ \t]+se[ \t]+nomme|son[ \t]+nom[ \t]+est"
    r"|nous[ \t]+vous[ \t]+pr[ée]sentons|vous[ \t]+pr[ée]sente|presents|voici|d[ée]couvrez"
    r"|rencontrez|her[ \t]+name[ \t]+is|she[ \t]+is[ \t]+called|she['’]s[ \t]+called|meet"
    r"|introducing|say[ \t]+(?:hi|hello)[ \t]+to|elle[ \t]+est[ \t]+nouvelle[ \t]*[:,]"
    r"|she[ \t]+is[ \t]+new[ \t]*[:,]|she['’]s[ \t]+new[ \t]*[:,]"
    r"|nouvelle[ \t]+fille|new[ \t]+girl"
    r"|viens[ \t]+me[ \t]+voir[ \t]*,|come[ \t]+see[ \t]+me[ \t]*,)"
    r"[ \t]{1,3}"
)
_INTRO_GATE = (
    "appelle", "nomme", "nom est", "sent", "voici", "couvrez", "rencontrez", "name is",
    "called", "meet", "introducing", "say h", "nouvelle", "new", "me voir", "see me",
)  # fmt: skip
# "Roxy est une fille douce", "Mia is a sweet girl": a name as the subject of a description
_SUBJECT = re.compile(r"[ \t]+(?:est[ \t]+une|is[ \t]+an?)\b")
_SUBJECT_NAME = re.compile(r"(?:^|[.!>\n|✨~•:;]|\s[-–]|\s\s)[ \t]*" + _NAME + r"$")
_SUBJECT_GATE = (" est une", " is a")
# "Sophie (âge: 23) vous attend", "Mia is waiting for you"
_WAITING = re.compile(
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:vous[ \t]+attend|t['’]attend|is[ \t]+waiting)"
)
_WAITING_GATE = ("attend", "waiting")
# a roster: an announcing phrase, then a list of at least two names ("A, B et C", "A / B")
_ROSTER_PHRASES = (
    r"disponibles?(?:[ \t]+(?:aujourd['’]hui|ce[ \t]+soir|maintenant|cette[ \t]+semaine))?",
    r"choisissez[ \t]+parmi", r"nos[ \t]+(?:filles|masseuses|escortes)", r"cette[ \t]+semaine",
    r"ce[ \t]+soir", r"available[ \t]+(?:today|tonight|now)",
    r"our[ \t]+(?:girls|ladies|masseuses|escorts)", r"choose[ \t]+(?:from|between)",
    r"this[ \t]+week", r"on[ \t]+shift", r"working[ \t]+(?:today|tonight|now)", r"tonight",
    r"today",
)  # fmt: skip
_ROSTER_TAIL = r"[ \t]*:?[ \t]*"
_ROSTER_PLAIN = re.compile(r"\b(?:" + "|".join(_ROSTER_PHRASES) + ")" + _ROSTER_TAIL)


def _grouped(phrases: tuple[str, ...]) -> str:
    """``\\b(?:p1|p2|...)`` as a choice of the phrases' first letters, each followed by the
    same word-boundary test one character later and by the rests of the phrases starting with
    it, in their order. It matches the same text at the same positions (at any position only
    the phrases starting with the letter found there can match, tried in their order), but
    starting with literal letters it lets the engine skip to where one of them stands instead
    of trying a match at every position."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return (
        "(?:"
        + "|".join(rf"{first}(?<!\w.)(?:{'|'.join(rests)})" for first, rests in groups.items())
        + ")"
    )


_ROSTER = re.compile(_grouped(_ROSTER_PHRASES) + _ROSTER_TAIL)
_ROSTER_GATE = (
    "dispon", "choisissez", "nos filles", "nos masseuses", "nos escortes", "semaine", "soir",
    "available", "our girls", "our ladies", "our masseuses", "our escorts", "choose from",
    "choose between", "tonight", "today", "this week", "on shift", "working",
)  # fmt: skip
_ROSTER_END = re.compile(r"[.\n<!]")
_LIST_NAME = re.compile(r"(?:^|[,/&+;]|\bet\b|\band\b)[ \t]*" + _NAME)

STOP_WORDS = frozenset(
    [
        "elle",
        "il",
        "she",
        "he",
        "they",
        "we",
        "nous",
        "vous",
        "je",
        "i",
        "on",
        "cette",
        "ce",
        "cet",
        "this",
        "that",
        "it",
        "who",
        "qui",
        "une",
        "un",
        "a",
        "an",
        "la",
        "le",
        "les",
        "the",
        "new",
        "nouvelle",
        "nouvelles",
        "nouveau",
        "nouveaux",
        "filles",
        "fille",
        "girls",
        "girl",
        "ladies",
        "lady",
        "belle",
        "beau",
        "sexy",
        "hot",
        "jeune",
        "young",
        "petite",
        "superbe",
        "magnifique",
        "douce",
        "sweet",
        "disponible",
        "disponibles",
        "dispo",
        "available",
        "aujourd",
        "today",
        "tonight",
        "ce",
        "soir",
        "maintenant",
        "now",
        "semaine",
        "week",
        "incall",
        "outcall",
        "massage",
        "salon",
        "agence",
        "agency",
        "escortes",
        "escorts",
        "service",
        "services",
        "bienvenue",
        "welcome",
        "allo",
        "hello",
        "hi",
        "hey",
        "coucou",
        "ambiance",
        "tarifs",
        "rates",
        "dons",
        "prix",
        "price",
        "photos",
        "photo",
        "real",
        "vraie",
        "vraies",
        "call",
        "text",
        "appelez",
        "textez",
        "écrivez",
        "réservez",
        "book",
        "origine",
        "mensurations",
        "discrétion",
        "discretion",
        "open",
        "ouvert",
        "ouverte",
        "sur",
        "rendez",
        "vous",
        "appointment",
        "only",
        "seulement",
        "toujours",
        "always",
        "merci",
        "thanks",
        "stationnement",
        "parking",
        *WEEKDAYS,
        # words that stand before a stated age without being a name ("Âge: 23", "Just 18")
        "age",
        "âge",
        "aged",
        "ans",
        "years",
        "yo",
        "taille",
        "stats",
        "just",
        "juste",
        "barely",
        "over",
        "plus",
        "moins",
        "under",
        "clients",
        "client",
        "hommes",
        "men",
        "gentlemen",
        "messieurs",
        "depuis",
        "since",
        "here",
        "ici",
    ]
)


def _clean(text: str) -> str:
    if "<" in text:
        text = _TAG.sub("\n", text)
    if "&" in text:
        text = html.unescape(text)
    return unicodedata.normalize("NFKC", text)


def _ok(name: str, avoid: frozenset[str]) -> bool:
    folded = name.casefold()
    # a description ("Étudiante 19 ans", "Latinas") is not a name either (extract.names)
    return folded not in STOP_WORDS and folded not in avoid and fold(folded) not in DESCRIPTIONS


def _any_in(needles: tuple[str, ...], text: str) -> bool:
    """Whether any of ``needles`` is in ``text`` (a loop: cheaper than ``any`` over a
    generator, which costs a frame switch per needle)."""
    for needle in needles:  # noqa: SIM110
        if needle in text:
            return True
    return False


def introduced_names(
    title: str, body: str, avoid: Iterable[str] = (), *, rosters_only: bool = False
) -> tuple[str, ...]:
    """Lower-cased first names introduced in the third person or listed in a roster, in order.

    ``avoid`` holds words that are not names in this ad (the places it names, lower-cased);
    ``rosters_only`` reads only the rosters (what tells whether an ad names several women).
    """
    raw = f"{title}\n{body}"
    raw_low = raw.lower()
    # Every gate word survives HTML escaping ("pr&eacute;sentons" still holds "sent"), so an ad
    # none of whose gates opens on its raw text is not cleaned at all (most ads).
    intro = not rosters_only and any(g in raw_low for g in _INTRO_GATE)
    subject = not rosters_only and any(g in raw_low for g in _SUBJECT_GATE)
    waiting = not rosters_only and any(g in raw_low for g in _WAITING_GATE)
    roster = _any_in(_ROSTER_GATE, raw_low)
    if not (intro or subject or waiting or roster):
        return ()
    text = _clean(raw)
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    no = frozenset(a.casefold() for a in avoid)
    found: list[str] = []
    for m in _INTRO.finditer(low) if intro else ():
        name = _NAME_AT.match(text, m.end())
        if name:
            found.append(name.group(1))
    for m in _SUBJECT.finditer(low) if subject else ():
        name = _SUBJECT_NAME.search(text, max(0, m.start() - 24), m.start())
        if name:
            found.append(name.group(1))
    for m in _WAITING.finditer(low) if waiting else ():
        name = _SUBJECT_NAME.search(text, max(0, m.start() - 24), m.start())
        if name:
            found.append(name.group(1))
    for m in _ROSTER.finditer(low) if roster else ():
        stop = _ROSTER_END.search(text, m.end(), m.end() + 200)
        segment = text[m.end() : stop.start() if stop else m.end() + 200]
        listed = [x.group(1) for x in _LIST_NAME.finditer(segment)]
        listed = [x for x in listed if _ok(x, no)]
        if len(listed) >= 2:
            found.extend(listed)
    return tuple(dict.fromkeys(n.casefold() for n in found if _ok(n, no)))


# "Laurence, 21 y/o", "Mona here, 18yo", "Sofia, âge: 23", "Julie, elle a 24 ans", "Audrey (27
# years old)", "Tina: 27ans": a first name set against a stated age is how most ads present the
# person, in the first person or the third, and it is the only introduction many of them carry.
_BEFORE_AGE = re.compile(
    r"(?:^|[^\w'’])" + _NAME + r"(?:[ \t]+(?:here|ici))?[ \t]*(?:[,:(]|[-–])?[ \t]*"
    r"(?:(?:elle[ \t]+a|she['’]?s|she[ \t]+is|[âa]ge[ \t]*:?|aged)[ \t]*)?$"
)
_AGE_SPAN_NAME = re.compile(_NAME + r"[ \t]*\(")
_LOOK_BACK = 40


def aged_names(
    text: str, age_starts: Iterable[tuple[int, str]], avoid: Iterable[str] = ()
) -> tuple[str, ...]:
    """Lower-cased first names set right before a stated age in ``text``.

    ``age_starts`` are the offsets into ``text`` where the extractor found an age, with the
    text it read there (which may hold the name itself: "Ariane (25)").
    """
    no = frozenset(a.casefold() for a in avoid)
    found: list[str] = []
    for start, span in age_starts:
        inside = _AGE_SPAN_NAME.match(span)
        if inside:
            found.append(inside.group(1))
            continue
        before = text[max(0, start - _LOOK_BACK) : start]
        if "<" in before:  # a tag between the name and the age: keep what follows it
            before = before[before.rfind(">") + 1 :]
        m = _BEFORE_AGE.search(before)
        if m:
            found.append(m.group(1))
    return tuple(dict.fromkeys(n.casefold() for n in found if _ok(n, no)))
