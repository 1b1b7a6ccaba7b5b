"""Builds the second *blind* hand-written market (``ads.jsonl`` and ``truth.jsonl`` here).

Written in round 9 by an engineer who had not read the indicators, the scoring, the linking,
the generator or the other hand-written markets: its first measurement (``FIRST_RUN.txt``) is
an out-of-sample figure. Every text is a literal below, written from general knowledge of how
escort and massage ads read in Montréal, Laval, Longueuil and on the usual touring stops
(Québec, Gatineau/Ottawa, Toronto). Names, venues and sites are invented; every phone number
is a fictional NPA-555-01XX number.

An operator is a list of *blocks*: a block is one ad text (title, body, contact fields...)
posted ``n`` times; a repost gets a small deterministic edit (a bump word, an emoji, a line
about tonight). Blocks are posted one after another, or interleaved (``interleave=True``,
several women advertised at the same time). The dates run over about seven weeks from
2026-08-03. Ad ids are a hash of (operator, position): stable when texts are edited.

    python tests/score/data/blind2/build_blind2.py      # rewrites ads.jsonl and truth.jsonl
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
SEED = 20260803
START = datetime(2026, 8, 3, 9, 0)

Block = dict[str, Any]


@dataclass(frozen=True)
class Op:
    """One operator: who it really is (kind, minor, note) and the ads it posts."""

    oid: str
    kind: str  # independent | duo | agency | third_party | exploitative_venue
    note: str
    blocks: tuple[Block, ...]
    base: Block = field(default_factory=dict)  # defaults for every block (source, city, phone)
    minor: bool = False
    interleave: bool = False
    days: int = 49  # how long it advertises
    lang: str = "fr"  # picks the bump words of reposts


# Small realistic edits of a repost: a bump word in the title, a line at the end of the body.
BUMP_TITLE = {
    "fr": ["", "", "✨ ", "DE RETOUR - ", "Dispo ", "💋 ", "NOUVELLES PHOTOS "],
    "en": ["", "", "✨ ", "BACK - ", "Available now ", "💋 ", "NEW PICS "],
    "mix": ["", "", "✨ ", "BACK ", "Dispo now ", "🔥 ", "NEW PICS "],
}
BUMP_BODY = {
    "fr": ["", "", "\nDispo ce soir 😘", "\nDispo maintenant.", " 💋", "\nDernière journée"],
    "en": ["", "", "\nAvailable tonight 😘", "\nAvailable now.", " 💋", "\nLast day this week"],
    "mix": ["", "", "\nDispo tonight 😘", "\nAvailable now!!", " 💋", "\nDispo ce soir xx"],
}


def _ad_id(oid: str, i: int) -> str:
    return hashlib.sha1(f"blind2|{oid}|{i}".encode()).hexdigest()[:10]


def _order(op: Op) -> list[tuple[int, Block]]:
    """The blocks, repeated ``n`` times each, in posting order (block index kept)."""
    runs = [[(k, b)] * int(b.get("n", 1)) for k, b in enumerate(op.blocks)]
    if not op.interleave:
        return [x for run in runs for x in run]
    out: list[tuple[int, Block]] = []
    longest = max(len(r) for r in runs)
    for i in range(longest):
        for run in runs:
            if i < len(run):
                out.append(run[i])
    return out


def _ads_of(op: Op) -> tuple[list[dict[str, Any]], list[list[str]], list[list[str]]]:
    rng = random.Random(f"{SEED}|{op.oid}")
    order = _order(op)
    offset = rng.randint(0, max(0, 56 - op.days))
    step = op.days / max(1, len(order))
    seen: dict[int, int] = {}
    ads: list[dict[str, Any]] = []
    keys: list[list[str]] = []
    minor_keys: list[list[str]] = []
    for i, (k, block) in enumerate(order):
        b = {**op.base, **block}
        repost = seen.get(k, 0)
        seen[k] = repost + 1
        title = str(b.get("t", ""))
        body = str(b.get("b", ""))
        if repost and not b.get("verbatim"):
            lang = op.lang
            title = rng.choice(BUMP_TITLE[lang]) + title
            body = body + rng.choice(BUMP_BODY[lang])
        when = START + timedelta(
            days=offset + i * step, hours=rng.randint(0, 13), minutes=rng.randint(0, 59)
        )
        stamp = when.strftime("%Y-%m-%dT%H:%M:00")
        if rng.random() < 0.5:
            stamp += "-04:00"
        ad: dict[str, Any] = {
            "ad_id": _ad_id(op.oid, i),
            "source": b["s"],
            "posted_at": stamp,
        }
        if b["s"] == "capital-listings":  # this site delivers its bodies as HTML
            body = body.replace("&", "&amp;").replace("\n", "<br>")
        if b["s"] == "escortfeed":
            ad["url"] = f"https://escortfeed.example/ad/{ad['ad_id']}"
        if title:
            ad["title"] = title
        if body:
            ad["body"] = body
        if b.get("c"):
            ad["city"] = b["c"]
        contact = {
            name: b[short]
            for short, name in (("p", "phone"), ("e", "email"), ("h", "handle"))
            if b.get(short)
        }
        if contact:
            ad["contact"] = contact
        if b.get("a") is not None:
            # this site's form sends the age as text
            ad["age"] = str(b["a"]) if b["s"] == "petitesannonces" else b["a"]
        ads.append(ad)
        keys.append([ad["source"], ad["ad_id"]])
        if b.get("minor"):
            minor_keys.append([ad["source"], ad["ad_id"]])
    return ads, keys, minor_keys


def build(ops: tuple[Op, ...] | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every ad (sorted by date, then id) and every operator's truth line."""
    ops = ops if ops is not None else OPS
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for op in ops:
        its, keys, minor_keys = _ads_of(op)
        ads.extend(its)
        truth.append(
            {
                "operator_id": op.oid,
                "kind": op.kind,
                "minor": op.minor,
                "ads": keys,
                "minor_ads": minor_keys,
                "note": op.note,
            }
        )
    ads.sort(key=lambda a: (a["posted_at"][:16], a["ad_id"]))
    return ads, truth


def _check(ops: tuple[Op, ...]) -> None:
    """Sanity: ids unique, kinds known, a minor operator has minor ads, phones not shared."""
    kinds = {"independent", "duo", "agency", "third_party", "exploitative_venue"}
    ids = [op.oid for op in ops]
    assert len(ids) == len(set(ids)), "operator ids repeat"
    owner: dict[str, str] = {}
    for op in ops:
        assert op.kind in kinds, op.oid
        assert op.minor == any(b.get("minor") for b in op.blocks), op.oid
        for b in op.blocks:
            phone = {**op.base, **b}.get("p")
            if phone:
                digits = "".join(ch for ch in str(phone) if ch.isdigit())[-10:]
                if digits:
                    assert owner.setdefault(digits, op.oid) == op.oid, (phone, op.oid)


def write(ops: tuple[Op, ...] | None = None, where: Path = HERE) -> None:
    """Rewrite ``ads.jsonl`` and ``truth.jsonl`` in ``where``."""
    ops = ops if ops is not None else OPS
    _check(ops)
    ads, truth = build(ops)
    for name, rows in (("ads.jsonl", ads), ("truth.jsonl", truth)):
        with (where / name).open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------------------------
# Independent adult workers (solo)
# --------------------------------------------------------------------------------------------

