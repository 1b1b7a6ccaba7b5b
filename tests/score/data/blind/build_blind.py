"""Build the *blind* hand-written market (``ads.jsonl`` and ``truth.jsonl`` beside this file).

    python tests/score/data/blind/build_blind.py

Written in round 8 by an engineer who had not read the indicator, scoring, linking or
simulation code, nor the other hand-written markets: its first measurement
(``FIRST_RUN.txt``) is an out-of-sample figure. The texts are literals, one or a few per
operator, written from general knowledge of how escort and massage ads in Montréal, Laval,
Longueuil and the touring cities read. Reposts over about eight weeks (7 Sept - 1 Nov 2026)
get small realistic edits: the title cycles through the operator's variants, the
availability line changes, optional lines come and go, a number changes when the operator
changes it. Everything is synthetic: work names, venue names, e-mail domains (``.example``)
and 555-01XX numbers.

The truth schema is the one of ``../unseen/holdout/truth.jsonl``: ``operator_id``, ``kind``
(``independent``, ``duo``, ``agency``, ``third_party``, ``exploitative_venue``), ``minor``,
``ads``, ``minor_ads``, ``note``. Ad ids are hashes of (operator, persona, post number),
so they stay put when a text is edited.
"""

from __future__ import annotations

import hashlib
import json
import random
import textwrap
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
START = datetime(2026, 9, 7, 9, 0)

DISPO: dict[str, tuple[str, ...]] = {
    "fr": (
        "Dispo ce soir ✨",
        "Disponible dès 11h",
        "Dispo maintenant",
        "Dispo jusqu'à 1h",
        "Ce weekend seulement",
        "Dispo demain après-midi",
        "Quelques places libres cette semaine",
    ),
    "en": (
        "Available tonight 💋",
        "Available from noon",
        "Available now",
        "Last minute ok",
        "This weekend only",
        "Booking tomorrow afternoon",
        "A few spots left this week",
    ),
    "mix": (
        "Dispo tonight 💋",
        "Available dès midi",
        "Dispo now / available now",
        "Last minute ok, dispo jusqu'à minuit",
        "Weekend seulement",
        "Dispo demain / tomorrow",
    ),
}
PREFIX: dict[str, tuple[str, ...]] = {
    "fr": ("", "", "", "✨ ", "💋 ", "Retour! "),
    "en": ("", "", "", "✨ ", "💋 ", "Back! "),
    "mix": ("", "", "", "✨ ", "💋 ", "Back / de retour! "),
}

_WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WORDS_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_EMOJI = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]


def render(num: str, style: str) -> str:
    """A ten-digit number written the way an ad writer would, in one of a few styles."""
    a, b, c = num[:3], num[3:6], num[6:]
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "paren":
        return f"({a}) {b}-{c}"
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "space":
        return f"{a} {b} {c}"
    if style == "plain":
        return num
    if style == "plus":
        return f"+1 {a} {b} {c}"
    if style == "spaced":
        return " ".join(num)
    if style == "words_en":
        return " ".join(_WORDS_EN[int(d)] for d in num)
    if style == "words_fr":
        return " ".join(_WORDS_FR[int(d)] for d in num)
    if style == "mixed":  # half digits, half words, against scrapers
        return f"{a} {_WORDS_EN[int(b[0])]}{b[1:]} {c[:2]}{_WORDS_EN[int(c[2])]}{c[3]}"
    if style == "emoji":
        return "".join(_EMOJI[int(d)] for d in num)
    if style == "letters":  # O for zero, l for one
        return f"{a}-{b}-{c}".replace("0", "O").replace("1", "l")
    if style == "split":
        return f"{a} {b} ... {c}"
    raise ValueError(f"unknown phone style {style!r}")


@dataclass(frozen=True)
class Persona:
    """One advertised person (or one joint ad) of an operator, and how she is reposted.

    ``body`` may hold ``{phone}``, ``{phone2}``, ``{city}``, ``{dispo}``, ``{email}`` and
    ``{handle}``. Post ``i`` uses ``phones[i // phone_block]`` (the last one once they run
    out: an operator who changes number does not go back), ``cities[i // city_block]``
    cycled, the ``style`` entries cycled.
    """

    body: str
    titles: tuple[str, ...]
    phones: tuple[str, ...] = ()
    phone_block: int = 999
    phone2: str | None = None
    style: tuple[str, ...] = ("dash",)
    contact: bool = True
    email: str | None = None
    handle: str | None = None
    cities: tuple[str, ...] = ("Montréal",)
    city_block: int = 999
    age: int | str | None = None
    posts: int = 6
    start: float = 0.0
    every: float = 7.0
    sources: tuple[str, ...] = ("nuitsmtl",)
    lang: str = "fr"
    dispo: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()  # title prefixes of reposts (default: by language)
    minor: bool = False


@dataclass(frozen=True)
class Operator:
    """One operator: who is really behind the ads (the truth)."""

    operator_id: str
    kind: str
    note: str
    personas: tuple[Persona, ...]


