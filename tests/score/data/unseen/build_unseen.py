# ruff: noqa: E501  (the ads are data: their hand-written lines are kept whole)
"""Writes the hand-written "unseen market" (``ads.jsonl`` and ``truth.jsonl``) beside this file.

Every operator below, its texts, its persons, its phones and its posting pattern were written by
hand for this check, from general knowledge of how escort and massage ads in Montréal, Laval,
Longueuil, Québec, Gatineau, Ottawa and Toronto read; nothing here comes from
``balise.simulate``. The only mechanical part is the reposting: each operator's few hand-written
texts are posted again over the weeks with the small edits real reposts carry (a "bump" word, an
emoji, the phone written another way, a price moved), from a fixed seed so the files are stable.

All names are invented; phones are fictional ``NPA-555-01XX`` numbers; e-mails use the reserved
``example.*`` domains; sources and URLs are invented.

Run ``python tests/score/data/unseen/build_unseen.py`` to rewrite the two files.

Truth schema (``truth.jsonl``, one object per operator):
``operator_id``; ``kind``: ``independent`` | ``duo`` (two independents advertising together) |
``agency`` (non-exploitative) | ``third_party`` | ``exploitative_venue``; ``minor`` (bool);
``ads`` (``[source, ad_id]`` pairs); ``minor_ads`` (the pairs advertising the minor);
``note`` (the hard case the operator stands for).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = datetime(2026, 9, 7)  # a Monday; the market runs eight weeks
SOURCES = ("annonces-nocturnes", "boardmtl", "massage-forum")

# --- phones ----------------------------------------------------------------------------------

_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_EMOJI = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]


def render_phone(d: str, style: str) -> str:
    """One way people write a ten-digit number ``d`` in an ad."""
    a, b, c = d[:3], d[3:6], d[6:]
    if style == "plain":
        return f"{a}-{b}-{c}"
    if style == "paren":
        return f"({a}) {b}-{c}"
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "run":
        return d
    if style == "spaced":
        return " ".join(d)
    if style == "en":
        return " ".join(_EN[int(x)] for x in d)
    if style == "fr":
        return "-".join(_FR[int(x)] for x in d)
    if style == "mixed":  # digits and words together, the common anti-scraper form
        return f"{a} {' '.join(_EN[int(x)] for x in b)} {c}"
    if style == "letter_o":
        return f"{a.replace('0', 'O')} {b} {c.replace('0', 'O')}"
    if style == "emoji":
        return "".join(_EMOJI[int(x)] for x in d)
    if style == "split":
        return f"{a} ... {b} ... {c}"
    if style == "dashes_words":
        return f"{a}-{b}-{_FR[int(c[0])]}{c[1:]}"
    raise ValueError(style)


# --- operators -------------------------------------------------------------------------------


@dataclass
class Leg:
    """A run of ``n`` ads between ``days`` (inclusive) under one city, text set and phone."""

    days: tuple[int, int]
    n: int
    city: str
    text: str = "main"
    phone: int = 0  # index in the operator's phones; -1: no phone at all in this leg
    extra_phone: int | None = None  # a second number printed in the same ad (text-only line)
    person: dict[str, str] = field(default_factory=dict)
    form_age: int | str | None = None
    minor: bool = False
    styles: tuple[str, ...] | None = None  # phone styles for this leg (else the operator's)
    contact_phone: bool | None = None  # else the operator's


@dataclass
class Op:
    id: str
    kind: str
    note: str
    texts: dict[str, list[tuple[str, str]]]
    legs: list[Leg]
    phones: list[str] = field(default_factory=list)
    styles: tuple[str, ...] = ("plain",)
    contact_phone: bool = True  # the site's form shows the number plainly
    email: str | None = None
    handle: str | None = None
    minor: bool = False
    sources: tuple[str, ...] = SOURCES[:2]
    hours: tuple[int, int] = (10, 23)  # posting hours
    bump_words: tuple[str, ...] = ()


OPS: list[Op] = []


def op(**kw: object) -> None:
    OPS.append(Op(**kw))  # type: ignore[arg-type]


SCREEN_EN = (
    "Screening required (first name + work email or a reference). Deposit for first meetings."
)
SCREEN_FR = "Vérification obligatoire (prénom + référence). Dépôt pour les nouveaux."

# ============ independents: the hard negatives ============

op(
    id="ind-01",
    kind="independent",
    note="tours Montréal → Ottawa → Toronto, 'visiting this week'",
    phones=["4385550101"],
    styles=("plain", "dots"),
    texts={
        "main": [
            (
                "Maya 💋 curvy brunette, incall near Berri",
                "Hi loves, Maya here 💋 Independent, 27, curvy brunette with a big smile. Incall near "
                "Berri-UQAM, outcall to hotels. " + SCREEN_EN + " 200 half hour / 300 hour. "
                "Text only {phone}, no blocked numbers please.",
            ),
            (
                "Independent Maya ~ GFE ~ downtown MTL",
                "Maya, 27, your sweet independent GFE. I take my time, no rush. Downtown incall. "
                + SCREEN_EN
                + " 200/30 300/60. Text {phone} xo",
            ),
        ],
        "tour": [
            (
                "✈️ Maya VISITING {city} this week only!",
                "Hi {city}! I'm visiting from Montréal for a few days only 💋 Maya, 27, independent, "
                "downtown hotel incall. Book ahead, same rules: "
                + SCREEN_EN
                + " 300/hr. Text {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 12), 3, "Montréal"),
        Leg((14, 17), 2, "Ottawa", "tour"),
        Leg((21, 24), 2, "Toronto", "tour"),
        Leg((28, 50), 3, "Montréal"),
    ],
)

op(
    id="ind-02",
    kind="independent",
    note="tours Québec → Montréal → Laval, French, 'de passage'",
    phones=["4185550102"],
    styles=("plain", "paren"),
    texts={
        "main": [
            (
                "Camille, Québécoise naturelle 😊 Limoilou",
                "Allo! Moi c'est Camille, 24 ans, indépendante. Naturelle, souriante, je reçois dans "
                "un appart discret à Limoilou. 180$ la demi, 260$ l'heure. "
                + SCREEN_FR
                + " Texto au {phone} 😘",
            ),
        ],
        "tour": [
            (
                "Camille DE PASSAGE à {city} 🚗 jusqu'à dimanche",
                "Coucou {city}! Camille de Québec, de passage quelques jours seulement. 24 ans, "
                "indépendante, hôtel au centre-ville. 260$ l'heure. "
                + SCREEN_FR
                + " Texto {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 9), 3, "Québec"),
        Leg((12, 15), 2, "Montréal", "tour"),
        Leg((16, 18), 1, "Laval", "tour"),
        Leg((24, 40), 2, "Québec"),
        Leg((43, 46), 1, "Montréal", "tour"),
    ],
)

op(
    id="ind-03",
    kind="independent",
    note="two phones: a call line and a text-only line",
    phones=["5145550103", "4385550104"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Jade ✨ asiatique douce, Côte-des-Neiges",
                "Bonjour, je suis Jade, 25 ans, Vietnamienne née à Montréal. Massage + GFE, "
                "très propre et discrète. Incall Côte-des-Neiges. Appels: {phone} / textos "
                "seulement: {phone2}. 160$ 30 min, 240$ 1h.",
            ),
            (
                "Jade - Asian sweetheart, CDN incall",
                "Hi, Jade here, 25, Vietnamese-Canadian. Sensual massage and GFE, clean and discreet. "
                "Call {phone} or text only {phone2}. 160 half / 240 hour.",
            ),
        ],
        "textline": [
            (
                "Jade ✨ Côte-des-Neiges, textos seulement",
                "Jade, 25 ans, Vietnamienne, massage + GFE. Ma ligne d'appels est fermée cette "
                "semaine, textos seulement au {phone}. 160$ 30 min.",
            ),
        ],
    },
    legs=[
        Leg((0, 20), 3, "Montréal", extra_phone=1),
        Leg((22, 34), 2, "Côte-des-Neiges", "textline", phone=1),
        Leg((36, 54), 2, "Montréal", extra_phone=1),
    ],
)

op(
    id="ind-04",
    kind="independent",
    note="changes number once ('nouveau numéro'), same text",
    phones=["5145550105", "4385550106"],
    styles=("plain", "run"),
    texts={
        "main": [
            (
                "Léa 🌸 petite brunette indépendante Rosemont",
                "Salut, c'est Léa. 26 ans, petite brunette 5'2, indépendante depuis 3 ans. Je reçois "
                "à Rosemont près du métro. Pas pressée, ambiance relax. 200$/h. Texto {phone}",
            ),
        ],
        "new": [
            (
                "NOUVEAU NUMÉRO ☎️ Léa petite brunette Rosemont",
                "*** NOUVEAU NUMÉRO: {phone} *** l'ancien ne marche plus. Salut, c'est Léa. 26 ans, "
                "petite brunette 5'2, indépendante depuis 3 ans. Je reçois à Rosemont. 200$/h.",
            ),
        ],
    },
    legs=[Leg((0, 24), 4, "Montréal"), Leg((26, 54), 4, "Montréal", "new", phone=1)],
)

op(
    id="ind-05",
    kind="independent",
    note="writes about herself in the third person for style, e-mail",
    phones=["5145550107"],
    styles=("plain",),
    email="sasha.companion@example.com",
    texts={
        "main": [
            (
                "Sasha — upscale companion, Griffintown",
                "Sasha is an elegant, well-read companion for discerning gentlemen. She is 29, "
                "5'7, and loves wine bars and long dinners. She only meets verified clients: "
                "please email sasha.companion@example.com with your name and a reference. "
                "Incall Griffintown. 1h 350, 2h 650, dinner date 900. {phone} (text)",
            ),
            (
                "Sasha is back in Montréal 🍷",
                "Sasha is back from her holiday and seeing a few new friends this month. She is "
                "29, warm and curious. Screening by email only: sasha.companion@example.com. 1h 350.",
            ),
        ],
    },
    legs=[Leg((1, 55), 4, "Montréal")],
)

op(
    id="ind-06",
    kind="independent",
    note="19, says so, student, petite",
    phones=["5145550108"],
    styles=("plain", "dots"),
    texts={
        "main": [
            (
                "Nora 19 ans étudiante ✨ petite 5'1",
                "Hey! Je m'appelle Nora, j'ai 19 ans, je suis étudiante et je fais ça pour payer mes "
                "études. Petite (5'1, 100 lbs), timide au début 😅 Je reçois chez moi à Villeray, "
                "seulement le soir et les fins de semaine. Respect obligatoire. 180$ 30min. {phone}",
            ),
            (
                "Nora, 19, student 📚 Villeray evenings",
                "Hi I'm Nora, 19, a student doing this on my own terms. Petite and a bit shy at "
                "first. Evenings and weekends only. Be respectful, no means no. 180 for 30. {phone}",
            ),
        ],
    },
    legs=[Leg((2, 50), 4, "Montréal", form_age=19)],
)

op(
    id="ind-07",
    kind="independent",
    note="20, 'new in town', 'fresh', 'young', Toronto number in MTL",
    phones=["6475550109"],
    styles=("plain",),
    handle="kikiii.mtl",
    texts={
        "main": [
            (
                "NEW IN TOWN 🆕 Kiki 20 young & fresh",
                "New in town!! Kiki, 20 years old, just moved from Toronto 🌆 young, fresh and fun. "
                "Incall in Plateau, outcall ok. Text me {phone} (my Toronto #) or snap kikiii.mtl. "
                "250 hour, no rush.",
            ),
            (
                "Kiki 20 🍑 Plateau incall, fun & young",
                "Kiki here, 20, fun and chatty. New-ish to Montréal, still learning French lol. "
                "Plateau incall. {phone} / snap kikiii.mtl",
            ),
        ],
    },
    legs=[Leg((0, 45), 6, "Plateau", form_age=20)],
)

op(
    id="ind-08",
    kind="independent",
    note="lists ethnicity (Latina), available very late",
    phones=["5145550110"],
    styles=("plain", "paren"),
    texts={
        "main": [
            (
                "Valentina 🇨🇴 Colombiana caliente, dispo tard",
                "Hola mi amor! Valentina, 31 ans, Colombienne, courbes naturelles. Dispo le soir "
                "jusqu'à 5h du matin, incall à Saint-Léonard. Parle français, español, English. "
                "220$/h. Llámame {phone}",
            ),
            (
                "Latina Valentina late night 🌙",
                "Latina independent, 31, up late when the city sleeps 🌙 till 5am. Saint-Léonard "
                "incall. 220/hr. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 5, "Montréal", form_age=31)],
    hours=(20, 23),
)

op(
    id="ind-09",
    kind="independent",
    note="Haitian-Québécoise lists ethnicity, Longueuil, late",
    phones=["4505550111"],
    styles=("plain", "spaced"),
    texts={
        "main": [
            (
                "Aïsha 🍫 Haïtienne, Longueuil, dispo tard",
                "Bonsoir messieurs, Aïsha, 26 ans, belle Haïtienne ébène, indépendante. Je reçois "
                "à Longueuil, 5 min du métro. Dispo tard le soir. 200$ l'heure. Texto {phone}, "
                "pas d'appels masqués.",
            ),
        ],
    },
    legs=[Leg((3, 52), 5, "Longueuil", form_age=26)],
    hours=(19, 23),
)

op(
    id="ind-10",
    kind="independent",
    note="mature worker in a small city, low prices (100$/h)",
    phones=["8195550112"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Sylvie 46 ans femme mûre Trois-Rivières",
                "Bonjour, Sylvie, 46 ans, femme mûre et coquine. Je reçois à Trois-Rivières, "
                "secteur Cap. 60$ la demi-heure, 100$ l'heure. Messieurs polis seulement. {phone}",
            ),
            (
                "Femme mûre 46 - Trois-Rivières - Sylvie",
                "Sylvie, 46, femme d'expérience, douce et discrète. 60$ 1/2h, 100$ 1h. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 6, "Trois-Rivières", form_age=46)],
)

op(
    id="ind-11",
    kind="independent",
    note="posts and bumps several times a day for two weeks",
    phones=["4385550113"],
    styles=("plain",),
    bump_words=("BUMP ⬆️", "Encore dispo ce soir!", "🔥 toujours là 🔥", "DISPO MAINTENANT"),
    texts={
        "main": [
            (
                "Chloé 🔥 Laval, dispo maintenant",
                "Chloé, 23 ans, blonde naturelle, indépendante. Incall Chomedey, propre et discret. "
                "160$ 30min / 220$ 1h. Texto {phone}",
            ),
        ],
    },
    legs=[Leg((7, 20), 10, "Laval", form_age=23)],
    hours=(9, 23),
)

op(
    id="ind-12",
    kind="independent",
    note="e-mail and handle, text-only number",
    phones=["5145550114"],
    styles=("plain",),
    email="roxanne.rx@example.net",
    handle="@roxxmtl",
    texts={
        "main": [
            (
                "Roxanne ♡ tattooed alt girl, Mile End",
                "Roxanne, 28, tattooed alt girl, independent. Booking by text {phone} or email "
                "roxanne.rx@example.net. IG/Snap @roxxmtl for pics. Mile End incall, 250/h.",
            ),
            (
                "Roxx 🖤 alt, tattoos, Mile End",
                "It's Roxx 🖤 28, alt & tattooed. Text only {phone}. Email roxanne.rx@example.net. "
                "Screening mandatory.",
            ),
        ],
    },
    legs=[Leg((0, 55), 6, "Mile End", form_age=28)],
)

op(
    id="ind-13",
    kind="independent",
    note="obscures her number in words against scrapers, screens",
    phones=["5145550115"],
    styles=("fr", "mixed"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Élodie, 30 ans, élégante, Outremont",
                "Élodie, 30 ans, indépendante, élégante et cultivée. Je filtre: prénom, nom de "
                "famille et référence d'une autre fille. Numéro écrit en lettres pour les robots: "
                "{phone}. 300$ l'heure.",
            ),
        ],
    },
    legs=[Leg((0, 55), 5, "Outremont", form_age=30)],
)

op(
    id="ind-14",
    kind="independent",
    note="trans independent, first person, late nights",
    phones=["4385550116"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Jessica TS 💖 Village, late nights",
                "Jessica, trans girl, 30, fully functional 😉 independent. Village incall, up late "
                "tonight till 4am. 200 hh / 300 h. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 5, "Montréal", form_age=30)],
    hours=(21, 23),
)

op(
    id="ind-15",
    kind="independent",
    note="mature, Rive-Sud outcall across the bridges",
    phones=["4505550117"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Diane 52 ans, cougar, Brossard / Montréal",
                "Diane, 52 ans, cougar raffinée, indépendante. Je reçois à Brossard et je me déplace "
                "à Montréal et Longueuil. 250$ l'heure. Appelle-moi {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 20), 3, "Brossard", form_age=52),
        Leg((22, 30), 1, "Montréal", form_age=52),
        Leg((32, 55), 2, "Rive-Sud", form_age=52),
    ],
)

op(
    id="ind-16",
    kind="independent",
    note="plain Québécois, Québec City, BBW",
    phones=["5815550118"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Marilou BBW 34 ans Charlesbourg",
                "Salut les gars! Marilou, 34 ans, BBW pis fière de l'être 😄 Je reçois à "
                "Charlesbourg. 150$ la demi, 220$ l'heure. Pas de négo. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 4, "Québec", form_age=34)],
)

op(
    id="ind-17",
    kind="independent",
    note="21, student, 'young', 'fresh', 'petite', weekends only",
    phones=["4385550119"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Emma 21 🎓 étudiante petite et fraîche",
                "Coucou, Emma, 21 ans, étudiante en soins infirmiers. Jeune, fraîche, petite "
                "brunette. Seulement les fins de semaine! Je reçois à Ahuntsic. 200$ l'heure. {phone}",
            ),
            (
                "Young student Emma, weekends 🎓",
                "Emma, 21, young petite student, weekends only. Ahuntsic incall. {phone}",
            ),
        ],
    },
    legs=[
        Leg((5, 6), 1, "Montréal", form_age=21),
        Leg((12, 13), 1, "Montréal", form_age=21),
        Leg((19, 20), 1, "Montréal", form_age=21),
        Leg((33, 34), 1, "Montréal", form_age=21),
        Leg((47, 48), 1, "Montréal", form_age=21),
    ],
)

op(
    id="ind-18",
    kind="independent",
    note="fast tour Montréal → Gatineau → Ottawa in 10 days",
    phones=["5145550120"],
    styles=("plain", "dots"),
    texts={
        "main": [
            (
                "Bianca 🌹 Montréal, indépendante",
                "Bianca, 28 ans, indépendante, rousse naturelle. Incall centre-ville. 250$/h. "
                "Texte {phone}",
            ),
        ],
        "tour": [
            (
                "TOURNÉE Bianca 🌹 {city} cette semaine",
                "Tournée! Montréal 1-3, Gatineau 4-6, Ottawa 7-10. Bianca, 28 ans, rousse naturelle, "
                "indépendante. Je suis à {city} en ce moment. 250$/h, réservez d'avance {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 14), 2, "Montréal"),
        Leg((21, 23), 1, "Montréal", "tour"),
        Leg((24, 26), 2, "Gatineau", "tour"),
        Leg((27, 30), 2, "Ottawa", "tour"),
        Leg((38, 55), 2, "Montréal"),
    ],
)

op(
    id="ind-19",
    kind="independent",
    note="Toronto-based, visits Montréal once",
    phones=["4165550121"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Skylar 💎 Yorkville incall",
                "Skylar, 26, independent, Yorkville incall. Fit, blonde, bubbly. 300/hr. "
                + SCREEN_EN
                + " {phone}",
            ),
        ],
        "tour": [
            (
                "Toronto's Skylar visiting MTL Oct 12-15 💎",
                "Bonjour Montréal! Toronto girl Skylar visiting Oct 12-15 only. 26, blonde, "
                "bubbly. Hotel incall downtown. 300/hr. " + SCREEN_EN + " {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 30), 3, "Toronto"),
        Leg((33, 37), 2, "Montréal", "tour"),
        Leg((40, 55), 2, "Toronto"),
    ],
)

op(
    id="ind-20",
    kind="independent",
    note="'jeune et naturelle', new pics, price changes",
    phones=["4505550122"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Océane 23 jeune et naturelle 📸 nouvelles photos",
                "Océane, 23 ans, jeune et naturelle, indépendante. Nouvelles photos! Je reçois à "
                "Vimont (Laval). 180$ 30 min. {phone}",
            ),
            (
                "Océane, Laval, douce et naturelle",
                "Moi c'est Océane, 23 ans. Douce, naturelle, pas de stress. Laval, Vimont. "
                "Prix spécial cette semaine: 160$ 30 min. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 6, "Laval", form_age=23)],
)

op(
    id="ind-21",
    kind="independent",
    note="Ottawa-based, visits Montréal, changes number once",
    phones=["6135550123", "3435550124"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Lexi 24 Ottawa Centretown",
                "Lexi, 24, independent provider in Centretown. Sweet, sporty, discreet. 260/hr. "
                "{phone}",
            ),
        ],
        "tour": [
            (
                "Lexi from Ottawa visiting Montréal 🚄",
                "Lexi from Ottawa visiting Montréal this weekend! 24, sporty. Hotel incall near "
                "Peel. 280/hr. New number {phone} (old one is dead).",
            ),
        ],
    },
    legs=[
        Leg((0, 20), 3, "Ottawa"),
        Leg((24, 26), 1, "Montréal", "tour", phone=1),
        Leg((30, 55), 3, "Ottawa", phone=1),
    ],
)

op(
    id="ind-22",
    kind="independent",
    note="very short ads, many posts, text-only",
    phones=["5145550125"],
    styles=("plain", "run"),
    texts={
        "main": [
            ("Dispo ce soir Verdun", "Cindy 27 dispo ce soir Verdun. Texto seulement {phone}"),
            ("cindy verdun", "dispo maintenant, incall verdun. txt {phone}"),
            ("Cindy - Verdun - tonight", "Cindy, 27, Verdun, available tonight. Text {phone}"),
        ],
    },
    legs=[Leg((0, 55), 6, "Verdun", form_age=27)],
    hours=(16, 23),
)

op(
    id="ind-23",
    kind="independent",
    note="independent massage therapist, sensual, no prices online",
    phones=["4385550126"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Massage sensuel par Annie 🌿 Plateau",
                "Annie, massothérapeute de formation, 35 ans. Massage sensuel à l'huile chaude, "
                "table professionnelle, musique douce. Sur rendez-vous seulement, Plateau. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 4, "Plateau-Mont-Royal", form_age=35)],
)

op(
    id="ind-24",
    kind="independent",
    note="site form forced to 18, text says 28",
    phones=["5145550127"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Kim, 28, Hochelaga",
                "Kim, 28 ans, indépendante, tatouée. Hochelaga. 200$/h. "
                "{phone} (le site m'a mis 18 ans, j'en ai 28 lol)",
            ),
            ("Kim 28 ans tatouée", "Kim, 28, indépendante et tatouée. 200$ l'heure. {phone}"),
        ],
    },
    legs=[Leg((0, 55), 5, "Montréal", form_age=18)],
)

op(
    id="ind-25",
    kind="independent",
    note="birthday during the period (25 → 26)",
    phones=["4385550128"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Mélissa 25 ans, Saint-Henri",
                "Mélissa, 25 ans, indépendante, châtaine. Saint-Henri. 220$/h. {phone}",
            )
        ],
        "bday": [
            (
                "Mélissa 🎂 26 ans aujourd'hui!",
                "C'était ma fête! Mélissa, 26 ans maintenant "
                "😄 indépendante à Saint-Henri. 220$/h. {phone}",
            )
        ],
    },
    legs=[
        Leg((0, 25), 3, "Montréal", form_age=25),
        Leg((27, 55), 3, "Montréal", "bday", form_age=26),
    ],
)

op(
    id="ind-26",
    kind="independent",
    note="from France, third person, 'de passage'",
    phones=["5145550129"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Sophie, Parisienne de passage à Montréal",
                "Sophie est une Parisienne de 32 ans, de passage à Montréal pour l'automne. Elle "
                "aime les rencontres raffinées et prend son temps. Elle reçoit au Vieux-Montréal. "
                "300$ l'heure. Contact: {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 5, "Vieux-Montréal", form_age=32)],
)

op(
    id="ind-27",
    kind="independent",
    note="22, 'petite blonde', 'nouvelle', '24/7 ou presque'",
    phones=["4505550130"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Nikki 22 petite blonde Brossard, dispo 24/7 (ou presque lol)",
                "Nikki, 22 ans, petite blonde, nouvelle sur le site. Je reçois à Brossard, dispo "
                "24/7 ou presque lol. 180$ 30min. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 6, "Brossard", form_age=22)],
)

op(
    id="ind-28",
    kind="independent",
    note="Moroccan, Laval, late, emoji in her number",
    phones=["4505550131"],
    styles=("emoji", "plain"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Inès 🌙 Marocaine, Laval, soirée",
                "Inès, 25 ans, Marocaine, douce et souriante. Laval (Chomedey), dispo en soirée "
                "jusqu'à 2h. 200$/h. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 5, "Laval", form_age=25)],
    hours=(18, 23),
)

op(
    id="ind-29",
    kind="independent",
    note="18, says 'tout juste 18', new on the site",
    phones=["5145550132"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Zoé, 18 ans, nouvelle 🌼",
                "Salut, moi c'est Zoé, j'ai eu 18 ans cet été. Nouvelle ici, j'ai mes règles et je "
                "les respecte: condom toujours, pas d'alcool, je choisis. Je reçois à Saint-Laurent. "
                "200$ l'heure. {phone}",
            ),
        ],
    },
    legs=[Leg((10, 55), 4, "Saint-Laurent", form_age=18)],
)

op(
    id="ind-30",
    kind="independent",
    note="outcall across Montréal, Laval, Rive-Sud: site city changes",
    phones=["4385550133"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Ruby 🚗 outcall MTL / Laval / Rive-Sud",
                "Ruby, 27, independent, outcall only: Montréal, Laval, Rive-Sud (hotels or your "
                "place). 300/h + taxi. Text {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 5), 2, "Montréal", form_age=27),
        Leg((6, 8), 1, "Laval", form_age=27),
        Leg((9, 12), 1, "Longueuil", form_age=27),
        Leg((14, 18), 2, "Montréal", form_age=27),
        Leg((19, 21), 1, "Laval", form_age=27),
        Leg((22, 24), 1, "Rive-Sud", form_age=27),
        Leg((30, 55), 3, "Montréal", form_age=27),
    ],
)

op(
    id="ind-31",
    kind="independent",
    note="cam and in-person, handle, e-mail",
    phones=["5145550134"],
    styles=("plain",),
    handle="@lunaaa_xo",
    email="luna.bookings@example.org",
    texts={
        "main": [
            (
                "Luna 🌙 in person + FaceTime shows",
                "Luna, 24. In person in NDG or FaceTime shows. Fan page @lunaaa_xo. Booking "
                "luna.bookings@example.org or text {phone}. 250/h.",
            ),
        ],
    },
    legs=[Leg((0, 55), 5, "Notre-Dame-de-Grâce", form_age=24)],
)

op(
    id="ind-32",
    kind="independent",
    note="lives in Gatineau, posts in Ottawa too",
    phones=["8195550135"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Mélanie 38 cougar Gatineau / Ottawa",
                "Mélanie, 38 ans, cougar bilingue. Gatineau (Hull), je traverse à Ottawa aussi. "
                "Bilingual cougar, 250/hr. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 27), 3, "Gatineau", form_age=38), Leg((28, 55), 3, "Ottawa", form_age=38)],
)

op(
    id="ind-33",
    kind="independent",
    note="two ad styles on two sites, one phone",
    phones=["4385550136"],
    styles=("plain",),
    sources=SOURCES,
    texts={
        "main": [
            ("Tiffany ~ GFE ~ Anjou", "Tiffany, 29, GFE, Anjou incall. 220/h. {phone}"),
            (
                "Massage + extras avec Tiffany",
                "Tiffany, massage détente et plus, Anjou. 29 ans. 180$ la demi. Texto {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 6, "Anjou", form_age=29)],
)

op(
    id="ind-34",
    kind="independent",
    note="Black, 'exotic' listing, Toronto",
    phones=["4375550137"],
    styles=("plain", "paren"),
    texts={
        "main": [
            (
                "Ebony goddess Naomi 🍫 Scarborough",
                "Naomi, 25, ebony independent, Jamaican-Canadian. Scarborough incall, clean & "
                "discreet. 250/h. {phone}. No pimps, no games.",
            ),
        ],
    },
    legs=[Leg((0, 55), 5, "Toronto", form_age=25)],
)

op(
    id="ind-35",
    kind="independent",
    note="20, 'young' + 'college girl', first person, obscured",
    phones=["6135550138"],
    styles=("mixed", "letter_o"),
    contact_phone=False,
    texts={
        "main": [
            (
                "College girl Paige 20 💕 Ottawa",
                "Hey, I'm Paige, 20, college girl in Ottawa. Young, shy, new to this. Sandy Hill "
                "incall, evenings. Text {phone} with your name.",
            ),
        ],
    },
    legs=[Leg((4, 50), 4, "Ottawa", form_age=20)],
)

op(
    id="ind-36",
    kind="independent",
    note="Russian, Toronto, high volume reposts",
    phones=["6475550139"],
    styles=("plain",),
    bump_words=("UPDATED", "still here ❤️", "available now"),
    texts={
        "main": [
            (
                "Russian beauty Alina ❤️ North York",
                "Alina, 27, Russian, tall slim blonde. North York incall, 24/7 by appointment. "
                "280/h. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 6, "Toronto", form_age=27)],
)

# Several ordinary traits at once: real independents combine them (a touring worker often
# buys a local prepaid number in each city, writes it in words, and sells youth).

op(
    id="ind-37",
    kind="independent",
    note="tours with a local prepaid number per city, Brazilian, first person",
    phones=["5145550190", "6135550191", "4165550192"],
    styles=("plain", "mixed"),
    texts={
        "main": [
            (
                "Brazilian Bianca 🇧🇷 Montréal",
                "Oi! Bianca, 24, Brazilian independent, tanned and fit. Downtown Montréal incall. "
                "300/h. Text {phone}",
            ),
        ],
        "tour": [
            (
                "Brazilian Bianca 🇧🇷 in {city} this week",
                "Oi {city}! Bianca, 24, Brazilian independent, here this week only. Local number "
                "while I'm here: {phone}. 300/h, hotel incall. Same girl, same pics 😘",
            ),
        ],
    },
    legs=[
        Leg((0, 10), 3, "Montréal"),
        Leg((13, 17), 2, "Ottawa", "tour", phone=1),
        Leg((19, 24), 2, "Toronto", "tour", phone=2),
        Leg((28, 40), 2, "Montréal"),
        Leg((43, 46), 1, "Ottawa", "tour", phone=1),
        Leg((48, 52), 1, "Toronto", "tour", phone=2),
    ],
)

op(
    id="ind-38",
    kind="independent",
    note="19, petite, new, Asian, number in words, bumps daily, late — all at once",
    phones=["4385550193"],
    styles=("en", "spaced"),
    contact_phone=False,
    bump_words=("bump 💕", "still up!", "dispo now"),
    texts={
        "main": [
            (
                "Amber 19 💕 petite Asian, new, late nights",
                "Hi I'm Amber, 19, petite Korean girl, new to this. Sweet and a bit shy. Incall "
                "Guy-Concordia, up late till 3am. Text {phone} (written out bc of bots)",
            ),
            (
                "Amber 19 ~ petite ~ Guy-Concordia",
                "Amber, 19 y/o, petite & new. Late nights. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 34), 9, "Montréal", form_age=19)],
    hours=(20, 23),
)

op(
    id="ind-39",
    kind="independent",
    note="loses her phone twice: three numbers in eight weeks",
    phones=["5145550194", "4385550195", "4385550196"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Crystal 26 ✨ Laval incall",
                "Crystal, 26 ans, indépendante, Laval (Sainte-Rose). 200$/h. Texto {phone}",
            ),
        ],
        "new": [
            (
                "Crystal 26 ✨ NOUVEAU # (téléphone perdu)",
                "J'ai perdu mon cell 🙄 nouveau numéro: {phone}. Crystal, 26 ans, indépendante, "
                "Laval (Sainte-Rose). 200$/h.",
            ),
        ],
    },
    legs=[
        Leg((0, 18), 3, "Laval", form_age=26),
        Leg((20, 36), 3, "Laval", "new", phone=1, form_age=26),
        Leg((38, 55), 3, "Laval", "new", phone=2, form_age=26),
    ],
)

op(
    id="ind-40",
    kind="independent",
    note="outcall 'I come to you' Laval/Longueuil/Montréal weekly, 24/7, young, emoji number",
    phones=["4505550197"],
    styles=("emoji", "split"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Jenna 21 🚗 je me déplace, 24/7",
                "Jenna, 21 ans, jeune et indépendante, je me déplace chez vous ou à l'hôtel: "
                "Laval, Longueuil, Montréal. Dispo 24/7 sur réservation. 250$/h + déplacement. "
                "{phone}",
            ),
        ],
    },
    legs=[
        Leg((7 * w, 7 * w + 2), 1, c, form_age=21)
        for w, c in enumerate(
            ["Laval", "Longueuil", "Montréal", "Laval", "Longueuil", "Montréal", "Laval"]
        )
    ],
)

op(
    id="ind-41",
    kind="independent",
    note="third person for style + listed ethnicity + tour + e-mail (an upscale independent)",
    phones=["6475550198"],
    styles=("plain",),
    email="ines.travels@example.com",
    texts={
        "main": [
            (
                "Inès — Lebanese-Canadian companion, Toronto",
                "Inès is a Lebanese-Canadian companion, 33, based in Toronto. She travels to "
                "Montréal and Ottawa each month. She books by email only: ines.travels@example.com "
                "(name, reference). 1h 400.",
            ),
        ],
        "tour": [
            (
                "Inès visits {city} 🕊️",
                "Inès, Lebanese-Canadian companion, 33, visits {city} this week. She books by "
                "email: ines.travels@example.com. Text {phone} once screened. 1h 400.",
            ),
        ],
    },
    legs=[
        Leg((0, 6), 1, "Toronto"),
        Leg((8, 10), 1, "Montréal", "tour"),
        Leg((11, 13), 1, "Ottawa", "tour"),
        Leg((20, 26), 1, "Toronto"),
        Leg((36, 38), 1, "Montréal", "tour"),
        Leg((39, 41), 1, "Ottawa", "tour"),
    ],
)

# ============ duos of independents ============

op(
    id="duo-01",
    kind="duo",
    note="two friends: each posts alone and together on one line",
    phones=["5145550140", "4385550141"],
    styles=("plain",),
    texts={
        "lily": [
            (
                "Lily 24 🌷 Plateau",
                "Lily, 24, independent, Plateau. 250/h. Ask me about a duo "
                "with my bestie Rose 😉 {phone}",
            )
        ],
        "rose": [
            (
                "Rose 26 🌹 Plateau",
                "Rose, 26, independent brunette. 250/h. Duo with Lily available. {phone}",
            )
        ],
        "duo": [
            (
                "DUO Lily & Rose 🌷🌹 real friends",
                "Lily & Rose, two real best friends, 24 and 26. Duo 500/h, we have fun together "
                "for real. Text Lily {phone}",
            )
        ],
    },
    legs=[
        Leg((0, 55), 4, "Montréal", "lily", form_age=24),
        Leg((0, 55), 4, "Montréal", "rose", phone=1, form_age=26),
        Leg((10, 50), 4, "Montréal", "duo"),
    ],
)

op(
    id="duo-02",
    kind="duo",
    note="duo 'deux amies', shared phone, French",
    phones=["5145550142"],
    styles=("plain", "dots"),
    texts={
        "main": [
            (
                "Duo Jess & Maxime 💕 deux amies, Plateau",
                "Jess (23) et Maxime (25), deux amies indépendantes, on reçoit ensemble ou seule. "
                "Duo réel, complices. Solo 200$/h, duo 400$/h. On se partage ce numéro: {phone}",
            ),
            (
                "Jess ou Maxime ou les deux 😉",
                "Nous c'est Jess et Maxime, amies pour vrai. Solo ou duo, Plateau. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 5, "Montréal")],
)

op(
    id="duo-03",
    kind="duo",
    note="touring duo Toronto → Montréal → Ottawa",
    phones=["4165550143"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Bella & Gia duo 👯 Toronto",
                "Bella (27) & Gia (25), independent duo, Toronto. Solo 300 / duo 600. {phone}",
            )
        ],
        "tour": [
            (
                "Bella & Gia VISITING {city} 👯",
                "We're visiting {city} for 3 days! Bella "
                "(27) & Gia (25), real duo, independent. Solo 300 / duo 600. Text {phone}",
            )
        ],
    },
    legs=[
        Leg((0, 13), 2, "Toronto"),
        Leg((15, 17), 2, "Montréal", "tour"),
        Leg((18, 20), 1, "Ottawa", "tour"),
        Leg((30, 55), 2, "Toronto"),
    ],
)

op(
    id="duo-04",
    kind="duo",
    note="two roommates 20 and 21, students, young",
    phones=["4385550144"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Kayla 20 & Naomi 21 colocs étudiantes 👭",
                "Kayla, 20 ans, et Naomi, 21 ans, colocs et étudiantes. Jeunes, fun, on fait "
                "des duos chez nous (Côte-des-Neiges). 450$ duo. {phone}",
            )
        ],
    },
    legs=[Leg((0, 55), 5, "Côte-des-Neiges")],
)

# ============ agencies (not exploitative) ============

_VELOURS = [
    ("Clara", "26"),
    ("Mégane", "29"),
    ("Yasmine", "24"),
    ("Stella", "31"),
    ("Audrey", "27"),
]
op(
    id="ag-01",
    kind="agency",
    note="escort agency, third-person profiles, e-mail, outcall 3 cities",
    phones=["5145550145"],
    styles=("plain",),
    email="reservations@velours.example.com",
    texts={
        "main": [
            (
                "Agence Velours — {name}, {age} ans",
                "L'Agence Velours vous présente {name}, {age} ans, élégante et cultivée. Elle se "
                "déplace à Montréal, Laval et Rive-Sud. 1h 300$, 2h 550$. Réservations: {phone} ou "
                "reservations@velours.example.com. Agence établie depuis 2019, discrétion assurée.",
            ),
            (
                "{name} ✨ Agence Velours, outcall",
                "{name}, {age}, disponible ce soir avec l'Agence Velours. Outcall hôtels et "
                "résidences. 300$ l'heure. {phone} / reservations@velours.example.com",
            ),
        ],
    },
    legs=[
        Leg((0, 55), 2, c, person={"name": n, "age": a})
        for (n, a), c in zip(
            _VELOURS, ["Montréal", "Laval", "Montréal", "Longueuil", "Montréal"], strict=True
        )
    ]
    + [Leg((30, 50), 1, "Montréal", person={"name": "Alexia", "age": "25"})],
    hours=(11, 22),
)

_ELITE = [("Victoria", "28"), ("Sienna", "25"), ("Chanel", "30"), ("Harper", "26")]
op(
    id="ag-02",
    kind="agency",
    note="Ottawa agency, English, third person, e-mail",
    phones=["6135550146"],
    styles=("plain",),
    email="book@capitalcompanions.example.com",
    texts={
        "main": [
            (
                "Capital Companions: {name}, {age}",
                "Capital Companions is pleased to introduce {name}, {age}, a sophisticated "
                "companion available for outcall across Ottawa and Gatineau. 1 hr 320, "
                "dinner dates on request. Call {phone} 11am-midnight or email "
                "book@capitalcompanions.example.com.",
            )
        ],
    },
    legs=[Leg((0, 55), 3, "Ottawa", person={"name": n, "age": a}) for n, a in _ELITE],
)

op(
    id="ag-03",
    kind="agency",
    note="massage spa, stable staff, posted hours, e-mail",
    phones=["4505550147"],
    styles=("plain",),
    email="info@spa-riviere.example.ca",
    texts={
        "main": [
            (
                "Spa Rivière — massages détente, Laval",
                "Spa Rivière, Laval (boul. Saint-Martin). Nos masseuses Julie, Annabelle, Karine et "
                "Sonia vous accueillent du lundi au samedi, 10h à 22h. 30 min 90$, 60 min 140$. "
                "{phone} — info@spa-riviere.example.ca",
            ),
            (
                "Spa Rivière Laval — Karine et Sonia aujourd'hui",
                "Aujourd'hui au Spa Rivière: Karine et Sonia. Massage suédois et détente, 60 min "
                "140$. Sur rendez-vous: {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 6, "Laval")],
    hours=(9, 12),
)

_DIAMANT = [("Rosalie", "27"), ("Justine", "30"), ("Maude", "25")]
op(
    id="ag-04",
    kind="agency",
    note="Québec City agency, third person, small roster",
    phones=["4185550148"],
    styles=("plain",),
    email="agence.diamant@example.ca",
    texts={
        "main": [
            (
                "Agence Diamant Québec — {name} {age} ans",
                "Agence Diamant, Québec. {name}, {age} ans, une femme charmante et attentionnée. "
                "Déplacements Québec et Lévis. 280$/h. {phone} / agence.diamant@example.ca",
            )
        ],
    },
    legs=[Leg((0, 55), 3, "Québec", person={"name": n, "age": a}) for n, a in _DIAMANT],
)

_MUSE = [("Charlotte", "27"), ("Eva", "24"), ("Noémie", "29"), ("Sofia", "26")]
op(
    id="ag-05",
    kind="agency",
    note="agency whose profiles are written in the first person, e-mail",
    phones=["5145550149"],
    styles=("plain",),
    email="contact@maison-muse.example.com",
    texts={
        "main": [
            (
                "{name}, {age} — Maison Muse",
                "Bonsoir, je suis {name}, {age} ans. J'adore les soirées qui commencent par un "
                "verre et une vraie conversation. Je me déplace au centre-ville. 1h 320$. "
                "Réservations par Maison Muse: {phone}, contact@maison-muse.example.com",
            )
        ],
    },
    legs=[Leg((0, 55), 3, "Montréal", person={"name": n, "age": a}) for n, a in _MUSE],
)

_TO = [("Ava", "25"), ("Mila", "28"), ("Chloe", "23"), ("Isabella", "27"), ("Grace", "30")]
op(
    id="ag-06",
    kind="agency",
    note="Toronto agency, some ladies visit Montréal, 24/7 booking",
    phones=["4165550150"],
    styles=("plain",),
    email="desk@sixsixsix-escorts.example.com",
    texts={
        "main": [
            (
                "{name} ({age}) — Six Escorts Toronto",
                "{name}, {age}, one of our newest ladies. Outcall downtown Toronto and airport "
                "hotels. Booking desk open 24/7: {phone}, desk@sixsixsix-escorts.example.com.",
            )
        ],
        "tour": [
            (
                "{name} ({age}) visiting Montréal with Six Escorts",
                "{name}, {age}, visiting Montréal this weekend. Outcall downtown hotels. "
                "Booking desk 24/7: {phone}, desk@sixsixsix-escorts.example.com.",
            )
        ],
    },
    legs=[Leg((0, 55), 2, "Toronto", person={"name": n, "age": a}) for n, a in _TO]
    + [
        Leg((20, 23), 1, "Montréal", "tour", person={"name": "Mila", "age": "28"}),
        Leg((41, 44), 1, "Montréal", "tour", person={"name": "Grace", "age": "30"}),
    ],
)

op(
    id="ag-07",
    kind="agency",
    note="small booking service for three women, 'new girl this week'",
    phones=["4385550151"],
    styles=("plain",),
    email="lesdemoiselles@example.net",
    texts={
        "main": [
            (
                "Les Demoiselles — Anaïs, Romy et Florence",
                "Les Demoiselles: Anaïs (26), Romy (24) et Florence (31). Incall discret à "
                "Villeray, 250$/h. Réservez: {phone} — lesdemoiselles@example.net",
            ),
            (
                "Les Demoiselles: nouvelle cette semaine, Florence 31 ans",
                "Nouvelle cette semaine chez Les Demoiselles: Florence, 31 ans, brune. "
                "250$/h. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 8, "Montréal")],
)

op(
    id="ag-08",
    kind="agency",
    note="Longueuil massage salon, three masseuses, hours posted",
    phones=["4505550152"],
    styles=("plain",),
    email="salonzen.longueuil@example.ca",
    texts={
        "main": [
            (
                "Salon Zen Longueuil — massage détente",
                "Salon Zen, Vieux-Longueuil. Massages détente par Mia, Élise et Ginette. "
                "Ouvert 11h-21h, fermé dimanche. 60 min 120$. {phone}",
            )
        ],
    },
    legs=[Leg((0, 55), 5, "Longueuil")],
    hours=(9, 11),
)

# ============ third parties (trafficking) ============

op(
    id="tp-01",
    kind="third_party",
    note="fake first person, burner rotated weekly, fast circuit",
    phones=["5145550153", "4385550154", "4505550155", "5795550156", "8195550157"],
    styles=("spaced", "letter_o"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Jasmine 21 🍒 nouvelle en ville, 24/7",
                "Coucou je suis Jasmine 21 ans nouvelle en ville 🍒 tres gentille je fais tout, "
                "incall seulement, dispo 24/7. Text {phone} pas d'appel",
            ),
            (
                "Jasmine 21 🍒 new in town 24/7",
                "hi im Jasmine 21 new in town 🍒 sweet girl, incall only, open 24/7. text only "
                "{phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 5), 3, "Montréal", phone=0, form_age=21),
        Leg((7, 10), 2, "Laval", phone=1, form_age=21),
        Leg((12, 15), 2, "Longueuil", phone=2, form_age=21),
        Leg((17, 20), 2, "Gatineau", phone=3, form_age=21),
        Leg((22, 26), 2, "Montréal", phone=4, form_age=21),
    ],
)

op(
    id="tp-02",
    kind="third_party",
    note="several women on one line, roster changes, cities move",
    phones=["4385550158"],
    styles=("split", "mixed"),
    contact_phone=False,
    texts={
        "main": [
            (
                "NOUVELLES FILLES ce soir 🔥 Ana 20, Kim 22, Britney 19",
                "Nouvelles filles disponibles ce soir: Ana 20 ans, Kim 22 ans, Britney 19 ans. "
                "Incall seulement, 120$ 30 min. Appelle {phone}",
            ),
            (
                "Filles dispo maintenant: Vanessa 21, Kim 22",
                "Disponibles maintenant: Vanessa 21 ans, Kim 22 ans. Incall, 120$ 30 min, "
                "demande pour les spéciaux. {phone}",
            ),
            (
                "3 filles dispo 🔥 Ashley 19, Mina 20, Tina 23",
                "Ce soir: Ashley 19 ans, Mina 20 ans, Tina 23 ans. Toutes nouvelles. 120$ demi. {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 8), 3, "Montréal"),
        Leg((10, 16), 3, "Laval"),
        Leg((18, 24), 3, "Longueuil"),
        Leg((26, 34), 3, "Québec"),
        Leg((36, 48), 3, "Montréal"),
    ],
)

_TP03 = [
    ("Brianna", "22", "6475550159", "Toronto"),
    ("Destiny", "21", "4165550160", "Ottawa"),
    ("Mercedes", "23", "4375550161", "Montréal"),
    ("Candy", "20", "3435550162", "Toronto"),
]
op(
    id="tp-03",
    kind="third_party",
    note="one phone per woman, one template, women moved between cities",
    phones=[p for _, _, p, _ in _TP03],
    styles=("plain", "emoji"),
    contact_phone=True,
    texts={
        "main": [
            (
                "{name} {age} 💦 NEW in town for few days only",
                "Hey guys its {name} 😘 {age} yo, new in town for few days only!! Upscale incall, "
                "very open minded, available 24/7, ask about specials 🔥 Text {phone}",
            ),
        ],
    },
    legs=[
        Leg((0 + 7 * i, 6 + 7 * i), 2, c, phone=i, person={"name": n, "age": a}, form_age=a)
        for i, (n, a, _, c) in enumerate(_TP03)
    ]
    + [
        Leg((30 + 5 * i, 34 + 5 * i), 2, c2, phone=i, person={"name": n, "age": a}, form_age=a)
        for i, ((n, a, _, _), c2) in enumerate(
            zip(_TP03, ["Montréal", "Toronto", "Ottawa", "Montréal"], strict=True)
        )
    ],
)

op(
    id="tp-04",
    kind="third_party",
    minor=True,
    note="minor stated 19 then 18, coded words, fake first person, rotating phones",
    phones=["5145550163", "4385550164", "5145550165"],
    styles=("letter_o", "en"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Kayla 19 🍭 petite teen look, schoolgirl outfit",
                "Hi im Kayla 19 🍭 petite teen look, 4'11, very young looking. Schoolgirl outfit "
                "on request 🎀 barely legal fun. Incall only, no cops. {phone}",
            ),
            (
                "Kayla 18 🍭 nouvelle, toute petite",
                "Kayla à peine 18 ans 🍭 toute petite, air d'écolière, première fois sur le site. "
                "Incall seulement. {phone}",
            ),
        ],
    },
    legs=[
        Leg((2, 12), 3, "Montréal", phone=0, form_age=19, minor=True),
        Leg((14, 24), 3, "Laval", phone=1, form_age=18, minor=True),
        Leg((26, 36), 3, "Montréal", phone=2, form_age=18, minor=True),
    ],
)

op(
    id="tp-05",
    kind="third_party",
    minor=True,
    note="one line, two women, one of them 'à peine 18' with coded words",
    phones=["4505550166"],
    styles=("dashes_words", "split"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Nouvelle 🎀 à peine 18 ans, fraîche et innocente",
                "Nouvelle arrivée: Léna, à peine 18 ans 🎀 fraîche, innocente, première expérience. "
                "Aussi dispo: Crystal 24 ans. Incall Longueuil, 100$ la demi. {phone}",
            ),
            (
                "Léna 18 🎀 nouvelle et Crystal 24",
                "Léna 18 ans, vraiment nouvelle, toute mince, écolière 📚. Crystal 24 ans, "
                "expérimentée. 100$ 30 min, incall Longueuil. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 40), 8, "Longueuil", form_age=18, minor=True)],
)

op(
    id="tp-06",
    kind="third_party",
    note="two women on a circuit through five cities, one obscured phone",
    phones=["8735550167"],
    styles=("fr", "split"),
    contact_phone=False,
    texts={
        "main": [
            (
                "TOURNÉE 🚗 Rachel & Amélie à {city} 2 jours seulement",
                "Rachel 23 ans et Amélie 22 ans, de passage à {city} seulement 2 jours! Incall "
                "hôtel, 150$ 30 min. Textez au {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 2), 2, "Montréal"),
        Leg((3, 5), 2, "Québec"),
        Leg((6, 8), 2, "Sherbrooke"),
        Leg((9, 11), 2, "Trois-Rivières"),
        Leg((12, 14), 2, "Gatineau"),
        Leg((20, 22), 2, "Laval"),
        Leg((23, 25), 2, "Longueuil"),
    ],
)

op(
    id="tp-07",
    kind="third_party",
    note="third-person ads for several women, 'call for her'",
    phones=["4385550168"],
    styles=("plain", "run"),
    contact_phone=False,
    texts={
        "main": [
            (
                "{name} {age} ans 🔥 elle fait tout",
                "{name} a {age} ans, elle est très ouverte, elle fait tout, sans limites. Elle est "
                "disponible ce soir à {city}. Appelez pour elle au {phone}, cash seulement.",
            ),
        ],
    },
    legs=[
        Leg((0, 20), 3, "Montréal", person={"name": "Britney", "age": "20"}),
        Leg((5, 30), 3, "Laval", person={"name": "Samantha", "age": "22"}),
        Leg((15, 40), 3, "Montréal", person={"name": "Karina", "age": "19"}),
        Leg((35, 55), 2, "Longueuil", person={"name": "Alicia", "age": "21"}),
    ],
)

op(
    id="tp-08",
    kind="third_party",
    note="Toronto handler, women moved to Montréal, emoji phones",
    phones=["6475550169", "4375550170"],
    styles=("emoji",),
    contact_phone=False,
    texts={
        "main": [
            (
                "{name} 🔥 young Latina just arrived {city}",
                "{name} young Latina just arrived 🔥 {age}yo, sweet, no english much, incall "
                "specials 140 half hour. Call {phone}",
            ),
            (
                "{name} jeune latina arrivée {city}",
                "{name}, {age} ans, jeune Latina, vient d'arriver 🔥 parle pas beaucoup anglais. "
                "Incall 140$ demi-heure. {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 10), 2, "Toronto", phone=0, person={"name": "Daniela", "age": "21"}),
        Leg((12, 20), 3, "Montréal", phone=0, person={"name": "Daniela", "age": "21"}),
        Leg((5, 15), 2, "Toronto", phone=1, person={"name": "Paola", "age": "20"}),
        Leg((18, 30), 3, "Montréal", phone=1, person={"name": "Paola", "age": "20"}),
        Leg((32, 40), 2, "Laval", phone=1, person={"name": "Paola", "age": "20"}),
    ],
)

op(
    id="tp-09",
    kind="third_party",
    note="three women each 'speak for themselves' through one line",
    phones=["5145550171"],
    styles=("plain",),
    texts={
        "main": [
            (
                "{name} {age} ans, douce et coquine",
                "Salut, moi c'est {name}, j'ai {age} ans. Je suis douce et coquine, je reçois dans "
                "un appart propre à Montréal-Nord. 140$ la demi. Texte-moi {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 50), 3, "Montréal-Nord", person={"name": "Mélodie", "age": "21"}),
        Leg((5, 55), 3, "Montréal-Nord", person={"name": "Tanya", "age": "23"}),
        Leg((10, 55), 3, "Montréal-Nord", person={"name": "Priscilla", "age": "20"}),
    ],
)

op(
    id="tp-10",
    kind="third_party",
    minor=True,
    note="minor, 'à peine 18' then 19 then 20, student, rotating cities and phones",
    phones=["4505550172", "5795550173"],
    styles=("mixed", "spaced"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Mia, toute jeune, 1re semaine 🌸",
                "Mia, {age} ans, étudiante, toute jeune et fraîche, c'est ma première semaine 🌸 "
                "Incall seulement, 150$ 30min, texte {phone}",
            ),
            (
                "Mia {age} yo 🌸 young fresh student 1st week",
                "Mia {age} yo, young fresh student, first week 🌸 barely legal, incall only. "
                "{phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 6), 2, "Longueuil", phone=0, person={"age": "18"}, form_age=18, minor=True),
        Leg((9, 14), 2, "Montréal", phone=0, person={"age": "20"}, form_age=20, minor=True),
        Leg((16, 22), 2, "Laval", phone=1, person={"age": "19"}, form_age=19, minor=True),
        Leg((25, 30), 2, "Longueuil", phone=1, person={"age": "18"}, form_age=18, minor=True),
    ],
)

op(
    id="tp-11",
    kind="third_party",
    note="outcall line, many women, very low prices, new weekly",
    phones=["4385550174"],
    styles=("plain", "split"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Nouvelles filles chaque semaine 🔥 outcall 80$",
                "Nouvelles filles chaque semaine! Outcall Montréal et Laval, 80$ la demi-heure, "
                "120$ l'heure. Choisis ta fille: Tina, Sofia, Ruby, Dana. {phone}",
            ),
            (
                "Outcall 24h 🔥 filles jeunes 80$",
                "Outcall 24h, filles jeunes et nouvelles chaque semaine. 80$ 30 min. Ce soir: "
                "Sofia, Ariane, Kelly. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 6, "Montréal"), Leg((5, 50), 3, "Laval")],
)

op(
    id="tp-12",
    kind="third_party",
    note="fake first person, one woman, fast circuit Montréal → Laval → Longueuil, obscured",
    phones=["5795550175"],
    styles=("letter_o", "en"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Sara 23 🍓 dispo ce soir {city}",
                "Salut c moi Sara 23 ans 🍓 je suis a {city} pour quelques jours, incall seulement, "
                "je fais tout, text {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 3), 2, "Montréal", form_age=23),
        Leg((4, 6), 2, "Laval", form_age=23),
        Leg((7, 9), 2, "Longueuil", form_age=23),
        Leg((10, 12), 2, "Montréal", form_age=23),
        Leg((14, 16), 2, "Laval", form_age=23),
    ],
)

op(
    id="tp-13",
    kind="third_party",
    note="burner replaced every ~5 days while the same ad text stays (Laval)",
    phones=["4505550176", "4505550177", "4505550178", "4505550179", "4505550180"],
    styles=("plain", "spaced"),
    contact_phone=True,
    texts={
        "main": [
            (
                "Nathalie 24 ans Laval 💋 incall",
                "Nathalie, 24 ans, belle brune, incall Laval proche métro Montmorency. 130$ 30min. "
                "Texte seulement {phone}",
            ),
        ],
    },
    legs=[Leg((5 * i, 5 * i + 4), 2, "Laval", phone=i, form_age=24) for i in range(5)],
)

_TP14 = [
    ("Alexa", "22", "5145550181"),
    ("Jenny", "20", "5145550182"),
    ("Laurie", "21", "4385550183"),
]
op(
    id="tp-14",
    kind="third_party",
    note="one price table and template for three women, three phones",
    phones=[p for _, _, p in _TP14],
    styles=("plain", "dots"),
    contact_phone=True,
    texts={
        "main": [
            (
                "{name} {age} 🌹 sexy et discrète",
                "Bonjour, je m'appelle {name}, {age} ans 🌹 sexy, discrète et souriante. "
                "Tarifs: 150 🌹 demi-heure, 250 🌹 heure, pas de négociation. Incall Ville-Marie. "
                "{phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 55), 4, "Montréal", phone=i, person={"name": n, "age": a}, form_age=a)
        for i, (n, a, _) in enumerate(_TP14)
    ],
)

# ============ exploitative venues ============

op(
    id="ev-01",
    kind="exploitative_venue",
    note="massage parlour, new Asian girls weekly, 40$ 30 min",
    phones=["5145550184"],
    styles=("plain",),
    sources=("massage-forum",),
    hours=(8, 11),
    texts={
        "main": [
            (
                "NOUVELLES FILLES ASIATIQUES chaque semaine 💆 40$",
                "Massage Jardin d'Orient, Montréal-Nord. Nouvelles filles asiatiques chaque "
                "semaine! 40$ 30 min, 70$ 1h. Ouvert 7 jours, 9h à 2h. Cette semaine: {names}. "
                "{phone}",
            ),
            (
                "Jardin d'Orient 💆 new young Asian girls",
                "New young Asian girls every week! Body rub 40 half hour, 70 hour. Open 7 days "
                "9am-2am. This week: {names}. {phone}",
            ),
        ],
    },
    legs=[
        Leg((7 * w, 7 * w + 6), 2, "Montréal-Nord", person={"names": nm})
        for w, nm in enumerate(
            [
                "Lily, Coco",
                "Amy, Jenny",
                "Sakura, Mimi",
                "Lucy, Kitty",
                "Anna, Momo",
                "Nana, Yumi",
                "Cherry, Lulu",
                "Vivi, Sunny",
            ]
        )
    ],
)

op(
    id="ev-02",
    kind="exploitative_venue",
    note="Toronto body rub, rotating staff, $60/h special",
    phones=["4165550185"],
    styles=("plain",),
    sources=("massage-forum",),
    hours=(8, 11),
    texts={
        "main": [
            (
                "Golden Touch Spa 🌟 NEW girls this week",
                "Golden Touch Spa, Scarborough. NEW young girls this week: {names}. Special $60 "
                "hour, open 10am till late, walk-ins welcome. {phone}",
            )
        ],
    },
    legs=[
        Leg((7 * w, 7 * w + 6), 2, "Toronto", person={"names": nm})
        for w, nm in enumerate(
            [
                "Vicky, Bella",
                "Jasmine, Amber",
                "Sophia, Luna",
                "Candy, Mia",
                "Daisy, Ruby",
                "Eva, Kiki",
            ]
        )
    ],
)

op(
    id="ev-03",
    kind="exploitative_venue",
    note="Laval spa, girls 'always available day and night', live-in hint",
    phones=["4505550186"],
    styles=("plain", "split"),
    sources=("massage-forum", "boardmtl"),
    texts={
        "main": [
            (
                "Spa Perle Laval 24h 🌙 filles toujours disponibles",
                "Spa Perle Laval: nos filles sont toujours disponibles, jour et nuit, elles "
                "habitent sur place. Massage 50$ 30 min. Nouvelles chaque semaine: {names}. {phone}",
            ),
            (
                "Spa Perle 24h — nouvelles masseuses",
                "Nouvelles masseuses cette semaine: {names}. Ouvert 24h, 50$ demi-heure. {phone}",
            ),
        ],
    },
    legs=[
        Leg((7 * w, 7 * w + 6), 2, "Laval", person={"names": nm})
        for w, nm in enumerate(
            [
                "Nina, Olga",
                "Katia, Dasha",
                "Irina, Vera",
                "Alina, Sveta",
                "Masha, Lena",
                "Oksana, Yana",
            ]
        )
    ],
)

op(
    id="ev-04",
    kind="exploitative_venue",
    note="Longueuil salon, one new 20 y/o masseuse each week",
    phones=["4505550187"],
    styles=("plain",),
    sources=("massage-forum",),
    hours=(9, 12),
    texts={
        "main": [
            (
                "Massage Oasis Longueuil — nouvelle masseuse {name} {age} ans",
                "Massage Oasis, Longueuil. Nouvelle masseuse cette semaine: {name}, {age} ans, "
                "très jeune et douce. 60$ 30 min, 90$ 1h. Sans rendez-vous. {phone}",
            )
        ],
    },
    legs=[
        Leg((7 * w, 7 * w + 6), 2, "Longueuil", person={"name": n, "age": a})
        for w, (n, a) in enumerate(
            [
                ("Tina", "20"),
                ("Jade", "21"),
                ("Lina", "20"),
                ("Cindy", "22"),
                ("Mandy", "20"),
                ("Kelly", "21"),
                ("Sonia", "20"),
            ]
        )
    ],
)

op(
    id="ev-05",
    kind="exploitative_venue",
    note="Gatineau venue, 24/7, low prices, new girls weekly",
    phones=["8195550188"],
    styles=("plain", "dots"),
    sources=("massage-forum", "annonces-nocturnes"),
    texts={
        "main": [
            (
                "Studio Hull 24/7 💋 nouvelles filles chaque semaine",
                "Studio Hull, Gatineau: ouvert 24/7. Nouvelles filles chaque semaine, cette "
                "semaine {names}. 60$ 30 min, 100$ 1h. Discret, stationnement. {phone}",
            )
        ],
    },
    legs=[
        Leg((7 * w, 7 * w + 6), 2, "Gatineau", person={"names": nm})
        for w, nm in enumerate(
            ["Jessy, Marie", "Alyssa, Kim", "Roxy, Lola", "Sandy, Tania", "Mona, Gaby"]
        )
    ],
)

op(
    id="ev-06",
    kind="exploitative_venue",
    minor=True,
    note="venue advertising a 'very young' new girl stated 18, with coded words",
    phones=["5145550189"],
    styles=("plain",),
    sources=("massage-forum",),
    hours=(8, 11),
    texts={
        "main": [
            (
                "Salon Belle Étoile — NOUVELLE 18 ans, très jeune 🍭",
                "Salon Belle Étoile, Saint-Michel. Nouvelle cette semaine: Chloé, 18 ans, très très "
                "jeune, petite écolière 🍭 Aussi: {names}. 50$ 30 min. Ouvert tard. {phone}",
            ),
        ],
        "other": [
            (
                "Salon Belle Étoile — filles nouvelles chaque semaine",
                "Salon Belle Étoile: nouvelles filles chaque semaine, cette semaine {names}. "
                "50$ 30 min, ouvert tard. {phone}",
            ),
        ],
    },
    legs=[
        Leg((0, 6), 2, "Montréal", "other", person={"names": "Nancy, Rita"}),
        Leg((7, 20), 4, "Montréal", person={"names": "Nancy, Rita"}, minor=True),
        Leg((21, 27), 2, "Montréal", "other", person={"names": "Sabrina, Ève"}),
        Leg((28, 41), 4, "Montréal", "other", person={"names": "Julie, Fanny"}),
    ],
)


# --- rendering -------------------------------------------------------------------------------

_SMALL_EDITS = ("emoji", "bump", "case", "space", "none", "none", "price")


def _small_edit(title: str, body: str, o: Op, rng: random.Random) -> tuple[str, str]:
    """A repost's small edit: what a person changes when she posts the same ad again."""
    kind = rng.choice(_SMALL_EDITS)
    if o.bump_words and rng.random() < 0.6:
        return f"{rng.choice(o.bump_words)} {title}", body
    if kind == "emoji":
        return title + rng.choice([" ✨", " 💋", " 🔥", " ❤️", ""]), body
    if kind == "bump":
        return title, rng.choice(["*** ", "", "Back! ", "De retour! "]) + body
    if kind == "case":
        return title.upper() if rng.random() < 0.3 else title.lower(), body
    if kind == "space":
        return title, body.replace(". ", ".  ", 1) + rng.choice(["", " xx", " ;)", " Merci!"])
    if kind == "price":
        return title, body.replace("200$", "220$").replace("250/h", "260/h")
    return title, body