SOLO: list[Op] = [
    Op(
        "b2-i01",
        "independent",
        "Plateau incall, first person, screening, one phone",
        (
            {
                "n": 5,
                "t": "Camille 💋 Plateau – incall discret",
                "b": "Bonsoir messieurs, moi c'est Camille, 27 ans, brune aux yeux verts. Je "
                "reçois "
                "dans mon appart tout près du métro Mont-Royal. Je prends le temps, pas de "
                "chrono. Premier contact par texto svp avec ton prénom et l'heure voulue. "
                "Pas de numéro masqué.\n30 min 140 / 1h 220",
            },
            {
                "n": 3,
                "t": "Camille - Plateau, appart privé",
                "b": "Moi c'est Camille (27). Appart propre et discret près de Mont-Royal. Texto "
                "seulement au début: prénom + heure. Je réponds vite entre 11h et 23h.\n"
                "1h 220 / 90 min 300",
            },
        ),
        base={"s": "rougeboard", "c": "Montréal", "p": "514-555-0101", "a": 27},
    ),
    Op(
        "b2-i02",
        "independent",
        "Ottawa Centretown, long rules, e-transfer deposit, email",
        (
            {
                "n": 4,
                "t": "Natalie | Centretown | upscale & unhurried",
                "b": "Hi gentlemen, I'm Natalie: 31, a tall redhead, a nurse in another life. I "
                "host "
                "in a quiet Centretown condo and offer outcall to the Westin and the Château.\n\n"
                "Booking: e-mail me at least 3 hours ahead with your name, the date, the length "
                "and one reference from a provider you've seen, or your LinkedIn. First dates "
                "need a 20% e-transfer deposit, refunded if I cancel.\n\nRates: 1h 300, 2h 550, "
                "dinner date 900. No haggling, no bare, no drama.",
                "e": "natalie.ottawa.companion@example.net",
            },
            {
                "n": 2,
                "t": "Natalie - Centretown - limited availability this week",
                "b": "Natalie here (31). Only Thursday and Friday evenings open this week. The "
                "usual "
                "rules apply: screening by e-mail, deposit for first dates. Rates in my older "
                "ads. x",
                "e": "natalie.ottawa.companion@example.net",
            },
        ),
        base={"s": "capital-listings", "c": "Ottawa", "p": "(613) 555-0102"},
        lang="en",
    ),
    Op(
        "b2-i03",
        "independent",
        "Laval, petite, franglais, 'new' on the site not in town",
        (
            {
                "n": 5,
                "t": "Petite Jade 5'0 🌸 Laval (Chomedey)",
                "b": "Hey hey 👋 Jade ici, petite 5 pieds, 24 ans, super souriante. Nouvelle "
                "sur le site mais pas nouvelle à Laval lol. Incall Chomedey, parking gratuit. "
                "Text me avant de venir, I don't answer calls. Pas de negotiation svp 🙏",
            },
        ),
        base={"s": "rougeboard", "c": "Laval", "p": "450 555 0103", "a": 24},
        lang="mix",
    ),
    Op(
        "b2-i04",
        "independent",
        "Toronto-based, tours Montréal twice, email + same phone",
        (
            {
                "n": 3,
                "t": "Sienna • Yorkville • GFE",
                "c": "Toronto",
                "b": "Sienna, 29, Toronto based. Warm, well-read, a little nerdy. Incall near Bay "
                "station, outcall to hotels. Rates and screening on request: "
                "sienna.companion@example.org or text 416-555-0104.",
            },
            {
                "n": 2,
                "t": "Sienna visiting MONTREAL Aug 20-23 ✈️",
                "c": "Montréal",
                "b": "Montreal friends! I'm back in your city Aug 20-23, downtown hotel near Peel. "
                "Pre-book by e-mail, a few spots left. Same number 416-555-0104 (Toronto "
                "number, don't worry it's me). Je parle un peu français 😊",
            },
            {
                "n": 2,
                "t": "Sienna • Toronto • back home",
                "c": "Toronto",
                "b": "Back home after my Montreal trip. Sienna, 29. Incall Bay st. Screening "
                "required. sienna.companion@example.org",
            },
        ),
        base={"s": "escortfeed", "p": "4165550104", "e": "sienna.companion@example.org"},
        lang="en",
    ),
    Op(
        "b2-i05",
        "independent",
        "Longueuil relaxation massage, no extras, French",
        (
            {
                "n": 4,
                "t": "Massage détente à Longueuil (Vieux-Longueuil)",
                "b": "Massothérapeute de formation, je vous offre un massage suédois ou aux huiles "
                "chaudes dans un espace calme. Pas de services sexuels, inutile de demander. "
                "60 min 90$, 90 min 120$. Sur rendez-vous du lundi au samedi. Sylvie.",
            },
        ),
        base={"s": "massagesqc", "c": "Longueuil", "p": "450-555-0105"},
    ),
    Op(
        "b2-i06",
        "independent",
        "19-year-old student, says so, number in words",
        (
            {
                "n": 4,
                "t": "Étudiante 19 ans 📚 Côte-des-Neiges",
                "b": "Allo! Léa, 19 ans, étudiante au cégep. Je travaille quelques soirs par "
                "semaine "
                "pour payer mes études. Incall chez moi près du métro Côte-des-Neiges. "
                "Mon numéro (écrit en lettres à cause des robots): quatre trois huit, cinq "
                "cinq cinq, zéro un zéro six. Texto seulement, je suis en cours le jour.",
            },
            {
                "n": 2,
                "t": "Léa 19 - soirs seulement",
                "b": "Léa, 19 ans, encore dispo quelques soirs cette semaine. quatre 3 huit - 555 "
                "- "
                "zéro un zéro six. Texto svp, je réponds après 17h. Pas de photos envoyées.",
            },
        ),
        base={"s": "petitesannonces", "c": "Montréal", "a": 19},
    ),
    Op(
        "b2-i07",
        "independent",
        "third-person style, Westmount outcall, email bookings",
        (
            {
                "n": 5,
                "t": "Mia — refined companionship (Westmount / downtown)",
                "b": "Mia is a sophisticated brunette in her early thirties. She enjoys wine, long "
                "conversations and unhurried encounters. Mia offers outcall only, to downtown "
                "hotels and private residences in Westmount and Outremont. She asks new friends "
                "to introduce themselves by e-mail with references. She does not reply to "
                "blocked numbers.\n\n2 hours 700 · overnight on request",
            },
        ),
        base={
            "s": "escortfeed",
            "c": "Montreal",
            "p": "514-555-0107",
            "e": "mia.montreal@example.com",
            "a": 32,
        },
        lang="en",
    ),
    Op(
        "b2-i08",
        "independent",
        "lists ethnicity (Latina), bilingual, Montréal-Nord",
        (
            {
                "n": 4,
                "t": "LATINA CALIENTE 🇨🇴 Montréal-Nord",
                "b": "Hola papi 😘 Valentina, colombienne, 26 ans, courbes naturelles. Je parle "
                "espagnol, français, un peu english. Incall Montréal-Nord, outcall Laval aussi. "
                "Appelle ou texte, pas de messages vides stp.",
            },
            {
                "n": 2,
                "t": "Valentina 🇨🇴 latina 26",
                "b": "Valentina de retour après une semaine off 🌴 Même adresse, même numéro. "
                "Incall/outcall. Llámame.",
            },
        ),
        base={"s": "rougeboard", "c": "Montréal-Nord", "p": "438-555-0108", "a": 26},
    ),
    Op(
        "b2-i09",
        "independent",
        "two phones (calls / texts), same woman on two sites",
        (
            {
                "n": 3,
                "t": "Sarah 🍑 Rosemont incall",
                "b": "Sarah, 30 ans, pulpeuse et coquine. Incall Rosemont près du métro Beaubien. "
                "Appels: 514-555-0109 / Textos: 438-555-0110. Réponse rapide.",
                "p": "514-555-0109",
            },
            {
                "n": 3,
                "t": "Sarah - Rosemont - textos",
                "s": "nightlistca",
                "b": "Sarah (30). Rosemont. Texte-moi au 438 555 0110, c'est mon cell pour les "
                "textos. Incall seulement.",
                "p": "438-555-0110",
            },
            {
                "n": 2,
                "t": "Sarah 🍑 dispo",
                "b": "Sarah 30 ans, Rosemont. Appels 514-555-0109, textos 438-555-0110.",
                "p": "514-555-0109",
            },
        ),
        base={"s": "rougeboard", "c": "Montréal", "a": 30},
    ),
    Op(
        "b2-i10",
        "independent",
        "changes number once (phone stolen), says so",
        (
            {
                "n": 3,
                "t": "Roxanne 38 ans - MILF - Verdun",
                "b": "Roxanne, 38 ans, mature et expérimentée. Je reçois à Verdun, ambiance "
                "relaxe. Texto ou appel au 514-555-0111. Pas de SMS sans prénom.",
            },
            {
                "n": 3,
                "t": "Roxanne 38 - NOUVEAU NUMÉRO - Verdun",
                "b": "⚠️ Nouveau numéro, on m'a volé mon cell ⚠️ Roxanne, 38 ans, mature et "
                "expérimentée. Je reçois à Verdun, ambiance relaxe. Nouveau: 438-555-0112. "
                "L'ancien n'est plus à moi!",
                "p": "438-555-0112",
            },
        ),
        base={"s": "rougeboard", "c": "Verdun", "p": "514-555-0111", "a": 38},
    ),
    Op(
        "b2-i11",
        "independent",
        "Gatineau/Hull, bilingual, serves Ottawa too",
        (
            {
                "n": 5,
                "t": "Kim | Hull / Ottawa | bilingue",
                "b": "Kim, 28, bilingual. Incall in Hull (5 min from the bridge), outcall Ottawa "
                "downtown. Appel ou texto. 819 555 0113. Pas de deals, pas de 'are you "
                "real' — oui je suis réelle, mes photos ont 2 mois.",
            },
        ),
        base={"s": "capital-listings", "c": "Gatineau", "p": "819-555-0113", "a": 28},
        lang="mix",
    ),
    Op(
        "b2-i12",
        "independent",
        "Québec City, French only, one trip to Montréal",
        (
            {
                "n": 3,
                "t": "Marie-Ève, Sainte-Foy, reçoit",
                "c": "Québec",
                "b": "Marie-Ève, 34 ans, blonde naturelle. Je reçois à Sainte-Foy, près des "
                "Galeries. Discrétion assurée. Textez-moi votre prénom et l'heure. 418-555-0114",
            },
            {
                "n": 1,
                "t": "Marie-Ève de passage à Montréal 2 jours",
                "c": "Montréal",
                "b": "Je serai à Montréal mardi et mercredi, hôtel centre-ville. Quelques places "
                "seulement. Même numéro 418-555-0114. Marie-Ève, 34 ans.",
            },
            {
                "n": 2,
                "t": "Marie-Ève, Sainte-Foy",
                "c": "Québec",
                "b": "De retour à Québec. Marie-Ève, 34 ans, je reçois à Sainte-Foy. 418-555-0114",
            },
        ),
        base={"s": "petitesannonces", "p": "418-555-0114", "a": 34},
    ),
    Op(
        "b2-i13",
        "independent",
        "almost no text: ethnicity title, phone in contact only",
        ({"n": 6, "t": "Sexy Ebony 😘", "b": "Text me"},),
        base={"s": "nightlistca", "c": "Montréal", "p": "438 555 0115", "a": 25},
        lang="en",
    ),
    Op(
        "b2-i14",
        "independent",
        "heavy poster: same ad bumped almost daily, downtown",
        (
            {
                "n": 14,
                "t": "Chanel ❤️ Centre-ville incall 24/7",
                "b": "Chanel, 29 ans, centre-ville près du métro Guy-Concordia. Incall propre et "
                "sécuritaire. Je réponds tard (je suis une oiseau de nuit 🦉). 514-555-0116. "
                "Texto préféré.",
            },
        ),
        base={"s": "rougeboard", "c": "Montréal", "p": "514-555-0116", "a": 29},
        days=42,
    ),
    Op(
        "b2-i15",
        "independent",
        "trans woman, Village, bilingual",
        (
            {
                "n": 5,
                "t": "TS Alexia ⚧ Village gai - incall",
                "b": "Hi loves / allo les amours, Alexia, trans woman, 31, pre-op, very feminine. "
                "Incall near Beaudry metro. Respect first: if you're curious and nervous that's "
                "fine, if you're rude you're blocked. Texto au 438-555-0117.",
            },
        ),
        base={"s": "nightlistca", "c": "Montréal", "p": "438-555-0117", "a": 31},
        lang="mix",
    ),
    Op(
        "b2-i16",
        "independent",
        "mature 42, Laval, short",
        (
            {
                "n": 4,
                "t": "MILF 42 ans à Laval 🍷",
                "b": "Femme mature de 42 ans, je reçois à Laval-des-Rapides. Calme et discrète. "
                "Appelez entre 10h et 20h. Nathalie 450-555-0118",
            },
        ),
        base={"s": "petitesannonces", "c": "Laval", "p": "450-555-0118", "a": 42},
    ),
    Op(
        "b2-i17",
        "independent",
        "no phone, handle only (messaging app)",
        (
            {
                "n": 5,
                "t": "Zoé ✨ Mile-End ✨ DM only",
                "b": "Pas de numéro ici, écris-moi sur l'app: @zoe.mileend (Telegram). Zoé, 25 "
                "ans, tatouée, piercings, vibe alternative 🖤. Incall Mile-End.",
            },
        ),
        base={"s": "rougeboard", "c": "Montréal", "h": "@zoe.mileend", "a": 25},
    ),
    Op(
        "b2-i18",
        "independent",
        "20, 'young & sweet', 'nouvelle dans le métier', Longueuil",
        (
            {
                "n": 3,
                "t": "Jeune et douce 20 ans 💕 Longueuil",
                "b": "Coucou, Océane, 20 ans. Je suis nouvelle dans le métier alors soyez gentils "
                "😇 Je reçois à Longueuil près du métro. Texto seulement: 450-555-0119. Je "
                "demande une photo de votre permis la première fois, c'est pour ma sécurité.",
            },
            {
                "n": 2,
                "t": "Océane 20 ans - Longueuil",
                "b": "Océane, 20 ans, toujours à Longueuil. Merci pour les beaux messages. Texto "
                "450-555-0119, vérification la première fois.",
            },
        ),
        base={"s": "rougeboard", "c": "Longueuil", "p": "450-555-0119", "a": 20},
    ),
    Op(
        "b2-i19",
        "independent",
        "Asian, lists ethnicity, emoji digits, private condo Brossard",
        (
            {
                "n": 4,
                "t": "Asian girl 25 🌸 Brossard private condo",
                "b": "Hello, I'm Mei, 25, Korean-Canadian. Private condo in Brossard (Quartier "
                "DIX30), easy parking. I work alone, no agency. Text "
                "4️⃣5️⃣0️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣2️⃣0️⃣",
            },
            {
                "n": 2,
                "t": "Mei 🌸 Brossard",
                "b": "Mei, 25. Brossard condo. Text only 4️⃣5️⃣0️⃣-5️⃣5️⃣5️⃣-0️⃣1️⃣2️⃣0️⃣ "
                "Korean / English / un peu français.",
            },
        ),
        base={"s": "nightlistca", "c": "Brossard", "a": 25},
        lang="en",
    ),
    Op(
        "b2-i20",
        "independent",
        "Toronto, English, one Ottawa weekend",
        (
            {
                "n": 2,
                "t": "Brooke - GFE - Liberty Village outcall",
                "c": "Toronto",
                "b": "Brooke, 27, blonde, fit. Outcall only in downtown Toronto. Text 647 555 "
                "0121.",
            },
            {
                "n": 1,
                "t": "Brooke in OTTAWA this weekend only",
                "c": "Ottawa",
                "b": "Visiting Ottawa Sat-Sun, ByWard Market hotel. Same number 647 555 0121. "
                "Brooke, 27.",
            },
            {
                "n": 1,
                "t": "Brooke - GFE - Toronto",
                "c": "Toronto",
                "b": "Home again. Brooke 27, outcall downtown Toronto. 647 555 0121",
            },
        ),
        base={"s": "escortfeed", "p": "647-555-0121", "a": 27},
        lang="en",
    ),
    Op(
        "b2-i21",
        "independent",
        "massage only, short, Hochelaga",
        (
            {
                "n": 4,
                "t": "Massage relaxant HOMA",
                "b": "Massage aux huiles, 1h 80$. Aucun extra. Femme 45 ans. Texto 514-555-0122.",
            },
        ),
        base={"s": "massagesqc", "c": "Montréal", "p": "514-555-0122"},
    ),
    Op(
        "b2-i22",
        "independent",
        "touring independent, five-city circuit, same phone, 1st person",
        (
            {
                "n": 2,
                "t": "Ivy 🌿 Montréal jusqu'à jeudi",
                "c": "Montréal",
                "b": "Ivy, 28, touring companion. Montréal until Thursday (downtown), then Québec "
                "City, Gatineau, Ottawa and Toronto — my tour schedule is on my Twitter "
                "@ivytours. Book ahead: 581-555-0123 (text).",
            },
            {
                "n": 1,
                "t": "Ivy 🌿 Québec City Fri-Sat",
                "c": "Québec",
                "b": "Québec City Friday and Saturday, hotel near Grande Allée. Ivy, 28. Text "
                "581-555-0123. Tour schedule @ivytours.",
            },
            {
                "n": 1,
                "t": "Ivy 🌿 Gatineau / Ottawa",
                "c": "Gatineau",
                "b": "Gatineau/Ottawa Sunday to Tuesday. Ivy, 28. 581-555-0123 (text), "
                "@ivytours for the schedule.",
            },
            {
                "n": 2,
                "t": "Ivy 🌿 Toronto next week",
                "c": "Toronto",
                "b": "Toronto Wed-Sun, Entertainment District. Ivy 28, touring. 581 555 0123. "
                "Deposit for bookings over 2h.",
            },
            {
                "n": 2,
                "t": "Ivy 🌿 back in Montréal",
                "c": "Montréal",
                "b": "Back in Montréal for the week. Ivy, 28. Text 581-555-0123.",
            },
        ),
        base={"s": "escortfeed", "p": "581-555-0123", "h": "@ivytours", "a": 28},
        lang="en",
    ),
    Op(
        "b2-i23",
        "independent",
        "college student 21, English, Milton-Parc, email",
        (
            {
                "n": 5,
                "t": "Emily, 21, university student 🎓 downtown",
                "b": "Hi! Emily, 21, English student at university (yes, really). I see a few "
                "people a week, evenings only. Incall Milton-Parc. Email first: "
                "emily.mtl.21@example.com — intro, date, time. Text after we've confirmed.",
            },
        ),
        base={
            "s": "nightlistca",
            "c": "Montreal",
            "e": "emily.mtl.21@example.com",
            "p": "514-555-0124",
            "a": 21,
        },
        lang="en",
    ),
    Op(
        "b2-i24",
        "independent",
        "curvy, Repentigny (rive-nord), French",
        (
            {
                "n": 4,
                "t": "Ronde et sensuelle - Repentigny",
                "b": "Femme ronde de 35 ans, taille 18, douce et gourmande. Je reçois à Repentigny "
                "le jour seulement. Appel ou texto 450-555-0125, Julie.",
            },
        ),
        base={"s": "petitesannonces", "c": "Repentigny", "p": "450-555-0125", "a": 35},
    ),
    Op(
        "b2-i25",
        "independent",
        "pro-domme, heavy screening, English",
        (
            {
                "n": 4,
                "t": "Mistress Noor — sessions in Montreal",
                "b": "Professional dominatrix, 12 years of experience. Private dungeon in the "
                "east end. Sessions by appointment only, minimum 2 hours, tribute in advance. "
                "Application form by e-mail: mistress.noor@example.net. No sexual services. "
                "Time-wasters will be ignored.",
            },
        ),
        base={"s": "escortfeed", "c": "Montreal", "e": "mistress.noor@example.net", "a": 36},
        lang="en",
    ),
    Op(
        "b2-i26",
        "independent",
        "body only emoji; phone only in the contact field",
        ({"n": 5, "t": "💋🍑🔥", "b": "incall / outcall 💋 Anjou 🔥 appel ou txt"},),
        base={"s": "nightlistca", "c": "Anjou", "p": "+1 438 555 0126", "a": 23},
        lang="mix",
    ),
    Op(
        "b2-i27",
        "independent",
        "moved from Québec to Laval, says she is new in Laval",
        (
            {
                "n": 5,
                "t": "Nouvelle à Laval 🆕 Audrey",
                "b": "Je viens de déménager de Québec à Laval! Audrey, 26 ans, sportive, "
                "rieuse. Je reçois près du Carrefour Laval. Textez-moi: 450-555-0127. "
                "Mes anciens clients de Québec: c'est le même nom, nouveau numéro 😉",
            },
        ),
        base={"s": "rougeboard", "c": "Laval", "p": "450-555-0127", "a": 26},
    ),
    Op(
        "b2-i28",
        "independent",
        "price list, firm rates, Saint-Laurent",
        (
            {
                "n": 6,
                "t": "Gabrielle - Ville Saint-Laurent - incall",
                "b": "Gabrielle 27 ans\n30 min = 140 roses\n45 min = 180 roses\n1h = 220 roses\n"
                "Pas de négo, pas de 'special'. Près du métro Côte-Vertu. 514 555 0128",
            },
        ),
        base={"s": "rougeboard", "c": "Saint-Laurent", "p": "514-555-0128", "a": 27},
    ),
    Op(
        "b2-i29",
        "independent",
        "third person for style, ethnicity (Lebanese), French",
        (
            {
                "n": 4,
                "t": "Yasmina, beauté libanaise",
                "b": "Yasmina vous reçoit dans son appartement d'Ahuntsic. Libanaise de 30 ans, "
                "cheveux longs et yeux noirs, elle aime prendre son temps. Yasmina répond "
                "elle-même à ses messages: 514-555-0129.",
            },
        ),
        base={"s": "petitesannonces", "c": "Montréal", "p": "514-555-0129", "a": 30},
    ),
    Op(
        "b2-i30",
        "independent",
        "e-mail only, no phone",
        (
            {
                "n": 4,
                "t": "Élise - rencontres discrètes (courriel seulement)",
                "b": "Élise, 40 ans, cultivée et discrète. Pour réserver: courriel seulement, "
                "elise.discrete@example.com. Je réponds dans la journée. Outcall hôtels "
                "centre-ville.",
            },
        ),
        base={"s": "escortfeed", "c": "Montréal", "e": "elise.discrete@example.com", "a": 40},
    ),
    Op(
        "b2-i31",
        "independent",
        "petite 4'11, 'look jeune', 24, checks ID, Saint-Henri",
        (
            {
                "n": 5,
                "t": "Petite 4'11 😇 Saint-Henri",
                "b": "Moi c'est Maude, 24 ans, 4 pieds 11, on me donne souvent moins que mon âge "
                "(on me carte encore à la SAQ 🙄). Je reçois à Saint-Henri. Je demande "
                "une pièce d'identité aux nouveaux. 438-555-0130",
            },
        ),
        base={"s": "rougeboard", "c": "Montréal", "p": "438-555-0130", "a": 24},
    ),
    Op(
        "b2-i32",
        "independent",
        "Ottawa Kanata, short English",
        (
            {
                "n": 4,
                "t": "Kanata incall - Jess",
                "b": "Jess 33. Kanata incall, discreet townhouse. Daytime only. Text 343-555-0131",
            },
        ),
        base={"s": "capital-listings", "c": "Ottawa", "p": "343-555-0131", "a": 33},
        lang="en",
    ),
    Op(
        "b2-i33",
        "independent",
        "Gatineau masseuse, French",
        (
            {
                "n": 4,
                "t": "Massage sensuel Gatineau (Aylmer)",
                "b": "Massage sensuel avec finale, femme de 39 ans, Aylmer. Table professionnelle, "
                "douche disponible. Sur rendez-vous: 819-555-0132. Chantal.",
            },
        ),
        base={"s": "massagesqc", "c": "Gatineau", "p": "819-555-0132", "a": 39},
    ),
    Op(
        "b2-i34",
        "independent",
        "Sherbrooke, one trip to Montréal",
        (
            {
                "n": 2,
                "t": "Émilie à Sherbrooke",
                "c": "Sherbrooke",
                "b": "Émilie, 25 ans, près de l'université. Texto 819-555-0133.",
            },
            {
                "n": 1,
                "t": "Émilie à Montréal cette fin de semaine",
                "c": "Montréal",
                "b": "Je monte à Montréal vendredi-samedi (Airbnb près de Berri). Émilie, 25 ans. "
                "Texto 819-555-0133.",
            },
            {
                "n": 1,
                "t": "Émilie Sherbrooke",
                "c": "Sherbrooke",
                "b": "Émilie, 25 ans, de retour à Sherbrooke. 819-555-0133.",
            },
        ),
        base={"s": "petitesannonces", "p": "819-555-0133", "a": 25},
    ),
    Op(
        "b2-i35",
        "independent",
        "very long 'about me' ad, English",
        (
            {
                "n": 3,
                "t": "Olivia — slow, sensual, real",
                "b": "About me: I'm Olivia, 34, a former dancer who now works for herself and "
                "loves it. I'm 5'7\", size 6, natural, with a laugh you'll hear from the "
                "hallway. I like people who are kind and curious.\n\nWhat to expect: a proper "
                "hello, a drink if you like, no clock-watching. I see only one person a day so "
                "I'm never rushed.\n\nWhere: my own apartment in Griffintown, or your hotel.\n\n"
                "Screening: name, phone number and a work e-mail or a reference. I delete it "
                "after. Deposit for anything over 2 hours.\n\nContact: text 514-555-0134 or "
                "olivia.griffintown@example.com. I don't answer blocked numbers or 'how much "
                "for...' messages. Rates are on my website.\n\nThanks for reading this far 💛",
            },
        ),
        base={
            "s": "escortfeed",
            "c": "Montreal",
            "p": "514-555-0134",
            "e": "olivia.griffintown@example.com",
            "a": 34,
        },
        lang="en",
    ),
    Op(
        "b2-i36",
        "independent",
        "two work names on two sites, one phone",
        (
            {
                "n": 3,
                "t": "Chloé 😘 Villeray",
                "s": "rougeboard",
                "b": "Chloé, 26 ans, Villeray, incall. Texto 438-555-0135.",
            },
            {
                "n": 3,
                "t": "Sasha 🖤 Villeray discreet",
                "s": "nightlistca",
                "b": "Sasha here, 26, Villeray incall, Jarry metro. Text 438-555-0135 💋",
            },
        ),
        base={"c": "Montréal", "p": "438-555-0135", "a": 26},
        interleave=True,
        lang="mix",
    ),
    Op(
        "b2-i37",
        "independent",
        "genuinely new in town (moved from Toronto), English",
        (
            {
                "n": 5,
                "t": "New in town 🍁 Maya (just moved from TO)",
                "b": "Just moved to Montreal from Toronto for good! Maya, 29, mixed (Jamaican / "
                "Irish). Looking for new regulars. Incall Little Burgundy. My Toronto "
                "regulars know me. Text 514-555-0136.",
            },
        ),
        base={"s": "nightlistca", "c": "Montréal", "p": "514-555-0136", "a": 29},
        lang="en",
    ),
    Op(
        "b2-i38",
        "independent",
        "18, says so and offers ID, Laval",
        (
            {
                "n": 3,
                "t": "18 ans (oui majeure 😅) - Laval",
                "b": "Allo, Mégane, j'ai eu 18 ans en juin, je peux montrer ma carte si tu "
                "doutes. Je reçois à Laval (Sainte-Rose). Texto seulement 450-555-0137. Je "
                "fais ça à mon compte, personne ne gère mes rendez-vous.",
            },
            {
                "n": 2,
                "t": "Mégane 18 - Sainte-Rose",
                "b": "Mégane, 18 ans, Laval. Texto 450-555-0137. Carte montrée sur demande.",
            },
        ),
        base={"s": "rougeboard", "c": "Laval", "p": "450-555-0137", "a": 18},
    ),
    Op(
        "b2-i39",
        "independent",
        "Haitian, French, obfuscated digits (4three8)",
        (
            {
                "n": 5,
                "t": "Belle haïtienne 🇭🇹 Montréal-Nord",
                "b": "Nadège, 32 ans, haïtienne, chocolat et fière 🍫. Incall Montréal-Nord, "
                "appelle-moi: 4three8 - five5five - 0one3eight. Pas de textos vides.",
            },
        ),
        base={"s": "nightlistca", "c": "Montréal", "a": 32},
    ),
    Op(
        "b2-i40",
        "independent",
        "Longueuil, deposit by Interac, rules",
        (
            {
                "n": 4,
                "t": "Isabelle - Longueuil - dépôt requis",
                "b": "Isabelle, 37 ans. Reçois à Longueuil (près du pont). Nouveaux clients: dépôt "
                "de 40$ par virement Interac avant le rendez-vous, trop de lapins. Courriel "
                "pour le virement: isabelle.longueuil@example.com. Texto 450-555-0139.",
            },
        ),
        base={
            "s": "rougeboard",
            "c": "Longueuil",
            "p": "450-555-0139",
            "e": "isabelle.longueuil@example.com",
            "a": 37,
        },
    ),
    Op(
        "b2-i41",
        "independent",
        "outcall to hotels only, Verdun base, short English",
        (
            {
                "n": 4,
                "t": "Outcall only – downtown hotels – Tasha",
                "b": "Tasha 28, outcall to downtown hotels only. Text name + hotel + time. "
                "514-555-0140.",
            },
        ),
        base={"s": "escortfeed", "c": "Montreal", "p": "514-555-0140", "a": 28},
        lang="en",
    ),
    Op(
        "b2-i42",
        "independent",
        "Laval base, two Toronto trips",
        (
            {
                "n": 2,
                "t": "Kassandra Laval 💎",
                "c": "Laval",
                "b": "Kassandra 30 ans, Laval (Vimont). Texto 450-555-0141.",
            },
            {
                "n": 1,
                "t": "Kassandra in TORONTO 3 days 💎",
                "c": "Toronto",
                "b": "Quebec girl visiting Toronto Mon-Wed, Airport hotel. Text 450-555-0141.",
            },
            {
                "n": 1,
                "t": "Kassandra Laval 💎",
                "c": "Laval",
                "b": "Kassandra 30 ans de retour à Laval. 450-555-0141.",
            },
            {
                "n": 1,
                "t": "Kassandra TORONTO again 💎",
                "c": "Toronto",
                "b": "Back in Toronto 2 days, same hotel. Kassandra, 30. 450-555-0141.",
            },
        ),
        base={"s": "escortfeed", "p": "450-555-0141", "a": 30},
        lang="mix",
    ),
    Op(
        "b2-i43",
        "independent",
        "student 20, Québec City",
        (
            {
                "n": 4,
                "t": "Étudiante 20 ans - Limoilou",
                "b": "Rosalie, 20 ans, étudiante à l'université. Je reçois à Limoilou les soirs "
                "de semaine. Texto 418-555-0142 seulement.",
            },
        ),
        base={"s": "petitesannonces", "c": "Québec", "p": "418-555-0142", "a": 20},
    ),
    Op(
        "b2-i44",
        "independent",
        "a couple (her and her partner) offering threesomes; he writes",
        (
            {
                "n": 4,
                "t": "Couple cherche homme ou femme - Terrebonne",
                "b": "Nous sommes un couple de 35 et 38 ans, elle bi-curieuse, moi hétéro. On "
                "reçoit à Terrebonne pour des trios. C'est elle qui décide, toujours. Contact "
                "par texto: 450-555-0143 (Marc et Josée).",
            },
        ),
        base={"s": "petitesannonces", "c": "Terrebonne", "p": "450-555-0143", "a": 35},
    ),
    Op(
        "b2-i45",
        "independent",
        "low promo price, Montréal-Est, independent",
        (
            {
                "n": 5,
                "t": "SPÉCIAL 80$ 30 min 🔥 Montréal-Est",
                "b": "Spécial de la semaine, 80$ la demi-heure, 140$ l'heure. Candy, 31 ans, je "
                "suis toute seule, pas d'agence. Montréal-Est. 438-555-0144",
            },
        ),
        base={"s": "nightlistca", "c": "Montréal-Est", "p": "438-555-0144", "a": 31},
    ),
]

