"""Builds the fifth hand-written market, ``blind3`` (written blind, round 10).

    python tests/score/data/blind3/build_blind3.py     # rewrites ads.jsonl and truth.jsonl here

Every operator below is a hand-written set of ad texts (one to four "drafts") and a posting plan:
how many times it posts over about seven weeks, on which sites, from which cities, with which
phone(s). A repost is the draft with small deterministic edits (an emoji, "tonight" for "today",
a price moved by five dollars, a "BACK" in the title): what people do when they bump an ad.

Written without reading the indicators, the linking code, the simulator or the other
hand-written markets; the texts are meant to read like ads of the Montréal area and of the
Ottawa / Toronto / Québec touring circuit. Synthetic names, 555-01XX numbers, invented sites.

The truth schema is the one of ``tests/score/data/unseen/holdout/truth.jsonl``:
``operator_id, kind, minor, ads, minor_ads, note`` with ``ads`` as ``[source, ad_id]`` pairs.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 3103
START = datetime(2026, 9, 1, 10, 0)
SPAN_DAYS = 49  # seven weeks


@dataclass(frozen=True)
class Draft:
    """One hand-written ad text; ``{phone}``/``{city}``/``{name}`` are filled per post."""

    title: str
    body: str
    age: str | None = None
    minor: bool = False  # this draft advertises a minor (her ads go to ``minor_ads``)
    name: str = ""
    email: str | None = None
    handle: str | None = None
    phone_in_contact: bool = True  # the site's phone field is filled


@dataclass(frozen=True)
class Op:
    """One operator and its posting plan."""

    operator_id: str
    kind: str
    note: str
    drafts: tuple[Draft, ...]
    posts: int
    phones: tuple[str, ...]  # ten digits; see ``phone_mode``
    cities: tuple[str, ...] = ("Montréal",)
    sources: tuple[str, ...] = ("nuitmtl",)
    phone_mode: str = "one"  # one | switch (second phone from half-way) | rotate | two
    style: str = "dash"  # how the phone is written in the body
    tour: bool = False  # cities in blocks (a tour) rather than at random
    minor: bool = False
    start_day: int = 0
    days: int = SPAN_DAYS
    images: tuple[str, ...] = field(default=())


# --------------------------------------------------------------------------------- phones


_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


def write_phone(number: str, style: str) -> str:
    """The phone as a person (or a scraper-dodger) would type it in the body."""
    a, b, c = number[:3], number[3:6], number[6:]
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "paren":
        return f"({a}) {b}-{c}"
    if style == "plain":
        return number
    if style == "spaced":
        return " ".join(number)
    if style == "letters":
        return f"{a}-{b}-{c}".replace("0", "O").replace("1", "l")
    if style == "words_en":
        return f"{a} {b} " + " ".join(_EN[int(d)] for d in c)
    if style == "words_fr":
        return " ".join(_FR[int(d)] for d in a) + f" {b} {c[:2]} {c[2:]}"
    if style == "split":
        return f"{a} {b} ** {c[:2]} ** {c[2:]}"
    if style == "slash":
        return f"{a}/{b}/{c}"
    return number


# ------------------------------------------------------------------------------- reposts

_TITLE_EDITS = ("", " ✨", " 💋", " - BACK", " !!", " 🔥", " (new pics)", " ~ dispo")
_SWAPS = (
    ("ce soir", "aujourd'hui"),
    ("tonight", "today"),
    ("today", "tonight"),
    ("aujourd'hui", "ce soir"),
    ("Available", "AVAILABLE"),
    ("Disponible", "Dispo"),
    ("dispo", "disponible"),
)


def _edit_price(body: str, rng: random.Random) -> str:
    for old in ("160", "180", "200", "220", "250", "140", "120", "100", "80", "60"):
        if old in body and rng.random() < 0.35:
            new = str(int(old) + rng.choice((-20, -10, 10, 20)))
            return body.replace(old, new, 1)
    return body


def repost(d: Draft, k: int, rng: random.Random) -> tuple[str, str]:
    """The k-th posting of a draft: the first is verbatim, later ones bumped and touched up."""
    if k == 0:
        return d.title, d.body
    title = d.title.rstrip() + rng.choice(_TITLE_EDITS)
    body = d.body
    for old, new in _SWAPS:
        if old in body and rng.random() < 0.3:
            body = body.replace(old, new, 1)
    body = _edit_price(body, rng)
    if rng.random() < 0.2:
        body = body + rng.choice(("\n😘", "\nxx", " ..", "\n💕💕", "\n— bump"))
    return title, body


# ---------------------------------------------------------------------------------- build


def _ad_id(operator_id: str, k: int) -> str:
    return hashlib.sha1(f"blind3/{operator_id}/{k}".encode()).hexdigest()[:10]


def _phone_for(op: Op, k: int) -> str:
    if op.phone_mode == "switch":
        return op.phones[0] if k < op.posts // 2 else op.phones[1]
    if op.phone_mode in ("rotate", "two"):
        return op.phones[k % len(op.phones)]
    return op.phones[0]


def _city_for(op: Op, k: int, rng: random.Random) -> str:
    if op.tour:
        block = max(1, op.posts // len(op.cities))
        return op.cities[min(k // block, len(op.cities) - 1)]
    return op.cities[0] if rng.random() < 0.6 else rng.choice(op.cities)


def build(ops: tuple[Op, ...] | None = None, seed: int = SEED) -> tuple[list[Any], list[Any]]:
    """The ads (interchange dicts, by time) and the truth rows (operator order)."""
    ops = OPS if ops is None else ops
    ads: list[tuple[datetime, dict[str, Any]]] = []
    truth: list[dict[str, Any]] = []
    for op in ops:
        rng = random.Random(f"{seed}/{op.operator_id}")
        keys: list[list[str]] = []
        minor_keys: list[list[str]] = []
        for k in range(op.posts):
            d = op.drafts[k % len(op.drafts)]
            title, body = repost(d, k // len(op.drafts), rng)
            phone = _phone_for(op, k)
            city = _city_for(op, k, rng)
            day = op.start_day + (k * op.days) // max(1, op.posts)
            when = START + timedelta(days=day, hours=rng.randint(0, 13), minutes=rng.randint(0, 59))
            text_phone = write_phone(phone, op.style)
            body = body.replace("{phone}", text_phone).replace("{city}", city)
            title = title.replace("{phone}", text_phone).replace("{city}", city)
            source = op.sources[k % len(op.sources)]
            ad: dict[str, Any] = {
                "ad_id": _ad_id(op.operator_id, k),
                "source": source,
                "posted_at": when.isoformat() + ("-04:00" if rng.random() < 0.7 else ""),
                "title": title,
                "body": body,
                "city": city,
            }
            contact: dict[str, str] = {}
            if d.phone_in_contact:
                contact["phone"] = phone
            if d.email:
                contact["email"] = d.email
            if d.handle:
                contact["handle"] = d.handle
            if contact:
                ad["contact"] = contact
            if d.age is not None:
                ad["age"] = d.age
            ad["url"] = f"https://{source}.example/ad/{ad['ad_id']}"
            ads.append((when, ad))
            keys.append([source, ad["ad_id"]])
            if d.minor:
                minor_keys.append([source, ad["ad_id"]])
        truth.append(
            {
                "operator_id": op.operator_id,
                "kind": op.kind,
                "minor": op.minor,
                "ads": keys,
                "minor_ads": minor_keys,
                "note": op.note,
            }
        )
    ads.sort(key=lambda pair: (pair[0], pair[1]["ad_id"]))
    return [ad for _, ad in ads], truth


def write(out_dir: Path = HERE) -> None:
    """Write ``ads.jsonl`` and ``truth.jsonl`` of this market into ``out_dir``."""
    ads, truth = build()
    for name, rows in (("ads.jsonl", ads), ("truth.jsonl", truth)):
        with (out_dir / name).open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------------------ operators


def P(npa: int, xx: int) -> str:  # noqa: N802  (short on purpose: there are many)
    """A synthetic number, NPA-555-01xx."""
    return f"{npa}55501{xx:02d}"


D = Draft

MTL = ("Montréal", "Plateau", "Centre-Ville", "montreal")
TOUR_EAST = ("Montréal", "Québec", "Gatineau", "Laval")

INDEPENDENTS: tuple[Op, ...] = (
    Op(
        "ind-01",
        "independent",
        "long first-person ad, screening and deposit rules, one phone",
        (
            D(
                "Élodie ~ douceur et élégance, Plateau",
                "Bonjour messieurs, je m'appelle Élodie, 31 ans, étudiante à la maîtrise le jour "
                "🙂. Je reçois dans mon condo discret près du métro Mont-Royal.\n\n"
                "Mes règles : une courte vérification (référence d'une autre dame ou pièce "
                "d'identité avec votre nom), un dépôt de 40$ par virement pour les premières "
                "rencontres. Pas de négociation, pas de photos en privé.\n"
                "160 / 30 min · 250 / h\nTexto seulement : {phone}\nÀ bientôt, É.",
                age="31",
                name="Élodie",
            ),
        ),
        posts=8,
        phones=(P(514, 1),),
        cities=("Plateau", "Montréal"),
        sources=("nuitmtl",),
    ),
    Op(
        "ind-02",
        "independent",
        "tours Québec and Gatineau on a schedule, same phone",
        (
            D(
                "✈️ TOURING: Chloé in {city} this week only",
                "Hi gentlemen! Chloé here, 27, natural redhead, 5'6. Touring {city} Mon-Thu then "
                "back home. Incall in a clean hotel, outcall ok for a fee. Screening required - "
                "send name + P411 or two references. 220/hr. {phone} (text, no calls) 🌹",
                age="27",
                name="Chloé",
            ),
        ),
        posts=9,
        phones=(P(438, 2),),
        cities=TOUR_EAST,
        tour=True,
        sources=("nuitmtl", "capitalboard"),
        style="dots",
    ),
    Op(
        "ind-03",
        "independent",
        "19, says so, student, 'petite', first person, one phone",
        (
            D(
                "Petite étudiante 19 ans 🌸 Laval",
                "Allo! Moi c'est Maëlle, j'ai 19 ans (oui vraiment, je montre mes cartes si tu "
                "veux). Étudiante au cégep, petite 5'0, timide au début mais très douce. Je "
                "reçois chez moi à Laval près de Montmorency, juste en soirée pcq j'ai mes cours. "
                "Pas de sans protection, pas de discussion. 180 l'heure. {phone}",
                age="19",
                name="Maëlle",
            ),
        ),
        posts=6,
        phones=(P(450, 3),),
        cities=("Laval",),
    ),
    Op(
        "ind-04",
        "independent",
        "almost no text, details only in contact fields",
        (
            D("Sofia", "💋", age="24", name="Sofia"),
            D("Sofia 💋", "in/out. txt", age="24", name="Sofia"),
        ),
        posts=7,
        phones=(P(514, 4),),
        cities=MTL,
        sources=("quickpix",),
    ),
    Op(
        "ind-05",
        "independent",
        "changes her number once (lost phone), says so",
        (
            D(
                "Nadia - massage sensuel + plus, Rosemont",
                "Nadia, 35 ans, femme mature et souriante. Massage à l'huile chaude, body-to-body, "
                "finition. Appartement propre, stationnement facile. 140 / 45 min. "
                "Appelez ou textez {phone}. Pas de numéros masqués.",
                age="35",
                name="Nadia",
            ),
            D(
                "Nadia - NOUVEAU NUMÉRO / new number",
                "J'ai perdu mon cell, voici mon nouveau numéro : {phone}. Même adresse, même "
                "service, massage body-to-body et plus. 35 ans. Merci à mes habitués 😘",
                age="35",
                name="Nadia",
            ),
        ),
        posts=8,
        phones=(P(514, 5), P(438, 5)),
        phone_mode="switch",
        cities=("Montréal",),
    ),
    Op(
        "ind-06",
        "independent",
        "third-person style about herself, one phone, Ottawa",
        (
            D(
                "Meet Vivienne - Ottawa's sweetheart",
                "Vivienne is a 29 year old girl-next-door with a wicked sense of humour. She "
                "enjoys slow dinners, good wine and unhurried company. She sees a limited number "
                "of gentlemen each week and asks that you introduce yourself politely. "
                "Rates: 300/hr, 550/2hr. Vivienne books by email: vivienne.b@mail.example or "
                "text {phone}.",
                age="29",
                name="Vivienne",
                email="vivienne.b@mail.example",
            ),
        ),
        posts=6,
        phones=(P(613, 6),),
        cities=("Ottawa",),
        sources=("capitalboard",),
    ),
    Op(
        "ind-07",
        "independent",
        "lists ethnicity, 'new in town', one phone",
        (
            D(
                "NEW IN TOWN 🌺 Sexy Latina Valeria",
                "Hola papi! New in town, just moved from Vancouver. Valeria, 26, Colombian, curvy "
                "and fun. GFE, no rush. Incall Centre-Ville. 200 hour / 140 half. "
                "Call me {phone} ❤️",
                age="26",
                name="Valeria",
            ),
        ),
        posts=7,
        phones=(P(438, 7),),
        cities=("Centre-Ville", "Montréal"),
        style="paren",
    ),
    Op(
        "ind-08",
        "independent",
        "heavy bumper: posts many times, short text",
        (
            D(
                "Jade dispo MAINTENANT 🔥 Longueuil",
                "Jade 23 ans, Longueuil, chez moi. {phone}",
                age="23",
                name="Jade",
            ),
            D(
                "Jade dispo ce soir",
                "Dispo ce soir, Longueuil métro. 23 ans. Txt {phone}",
                age="23",
                name="Jade",
            ),
        ),
        posts=14,
        phones=(P(450, 8),),
        cities=("Longueuil", "Rive-Sud"),
    ),
    Op(
        "ind-09",
        "independent",
        "two phones at once (work + backup), says so",
        (
            D(
                "Ashley - Toronto Yorkville upscale",
                "Ashley, 32, blonde, athletic. Upscale incall near Yorkville. Minimum 1 hr. "
                "Primary line {phone}; if no answer try my backup 647-555-0110. "
                "Deposit for outcalls. No texts with explicit language please.",
                age="32",
                name="Ashley",
            ),
        ),
        posts=6,
        phones=(P(416, 9), P(647, 10)),
        phone_mode="two",
        cities=("Toronto",),
        sources=("sixix",),
    ),
    Op(
        "ind-10",
        "independent",
        "obfuscated number in French words, 20, says so",
        (
            D(
                "Léa 20 ans, vraie photo, Verdun",
                "Coucou, Léa 20 ans, vraies photos (pas de surprise). Je suis nouvelle dans le "
                "milieu alors soyez gentils. Pour me joindre écrivez au {phone} (je l'écris en "
                "lettres à cause des robots). Verdun, incall seulement.",
                age="20",
                name="Léa",
                phone_in_contact=False,
            ),
        ),
        posts=5,
        phones=(P(514, 11),),
        cities=("Verdun", "Montréal"),
        style="words_fr",
    ),
    Op(
        "ind-11",
        "independent",
        "trans independent, handle + phone, English",
        (
            D(
                "TS Bianca 💖 fully functional, Gatineau",
                "Hey boys, TS Bianca here, 28, passable & very feminine. Tops & bottoms. "
                "Incall Hull sector, 5 min from the bridge. Snap: biancats_xo. {phone}",
                age="28",
                name="Bianca",
                handle="biancats_xo",
            ),
        ),
        posts=6,
        phones=(P(819, 12),),
        cities=("Gatineau", "Hull"),
        sources=("capitalboard",),
    ),
    Op(
        "ind-12",
        "independent",
        "mature, 45, rare poster, phone only in contact field",
        (
            D(
                "Femme mature 45 ans - Sherbrooke et environs",
                "Femme de 45 ans, cougar pulpeuse. Discrétion assurée. Appelez-moi.",
                age="45",
                name="",
            ),
        ),
        posts=3,
        phones=(P(819, 13),),
        cities=("Sherbrooke",),
    ),
    Op(
        "ind-13",
        "independent",
        "sugar-baby style, young words, 21, email only",
        (
            D(
                "young & sweet 21yo looking for generous gentleman",
                "I'm Kayla, 21, uni student (nursing). Looking for a generous man for dates, "
                "allowance based. Not an escort service, I choose who I see. Email me with a bit "
                "about yourself: kayla.nursing21@mail.example",
                age="21",
                name="Kayla",
                email="kayla.nursing21@mail.example",
                phone_in_contact=False,
            ),
        ),
        posts=4,
        phones=(P(438, 14),),
        cities=("Montréal",),
        sources=("sugarlist",),
    ),
    Op(
        "ind-14",
        "independent",
        "Asian independent, lists ethnicity, 'new', Brossard",
        (
            D(
                "New Asian girl Mimi 🌸 Brossard Quartier Dix30",
                "Hi, I am Mimi, 30, from Taiwan. Very new here. Body massage, shower together, "
                "GFE. Clean place. 120/30min, 180/1h. Text me {phone}, I reply fast.",
                age="30",
                name="Mimi",
            ),
        ),
        posts=7,
        phones=(P(450, 15),),
        cities=("Brossard", "Rive-Sud"),
    ),
    Op(
        "ind-15",
        "independent",
        "Black independent, Toronto, touring Montréal once",
        (
            D(
                "Ebony goddess Amara 🖤 {city}",
                "Amara, 25, Nigerian-Canadian, thick & gorgeous. In {city} this weekend, "
                "incall only, hotel. Screening: text name + where you saw my ad. {phone}",
                age="25",
                name="Amara",
            ),
        ),
        posts=6,
        phones=(P(647, 16),),
        cities=("Toronto", "Montréal", "Toronto"),
        tour=True,
        sources=("sixix", "nuitmtl"),
    ),
    Op(
        "ind-16",
        "independent",
        "bilingual franglais, one phone, lots of emoji",
        (
            D(
                "😈 Brunette coquine 💦 Mile-End",
                "Salut les boys 😘 Roxanne, 27 ans, brunette naughty 🍑 Full service, GFE, "
                "bbbj 😋 Incall Mile-End ou outcall 🚗 Hhr 150 / 1h 220 💵 "
                "Text me 📲 {phone} 💋 no private #",
                age="27",
                name="Roxanne",
            ),
        ),
        posts=8,
        phones=(P(514, 17),),
        cities=("Mile-End", "Montréal"),
        style="dots",
    ),
    Op(
        "ind-17",
        "independent",
        "18, says so, 'first time posting', careful rules",
        (
            D(
                "18 ans depuis mars 🎂 - Émy, Repentigny",
                "Salut, Émy, j'ai eu 18 ans en mars, c'est ma première annonce. Je suis en "
                "appart avec une coloc donc outcall seulement (Repentigny, Terrebonne). Je "
                "veux voir une pièce d'identité de ton côté aussi. Condom obligatoire. {phone}",
                age="18",
                name="Émy",
            ),
        ),
        posts=4,
        phones=(P(450, 18),),
        cities=("Repentigny", "Terrebonne"),
    ),
    Op(
        "ind-18",
        "independent",
        "dom/fetish provider, long English ad, email and phone",
        (
            D(
                "Mistress Raven - sessions at my private dungeon (Laval)",
                "Mistress Raven, 38. Experienced, safe, sane and consensual. Discipline, "
                "roleplay, CBT, sissy training, foot worship. NO sexual services - do not ask. "
                "Sessions from 200/h. Book with a proper introduction by email at "
                "raven.dungeon@mail.example. Texts: {phone}. Tribute first.",
                age="38",
                name="Raven",
                email="raven.dungeon@mail.example",
            ),
        ),
        posts=5,
        phones=(P(450, 19),),
        cities=("Laval",),
        sources=("fetboard",),
    ),
    Op(
        "ind-19",
        "independent",
        "Québec City local, short French, one phone",
        (
            D(
                "Kim 33 ans Ste-Foy",
                "Kim, 33 ans. Reçois à Ste-Foy, en journée. 160$/h. {phone}",
                age="33",
                name="Kim",
            ),
        ),
        posts=6,
        phones=(P(418, 20),),
        cities=("Québec", "Sainte-Foy"),
    ),
    Op(
        "ind-20",
        "independent",
        "works late hours, 24/7 wording, one phone",
        (
            D(
                "Late night fun 24/7 💜 Destiny",
                "Destiny, 28, night owl 🦉 available late, 24/7 most days. Outcall to hotels "
                "downtown only. Deposit by e-transfer for outcall. {phone}",
                age="28",
                name="Destiny",
            ),
        ),
        posts=9,
        phones=(P(438, 21),),
        cities=("Centre-Ville", "Montréal"),
    ),
    Op(
        "ind-21",
        "independent",
        "number written with letters for digits (anti-scraper)",
        (
            D(
                "Sasha - sensual massage + more (Ottawa Centretown)",
                "Sasha, 34. Relaxing and sensual massage, nuru, extras discussed in person. "
                "Number: {phone} (O = zero, l = one, scrapers go away). Text only.",
                age="34",
                name="Sasha",
                phone_in_contact=False,
            ),
        ),
        posts=6,
        phones=(P(613, 22),),
        cities=("Ottawa",),
        style="letters",
        sources=("capitalboard",),
    ),
    Op(
        "ind-22",
        "independent",
        "student 22, 'young', posts both sites, one phone",
        (
            D(
                "Young cute student 22 - Concordia area",
                "Hey I'm Zoé 😊 22, student at uni, petite and cute, 5'2 105lbs. Looking for "
                "respectful gentlemen, incall near Guy-Concordia. 200/h, no quickies. {phone}",
                age="22",
                name="Zoé",
            ),
            D(
                "Zoé 22 ans étudiante 📚",
                "Zoé, 22 ans, étudiante, petite et mignonne. Métro Guy-Concordia. 200$/h. "
                "Textez {phone}",
                age="22",
                name="Zoé",
            ),
        ),
        posts=8,
        phones=(P(514, 23),),
        cities=("Centre-Ville", "Montréal"),
        sources=("nuitmtl", "quickpix"),
    ),
    Op(
        "ind-23",
        "independent",
        "Toronto BBW, long ad, screening, one phone",
        (
            D(
                "BBW Bella - Etobicoke - REAL pics, no games",
                "Hello! Bella, 36, BBW, 42DDD. Yes the pics are me, taken last month. Incall "
                "Etobicoke, private entrance. I screen everyone: full name, workplace or "
                "references. Rates 180 / hr. No bareback, no drugs, no haggling. {phone}",
                age="36",
                name="Bella",
            ),
        ),
        posts=6,
        phones=(P(416, 24),),
        cities=("Toronto", "Etobicoke"),
        sources=("sixix",),
    ),
    Op(
        "ind-24",
        "independent",
        "very low price but independent (cheap car dates), Longueuil",
        (
            D(
                "Quickie 60$ voiture / car date - Longueuil",
                "Fille 29 ans, quickie en auto 60$, pipe 40$. Pas de chambre. Texto {phone}",
                age="29",
                name="",
            ),
        ),
        posts=7,
        phones=(P(450, 25),),
        cities=("Longueuil", "Rive-Sud"),
    ),
    Op(
        "ind-25",
        "independent",
        "handle-only contact, almost no body",
        (
            D(
                "✨ Lune ✨",
                "dm me on snap: lune.xx.mtl",
                age="25",
                name="Lune",
                handle="lune.xx.mtl",
                phone_in_contact=False,
            ),
        ),
        posts=5,
        phones=(P(514, 26),),
        cities=MTL,
        sources=("quickpix",),
    ),
    Op(
        "ind-26",
        "independent",
        "tours Toronto-Ottawa-Montréal, English, one phone",
        (
            D(
                "Canadian tour 🇨🇦 Brooke - {city} now",
                "Brooke, 30, touring the 401 corridor. Now in {city}. Elite GFE/PSE. "
                "300/hr, 2 hr min for dinner dates. Screening via references. {phone}",
                age="30",
                name="Brooke",
            ),
        ),
        posts=9,
        phones=(P(416, 27),),
        cities=("Toronto", "Ottawa", "Montréal"),
        tour=True,
        sources=("sixix", "capitalboard", "nuitmtl"),
    ),
    Op(
        "ind-27",
        "independent",
        "massage therapist (RMT-style) who offers erotic massage",
        (
            D(
                "Massage tantrique par Isabelle - Outremont",
                "Massothérapeute de formation, j'offre massage tantrique et lingam dans un "
                "espace zen à Outremont. Musique douce, huiles bio. 90 min 220$. Rendez-vous "
                "par texto {phone}. Isabelle, 41 ans.",
                age="41",
                name="Isabelle",
            ),
        ),
        posts=5,
        phones=(P(514, 28),),
        cities=("Outremont", "Montréal"),
        sources=("massagebook",),
    ),
    Op(
        "ind-28",
        "independent",
        "20, says so, uses 'nouvelle', 'jeune', one phone",
        (
            D(
                "Nouvelle 🆕 jeune blonde 20 ans - Longueuil",
                "Jeune blonde de 20 ans, nouvelle ici. Océane. Reçois à Longueuil ou je me "
                "déplace. 200 l'heure, 150 la demi. Pas de marchandage svp. {phone}",
                age="20",
                name="Océane",
            ),
        ),
        posts=6,
        phones=(P(438, 29),),
        cities=("Longueuil",),
        style="spaced",
    ),
    Op(
        "ind-29",
        "independent",
        "Gatineau/Ottawa, both sides of the river, one phone",
        (
            D(
                "Gatineau / Ottawa - Marie-Pier 😘",
                "Marie-Pier, 26 ans, bilingue. Incall Gatineau, outcall Ottawa downtown "
                "(+40 taxi). 180/h. Text/texto {phone}",
                age="26",
                name="Marie-Pier",
            ),
        ),
        posts=7,
        phones=(P(819, 30),),
        cities=("Gatineau", "Ottawa"),
        sources=("capitalboard",),
    ),
    Op(
        "ind-30",
        "independent",
        "short, emoji-heavy English, Laval",
        (
            D(
                "🍒 Cherry 🍒 Laval incall",
                "🍒 24 🍒 slim 🍒 incall Laval 🍒 {phone} 🍒",
                age="24",
                name="Cherry",
            ),
        ),
        posts=6,
        phones=(P(450, 31),),
        cities=("Laval",),
        sources=("quickpix",),
    ),
    Op(
        "ind-31",
        "independent",
        "changes phone mid-period without saying, same text",
        (
            D(
                "Angie - pulpeuse et sensuelle, Hochelaga",
                "Angie 34 ans, pulpeuse aux courbes généreuses. Appartement discret à "
                "Hochelaga. Massage + complet. 160 / h. {phone}",
                age="34",
                name="Angie",
            ),
        ),
        posts=8,
        phones=(P(514, 32), P(438, 32)),
        phone_mode="switch",
        cities=("Hochelaga", "Montréal"),
    ),
    Op(
        "ind-32",
        "independent",
        "writes about herself in third person, Québec",
        (
            D(
                "Découvrez Gabrielle, 27 ans - Vieux-Québec",
                "Gabrielle est une jeune femme cultivée de 27 ans. Elle aime les rencontres "
                "sans pression, le bon vin, la conversation. Elle reçoit dans un loft du "
                "Vieux-Québec. Elle demande une présentation courtoise. 250$/h. {phone}",
                age="27",
                name="Gabrielle",
            ),
        ),
        posts=5,
        phones=(P(418, 33),),
        cities=("Québec",),
    ),
    Op(
        "ind-33",
        "independent",
        "Latina in Toronto, 'new in town' twice, one phone",
        (
            D(
                "NEW in Scarborough ~ Latina Camila 23",
                "Camila, 23, Brazilian 🇧🇷 new in town, curvy, sweet. Incall Scarborough. "
                "Hhr 140 hr 200. {phone}",
                age="23",
                name="Camila",
            ),
        ),
        posts=7,
        phones=(P(647, 34),),
        cities=("Toronto", "Scarborough"),
        sources=("sixix",),
    ),
    Op(
        "ind-34",
        "independent",
        "cam model doing meets, handle + email, no phone in text",
        (
            D(
                "cam girl now meeting irl 🎥 Pixie",
                "Pixie, 25, you might know me from cam 😉 Now doing a few irl meets in MTL. "
                "Verification required. Contact: pixie.meets@mail.example / tg @pixiemeets",
                age="25",
                name="Pixie",
                email="pixie.meets@mail.example",
                handle="@pixiemeets",
                phone_in_contact=False,
            ),
        ),
        posts=4,
        phones=(P(514, 35),),
        cities=("Montréal",),
        sources=("quickpix",),
    ),
    Op(
        "ind-35",
        "independent",
        "duo offered with an unnamed friend sometimes, solo mostly",
        (
            D(
                "Maude - solo ou duo avec mon amie 👭",
                "Maude, 30 ans, Saint-Laurent. Seule ou avec ma meilleure amie (duo sur demande, "
                "24h d'avance). Solo 200/h, duo 400/h. {phone}",
                age="30",
                name="Maude",
            ),
        ),
        posts=6,
        phones=(P(514, 36),),
        cities=("Saint-Laurent", "Montréal"),
    ),
    Op(
        "ind-36",
        "independent",
        "'petite' 'tiny' adult, 25, Ottawa, one phone",
        (
            D(
                "Tiny petite Asian 4'11 - Lily (Kanata)",
                "Lily, 25, Vietnamese, tiny 4'11, 90 lbs. Kanata incall. 200/hr. Text {phone}",
                age="25",
                name="Lily",
            ),
        ),
        posts=6,
        phones=(P(613, 37),),
        cities=("Ottawa", "Kanata"),
        sources=("capitalboard",),
    ),
    Op(
        "ind-37",
        "independent",
        "heavy poster in Laval and Montréal, same phone, 3 drafts",
        (
            D(
                "Britney ❤️ dispo ce soir Laval",
                "Britney 26 ans, dispo ce soir. {phone}",
                age="26",
                name="Britney",
            ),
            D(
                "Britney - incall Chomedey",
                "Incall Chomedey, propre, discret. 26 ans. {phone}",
                age="26",
                name="Britney",
            ),
            D(
                "Britney now in MTL downtown",
                "Today downtown hotel. Britney 26. {phone}",
                age="26",
                name="Britney",
            ),
        ),
        posts=12,
        phones=(P(450, 38),),
        cities=("Laval", "Montréal"),
        sources=("nuitmtl", "quickpix"),
    ),
    Op(
        "ind-38",
        "independent",
        "deposit + strict rules, says she is independent explicitly",
        (
            D(
                "100% INDÉPENDANTE - Catherine, Villeray",
                "Catherine, 39 ans. Je suis 100% indépendante, pas d'agence, pas de chauffeur, "
                "pas de pimp. Je choisis mes clients. Dépôt requis pour tout premier "
                "rendez-vous. Pas de textos vulgaires. 200$/h. {phone}",
                age="39",
                name="Catherine",
            ),
        ),
        posts=5,
        phones=(P(514, 39),),
        cities=("Villeray", "Montréal"),
    ),
    Op(
        "ind-39",
        "independent",
        "Trois-Rivières local, touring Québec occasionally",
        (
            D(
                "Mélissa 28 ans - {city}",
                "Mélissa, 28 ans, à {city} cette semaine. Reçois à l'hôtel. 180/h. {phone}",
                age="28",
                name="Mélissa",
            ),
        ),
        posts=6,
        phones=(P(819, 40),),
        cities=("Trois-Rivières", "Québec", "Trois-Rivières"),
        tour=True,
    ),
    Op(
        "ind-40",
        "independent",
        "number split with stars, Rive-Nord, 30",
        (
            D(
                "Rousse naturelle - Blainville",
                "Rousse naturelle de 30 ans, Audrey. Blainville. Appelle au {phone}.",
                age="30",
                name="Audrey",
                phone_in_contact=False,
            ),
        ),
        posts=5,
        phones=(P(450, 41),),
        cities=("Blainville",),
        style="split",
    ),
    Op(
        "ind-41",
        "independent",
        "two work names on two sites, one phone",
        (
            D(
                "Sabrina - blonde bombshell (Mtl)",
                "Sabrina, 29. Downtown incall. {phone}",
                age="29",
                name="Sabrina",
            ),
            D(
                "Alexa 29 - fun & naughty",
                "Alexa here! Fun, naughty, downtown. {phone}",
                age="29",
                name="Alexa",
            ),
        ),
        posts=8,
        phones=(P(514, 42),),
        cities=("Montréal", "Centre-Ville"),
        sources=("nuitmtl", "quickpix"),
    ),
    Op(
        "ind-42",
        "independent",
        "Middle-Eastern, English, Toronto North York, one phone",
        (
            D(
                "Exotic Persian beauty Yasmin - North York",
                "Yasmin, 31, Persian, long dark hair. Elegant and discreet. North York condo "
                "incall. 250/hr. Text only {phone}",
                age="31",
                name="Yasmin",
            ),
        ),
        posts=5,
        phones=(P(416, 43),),
        cities=("Toronto", "North York"),
        sources=("sixix",),
    ),
    Op(
        "ind-43",
        "independent",
        "'fresh' 'new' 19, says so, Ottawa student",
        (
            D(
                "Fresh face 19 y/o uOttawa student 💕 Brittany",
                "Hi! Brittany, 19, first year at uni. Fresh & new to this, so please be patient "
                "and respectful. Incall Sandy Hill only, I ask for ID. 220/h. {phone}",
                age="19",
                name="Brittany",
            ),
        ),
        posts=5,
        phones=(P(613, 44),),
        cities=("Ottawa",),
        sources=("capitalboard",),
    ),
    Op(
        "ind-44",
        "independent",
        "posts from two cities at once (Montréal + Laval), one phone",
        (
            D(
                "Inès - massage érotique - {city}",
                "Inès 32 ans. Massage érotique à {city}. 1h 160$. {phone}",
                age="32",
                name="Inès",
            ),
        ),
        posts=8,
        phones=(P(438, 45),),
        cities=("Montréal", "Laval"),
        sources=("massagebook",),
    ),
    Op(
        "ind-45",
        "independent",
        "French, older poster, number in contact field only",
        (
            D(
                "Dame distinguée - Westmount",
                "Dame distinguée, 50 ans, pour messieurs courtois. Sur rendez-vous seulement.",
                age="50",
                name="",
            ),
        ),
        posts=4,
        phones=(P(514, 46),),
        cities=("Westmount",),
    ),
)

DUOS: tuple[Op, ...] = (
    Op(
        "duo-01",
        "duo",
        "two friends, one ad, both names, each her own phone in the text",
        (
            D(
                "Duo Jasmine & Karine 👯 Plateau",
                "Jasmine (28) et Karine (31), deux amies complices. Duo 400$/h, ou chacune solo. "
                "Jasmine {phone} · Karine 514-555-0148",
                age="28",
                name="Jasmine",
            ),
        ),
        posts=7,
        phones=(P(514, 47), P(514, 48)),
        phone_mode="one",
        cities=("Plateau",),
    ),
    Op(
        "duo-02",
        "duo",
        "sisters-style duo (not real sisters), English, Toronto, one phone",
        (
            D(
                "'Sisters' duo ❤️ Tiffany & Tara - Toronto",
                "Not really sisters but we look it 😉 Tiffany 27 & Tara 26, blonde duo, "
                "bi-curious. Duo 500/hr, solo 250. Incall Liberty Village. {phone}",
                age="26",
                name="Tiffany",
            ),
        ),
        posts=6,
        phones=(P(416, 49),),
        cities=("Toronto",),
        sources=("sixix",),
    ),
    Op(
        "duo-03",
        "duo",
        "mother-daughter-age gap roleplay duo (both adults), Laval",
        (
            D(
                "Duo cougar + jeune 💋 Laval",
                "Sylvie 46 ans et son amie Kelly 24 ans. Duo sensuel, lesbien soft. "
                "450$/h. Chez Sylvie à Laval. {phone}",
                age="24",
                name="Sylvie",
            ),
        ),
        posts=6,
        phones=(P(450, 50),),
        cities=("Laval",),
    ),
    Op(
        "duo-04",
        "duo",
        "two students touring Ottawa-Gatineau together, one shared phone",
        (
            D(
                "2 students touring 🎒 {city} - Amy & Jess",
                "Hey! Amy (21) & Jess (22), two uni friends on a little trip to {city}. Solo or "
                "duo. 220 solo / 420 duo. Text {phone} with your name pls",
                age="21",
                name="Amy",
            ),
        ),
        posts=6,
        phones=(P(438, 51),),
        cities=("Ottawa", "Gatineau"),
        tour=True,
        sources=("capitalboard",),
    ),
    Op(
        "duo-05",
        "duo",
        "two independents, separate ads, each links the other's phone",
        (
            D(
                "Coralie 25 - duo possible avec Lou",
                "Coralie 25 ans, Rosemont. Duo possible avec Lou (438-555-0153). Moi : {phone}",
                age="25",
                name="Coralie",
            ),
            D(
                "Lou 27 - duo avec Coralie 💞",
                "Lou, 27, Rosemont. Solo ou duo avec Coralie. Moi {phone}, elle 514-555-0152",
                age="27",
                name="Lou",
            ),
        ),
        posts=8,
        phones=(P(514, 52), P(438, 53)),
        phone_mode="rotate",
        cities=("Rosemont", "Montréal"),
    ),
    Op(
        "duo-06",
        "duo",
        "couple (man + woman) offering to couples/men, email",
        (
            D(
                "Couple libertin cherche... / hotwife Laurie",
                "Couple dans la trentaine, Laurie 33 et Marc 36. Rencontres payantes, Marc "
                "reste ou part selon ce que vous voulez. Courriel: laurie.marc@mail.example",
                age="33",
                name="Laurie",
                email="laurie.marc@mail.example",
                phone_in_contact=False,
            ),
        ),
        posts=4,
        phones=(P(450, 54),),
        cities=("Longueuil", "Rive-Sud"),
    ),
)

AGENCIES: tuple[Op, ...] = (
    Op(
        "ag-01",
        "agency",
        "upscale agency, many named women, booking line, rates table",
        (
            D(
                "Velours Escorts - Kate, 27 - booking open",
                "Velours Escorts presents Kate, 27, brunette, 5'7. Available today 2pm-2am. "
                "1h 300$ · 2h 550$ · overnight on request. Booking: {phone} or "
                "bookings@velours.example. Discreet, bilingual receptionists.",
                age="27",
                name="Kate",
                email="bookings@velours.example",
            ),
            D(
                "Velours Escorts - Naomie, 24",
                "Velours Escorts présente Naomie, 24 ans, blonde. Disponible aujourd'hui. "
                "1h 300$. Réservations : {phone} / bookings@velours.example",
                age="24",
                name="Naomie",
                email="bookings@velours.example",
            ),
            D(
                "Velours Escorts - Ariane, 33",
                "Velours Escorts presents Ariane, 33, elegant redhead. Dinner dates welcome. "
                "1h 300$. Booking {phone}.",
                age="33",
                name="Ariane",
                email="bookings@velours.example",
            ),
        ),
        posts=15,
        phones=(P(514, 55),),
        cities=("Centre-Ville", "Montréal"),
        sources=("nuitmtl", "quickpix"),
    ),
    Op(
        "ag-02",
        "agency",
        "Ottawa agency, English, 'our ladies set their own hours'",
        (
            D(
                "Capital Companions - meet Tessa",
                "Capital Companions: Tessa, 30. Our ladies are independent contractors who set "
                "their own schedules and keep the majority of their rate. 280/hr. Call {phone}.",
                age="30",
                name="Tessa",
            ),
            D(
                "Capital Companions - meet Rhiannon",
                "Capital Companions: Rhiannon, 26, new to our roster. 280/hr. Call {phone}.",
                age="26",
                name="Rhiannon",
            ),
        ),
        posts=10,
        phones=(P(613, 56),),
        cities=("Ottawa",),
        sources=("capitalboard",),
    ),
    Op(
        "ag-03",
        "agency",
        "massage studio with licences, staff list, reasonable prices",
        (
            D(
                "Studio Zen Détente - massothérapeutes",
                "Studio Zen Détente, Saint-Laurent. Massage suédois, californien, détente. "
                "Équipe de 4 massothérapeutes. 60 min 90$. Reçus disponibles. Ouvert 10h-21h. "
                "{phone}",
                name="",
            ),
        ),
        posts=8,
        phones=(P(514, 57),),
        cities=("Saint-Laurent",),
        sources=("massagebook",),
    ),
    Op(
        "ag-04",
        "agency",
        "Toronto escort agency with website, drivers for outcall",
        (
            D(
                "Maple Elite Escorts ★ outcall GTA ★ new models weekly",
                "Maple Elite Escorts - outcall across the GTA. Our driver brings your companion "
                "to your hotel. Models 21-35. 260/hr incl. travel. Call or text {phone}.",
                name="",
            ),
        ),
        posts=9,
        phones=(P(416, 58),),
        cities=("Toronto",),
        sources=("sixix",),
    ),
    Op(
        "ag-05",
        "agency",
        "Québec agency, French, booker writes, several women",
        (
            D(
                "Agence Boréale - Roxane 29 ans",
                "Agence Boréale vous présente Roxane, 29 ans. Disponible ce soir à Québec. "
                "Prix 240$/h. Réservez au {phone}.",
                age="29",
                name="Roxane",
            ),
            D(
                "Agence Boréale - Justine 23 ans",
                "Agence Boréale vous présente Justine, 23 ans, nouvelle. Ce soir à Québec. "
                "240$/h. {phone}",
                age="23",
                name="Justine",
            ),
        ),
        posts=10,
        phones=(P(418, 59),),
        cities=("Québec",),
    ),
    Op(
        "ag-06",
        "agency",
        "small Laval agency, franglais, 3 girls, tours Montréal",
        (
            D(
                "VIP Laval Girls 💎 Candice",
                "VIP Laval Girls 💎 Candice 25 yo, blonde. Incall Laval ou outcall MTL +30$. "
                "{phone}",
                age="25",
                name="Candice",
            ),
            D(
                "VIP Laval Girls 💎 Marilou",
                "VIP Laval Girls 💎 Marilou 28 ans. Incall Laval. {phone}",
                age="28",
                name="Marilou",
            ),
            D(
                "VIP Laval Girls 💎 Tanya",
                "VIP Laval Girls 💎 Tanya 31, Russian. Incall Laval / outcall. {phone}",
                age="31",
                name="Tanya",
            ),
        ),
        posts=9,
        phones=(P(450, 60),),
        cities=("Laval", "Montréal"),
        sources=("quickpix",),
    ),
)

THIRD_PARTIES: tuple[Op, ...] = (
    Op(
        "tp-01",
        "third_party",
        "one template, fake first person, burner per week, new name each week, circuit",
        (
            D(
                "NEW GIRL {city} ♥ Jessica 21 ♥ 100% real",
                "Hi I'm Jessica 21 y/o sweet & sexy girl. New in {city} only few days!! In call "
                "hotel, 100% real pics. No police no black. Call me {phone} ♥ 24/7",
                age="21",
                name="Jessica",
            ),
            D(
                "NEW GIRL {city} ♥ Vanessa 20 ♥ 100% real",
                "Hi I'm Vanessa 20 y/o sweet & sexy girl. New in {city} only few days!! In call "
                "hotel, 100% real pics. No police no black. Call me {phone} ♥ 24/7",
                age="20",
                name="Vanessa",
            ),
            D(
                "NEW GIRL {city} ♥ Mia 22 ♥ 100% real",
                "Hi I'm Mia 22 y/o sweet & sexy girl. New in {city} only few days!! In call "
                "hotel, 100% real pics. No police no black. Call me {phone} ♥ 24/7",
                age="22",
                name="Mia",
            ),
        ),
        posts=12,
        phones=(P(438, 61), P(438, 62), P(514, 63), P(613, 64)),
        phone_mode="rotate",
        cities=("Montréal", "Laval", "Ottawa", "Toronto"),
        tour=True,
        sources=("nuitmtl", "quickpix", "capitalboard"),
    ),
    Op(
        "tp-02",
        "third_party",
        "one phone runs several women, writer says 'my girls'",
        (
            D(
                "Girls available now - Longueuil hotel",
                "I have 3 girls available now: Destiny 22, Kiara 20, Ambre 24. Pick the one you "
                "want, I send pics by text. 120 half hour, no outcall. Text {phone}",
                age="20",
                name="Kiara",
            ),
            D(
                "2 filles dispo maintenant - Longueuil",
                "Kiara et Ambre dispo tout de suite, motel boul. Taschereau. 100 la demi. "
                "Textez-moi {phone}, je vous envoie l'adresse",
                age="20",
                name="Kiara",
            ),
        ),
        posts=10,
        phones=(P(450, 65),),
        cities=("Longueuil", "Rive-Sud"),
    ),
    Op(
        "tp-03",
        "third_party",
        "MINOR: posted as 18 with coded words, burners, hotels",
        (
            D(
                "🍭 Fresh 18 new girl - tiny & innocent 🍭",
                "New girl Candy 18 🍭 very tiny very young looking, first week ever. "
                "Sweet and shy, does what you like. Hotel near airport. Ask for Candy {phone} "
                "text only, dont ask for ID",
                age="18",
                name="Candy",
                minor=True,
            ),
            D(
                "🍭 Candy 18 back - schoolgirl look",
                "Candy 🍭 18 petite schoolgirl look, braces, new new new. No rush. 150 hr no "
                "condom extra. {phone}",
                age="18",
                name="Candy",
                minor=True,
            ),
        ),
        posts=9,
        phones=(P(514, 66), P(438, 67), P(514, 68)),
        phone_mode="rotate",
        cities=("Dorval", "Montréal", "Laval"),
        minor=True,
        sources=("quickpix", "nuitmtl"),
    ),
    Op(
        "tp-04",
        "third_party",
        "foreign women, 'call manager', no language, moved weekly",
        (
            D(
                "Beautiful Brazilian girls new arrive {city}",
                "New arrive from Brazil! Very beautiful girls, no speak english only little. "
                "Call manager for booking {phone}. 24 hour open. Cheap price 80 half.",
                name="",
            ),
        ),
        posts=10,
        phones=(P(647, 69),),
        cities=("Toronto", "Ottawa", "Montréal", "Toronto"),
        tour=True,
        sources=("sixix", "capitalboard", "nuitmtl"),
    ),
    Op(
        "tp-05",
        "third_party",
        "MINOR: 'jeune fraîche 18', ne parle pas, rotated burners",
        (
            D(
                "Jeune fraîche 18 ans 🍒 nouvelle en ville",
                "Jeune fraîche 18 ans, toute nouvelle, c'est sa première fois. Petite, timide, "
                "parle pas beaucoup. Disponible jour et nuit chez nous. Appelle {phone} "
                "demande pour Lili",
                age="18",
                name="Lili",
                minor=True,
            ),
            D(
                "Lili 18 🍒 jamais vue",
                "Lili 18 🍒 jamais vue ici, petite petite. Ouverte à tout, sans limite. "
                "80$ la demi. {phone}",
                age="18",
                name="Lili",
                minor=True,
            ),
        ),
        posts=8,
        phones=(P(438, 70), P(514, 71), P(450, 72), P(438, 73)),
        phone_mode="rotate",
        cities=("Montréal-Nord", "Montréal", "Laval"),
        minor=True,
    ),
    Op(
        "tp-06",
        "third_party",
        "fake first person; 'my friend drives me', cash to driver",
        (
            D(
                "Sexy Chanel 23 - outcall only 🚗",
                "Hey its Chanel 23 😘 outcall only, my friend drives me to you anywhere MTL/Laval. "
                "Pay him at the door before. 200 hr. Text {phone}",
                age="23",
                name="Chanel",
            ),
            D(
                "Chanel 23 outcall 🚗 ce soir",
                "Chanel 23, outcall seulement, mon chauffeur m'amène. Paiement au chauffeur. "
                "{phone}",
                age="23",
                name="Chanel",
            ),
        ),
        posts=9,
        phones=(P(514, 74), P(438, 75)),
        phone_mode="switch",
        cities=("Montréal", "Laval"),
    ),
    Op(
        "tp-07",
        "third_party",
        "MINOR: snapchat line, several girls, car dates, 'young'",
        (
            D(
                "young fun girls 18+ 😜 car dates",
                "young fun girls 18+ for car dates, we come to you. Brianna 18, Kayleigh 19, "
                "new one this week 🆕 very young looking. Add snap: yungfun.mtl",
                age="18",
                name="Brianna",
                handle="yungfun.mtl",
                minor=True,
                phone_in_contact=False,
            ),
            D(
                "Kayleigh 19 😜 car date 60",
                "Kayleigh 19 car date 60 / hh 120. We come to you. snap yungfun.mtl",
                age="19",
                name="Kayleigh",
                handle="yungfun.mtl",
                phone_in_contact=False,
            ),
        ),
        posts=8,
        phones=(P(514, 76),),
        cities=("Montréal", "Saint-Léonard", "Anjou"),
        minor=True,
        sources=("quickpix",),
    ),
    Op(
        "tp-08",
        "third_party",
        "Asian women moved on a Toronto-Ottawa-Montréal circuit, same line",
        (
            D(
                "New Asian girl 🌸 {city} 1st week",
                "New Asian girl just arrive {city} 🌸 young, pretty, good service, shower "
                "together. Hotel incall. 7 day 10am-3am. {phone}",
                age="22",
                name="",
            ),
            D(
                "Sweet Korean girl {city} ❤️ new",
                "Sweet Korean girl new {city} ❤️ GFE massage good service. 7 day. {phone}",
                age="23",
                name="",
            ),
        ),
        posts=12,
        phones=(P(416, 77),),
        cities=("Toronto", "Ottawa", "Montréal", "Québec"),
        tour=True,
        sources=("sixix", "capitalboard", "nuitmtl"),
    ),
    Op(
        "tp-09",
        "third_party",
        "Eastern European women, same template, new burner every post",
        (
            D(
                "Russian blonde Alina 24 - new this week",
                "Alina 24, from Ukraine, blonde model, new this week in Montréal. "
                "Limited time! Incall downtown apartment. Call {phone} only calls.",
                age="24",
                name="Alina",
            ),
            D(
                "Russian blonde Oksana 22 - new this week",
                "Oksana 22, from Moldova, blonde model, new this week in Montréal. "
                "Limited time! Incall downtown apartment. Call {phone} only calls.",
                age="22",
                name="Oksana",
            ),
        ),
        posts=10,
        phones=tuple(
            P(npa, 78 + i)
            for i, npa in enumerate((514, 438, 514, 438, 514, 438, 514, 438, 514, 438))
        ),
        phone_mode="rotate",
        cities=("Centre-Ville", "Montréal"),
    ),
    Op(
        "tp-10",
        "third_party",
        "MINOR: Gatineau/Ottawa, 'barely 18', 't33n' spelling, 'she'",
        (
            D(
                "barely 18 🍓 t33n looking - Gatineau",
                "She is barely 18, t33n looking, fresh & never seen before. Shy, new to this. "
                "She stays with us, available anytime. Hull area. Text {phone} for her",
                age="18",
                name="",
                minor=True,
            ),
            D(
                "Petite Ashlee 🍓 18 - Ottawa Vanier",
                "Ashlee 18 🍓 petite, young, first week. No limits, 100 hh. "
                "Motel Vanier. Text {phone}",
                age="18",
                name="Ashlee",
                minor=True,
            ),
        ),
        posts=8,
        phones=(P(819, 88), P(613, 89)),
        phone_mode="rotate",
        cities=("Gatineau", "Ottawa"),
        minor=True,
        sources=("capitalboard",),
    ),
    Op(
        "tp-11",
        "third_party",
        "identical first-person text under several names, one phone",
        (
            D(
                "Sexy Kim 💋 Laval",
                "Salut c'est Kim, je suis une fille coquine qui aime "
                "faire plaisir. Dispo 24h. Laval motel. {phone}",
                age="21",
                name="Kim",
            ),
            D(
                "Sexy Maya 💋 Laval",
                "Salut c'est Maya, je suis une fille coquine qui aime "
                "faire plaisir. Dispo 24h. Laval motel. {phone}",
                age="20",
                name="Maya",
            ),
            D(
                "Sexy Rosalie 💋 Longueuil",
                "Salut c'est Rosalie, je suis une fille coquine qui "
                "aime faire plaisir. Dispo 24h. Longueuil motel. {phone}",
                age="22",
                name="Rosalie",
            ),
        ),
        posts=12,
        phones=(P(450, 90),),
        cities=("Laval", "Longueuil"),
    ),
    Op(
        "tp-12",
        "third_party",
        "'no limits, bareback, bring friends' at low prices, manager",
        (
            D(
                "Party girls 🎉 no limit - bring friends",
                "Party girls, no limits, BBFS ok, groups welcome bring your friends. 2 girls "
                "available, hotel Dorval. Low price 100. Manager answers {phone}",
                age="21",
                name="",
            ),
        ),
        posts=7,
        phones=(P(514, 91),),
        cities=("Dorval", "Montréal"),
        sources=("quickpix", "nuitmtl"),
    ),
)

VENUES: tuple[Op, ...] = (
    Op(
        "v-01",
        "exploitative_venue",
        "massage parlour, rotating new Asian girls, very low price",
        (
            D(
                "Relaxation Lotus ✿ NEW GIRLS every week",
                "Relaxation Lotus - Saint-Hubert. New young Asian girls every week! Table "
                "shower, body massage. 40$ / 30 min. Open 9am-2am 7/7. Walk-in welcome. {phone}",
                name="",
            ),
            D(
                "Lotus ✿ 3 nouvelles filles cette semaine",
                "Salon Lotus : 3 nouvelles filles cette semaine, jeunes et jolies. 40$ 30 min. "
                "Ouvert 9h à 2h, 7 jours. {phone}",
                name="",
            ),
        ),
        posts=10,
        phones=(P(450, 92),),
        cities=("Longueuil", "Saint-Hubert"),
        sources=("massagebook",),
    ),
    Op(
        "v-02",
        "exploitative_venue",
        "'spa' with live-in hints: girls always on site, 24h",
        (
            D(
                "Spa Oasis Laval - ouvert 24h 🌙",
                "Spa Oasis : nos filles habitent sur place, toujours disponibles 24h/24. "
                "Nouvelles arrivées régulières. Massage + extra. 60$ la demi. {phone}",
                name="",
            ),
        ),
        posts=8,
        phones=(P(450, 93),),
        cities=("Laval",),
        sources=("massagebook", "nuitmtl"),
    ),
    Op(
        "v-03",
        "exploitative_venue",
        "MINOR: salon with 'très jeunes' and a new 18 each week",
        (
            D(
                "Salon Perle - nouvelle de 18 ans 🆕",
                "Salon Perle, Montréal-Nord. Cette semaine : une nouvelle de 18 ans, très jeune, "
                "première expérience. Aussi Tina et Jenny. 50$ 30 min. Sans rendez-vous. {phone}",
                age="18",
                name="",
                minor=True,
            ),
            D(
                "Salon Perle - filles asiatiques",
                "Salon Perle, massage complet, filles asiatiques jeunes. Ouvert tard. 50$. {phone}",
                name="",
            ),
        ),
        posts=8,
        phones=(P(514, 94),),
        cities=("Montréal-Nord", "Montréal"),
        minor=True,
        sources=("massagebook",),
    ),
    Op(
        "v-04",
        "exploitative_venue",
        "Toronto 'holistic spa', new staff weekly, open late",
        (
            D(
                "Golden Touch Holistic Spa - new staff",
                "Golden Touch Holistic Spa. New staff weekly, young attendants. Nuru, "
                "shower, body slide. 60/half. Open till 4am. Parking at rear. {phone}",
                name="",
            ),
        ),
        posts=9,
        phones=(P(416, 95),),
        cities=("Toronto", "Scarborough"),
        sources=("sixix",),
    ),
    Op(
        "v-05",
        "exploitative_venue",
        "Ottawa body rub, young attendants, 24 hours, cheap",
        (
            D(
                "Jade Palace body rub ☆ young attendants ☆ 24 hours",
                "Jade Palace ☆ body rub, young Asian attendants, always new. 24 hours 7 days. "
                "50 half hour. Staff live nearby, always ready. {phone}",
                name="",
            ),
        ),
        posts=8,
        phones=(P(613, 96),),
        cities=("Ottawa",),
        sources=("capitalboard",),
    ),
)

OPS: tuple[Op, ...] = INDEPENDENTS + DUOS + AGENCIES + THIRD_PARTIES + VENUES


if __name__ == "__main__":
    write()