def _days(lo: int, hi: int, n: int, rng: random.Random) -> list[int]:
    if n == 1:
        return [rng.randint(lo, hi)]
    step = (hi - lo) / (n - 1)
    return [
        min(hi, max(lo, round(lo + i * step + rng.uniform(-0.4, 0.4) * step))) for i in range(n)
    ]


def build(
    ops: list[Op] | None = None, seed: int = 20261129
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Every ad and the truth, in a fixed order (the builder's seed is fixed)."""
    rng = random.Random(seed)
    ads: list[dict[str, object]] = []
    truth: list[dict[str, object]] = []
    seen_phones: dict[str, str] = {}
    seen_ids: set[str] = set()
    for o in OPS if ops is None else ops:
        for p in o.phones:
            assert seen_phones.setdefault(p, o.id) == o.id, (p, o.id, seen_phones[p])
            assert p[3:7] == "5550" and p[7] == "1", p  # fictional 555-01XX only
        keys: list[list[str]] = []
        minor_keys: list[list[str]] = []
        text_turn = 0
        for leg in o.legs:
            for day in sorted(_days(leg.days[0], leg.days[1], leg.n, rng)):
                ad_id = f"{rng.getrandbits(40):010x}"
                assert ad_id not in seen_ids
                seen_ids.add(ad_id)
                source = rng.choice(o.sources)
                variants = o.texts[leg.text]
                title, body = variants[text_turn % len(variants)]
                text_turn += 1
                styles = leg.styles or o.styles
                fields = {"city": leg.city, **leg.person}
                if leg.phone >= 0:
                    fields["phone"] = render_phone(o.phones[leg.phone], rng.choice(styles))
                if leg.extra_phone is not None:
                    fields["phone2"] = render_phone(o.phones[leg.extra_phone], "plain")
                title, body = title.format(**fields), body.format(**fields)
                if text_turn > 1:
                    title, body = _small_edit(title, body, o, rng)
                when = START + timedelta(
                    days=day, hours=rng.randint(*o.hours), minutes=rng.randint(0, 59)
                )
                stamp = when.strftime("%Y-%m-%dT%H:%M:%S")
                if rng.random() < 0.5:
                    stamp += "-04:00" if when < datetime(2026, 11, 1, 2) else "-05:00"
                ad: dict[str, object] = {
                    "ad_id": ad_id,
                    "source": source,
                    "posted_at": stamp,
                    "title": title,
                    "body": body,
                    "city": leg.city,
                }
                contact: dict[str, str] = {}
                show = o.contact_phone if leg.contact_phone is None else leg.contact_phone
                if show and leg.phone >= 0:
                    contact["phone"] = render_phone(o.phones[leg.phone], "paren")
                elif not show and rng.random() < 0.3:
                    contact["phone"] = rng.choice(["text only", "voir annonce", "N/A"])
                if o.email:
                    contact["email"] = o.email
                if o.handle:
                    contact["handle"] = o.handle
                if contact:
                    ad["contact"] = contact
                if leg.form_age is not None:
                    ad["age"] = leg.form_age
                ad["url"] = f"https://{source}.example/ad/{ad_id}"
                ads.append(ad)
                keys.append([source, ad_id])
                if leg.minor:
                    minor_keys.append([source, ad_id])
        truth.append(
            {
                "operator_id": o.id,
                "kind": o.kind,
                "minor": o.minor,
                "ads": keys,
                "minor_ads": minor_keys,
                "note": o.note,
            }
        )
        assert o.minor == bool(minor_keys), o.id
    ads.sort(key=lambda a: str(a["posted_at"])[:19])
    return ads, truth


def write(ads: list[dict[str, object]], truth: list[dict[str, object]], where: Path) -> None:
    """Write ``ads.jsonl`` and ``truth.jsonl`` into ``where``."""
    with (where / "ads.jsonl").open("w", encoding="utf-8") as f:
        for ad in ads:
            f.write(json.dumps(ad, ensure_ascii=False) + "\n")
    with (where / "truth.jsonl").open("w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for t in truth:
        kinds[str(t["kind"])] = kinds.get(str(t["kind"]), 0) + 1
    print(f"{len(ads)} ads, {len(truth)} operators: {kinds}")


def main() -> None:
    write(*build(), HERE)


if __name__ == "__main__":
    main()