# --------------------------------------------------------------------------------------------
# Duos of independents (two friends advertising together; solo ads of each too)
# --------------------------------------------------------------------------------------------

DUOS: list[Op] = [
    Op(
        "b2-d01",
        "duo",
        "two friends, each her own phone, solo ads and duo ads",
        (
            {
                "n": 3,
                "t": "Amélie 😘 Hochelaga",
                "p": "514-555-0150",
                "b": "Amélie, 27 ans, Hochelaga. Texto 514-555-0150. Demande-moi pour un duo avec "
                "ma chum Rose 😉",
            },
            {
                "n": 3,
                "t": "Rose 🌹 Hochelaga",
                "p": "438-555-0151",
                "b": "Rose, 29 ans, rousse. Hochelaga. Duo possible avec Amélie. Texto "
                "438-555-0151.",
            },
            {
                "n": 2,
                "t": "DUO Amélie & Rose 👭 Hochelaga",
                "p": "514-555-0150",
                "b": "Duo de vraies amies: Amélie (27) et Rose (29). On se connaît depuis le "
                "secondaire. Incall chez Amélie. Écrivez à l'une ou l'autre: 514-555-0150 / "
                "438-555-0151.",
            },
        ),
        base={"s": "rougeboard", "c": "Montréal"},
        interleave=True,
    ),
    Op(
        "b2-d02",
        "duo",
        "Ottawa 'besties' duo, one shared phone, English",
        (
            {
                "n": 6,
                "t": "Besties duo 👯 Ottawa - Ashlyn & Tori",
                "b": "Ashlyn (26) & Tori (28), best friends for 10 years and we work together "
                "because it's safer and way more fun. Incall Vanier, outcall downtown Ottawa. "
                "Solo sessions too. Text us: 613-555-0152. We both read the messages.",
            },
        ),
        base={"s": "capital-listings", "c": "Ottawa", "p": "613-555-0152", "a": 26},
        lang="en",
    ),
    Op(
        "b2-d03",
        "duo",
        "duo of girlfriends (couple), Laval",
        (
            {
                "n": 5,
                "t": "Duo lesbien réel 👩‍❤️‍👩 Laval",
                "b": "On est un vrai couple, Kathy 31 et Mel 28, ensemble depuis 4 ans. On reçoit "
                "à Laval pour hommes ou couples respectueux. Texto: 450-555-0153.",
            },
        ),
        base={"s": "petitesannonces", "c": "Laval", "p": "450-555-0153", "a": 28},
    ),
    Op(
        "b2-d04",
        "duo",
        "Toronto duo touring Montréal once",
        (
            {
                "n": 3,
                "t": "Double trouble 💕 Jade & Skye Toronto",
                "c": "Toronto",
                "b": "Jade (24) and Skye (25), two independent friends, Toronto. Duo or solo. "
                "Jade: 416-555-0154 · Skye: 647-555-0155.",
                "p": "416-555-0154",
            },
            {
                "n": 2,
                "t": "Jade & Skye visiting MONTREAL ✈️",
                "c": "Montréal",
                "b": "We're in Montreal Thursday to Sunday, hotel downtown! Jade 416-555-0154, "
                "Skye 647-555-0155. Book ahead 💕",
                "p": "647-555-0155",
            },
            {
                "n": 1,
                "t": "Jade & Skye back in Toronto",
                "c": "Toronto",
                "b": "Back home, thank you Montreal! Jade 416-555-0154 · Skye 647-555-0155.",
                "p": "416-555-0154",
            },
        ),
        base={"s": "escortfeed", "a": 24},
        lang="en",
    ),
    Op(
        "b2-d05",
        "duo",
        "one writes for both ('ma copine et moi'), Longueuil",
        (
            {
                "n": 5,
                "t": "Ma copine et moi 💞 Longueuil",
                "b": "Salut! C'est Vanessa qui écrit pour nous deux: ma copine Sabrina (23) et "
                "moi (25) on reçoit ensemble à Longueuil. Duo ou solo. C'est moi qui réponds "
                "au 450-555-0156 mais on décide tout à deux.",
            },
        ),
        base={"s": "rougeboard", "c": "Longueuil", "p": "450-555-0156", "a": 23},
    ),
    Op(
        "b2-d06",
        "duo",
        "four-hands massage duo, Montréal",
        (
            {
                "n": 5,
                "t": "Massage 4 mains 🙌 Plateau",
                "b": "Massage à quatre mains par deux amies masseuses, Anne-Sophie et Karine. "
                "Huiles chaudes, détente totale, option sensuelle. 1h 200$. Plateau, "
                "sur rendez-vous 514-555-0157.",
            },
        ),
        base={"s": "massagesqc", "c": "Montréal", "p": "514-555-0157"},
    ),
]

