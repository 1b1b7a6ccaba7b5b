"""Builds the fifth *blind* hand-written market: ``ads.jsonl`` and ``truth.jsonl`` beside this file.

    python tests/score/data/blind5/build_blind5.py

Written in session 8 by an engineer who had not read the indicators, the scoring, the linking,
the simulator nor the other hand-written markets, so that its first measurement
(``FIRST_RUN.txt``) is an out-of-sample figure. Everything is synthetic: invented names, invented
sites, NPA-555-01XX numbers, ``example`` mail domains.

Seven invented sites, each with its own field conventions:

- ``nuitblanche``: Montréal / Laval / Rive-Sud French classifieds; HTML ``<br>`` bodies, a forced
  age field (an integer), a phone field written ``514-555-01XX``, local time with an offset;
- ``boreale``: Québec City and the regions; age written ``"24 ans"``, phone ``(418) 555-01XX``;
- ``bytown``: Ottawa-Gatineau, English-first; phone ``613.555.01XX``, time in UTC (``Z``);
- ``sixverified``: Toronto; a handle field, "verified" badges, markdown-ish bodies;
- ``detentepro``: a massage and wellness directory (business names, opening hours, no age);
- ``sucre``: a sugar-dating board; contact by handle or e-mail only, no phone field;
- ``babillard``: a mobile board whose ads are often near-empty (a title, one line, a phone field);
  local time without an offset.

The mix (74 operators): 45 solo independent adult workers, 6 duos of independents, 6 agencies
that do not exploit, 12 third parties controlling others (4 of them with a minor) and 5
exploitative venues (1 with a minor). Reposts run over eight weeks (2026-09-21 to 2026-11-16)
with small edits; ad ids are a hash of the operator id and the ad's rank, so they are stable as
long as an operator's ads keep their order.

The truth schema is that of ``unseen/holdout/truth.jsonl``: operator_id, kind, minor, ads,
minor_ads, note.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
START = datetime(2026, 9, 21)  # a Monday; day 0 of the market
DST_END = datetime(2026, 11, 1, 2)  # Montréal and Toronto fall back to UTC-5

# how each site writes its time stamp
TIME_STYLE = {
    "nuitblanche": "offset",
    "boreale": "offset",
    "bytown": "utc",
    "sixverified": "offset",
    "detentepro": "offset",
    "sucre": "utc",
    "babillard": "naive",
}


@dataclass(frozen=True)
class Post:
    """One ad as its operator wrote it (before it gets an id)."""

    site: str
    day: int
    hour: int
    title: str | None
    body: str
    city: str | None
    contact: tuple[tuple[str, str], ...]
    age: int | str | None
    minor: bool


@dataclass(frozen=True)
class Operator:
    """One operator of the market and every ad it placed, in order."""

    operator_id: str
    kind: str
    note: str
    posts: tuple[Post, ...]


def post(
    site: str,
    day: int,
    title: str | None,
    body: str,
    city: str | None,
    *,
    phone: str | None = None,
    email: str | None = None,
    handle: str | None = None,
    age: int | str | None = None,
    hour: int = 20,
    minor: bool = False,
) -> Post:
    contact = tuple(
        (k, v) for k, v in (("phone", phone), ("email", email), ("handle", handle)) if v
    )
    return Post(site, day, hour, title, body, city, contact, age, minor)


def br(*lines: str) -> str:
    """A nuitblanche-style HTML body."""
    return "<br>".join(lines)


def nl(*lines: str) -> str:
    return "\n".join(lines)


def stamp(site: str, day: int, hour: int) -> str:
    local = START + timedelta(days=day, hours=hour)
    offset = timedelta(hours=-5 if local >= DST_END else -4)
    style = TIME_STYLE[site]
    if style == "naive":
        return local.strftime("%Y-%m-%dT%H:%M:%S")
    if style == "utc":
        return (local - offset).strftime("%Y-%m-%dT%H:%M:%SZ")
    return local.replace(tzinfo=timezone(offset)).isoformat()


def pick(options: Sequence[str], k: int) -> str:
    return options[k % len(options)]


# ---------------------------------------------------------------------------------------------
# Independent adult workers (45 solo)
# ---------------------------------------------------------------------------------------------


def i01() -> Operator:
    phone = "514-555-0101"
    titles = [
        "Maude 💋 vraie fille du Plateau, GFE sans rush",
        "MAUDE ✨ chu de retour au Plateau",
        "Maude — GFE chaleureuse, incall Mont-Royal",
    ]
    body = br(
        "Allo les gars 😘 moi c'est Maude, 27 ans, vraie Québécoise pure laine.",
        "Chu pas une machine pis j'aime ça prendre mon temps: GFE, pas de rush, on jase.",
        "Incall propre pis discret proche du métro Mont-Royal. Outcall Plateau/Mile-End seulement.",
        "150 la demi / 250 l'heure. Pas de négo svp, c'est mes tarifs depuis 2 ans.",
        "Texto seulement, pas d'appels masqués. 514-555-0101",
    )
    november = body.replace(
        "150 la demi / 250 l'heure. Pas de négo svp, c'est mes tarifs depuis 2 ans.",
        "Nouveaux tarifs depuis novembre: 160 la demi / 260 l'heure (l'épicerie coûte cher 🙃).",
    )
    extras = [
        "Dispo ce soir à partir de 18h 🌙",
        "En congé lundi, sinon dispo toute la semaine",
        "Nouvelles photos!! 📸",
        "Réservez d'avance pour le weekend, ça part vite 😅",
    ]
    days = [0, 7, 13, 21, 28, 35, 42, 50]
    posts = [
        post(
            "nuitblanche",
            d,
            pick(titles, k),
            (body if d < 35 else november) + "<br>" + pick(extras, k),
            "Montréal",
            phone=phone,
            age=27,
            hour=14 + k % 5,
        )
        for k, d in enumerate(days)
    ]
    return Operator(
        "b5-i01", "independent", "Plateau GFE, joual, first person, weekly", tuple(posts)
    )


def i02() -> Operator:
    phone = "438-555-0102"
    body_a = br(
        "Salut! Jade, 19 ans (oui oui, 19 pour vrai, je peux montrer mes cartes 🪪).",
        "Étudiante au cégep, je fais ça quelques soirs par semaine pour payer mon appart.",
        "Je choisis mes clients: gentils, propres, respectueux. Pas de drogue, pas d'alcool.",
        "Incall à Laval (Chomedey), 180$/h. Je réponds moi-même, pas de booker.",
    )
    body_b = br(
        "Jade ici 🙂 encore 19 ans jusqu'en mars lol",
        "Session d'examens donc moins dispo, seulement jeudi et samedi soir.",
        "Texte-moi avec ton prénom + l'heure voulue, je confirme 1h avant.",
    )
    days = [2, 10, 24, 31, 45]
    posts = [
        post(
            "nuitblanche",
            d,
            "Jade 19 ans étudiante 📚 Laval" if k % 2 == 0 else "Jade 🌸 dispo jeudi & samedi",
            body_a if k % 2 == 0 else body_b,
            "Laval",
            phone=phone,
            age=19,
            hour=21,
        )
        for k, d in enumerate(days)
    ]
    return Operator("b5-i02", "independent", "19, says so, cégep student, Laval", tuple(posts))


def i03() -> Operator:
    phone = "416-555-0103"
    to_body = nl(
        "✔ Verified  ✔ Real pics  ✔ Independent",
        "Hola! I'm Sofia, 26, Colombian-Canadian 🇨🇴 curvy & sweet.",
        "**Incall** Liberty Village condo, **Outcall** downtown hotels.",
        "**Rates** 300/hr, 550/2hr. Deposit for outcall only.",
        "Text: 416-555-0103 (no calls before noon pls)",
    )
    mtl_body = br(
        "NEW IN TOWN ✈️ Sofia de Toronto, visiting Montréal quelques jours seulement!",
        "Colombienne 26 ans, je parle english + español + un peu de français 😅",
        "Hotel centre-ville près de Peel, 300/h. Text 416-555-0103",
    )
    posts = [
        post(
            "sixverified",
            0,
            "Sofia 🇨🇴 Latina GFE Liberty Village",
            to_body,
            "Toronto - Downtown",
            phone=phone,
            handle="@sofia.latina.to",
            age=26,
        ),
        post(
            "sixverified",
            9,
            "Sofia 🇨🇴 back home in TO",
            to_body,
            "Toronto - Downtown",
            phone=phone,
            handle="@sofia.latina.to",
            age=26,
        ),
        post(
            "nuitblanche",
            16,
            "Sofia 🇨🇴 VISITING MTL 3 jours",
            mtl_body,
            "Montréal",
            phone=phone,
            age=26,
            hour=11,
        ),
        post(
            "nuitblanche",
            18,
            "Sofia 🇨🇴 last day in MTL!!",
            mtl_body,
            "Montréal",
            phone=phone,
            age=26,
            hour=12,
        ),
        post(
            "sixverified",
            27,
            "Sofia 🇨🇴 Latina GFE",
            to_body,
            "Toronto - Downtown",
            phone=phone,
            handle="@sofia.latina.to",
            age=26,
        ),
        post(
            "nuitblanche",
            44,
            "Sofia 🇨🇴 de retour à MTL ce weekend",
            mtl_body,
            "Montréal",
            phone=phone,
            age=26,
            hour=10,
        ),
    ]
    return Operator(
        "b5-i03", "independent", "Toronto Latina, visits Montréal, lists ethnicity", tuple(posts)
    )


def i04() -> Operator:
    phone = "514-555-0104"
    core = (
        "Kiara, 24, métisse 🌺 indépendante. Ma meilleure amie me conduit sur la route "
        "(elle reste dans l'auto ou au café, c'est ma sécurité 🙏). "
    )
    stops = [
        (0, "nuitblanche", "Montréal", "Cette semaine à Montréal, incall Rosemont. 220/h."),
        (6, "boreale", "Québec", "En tournée: QUÉBEC jeudi-samedi, hôtel Ste-Foy. 220/h."),
        (13, "bytown", "Gatineau / Hull", "On tour: Gatineau/Hull Mon-Wed, then Ottawa. 240/hr."),
        (15, "bytown", "Ottawa", "Ottawa Centretown Wed-Fri only! 240/hr, screening required."),
        (21, "nuitblanche", "Montréal", "De retour à Montréal, incall Rosemont. 220/h."),
        (34, "boreale", "Québec", "Retour à Québec 🎉 vendredi-dimanche, Ste-Foy. 220/h."),
        (41, "bytown", "Ottawa", "Back in Ottawa for 3 days. Text early, spots go fast."),
        (49, "nuitblanche", "Montréal", "Home sweet home MTL 🏠 jusqu'à la fin du mois."),
    ]
    posts = [
        post(
            site,
            d,
            f"Kiara 🌺 tournée — {city}",
            br(core, line, "Texto: 514-555-0104"),
            city,
            phone=phone,
            age="24 ans" if site == "boreale" else 24,
            hour=10,
        )
        for d, site, city, line in stops
    ]
    return Operator(
        "b5-i04",
        "independent",
        "tours Mtl/Québec/Gatineau/Ottawa, a friend drives her",
        tuple(posts),
    )


def i05() -> Operator:
    old, new = "450-555-0105", "450-555-0155"
    body_old = br(
        "Aurélie, 31 ans, Longueuil. Douce, drôle, un peu nerd 🤓",
        "Incall privé près du métro Longueuil–Université-de-Sherbrooke. 200/h, 140/30min.",
        "Sur rendez-vous seulement, texto au 450-555-0105.",
    )
    body_new = br(
        "⚠️ NOUVEAU NUMÉRO ⚠️ l'ancien est fermé (trop de harcèlement, désolée pour mes réguliers)",
        "Aurélie, 31 ans, toujours à Longueuil, mêmes tarifs: 200/h, 140/30min.",
        "Texto au 450-555-0155. Les numéros bloqués/masqués = pas de réponse.",
    )
    posts = [
        post(
            "nuitblanche",
            1,
            "Aurélie 🤓 Longueuil incall",
            body_old,
            "Longueuil",
            phone=old,
            age=31,
        ),
        post("nuitblanche", 8, "Aurélie 🤓 Longueuil", body_old, "Longueuil", phone=old, age=31),
        post(
            "nuitblanche", 16, "Aurélie 🤓 Rive-Sud incall", body_old, "Rive-Sud", phone=old, age=31
        ),
        post(
            "nuitblanche", 26, "Aurélie — NOUVEAU NUMÉRO", body_new, "Longueuil", phone=new, age=31
        ),
        post("nuitblanche", 33, "Aurélie 🤓 nouveau # !", body_new, "Longueuil", phone=new, age=31),
        post("nuitblanche", 47, "Aurélie 🤓 Longueuil", body_new, "Rive-Sud", phone=new, age=31),
    ]
    return Operator(
        "b5-i05", "independent", "changed phone once after harassment, says so", tuple(posts)
    )


def i06() -> Operator:
    phone = "514-555-0106"
    body = br(
        "Hey loves 💖 Candice here, 29, trans woman (pre-op, fully functional 😉).",
        "Fem, friendly, curious-first-timers welcome, no judgment ever.",
        "Incall Village gai, 2 min from Beaudry. 200/h. Trans & proud 🏳️‍⚧️",
        "Parlez-moi en français ou en anglais, je switch sans problème.",
    )
    days = [3, 12, 19, 30, 40]
    titles = ["Candice TS 🏳️‍⚧️ Village", "Candice 💖 trans GFE Beaudry", "Candice 🏳️‍⚧️ dispo tard"]
    posts = [
        post("nuitblanche", d, pick(titles, k), body, "Montréal", phone=phone, age=29, hour=22)
        for k, d in enumerate(days)
    ]
    return Operator("b5-i06", "independent", "trans escort, Village, bilingual", tuple(posts))


def i07() -> Operator:
    phone = "450-555-0107"
    body = br(
        "Mireille, 52 ans, femme mature assumée 🍷",
        "Je poste une fois par mois, je prends 2-3 rendez-vous par semaine max.",
        "Hommes 40+ préférés, soupers, conversation, pis le reste si ça clique.",
        "Laval (Sainte-Rose). 250/h, 600 la soirée. Appelez entre 10h et 18h.",
    )
    posts = [
        post(
            "nuitblanche",
            5,
            "Mireille 52 🍷 femme mature Laval",
            body,
            "Laval",
            phone=phone,
            age=52,
            hour=10,
        ),
        post(
            "nuitblanche",
            36,
            "Mireille 52 🍷 cougar élégante",
            body,
            "Laval",
            phone=phone,
            age=52,
            hour=10,
        ),
    ]
    return Operator("b5-i07", "independent", "mature 52, posts once a month", tuple(posts))


def i08() -> Operator:
    phone = "450-555-0108"
    titles = [
        "Studio Mains d'Or — Noor, massothérapeute 🌿",
        "Massage tantrique & suédois — Studio Mains d'Or Brossard",
        "Noor 🌿 massage détente, Brossard",
    ]
    body = nl(
        "Studio Mains d'Or — mon petit studio à Brossard (je suis la seule masseuse).",
        "Massage suédois 90$/h (reçus pour assurances), massage tantrique 160$/h (pas de reçu).",
        "Ouvert mar-sam 11h-20h, sur rendez-vous seulement. Pas de sans-rendez-vous.",
        "Noor — 450-555-0108",
    )
    days = [0, 9, 17, 29, 38, 51]
    posts = [
        post("detentepro", d, pick(titles, k), body, "Brossard", phone=phone, hour=9)
        for k, d in enumerate(days)
    ]
    return Operator("b5-i08", "independent", "masseuse with her own one-woman studio", tuple(posts))


def i09() -> Operator:
    phone = "647-555-0109"
    handle = "@lexi.after.dark"
    body_to = nl(
        "Lexi 🖤 24, alt girl, tattoos & piercings, content creator",
        "See my VIP page (link in bio) before booking so you know what you're getting 😈",
        "Incall Queen West, 280/hr. Outcall +60.",
        "Booking: text only 647-555-0109 or DM " + handle,
    )
    body_mtl = br(
        "Lexi 🖤 visiting Montréal!! alt girl, tattoos, créatrice de contenu 🔥",
        "Hôtel Griffintown, 280/h. Abonne-toi à ma page VIP (lien dans bio) " + handle,
    )
    posts = [
        post(
            "sixverified",
            2,
            "Lexi 🖤 alt GFE Queen W",
            body_to,
            "Toronto - Downtown",
            phone=phone,
            handle=handle,
            age=24,
        ),
        post(
            "sixverified",
            11,
            "Lexi 🖤 new content + new pics",
            body_to,
            "Toronto - Downtown",
            phone=phone,
            handle=handle,
            age=24,
        ),
        post("nuitblanche", 20, "Lexi 🖤 visiting MTL", body_mtl, "Montréal", phone=phone, age=24),
        post(
            "sixverified",
            32,
            "Lexi 🖤 alt girl",
            body_to,
            "Toronto - Downtown",
            phone=phone,
            handle=handle,
            age=24,
        ),
        post(
            "sucre",
            39,
            "Lexi 🖤 spoil me",
            "alt girl, 24, content creator 🖤 DM " + handle,
            "Toronto",
            handle=handle,
            age=24,
        ),
        post(
            "sixverified",
            48,
            "Lexi 🖤 alt GFE",
            body_to,
            "Toronto - Downtown",
            phone=phone,
            handle=handle,
            age=24,
        ),
    ]
    return Operator(
        "b5-i09", "independent", "escort who also sells content online, handle", tuple(posts)
    )


def i10() -> Operator:
    phone = "613.555.0110"
    body = nl(
        "Chanel is a sophisticated brunette companion, 34, based in Ottawa's Glebe.",
        "She enjoys wine bars, long dinners and unhurried evenings. Chanel is well read, "
        "discreet and expects the same of her gentlemen.",
        "Screening: she asks for your name and one reference or a work e-mail.",
        "Donation: 350 for one hour, 900 for dinner dates. Chanel books herself: 613.555.0110",
    )
    days = [4, 14, 25, 35, 46]
    posts = [
        post(
            "bytown",
            d,
            "Chanel — Ottawa courtesan" if k % 2 else "Chanel 🥂 The Glebe",
            body,
            "Ottawa",
            phone=phone,
            age=34,
            hour=13,
        )
        for k, d in enumerate(days)
    ]
    return Operator("b5-i10", "independent", "third-person style, screening, Ottawa", tuple(posts))


def i11() -> Operator:
    phone = "514-555-0111"
    body = br(
        "Roxanne 😈 28 ans, blonde, pulpeuse. Incall Hochelaga (métro Joliette).",
        "120/30 · 180/h. Dispo 7/7 de midi à minuit, texte-moi.",
    )
    spellings = ["Roxanne", "R O X A N N E", "Roxanne", "R0XANNE", "roxanne"]
    nows = ["DISPO MAINTENANT 🔥", "dispo ce soir", "dispo midi", "last call 🌙", "dispo now"]
    days = [0, 3, 5, 8, 11, 15, 18, 22, 26, 29, 33, 37, 40, 44, 49, 53]
    posts = [
        post(
            "babillard",
            d,
            f"{pick(spellings, k)} 😈 {pick(nows, k)}",
            body,
            "mtl",
            phone=phone,
            hour=12 + k % 9,
        )
        for k, d in enumerate(days)
    ]
    return Operator("b5-i11", "independent", "bumps very often, same text", tuple(posts))


def i12() -> Operator:
    work, text_line = "438-555-0112", "514-555-0162"
    body = br(
        "Bianca, 30 ans, Italienne de St-Léonard 🇮🇹",
        "Appels: 438-555-0112 · Textos seulement: 514-555-0162 (mon 2e cell)",
        "Incall St-Léonard, 200/h. Outcall Anjou/Montréal-Nord +40.",
    )
    short = br("Bianca 🇮🇹 dispo cette semaine, texte au 514-555-0162")
    posts = [
        post("nuitblanche", 1, "Bianca 🇮🇹 St-Léonard", body, "Montréal", phone=work, age=30),
        post("nuitblanche", 10, "Bianca 🇮🇹 ciao!", body, "Montréal", phone=work, age=30),
        post("babillard", 17, "Bianca 🇮🇹", short, "mtl", phone=text_line),
        post("nuitblanche", 27, "Bianca 🇮🇹 St-Léonard", body, "Montréal", phone=work, age=30),
        post("babillard", 38, "Bianca dispo", short, "mtl", phone=text_line),
        post("nuitblanche", 50, "Bianca 🇮🇹 incall", body, "Montréal", phone=work, age=30),
    ]
    return Operator("b5-i12", "independent", "two phones (calls / texts), Italian", tuple(posts))


def i13() -> Operator:
    email = "emilie.rendezvous@example.net"
    body = br(
        "Émilie — accompagnatrice indépendante, 33 ans, Outremont.",
        "",
        "Un mot sur moi: ancienne prof de piano, j'ai choisi ce métier il y a cinq ans et je "
        "le fais à mon rythme. Je lis beaucoup (en ce moment Anne Hébert), je cuisine mal, "
        "je ris fort. J'aime les hommes curieux, polis, qui savent écouter autant que parler.",
        "",
        "Ce que je propose: des rencontres sans montre, un verre de vin, de la conversation, "
        "de la tendresse pis de la complicité. Ce que je ne propose pas: le sans condom, les "
        "photos, les négociations, les rencontres de 15 minutes.",
        "",
        "Mon condo est à deux pas du métro Outremont; je me déplace aussi à l'hôtel (centre-"
        "ville, Vieux-Montréal) pour 2 h minimum.",
        "",
        "Pour une première rencontre: prénom, nom, employeur OU une référence d'une collègue.",
        "Dépôt de 50$ par virement Interac pour les nouveaux, déduit du tarif.",
        "300/h · 800 soirée · 1500 nuit. Réservations par courriel: " + email,
        "Je ne réponds pas aux textos sans présentation.",
    )
    days = [6, 20, 34, 41, 52]
    posts = [
        post(
            "nuitblanche",
            d,
            "Émilie — rendez-vous raffinés, Outremont",
            body,
            "Montréal",
            email=email,
            age=33,
            hour=11,
        )
        for d in days
    ]
    return Operator("b5-i13", "independent", "screening + deposit, e-mail only", tuple(posts))


def i14() -> Operator:
    phone = "450-555-0114"
    first = br(
        "Nouvelle!! 🙈 Première semaine que j'annonce, soyez indulgents lol",
        "Zoé, 21 ans, petite (4'11), cheveux roses. Je reçois chez moi à Longueuil.",
        "160/h. Condom obligatoire, pas de négo. Texto 450-555-0114",
    )
    later = br(
        "Zoé 💗 21 ans, petite 4'11. Merci pour le bel accueil les gars!",
        "Longueuil, 160/h. Texto 450-555-0114",
    )
    posts = [
        post(
            "nuitblanche",
            23,
            "Zoé 💗 nouvelle, petite 4'11",
            first,
            "Longueuil",
            phone=phone,
            age=21,
        ),
        post("nuitblanche", 28, "Zoé 💗 petite & cute", later, "Longueuil", phone=phone, age=21),
        post("babillard", 37, "Zoé 💗", "petite 21 ans rive-sud, texto", "rive-sud", phone=phone),
        post("nuitblanche", 46, "Zoé 💗 petite Longueuil", later, "Longueuil", phone=phone, age=21),
    ]
    return Operator("b5-i14", "independent", "petite, new and says so, 21", tuple(posts))


def i15() -> Operator:
    phone = "647-555-0115"
    body = nl(
        "Naomi ✨ 27, ebony goddess, 5'9 and all legs.",
        "OUTCALL ONLY (no incall). Downtown/Midtown hotels & condos, 320/hr.",
        "Fly me to you ✈️ — Montréal, Ottawa, NYC: FMTY rates on request, travel + deposit.",
        "Text 647-555-0115 with date, time, hotel. I'll confirm myself.",
    )
    days = [1, 12, 23, 33, 47]
    posts = [
        post(
            "sixverified",
            d,
            "Naomi ✨ ebony outcall | FMTY",
            body,
            "Toronto - Midtown",
            phone=phone,
            handle="@naomi.ebony.vip",
            age=27,
            hour=16,
        )
        for d in days
    ]
    return Operator("b5-i15", "independent", "outcall only, fly-me-to-you, ethnicity", tuple(posts))


def i16() -> Operator:
    phone = "819-555-0116"
    body = br(
        "Isabelle de Sherbrooke 🍁 en ville pour le weekend seulement!",
        "Je suis à l'hôtel au centre-ville (je donne le nom une fois confirmé).",
        "35 ans, rousse naturelle, 220/h. Texto 819-555-0116",
    )
    posts = [
        post(
            "nuitblanche",
            4,
            "Isabelle 🍁 à l'hôtel ce weekend",
            body,
            "Montréal",
            phone=phone,
            age=35,
            hour=9,
        ),
        post(
            "nuitblanche",
            18,
            "Isabelle 🍁 rousse, hôtel centre-ville",
            body,
            "Montréal",
            phone=phone,
            age=35,
            hour=9,
        ),
        post(
            "boreale",
            25,
            "Isabelle 🍁 Sherbrooke chez moi",
            br(
                "Isabelle, 35 ans, rousse. Chez moi à Sherbrooke cette semaine. 200/h.",
                "Texto (819) 555-0116",
            ),
            "Sherbrooke",
            phone="(819) 555-0116",
            age="35 ans",
        ),
        post(
            "nuitblanche",
            32,
            "Isabelle 🍁 hôtel MTL ce weekend",
            body,
            "Montréal",
            phone=phone,
            age=35,
            hour=9,
        ),
    ]
    return Operator(
        "b5-i16", "independent", "posts from a hotel on weekends, from Sherbrooke", tuple(posts)
    )


def i17() -> Operator:
    phone = "514-555-0117"
    body = br(
        "Tania, 26 ans, brunette sportive 🏋️‍♀️ Villeray.",
        "Je partage mon appart avec une amie qui travaille aussi (Mélissa, elle a sa propre "
        "annonce). Duo possible si vous nous écrivez toutes les deux!",
        "Solo 180/h. Texto 514-555-0117 pour moi seulement.",
    )
    days = [2, 11, 22, 35, 48]
    posts = [
        post(
            "nuitblanche",
            d,
            "Tania 🏋️‍♀️ sportive Villeray",
            body
            if d < 35
            else body + "<br>PS: Mélissa est partie en voyage, pas de duo ce mois-ci.",
            "Montréal",
            phone=phone,
            age=26,
            hour=19,
        )
        for d in days
    ]
    return Operator(
        "b5-i17", "independent", "shares a flat with another worker (b5-i18)", tuple(posts)
    )


def i18() -> Operator:
    phone = "514-555-0118"
    body = br(
        "Coucou 🌷 Mélissa, 29, blonde, très douce. Métro Jarry.",
        "Ma coloc Tania annonce aussi, on fait des duos de temps en temps 😏 demandez-lui "
        "sur son numéro à elle.",
        "200/h, 130/30. Mon numéro: 514-555-0118",
    )
    days = [3, 14, 24, 37, 50]
    posts = [
        post(
            "nuitblanche",
            d,
            "Mélissa 🌷 douce blonde Jarry",
            body,
            "Montréal",
            phone=phone,
            age=29,
            hour=18,
        )
        for d in days
    ]
    return Operator("b5-i18", "independent", "flatmate of b5-i17, own phone", tuple(posts))


def i19() -> Operator:
    phone = "438-555-0119"
    bodies = ["textez", "dispo", "txt only", "", "dispo tard", "🙂"]
    days = [0, 8, 15, 25, 39, 52]
    posts = [
        post("babillard", d, "Gab 💋", pick(bodies, k), "mtl", phone=phone, hour=23)
        for k, d in enumerate(days)
    ]
    return Operator(
        "b5-i19", "independent", "near-empty ads, phone only in the field", tuple(posts)
    )


def i20() -> Operator:
    phone = "450-555-0120"
    body = br(
        "Amira 🌙 Libanaise, 28 ans, yeux noirs, très classe.",
        "Je parle arabe, français, English. Incall Laval (Centropolis), 240/h.",
        "Discrétion totale. Texto seulement au 450-555-0120 (je réponds vite).",
    )
    days = [6, 19, 31, 43]
    posts = [
        post(
            "nuitblanche",
            d,
            "Amira 🌙 Libanaise classe — Laval",
            body,
            "Laval",
            phone=phone,
            age=28,
            hour=17,
        )
        for d in days
    ]
    return Operator("b5-i20", "independent", "lists ethnicity (Lebanese), Laval", tuple(posts))


def i21() -> Operator:
    phone = "438-555-0121"
    body = br(
        "Yuki 🌸 Japanese-Canadian, 30, born in Vancouver, living in MTL for 6 years.",
        "INDÉPENDANTE — not a spa, not an agency. I answer my phone myself.",
        "Incall condo downtown (Guy-Concordia), 260/h. Outcall +50.",
        "No explicit texts please. 438-555-0121",
    )
    days = [1, 13, 26, 36, 49]
    posts = [
        post(
            "nuitblanche",
            d,
            "Yuki 🌸 Japanese-Canadian independent",
            body,
            "Montréal",
            phone=phone,
            age=30,
            hour=15,
        )
        for d in days
    ]
    return Operator("b5-i21", "independent", "Asian independent, says not a spa", tuple(posts))


def i22() -> Operator:
    handle = "@vicky_sweet_mtl"
    bodies = [
        "22, étudiante en design 🎨 cherche un gentleman généreux pour soupers & voyages. "
        "Allowance à discuter. Pas d'escorte, pas de 'pay per meet' 🙅‍♀️",
        "Sugar baby 22 🍯 looking for a mentor, drinks first, see where it goes. "
        "Arrangement mensuel seulement.",
    ]
    days = [5, 19, 33, 47]
    posts = [
        post("sucre", d, "Vicky 🍯 cherche mentor", pick(bodies, k), "MTL", handle=handle, age=22)
        for k, d in enumerate(days)
    ]
    return Operator("b5-i22", "independent", "sugar-dating posts, handle only, 22", tuple(posts))


def i23() -> Operator:
    phone = "579-555-0123"
    body = br(
        "Camille, 20 ans 🌼 vraies photos, pas d'agence, pas de pimp, juste moi.",
        "Saint-Lambert, incall chez moi. 170/h. J'ai des colocs donc discrétion svp.",
        "Texto 579-555-0123",
    )
    days = [4, 12, 27, 40, 51]
    posts = [
        post(
            "nuitblanche",
            d,
            "Camille 20 ans 🌼 juste moi",
            body,
            "Rive-Sud",
            phone=phone,
            age=20,
            hour=20,
        )
        for d in days
    ]
    return Operator("b5-i23", "independent", "20, 'pas d'agence, pas de pimp'", tuple(posts))


def i24() -> Operator:
    body = nl(
        "Steph 💫 33, bilingue, Hull side — je traverse à Ottawa le jeudi.",
        "Incall Hull (Vieux-Hull) 200/h · Ottawa outcall Thursdays only 250/hr.",
        "Rules / règles: pas de photos, condom always, no bargaining, be on time sinon "
        "on raccourcit le temps.",
        "Je suis pas une agence, just me, myself and my cat 🐈 — si tu me textes à 3h du "
        "matin, don't expect an answer avant midi lol.",
        "Text me first with a quick intro: 819-555-0124",
    )
    days = [0, 9, 16, 23, 37, 45]
    posts = [
        post(
            "bytown",
            d,
            "Steph 💫 Hull / Ottawa jeudi",
            body,
            "Gatineau / Hull" if k % 3 else "Ottawa",
            phone="819.555.0124",
            age=33,
        )
        for k, d in enumerate(days)
    ]
    return Operator("b5-i24", "independent", "bilingual Gatineau, crosses to Ottawa", tuple(posts))


def i25() -> Operator:
    phone = "514-555-0125"
    mtl = br(
        "Léa 🦋 25 ans, Montréal (Ahuntsic). GFE, massage inclus.",
        "180/h. Une fin de semaine par mois je monte à Québec!",
        "Texto 514-555-0125",
    )
    qc = br(
        "Léa 🦋 de Montréal, EN VISITE à Québec ce weekend (Limoilou).",
        "25 ans, GFE, 200/h. Texto (514) 555-0125",
    )
    posts = [
        post("nuitblanche", 2, "Léa 🦋 Ahuntsic GFE", mtl, "Montréal", phone=phone, age=25),
        post(
            "boreale",
            11,
            "Léa 🦋 en visite à Québec",
            qc,
            "Québec",
            phone="(514) 555-0125",
            age="25 ans",
        ),
        post("nuitblanche", 21, "Léa 🦋 Ahuntsic", mtl, "Montréal", phone=phone, age=25),
        post(
            "boreale",
            39,
            "Léa 🦋 retour à Québec",
            qc,
            "Québec",
            phone="(514) 555-0125",
            age="25 ans",
        ),
        post("nuitblanche", 46, "Léa 🦋 GFE Ahuntsic", mtl, "Montréal", phone=phone, age=25),
    ]
    return Operator("b5-i25", "independent", "visits Québec City monthly", tuple(posts))


def i26() -> Operator:
    phone = "416-555-0126"
    body = nl(
        "Maya 🪷 29, Desi girl next door, Punjabi & English.",
        "Incall Etobicoke (near Kipling stn). 250/hr, 180/45min.",
        "Independent, discreet. Text 416-555-0126 — no withheld numbers.",
    )
    days = [7, 21, 35, 49]
    posts = [
        post(
            "sixverified",
            d,
            "Maya 🪷 Desi GFE Etobicoke",
            body,
            "Toronto - Etobicoke",
            phone=phone,
            age=29,
        )
        for d in days
    ]
    return Operator("b5-i26", "independent", "Desi, lists ethnicity, Toronto", tuple(posts))


def i27() -> Operator:
    phone = "647-555-0127"
    body = nl(
        "✔ Verified by site ✔ 100% real",
        "Rose is a petite redhead, 23, with a wicked laugh. She loves a slow GFE and good "
        "music. Rose sees a few gentlemen a week from her North York condo.",
        "Rates: 250/hr · 450/2hr · no rush ever",
        "Rose answers her own texts: 647-555-0127",
    )
    days = [3, 10, 24, 38, 52]
    posts = [
        post(
            "sixverified",
            d,
            "Rose 🌹 petite redhead GFE",
            body,
            "North York",
            phone=phone,
            handle="@rose.ny.gfe",
            age=23,
        )
        for d in days
    ]
    return Operator("b5-i27", "independent", "third person, petite, verified, 23", tuple(posts))


def i28() -> Operator:
    body_phone = "5️⃣1️⃣4️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣2️⃣8️⃣"
    body = br(
        "Kim 🐱 32 ans, PSE ou GFE, c'est toi qui choisis. No rush 💤",
        "Incall Verdun (métro De l'Église). 200/h, 350/2h.",
        "📲 " + body_phone,
    )
    days = [1, 9, 20, 30, 44]
    posts = [
        post("nuitblanche", d, "Kim 🐱 PSE/GFE no rush — Verdun", body, "Montréal", age=32, hour=22)
        for d in days
    ]
    return Operator("b5-i28", "independent", "phone only in emoji digits, PSE", tuple(posts))


def i29() -> Operator:
    words = "quatre cinq zéro - cinq cinq cinq - zéro un deux neuf"
    body = br(
        "Jessie 🍒 26 ans, Laval (Vimont).",
        "Mon numéro en lettres à cause des robots: " + words,
        "180/h, incall seulement. Pas de texto après minuit.",
    )
    days = [6, 17, 31, 45]
    posts = [post("nuitblanche", d, "Jessie 🍒 Vimont", body, "Laval", age=26) for d in days]
    return Operator("b5-i29", "independent", "phone spelled in French words", tuple(posts))


def i30() -> Operator:
    phone = "438-555-0130"
    body = br(
        "Océane 📖 22 ans, étudiante à l'université (bacc en socio, oui pour vrai).",
        "OUTCALL seulement: hôtels centre-ville & Plateau. 220/h, taxi inclus.",
        "Pas de dépôt pour les réguliers. Texto 438-555-0130",
    )
    days = [2, 16, 28, 42, 53]
    posts = [
        post(
            "nuitblanche",
            d,
            "Océane 📖 étudiante, outcall",
            body,
            "Montréal",
            phone=phone,
            age=22,
            hour=19,
        )
        for d in days
    ]
    return Operator("b5-i30", "independent", "university student 22, outcall", tuple(posts))


def i31() -> Operator:
    phone = "450-555-0131"
    body = nl(
        "Valérie — massage sensuel naturiste à domicile (chez moi), Vieux-Longueuil.",
        "Table professionnelle, huiles chaudes, finition manuelle incluse. 140$/h.",
        "Femme de 38 ans, je travaille seule. Lun-ven 10h-19h.",
        "450-555-0131",
    )
    days = [0, 7, 14, 21, 35, 49]
    posts = [
        post(
            "detentepro",
            d,
            "Massage naturiste Valérie 🕯️ Vieux-Longueuil",
            body,
            "Longueuil",
            phone=phone,
            hour=8,
        )
        for d in days
    ]
    return Operator("b5-i31", "independent", "sensual massage at home, works alone", tuple(posts))


def i32() -> Operator:
    body = nl(
        "Ashley 🌴 mixed Jamaican / French-Canadian, 27, Kanata.",
        "Incall Kanata, outcall west end. 240/hr. Fluent English, français correct.",
        "Text three four three, five five five, zero one three two — screening for first "
        "timers (name + ref).",
    )
    days = [5, 15, 29, 43, 54]
    posts = [
        post("bytown", d, "Ashley 🌴 Kanata", body, "Kanata", phone="343.555.0132", age=27)
        for d in days
    ]
    return Operator("b5-i32", "independent", "mixed ethnicity listed, Ottawa west", tuple(posts))


def i33() -> Operator:
    phone = "514-555-0133"
    posts = [
        post(
            "nuitblanche",
            3,
            "Sarah 👠 talons hauts Centre-Sud",
            br("Sarah, 30 ans, grande 5'10 en talons 👠 Centre-Sud.", "200/h. Texto 514-555-0133"),
            "Montréal",
            phone=phone,
            age=30,
        ),
        post("babillard", 10, "Sasha 👠", "grande brune, centre-sud, 200", "mtl", phone=phone),
        post(
            "sucre",
            17,
            "Sally 👠 tall & classy",
            "Tall brunette 30, dinner dates & more, MTL. Txt 514-555-0133",
            "MTL",
            age=30,
            handle="@sally.tall",
        ),
        post(
            "nuitblanche",
            24,
            "Sarah 👠 grande brune",
            br("Sarah 30 ans 5'10 👠", "Centre-Sud, 200/h. 514-555-0133"),
            "Montréal",
            phone=phone,
            age=30,
        ),
        post("babillard", 38, "Sasha 👠 dispo", "", "mtl", phone=phone),
        post(
            "nuitblanche",
            45,
            "Sarah 👠",
            br("Sarah 30 ans, Centre-Sud, 200/h.", "Texto 514-555-0133"),
            "Montréal",
            phone=phone,
            age=30,
        ),
    ]
    return Operator(
        "b5-i33", "independent", "three work names on three sites, one phone", tuple(posts)
    )


def i34() -> Operator:
    phone = "438-555-0134"
    body = br(
        "Nadia ❄️ 31, originally from Ukraine, in Montréal since 2019.",
        "My English is good, mon français un peu moins 😊",
        "Private condo Griffintown, I work alone and choose my hours. 250/h.",
        "Safe sex only. Text 438-555-0134",
    )
    days = [4, 18, 32, 46, 53]
    posts = [
        post(
            "nuitblanche",
            d,
            "Nadia ❄️ Griffintown, independent",
            body,
            "Montréal",
            phone=phone,
            age=31,
        )
        for d in days
    ]
    return Operator("b5-i34", "independent", "Eastern European independent, alone", tuple(posts))


def i35() -> Operator:
    phone = "647-555-0135"
    body = nl(
        "Brittany 💕 fresh 20 yr old, blonde, bubbly, new to this (2nd month!)",
        "Incall Scarborough Town Centre area, 200/hr half 140.",
        "ID shown if you're nervous lol. Text 647-555-0135, I reply myself.",
    )
    days = [8, 22, 34, 47]
    posts = [
        post(
            "sixverified",
            d,
            "Brittany 💕 fresh 20 y/o Scarborough",
            body,
            "Scarborough",
            phone=phone,
            age=20,
        )
        for d in days
    ]
    return Operator("b5-i35", "independent", "20, 'fresh', new, Toronto", tuple(posts))


def i36() -> Operator:
    phone = "450-555-0136"
    body = br(
        "Karine, 44 ans, femme mature de Terrebonne 🍂",
        "Divorcée, libre le jour, je reçois dans mon condo. 180/h.",
        "Hommes respectueux seulement. 450-555-0136",
    )
    days = [9, 23, 37, 51]
    posts = [
        post(
            "nuitblanche",
            d,
            "Karine 44 🍂 mature Terrebonne",
            body,
            "Terrebonne",
            phone=phone,
            age=44,
            hour=9,
        )
        for d in days
    ]
    return Operator("b5-i36", "independent", "mature 44, Rive-Nord, day hours", tuple(posts))


def i37() -> Operator:
    phone = "(418) 555-0137"
    body = br(
        "Lola 🍑 BBW, ronde pis fière, 36 ans, Charlesbourg.",
        "Câlins, massage, GFE. 160/h. Je reçois en après-midi seulement.",
        "Texto au 418-555-0137",
    )
    days = [1, 12, 26, 40, 50]
    posts = [
        post(
            "boreale",
            d,
            "Lola 🍑 BBW Charlesbourg",
            body,
            "Québec",
            phone=phone,
            age="36 ans",
            hour=11,
        )
        for d in days
    ]
    return Operator("b5-i37", "independent", "BBW, Québec City", tuple(posts))


def i38() -> Operator:
    email = "daphne.bookings@example.org"
    mtl = br(
        "Daphné ✨ 28, courtisane bilingue. Montréal lun-mar, Toronto mer-jeu.",
        "Réservations par courriel seulement: " + email,
        "400/h, 1000 dîner + soirée. Présentation polie SVP.",
    )
    to = nl(
        "Daphné ✨ 28, bilingual companion from Montréal, in Toronto Wed-Thu.",
        "Booking by email only: " + email,
        "400/hr, 1000 dinner date.",
    )
    posts = [
        post(
            "nuitblanche", 0, "Daphné ✨ courtisane bilingue", mtl, "Montréal", email=email, age=28
        ),
        post(
            "sixverified",
            2,
            "Daphné ✨ Montréal companion in TO",
            to,
            "Yorkville",
            email=email,
            age=28,
        ),
        post("nuitblanche", 14, "Daphné ✨", mtl, "Montréal", email=email, age=28),
        post(
            "sixverified", 30, "Daphné ✨ in Toronto Wed-Thu", to, "Yorkville", email=email, age=28
        ),
        post("nuitblanche", 42, "Daphné ✨ courtisane", mtl, "Montréal", email=email, age=28),
    ]
    return Operator("b5-i38", "independent", "tours Mtl/Toronto, e-mail booking only", tuple(posts))


def i39() -> Operator:
    phone = "450-555-0139"
    days = [2, 9, 16, 30, 44]
    posts = [post("babillard", d, "Mia ❤️ Laval", "", "laval", phone=phone, hour=21) for d in days]
    return Operator("b5-i39", "independent", "title only, no body, phone field", tuple(posts))


def i40() -> Operator:
    phone = "514-555-0140"
    body = br(
        "Marco, 35, escorte masculin pour femmes et couples 🧔",
        "Souper, massage, soirée complète. Discret, propre, bilingue.",
        "250/h. Texto 514-555-0140",
    )
    days = [7, 28, 49]
    posts = [
        post(
            "nuitblanche",
            d,
            "Marco 🧔 escorte masculin pour femmes",
            body,
            "Montréal",
            phone=phone,
            age=35,
        )
        for d in days
    ]
    return Operator("b5-i40", "independent", "male escort for women", tuple(posts))


def i41() -> Operator:
    phone = "514-555-0141"
    body = br(
        "Maîtresse Jasmine ⛓️ dominatrice professionnelle, donjon privé Hochelaga.",
        "Sessions BDSM, fétiches, jeux de rôle. AUCUN service sexuel.",
        "Tribute 250/h. Questionnaire obligatoire avant la session.",
        "514-555-0141 (texto)",
    )
    days = [5, 19, 33, 47]
    posts = [
        post(
            "nuitblanche", d, "Maîtresse Jasmine ⛓️ pro-domme", body, "Montréal", phone=phone, age=37
        )
        for d in days
    ]
    return Operator("b5-i41", "independent", "pro-domme, no sex services", tuple(posts))


def i42() -> Operator:
    phone = "438-555-0142"
    body = br(
        "Lucie ici, je poste une fois par mois quand j'ai des disponibilités 🌙",
        "41 ans, Rosemont, 200/h. Réguliers en priorité. 438-555-0142",
    )
    posts = [
        post("nuitblanche", 8, "Lucie 🌙 dispos du mois", body, "Montréal", phone=phone, age=41),
        post(
            "nuitblanche", 38, "Lucie 🌙 dispos de novembre", body, "Montréal", phone=phone, age=41
        ),
    ]
    return Operator("b5-i42", "independent", "posts once a month", tuple(posts))


def i43() -> Operator:
    handle = "@heloise_mtl"
    body = br(
        "Héloïse 🖋️ 29, littéraire, lunettes, Mile End.",
        "NO DEPOSIT = NO DATE. Dépôt 30% par virement pour tous, sans exception.",
        "Écris-moi sur " + handle + " (je ne donne pas mon numéro avant le dépôt).",
        "300/h, 2h minimum pour les soupers.",
    )
    days = [3, 17, 31, 52]
    posts = [
        post("nuitblanche", d, "Héloïse 🖋️ Mile End", body, "Montréal", handle=handle, age=29)
        for d in days
    ]
    return Operator("b5-i43", "independent", "handle only, strict deposit rule", tuple(posts))


def i44() -> Operator:
    phone = "416-555-0144"
    body = nl(
        "NEW IN TOWN 🚗 Tiffany from Toronto, 3 days only in Gatineau!",
        "25, blonde, fit. Hotel near the casino. 250/hr.",
        "Text 416-555-0144 — traveling alone, no drivers, no games.",
    )
    posts = [
        post(
            "bytown",
            6,
            "Tiffany 🚗 new in town 3 days",
            body,
            "Gatineau / Hull",
            phone="416.555.0144",
            age=25,
        ),
        post(
            "bytown",
            7,
            "Tiffany 🚗 day 2 Gatineau",
            body,
            "Gatineau / Hull",
            phone="416.555.0144",
            age=25,
        ),
        post(
            "sixverified",
            14,
            "Tiffany 💛 back in TO",
            "Tiffany 25 blonde fit, Yonge & Eg incall, 250/hr. Text 416-555-0144",
            "Toronto - Midtown",
            phone=phone,
            age=25,
        ),
        post(
            "bytown",
            34,
            "Tiffany 🚗 new in town again!",
            body,
            "Gatineau / Hull",
            phone="416.555.0144",
            age=25,
        ),
        post(
            "sixverified",
            42,
            "Tiffany 💛 Yonge & Eg",
            "Tiffany 25 blonde fit, Yonge & Eg incall, 250/hr. Text 416-555-0144",
            "Toronto - Midtown",
            phone=phone,
            age=25,
        ),
    ]
    return Operator(
        "b5-i44", "independent", "'new in town' tours from Toronto to Gatineau", tuple(posts)
    )


def i45() -> Operator:
    phone = "450-555-0145"
    body = br(
        "Heille 👋 Fanny, 30 ans, une vraie fille d'icitte, Vieux-Longueuil.",
        "Chu pas compliquée: on s'jase, on rit, pis on a du fun. Pas de chichi.",
        "160 de l'heure, cash ou virement. Texte-moé au 4 5 0 . 5 5 5 . 0 1 4 5",
    )
    days = [4, 11, 25, 39, 48]
    posts = [
        post(
            "nuitblanche",
            d,
            "Fanny 👋 fille d'icitte Longueuil",
            body,
            "Longueuil",
            phone=phone,
            age=30,
            hour=16,
        )
        for d in days
    ]
    return Operator("b5-i45", "independent", "heavy joual, Longueuil", tuple(posts))


# ---------------------------------------------------------------------------------------------
# Duos of independents (6)
# ---------------------------------------------------------------------------------------------


def d01() -> Operator:
    cassie, lou = "514-555-0151", "514-555-0152"
    duo = br(
        "DUO Cassie &amp; Lou 👯‍♀️ deux amies (pas s&oelig;urs lol) qui aiment travailler ensemble.",
        "Cassie 25 brune · Lou 27 blonde. Duo 450/h, solo 200/h chacune.",
        "Cassie: 514-555-0151 · Lou: 514-555-0152 — écrivez à celle que vous voulez, on se parle.",
    )
    posts = [
        post(
            "nuitblanche", 2, "DUO Cassie & Lou 👯‍♀️ Plateau", duo, "Montréal", phone=cassie, age=25
        ),
        post(
            "nuitblanche",
            9,
            "Cassie 🖤 solo ou duo",
            br("Cassie 25 brune, Plateau. Solo 200/h, duo avec Lou possible.", "514-555-0151"),
            "Montréal",
            phone=cassie,
            age=25,
        ),
        post(
            "nuitblanche",
            12,
            "Lou 💛 solo ou duo",
            br(
                "Lou 27 blonde, Plateau. 200/h. Duo avec ma chum Cassie sur demande.",
                "514-555-0152",
            ),
            "Montréal",
            phone=lou,
            age=27,
        ),
        post("nuitblanche", 23, "DUO Cassie & Lou 👯‍♀️", duo, "Montréal", phone=lou, age=27),
        post(
            "nuitblanche", 37, "DUO Cassie & Lou 👯‍♀️ retour", duo, "Montréal", phone=cassie, age=25
        ),
        post(
            "nuitblanche",
            51,
            "Lou 💛 dispo",
            br("Lou 27 blonde, 200/h. 514-555-0152"),
            "Montréal",
            phone=lou,
            age=27,
        ),
    ]
    return Operator(
        "b5-d01", "duo", "two friends, each her own phone, duo + solo ads", tuple(posts)
    )


def d02() -> Operator:
    phone = "450-555-0153"
    body = br(
        "Couple hot 🔥 Julie (34) & Marc (38) de Laval.",
        "On reçoit couples, femmes seules et hommes seuls (Julie seulement, Marc regarde 😏).",
        "Soirée 400, 2h 300. On est un vrai couple marié depuis 10 ans.",
        "Écrivez-nous: 450-555-0153",
    )
    days = [6, 20, 34, 48]
    posts = [
        post("nuitblanche", d, "Couple 🔥 Julie & Marc — Laval", body, "Laval", phone=phone, age=34)
        for d in days
    ]
    return Operator("b5-d02", "duo", "a married couple advertising together", tuple(posts))


def d03() -> Operator:
    phone = "613-555-0154"
    body = nl(
        "Besties on tour 👭 Jenna (24) & Kayla (26), from Winnipeg, both independent.",
        "We travel together because it's safer & more fun. Duo 500/hr, solo 260/hr.",
        "This week: {where}. One phone for both of us: 613-555-0154 (we share it on the road).",
    )
    stops = [
        (3, "bytown", "Ottawa", "Ottawa ByWard"),
        (5, "bytown", "Gatineau / Hull", "Gatineau, Plateau area"),
        (18, "nuitblanche", "Montréal", "Montréal centre-ville"),
        (20, "nuitblanche", "Montréal", "Montréal, derniers jours"),
        (33, "bytown", "Ottawa", "back in Ottawa"),
        (41, "boreale", "Québec", "Québec City (first time!)"),
    ]
    posts = [
        post(
            site,
            d,
            f"Besties duo 👭 Jenna & Kayla — {where}",
            body.format(where=where),
            city,
            phone="613.555.0154" if site == "bytown" else phone,
            age="24 ans" if site == "boreale" else 24,
        )
        for d, site, city, where in stops
    ]
    return Operator("b5-d03", "duo", "two friends touring with one shared phone", tuple(posts))


def d04() -> Operator:
    phone = "450-555-0156"
    duo = br(
        "Coloc duo 🏠 Anaïs & Rebecca, on habite ensemble à Laval (Pont-Viau).",
        "Notre ligne commune: 450-555-0156 — c'est l'une ou l'autre qui répond!",
        "Duo 380/h · solo 190/h. On décide nous-mêmes de nos horaires.",
    )
    anais = br(
        "Anaïs 23 🐚 rousse, Pont-Viau. 190/h.",
        "Ligne partagée avec ma coloc Rebecca: 450-555-0156",
    )
    rebecca = br(
        "Rebecca 27 🌻 brune, Pont-Viau. 190/h.", "Notre ligne (Anaïs & moi): 450-555-0156"
    )
    posts = [
        post("nuitblanche", 1, "Coloc duo 🏠 Anaïs & Rebecca", duo, "Laval", phone=phone, age=23),
        post("nuitblanche", 8, "Anaïs 🐚 rousse Pont-Viau", anais, "Laval", phone=phone, age=23),
        post(
            "nuitblanche", 10, "Rebecca 🌻 brune Pont-Viau", rebecca, "Laval", phone=phone, age=27
        ),
        post("nuitblanche", 22, "Coloc duo 🏠 Laval", duo, "Laval", phone=phone, age=23),
        post("nuitblanche", 29, "Anaïs 🐚 dispo", anais, "Laval", phone=phone, age=23),
        post("nuitblanche", 31, "Rebecca 🌻 dispo", rebecca, "Laval", phone=phone, age=27),
        post("nuitblanche", 45, "Coloc duo 🏠 Anaïs & Rebecca", duo, "Laval", phone=phone, age=23),
    ]
    return Operator("b5-d04", "duo", "two flatmates, one shared line, solo + duo ads", tuple(posts))


def d05() -> Operator:
    body = br(
        "Duo cougars 🍷 Sylvie (49) & Manon (46), amies depuis le secondaire.",
        "Gatineau (Aylmer). Duo 450/h, solo 220/h. Gentlemen 45+ bienvenus.",
        "819-555-0157",
    )
    days = [7, 28, 49]
    posts = [
        post(
            "boreale",
            d,
            "Duo cougars 🍷 Sylvie & Manon",
            body,
            "Gatineau",
            phone="(819) 555-0157",
            age="49 ans",
        )
        for d in days
    ]
    return Operator("b5-d05", "duo", "two mature friends, duo", tuple(posts))


def d06() -> Operator:
    phone = "647-555-0158"
    body = nl(
        "T-girl duo 🏳️‍⚧️✨ Alexis (26) & Nova (30), besties, Toronto.",
        "Double the fun, duo 550/hr, solo 280/hr. Queer & trans friendly space.",
        "Booking for both of us: 647-555-0158 (Nova answers) or @alexis.nova.duo",
    )
    days = [4, 16, 29, 43, 53]
    posts = [
        post(
            "sixverified",
            d,
            "T-girl duo 🏳️‍⚧️ Alexis & Nova",
            body,
            "Toronto - Downtown",
            phone=phone,
            handle="@alexis.nova.duo",
            age=26,
        )
        for d in days
    ]
    return Operator("b5-d06", "duo", "two trans women, one phone, Toronto", tuple(posts))


# ---------------------------------------------------------------------------------------------
# Agencies that do not exploit (6)
# ---------------------------------------------------------------------------------------------


def a01() -> Operator:
    phone = "514-555-0160"
    roster = [
        ("Océanne", 26, "brune, sportive"),
        ("Valentina", 31, "latine, pulpeuse"),
        ("Claudia", 29, "blonde, élégante"),
        ("Inès", 24, "métisse, rieuse"),
        ("Charlotte", 35, "rousse, mature"),
        ("Maxine", 28, "grande, tatouée"),
    ]
    posts = []
    for k, (name, age, desc) in enumerate(roster * 2):
        body = br(
            f"<b>Agence Velours</b> pr&eacute;sente {name}, {age} ans, {desc}.",
            "Toutes nos accompagnatrices ont 21 ans et plus, choisissent leurs horaires et "
            "gardent 70 % du tarif.",
            "Ligne de réservation 11h-23h: 514-555-0160 · Voir toute l'équipe: "
            "velours-agence.example",
            "300/h · 550/2h. Outcall hôtels et résidences, île de Montréal.",
        )
        if k == 5:  # the roster's latest member, announced once
            body += "<br>✨ Nouvelle dans l'équipe ce mois-ci ✨"
        posts.append(
            post(
                "nuitblanche",
                2 + k * 4,
                f"Agence Velours ✦ {name} ({age})",
                body,
                "Montréal",
                phone=phone,
                age=age,
                hour=12,
            )
        )
    return Operator(
        "b5-a01", "agency", "booking line + roster page, fair-terms agency", tuple(posts)
    )


def a02() -> Operator:
    phone = "613.555.0161"
    roster = [("Brooke", 27), ("Simone", 33), ("Tara", 25), ("Elise", 30), ("Jordan", 29)]
    posts = []
    for k, (name, age) in enumerate(roster * 2):
        body = nl(
            f"Capital Elite Companions — introducing {name} ({age}).",
            "Our companions are 21+, set their own schedules and can refuse any booking.",
            "Booking desk 10am-2am: 613.555.0161 · Full roster on our site.",
            "Outcall Ottawa & Gatineau, 320/hr. Se habla français: oui, service bilingue.",
        )
        city = "Gatineau / Hull" if k % 3 == 2 else "Ottawa"
        posts.append(
            post(
                "bytown",
                1 + k * 5,
                f"Capital Elite ✦ {name}",
                body,
                city,
                phone=phone,
                age=age,
                hour=15,
            )
        )
    return Operator("b5-a02", "agency", "Ottawa booking desk, bilingual, roster", tuple(posts))


def a03() -> Operator:
    phone = "450-555-0163"
    girls = [("Roxy", 28), ("Jade", 32), ("Sabrina", 25), ("Élodie", 30)]
    posts = []
    for k, (name, age) in enumerate(girls * 2):
        body = br(
            f"Sirène Escortes Rive-Sud 🧜‍♀️ {name}, {age} ans.",
            "Agence établie depuis 2014. Nos filles sont des travailleuses autonomes.",
            "Réservation: 450-555-0163 (répartitrice) · Brossard, Longueuil, Boucherville.",
            "Outcall seulement, 260/h, 30 min de préavis.",
        )
        posts.append(
            post(
                "nuitblanche",
                3 + k * 6,
                f"Sirène Escortes 🧜‍♀️ {name}",
                body,
                "Rive-Sud",
                phone=phone,
                age=age,
                hour=13,
            )
        )
    return Operator("b5-a03", "agency", "Rive-Sud dispatcher agency", tuple(posts))


def a04() -> Operator:
    phone = "416-555-0164"
    roster = [("Ava", 24), ("Sienna", 29), ("Priya", 27), ("Mei", 31), ("Camila", 26)]
    posts = []
    for k, (name, age) in enumerate(roster * 2):
        body = nl(
            f"✦ Dahlia Companions ✦ {name}, {age}",
            "Boutique agency. Every companion is an independent contractor aged 21+, chooses "
            "her own hours and keeps the majority of her rate.",
            "**Bookings**: 416-555-0164 (office hours 11-11) · roster & rates on our page",
            "Incall Yorkville suite or outcall, from 350/hr.",
        )
        if k == 2:
            body += "\nNew to our roster this month — welcome Priya!"
        posts.append(
            post(
                "sixverified",
                2 + k * 5,
                f"Dahlia Companions — {name} ({age})",
                body,
                "Yorkville",
                phone=phone,
                handle="@dahlia.companions",
                age=age,
            )
        )
    return Operator(
        "b5-a04", "agency", "Toronto boutique agency, roster, contractors", tuple(posts)
    )


def a05() -> Operator:
    email = "rdv@lesconfidentes.example"
    members = [("Anne-Sophie", 34), ("Gisèle", 39), ("Laurence", 31), ("Béatrice", 36)]
    posts = []
    for k, (name, age) in enumerate(members * 2):
        body = br(
            f"Les Confidentes — {name}, {age} ans.",
            "Petite collective de quatre accompagnatrices qui partagent une réceptionniste et "
            "un site web. Réservations par courriel seulement: " + email,
            "Rencontres de 2 h minimum, 600. Montréal et Laval.",
        )
        posts.append(
            post(
                "nuitblanche",
                4 + k * 6,
                f"Les Confidentes ✉️ {name}",
                body,
                "Montréal" if k % 2 else "Laval",
                email=email,
                age=age,
                hour=10,
            )
        )
    return Operator(
        "b5-a05", "agency", "small collective, shared receptionist, e-mail", tuple(posts)
    )


def a06() -> Operator:
    phone = "(418) 555-0165"
    girls = [("Maïka", 27), ("Frédérique", 33), ("Lily-Rose", 24), ("Sandrine", 29)]
    posts = []
    for k, (name, age) in enumerate(girls * 2):
        body = br(
            f"Agence Boréale ❄️ {name}, {age} ans",
            "Agence de Québec, escortes 21+ seulement, cartes vérifiées à l'embauche.",
            "Réservation de 12h à 2h: 418-555-0165. Ste-Foy, Vieux-Québec, Lévis.",
            "240/h, 450/2h. Aucun service sans condom.",
        )
        posts.append(
            post(
                "boreale",
                5 + k * 6,
                f"Agence Boréale ❄️ {name}",
                body,
                "Québec" if k % 3 else "Lévis",
                phone=phone,
                age=f"{age} ans",
                hour=14,
            )
        )
    return Operator("b5-a06", "agency", "Québec City agency, booking line", tuple(posts))


# ---------------------------------------------------------------------------------------------
# Third parties controlling others (12; four with a minor)
# ---------------------------------------------------------------------------------------------


def t01() -> Operator:
    phone = "438-555-0170"
    template = (
        "Hiii it's {name} 😘 NEW IN TOWN for few days only!! {age} yo sexy & sweet. "
        "Incall {area} 💦 available 24/7, 120 half hour 180 hour. Text only no calls, "
        "I reply fast 😘"
    )
    stops = [
        (0, "nuitblanche", "Montréal", "métro Lionel-Groulx", "Kelly", 21),
        (2, "nuitblanche", "Montréal", "métro Lionel-Groulx", "Amber", 22),
        (6, "nuitblanche", "Laval", "Laval motel", "Kelly", 21),
        (8, "nuitblanche", "Laval", "Laval motel", "Amber", 22),
        (13, "boreale", "Québec", "Ste-Foy", "Kelly", 21),
        (14, "boreale", "Québec", "Ste-Foy", "Amber", 22),
        (20, "bytown", "Gatineau / Hull", "Hull", "Cherry", 21),
        (21, "bytown", "Ottawa", "Vanier", "Amber", 22),
        (27, "sixverified", "Toronto - East", "Scarborough", "Kelly", 21),
        (28, "sixverified", "Toronto - East", "Scarborough", "Bambi", 22),
        (35, "nuitblanche", "Montréal", "Côte-des-Neiges", "Cherry", 21),
        (41, "nuitblanche", "Longueuil", "Longueuil", "Bambi", 22),
    ]
    posts = []
    for d, site, city, area, name, age in stops:
        ph = {"bytown": "438.555.0170", "boreale": "(438) 555-0170"}.get(site, phone)
        posts.append(
            post(
                site,
                d,
                f"{name} 💦 NEW IN TOWN {area}",
                template.format(name=name, age=age, area=area),
                city,
                phone=ph,
                age=f"{age} ans" if site == "boreale" else age,
                hour=1 + d % 5,
            )
        )
    return Operator(
        "b5-t01",
        "third_party",
        "two women moved on a 6-city circuit, one phone, fake first person",
        tuple(posts),
    )


def t02() -> Operator:
    phone = "514-555-0171"
    mya = br(
        "🍭🎀 TOUTE NOUVELLE 🎀🍭 Mya, 18 ans, jeune jeune, petite taille 4'10 🧸",
        "Première expérience, super gênée, faut être doux avec elle.",
        "Outcall hôtels seulement, chauffeur fourni. Pas de questions svp.",
        "Texto seulement au 514-555-0171",
    )
    crystal = br(
        "Crystal 22 ans 😈 pulpeuse, tout inclus, sans limite.",
        "Outcall hôtels, chauffeur fourni. 150/h. Texto 514-555-0171",
    )
    destiny = br(
        "Destiny 20 ans 💋 nouvelle à Montréal, très ouverte.",
        "Outcall seulement, chauffeur fourni. 150/h. 514-555-0171",
    )
    plan = [
        (1, "Mya", mya, 18, True),
        (2, "Crystal", crystal, 22, False),
        (8, "Mya", mya, 18, True),
        (9, "Destiny", destiny, 20, False),
        (15, "Mya", mya, 18, True),
        (16, "Crystal", crystal, 22, False),
        (24, "Destiny", destiny, 20, False),
        (29, "Mya", mya, 18, True),
        (36, "Crystal", crystal, 22, False),
        (43, "Mya", mya, 18, True),
    ]
    posts = [
        post(
            "nuitblanche",
            d,
            f"{name} {'🍭 TOUTE NOUVELLE 18' if m else '💋 outcall'}",
            body,
            "Montréal",
            phone=phone,
            age=age,
            hour=23,
            minor=m,
        )
        for d, name, body, age, m in plan
    ]
    return Operator(
        "b5-t02",
        "third_party",
        "driver/outcall, one phone for 3 girls, minor posted as 18 with coded words",
        tuple(posts),
    )


def t03() -> Operator:
    # careful: first person, adult prices, no hurry words; one line behind four women
    phone = "438-555-0173"
    posts = [
        post(
            "nuitblanche",
            0,
            "Annabelle 🌷 douce et souriante",
            br(
                "Bonjour, moi c'est Annabelle, 27 ans. J'aime les rencontres calmes et "
                "respectueuses.",
                "Je reçois dans un condo propre à Saint-Laurent. 200/h.",
                "Texto seulement: 438-555-0173",
            ),
            "Montréal",
            phone=phone,
            age=27,
        ),
        post(
            "bytown",
            4,
            "Jolie — Ottawa visit",
            nl(
                "Hi, I'm Jolie, 25. Calm, respectful meetings only.",
                "Clean condo near Hurdman, 200/hr. Text only: 438.555.0173",
            ),
            "Ottawa",
            phone="438.555.0173",
            age=25,
        ),
        post("babillard", 7, "Clara 🌷", "Clara 29, Saint-Laurent, 200. texto", "mtl", phone=phone),
        post(
            "nuitblanche",
            11,
            "Annabelle 🌷 Saint-Laurent",
            br(
                "Bonjour, moi c'est Annabelle, 27 ans.",
                "Condo propre à Saint-Laurent, 200/h.",
                "Texto seulement.",
            ),
            "Montréal",
            phone=phone,
            age=27,
        ),
        post(
            "sixverified",
            15,
            "Jolie 🌷 Toronto this week",
            nl(
                "Hi, I'm Jolie, 25. Calm and respectful meetings.",
                "Clean condo North York, 200/hr. Text only 438-555-0173",
            ),
            "North York",
            phone=phone,
            age=25,
        ),
        post(
            "nuitblanche",
            19,
            "Maëlle 🌷 nouvelle annonce",
            br(
                "Bonjour, moi c'est Maëlle, 24 ans. Rencontres calmes et respectueuses.",
                "Condo propre à Saint-Laurent, 200/h. Texto seulement: 438-555-0173",
            ),
            "Montréal",
            phone=phone,
            age=24,
        ),
        post("babillard", 26, "Clara 🌷", "Clara 29 — 200 — texto", "laval", phone=phone),
        post(
            "nuitblanche",
            33,
            "Maëlle 🌷 Laval cette semaine",
            br(
                "Bonjour, moi c'est Maëlle, 24 ans.",
                "Condo propre à Laval cette semaine, 200/h. Texto seulement: 438-555-0173",
            ),
            "Laval",
            phone=phone,
            age=24,
        ),
        post(
            "bytown",
            40,
            "Annabelle — Gatineau",
            nl(
                "Bonjour / Hi, Annabelle, 27. Calm meetings, clean condo in Gatineau.",
                "200. Text only 438.555.0173",
            ),
            "Gatineau / Hull",
            phone="438.555.0173",
            age=27,
        ),
        post(
            "nuitblanche",
            47,
            "Jolie 🌷 Montréal",
            br(
                "Bonjour, moi c'est Jolie, 25 ans.",
                "Condo propre à Saint-Laurent, 200/h.",
                "Texto seulement: 438-555-0173",
            ),
            "Montréal",
            phone=phone,
            age=25,
        ),
    ]
    return Operator(
        "b5-t03",
        "third_party",
        "careful: clean first-person ads, four women on one phone across four sites",
        tuple(posts),
    )


def t04() -> Operator:
    # careful: one phone per woman, the same booking e-mail in the contact field, one template
    email = "appointments.mtl@example.com"
    tpl = (
        "Douce, discrète et souriante, {name} ({age}) vous reçoit dans un condo privé du "
        "{area}. Rencontre sans précipitation, hygiène impeccable exigée. {rate} l'heure. "
        "Écrivez au {phone}."
    )
    women = [
        ("Léonie", 26, "Vieux-Montréal", "514-555-0190"),
        ("Ariane", 23, "Quartier des spectacles", "438-555-0191"),
        ("Noémie", 28, "Griffintown", "514-555-0192"),
        ("Alicia", 24, "Centre-Sud", "438-555-0193"),
    ]
    plan = [0, 1, 2, 3, 0, 2, 1, 3, 0, 1]
    posts = []
    for k, w in enumerate(plan):
        name, age, area, ph = women[w]
        posts.append(
            post(
                "nuitblanche",
                2 + k * 5,
                f"{name} ({age}) — condo privé {area}",
                tpl.format(name=name, age=age, area=area, rate=220, phone=ph),
                "Montréal",
                phone=ph,
                email=email,
                age=age,
                hour=16,
            )
        )
    return Operator(
        "b5-t04",
        "third_party",
        "careful: four phones, one booking e-mail in the contact field, one template",
        tuple(posts),
    )


def t05() -> Operator:
    first, second = "450-555-0175", "450-555-0176"
    lili = br(
        "Lili 🍭 18 (pour vrai 😉) jeune fraîche, toute petite, nouvelle dans le domaine.",
        "Elle fait juste outcall motels de Laval, son chauffeur l'amène.",
        "Texte pas d'appel: {phone}. Elle parle pas beaucoup, sois patient.",
    )
    kim = br(
        "Kimberly 21 💦 sans limite, GFE/PSE, outcall motels Laval.",
        "Chauffeur l'amène. Texte: {phone}",
    )
    plan = [
        (0, lili, "Lili", 18, True, first),
        (3, kim, "Kimberly", 21, False, first),
        (7, lili, "Lili", 18, True, first),
        (12, kim, "Kimberly", 21, False, first),
        (22, lili, "Lili", 18, True, second),
        (24, kim, "Kimberly", 21, False, second),
        (30, lili, "Lili", 18, True, second),
        (38, kim, "Kimberly", 21, False, second),
        (44, lili, "Lili", 18, True, second),
    ]
    posts = [
        post(
            "nuitblanche",
            d,
            f"{name} {'🍭 jeune fraîche' if m else '💦 sans limite'} Laval",
            body.format(phone=ph),
            "Laval",
            phone=ph,
            age=age,
            hour=0,
            minor=m,
        )
        for d, body, name, age, m, ph in plan
    ]
    return Operator(
        "b5-t05",
        "third_party",
        "third-person 'elle', driver, motel outcall, minor as '18 (pour vrai)', phone changed",
        tuple(posts),
    )


def t06() -> Operator:
    phone = "647-555-0177"
    names = ["Lucy", "Cindy", "Amy", "Coco", "Jenny", "Tina"]
    to = (
        "NEW ASIAN GIRLS 🌸 {name} just arrived, young & sweet, 24/7 open. Limited English, "
        "please text simple. 80 half 140 hour. Scarborough private house."
    )
    mtl = (
        "NOUVELLES FILLES ASIATIQUES 🌸 {name} vient d'arriver, jeune et douce. Ouvert 24/7. "
        "Anglais limité, texto simple svp. 80 demi 140 heure. Appartement Côte-des-Neiges."
    )
    posts = []
    for k in range(12):
        name = names[k % len(names)]
        if k < 6:
            posts.append(
                post(
                    "sixverified",
                    k * 3,
                    f"NEW ASIAN {name} 🌸 24/7",
                    to.format(name=name),
                    "Scarborough",
                    phone=phone,
                    age=22,
                    hour=k % 4,
                )
            )
        else:
            posts.append(
                post(
                    "nuitblanche",
                    k * 4,
                    f"ASIATIQUE {name} 🌸 nouvelle 24/7",
                    mtl.format(name=name),
                    "Montréal",
                    phone=phone,
                    age=22,
                    hour=k % 4,
                )
            )
    return Operator(
        "b5-t06",
        "third_party",
        "rotating 'new Asian girls', 24/7, one phone, Toronto then Montréal",
        tuple(posts),
    )


def t07() -> Operator:
    phone = "514-555-0178"
    handle = "@mon.assistante.vip"
    girls = [
        ("Bella", 23, "Je suis Bella 💕 23 ans, latina, très câline"),
        ("Naya", 21, "Je suis Naya 🌺 21 ans, métisse, petite et coquine"),
        ("Skye", 24, "Je suis Skye ⭐ 24 ans, blonde, adore les soupers"),
    ]
    posts = []
    for k in range(10):
        name, age, intro = girls[k % 3]
        if k % 2 == 0:
            body = br(
                intro + " 💫",
                "Mon assistante gère mon agenda 📅 texte-la au 514-555-0178",
                "Incall/outcall, 200/h, dispo quand tu veux 😘",
            )
            posts.append(
                post(
                    "nuitblanche",
                    1 + k * 5,
                    f"{name} 💫 {age} ans",
                    body,
                    "Montréal",
                    phone=phone,
                    age=age,
                    hour=21,
                )
            )
        else:
            body = (
                intro + " 💫 cherche gentleman généreux, arrangement à la rencontre. "
                "Contacte mon assistante " + handle
            )
            posts.append(
                post(
                    "sucre",
                    1 + k * 5,
                    f"{name} 💫 sugar baby {age}",
                    body,
                    "MTL",
                    handle=handle,
                    age=age,
                )
            )
    return Operator(
        "b5-t07",
        "third_party",
        "'my assistant' line and handle for three women, escort + sugar sites",
        tuple(posts),
    )


def t08() -> Operator:
    kiki = nl(
        "BRAND NEW 🍫 Kiki 19 young ebony, first week ever, very tight & shy.",
        "Hotel outcall only downtown Ottawa / Gatineau. Her friend handles bookings.",
        "Text 613-555-0179, no calls. Specials before 6pm.",
    )
    dee = nl(
        "Dee 24 🍫 thick ebony, party friendly 🎉 hotel outcall Ottawa / Gatineau.",
        "Text 613-555-0179. 160 hr.",
    )
    plan = [
        (2, kiki, "Kiki", 19, True, "Ottawa"),
        (3, dee, "Dee", 24, False, "Ottawa"),
        (9, kiki, "Kiki", 19, True, "Gatineau / Hull"),
        (10, dee, "Dee", 24, False, "Ottawa"),
        (17, kiki, "Kiki", 19, True, "Ottawa"),
        (25, dee, "Dee", 24, False, "Gatineau / Hull"),
        (31, kiki, "Kiki", 19, True, "Ottawa"),
        (39, dee, "Dee", 24, False, "Ottawa"),
        (46, kiki, "Kiki", 19, True, "Gatineau / Hull"),
    ]
    posts = [
        post(
            "bytown",
            d,
            f"{name} 🍫 {'BRAND NEW young ebony 19' if m else 'thick ebony'}",
            body,
            city,
            phone="613.555.0179",
            age=age,
            hour=3,
            minor=m,
        )
        for d, body, name, age, m, city in plan
    ]
    return Operator(
        "b5-t08",
        "third_party",
        "'her friend handles bookings', hotel outcall, minor posted as 19",
        tuple(posts),
    )


def t09() -> Operator:
    phone = "514-555-0180"
    girls = [("Katya", 23), ("Milena", 25), ("Oksana", 22)]
    body = br(
        "NEW GIRLS FROM EUROPE 🇪🇺 {name} {age}, just arrived, visiting for short time!",
        "Very little English / pas de français. Incall private apartment Côte-Vertu, open "
        "all day all night.",
        "100 half / 160 hour. BBBJ +40, no rush. Call or text 5one4 555 O18O",
    )
    posts = []
    for k in range(10):
        name, age = girls[k % 3]
        city = "Montréal" if k % 4 else "Laval"
        posts.append(
            post(
                "nuitblanche",
                k * 5 + 1,
                f"{name} 🇪🇺 new girl from Europe",
                body.format(name=name, age=age),
                city,
                phone=phone,
                age=age,
                hour=k % 3 + 1,
            )
        )
    return Operator(
        "b5-t09",
        "third_party",
        "'new girls from Europe', no language, all night, risky extras, one phone",
        tuple(posts),
    )


def t10() -> Operator:
    phones = ["450-555-0181", "450-555-0182", "450-555-0183"]
    tpl = br(
        "Salut c moi {name} 😍 {age}ans vien me voir a Brossard jsuis tres cochone et je "
        "fait tout ce que tu veut 😈",
        "incall apartement prive 24h , 100 30min 160 1h",
        "TEXTE MOI {phone} jreponds vite 📲",
    )
    names = [("Jessica", 22), ("Mélodie", 20), ("Sandra", 23)]
    posts = []
    for k in range(10):
        name, age = names[k % 3]
        ph = phones[min(k // 4, 2)]
        city = "Brossard" if k % 2 else "Longueuil"
        posts.append(
            post(
                "nuitblanche",
                2 + k * 5,
                f"{' '.join(name.upper()) if k % 2 else name} 😍 {city} 24h",
                tpl.format(name=name, age=age, phone=ph),
                "Rive-Sud",
                phone=ph,
                age=age,
                hour=2,
            )
        )
    return Operator(
        "b5-t10",
        "third_party",
        "one misspelled template for three women, phone rotated twice",
        tuple(posts),
    )


def t11() -> Operator:
    phone = "(418) 555-0184"
    emma = br(
        "🎒 Emma, 18 ans, petite nouvelle de Limoilou.",
        "Dispo en semaine APRÈS 15h30 seulement, toute la journée la fin de semaine.",
        "Elle est gênée mais très gentille. Motel Charlesbourg. Texto seulement 418-555-0184",
    )
    jess = br(
        "Jess 23 ans 🍒 Motel Charlesbourg, dispo 24h. 150/h.",
        "Texto 418-555-0184",
    )
    plan = [
        (3, emma, "Emma", 18, True),
        (4, jess, "Jess", 23, False),
        (10, emma, "Emma", 18, True),
        (17, jess, "Jess", 23, False),
        (18, emma, "Emma", 18, True),
        (24, emma, "Emma", 18, True),
        (32, jess, "Jess", 23, False),
        (38, emma, "Emma", 18, True),
        (45, jess, "Jess", 23, False),
    ]
    posts = [
        post(
            "boreale",
            d,
            f"{name} {'🎒 petite nouvelle' if m else '🍒 24h'}",
            body,
            "Québec",
            phone=phone,
            age=f"{age} ans",
            hour=16,
            minor=m,
        )
        for d, body, name, age, m in plan
    ]
    return Operator(
        "b5-t11",
        "third_party",
        "minor available only after school hours, 'elle', motel, Québec City",
        tuple(posts),
    )


def t12() -> Operator:
    handle = "@bookings_vip514"
    phones = ["514-555-0185", "438-555-0186", "450-555-0187"]
    women = [("Sasha", 24), ("Eva", 22), ("Chloé", 26), ("Romy", 23)]
    cities = [
        ("Laval", "Laval"),
        ("Longueuil", "Longueuil"),
        ("Montréal", "Montréal"),
        ("Laval", "Laval"),
    ]
    posts = []
    for k in range(12):
        name, age = women[k % 4]
        city, label = cities[(k // 3) % 4]
        ph = phones[k // 4]
        body = br(
            f"✨ {name} {age} ans — à {label} CETTE SEMAINE SEULEMENT ✨",
            "La semaine prochaine elle part ailleurs, profitez-en!",
            f"Réservation: {ph} ou DM {handle}. 180/h, 120/30.",
        )
        site = "nuitblanche" if k % 3 else "babillard"
        posts.append(
            post(
                site,
                1 + k * 4,
                f"{name} ✨ {label} cette semaine seulement",
                body,
                city if site == "nuitblanche" else city.lower(),
                phone=ph,
                handle=handle,
                age=age if site == "nuitblanche" else None,
                hour=13,
            )
        )
    return Operator(
        "b5-t12",
        "third_party",
        "four women rotated weekly Laval/Longueuil/Montréal, one handle, 3 phones",
        tuple(posts),
    )


# ---------------------------------------------------------------------------------------------
# Exploitative venues (5; one with a minor)
# ---------------------------------------------------------------------------------------------


def v01() -> Operator:
    phone = "514-555-0194"
    names = ["Lily", "Sunny", "Mimi", "Kiko", "Yumi"]
    posts = []
    for k in range(10):
        body = nl(
            "Spa Orchidée Bien-Être 🌺 massothérapie agréée — reçus disponibles.",
            f"Cette semaine: {names[k % 5]} et d'autres nouvelles masseuses asiatiques, "
            "jeunes et jolies.",
            "Ouvert 7/7 de 10h à 2h. 60$ / 30 min, 90$ / 1h, douche sur table incluse.",
            "Sans rendez-vous bienvenus. 514-555-0194 · Côte-des-Neiges",
        )
        posts.append(
            post(
                "detentepro",
                k * 5,
                "Spa Orchidée Bien-Être 🌺 nouvelles masseuses",
                body,
                "Montréal - Côte-des-Neiges",
                phone=phone,
                hour=10,
            )
        )
    return Operator(
        "b5-v01",
        "exploitative_venue",
        "erotic parlour as licensed wellness spa, rotating 'new' Asian staff, cheap",
        tuple(posts),
    )


def v02() -> Operator:
    phone = "450-555-0195"
    posts = []
    lines = [
        "Nouvelles jeunes masseuses cette semaine 💆‍♀️",
        "Toujours quelqu'un sur place, même tard la nuit.",
        "Body rub & massage complet, 70$.",
    ]
    for k in range(9):
        body = br(
            "Centre Zen Santé Laval — clinique de bien-être enregistrée.",
            pick(lines, k),
            "Ouvert tous les jours 9h-3h, sans rendez-vous. Stationnement à l'arrière.",
            "450-555-0195 · Boul. des Laurentides",
        )
        posts.append(
            post(
                "detentepro",
                2 + k * 6,
                "Centre Zen Santé 💆‍♀️ Laval",
                body,
                "Laval",
                phone=phone,
                hour=9,
            )
        )
    return Operator(
        "b5-v02",
        "exploitative_venue",
        "Laval 'registered wellness clinic', young rotating staff, live-in hint",
        tuple(posts),
    )


def v03() -> Operator:
    phone = "450-555-0196"
    plan = [
        (0, "Cassandra", 24, False),
        (5, "Lily", 18, True),
        (10, "Rita", 27, False),
        (15, "Lily", 18, True),
        (21, "Nina", 22, False),
        (27, "Lily", 18, True),
        (33, "Cassandra", 24, False),
        (40, "Lily", 18, True),
        (47, "Nina", 22, False),
    ]
    posts = []
    for d, name, age, m in plan:
        who = (
            f"{name}, {age} ans, toute petite, NOUVELLE ce mois-ci 🐣 premières semaines"
            if m
            else f"{name}, {age} ans"
        )
        body = br(
            "Studio Détente VIP 🛁 Longueuil — massage de détente, ambiance zen.",
            "Nouvelles filles 18+ chaque semaine! En vedette: " + who,
            "Ouvert 11h-minuit 7/7, 80$ la demi-heure tout inclus. 450-555-0196",
        )
        posts.append(
            post(
                "nuitblanche",
                d,
                f"Studio Détente VIP 🛁 {name} {age}",
                body,
                "Longueuil",
                phone=phone,
                age=age,
                hour=11,
                minor=m,
            )
        )
    return Operator(
        "b5-v03",
        "exploitative_venue",
        "massage studio with weekly 'new girls', minor posted as 18",
        tuple(posts),
    )


def v04() -> Operator:
    phone = "416-555-0197"
    posts = []
    for k in range(8):
        if k in (3, 6):
            body = nl(
                "Serenity Holistic Wellness is HIRING attendants 💼",
                "No experience needed. Accommodation provided, transportation from the airport "
                "arranged. Cash paid daily. Young ladies 18-25 welcome.",
                "Call 416-555-0197",
            )
            title = "Serenity Wellness — hiring, accommodation provided"
        else:
            body = nl(
                "Serenity Holistic Wellness 🪷 registered holistic centre.",
                "New attendants every week! Open 9am-3am, 365 days.",
                "$40 table shower · $60 half hour body rub · $100 hour",
                "Walk-ins welcome · 416-555-0197 · Finch & Dufferin",
            )
            title = "Serenity Holistic Wellness 🪷 new attendants"
        posts.append(post("sixverified", 1 + k * 7, title, body, "North York", phone=phone, hour=9))
    return Operator(
        "b5-v04",
        "exploitative_venue",
        "Toronto body-rub 'holistic centre', hiring with housing and airport pickup",
        tuple(posts),
    )


def v05() -> Operator:
    posts = []
    for k in range(8):
        body = br(
            "Massage Oasis Gatineau 🌴 massage asiatique relaxant.",
            "Masseuses asiatiques nouvelles, toujours disponibles, ouvert 24h.",
            "50$/h seulement!! Spécial 2 masseuses 90$.",
            "819-555-0198 · près du boul. Maloney",
        )
        posts.append(
            post(
                "boreale",
                3 + k * 7,
                "Massage Oasis 🌴 50$/h 24h",
                body,
                "Gatineau",
                phone="(819) 555-0198",
                hour=8,
            )
        )
    return Operator(
        "b5-v05",
        "exploitative_venue",
        "24 h Gatineau Asian massage, 50$/h, always available",
        tuple(posts),
    )


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

OPERATORS: tuple[Callable[[], Operator], ...] = (
    i01, i02, i03, i04, i05, i06, i07, i08, i09, i10, i11, i12, i13, i14, i15,
    i16, i17, i18, i19, i20, i21, i22, i23, i24, i25, i26, i27, i28, i29, i30,
    i31, i32, i33, i34, i35, i36, i37, i38, i39, i40, i41, i42, i43, i44, i45,
    d01, d02, d03, d04, d05, d06,
    a01, a02, a03, a04, a05, a06,
    t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12,
    v01, v02, v03, v04, v05,
)  # fmt: skip

# the small lines a person adds when she reposts (picked by a hash, so the build is stable)
REPOST_LINES = {
    "fr": (
        "Dispo ce soir 🌙",
        "Merci à mes réguliers 💕",
        "Nouvelles photos cette semaine 📸",
        "Réservez d'avance svp 🙏",
        "Dispo demain après-midi",
        "Bonne semaine tout le monde ☀️",
        "",
    ),
    "en": (
        "Available tonight 🌙",
        "Thank you to my regulars 💕",
        "Updated pics 📸",
        "Please book ahead 🙏",
        "Free tomorrow afternoon",
        "Have a great week ☀️",
        "",
    ),
}
EDITED_KINDS = ("independent", "duo", "third_party")
FRENCH_HINTS = (" je ", "moi", "ans", "é", "texto", "dispo")


def _digest(*parts: object) -> str:
    return hashlib.sha1(":".join(str(p) for p in parts).encode()).hexdigest()


def _edited(op: Operator, k: int, p: Post) -> str:
    """A repost's body: the first ad as written, later ones with a small line of the day."""
    # a sugar-dating profile is edited, not bumped with a line of the day
    if k == 0 or op.kind not in EDITED_KINDS or len(p.body) < 40 or p.site == "sucre":
        return p.body
    lang = "fr" if any(h in p.body for h in FRENCH_HINTS) else "en"
    line = REPOST_LINES[lang][int(_digest(op.operator_id, k), 16) % len(REPOST_LINES[lang])]
    if not line:
        return p.body
    sep = "<br>" if "<br>" in p.body else "\n"
    return p.body + sep + line


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The market's ads (in posting order) and its truth (in operator order)."""
    ads: list[tuple[str, dict[str, Any]]] = []
    truth: list[dict[str, Any]] = []
    for make in OPERATORS:
        op = make()
        keys: list[list[str]] = []
        minor_keys: list[list[str]] = []
        for k, p in enumerate(op.posts):
            ad_id = _digest("blind5", op.operator_id, k)[:10]
            ad: dict[str, Any] = {
                "ad_id": ad_id,
                "source": p.site,
                "posted_at": stamp(p.site, p.day, p.hour),
            }
            if p.title is not None:
                ad["title"] = p.title
            ad["body"] = _edited(op, k, p)
            if p.city is not None:
                ad["city"] = p.city
            if p.contact:
                ad["contact"] = dict(p.contact)
            if p.age is not None:
                ad["age"] = p.age
            ad["url"] = f"https://{p.site}.example/a/{ad_id}"
            ads.append((ad["posted_at"] + ad_id, ad))
            keys.append([p.site, ad_id])
            if p.minor:
                minor_keys.append([p.site, ad_id])
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
    ads.sort(key=lambda pair: pair[0])
    return [ad for _, ad in ads], truth


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    ads, truth = build()
    _write(HERE / "ads.jsonl", ads)
    _write(HERE / "truth.jsonl", truth)
    kinds: dict[str, int] = {}
    for t in truth:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(
        f"{len(ads)} ads, {len(truth)} operators {kinds}, "
        f"{sum(t['minor'] for t in truth)} with a minor"
    )


if __name__ == "__main__":
    main()