class Numbers:
    """Hands out 555-01XX numbers per area code, never the same one twice."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def __call__(self, npa: str) -> str:
        k = self._next.get(npa, 100)
        if k > 199:
            raise ValueError(f"no 555-01XX number left in {npa}")
        self._next[npa] = k + 1
        return f"{npa}5550{k}"


def P(**kw: Any) -> Persona:
    """A persona, with the body and titles de-indented and stripped."""
    kw["body"] = textwrap.dedent(kw["body"]).strip()
    if isinstance(kw.get("titles"), str):
        kw["titles"] = (kw["titles"],)
    for key in ("phones", "style", "cities", "sources", "dispo", "extras"):
        if isinstance(kw.get(key), str):
            kw[key] = (kw[key],)
    return Persona(**kw)


# ---------------------------------------------------------------------------------------
# The operators. Read ``note`` for what each one is; the hard cases are deliberate.
# ---------------------------------------------------------------------------------------


def independents(n: Numbers) -> list[Operator]:
    """Forty-eight independent adult workers, each advertising herself."""
    ops: list[Operator] = []

    def ind(note: str, *personas: Persona) -> None:
        ops.append(Operator(f"b-ind-{len(ops) + 1:02d}", "independent", note, personas))

    ind(
        "mature independent, Plateau incall, screening and deposit, one phone",
        P(
            body="""
            Bonjour messieurs 😊
            Je m'appelle Sophie, 38 ans, femme naturelle, cultivée et souriante.
            Je reçois dans mon condo privé sur le Plateau, à deux pas du métro Mont-Royal.
            Ambiance relaxe, jamais pressée. 1h 260 / 1h30 360 / 2h 450.
            Première rencontre: référence d'une autre travailleuse OU pièce d'identité.
            Dépôt de 40$ par virement Interac pour les nouveaux clients.
            Texto seulement svp: {phone}
            {dispo}
            """,
            titles=("Sophie, femme mûre et raffinée", "Sophie - Plateau, incall discret"),
            phones=n("514"),
            cities="Plateau-Mont-Royal",
            age=38,
            posts=7,
            every=6,
        ),
    )
    ind(
        "new in town from Vancouver (moved for good), English, e-mail and phone",
        P(
            body="""
            Hi gentlemen! I'm Kayla, 27, newly relocated to Montreal from Vancouver 🌲
            Still learning my French so be patient with me haha.
            Upscale GFE, downtown incall near Guy-Concordia, or outcall to hotels.
            300/h, 550 for two hours, dinner dates on request.
            I screen everyone: name, LinkedIn or two provider references.
            Email {email} or text {phone}. {dispo}
            """,
            titles=("New in town ✨ Kayla, upscale GFE", "Kayla - Vancouver girl now in MTL"),
            phones=n("438"),
            email="kayla.companion@mail.example",
            cities="Montréal",
            age=27,
            posts=6,
            lang="en",
            sources=("nuitsmtl", "companionsqc"),
        ),
    )
    ind(
        "20-year-old student, says so, petite, UQAM, franglais",
        P(
            body="""
            Salut! Moi c'est Rosalie, 20 ans, étudiante à l'UQAM 📚
            Petite (5'1), cheveux bruns, très souriante. Je travaille à temps partiel
            pour payer mes études, donc mes dispos changent selon mes cours.
            Incall à mon appart près de Berri, ou outcall centre-ville.
            150 la demi / 220 l'heure. Pas de texto explicite svp, je bloque.
            Text me: {phone} — {dispo}
            """,
            titles=("Rosalie, étudiante 20 ans 📚", "Petite étudiante dispo entre mes cours"),
            phones=n("514"),
            style=("dash", "dots"),
            cities=("Montréal", "Quartier Latin"),
            city_block=3,
            age=20,
            posts=5,
            every=8,
            lang="mix",
        ),
    )
    ind(
        "19-year-old who says so plainly and offers ID, first person, own number",
        P(
            body="""
            Hey, I'm Brooke and yes I'm really 19 lol — I show ID to anyone who asks.
            Been doing this on my own for a few months, no agency, no boyfriend
            "managing" me, just me. Incall in Verdun, clean apartment, easy parking.
            180/h, 120 for 30 min. Respectful guys only, I decide who I see.
            Text first with your name and the time you want: {phone}
            {dispo}
            """,
            titles=("Brooke 19 🌸 independent, Verdun", "Brooke - real 19, real pics"),
            phones=n("438"),
            cities=("Verdun", "Montréal"),
            city_block=2,
            age=19,
            posts=6,
            every=7,
            lang="en",
        ),
    )
    ind(
        "Toronto independent touring Montréal, Québec, Ottawa with dates; one phone",
        P(
            body="""
            ✈️ TOUR DATES ✈️ Toronto's Natalia is visiting {city}!
            Montréal Sept 14-17 · Québec Sept 28-30 · Ottawa Oct 12-14 · MTL again Oct 26-29
            Hi loves, I'm Natalia, 31, Russian-Canadian, tall and elegant.
            Hotel incall, exact location after screening (P411 ok or ID + employer).
            1h 350 · 90 min 480. Deposit required for tours, e-transfer.
            Text only {phone}, I answer everything myself. {dispo}
            """,
            titles=("Natalia on tour in {city}", "Visiting {city}: Natalia 31, elegant"),
            phones=n("416"),
            style=("paren",),
            cities=("Montréal", "Québec", "Ottawa", "Montréal"),
            city_block=2,
            age=31,
            posts=7,
            every=6,
            lang="en",
            sources=("nuitsmtl", "tourboard"),
        ),
    )
    ind(
        "independent with two phones at once (calls / texts), both in every ad",
        P(
            body="""
            Bonsoir, Valérie ici, 33 ans, brune aux yeux verts.
            Appels: {phone} — Textos: {phone2}
            (le cell du travail est souvent sur silencieux, le texto est plus rapide)
            Incall Rosemont près du métro Beaubien, stationnement facile.
            200 / 1h, 140 / 30 min. Propre, respect, pas de négo.
            {dispo}
            """,
            titles=("Valérie, brune naturelle Rosemont", "Valérie 33 - discrète"),
            phones=n("514"),
            phone2=n("438"),
            cities="Rosemont",
            age=33,
            posts=5,
            every=9,
        ),
    )
    p_old, p_new = n("514"), n("514")
    ind(
        "changed her number once mid-period and says so; same text before and after",
        P(
            body="""
            Amélie, 29 ans, blonde pulpeuse 🍑 Incall privé à Ahuntsic.
            NOUVEAU NUMÉRO / NEW NUMBER : {phone}
            Massage de détente + GFE. 1h 220$, 30 min 150$.
            Pas de numéro masqué, je ne réponds pas. {dispo}
            """,
            titles=("Amélie 29 blonde pulpeuse", "Amélie - Ahuntsic incall"),
            phones=(p_old, p_new),
            phone_block=4,
            cities="Ahuntsic",
            age=29,
            posts=8,
            every=6,
            lang="fr",
        ),
    )
    ind(
        "writes about herself in the third person, own handle and e-mail",
        P(
            body="""
            Mia is a sweet, bubbly brunette with a naughty laugh.
            She loves long dinner dates, good wine and slow mornings.
            Mia sees a small number of gentlemen each week and takes her time with each.
            Based in Griffintown. 280/h — 2h 500 — overnight on request.
            She screens: send your name, a work e-mail or references to {email}.
            Texts: {phone} | {handle}
            {dispo}
            """,
            titles=("Mia — the girlfriend you wish you had", "Mia, Griffintown, GFE"),
            phones=n("438"),
            email="mia.griffintown@mail.example",
            handle="@mia_gfe_mtl",
            cities="Griffintown",
            age=26,
            posts=5,
            every=9,
            lang="en",
        ),
    )
    ind(
        "lists her ethnicity (Latina), first person, bilingual",
        P(
            body="""
            Hola! Je suis Daniela, 28 ans, Latina de Colombie, au Québec depuis 6 ans 🇨🇴
            Curvy, peau dorée, je parle français, English y español.
            Incall à Saint-Léonard, très propre, douche disponible.
            1h 200, 45 min 170, 30 min 140.
            Call or text {phone}. {dispo}
            """,
            titles=("Daniela Latina 🇨🇴 curvy", "Latina sensuelle St-Léonard"),
            phones=n("514"),
            cities="Saint-Léonard",
            age=28,
            posts=6,
            every=7,
            lang="mix",
        ),
    )
    ind(
        "bumps her ad almost every other day (heavy poster), same text",
        P(
            body="""
            Jessica 25 ans — ✨ vraies photos ✨
            Grande blonde, sportive, je reçois à Laval (près du métro Montmorency).
            30min 140 · 1h 220 · pas de rush.
            Je réponds aux textos seulement: {phone}
            {dispo}
            """,
            titles=("Jessica blonde sportive Laval", "Jessica 25 vraies photos", "Jessica Laval"),
            phones=n("450"),
            style=("dash", "space"),
            cities="Laval",
            age=25,
            posts=12,
            every=3,
        ),
    )
    ind(
        "independent massage (sensual massage only, no full service), home studio, Laval",
        P(
            body="""
            Massage sensuel par Nathalie, 44 ans 🌿
            Studio à domicile à Chomedey, table professionnelle, huiles chaudes.
            Massage de détente complet + finition manuelle. Pas de complet, inutile de demander.
            60 min 140$ — 90 min 190$. Sur rendez-vous seulement.
            {phone} (appel ou texto) — {dispo}
            """,
            titles=("Massage sensuel Nathalie Chomedey", "Nathalie massage détente 🌿"),
            phones=n("450"),
            cities="Laval",
            age=44,
            posts=5,
            every=9,
            sources=("massagelistings",),
        ),
    )
    ind(
        "trans independent, Village, first person",
        P(
            body="""
            TS Alexia 🏳️‍⚧️ 30 ans — Village gai, métro Beaudry
            Féminine, pulpeuse, très open-minded. First timers welcome, je suis patiente.
            Incall seulement. 1h 220, 30 min 150.
            Textez {phone}, pas d'appels masqués.
            {dispo}
            """,
            titles=("TS Alexia 🏳️‍⚧️ Village", "Alexia trans fem, Beaudry"),
            phones=n("514"),
            cities="Montréal",
            age=30,
            posts=5,
            every=8,
            lang="mix",
        ),
    )
    ind(
        "BBW independent, Longueuil, outcall too",
        P(
            body="""
            BBW Carole 🍒 41 ans, ronde et fière de l'être!
            Incall Longueuil (Vieux-Longueuil) ou outcall Rive-Sud, frais de taxi en sus.
            200$ l'heure. Je suis douce, drôle et je prends mon temps.
            {phone} — {dispo}
            """,
            titles=("BBW Carole Rive-Sud", "Carole, ronde sensuelle 41"),
            phones=n("450"),
            cities=("Longueuil", "Rive-Sud"),
            city_block=2,
            age=41,
            posts=5,
            every=8,
        ),
    )
    ind(
        "spells her number out in French words against scrapers, site field empty",
        P(
            body="""
            Émilie, 32 ans, rousse naturelle 🦊
            Incall Hochelaga, ambiance chaleureuse, pas pressée.
            Mon numéro (écrit en lettres à cause des robots): {phone}
            1h 200, 1h30 280. {dispo}
            """,
            titles=("Émilie rousse naturelle", "Rousse 🦊 Hochelaga"),
            phones=n("514"),
            style=("words_fr",),
            contact=False,
            cities="Hochelaga",
            age=32,
            posts=5,
            every=8,
        ),
    )
    ind(
        "writes her number in emoji digits, 24, says petite",
        P(
            body="""
            Petite Chloé 24 ✨ 4'11 · 95 lbs · natural
            Incall Côte-des-Neiges, near the university.
            Number: {phone}
            180/h 130/30m. Respectful only 🙏 {dispo}
            """,
            titles=("Petite Chloé 24 ✨", "Chloé petite, CDN"),
            phones=n("438"),
            style=("emoji",),
            contact=False,
            cities="Côte-des-Neiges",
            age=24,
            posts=5,
            every=8,
            lang="en",
        ),
    )
    ind(
        "says 'young looking' and 'petite' but is 24 and says it; independent",
        P(
            body="""
            Young-looking petite 24 y/o Asian-Canadian girl next door 💕 I'm Lily.
            Born and raised in Montreal, fluent English & French.
            Incall Chinatown/Downtown, very discreet building.
            200/h, 150/45. Condoms always, not negotiable.
            Text {phone} with the time. {dispo}
            """,
            titles=("Lily 24 petite girl next door", "Lily - Montreal born, petite"),
            phones=n("514"),
            cities="Montréal",
            age=24,
            posts=6,
            every=7,
            lang="en",
        ),
    )
    ind(
        "'nouvelle' = new to the work, 22, independent, one phone",
        P(
            body="""
            Nouvelle dans le milieu 🌸 Camille, 22 ans.
            C'est ma première annonce, alors soyez gentils 😅
            Je reçois à Villeray, appart propre et discret. 180 l'heure, 120 la demi.
            Je choisis mes clients, présentez-vous par texto: {phone}
            {dispo}
            """,
            titles=("Nouvelle 🌸 Camille 22", "Camille, nouvelle, Villeray"),
            phones=n("514"),
            cities="Villeray",
            age=22,
            posts=5,
            every=7,
        ),
    )
    ind(
        "visiting from Toronto one weekend, single short burst of posts",
        P(
            body="""
            Toronto girl visiting Montreal THIS WEEKEND ONLY 🍁
            Jasmine, 29, mixed (Jamaican/Irish), curvy and fun.
            Downtown hotel incall, Friday to Sunday.
            300/h, no deposit for regulars, new friends deposit 50.
            {phone} — text only
            """,
            titles=("Jasmine visiting MTL weekend only", "Toronto's Jasmine in MTL 🍁"),
            phones=n("647"),
            cities="Montréal",
            age=29,
            posts=3,
            start=20,
            every=1,
            lang="en",
            sources="tourboard",
        ),
    )
    ind(
        "Snapchat / Telegram handle and OnlyFans promo, own phone",
        P(
            body="""
            Hey it's Zoé 💖 23, tattooed alt girl 🖤
            Snap: {handle} · Telegram same name · my OF is in my bio
            In person: incall Plateau (Laurier), 200/h, no quickies.
            Verification selfie required for new guys, sorry not sorry.
            {phone} {dispo}
            """,
            titles=("Zoé 23 alt girl 🖤 tattoos", "Tattooed Zoé, Plateau"),
            phones=n("438"),
            handle="zoe.ink.mtl",
            cities="Plateau-Mont-Royal",
            age=23,
            posts=6,
            every=7,
            lang="en",
        ),
    )
    ind(
        "strict rules (no drugs, no bargaining, deposit), firm first person",
        P(
            body="""
            ⚠️ LIRE AVANT DE TEXTER ⚠️
            Je suis Karine, 35 ans, indépendante depuis 8 ans.
            - Pas de drogue, pas d'alcool excessif
            - Pas de négociation, mes prix sont mes prix: 250/h
            - Dépôt obligatoire 50$ (Interac) pour tout nouveau client
            - Hygiène impeccable exigée
            Incall Saint-Laurent près de Côte-Vertu. Texto: {phone}
            {dispo}
            """,
            titles=("Karine - LIRE avant de texter", "Karine 35, indépendante, Saint-Laurent"),
            phones=n("514"),
            cities="Saint-Laurent",
            age=35,
            posts=6,
            every=7,
        ),
    )
    ind(
        "works late nights only, until 4am, independent",
        P(
            body="""
            Oiseau de nuit 🌙 Maude, 30 ans
            Je travaille le soir et la nuit seulement: 21h à 4h.
            Incall Centre-Sud, ou outcall à votre hôtel du centre-ville (+40 taxi).
            1h 220. Texto avec l'heure et l'endroit: {phone}
            """,
            titles=("Maude 🌙 nuit seulement", "Maude, dispo tard"),
            phones=n("514"),
            cities="Montréal",
            age=30,
            posts=5,
            every=8,
            extras=("Ce soir jusqu'à 4h!",),
        ),
    )
    ind(
        "outcall-only independent, hotels and homes, says she drives herself",
        P(
            body="""
            Outcall only — Audrey, 34, elegant brunette.
            I drive myself to your hotel or home: Montreal, Laval, West Island.
            2 hour minimum for homes. 1h 300 hotels / 2h 550.
            Screening: name + photo ID or a reference. {phone}
            {dispo}
            """,
            titles=("Audrey outcall only, elegant", "Audrey 34 - outcall MTL/Laval/West Island"),
            phones=n("514"),
            cities=("Montréal", "Laval", "Pointe-Claire"),
            city_block=2,
            age=34,
            posts=5,
            every=8,
            lang="en",
        ),
    )
    ind(
        "Asian independent massage with simple English, own place, own number, stable",
        P(
            body="""
            Hello, my name Amy, 39, from Taiwan, live in Montreal 10 years.
            I do good massage, body to body, relax. My own place near Lionel-Groulx.
            Clean, shower, parking. 1 hour 160, half hour 110.
            I speak little English, little French. Please call me {phone}
            Open 11am to 9pm, not Sunday.
            """,
            titles=("Amy good massage my own place", "Amy Taiwan massage relax"),
            phones=n("514"),
            cities="Montréal",
            age=39,
            posts=7,
            every=6,
            lang="en",
            sources="massagelistings",
        ),
    )
    ind(
        "Ottawa-Gatineau independent posting in both cities",
        P(
            body="""
            Gatineau / Ottawa — Sabrina 28 ans, bilingue 🍁
            Incall à Hull (5 min du centre-ville d'Ottawa). Outcall Ottawa sur demande.
            1h 240 / 30 min 160. Références appréciées.
            {phone} — {dispo}
            """,
            titles=("Sabrina bilingue Hull/Ottawa", "Sabrina 28 - Gatineau"),
            phones=n("819"),
            cities=("Gatineau", "Ottawa"),
            city_block=1,
            age=28,
            posts=7,
            every=6,
            lang="mix",
        ),
    )
    ind(
        "Québec City independent who comes to Montréal once a month, says so",
        P(
            body="""
            Geneviève, 36 ans, de Québec 🏰
            Je suis à {city} — à Montréal une fin de semaine par mois (voir dates).
            Prochaines dates à Montréal: 25-27 septembre, 23-25 octobre.
            Femme naturelle, douce, GFE. 1h 240.
            {phone}
            """,
            titles=("Geneviève de Québec à {city}", "Geneviève 36, GFE"),
            phones=n("418"),
            cities=("Québec", "Québec", "Montréal", "Québec", "Québec", "Montréal"),
            city_block=1,
            age=36,
            posts=5,
            every=8,
        ),
    )
    ind(
        "MILF 46, English, West Island",
        P(
            body="""
            Real MILF, 46, West Island 🏡 Kimberly.
            Divorced, kids grown, I do this because I enjoy it.
            Discreet home incall in Dollard-des-Ormeaux. 220/h.
            Mature men preferred. {phone} {dispo}
            """,
            titles=("MILF Kimberly 46 West Island", "Kimberly, mature & discreet"),
            phones=n("514"),
            cities="Dollard-des-Ormeaux",
            age=46,
            posts=5,
            every=10,
            lang="en",
        ),
    )
    ph_v = n("438")
    ind(
        "different work names on two sites, same phone",
        P(
            body="""
            Vanessa 27 — métisse, yeux noisette ✨
            Incall Mile-End. 1h 220 · 30min 150. Je suis là pour toi, pas de rush.
            {phone}
            {dispo}
            """,
            titles=("Vanessa 27 Mile-End", "Vanessa métisse ✨"),
            phones=ph_v,
            cities="Mile-End",
            age=27,
            posts=5,
            every=10,
        ),
        P(
            body="""
            Naomi, 27 — mixed beauty, hazel eyes ✨ Mile End incall.
            220 hour · 150 half. No rush, real connection.
            {phone} · {dispo}
            """,
            titles=("Naomi mixed beauty, Mile End", "Naomi 27 ✨"),
            phones=ph_v,
            style=("dots",),
            cities="Montréal",
            age=27,
            posts=5,
            start=3,
            every=10,
            lang="en",
            sources="companionsqc",
        ),
    )
    ind(
        "says 'pas d'agence, pas de pimp, je travaille seule'",
        P(
            body="""
            Julie, 31 ans. PAS d'agence, PAS de pimp, je travaille seule et je garde 100%.
            Incall Montréal-Nord, appart propre. 1h 200, 30 min 140.
            Je ne réponds pas aux numéros privés. {phone}
            {dispo}
            """,
            titles=("Julie 31 indépendante", "Julie - seule, pas d'agence"),
            phones=n("514"),
            cities="Montréal-Nord",
            age=31,
            posts=5,
            every=8,
        ),
    )
    ind(
        "'just turned 19', independent, offers ID, asks for respect",
        P(
            body="""
            Je viens d'avoir 19 ans 🎂 Océane, indépendante.
            Oui j'ai vraiment 19 ans, je montre mes cartes si tu doutes.
            Je reçois à Longueuil près du métro. 200 l'heure.
            Je décide avec qui je travaille: pas de gars saouls, pas de rabais.
            Texto: {phone}
            """,
            titles=("Océane 19 ans 🎂", "Océane, Longueuil, indépendante"),
            phones=n("450"),
            style=("dash", "spaced"),
            cities="Longueuil",
            age=19,
            posts=5,
            every=8,
        ),
    )
    ind(
        "'young and playful' 23, independent; youth wording only",
        P(
            body="""
            Young & playful 23 😜 Ashley here!
            Bubbly blonde, love to laugh. Incall Pointe-Saint-Charles.
            160 half / 240 hour. Text {phone}
            {dispo}
            """,
            titles=("Young & playful Ashley 23", "Ashley bubbly blonde"),
            phones=n("438"),
            cities="Montréal",
            age=23,
            posts=5,
            every=8,
            lang="en",
        ),
    )
    ind(
        "'fresh face' 25 with crude common wording, independent",
        P(
            body="""
            Fresh face, new pics 🍓 Megan 25
            Tight little body, big smile, good vibes only.
            Incall LaSalle. 200/h. Text me {phone}. {dispo}
            """,
            titles=("Fresh face Megan 25 🍓", "Megan LaSalle new pics"),
            phones=n("438"),
            cities="LaSalle",
            age=25,
            posts=5,
            every=8,
            lang="en",
        ),
    )
    ind(
        "fully bilingual ad (French / English blocks), independent",
        P(
            body="""
            FR: Bonjour, je suis Isabelle, 37 ans, femme élégante et discrète.
            Incall à Outremont, sur rendez-vous. 1h 280.
            EN: Hello, I'm Isabelle, 37, an elegant and discreet woman.
            Incall in Outremont, by appointment. 1h 280.
            {phone} — {email}
            """,
            titles=("Isabelle, Outremont / elegant", "Isabelle 37 - discrète / discreet"),
            phones=n("514"),
            email="isabelle.outremont@courriel.example",
            cities="Outremont",
            age=37,
            posts=5,
            every=9,
            lang="mix",
        ),
    )
    ind(
        "e-mail only, no phone anywhere",
        P(
            body="""
            Elle, 33 — companion for intelligent men.
            I do not use a phone for work. Write to {email} with your name, age,
            the date you have in mind and one reference. I answer within a day.
            Downtown. 350/h, dinner dates 800.
            """,
            titles=("Elle, 33 - companion, by e-mail only", "Elle - dinner dates"),
            email="elle.companion@mail.example",
            cities="Montréal",
            age=33,
            posts=5,
            every=11,
            lang="en",
            sources="companionsqc",
        ),
    )
    ind(
        "junk in the site's phone field ('text only'), real number in body",
        P(
            body="""
            Stéphanie 29 — Verdun
            Textez-moi au {phone}, jamais d'appel.
            1h 200 · 30 min 140. Propre et discrète.
            {dispo}
            """,
            titles=("Stéphanie 29 Verdun", "Stéphanie textos seulement"),
            phones=n("514"),
            style=("dots",),
            contact=False,
            handle="TEXT ONLY",
            cities="Verdun",
            age=29,
            posts=5,
            every=8,
        ),
    )
    ind(
        "Laval duplex incall, mentions parking and schedule, one phone",
        P(
            body="""
            Mélanie 35 ans, Laval (Sainte-Rose) 🌺
            Duplex privé, entrée discrète, stationnement dans l'entrée.
            Lundi au vendredi 10h-18h (maman le soir 😉).
            1h 200, 30 min 140. {phone}
            """,
            titles=("Mélanie Laval Sainte-Rose", "Mélanie 35 de jour seulement"),
            phones=n("450"),
            cities="Laval",
            age=35,
            posts=6,
            every=7,
        ),
    )
    ind(
        "schoolgirl roleplay costume offered by a 27-year-old (adult roleplay wording)",
        P(
            body="""
            Costumes & roleplay 🎭 Léa, 27 ans
            Infirmière, secrétaire, écolière, policière... dis-moi ton fantasme!
            Incall Saint-Henri. 1h 240, costume inclus.
            {phone} — {dispo}
            """,
            titles=("Léa 27 roleplay 🎭", "Léa costumes Saint-Henri"),
            phones=n("514"),
            cities="Saint-Henri",
            age=27,
            posts=5,
            every=8,
        ),
    )
    ind(
        "low prices in Longueuil, says she is starting out",
        P(
            body="""
            Prix d'ouverture! Cindy 26 ans, Brossard 🌷
            Je commence, alors petits prix pour le mois: 100 la demi, 160 l'heure.
            Incall condo Brossard (Quartier DIX30). {phone}
            {dispo}
            """,
            titles=("Cindy 26 Brossard prix d'ouverture", "Cindy Brossard 🌷"),
            phones=n("450"),
            cities="Brossard",
            age=26,
            posts=5,
            every=8,
        ),
    )
    ind(
        "Haitian-Québécoise, lists ethnicity, Montréal-Nord/Saint-Michel",
        P(
            body="""
            Belle noire haïtienne 🇭🇹 Fabienne, 30 ans
            Peau d'ébène, courbes naturelles, très chaleureuse.
            Incall Saint-Michel. 1h 200. Je parle français, créole et anglais.
            {phone} {dispo}
            """,
            titles=("Fabienne ébène 🇭🇹", "Fabienne 30 Saint-Michel"),
            phones=n("514"),
            cities="Saint-Michel",
            age=30,
            posts=5,
            every=8,
        ),
    )
    ind(
        "Brazilian touring independent with a tour list, one phone",
        P(
            body="""
            🇧🇷 Brazilian Bombshell Bianca on TOUR 🇧🇷
            Now in {city}! Toronto → Montréal → Québec → Ottawa → Toronto
            I'm 32, 5'7, curves for days, fun and classy.
            Hotel incall 1h 350. Deposit to book (etransfer).
            Book: {phone} or {email}
            """,
            titles=("Brazilian Bianca now in {city} 🇧🇷", "Bianca on tour - {city}"),
            phones=n("647"),
            email="bianca.tour@mail.example",
            cities=("Toronto", "Montréal", "Québec", "Ottawa", "Toronto", "Montréal"),
            city_block=1,
            age=32,
            posts=5,
            every=9,
            lang="en",
            sources="tourboard",
        ),
    )
    ind(
        "mature 52, French, Laval, infrequent poster",
        P(
            body="""
            Femme mature 52 ans, Diane. Pour hommes qui aiment les femmes d'expérience.
            Laval (Vimont), discret. 180 l'heure. Appelez-moi entre 10h et 20h: {phone}
            """,
            titles=("Diane, 52, mature", "Femme mature Laval"),
            phones=n("450"),
            cities="Laval",
            age=52,
            posts=4,
            every=14,
        ),
    )
    ind(
        "Trois-Rivières independent who posts in her own city and Montréal once",
        P(
            body="""
            Marie-Ève 34 ans — Trois-Rivières 🌊
            Petite douceur de la Mauricie. Incall Trois-Rivières, 1h 200.
            De passage à Montréal le 17 octobre seulement!
            {phone}
            """,
            titles=("Marie-Ève Trois-Rivières", "Marie-Ève 34 ans"),
            phones=n("819"),
            cities=("Trois-Rivières", "Trois-Rivières", "Montréal", "Trois-Rivières"),
            city_block=1,
            age=34,
            posts=4,
            every=12,
        ),
    )
    ind(
        "moved from Québec City to Montréal ('nouvelle en ville'), new local number",
        P(
            body="""
            Nouvelle en ville! Ariane, 26 ans, je viens de déménager de Québec à Montréal.
            Je reçois maintenant à Villeray. 1h 220, 30 min 150.
            Mes clients de Québec: mon nouveau numéro est le {phone}
            {dispo}
            """,
            titles=("Ariane, nouvelle en ville", "Ariane 26 Villeray (ex-Québec)"),
            phones=n("438"),
            cities="Montréal",
            age=26,
            posts=5,
            every=8,
        ),
    )
    ind(
        "spells number half in words, half in digits; 21, says so",
        P(
            body="""
            Kelly 21 y/o 💫 Laval / Montréal
            Sweet & chill, I love good conversation. Incall Laval (Cartier).
            180/h. Number: {phone} (sorry, bots)
            {dispo}
            """,
            titles=("Kelly 21 💫 sweet and chill", "Kelly Laval 21"),
            phones=n("450"),
            style=("mixed",),
            contact=False,
            cities=("Laval", "Montréal"),
            city_block=3,
            age=21,
            posts=5,
            every=8,
            lang="en",
        ),
    )
    ind(
        "Eastern European independent, lists origin, own number, English and French",
        P(
            body="""
            Elena, 29, Ukrainian, living in Montreal for 4 years.
            Tall, slim, natural. I receive in my apartment downtown (Atwater).
            250/h. I speak English, Russian, a bit of French. Text {phone}
            {dispo}
            """,
            titles=("Elena 29 tall & slim", "Elena - downtown Atwater"),
            phones=n("514"),
            cities="Montréal",
            age=29,
            posts=5,
            every=8,
            lang="en",
        ),
    )
    ind(
        "Asian independent with 'new' and 'petite' words, tours Montréal-Toronto, one phone",
        P(
            body="""
            NEW 🌸 Petite Korean girl Suki, 26, in {city} this week.
            Soft skin, gentle, GFE. I am independent, no agency.
            Incall hotel. 1h 260, 30 min 180. Text only {phone}
            """,
            titles=("NEW petite Korean Suki in {city}", "Suki 26 🌸 {city}"),
            phones=n("647"),
            cities=("Toronto", "Montréal", "Toronto", "Montréal"),
            city_block=2,
            age=26,
            posts=7,
            every=6,
            lang="en",
            sources=("nuitsmtl", "tourboard"),
        ),
    )
    ind(
        "number changed once, writes old and new number in the same ad for a while",
        P(
            body="""
            Roxanne 33 ans, Repentigny / Rive-Nord
            ATTENTION nouveau numéro: {phone} (l'ancien {phone2} ne fonctionne plus)
            Incall Repentigny. 1h 200.
            {dispo}
            """,
            titles=("Roxanne Rive-Nord nouveau numéro", "Roxanne 33 Repentigny"),
            phones=n("450"),
            phone2=n("450"),
            cities="Repentigny",
            age=33,
            posts=5,
            every=8,
        ),
    )
    ind(
        "Sherbrooke student, 20, says so, one phone",
        P(
            body="""
            Étudiante 20 ans à Sherbrooke — Jade 📖
            Je reçois près de l'université, en soirée. 160 l'heure.
            Discrétion assurée, je fais ça pour payer mon loyer. {phone}
            """,
            titles=("Jade étudiante 20 Sherbrooke", "Jade 20 ans 📖"),
            phones=n("819"),
            cities="Sherbrooke",
            age=20,
            posts=5,
            every=10,
        ),
    )
    ind(
        "girlfriend experience, high-end, website and e-mail, rare posts",
        P(
            body="""
            Charlotte — Montréal high-class companion, 30.
            Art, travel, wine. Overnight and fly-me-to-you available.
            Rates and screening on my website; please book through {email}.
            Text for quick questions: {phone}
            """,
            titles=("Charlotte, high-class companion", "Charlotte - fly me to you"),
            phones=n("438"),
            email="bookings@charlotte-mtl.example",
            cities="Montréal",
            age=30,
            posts=4,
            every=13,
            lang="en",
            sources="companionsqc",
        ),
    )
    ind(
        "outcall + incall, mentions that her roommate also works (no joint ad)",
        P(
            body="""
            Noémie 28 ans, Plateau. Je partage mon appart avec une amie qui travaille aussi,
            alors incall seulement sur rendez-vous (on s'organise 😉).
            1h 220 · 30 min 150. Texto {phone}
            {dispo}
            """,
            titles=("Noémie 28 Plateau", "Noémie sur rendez-vous"),
            phones=n("514"),
            cities="Plateau-Mont-Royal",
            age=28,
            posts=5,
            every=8,
        ),
    )
    ind(
        "Latina who tours Laval / Longueuil / Montréal on her own, same phone",
        P(
            body="""
            Latina Paola 🌶️ 30 ans — cette semaine à {city}!
            Je bouge entre Montréal, Laval et la Rive-Sud selon les semaines (j'ai ma voiture).
            1h 220, 30 min 150. Appelle ou texte {phone}
            """,
            titles=("Paola Latina 🌶️ {city}", "Paola 30 cette semaine à {city}"),
            phones=n("438"),
            cities=("Montréal", "Laval", "Longueuil", "Montréal", "Laval"),
            city_block=1,
            age=30,
            posts=6,
            every=7,
        ),
    )
    ind(
        "Gatineau independent, French, short ads, heavy poster",
        P(
            body="""
            Audrey-Anne 27 Gatineau 💋 incall Plateau de Hull. 200 l'h. {phone}
            {dispo}
            """,
            titles=("Audrey-Anne Gatineau", "Audrey-Anne 27 💋"),
            phones=n("819"),
            cities="Gatineau",
            age=27,
            posts=9,
            every=4,
        ),
    )
    return ops


def duos(n: Numbers) -> list[Operator]:
    """Six pairs of independent friends who advertise together (and on their own)."""
    ops: list[Operator] = []

    def duo(note: str, *personas: Persona) -> None:
        ops.append(Operator(f"b-duo-{len(ops) + 1:02d}", "duo", note, personas))

    a, b = n("514"), n("438")
    duo(
        "two friends, each with her own ads and phone, plus joint duo ads with both numbers",
        P(
            body="""
            Sarah, 29 ans, brune pétillante. Incall Plateau.
            Demande-moi pour un duo avec mon amie Léonie 😉
            1h 220. {phone}
            """,
            titles="Sarah 29 Plateau",
            phones=a,
            cities="Plateau-Mont-Royal",
            age=29,
            posts=4,
            every=12,
        ),
        P(
            body="""
            Léonie, 31 ans, blonde naturelle. Incall Plateau.
            Duo possible avec mon amie Sarah! 1h 220. {phone}
            """,
            titles="Léonie 31 blonde",
            phones=b,
            cities="Plateau-Mont-Royal",
            age=31,
            posts=4,
            start=2,
            every=12,
        ),
        P(
            body="""
            DUO de copines 👯 Sarah (29) & Léonie (31)
            On se connaît depuis le cégep et on adore travailler ensemble.
            Duo 1h 480. Réserve avec Sarah {phone} ou Léonie {phone2}
            {dispo}
            """,
            titles=("Duo de copines 👯 Sarah & Léonie", "Duo Plateau Sarah & Léonie"),
            phones=a,
            phone2=b,
            cities="Plateau-Mont-Royal",
            age="29",
            posts=4,
            start=5,
            every=12,
        ),
    )
    c, d = n("438"), n("438")
    duo(
        "English duo, one of them writes for both ('my friend Jade and I')",
        P(
            body="""
            My bestie Jade and I are available for duos this month! 👭
            I'm Riley (26), she's Jade (24). Real friends, real chemistry.
            Downtown incall. Duo 500/h. Solo bookings also ok.
            Text me (Riley) at {phone} or Jade at {phone2}
            """,
            titles=("Riley & Jade duo 👭", "Real friends duo downtown"),
            phones=c,
            phone2=d,
            cities="Montréal",
            age=26,
            posts=5,
            every=10,
            lang="en",
        ),
        P(
            body="""
            Jade 24, curvy redhead, downtown. Solo 240/h, or ask about my duo with Riley.
            {phone}
            """,
            titles="Jade 24 curvy redhead",
            phones=d,
            cities="Montréal",
            age=24,
            posts=4,
            start=4,
            every=12,
            lang="en",
        ),
    )
    e, f = n("416"), n("416")
    duo(
        "touring duo from Toronto, same tour text, two numbers",
        P(
            body="""
            🔥 TORONTO DUO ON TOUR 🔥 Amber & Skye in {city}
            We travel together, book together. Amber 30, Skye 28.
            Duo 1h 600, solo 300. Hotel incall, deposit required.
            Amber {phone} · Skye {phone2}
            """,
            titles=("Toronto duo Amber & Skye in {city}", "Amber & Skye tour {city}"),
            phones=e,
            phone2=f,
            cities=("Montréal", "Ottawa", "Montréal", "Québec"),
            city_block=1,
            age=30,
            posts=6,
            every=8,
            lang="en",
            sources=("tourboard", "nuitsmtl"),
        ),
    )
    g = n("514")
    duo(
        "four-hands massage duo, one shared studio number, named masseuses",
        P(
            body="""
            Massage à 4 mains 🌿 Studio Sève (Mile-End)
            Nous sommes deux amies massothérapeutes de formation, Anaïs et Mélodie.
            Massage sensuel à quatre mains 90 min 300$. Solo 60 min 150$.
            Sur rendez-vous: {phone}. Pas de services complets.
            """,
            titles=("Massage 4 mains Anaïs & Mélodie", "Studio Sève - massage à 4 mains"),
            phones=g,
            cities="Mile-End",
            age=32,
            posts=6,
            every=9,
            sources="massagelistings",
        ),
    )
    h, i = n("450"), n("450")
    duo(
        "'fake sisters' roleplay duo, adults (30 and 33), Longueuil",
        P(
            body="""
            Les fausses sœurs 👭 Karla (30) & Tina (33)
            On n'est pas sœurs mais on se ressemble beaucoup 😉 Duo Longueuil.
            Duo 1h 450. Karla {phone} / Tina {phone2}
            {dispo}
            """,
            titles=("Fausses sœurs Karla & Tina", "Duo Longueuil Karla & Tina"),
            phones=h,
            phone2=i,
            cities="Longueuil",
            age=30,
            posts=6,
            every=8,
        ),
    )
    j, k = n("514"), n("514")
    duo(
        "couple of independent friends, Asian and Latina, each lists origin, own ads + duo",
        P(
            body="""
            Duo exotique 🌺 Mai (Vietnamienne, 27) & Lucia (Mexicaine, 29)
            Deux amies indépendantes, incall Côte-des-Neiges.
            Duo 1h 440. Mai {phone} · Lucia {phone2}
            """,
            titles=("Duo Mai & Lucia 🌺", "Mai & Lucia CDN"),
            phones=j,
            phone2=k,
            cities="Côte-des-Neiges",
            age=27,
            posts=4,
            every=12,
            lang="fr",
        ),
        P(
            body="""
            Mai 27 ans, vietnamienne, douce et drôle. Incall Côte-des-Neiges. 1h 220.
            Duo avec mon amie Lucia possible! {phone}
            """,
            titles="Mai 27 Côte-des-Neiges",
            phones=j,
            cities="Côte-des-Neiges",
            age=27,
            posts=3,
            start=4,
            every=14,
        ),
        P(
            body="""
            Lucia 29, Mexicana 🇲🇽 curvy and sweet, CDN incall, 220/h.
            Ask about my duo with Mai! {phone}
            """,
            titles="Lucia 29 Mexicana",
            phones=k,
            cities="Côte-des-Neiges",
            age=29,
            posts=3,
            start=6,
            every=14,
            lang="en",
        ),
    )
    return ops


def agencies(n: Numbers) -> list[Operator]:
    """Six businesses that do not exploit: agencies, a clinic, a dungeon, a dancer booker."""
    ops: list[Operator] = []

    def agency(note: str, *personas: Persona) -> None:
        ops.append(Operator(f"b-agc-{len(ops) + 1:02d}", "agency", note, personas))

    tel = n("514")
    roster = [
        ("Alexandra", 27, "grande brune élégante"),
        ("Béatrice", 31, "blonde pulpeuse"),
        ("Clara", 24, "petite rousse pétillante"),
        ("Delphine", 35, "femme mûre raffinée"),
        ("Eva", 29, "métisse sportive"),
    ]
    agency(
        "escort agency, one booking line, a stable roster of five adult women, same template",
        *(
            P(
                body=f"""
                Agence Velours Bleu — {name}, {age} ans, {desc}.
                Disponible en incall (centre-ville) ou outcall hôtels et résidences.
                1h 300 · 2h 550 · soirée sur demande.
                Nos accompagnatrices sont des travailleuses autonomes majeures qui choisissent
                leurs horaires et leurs clients. Réservations: {{phone}} (10h-2h)
                Site web et politique de confidentialité sur demande.
                """,
                titles=(f"{name}, {age} — Agence Velours Bleu", f"Velours Bleu: {name}"),
                phones=tel,
                cities="Montréal",
                age=age,
                posts=3,
                start=idx * 2,
                every=16,
            )
            for idx, (name, age, desc) in enumerate(roster)
        ),
    )
    tel = n("514")
    agency(
        "upscale English agency, high prices, one line and e-mail, long-standing roster",
        *(
            P(
                body=f"""
                Maison Ivoire Companions presents {name}, {age}.
                {desc} Available for dinner dates, overnights and travel.
                From $450/h. Please book through our concierge at {{phone}}
                or {{email}}. Photos verified, discretion guaranteed since 2015.
                """,
                titles=(f"{name} | Maison Ivoire", f"Maison Ivoire presents {name}, {age}"),
                phones=tel,
                email="concierge@maison-ivoire.example",
                cities="Montréal",
                age=age,
                posts=3,
                start=idx * 3,
                every=18,
                lang="en",
                sources="companionsqc",
            )
            for idx, (name, age, desc) in enumerate(
                [
                    ("Victoria", 30, "A former model with a love for jazz."),
                    ("Gabrielle", 34, "Bilingual, well read and endlessly curious."),
                    ("Sienna", 26, "A graduate student with a warm laugh."),
                    ("Margaux", 38, "Parisian born, Montrealer at heart."),
                ]
            )
        ),
    )
    agency(
        "licensed massage therapy clinic (receipts for insurance), non-sexual",
        P(
            body="""
            Clinique de massothérapie Trèfle — Laval
            Massothérapeutes membres d'une association reconnue, reçus pour assurances.
            Massage suédois, thérapeutique, femmes enceintes, sportif.
            60 min 95$ · 90 min 130$. Aucun service sexuel, toute demande sera refusée.
            Lun-sam 9h-21h. Réservation en ligne ou {phone}
            """,
            titles=(
                "Massothérapie Trèfle Laval - reçus assurances",
                "Massage thérapeutique Laval, nouveaux massothérapeutes",
            ),
            phones=n("450"),
            prefixes=("",),
            cities="Laval",
            posts=8,
            every=7,
            sources="massagelistings",
            extras=("Nouveau: Julien et Sandrine se joignent à l'équipe!",),
        ),
    )
    tel = n("514")
    agency(
        "professional BDSM studio (donjon) with several named mistresses, one line",
        *(
            P(
                body=f"""
                Donjon L'Écrin Noir — Maîtresse {name} ({age})
                Domination, jeux de rôle, fétiches. Aucun rapport sexuel.
                Session 1h 300. Limites respectées, discussion préalable obligatoire.
                Prise de rendez-vous: {{phone}} ou {{email}}
                """,
                titles=(f"Maîtresse {name} — L'Écrin Noir", "Donjon L'Écrin Noir"),
                phones=tel,
                email="rdv@ecrin-noir.example",
                prefixes=("",),
                cities="Montréal",
                age=age,
                posts=4,
                start=idx * 3,
                every=12,
            )
            for idx, (name, age) in enumerate([("Séléna", 36), ("Ophélia", 41)])
        ),
    )
    tel = n("418")
    agency(
        "small Québec City agency, three women, occasionally books in Montréal, one line",
        *(
            P(
                body=f"""
                Agence Cap-Diamant (Québec) — {name}, {age} ans.
                {desc} Incall Sainte-Foy ou outcall Québec et Lévis.
                Montréal sur demande (minimum 3h). 1h 260.
                Réservation: {{phone}}. Nos filles sont majeures et autonomes.
                """,
                titles=(f"{name} {age} - Cap-Diamant", f"Cap-Diamant: {name}"),
                phones=tel,
                cities=("Québec", "Québec", "Montréal"),
                city_block=1,
                age=age,
                posts=3,
                start=idx * 4,
                every=15,
            )
            for idx, (name, age, desc) in enumerate(
                [
                    ("Rosalie", 28, "Brune aux yeux bleus, sportive."),
                    ("Catherine", 33, "Blonde élégante, excellente conversation."),
                    ("Maëlle", 25, "Rousse, souriante, étudiante en droit."),
                ]
            )
        ),
    )
    agency(
        "exotic dancers for bachelor parties (booking agency), one line, no sex services",
        P(
            body="""
            Danseuses pour enterrements de vie de garçon 🎉 Agence Paillettes
            Montréal, Laval, Rive-Sud, Rive-Nord. Spectacle 1h 250$ par danseuse.
            Danseuses professionnelles majeures, agent de sécurité inclus sur demande.
            Aucun service sexuel. Réservez 48h d'avance: {phone}
            """,
            titles=("Danseuses EVG 🎉 Agence Paillettes", "Bachelor party dancers MTL"),
            phones=n("514"),
            prefixes=("",),
            cities=("Montréal", "Laval", "Longueuil"),
            city_block=2,
            posts=8,
            every=7,
            lang="fr",
        ),
    )
    return ops


def third_parties(n: Numbers) -> list[Operator]:
    """Thirteen third parties controlling others; four hold a minor."""
    ops: list[Operator] = []

    def tp(note: str, *personas: Persona) -> None:
        ops.append(Operator(f"b-tp-{len(ops) + 1:02d}", "third_party", note, personas))

    # 1 - one pimp line, three women in fake first person, circuit
    tel = n("438")
    women = [("Candy", 21, "blonde"), ("Destiny", 22, "brunette"), ("Raven", 20, "black hair")]
    tp(
        "one line for three women in fake first person, moved Montréal-Laval-Longueuil",
        *(
            P(
                body=f"""
                Hiii I'm {name} 😘 {age}yo {hair}, new in town!!
                Sweet, obedient and open minded 💦 I do everything u want.
                Incall hotel in {{city}}. 100 hh / 160 h. Cash only.
                Ask for {name} — text {{phone}}. My friend also available for 2 girls!
                Available 24/7
                """,
                titles=(
                    f"{name} {age} new in town 😘",
                    f"NEW {name} sweet & obedient",
                    f"{name} just arrived 💦",
                ),
                phones=tel,
                cities=("Montréal", "Laval", "Longueuil", "Gatineau"),
                city_block=2,
                age=age,
                posts=6,
                start=idx,
                every=6,
                lang="en",
                dispo=("Available 24/7",),
            )
            for idx, (name, age, hair) in enumerate(women)
        ),
    )
    # 2 - one woman, burner phones rotated, same text, circuit
    tp(
        "one woman, the same text on five burner numbers in turn, circuit Mtl-Qc-Toronto-Ottawa",
        P(
            body="""
            New girl in {city} 🌹 Jasmine 22
            Just arrived, short stay only!! Very sexy and friendly.
            Hotel incall, 120 half hour 200 hour. No private numbers.
            Text {phone} — avail 24 hrs
            """,
            titles=("Jasmine 22 just arrived {city}", "New girl in {city} 🌹 short stay"),
            phones=(n("514"), n("581"), n("647"), n("613"), n("438")),
            phone_block=3,
            style=("dash", "letters", "space"),
            cities=("Montréal", "Québec", "Toronto", "Ottawa", "Montréal"),
            city_block=3,
            age=22,
            posts=15,
            every=3.5,
            lang="en",
            sources=("nuitsmtl", "tourboard"),
            dispo=("avail 24 hrs", "available all night"),
        ),
    )
    # 3 - minor posted as 19 with coded words, line shared with an adult
    tel = n("514")
    tp(
        "minor posted as 19 with coded youth words, same line and template as an adult woman",
        P(
            body="""
            🍭 Lily 19 🍭 brand new, fresh & petite 🎀
            Shy at first, very sweet. First week ever!! 🍒
            Incall Montréal-Nord. 150 half / 250 hour.
            Txt {phone} ask for Lily. Available all day all night
            """,
            titles=("🍭 Lily 19 brand new 🎀", "Fresh petite Lily 19 🍒", "Lily first week 🍭"),
            phones=tel,
            style=("dash", "words_en"),
            cities=("Montréal-Nord", "Laval"),
            city_block=3,
            age=19,
            posts=7,
            start=10,
            every=4,
            lang="en",
            minor=True,
        ),
        P(
            body="""
            😍 Crystal 24 😍 sexy latina, new pics!
            Very friendly, GFE. Incall Montréal-Nord. 120 half / 200 hour.
            Txt {phone} ask for Crystal. Available all day all night
            """,
            titles=("😍 Crystal 24 sexy latina", "Crystal new pics 😍"),
            phones=tel,
            cities=("Montréal-Nord", "Laval"),
            city_block=3,
            age=24,
            posts=7,
            start=8,
            every=4,
            lang="en",
        ),
    )
    # 4 - French minor, 'tout juste 18', Laval-Longueuil circuit, shared with an adult
    tel = n("450")
    tp(
        "French minor posted as 'tout juste 18', 'sans expérience', line shared with an adult",
        P(
            body="""
            Nouvelle 🎀 Mégane tout juste 18 ans!!
            Toute petite, timide, sans expérience, toute fraîche 🍒
            Elle reçoit à {city}, appelle pour elle: {phone}
            Demi-heure 120, heure 200. Dispo jour et nuit.
            """,
            titles=("Nouvelle Mégane 18 🎀", "Mégane toute fraîche 🍒", "P'tite nouvelle 18"),
            phones=tel,
            style=("dash", "spaced"),
            cities=("Laval", "Longueuil", "Laval", "Montréal"),
            city_block=2,
            age=18,
            posts=8,
            start=14,
            every=4,
            minor=True,
            dispo=("Dispo jour et nuit",),
        ),
        P(
            body="""
            Kim 23 ans, bombe sexy 💋 Elle reçoit à {city}.
            Appelle pour elle: {phone}. Demi-heure 120, heure 200. Dispo jour et nuit.
            Son amie Mégane aussi disponible!
            """,
            titles=("Kim 23 bombe sexy 💋", "Kim sexy {city}"),
            phones=tel,
            cities=("Laval", "Longueuil", "Laval", "Montréal"),
            city_block=2,
            age=23,
            posts=8,
            start=12,
            every=4,
        ),
    )
    # 5 - English minor moved from Toronto, 'just graduated', line shared
    tel, tel2 = n("647"), n("438")
    tp(
        "minor moved from Toronto to Montréal, 'just graduated', 18 on the site, line shared",
        P(
            body="""
            Barely 18 💕 Ashley just graduated and new to the city!
            Petite, innocent face, daddy's little girl 🧸
            Incall downtown Montréal hotel. 200/hr, no rush.
            Text her booker {phone}. Open late.
            """,
            titles=("Barely 18 Ashley 💕", "Ashley new to the city 🧸", "Innocent Ashley 18"),
            phones=(tel, tel2),
            phone_block=4,
            style=("dash", "split"),
            cities=("Toronto", "Montréal", "Montréal"),
            city_block=3,
            age=18,
            posts=8,
            start=6,
            every=4,
            lang="en",
            minor=True,
            dispo=("Open late",),
        ),
        P(
            body="""
            Sexy Monique 25 🔥 ebony goddess, new to the city!
            Incall downtown hotel. 200/hr. Text booker {phone}. Open late.
            """,
            titles=("Monique 25 ebony goddess 🔥", "Monique new to the city"),
            phones=(tel, tel2),
            phone_block=4,
            cities=("Toronto", "Montréal", "Montréal"),
            city_block=3,
            age=25,
            posts=8,
            start=7,
            every=4,
            lang="en",
        ),
    )
    # 6 - same template in two cities the same days, different women, one phone
    tel = n("514")
    tp(
        "one phone, the same template, different women in Montréal and Gatineau the same days",
        *(
            P(
                body=f"""
                ✨ {name} {age} ans ✨ nouvelle à {{city}}
                Très belle, très coquine, elle fait tout. Incall privé.
                1/2h 120 · 1h 180. Textez {{phone}} pour elle.
                Disponible 24h/24
                """,
                titles=(f"✨ {name} {age} nouvelle à {{city}}", f"{name} coquine {{city}}"),
                phones=tel,
                cities=(city,),
                age=age,
                posts=5,
                start=idx * 0.3 + 3,
                every=6,
                dispo=("Disponible 24h/24",),
            )
            for idx, (name, age, city) in enumerate(
                [("Bella", 22, "Montréal"), ("Sonia", 21, "Gatineau"), ("Nina", 23, "Laval")]
            )
        ),
    )
    # 7 - driver / booker leaks; unprotected services; low prices
    tel = n("438")
    tp(
        "booker and driver leak into first-person text; 'she' slips; low prices, no-condom extra",
        *(
            P(
                body=f"""
                {name} {age} 💋 Hot & ready
                I come to you!! Outcall only, my driver brings me to ur hotel or home.
                She is very obedient and does everything, no limits. Extra for no cover.
                80 qv / 140 hh / 220 h. Text the booker {{phone}}. Cash only.
                """,
                titles=(f"{name} {age} hot & ready 💋", f"Outcall {name} no limits"),
                phones=tel,
                style=("dash", "dots"),
                cities=("Montréal", "Laval", "Longueuil"),
                city_block=2,
                age=age,
                posts=7,
                start=idx * 2,
                every=6,
                lang="en",
            )
            for idx, (name, age) in enumerate([("Tiffany", 20), ("Star", 21)])
        ),
    )
    # 8 - women from abroad, limited languages, burners, low price, 24/7
    tp(
        "women said to have just arrived from abroad, speak no French/English, burners, 24/7",
        *(
            P(
                body=f"""
                NEW GIRL JUST ARRIVED FROM {origin} 🌸 {name} {age}
                Very young looking, very sweet, no English no French.
                Hotel {{city}}. 60 qv 100 hh 160 h. Call {{phone}} 24/7
                """,
                titles=(f"New {origin.lower()} girl {name} just arrived", f"{name} {age} 🌸"),
                phones=(n("514"), n("438"), n("514")),
                phone_block=2,
                style=("plain", "dash"),
                cities=("Montréal", "Laval", "Longueuil"),
                city_block=2,
                age=age,
                posts=6,
                start=idx * 5 + 1,
                every=4,
                lang="en",
                dispo=("24/7",),
            )
            for idx, (name, age, origin) in enumerate(
                [("Mimi", 21, "ASIA"), ("Anna", 22, "EUROPE")]
            )
        ),
    )
    # 9 - one phone, a different name each week (rotation of women on one line)
    tel = n("514")
    tp(
        "one line, a new name every week in the same text (women rotated through one phone)",
        *(
            P(
                body=f"""
                Nouvelle cette semaine: {name} {age} ans 🔥
                Belle {desc}, très gentille. Incall discret Ville-Marie.
                30 min 120, 1h 200. Texto seulement {{phone}}
                Dispo 9h à 3h du matin
                """,
                titles=(f"Nouvelle cette semaine: {name} {age}", f"{name} {desc} 🔥"),
                phones=tel,
                cities="Montréal",
                age=age,
                posts=2,
                start=week * 7,
                every=3,
                dispo=("Dispo 9h à 3h",),
            )
            for week, (name, age, desc) in enumerate(
                [
                    ("Sabrina", 22, "brune"),
                    ("Kassandra", 20, "blonde"),
                    ("Jolie", 23, "asiatique"),
                    ("Ambre", 21, "rousse"),
                    ("Lina", 24, "latina"),
                    ("Mya", 20, "métisse"),
                    ("Stella", 22, "blonde"),
                ]
            )
        ),
    )
    # 10 - a shared bookings e-mail across women with different phones
    mail = "vip.girls.booking@mail.example"
    tp(
        "different phones per woman but one bookings e-mail and one template; hotels on a circuit",
        *(
            P(
                body=f"""
                VIP {name} {age} 👑 in {{city}} for a few days
                Sexy, discreet, 100% real. Hotel incall.
                Rates: 150 hh / 250 h. Deposit required by e-transfer to {{email}}
                Text {{phone}}
                """,
                titles=(f"VIP {name} {age} in {{city}} 👑", f"{name} VIP discreet"),
                phones=n(npa),
                email=mail,
                cities=("Montréal", "Québec", "Ottawa", "Montréal"),
                city_block=2,
                age=age,
                posts=5,
                start=idx * 2,
                every=6,
                lang="en",
                sources=("nuitsmtl", "tourboard"),
            )
            for idx, (name, age, npa) in enumerate(
                [("Jenna", 22, "514"), ("Kiara", 21, "438"), ("Nadia", 23, "613")]
            )
        ),
    )
    # 11 - Québec City minor, fresh 450 number that another woman used before
    tel = n("581")
    tp(
        "minor from Québec City moved to Montréal, '18 ans', coded words; number used by another",
        P(
            body="""
            Première fois à Montréal 🍓 Coralie 18 ans
            Jeune, mince, toute douce, débutante. Elle vient de Québec.
            Incall Longueuil près du métro. Demi 150.
            Appelle son ami {phone} pour réserver.
            """,
            titles=("Coralie 18 débutante 🍓", "Jeune Coralie 18, première fois à MTL"),
            phones=tel,
            style=("words_fr", "dash"),
            cities=("Longueuil", "Montréal"),
            city_block=3,
            age=18,
            posts=6,
            start=28,
            every=4,
            minor=True,
        ),
        P(
            body="""
            Jessie 22 ans de Québec, sexy et coquine 😈
            Incall Longueuil. Demi 150, heure 220. Appelle son ami {phone} pour réserver.
            """,
            titles=("Jessie 22 de Québec 😈", "Jessie sexy Longueuil"),
            phones=tel,
            cities=("Québec", "Longueuil"),
            city_block=3,
            age=22,
            posts=6,
            start=4,
            every=4,
        ),
    )
    # 12 - 'boyfriend' writing for a woman, checks in, takes the money
    tp(
        "a 'boyfriend' writes the ads, answers the phone, takes the deposit; one woman, two phones",
        P(
            body="""
            Ma blonde Vicky (24) est disponible pour vous messieurs 😉
            Elle est très docile et fait tout ce que je lui demande.
            Hôtel à {city}. 1h 200, payé d'avance à moi. Appelez-moi: {phone}
            """,
            titles=("Vicky 24 très docile", "Ma blonde Vicky à {city}"),
            phones=(n("450"), n("514")),
            phone_block=5,
            cities=("Laval", "Montréal", "Longueuil", "Montréal"),
            city_block=2,
            age=24,
            posts=9,
            every=5,
        ),
    )
    # 13 - minor in a controlled group: '18 y/o' on the site, coded emojis, group line
    tel = n("438")
    tp(
        "group line with three women including a minor posted as 18 ('YNG', 🍼, 'new'); 24/7",
        *(
            P(
                body=f"""
                {title} {name} {age} {tag}
                {desc}
                Incall private apartment {{city}}. QV 80 · HH 130 · H 200.
                Call or text {{phone}} — 24/7, the girls are always here.
                """,
                titles=(f"{title} {name} {age} {tag}", f"{name} {age} {tag} {{city}}"),
                phones=tel,
                style=("dash", "emoji"),
                cities=("Montréal", "Laval"),
                city_block=3,
                age=age,
                posts=5,
                start=idx + 15,
                every=4,
                lang="en",
                minor=minor,
                dispo=("24/7",),
            )
            for idx, (title, name, age, tag, desc, minor) in enumerate(
                [
                    ("YNG & NEW", "Bambi", 18, "🍼🎀", "Tiny, shy, first week, so innocent.", True),
                    ("Hot", "Chanel", 23, "🔥", "Curvy, wild and fun.", False),
                    ("Sexy", "Keisha", 22, "💋", "Ebony, thick, GFE.", False),
                ]
            )
        ),
    )
    return ops


def venues(n: Numbers) -> list[Operator]:
    """Five exploitative venues (massage parlours, an apartment brothel); one holds a minor."""
    ops: list[Operator] = []

    def venue(note: str, *personas: Persona) -> None:
        ops.append(Operator(f"b-ven-{len(ops) + 1:02d}", "exploitative_venue", note, personas))

    venue(
        "Asian massage parlour: rotating 'new girls every week', open 10am-2am 7/7, low prices",
        P(
            body="""
            🌸 Spa Nénuphar 88 🌸 NEW GIRLS EVERY WEEK
            Beautiful young Asian masseuses, body rub, table shower.
            30 min 60$ · 1h 100$ (+ tips to the girl).
            Open 7 days 10am - 2am, walk-in welcome. Near Décarie.
            {phone}
            """,
            titles=(
                "Spa Nénuphar 88 NEW GIRLS EVERY WEEK",
                "New young Asian girls this week - Spa Nénuphar 88",
                "🌸 Body rub 7/7 Spa Nénuphar",
            ),
            phones=n("514"),
            cities="Montréal",
            posts=12,
            every=4,
            lang="en",
            sources="massagelistings",
            extras=(
                "This week: Coco, Mimi, Lulu, Kiki",
                "This week: Yumi, Nana, Lili",
                "2 new girls arrived today!",
            ),
        ),
    )
    venue(
        "Laval 'centre de massage': Eastern European women, 'extras', girls live on site hints",
        P(
            body="""
            Centre Détente Orchidée Bleue — Laval
            Nouvelles filles cette semaine! Jeunes masseuses de l'Europe de l'Est 🇷🇺🇺🇦
            Massage complet + extra (demandez à la fille). 45 min 80$.
            Ouvert 24h, les filles sont toujours sur place. Stationnement à l'arrière.
            {phone}
            """,
            titles=(
                "Orchidée Bleue Laval - nouvelles filles",
                "Massage + extra Laval, ouvert 24h",
                "Jeunes masseuses de l'Est - Orchidée Bleue",
            ),
            phones=n("450"),
            cities="Laval",
            posts=11,
            every=5,
            sources=("massagelistings", "annoncesqc"),
            extras=("Cette semaine: Olga, Katia, Irina", "Nouvelle arrivée: Daria 19 ans"),
        ),
    )
    venue(
        "Longueuil parlour, 24h, shower included, girls 'sleep here', moved between two addresses",
        P(
            body="""
            Studio Zen Kiwi 24h 🥝 Rive-Sud
            Jolies masseuses asiatiques, très jeunes et gentilles, toujours disponibles.
            Douche incluse. 30 min 70, 1 h 120. Pas de rendez-vous nécessaire, jour et nuit.
            Nouvelle adresse à {city}! Appelez {phone}
            """,
            titles=("Studio Zen Kiwi 24h Rive-Sud", "Masseuses asiatiques 24h {city}"),
            phones=(n("450"), n("450")),
            phone_block=6,
            cities=("Longueuil", "Brossard"),
            city_block=6,
            posts=11,
            every=5,
            sources="massagelistings",
            extras=("Nouvelles filles arrivées cette semaine", "Special 50$ avant midi"),
        ),
    )
    venue(
        "apartment brothel posting 'private apartment, 3 girls on site', moved Montréal-Laval",
        P(
            body="""
            PRIVATE APARTMENT 🏠 3 girls on site every day
            Choose when you arrive. Young, sexy, new girls each week.
            {city}, near metro. QV 60 / HH 100 / H 160.
            Text {phone} for address. Open 11am to 5am.
            """,
            titles=("Private apartment 3 girls {city}", "3 girls on site 🏠 new each week"),
            phones=(n("438"), n("514")),
            phone_block=5,
            cities=("Montréal", "Laval", "Montréal"),
            city_block=4,
            posts=11,
            every=5,
            lang="en",
            extras=("Today: Asian, Latina, Blonde", "New girl today!!"),
        ),
    )
    tel = n("514")
    venue(
        "'spa' holding a minor posted as a new 18-year-old 'student' masseuse; rotating roster",
        P(
            body="""
            Spa Lys de Jade — massage détente, Saint-Laurent
            Masseuses jeunes et jolies, nouvelles chaque semaine. Ouvert 7/7 jusqu'à 3h.
            45 min 70$. Sans rendez-vous. {phone}
            """,
            titles=("Spa Lys de Jade - nouvelles masseuses", "Lys de Jade ouvert tard"),
            phones=tel,
            cities="Saint-Laurent",
            posts=9,
            every=6,
            sources="massagelistings",
            extras=("Cette semaine: Lin, Rose, Sunny",),
        ),
        P(
            body="""
            🎀 Nouvelle au Spa Lys de Jade: Candy, 18 ans, petite étudiante 🎒
            Toute jeune, toute nouvelle, très timide. Seulement cette semaine!
            45 min 70$. Demandez Candy. {phone}
            """,
            titles=("Nouvelle Candy 18 petite étudiante 🎒", "Candy 18 toute jeune 🎀"),
            phones=tel,
            cities="Saint-Laurent",
            age=18,
            posts=5,
            start=22,
            every=4,
            sources="massagelistings",
            minor=True,
        ),
    )
    return ops


def operators() -> list[Operator]:
    """Every operator of the blind market, in file order."""
    n = Numbers()
    return independents(n) + duos(n) + agencies(n) + third_parties(n) + venues(n)


def _ad_id(op: str, persona: int, post: int) -> str:
    return hashlib.sha1(f"blind/{op}/{persona}/{post}".encode()).hexdigest()[:10]


def _posts(op: Operator, pi: int, p: Persona) -> list[dict[str, Any]]:
    rng = random.Random(f"{op.operator_id}/{pi}")
    dispo = p.dispo or DISPO[p.lang]
    seen: set[tuple[str, str]] = set()
    out: list[dict[str, Any]] = []
    for i in range(p.posts):
        phone = p.phones[min(i // p.phone_block, len(p.phones) - 1)] if p.phones else None
        city = p.cities[(i // p.city_block) % len(p.cities)]
        style = p.style[i % len(p.style)]
        values = {
            "phone": render(phone, style) if phone else "",
            "phone2": render(p.phone2, style) if p.phone2 else "",
            "city": city,
            "dispo": rng.choice(dispo),
            "email": p.email or "",
            "handle": p.handle or "",
        }
        extras = [e for e in p.extras if rng.random() < 0.4]
        body = p.body.format(**values)
        if extras:
            body += "\n" + "\n".join(extras)
        title = rng.choice(p.prefixes or PREFIX[p.lang]) + p.titles[i % len(p.titles)].format(
            **values
        )
        when = START + timedelta(days=p.start + i * p.every, hours=rng.randint(1, 14))
        when += timedelta(minutes=rng.randint(0, 59))
        if (title, body) in seen:  # a repost always differs a little, as real ones do
            stamp = f"{when:%d/%m}" if p.lang != "en" else f"{when:%m/%d}"
            body += f"\nMis à jour le {stamp}" if p.lang != "en" else f"\nUpdated {stamp}"
        seen.add((title, body))
        source = p.sources[i % len(p.sources)]
        ad_id = _ad_id(op.operator_id, pi, i)
        ad: dict[str, Any] = {
            "ad_id": ad_id,
            "source": source,
            "posted_at": when.isoformat(timespec="seconds"),
            "title": title,
            "body": body,
            "city": city,
        }
        contact = {}
        if phone and p.contact:
            contact["phone"] = render(phone, "dash")
        if p.email:
            contact["email"] = p.email
        if p.handle:
            contact["handle"] = p.handle
        if contact:
            ad["contact"] = contact
        if p.age is not None:
            ad["age"] = p.age
        ad["url"] = f"https://{source}.example/annonce/{ad_id}"
        out.append(ad)
    return out


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ads (sorted by time, as a crawl would deliver them) and the truth rows."""
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for op in operators():
        keys: list[list[str]] = []
        minor_keys: list[list[str]] = []
        for pi, persona in enumerate(op.personas):
            for ad in _posts(op, pi, persona):
                ads.append(ad)
                keys.append([ad["source"], ad["ad_id"]])
                if persona.minor:
                    minor_keys.append([ad["source"], ad["ad_id"]])
        truth.append(
            {
                "operator_id": op.operator_id,
                "kind": op.kind,
                "minor": bool(minor_keys),
                "ads": keys,
                "minor_ads": minor_keys,
                "note": op.note,
            }
        )
    ads.sort(key=lambda ad: (ad["posted_at"], ad["source"], ad["ad_id"]))
    all_keys = [(ad["source"], ad["ad_id"]) for ad in ads]
    assert len(all_keys) == len(set(all_keys)), "duplicate ad id within a source"
    return ads, truth


def main() -> None:
    ads, truth = build()
    for name, rows in (("ads.jsonl", ads), ("truth.jsonl", truth)):
        with (HERE / name).open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for t in truth:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    minors = sum(t["minor"] for t in truth)
    print(f"{len(ads)} ads, {len(truth)} operators {kinds}, {minors} holding a minor")


if __name__ == "__main__":
    main()