# --------------------------------------------------------------------------------------------
# Non-exploitative agencies (and one legitimate clinic)
# --------------------------------------------------------------------------------------------

AGENCIES: list[Op] = [
    Op(
        "b2-a01",
        "agency",
        "Montréal escort agency, profiles, one line, business tone",
        (
            {
                "n": 3,
                "t": "Agence Velours — Juliette, 25 ans",
                "b": "Agence Velours présente Juliette, 25 ans, brune élégante, bilingue. Outcall "
                "hôtels et résidences de Montréal. Réservations au 514-555-0170, de 12h à 4h. "
                "Nos accompagnatrices choisissent leurs horaires et leurs services.",
            },
            {
                "n": 3,
                "t": "Agence Velours — Clara, 30 ans",
                "b": "Agence Velours présente Clara, 30 ans, blonde, sportive. Outcall seulement. "
                "Réservations au 514-555-0170. Nos accompagnatrices choisissent leurs horaires "
                "et leurs services.",
            },
            {
                "n": 3,
                "t": "Agence Velours — Inès, 28 ans",
                "b": "Agence Velours présente Inès, 28 ans, métisse, étudiante en droit. Outcall "
                "Montréal et Laval. Réservations au 514-555-0170. Nos accompagnatrices "
                "choisissent leurs horaires et leurs services.",
            },
            {
                "n": 3,
                "t": "Agence Velours recrute",
                "b": "Vous avez 21 ans et plus? Agence Velours cherche des accompagnatrices. Vous "
                "gardez 70%, vous choisissez vos clients et vos horaires. Chauffeur et "
                "sécurité fournis. Courriel: recrutement.velours@example.com",
            },
        ),
        base={
            "s": "escortfeed",
            "c": "Montréal",
            "p": "514-555-0170",
            "e": "info.velours@example.com",
        },
        interleave=True,
    ),
    Op(
        "b2-a02",
        "agency",
        "Ottawa agency, English, several companions",
        (
            {
                "n": 3,
                "t": "Capital Companions | Hailey 27",
                "b": "Capital Companions presents Hailey, 27, a brunette with a big smile. Outcall "
                "across Ottawa and Gatineau. Call our booker: 613-555-0171. All our companions "
                "are 21+ independent contractors.",
            },
            {
                "n": 3,
                "t": "Capital Companions | Renée 33",
                "b": "Capital Companions presents Renée, 33, bilingual, classy. Dinner dates "
                "welcome. Call our booker: 613-555-0171. All our companions are 21+ "
                "independent contractors.",
            },
            {
                "n": 3,
                "t": "Capital Companions | Priya 29",
                "b": "Capital Companions presents Priya, 29, South Asian, petite, witty. Outcall "
                "Ottawa. Call our booker: 613-555-0171. All our companions are 21+ "
                "independent contractors.",
            },
            {
                "n": 2,
                "t": "Capital Companions | Dana 41",
                "b": "Capital Companions presents Dana, 41, mature and warm. Outcall Ottawa, "
                "Kanata, Orléans. Call our booker: 613-555-0171.",
            },
        ),
        base={"s": "capital-listings", "c": "Ottawa", "p": "613-555-0171"},
        interleave=True,
        lang="en",
    ),
    Op(
        "b2-a03",
        "agency",
        "registered massage clinic in Laval, receipts for insurance",
        (
            {
                "n": 5,
                "t": "Clinique de massothérapie — reçus pour assurances",
                "b": "Clinique Ô Détente à Laval: massothérapeutes membres d'une association "
                "reconnue, reçus pour assurances. Suédois, thérapeutique, femme enceinte. "
                "Aucun service à caractère sexuel. Réservation en ligne ou 450-555-0172.",
            },
            {
                "n": 5,
                "t": "Massothérapie Laval — nouvelle massothérapeute",
                "b": "Bienvenue à Geneviève, massothérapeute diplômée, qui se joint à l'équipe de "
                "la Clinique Ô Détente. Reçus pour assurances. 450-555-0172.",
            },
        ),
        base={"s": "massagesqc", "c": "Laval", "p": "450-555-0172"},
        interleave=True,
    ),
    Op(
        "b2-a04",
        "agency",
        "Toronto high-end agency, e-mail booking",
        (
            {
                "n": 4,
                "t": "Maison Aurelia — Celeste",
                "b": "Maison Aurelia introduces Celeste, 26, a ballet-trained model. Dinner dates "
                "and travel. Bookings by e-mail only: bookings@aurelia.example.com, 24 hours "
                "notice. Every companion sets her own schedule.",
            },
            {
                "n": 3,
                "t": "Maison Aurelia — Noémie (bilingual)",
                "b": "Maison Aurelia introduces Noémie, 31, from Montréal, bilingual. Available in "
                "Toronto and on request in Montréal. Bookings: bookings@aurelia.example.com.",
            },
            {
                "n": 3,
                "t": "Maison Aurelia — Grace",
                "b": "Maison Aurelia introduces Grace, 35, a former lawyer. Toronto, Yorkville. "
                "Bookings: bookings@aurelia.example.com, 24 hours notice.",
            },
        ),
        base={"s": "escortfeed", "c": "Toronto", "e": "bookings@aurelia.example.com"},
        interleave=True,
        lang="en",
    ),
    Op(
        "b2-a05",
        "agency",
        "Gatineau agency, French",
        (
            {
                "n": 4,
                "t": "Escortes Outaouais - Mélissa",
                "b": "Mélissa, 29 ans, disponible pour sorties à Gatineau et Ottawa. Escortes "
                "Outaouais, service professionnel depuis 2015. 819-555-0174.",
            },
            {
                "n": 3,
                "t": "Escortes Outaouais - Stéphanie",
                "b": "Stéphanie, 34 ans, disponible de jour. Escortes Outaouais, service "
                "professionnel depuis 2015. 819-555-0174.",
            },
            {
                "n": 3,
                "t": "Escortes Outaouais - Lily",
                "b": "Lily, 24 ans, soirées. Escortes Outaouais, service professionnel depuis "
                "2015. 819-555-0174.",
            },
        ),
        base={"s": "petitesannonces", "c": "Gatineau", "p": "819-555-0174"},
        interleave=True,
    ),
    Op(
        "b2-a06",
        "agency",
        "Montréal boutique agency, profiles with ages 22-38, driver",
        (
            {
                "n": 3,
                "t": "Élite MTL 💎 Sofia 22",
                "b": "Sofia, 22, blonde, étudiante. Outcall seulement, chauffeur inclus. "
                "Élite MTL: 438-555-0175. Photos 100% réelles, vérifiées.",
            },
            {
                "n": 3,
                "t": "Élite MTL 💎 Karine 38",
                "b": "Karine, 38, MILF élégante. Outcall seulement. Élite MTL: 438-555-0175. "
                "Photos 100% réelles, vérifiées.",
            },
            {
                "n": 3,
                "t": "Élite MTL 💎 Aïcha 27",
                "b": "Aïcha, 27, marocaine, douce. Outcall. Élite MTL: 438-555-0175. Photos 100% "
                "réelles, vérifiées.",
            },
        ),
        base={"s": "nightlistca", "c": "Montréal", "p": "438-555-0175"},
        interleave=True,
        lang="mix",
    ),
]

# --------------------------------------------------------------------------------------------
# Third parties controlling others (pimps, "boyfriends", small rings); some with minors
# --------------------------------------------------------------------------------------------

THIRD: list[Op] = [
    Op(
        "b2-t01",
        "third_party",
        "fake first person, one phone for three women, one template; "
        "the youngest (minor) posted as 18",
        (
            {
                "n": 3,
                "t": "Jessica 19 ans 🔥 nouvelle à Laval",
                "b": "Salut c moi Jessica 19 ans 🔥 nouvelle en ville, je suis la pour toi "
                "seulement quelque jours. Incall hotel Laval, 150 hh 100 qv. Pas de police. "
                "Appel ou texto 438 555 0180 demande Jessica",
            },
            {
                "n": 3,
                "t": "Kim 20 ans 🔥 nouvelle à Laval",
                "b": "Salut c moi Kim 20 ans 🔥 nouvelle en ville, je suis la pour toi seulement "
                "quelque jours. Incall hotel Laval, 150 hh 100 qv. Pas de police. Appel ou "
                "texto 438 555 0180 demande Kim",
            },
            {
                "n": 3,
                "t": "Ashley 18 ans 🔥 nouvelle petite",
                "a": 18,
                "minor": True,
                "b": "Salut c moi Ashley 18 ans 🔥 toute nouvelle et petite, première semaine. Je "
                "suis la pour toi seulement quelque jours. Incall hotel Laval, 150 hh 100 qv. "
                "Pas de police. Appel ou texto 438 555 0180 demande Ashley",
            },
        ),
        base={"s": "rougeboard", "c": "Laval", "p": "438-555-0180", "a": 19},
        minor=True,
        interleave=True,
        days=28,
    ),
    Op(
        "b2-t02",
        "third_party",
        "one woman, burner phone rotated every ~10 days, moved "
        "Longueuil -> Laval -> Gatineau, same text",
        (
            {
                "n": 2,
                "t": "Brittany 22 🍒 Longueuil NEW",
                "c": "Longueuil",
                "p": "450-555-0181",
                "b": "Hey its Brittany 22yo 🍒 new in town!! Sexy body, all natural. Incall motel "
                "close to the bridge, 7 days. Text only 450-555-0181",
            },
            {
                "n": 2,
                "t": "Brittany 22 🍒 Laval NEW",
                "c": "Laval",
                "p": "438-555-0182",
                "b": "Hey its Brittany 22yo 🍒 new in town!! Sexy body, all natural. Incall motel "
                "Laval near highway 15, 7 days. Text only 438-555-0182",
            },
            {
                "n": 2,
                "t": "Brittany 22 🍒 Gatineau NEW",
                "c": "Gatineau",
                "p": "819-555-0183",
                "b": "Hey its Brittany 22yo 🍒 new in town!! Sexy body, all natural. Incall motel "
                "Gatineau, 7 days. Text only 819-555-0183",
            },
            {
                "n": 2,
                "t": "Brittany 22 🍒 Longueuil",
                "c": "Longueuil",
                "p": "450-555-0184",
                "b": "Hey its Brittany 22yo 🍒 back in town!! Sexy body, all natural. Incall "
                "motel close to the bridge. Text only 450-555-0184",
            },
        ),
        base={"s": "nightlistca", "a": 22},
        lang="en",
        days=42,
    ),
    Op(
        "b2-t03",
        "third_party",
        "circuit: two women moved Montréal -> Québec -> Gatineau -> "
        "Ottawa -> Toronto, one controller phone, 'here 3 days only'",
        (
            {
                "n": 1,
                "t": "Destiny & Candy 2 girls Montréal 3 days only",
                "c": "Montréal",
                "b": "2 hot girls Destiny (21) and Candy (23) here 3 days only!! Hotel near "
                "airport Dorval. Incall only. 1 girl 160 / 2 girls 300. Call 514-555-0185.",
            },
            {
                "n": 1,
                "t": "Destiny & Candy Québec 3 days only",
                "c": "Québec",
                "b": "2 hot girls Destiny (21) and Candy (23) here 3 days only!! Hotel Sainte-Foy. "
                "Incall only. 1 girl 160 / 2 girls 300. Call 514-555-0185.",
            },
            {
                "n": 1,
                "t": "Destiny & Candy Gatineau 3 days only",
                "c": "Gatineau",
                "b": "2 hot girls Destiny (21) and Candy (23) here 3 days only!! Hotel boul. "
                "Maloney. Incall only. 1 girl 160 / 2 girls 300. Call 514-555-0185.",
            },
            {
                "n": 1,
                "t": "Destiny & Candy Ottawa 3 days only",
                "c": "Ottawa",
                "b": "2 hot girls Destiny (21) and Candy (23) here 3 days only!! Hotel Vanier. "
                "Incall only. 1 girl 160 / 2 girls 300. Call 514-555-0185.",
            },
            {
                "n": 1,
                "t": "Destiny & Candy Toronto 3 days only",
                "c": "Toronto",
                "b": "2 hot girls Destiny (21) and Candy (23) here 3 days only!! Hotel near "
                "Pearson. Incall only. 1 girl 160 / 2 girls 300. Call 514-555-0185.",
            },
            {
                "n": 1,
                "t": "Destiny & Candy MTL back 3 days",
                "c": "Montréal",
                "b": "2 hot girls Destiny (21) and Candy (23) back 3 days only!! Hotel near "
                "airport Dorval. Incall only. 1 girl 160 / 2 girls 300. Call 514-555-0185.",
            },
            {
                "n": 1,
                "t": "Destiny Montréal alone special",
                "c": "Montréal",
                "b": "Destiny (21) alone this time, special 120 hh. Hotel Dorval. Call "
                "514-555-0185.",
            },
        ),
        base={"s": "escortfeed", "p": "514-555-0185", "a": 21},
        lang="en",
        days=35,
    ),
    Op(
        "b2-t04",
        "third_party",
        "minor posted as 18, coded words (fresh, candy, first time), "
        "a man's voice books her, obscured phone",
        (
            {
                "n": 3,
                "t": "🍭 FRESH 18 🍭 petite nouvelle",
                "minor": True,
                "b": "Brand new fresh 🍭 18 ans, petite 4'11 90lbs, first time on here, very "
                "sweet and shy. She only do incall. Call me to book her: "
                "5 1 4 - 5 5 5 - 0 1 8 6. No black no cops. 200 hh only, no qv",
            },
            {
                "n": 2,
                "t": "🍭 candy 18 back 🍭",
                "minor": True,
                "b": "Our sweet candy is back 🍭 18, tiny, innocent look. Incall Saint-Michel. "
                "Call to book her 514 five5five 0186. Serious only.",
            },
            {
                "n": 2,
                "t": "Lexi 18 🍭 brand new",
                "minor": True,
                "b": "Lexi 18 🍭 brand new, never done this before, petite. Incall Saint-Michel, "
                "call me to book 514-555-0186. No black no cops.",
            },
        ),
        base={"s": "nightlistca", "c": "Montréal", "a": 18},
        minor=True,
        lang="en",
        days=30,
    ),
    Op(
        "b2-t05",
        "third_party",
        "manager answers the phone, women rotated weekly in an airport "
        "hotel, 'she doesn't speak English'",
        (
            {
                "n": 2,
                "t": "Nouvelle cette semaine: Natasha 24 (Europe de l'Est)",
                "b": "Natasha 24 ans, vient d'arriver d'Europe. Elle parle pas français ni "
                "anglais, c'est moi qui prends les rendez-vous. Hôtel près de l'aéroport, "
                "Dorval. 200 la demi-heure. Appelez 514-555-0187, demandez le gérant.",
            },
            {
                "n": 2,
                "t": "Nouvelle cette semaine: Olga 23 (Europe de l'Est)",
                "b": "Olga 23 ans, vient d'arriver. Elle parle pas français ni anglais, c'est moi "
                "qui prends les rendez-vous. Hôtel près de l'aéroport, Dorval. 200 la "
                "demi-heure. Appelez 514-555-0187.",
            },
            {
                "n": 2,
                "t": "Nouvelle cette semaine: Irina 25",
                "b": "Irina 25 ans, nouvelle arrivée. C'est moi qui prends les rendez-vous, elle "
                "parle pas la langue. Hôtel Dorval. 200 la demi-heure. 514-555-0187.",
            },
            {
                "n": 2,
                "t": "Nouvelle cette semaine: Katia 22",
                "b": "Katia 22 ans. Nouvelle arrivée. C'est moi qui réponds, elle parle pas la "
                "langue. Hôtel Dorval, 200 la demi-heure. 514-555-0187.",
            },
        ),
        base={"s": "petitesannonces", "c": "Dorval", "p": "514-555-0187"},
        days=48,
    ),
    Op(
        "b2-t06",
        "third_party",
        "Toronto ring, one slot template, four women, advertised in "
        "Toronto and Montréal at the same time, burner per city",
        (
            {
                "n": 2,
                "t": "Amber 21 Toronto 💦 Short Stay",
                "c": "Toronto",
                "p": "647-555-0188",
                "b": "Amber 21 💦 Here for a short time in Toronto 💦 Real pics 💯 Incall/Outcall "
                "💦 Ask about specials 💦 647-555-0188",
            },
            {
                "n": 2,
                "t": "Honey 20 Toronto 💦 Short Stay",
                "c": "Toronto",
                "p": "647-555-0188",
                "b": "Honey 20 💦 Here for a short time in Toronto 💦 Real pics 💯 Incall/Outcall "
                "💦 Ask about specials 💦 647-555-0188",
            },
            {
                "n": 2,
                "t": "Amber 21 Montreal 💦 Short Stay",
                "c": "Montréal",
                "p": "438-555-0189",
                "b": "Amber 21 💦 Here for a short time in Montreal 💦 Real pics 💯 Incall/Outcall "
                "💦 Ask about specials 💦 438-555-0189",
            },
            {
                "n": 2,
                "t": "Skylar 19 Montreal 💦 Short Stay",
                "c": "Montréal",
                "p": "438-555-0189",
                "b": "Skylar 19 💦 Here for a short time in Montreal 💦 Real pics 💯 "
                "Incall/Outcall 💦 Ask about specials 💦 438-555-0189",
            },
            {
                "n": 2,
                "t": "Paris 22 Toronto 💦 Short Stay",
                "c": "Toronto",
                "p": "647-555-0188",
                "b": "Paris 22 💦 Here for a short time in Toronto 💦 Real pics 💯 Incall/Outcall "
                "💦 Ask about specials 💦 647-555-0188",
            },
        ),
        base={"s": "escortfeed", "a": 21},
        interleave=True,
        lang="en",
        days=35,
    ),
    Op(
        "b2-t07",
        "third_party",
        "minor (posted 19) 'just graduated', school-girl codes; the "
        "same phone posts an adult woman",
        (
            {
                "n": 3,
                "t": "Tiffany 19 🎒 just graduated",
                "minor": True,
                "a": 19,
                "b": "Tiffany 19 🎒 just graduated lol, young and fresh, school girl outfit "
                "available. Very new. Incall Longueuil. Txt 450-555-0190, her bf answers.",
            },
            {
                "n": 3,
                "t": "Diamond 24 thick 🍑 Longueuil",
                "a": 24,
                "b": "Diamond 24 thick 🍑 real pics, Incall Longueuil, specials all day. "
                "Txt 450-555-0190",
            },
            {
                "n": 2,
                "t": "Tiff 19 🎒 back",
                "minor": True,
                "a": 19,
                "b": "Tiff 19 🎒 back this week, young n fresh, 1st week back. Incall Longueuil "
                "450 555 0190",
            },
        ),
        base={"s": "nightlistca", "c": "Longueuil", "p": "450-555-0190"},
        minor=True,
        interleave=True,
        lang="en",
        days=40,
    ),
    Op(
        "b2-t08",
        "third_party",
        "Latin-American women rotated in a Saint-Léonard apartment, one "
        "line, 'they don't speak French', new each week",
        (
            {
                "n": 3,
                "t": "Latinas recién llegadas 💃 Saint-Léonard",
                "b": "Chicas latinas nuevas cada semana 💃 Recién llegadas de México y Colombia. "
                "No hablan francés, solo español. Appartement privé Saint-Léonard, 24h. "
                "Llamar 438-555-0191. Esta semana: Daniela 21, Paola 23.",
            },
            {
                "n": 3,
                "t": "NUEVAS latinas esta semana 💃",
                "b": "Nuevas esta semana: Carolina 20 y Fernanda 22, recién llegadas. Appartement "
                "privé Saint-Léonard, ouvert 24h. No hablan francés. 438-555-0191",
            },
            {
                "n": 2,
                "t": "Latinas 💃 24h Saint-Léonard",
                "b": "Nuevas: Luisa 21, Sofía 19. Recién llegadas. 24h. 438-555-0191.",
            },
        ),
        base={"s": "petitesannonces", "c": "Saint-Léonard", "p": "438-555-0191"},
        lang="mix",
        days=45,
    ),
    Op(
        "b2-t09",
        "third_party",
        "one messaging handle and e-mail for several women, almost no "
        "text, no phone, new girl every week",
        (
            {"n": 2, "t": "Nouvelle 🔥 Crystal", "b": "Crystal 22 📲 snap seulement"},
            {"n": 2, "t": "Nouvelle 🔥 Amanda", "b": "Amanda 20 📲 snap seulement"},
            {"n": 2, "t": "Nouvelle 🔥 Bella", "b": "Bella 21 📲 snap seulement"},
            {"n": 2, "t": "Nouvelle 🔥 Misty", "b": "Misty 23 📲 snap seulement"},
        ),
        base={
            "s": "rougeboard",
            "c": "Montréal",
            "h": "snap: mtl.vip.girlz",
            "e": "mtlvipgirlz@example.net",
        },
        days=42,
    ),
    Op(
        "b2-t10",
        "third_party",
        "'boyfriend' controller in Laval, minor posted as 18 (4'10, "
        "first time, 'cadeau' coded), he writes 'my girl'",
        (
            {
                "n": 3,
                "t": "Petite nouvelle 18 ans 🎀 Laval",
                "minor": True,
                "b": "Ma blonde Rosie, 18 ans, toute petite 4'10, c'est sa première fois sur le "
                "site. Incall chez nous à Laval. Cadeau 180 l'heure, pas de négo. Textez-moi "
                "au 450 555 ○192 (moi je réponds, elle est timide).",
            },
            {
                "n": 3,
                "t": "Rosie 18 🎀 jamais fait avant",
                "minor": True,
                "b": "Rosie 18 ans 🎀 jamais fait avant, toute douce. C'est son chum qui répond "
                "au 450-555-0192. Laval. Cadeau 180.",
            },
            {
                "n": 2,
                "t": "Rosie 🎀 Laval",
                "minor": True,
                "b": "Rosie encore dispo à Laval. Appelez-moi pour elle: 450-555-0192.",
            },
        ),
        base={"s": "rougeboard", "c": "Laval", "a": 18},
        minor=True,
        days=35,
    ),
    Op(
        "b2-t11",
        "third_party",
        "controller 'Steve' books two women in Québec and Sherbrooke, third person, drives them",
        (
            {
                "n": 3,
                "t": "Mélodie 25 ans à Québec",
                "c": "Québec",
                "b": "Mélodie, 25 ans, disponible à Québec. Pour rendez-vous appelez Steve au "
                "418-555-0193. Je l'amène chez vous (outcall seulement). 200$ l'heure payable "
                "à moi à l'arrivée.",
            },
            {
                "n": 3,
                "t": "Caroline 27 ans à Sherbrooke",
                "c": "Sherbrooke",
                "b": "Caroline, 27 ans, disponible à Sherbrooke cette semaine. Appelez Steve au "
                "418-555-0193. Outcall seulement, je la dépose. 200$ l'heure payable à moi à "
                "l'arrivée.",
            },
            {
                "n": 2,
                "t": "Mélodie 25 ans à Sherbrooke",
                "c": "Sherbrooke",
                "b": "Mélodie, 25 ans, à Sherbrooke cette semaine. Steve: 418-555-0193. Outcall, "
                "payable à l'arrivée.",
            },
        ),
        base={"s": "petitesannonces", "p": "418-555-0193"},
        interleave=True,
        days=42,
    ),
    Op(
        "b2-t12",
        "third_party",
        "minor in Gatineau/Ottawa posted as 18-19 with leetspeak "
        "(t33n), number spread over emoji, two burners",
        (
            {
                "n": 2,
                "t": "y0ung t33n 18 💯 Gatineau NEW",
                "c": "Gatineau",
                "minor": True,
                "p": "819-555-0194",
                "b": "t33n 18 💯 y0ung fresh new 💯 tiny 95lbs. Outcall Gatineau / Hull. "
                "8️⃣1️⃣9️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣9️⃣4️⃣ text only, no cops no blacks. real pics.",
            },
            {
                "n": 2,
                "t": "y0ung 18 💯 Ottawa NEW",
                "c": "Ottawa",
                "minor": True,
                "p": "613-555-0195",
                "b": "y0ung fresh 18 💯 new in Ottawa tiny 95lbs. Outcall. "
                "6️⃣1️⃣3️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣9️⃣5️⃣ text only no cops. real pics.",
            },
            {
                "n": 2,
                "t": "Ebony 22 💯 Ottawa",
                "c": "Ottawa",
                "a": 22,
                "p": "613-555-0195",
                "b": "Ebony 22 💯 Ottawa outcall, real pics. 6️⃣1️⃣3️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣9️⃣5️⃣",
            },
        ),
        base={"s": "capital-listings", "a": 18},
        minor=True,
        lang="en",
        days=30,
    ),
]

# --------------------------------------------------------------------------------------------
# Exploitative venues (massage parlours / "spas")
# --------------------------------------------------------------------------------------------

VENUES: list[Op] = [
    Op(
        "b2-v01",
        "exploitative_venue",
        "massage parlour on Saint-Laurent, 'new girls every "
        "week', Asian masseuses, 7 days 10h-2h, low prices",
        (
            {
                "n": 4,
                "t": "Salon de massage Jardin de Jade 💆 nouvelles filles",
                "b": "Nouvelles masseuses asiatiques chaque semaine! Ouvert 7 jours 10h à 2h. "
                "Massage corps à corps, douche. 30 min 60$, 1h 100$. Boul. Saint-Laurent, "
                "près du métro Saint-Laurent. 514-555-0160",
            },
            {
                "n": 4,
                "t": "Jardin de Jade — NEW GIRLS cette semaine: Lily, Coco, Mimi",
                "b": "Cette semaine: Lily 22, Coco 23, Mimi 21, toutes nouvelles. Ouvert 7/7, "
                "10h-2h. Massage corps à corps 60$. 514-555-0160",
            },
            {
                "n": 3,
                "t": "Jardin de Jade 💆 new: Sunny, Kiki",
                "b": "New girls: Sunny 22, Kiki 20. Young Asian masseuses. 7 days, 10am-2am. "
                "Cheap 60$. 514-555-0160",
            },
        ),
        base={"s": "massagesqc", "c": "Montréal", "p": "514-555-0160"},
        days=49,
    ),
    Op(
        "b2-v02",
        "exploitative_venue",
        "Laval 'spa' open 24h, girls always available (live-in hint), young masseuses, rotating",
        (
            {
                "n": 4,
                "t": "Spa Orchidée Laval 24h/24 💮",
                "b": "Spa Orchidée, ouvert 24h sur 24, 7 jours. Nos jeunes masseuses sont toujours "
                "sur place, jour et nuit, même sans rendez-vous. Massage + extra. Nouvelle "
                "fille cette semaine. 450-555-0161, boul. des Laurentides.",
            },
            {
                "n": 3,
                "t": "Spa Orchidée 24h — nouvelles",
                "b": "2 nouvelles masseuses cette semaine (20 et 21 ans). Toujours sur place 24h. "
                "Massage 50$ demi-heure. 450-555-0161.",
            },
            {
                "n": 3,
                "t": "Orchidée Spa 24/7 Laval",
                "b": "24/7 spa, girls live close by and always available. Young new staff weekly. "
                "450-555-0161.",
            },
        ),
        base={"s": "massagesqc", "c": "Laval", "p": "450-555-0161"},
        days=49,
    ),
    Op(
        "b2-v03",
        "exploitative_venue",
        "Longueuil massage, 'new girls from Toronto', $40 special, bilingual",
        (
            {
                "n": 4,
                "t": "$40 SPECIAL massage Longueuil - new girls from Toronto",
                "b": "New girls arrived from Toronto!! Massage special 40$ (30 min), tips "
                "extra. Open 9am to midnight. Longueuil, boul. Taschereau. 450-555-0162. "
                "Nouvelles filles, spécial 40$!",
            },
            {
                "n": 3,
                "t": "Spécial 40$ Longueuil - filles nouvelles",
                "b": "Nouvelles filles arrivées cette semaine, spécial 40$ la demi-heure, "
                "pourboire "
                "en extra. Taschereau. 450-555-0162",
            },
        ),
        base={"s": "massagesqc", "c": "Longueuil", "p": "450-555-0162"},
        lang="mix",
        days=42,
    ),
    Op(
        "b2-v04",
        "exploitative_venue",
        "Ottawa body rub parlour, young Asian staff rotating weekly, open late",
        (
            {
                "n": 4,
                "t": "Golden Lotus Body Rub - NEW STAFF every week",
                "b": "Golden Lotus Holistic Centre. NEW young Asian staff every week!! Open 10am - "
                "3am. Body rub 30 min $80, 1 hr $120. Walk-ins welcome, shower available. "
                "Merivale Rd, Ottawa. 613-555-0163",
            },
            {
                "n": 3,
                "t": "Golden Lotus - new girls Vicky & Nana",
                "b": "This week new girls Vicky (21) & Nana (22). Young, sweet. Walk-ins welcome "
                "until 3am. 613-555-0163",
            },
        ),
        base={"s": "capital-listings", "c": "Ottawa", "p": "613-555-0163"},
        lang="en",
        days=42,
    ),
    Op(
        "b2-v05",
        "exploitative_venue",
        "Montréal 'spa' near Chinatown, 24/7, Chinese + "
        "English, rotating names, a minor among 'new girls'",
        (
            {
                "n": 3,
                "t": "新到 NEW GIRLS 24/7 Spa downtown",
                "b": "24/7 spa near Chinatown. 新到年轻女孩 New young girls every week. Shower, "
                "table shower, body massage. 30 min 70. No appointment needed. "
                "514-555-0164",
            },
            {
                "n": 3,
                "t": "Spa downtown 24/7 - new: Candy, Yoyo",
                "b": "New this week: Candy 19, Yoyo 20, very young and sweet. 24/7. 70$. "
                "514-555-0164",
            },
            {
                "n": 3,
                "t": "Spa 24/7 - new: Baby 18, Lulu",
                "minor": True,
                "b": "New this week: Baby 18 very very young, Lulu 22. Just arrived, no English. "
                "24/7, 70$. 514-555-0164",
            },
        ),
        base={"s": "massagesqc", "c": "Montréal", "p": "514-555-0164"},
        minor=True,
        lang="en",
        days=45,
    ),
]

OPS: tuple[Op, ...] = (*SOLO, *DUOS, *AGENCIES, *THIRD, *VENUES)


if __name__ == "__main__":
    write()
    ads, truth = build()
    kinds: dict[str, int] = {}
    for t in truth:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(f"{len(ads)} ads, {len(truth)} operators {kinds}")
