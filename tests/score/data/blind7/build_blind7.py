# ruff: noqa: E501  (a data file: the ads and notes are long literals)
"""Blind hand-written market ``blind7``: the Rive-Sud and Montérégie (Longueuil, Brossard,
Saint-Hubert, Boucherville, Saint-Jean-sur-Richelieu, Granby), Estrie (Sherbrooke, Magog) and
Trois-Rivières, with some operators reaching into Montréal and Laval.

Written in session 10 by an engineer who had read neither the indicators, the scorer, the
linker, the extractor, the generator, nor any other hand-written market.

Five invented sites (``source``):

- ``babillard-rs``: a review-board forum; ads are thread openers, and the provider (or whoever
  books for her) replies in the thread ("Re: ..."). Contact only as the poster's handle in the
  fields; any phone is in the text. No age field. Joual and board jargon.
- ``zenreserve``: a massage-clinic booking site with structured fields written into the body
  (``Praticienne: ... | Soins: ... | Tarifs: ... | Heures: ...``) and the phone and e-mail in
  the contact fields.
- ``liensbio``: a link-in-bio / social profile page: the title is the handle, the body a few
  lines of emoji and links, contact as handle and e-mail.
- ``douxarrangements``: a "sugar" / arrangement dating site: an age field, a profile text,
  "allowance", "PPM", contact as an in-site handle.
- ``annonces-bilingues``: a bilingual classifieds site with heavy obfuscation (letters for
  digits, spaced digits, digits in words and keycap emoji); the phone field often holds junk.

``build()`` returns ``(ads, truth)``; ``python build_blind7.py`` writes ``ads.jsonl`` and
``truth.jsonl`` beside this file. Every text below is a literal written by hand; reposts are
small deterministic edits (a new day, an emoji, an availability line, a price) over six weeks
of October and November 2026. Phones are all NPA-555-01XX; e-mails are on ``.example``.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

NAME = "blind7"
HERE = Path(__file__).resolve().parent

FORUM = "babillard-rs"
CLINIC = "zenreserve"
BIO = "liensbio"
SUGAR = "douxarrangements"
CLASS = "annonces-bilingues"

# --------------------------------------------------------------------------------------------
# phone spellings (each ad picks its own style by hand)

_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_KEY = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]


def ph(num: str, style: str = "plain") -> str:
    """One way of writing the ten-digit ``num`` that real ads use."""
    a, b, c = num[:3], num[3:6], num[6:]
    d = [int(x) for x in num]
    if style == "plain":
        return f"{a}-{b}-{c}"
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "paren":
        return f"({a}) {b}-{c}"
    if style == "run":
        return num
    if style == "spaced":
        return "  ".join(" ".join(g) for g in (a, b, c))
    if style == "fr":
        return " ".join(_FR[x] for x in d)
    if style == "en":
        return " ".join(_EN[x] for x in d)
    if style == "mixfr":  # every other digit in words
        return "".join(_FR[x] if i % 2 else str(x) for i, x in enumerate(d))
    if style == "mixen":
        return " ".join(_EN[x] if i % 3 == 1 else str(x) for i, x in enumerate(d))
    if style == "emoji":
        return "".join(_KEY[x] for x in d)
    if style == "letters":  # O for 0, l for 1
        return f"{a}.{b}.{c}".replace("0", "O").replace("1", "l")
    if style == "tilde":
        return f"{a} ~ {b} ~ {c}"
    if style == "split":
        return f"{a} / {b} / {c[:2]} {c[2:]}"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# operators and their base ads

START = datetime(2026, 10, 1)
LAST_DAY = 43  # 12 November 2026

EXTRAS = {
    "fr": [
        "Dispo ce soir 🔥",
        "De retour cette semaine!",
        "Disponible aujourd'hui dès 13h",
        "Nouvelles photos 📸",
        "Dispo jusqu'à 1h du matin",
        "Réservez d'avance svp 🙏",
        "Places libres jeudi et vendredi",
    ],
    "en": [
        "Available tonight 🔥",
        "Back this week!",
        "Available today from 1pm",
        "New pics 📸",
        "Open until 1am",
        "Please book ahead 🙏",
        "Openings Thursday and Friday",
    ],
}
EXTRAS["mix"] = [EXTRAS["fr"][i] if i % 2 else EXTRAS["en"][i] for i in range(7)]
TITLE_EMOJI = ["💋", "✨", "🔥", "🌹", "💕", "⭐", "🍑"]
DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
DAYS["mix"] = DAYS["fr"]

OPERATORS: list[dict[str, Any]] = []


def B(
    src: str,
    city: str,
    title: str,
    body: str,
    *,
    contact: dict[str, str] | None = None,
    age: int | str | None = None,
    n: int = 4,
    lang: str = "fr",
    minor: bool = False,
    at: int | None = None,
    step: int = 3,
    extras: list[str] | None = None,
    title_emoji: bool = True,
) -> dict[str, Any]:
    """A base ad and how many times it is posted (the first post and ``n - 1`` reposts)."""
    return {
        "src": src,
        "city": city,
        "title": title,
        "body": body,
        "contact": contact,
        "age": age,
        "n": n,
        "lang": lang,
        "minor": minor,
        "at": at,
        "step": step,
        "extras": extras,
        "title_emoji": title_emoji,
    }


def OP(
    oid: str, kind: str, note: str, *bases: dict[str, Any], minor: bool = False, start: int = 0
) -> None:
    OPERATORS.append(
        {"id": oid, "kind": kind, "note": note, "bases": bases, "minor": minor, "start": start}
    )


# ============================================================================================
# 45 independent adult workers

OP(
    "i01",
    "independent",
    "touring worker, one phone, Sherbrooke-Magog-Granby-Longueuil, first person, says she is on tour",
    B(
        CLASS,
        "Sherbrooke",
        "Tournée d'automne 🍁 Léa — Sherbrooke cette semaine",
        "Allo! C'est Léa, 29 ans, je fais ma tournée d'automne comme chaque année. Sherbrooke du 5 au 8, "
        "ensuite Magog. Incall dans un Airbnb propre, outcall possible. 200$/h, 140$/30. Je choisis mes "
        "clients, une courte vérif est demandée. Texto: " + ph("8195550101", "spaced"),
        n=2,
        step=2,
        at=4,
    ),
    B(
        CLASS,
        "Magog",
        "Léa à Magog 🍁 2 jours seulement",
        "Léa de retour à Magog pour 2 jours, comme à chaque automne. Même règles: vérif, respect, "
        "hygiène. 200$/h. Texto: " + ph("8195550101", "spaced"),
        n=1,
        at=9,
    ),
    B(
        CLASS,
        "Granby",
        "Léa — Granby 🍁 tournée",
        "Dernier arrêt avant la Rive-Sud: Granby du 14 au 16. Incall hôtel, discret. "
        "Je voyage seule, je gère tout moi-même. 200$/h. " + ph("8195550101", "spaced"),
        n=2,
        step=1,
        at=14,
    ),
    B(
        CLASS,
        "Longueuil",
        "Léa 🍁 Longueuil / Rive-Sud fin de tournée",
        "Fin de tournée à Longueuil, près du métro. Merci à mes réguliers de l'Estrie! 200$/h, 140$/30. "
        "Texto seulement svp: " + ph("8195550101", "spaced"),
        n=2,
        step=2,
        at=20,
    ),
)

OP(
    "i02",
    "independent",
    "bumps her ad several times a day, same text, Brossard",
    B(
        CLASS,
        "Brossard",
        "💗 Jolie brunette à Brossard — incall 💗",
        "Salut les gars 😘 Brunette naturelle, 26 ans, incall propre à Brossard près du Quartier DIX30. "
        "GFE douce, pas pressée. 160$/h 120$/30min. Pas de texto anonymes, dites votre nom. "
        "📱 " + ph("4505550102", "dots"),
        n=10,
        step=1,
        at=3,
        lang="fr",
    ),
)

OP(
    "i03",
    "independent",
    "a friend writes her ad in the third person; says so; one phone which is the worker's own",
    B(
        FORUM,
        "Longueuil",
        "Ma chum Roxanne reprend du service (Vieux-Longueuil)",
        "Bon, c'est moi qui écris parce que Rox est nulle avec les ordis lol. Roxanne, 34 ans, "
        "rousse, super drôle, incall chez elle dans le Vieux-Longueuil. Elle a ses règles et elle "
        "les fait respecter. 180 la demi-heure... non 180 l'heure, 130 la demi. Texte-la direct: "
        + ph("4505550103", "plain")
        + ". C'est SON cell, pas le mien 😉",
        contact={"handle": "ti-ga-de-longueuil"},
        n=2,
        at=6,
        step=6,
    ),
    B(
        FORUM,
        "Longueuil",
        "Re: Ma chum Roxanne reprend du service (Vieux-Longueuil)",
        "Rox ici, enfin sur le forum toute seule 😂 Merci à ma chum pour l'annonce. Je suis dispo "
        "en semaine 11h-19h. Même numéro. Pas de marchandage svp.",
        contact={"handle": "roxanne-vl"},
        n=3,
        at=9,
        step=5,
    ),
)

OP(
    "i04",
    "independent",
    "changed number, says it aloud (old phone broken); old and new numbers both in ads",
    B(
        CLASS,
        "St-Hubert",
        "Mélodie — massage & plus, St-Hubert",
        "Mélodie, 31 ans, blonde, massage sensuel et compagnie à St-Hubert. 140$/h. "
        "Appelle ou texte: " + ph("4505550104", "letters"),
        n=3,
        step=4,
        at=1,
    ),
    B(
        CLASS,
        "St-Hubert",
        "Mélodie — NOUVEAU NUMÉRO 📵➡️📱",
        "Attention mon ancien cell ("
        + ph("4505550104", "letters")
        + ") est mort dans la piscine 🙄 "
        "Mon nouveau numéro: "
        + ph("5795550147", "letters")
        + ". Même fille, mêmes tarifs, 140$/h. "
        "Massage sensuel et compagnie à St-Hubert.",
        n=4,
        step=4,
        at=16,
    ),
)

OP(
    "i05",
    "independent",
    "18-year-old adult who says her age and that she is new; first person, student",
    B(
        SUGAR,
        "Sherbrooke",
        "Étudiante au cégep, 18 ans, curieuse",
        "J'ai 18 ans depuis l'été (oui pour vrai, je peux montrer ma carte à la 1re rencontre). "
        "Étudiante au cégep à Sherbrooke. Je cherche un arrangement simple: souper, discussion, "
        "et on voit. PPM à discuter, rien de moins de 250. Pas de photos explicites ici. "
        "Écris-moi sur le site d'abord.",
        contact={"handle": "camille_sherb"},
        age=18,
        n=4,
        step=6,
        at=2,
    ),
)

OP(
    "i06",
    "independent",
    "19-year-old petite, says she is new to this and 19, sets her own rules; low-ish price",
    B(
        CLASS,
        "Granby",
        "Petite nouvelle 19 ans à Granby 🌸",
        "Coucou! Je m'appelle Florence, j'ai 19 ans, petite (5'0) et c'est nouveau pour moi alors "
        "soyez doux 🌸 Je reçois chez moi à Granby, 120$/h. Je fais pas tout, demandez avant. "
        "Texto: " + ph("5795550106", "mixfr"),
        age=19,
        n=5,
        step=5,
        at=5,
    ),
)

OP(
    "i07",
    "independent",
    "very low prices, older worker, Trois-Rivières, first person joual",
    B(
        CLASS,
        "Trois-Rivières",
        "Femme mature 48 ans, prix doux 3-Rivières",
        "Chu une femme de 48 ans, ronde pis fière, chez nous au Cap. Pas de niaisage. 80$ la demi, "
        "100$ l'heure, parce que la vie coûte assez cher d'même. Appelle entre 10h pis 18h: "
        + ph("8195550107", "dots"),
        age=48,
        n=6,
        step=6,
        at=0,
    ),
)

OP(
    "i08",
    "independent",
    "emoji-heavy ads, Latina says her ethnicity, Longueuil incall",
    B(
        CLASS,
        "Longueuil",
        "🍑💃 LATINA caliente 💃🍑 Longueuil 🔥🔥",
        "🌶️ Hola papi 🌶️ Valentina 💋 27 ans 🇨🇴 Latina naturelle 😍 incall propre 🏠 Longueuil 🚇 "
        "💵 150/h 💵 100/30 ⏰ 12h-22h ❌ pas de BB ❌ 📲 4️⃣50 5️⃣55 01 0️⃣8️⃣ (pas d'appel masqué)",
        age=27,
        n=6,
        step=4,
        at=2,
        lang="mix",
    ),
)

OP(
    "i09",
    "independent",
    "male escort for women and couples, English, Brossard",
    B(
        BIO,
        "Brossard",
        "@marco.companion",
        "Male companion 🖤 32, Brossard / Montréal\nFor women & couples, discretion guaranteed\n"
        "📅 booking: marco.companion@courriel.example\n🔗 rates & screening on my page\n"
        "250/2h minimum, dinner dates welcome",
        contact={"handle": "@marco.companion", "email": "marco.companion@courriel.example"},
        n=4,
        step=8,
        at=3,
        lang="en",
    ),
)

OP(
    "i10",
    "independent",
    "trans escort, bilingual, Saint-Jean-sur-Richelieu, first person",
    B(
        CLASS,
        "St-Jean-sur-Richelieu",
        "TS Alexia 🏳️‍⚧️ St-Jean — douce & dominante",
        "Bonjour / Hi 💜 Je suis Alexia, fière femme trans, 30 ans, à St-Jean-sur-Richelieu. "
        "Soft or dominant, you choose. Incall only. 200$/h. Je parle français & English. "
        "Text: " + ph("4505550110", "tilde"),
        n=5,
        step=6,
        at=4,
        lang="mix",
    ),
)

OP(
    "i11",
    "independent",
    "pro-domme on the link-in-bio site, strict screening, deposit",
    B(
        BIO,
        "Sherbrooke",
        "@maitresse.orage",
        "⛓️ Maîtresse Orage ⛓️\nDomination professionnelle, Estrie\nAucun contact sexuel.\n"
        "📝 formulaire de sélection obligatoire + dépôt\n📧 orage.sessions@donjon.example\n"
        "🔗 tributs, liste de limites, FAQ",
        contact={"handle": "@maitresse.orage", "email": "orage.sessions@donjon.example"},
        n=3,
        step=10,
        at=6,
    ),
)

OP(
    "i12",
    "independent",
    "independent massage practitioner on the clinic site, home studio, structured",
    B(
        CLINIC,
        "Boucherville",
        "Massage Mei — studio privé Boucherville",
        "Praticienne: Mei (travailleuse autonome) | Soins: suédois, détente, massage sensuel sur demande "
        "| Tarifs: 60 min 120 $, 90 min 170 $ | Heures: mardi au samedi 10h-19h | Sur rendez-vous seulement, "
        "je réponds moi-même.",
        contact={"phone": ph("4505550112", "paren"), "email": "mei.studio@courriel.example"},
        n=5,
        step=7,
        at=1,
        extras=["Places libres cette semaine", "Carte-cadeau disponible", "Fermé dimanche"],
    ),
)

OP(
    "i13",
    "independent",
    "says she is not controlled, mentions the word pimp in a negation; first person",
    B(
        FORUM,
        "Brossard",
        "Indépendante 100% — Brossard, pas d'agence pas de pimp",
        "Je le dis parce qu'on me le demande souvent: je suis indépendante, pas d'agence, pas de pimp, "
        "pas de chum qui ramasse l'argent. Je m'appelle Jade, 28 ans. Incall Brossard. 180/h. "
        "Réf de board appréciées. " + ph("5795550113", "dots"),
        contact={"handle": "jade_independante"},
        n=3,
        step=8,
        at=5,
    ),
    B(
        FORUM,
        "Brossard",
        "Re: Indépendante 100% — Brossard, pas d'agence pas de pimp",
        "Merci pour les beaux reviews les gars 🙏 Dispo cette semaine, texte-moi.",
        contact={"handle": "jade_independante"},
        n=2,
        step=9,
        at=12,
    ),
)

OP(
    "i14",
    "independent",
    "tours with a friend who drives her (says 'my driver is my best friend'), Trois-Rivières and Sherbrooke",
    B(
        CLASS,
        "Trois-Rivières",
        "Kiara — in town 3 days, Trois-Rivières",
        "Hi it's Kiara, 25, from Ottawa. In Trois-Rivières 3 days only, then Sherbrooke. My best friend "
        "drives me and waits at the café, so yes, someone knows where I am 😇 Outcall to hotels only. "
        "250/h. Text me, I answer myself: " + ph("8195550114", "plain"),
        n=2,
        step=1,
        at=10,
        lang="en",
    ),
    B(
        CLASS,
        "Sherbrooke",
        "Kiara — Sherbrooke this weekend",
        "Kiara here, now in Sherbrooke for the weekend. Outcall hotels. 250/h. Same number: "
        + ph("8195550114", "plain"),
        n=2,
        step=1,
        at=13,
        lang="en",
    ),
)

OP(
    "i15",
    "independent",
    "available 24/7 (she says so), outcall only, Laval and Rive-Sud",
    B(
        CLASS,
        "Laval",
        "Disponible 24/7 — Laval & Rive-Sud — Nadia",
        "Nadia, 35 ans, je suis oiseau de nuit alors oui je suis dispo 24/7 (sauf quand je dors lol). "
        "Outcall seulement, Laval et Rive-Sud. 220$/h. Appel: " + ph("5145550115", "plain"),
        n=6,
        step=6,
        at=1,
    ),
)

OP(
    "i16",
    "independent",
    "new in town (moved from Québec City), first person, Sherbrooke",
    B(
        FORUM,
        "Sherbrooke",
        "Nouvelle en ville — Sherbrooke (ex-Québec)",
        "Je viens de déménager de Québec à Sherbrooke, nouvelle en ville donc! Mia, 30 ans. "
        "J'ai des reviews sur l'ancien board de Québec. Incall à Fleurimont. 180/h. "
        + ph("8195550116", "mixen"),
        contact={"handle": "mia_qc_sherb"},
        n=4,
        step=7,
        at=3,
    ),
)

OP(
    "i17",
    "independent",
    "young words (petite, fresh, young-looking) but 24, first person",
    B(
        CLASS,
        "Longueuil",
        "Petite & fresh 🍓 24 ans, Longueuil",
        "Petite brune look jeune (on me carte encore au dépanneur lol) mais j'ai 24 ans. Étudiante "
        "à l'université, incall Longueuil. 160$/h. " + ph("5795550117", "spaced"),
        age=24,
        n=5,
        step=5,
        at=7,
    ),
)

OP(
    "i18",
    "independent",
    "two phones (work cell and a texting app), both given, one person",
    B(
        CLASS,
        "Sherbrooke",
        "Sophie, Sherbrooke — appel ou texto",
        "Sophie, 33 ans, grande blonde. Deux façons de me joindre: appel "
        + ph("8195550118", "plain")
        + " ou texto (app) "
        + ph("8735550148", "plain")
        + ". Même fille, promis! Incall Sherbrooke nord. 180$/h.",
        n=5,
        step=6,
        at=2,
    ),
)

OP(
    "i19",
    "independent",
    "deaf worker, text only, says why; Granby",
    B(
        CLASS,
        "Granby",
        "Texto seulement — Émilie, Granby",
        "Je suis sourde, alors TEXTO SEULEMENT svp, pas d'appels 🙏 Émilie, 29 ans, incall Granby. "
        "150$/h. Écrivez votre nom et l'heure voulue. " + ph("4505550119", "dots"),
        n=5,
        step=5,
        at=8,
    ),
)

OP(
    "i20",
    "independent",
    "bilingual classifieds, heavy obfuscation, phone in French words",
    B(
        CLASS,
        "Boucherville",
        "Gabrielle 💫 Boucherville — incall discret",
        "Gabrielle, 31, grande rousse. Incall discret à Boucherville. 170$/h. Pour me joindre, "
        "les chiffres en lettres (le site bloque): " + ph("4505550120", "fr"),
        n=5,
        step=6,
        at=4,
    ),
)

OP(
    "i21",
    "independent",
    "uses 'we' as a business voice though she is alone; says she is alone",
    B(
        CLINIC,
        "Magog",
        "Détente Memphré — massage sensuel, Magog",
        "Praticienne: Annie | Soins: massage corps à corps, sensuel | Tarifs: 60 min 160 $ | "
        "Heures: sur rendez-vous | Note: quand j'écris « nous », c'est juste moi et mon petit chien 🐶",
        contact={"phone": ph("8195550121", "dots")},
        n=5,
        step=7,
        at=0,
        extras=["Dispo cette semaine", "Stationnement gratuit", "Bienvenue aux nouveaux"],
    ),
)

OP(
    "i22",
    "independent",
    "link-in-bio content creator who also meets, e-mail booking, Longueuil",
    B(
        BIO,
        "Longueuil",
        "@kimmy.rivesud",
        "🎥 créatrice de contenu\n📍 Rive-Sud\n💌 rencontres en personne: sur sélection\n"
        "📧 kimmy.booking@courriel.example\n🔗 mon contenu / mes règles / mes tarifs",
        contact={"handle": "@kimmy.rivesud", "email": "kimmy.booking@courriel.example"},
        n=4,
        step=9,
        at=2,
    ),
)

OP(
    "i23",
    "independent",
    "sugar-site student, 20, says she wants a monthly allowance; first person",
    B(
        SUGAR,
        "Longueuil",
        "Étudiante en soins infirmiers cherche mentor généreux",
        "20 ans, étudiante en soins infirmiers, j'habite à Longueuil. Je cherche un arrangement "
        "régulier avec un homme respectueux. Allowance mensuelle à discuter, pas de PPM. "
        "J'aime les restos et les musées.",
        contact={"handle": "sarah_inf"},
        age=20,
        n=4,
        step=8,
        at=1,
    ),
)

OP(
    "i24",
    "independent",
    "forum worker with provider replies about schedule; shared incall with a friend mentioned",
    B(
        FORUM,
        "St-Hubert",
        "Océane — incall partagé St-Hubert",
        "Océane, 27. Je partage un incall à St-Hubert avec une amie (on est deux indépendantes, "
        "chacune son numéro et ses clients). 160/h. Texto: " + ph("4505550124", "plain"),
        contact={"handle": "oceane_sh"},
        n=3,
        step=7,
        at=5,
    ),
    B(
        FORUM,
        "St-Hubert",
        "Re: Océane — incall partagé St-Hubert",
        "Petite mise à jour: je suis là lundi-mercredi-vendredi. L'appart est propre, stationnement dans la rue.",
        contact={"handle": "oceane_sh"},
        n=2,
        step=10,
        at=15,
    ),
)

OP(
    "i25",
    "independent",
    "the other woman of the shared incall (no name of the first), own phone, St-Hubert",
    B(
        CLASS,
        "St-Hubert",
        "Brune pulpeuse — St-Hubert — incall partagé",
        "Maude, 32 ans, pulpeuse. Incall à St-Hubert que je partage avec une autre indépendante: "
        "chacune ses jours. Moi c'est mardi, jeudi, samedi. 160$/h. " + ph("4505550125", "split"),
        n=5,
        step=6,
        at=6,
    ),
)

OP(
    "i26",
    "independent",
    "Asian independent in her own apartment, says she is independent, English",
    B(
        CLASS,
        "Brossard",
        "Independent Asian lady — Brossard, my own place",
        "Hello, I am Lin, 36, Chinese, independent. I live and work in my own apartment in Brossard, "
        "no agency. Massage and more. 140/h. English and Mandarin. Call or text "
        + ph("5795550126", "plain"),
        n=6,
        step=6,
        at=3,
        lang="en",
    ),
)

OP(
    "i27",
    "independent",
    "joual forum ad, review jargon, first person, Trois-Rivières",
    B(
        FORUM,
        "Trois-Rivières",
        "Jess de retour sur le board — 3R",
        "Yo les boys, Jess est back! 30 ans, tatouée, GFE/PSE léger selon le feeling. Incall au centre-ville "
        "de Trois-Rivières. 200 la h, 140 la demi, pas de négo. Texte-moé: "
        + ph("8195550127", "mixfr"),
        contact={"handle": "jess3r"},
        n=4,
        step=5,
        at=2,
    ),
    B(
        FORUM,
        "Trois-Rivières",
        "Re: Jess de retour sur le board — 3R",
        "Ok j'ai ben des messages, je réponds à tout le monde d'ici ce soir. Patience 😅",
        contact={"handle": "jess3r"},
        n=2,
        step=10,
        at=8,
    ),
)

OP(
    "i28",
    "independent",
    "changes her work name (says so), same phone, Saint-Jean",
    B(
        CLASS,
        "St-Jean-sur-Richelieu",
        "Chloé — St-Jean, douce et souriante",
        "Chloé, 26 ans, à St-Jean. Incall calme. 150$/h. " + ph("4505550128", "plain"),
        n=3,
        step=5,
        at=2,
    ),
    B(
        CLASS,
        "St-Jean-sur-Richelieu",
        "Ex-Chloé maintenant Stella ✨ St-Jean",
        "Petit changement: je m'annonce maintenant sous le nom de Stella (une autre Chloé est arrivée "
        "dans le coin 😅). Même fille, même numéro: " + ph("4505550128", "plain") + ". 150$/h.",
        n=3,
        step=6,
        at=20,
    ),
)

OP(
    "i29",
    "independent",
    "limited-time urgency from a worker leaving for holidays, Laval",
    B(
        CLASS,
        "Laval",
        "Dernière semaine avant mes vacances! Laval",
        "Isabelle, 37 ans, je pars en vacances le 20, alors dernière chance pour mes réguliers. "
        "Incall Laval (Chomedey). 200$/h. " + ph("4385550129", "plain"),
        n=3,
        step=3,
        at=8,
        lang="fr",
    ),
)

OP(
    "i30",
    "independent",
    "first-person ad that mentions 'my security' (a friend she texts check-ins to)",
    B(
        CLASS,
        "Longueuil",
        "Amber — Longueuil outcall / incall",
        "Hi I'm Amber, 28. Incall Longueuil or outcall Rive-Sud. For my safety I check in with a friend "
        "before and after every date, so please don't be offended by screening. 200/h. "
        + ph("4505550130", "dots"),
        n=5,
        step=6,
        at=4,
        lang="en",
    ),
)

OP(
    "i31",
    "independent",
    "sugar-site woman 41, clear adult, PPM, Sherbrooke",
    B(
        SUGAR,
        "Sherbrooke",
        "Femme de 41 ans, élégante, arrangement discret",
        "Professionnelle de 41 ans, divorcée, Sherbrooke. Je cherche un homme généreux pour des "
        "rencontres régulières. PPM 400 ou arrangement mensuel. Discrétion des deux côtés.",
        contact={"handle": "elegance41"},
        age=41,
        n=3,
        step=10,
        at=3,
    ),
)

OP(
    "i32",
    "independent",
    "outcall-only worker who only takes hotels (says it is her safety rule), Brossard",
    B(
        CLASS,
        "Brossard",
        "Outcall hôtels Brossard / DIX30 — Kelly",
        "Kelly, 29 ans. Outcall SEULEMENT, dans les hôtels du DIX30 et de Brossard (pour ma sécurité, "
        "jamais chez les clients). 250$/h. " + ph("5795550132", "run"),
        n=5,
        step=5,
        at=2,
    ),
)

OP(
    "i33",
    "independent",
    "massage therapist on the clinic site listing her two addresses (Granby and Bromont)",
    B(
        CLINIC,
        "Granby",
        "Massage Harmonie — Granby / Bromont",
        "Praticienne: Valérie | Soins: massage détente, massage sensuel, pierres chaudes | Tarifs: "
        "60 min 110 $, 90 min 150 $ | Lieux: Granby (lun-mer), Bromont (jeu-sam) | Réservation par texto",
        contact={"phone": ph("4505550133", "plain")},
        n=5,
        step=7,
        at=3,
        extras=["Nouvelles plages horaires", "Bromont jeudi", "Pierres chaudes -10$"],
    ),
)

OP(
    "i34",
    "independent",
    "worker who refers to her friend by name for duos (another independent, not linked by phone)",
    B(
        FORUM,
        "Longueuil",
        "Sabrina — Longueuil, duo possible avec une amie",
        "Sabrina, 30. Incall Longueuil. 180/h. Duo possible avec ma chum Kat (elle a sa propre annonce "
        "sur le board, demandez-lui direct). " + ph("4505550134", "plain"),
        contact={"handle": "sabrina_lgl"},
        n=5,
        step=6,
        at=4,
    ),
)

OP(
    "i35",
    "independent",
    "BBW, emoji and low price, Trois-Rivières, phone with letters for digits",
    B(
        CLASS,
        "Trois-Rivières",
        "BBW 🍩 Trois-Rivières — gâte-toi",
        "🍩 BBW 38 ans, câline et cochonne 😜 Incall Trois-Rivières ouest. 100$/30 140$/h 💵 "
        "Texte: 8l9 five5five Ol35 📲",
        n=6,
        step=5,
        at=1,
    ),
)

OP(
    "i36",
    "independent",
    "worker with a paid receptionist she hires (says so), first person about it",
    B(
        CLASS,
        "Boucherville",
        "Victoria — escort haut de gamme, Boucherville",
        "Victoria, 39 ans. Rendez-vous de 2h minimum, soupers, week-ends. C'est une réceptionniste "
        "que je paie à l'heure qui répond à mes textos le jour (je suis aussi mère de famille!). "
        "Le soir c'est moi. 400$/2h. " + ph("4505550136", "dots"),
        n=4,
        step=9,
        at=5,
    ),
)

OP(
    "i37",
    "independent",
    "English Sherbrooke student, 21, says she is a university student, first person",
    B(
        CLASS,
        "Sherbrooke",
        "Bishop's student, 21 — Lennoxville/Sherbrooke",
        "Hey, I'm Hannah, 21, studying at Bishop's. Discreet, friendly, I host near campus. 180/h. "
        "No explicit texts please. " + ph("8195550137", "en"),
        age=21,
        n=4,
        step=7,
        at=6,
        lang="en",
    ),
)

OP(
    "i38",
    "independent",
    "same ad on two sites (classifieds and forum), one phone, Saint-Hubert",
    B(
        CLASS,
        "St-Hubert",
        "Naomi — St-Hubert, incall",
        "Naomi, 33 ans, métisse. Incall à St-Hubert près de l'aéroport. 160$/h. "
        + ph("4505550138", "plain"),
        n=3,
        step=7,
        at=1,
    ),
    B(
        FORUM,
        "St-Hubert",
        "Naomi — St-Hubert incall (aussi sur annonces)",
        "Naomi, 33 ans, métisse. Incall à St-Hubert près de l'aéroport. 160/h. Même annonce que sur "
        "les petites annonces. " + ph("4505550138", "plain"),
        contact={"handle": "naomi_sh"},
        n=3,
        step=7,
        at=3,
    ),
)

OP(
    "i39",
    "independent",
    "Montreal worker coming to Rive-Sud on Tuesdays; two cities, one phone",
    B(
        CLASS,
        "Montréal",
        "Alice — Plateau + Brossard les mardis",
        "Alice, 34 ans. Incall sur le Plateau, et les mardis à Brossard dans un incall loué. "
        "200$/h. Texte: " + ph("5145550139", "plain"),
        n=3,
        step=7,
        at=0,
    ),
    B(
        CLASS,
        "Brossard",
        "Alice — Brossard les mardis",
        "C'est Alice du Plateau: je suis à Brossard chaque mardi. 200$/h. "
        + ph("5145550139", "plain"),
        n=3,
        step=7,
        at=5,
    ),
)

OP(
    "i40",
    "independent",
    "writes about herself in the third person by style ('Laurie vous accueille'), open-minded but lists her limits; Magog",
    B(
        CLASS,
        "Magog",
        "Laurie vous accueille à Magog",
        "Laurie, 36 ans, vous accueille dans son condo à Magog. Elle est open minded, mais elle a ses "
        "limites: protection toujours, pas de photos, pas d'alcool excessif. Elle répond elle-même à "
        "ses textos. 180$/h. " + ph("8195550140", "plain"),
        n=5,
        step=6,
        at=3,
    ),
)

OP(
    "i41",
    "independent",
    "Trois-Rivières ad with price in roses and emoji digits in the phone",
    B(
        CLASS,
        "Trois-Rivières",
        "🌹 Zoé — 3-Rivières — 160 roses",
        "Zoé 🌹 28 ans 🌹 incall Trois-Rivières 🌹 160 roses/h 🌹 " + ph("8195550141", "emoji"),
        n=6,
        step=5,
        at=2,
    ),
)

OP(
    "i42",
    "independent",
    "listed ethnicity (Haitian), first person, Laval / Longueuil, two cities",
    B(
        CLASS,
        "Laval",
        "Belle Haïtienne — Laval ou Longueuil",
        "Bonjou! Je suis Fabienne, 31 ans, Haïtienne, fière. Incall Laval les fins de semaine, "
        "Longueuil la semaine. 180$/h. " + ph("4385550142", "plain"),
        n=3,
        step=6,
        at=4,
    ),
    B(
        CLASS,
        "Longueuil",
        "Fabienne à Longueuil cette semaine",
        "Fabienne ici, à Longueuil lundi au jeudi. 180$/h. Même numéro "
        + ph("4385550142", "plain"),
        n=3,
        step=6,
        at=7,
    ),
)

OP(
    "i43",
    "independent",
    "very short ad, almost no text, one phone, Saint-Jean",
    B(
        CLASS,
        "St-Jean-sur-Richelieu",
        "Dispo",
        "Incall St-Jean. quatre5zéro cinq5cinq 01quatre3",
        n=6,
        step=5,
        at=3,
        title_emoji=False,
    ),
)

OP(
    "i44",
    "independent",
    "nude-photo-free link-in-bio of an adult dancer who also escorts, Boucherville, handle only",
    B(
        BIO,
        "Boucherville",
        "@dansefeline",
        "💃 danseuse & escorte indépendante\n📍 Rive-Sud / Montréal\n🚫 pas d'agence\n"
        "💬 DM pour les rendez-vous, sélection obligatoire\n🔗 ma page tarifs",
        contact={"handle": "@dansefeline"},
        n=4,
        step=8,
        at=5,
    ),
)

OP(
    "i45",
    "independent",
    "forum ad by a worker new to the business at 22, first person, asks for patience",
    B(
        FORUM,
        "Granby",
        "Première annonce — Granby — soyez gentils",
        "Bon, c'est ma première annonce, j'ai 22 ans, je m'appelle Rosalie. Je reçois à Granby. "
        "Je lis les règles du board et je vais demander une vérif. 160/h. "
        + ph("5795550145", "dots"),
        contact={"handle": "rosalie_gby"},
        n=4,
        step=6,
        at=9,
    ),
)

# ============================================================================================
# 6 duos of independents

OP(
    "d01",
    "duo",
    "two best friends, each her own phone, both numbers in each ad, Longueuil forum",
    B(
        FORUM,
        "Longueuil",
        "Duo best friends — Chloé & Maude — Longueuil",
        "On est deux amies indépendantes, Chloé (29) et Maude (31). On fait des duos quand on en a "
        "envie, sinon chacune de son bord. Duo 400/h. Chloé "
        + ph("4505550151", "plain")
        + " / Maude "
        + ph("4505550152", "plain"),
        contact={"handle": "chloe_et_maude"},
        n=4,
        step=7,
        at=3,
    ),
    B(
        FORUM,
        "Longueuil",
        "Re: Duo best friends — Chloé & Maude — Longueuil",
        "Maude ici: je suis seule cette semaine, Chloé est en vacances. Texte-moi au "
        + ph("4505550152", "plain"),
        contact={"handle": "maude_lgl"},
        n=2,
        step=6,
        at=14,
    ),
)

OP(
    "d02",
    "duo",
    "a man-woman couple for couples, link-in-bio, one shared phone and e-mail",
    B(
        BIO,
        "Brossard",
        "@couple.rivesud",
        "👫 Couple marié (F 35, H 38) pour couples et femmes\n📍 Brossard\n🚫 pas d'hommes seuls\n"
        "📧 couple.rivesud@courriel.example\n📱 " + ph("5795550153", "dots") + "\n🔗 nos règles",
        contact={"handle": "@couple.rivesud", "email": "couple.rivesud@courriel.example"},
        n=5,
        step=8,
        at=2,
    ),
)

OP(
    "d03",
    "duo",
    "two trans friends advertising a duo, bilingual classifieds, two phones",
    B(
        CLASS,
        "Montréal",
        "Duo TS 💜💙 Jolene & Karla — Mtl / Rive-Sud",
        "Deux amies trans, indépendantes, Jolene 27 & Karla 33. Duo or solo, you choose 💜💙 "
        "Incall Montréal (Hochelaga) ou outcall Rive-Sud. Duo 450/h. Jolene: "
        + ph("5145550154", "dots")
        + " Karla: "
        + ph("4385550155", "dots"),
        n=6,
        step=6,
        at=4,
        lang="mix",
    ),
)

OP(
    "d04",
    "duo",
    "two friends who call themselves 'sisters' as a joke, one shared booking phone, Sherbrooke",
    B(
        CLASS,
        "Sherbrooke",
        "Les « sœurs » 😉 duo Sherbrooke",
        "On n'est pas vraiment sœurs lol, juste des amies depuis le secondaire qui travaillent ensemble "
        "quand ça adonne. Léa-Rose 28 & Jasmine 29. On partage le cell pour les duos: "
        + ph("8195550156", "spaced")
        + ". Duo 400$/h, solo 200$/h.",
        n=6,
        step=6,
        at=2,
    ),
)

OP(
    "d05",
    "duo",
    "four-hands massage duo on the clinic site, Saint-Jean, one phone",
    B(
        CLINIC,
        "St-Jean-sur-Richelieu",
        "Massage 4 mains — Duo Azur, St-Jean",
        "Praticiennes: Noémie et Rachel (deux travailleuses autonomes) | Soins: massage à 4 mains, "
        "sensuel, détente | Tarifs: 60 min 260 $ | Heures: jeudi au dimanche | Réservation: texto",
        contact={"phone": ph("4505550157", "plain"), "email": "duo.azur@courriel.example"},
        n=5,
        step=7,
        at=1,
        extras=["Dispo jeudi", "Forfait 90 min disponible", "Huile au choix"],
    ),
)

OP(
    "d06",
    "duo",
    "two university friends on the sugar site, 20 and 21, one profile, handle",
    B(
        SUGAR,
        "Sherbrooke",
        "Deux amies étudiantes (20 & 21) — Sherbrooke",
        "On est deux amies à l'UdeS, 20 et 21 ans. On cherche un ou deux gentlemen pour des soupers "
        "et plus si affinités. PPM ou arrangement, à discuter. On sort toujours ensemble à la première "
        "rencontre. Texto après premier contact: " + ph("5795550158", "plain"),
        contact={"handle": "amies_udes"},
        age=20,
        n=5,
        step=8,
        at=3,
    ),
)

# ============================================================================================
# 6 clean agencies (adults, consensual, a booking service)

OP(
    "a01",
    "agency",
    "declared escort agency in Longueuil, four companions, one phone and site, says all are adult and free to refuse",
    B(
        CLASS,
        "Longueuil",
        "Agence Velours — accompagnatrices Rive-Sud",
        "Agence Velours, depuis 2016 sur la Rive-Sud. Nos accompagnatrices sont majeures, vérifiées et "
        "libres de refuser un rendez-vous. Ce soir: Amélie (32) et Karine (27). 1h 260$, 2h 480$. "
        "Réservations: " + ph("4505550171", "plain") + " — velours-agence.example",
        n=4,
        step=6,
        at=1,
    ),
    B(
        CLASS,
        "Brossard",
        "Agence Velours — Brossard ce week-end",
        "Agence Velours: Brossard ce week-end avec Sarah-Ève (30) et Laurence (35). Outcall hôtels et "
        "domiciles. 260$/h. Réservations: "
        + ph("4505550171", "plain")
        + " — velours-agence.example",
        n=4,
        step=6,
        at=3,
    ),
    B(
        FORUM,
        "Longueuil",
        "Agence Velours — nouvelles dispos",
        "Bonjour le board, Agence Velours ici. Karine revient lundi, Amélie en congé. Réservez par notre "
        "réception au " + ph("4505550171", "plain") + ".",
        contact={"handle": "agence_velours"},
        n=3,
        step=10,
        at=7,
    ),
)

OP(
    "a02",
    "agency",
    "English booking service in Brossard, three companions, declares itself a booking service",
    B(
        CLASS,
        "Brossard",
        "South Shore Companions — booking service",
        "South Shore Companions is a booking service for independent adult companions. We handle "
        "scheduling and screening; companions set their own hours and limits. This week: Tess (29), "
        "Monica (34). 280/h. " + ph("5795550172", "dots"),
        n=5,
        step=5,
        at=2,
        lang="en",
    ),
    B(
        CLASS,
        "Longueuil",
        "South Shore Companions — Longueuil outcall",
        "Outcall Longueuil and Boucherville with Monica and Jade (26). Booking service, screening "
        "required. 280/h. " + ph("5795550172", "dots"),
        n=4,
        step=6,
        at=6,
        lang="en",
    ),
)

OP(
    "a03",
    "agency",
    "undeclared agency on the forum: a reception handle posts three women, one booking phone, neutral tone",
    B(
        FORUM,
        "St-Hubert",
        "Dispos de la semaine — St-Hubert",
        "Cette semaine à notre incall de St-Hubert: Chanel (30), Ariane (28), Maya (33). Chacune fait "
        "son horaire. Réservation par notre réception: " + ph("4505550173", "plain") + ". 200/h.",
        contact={"handle": "reception_sh"},
        n=4,
        step=7,
        at=1,
    ),
    B(
        FORUM,
        "St-Hubert",
        "Re: Dispos de la semaine — St-Hubert",
        "Ariane ajoute le dimanche. Chanel en congé jusqu'au 20. Même numéro.",
        contact={"handle": "reception_sh"},
        n=3,
        step=8,
        at=10,
    ),
    B(
        FORUM,
        "St-Hubert",
        "Re: Dispos de la semaine — St-Hubert",
        "Ariane ici: merci à ceux qui ont laissé des reviews. Je suis là mardi à samedi cette semaine.",
        contact={"handle": "ariane_sh"},
        n=2,
        step=10,
        at=12,
    ),
)

OP(
    "a04",
    "agency",
    "tantric studio in Sherbrooke renting rooms to independent practitioners; declared business, booking desk",
    B(
        CLINIC,
        "Sherbrooke",
        "Studio Amaryllis — massage tantrique, Sherbrooke",
        "Praticiennes: Hélène, Marianne, Sophie (travailleuses autonomes qui louent nos salles) | "
        "Soins: tantrique, sensuel, détente | Tarifs: 60 min 180 $, 90 min 250 $ | Heures: 10h-21h, "
        "fermé dimanche | Réception: réservation en ligne ou par téléphone",
        contact={"phone": ph("8195550174", "paren"), "email": "reception@amaryllis-studio.example"},
        n=6,
        step=6,
        at=0,
        extras=["Nouvelle praticienne: Isabelle", "Fermé le 11 novembre", "Forfait couple"],
    ),
    B(
        CLINIC,
        "Magog",
        "Studio Amaryllis — Magog (nouveau)",
        "Praticiennes: Marianne, Isabelle | Soins: tantrique, sensuel | Tarifs: 60 min 180 $ | "
        "Heures: jeudi-samedi 12h-20h | Réception: " + ph("8195550174", "paren"),
        contact={"phone": ph("8195550174", "paren"), "email": "reception@amaryllis-studio.example"},
        n=3,
        step=8,
        at=12,
        extras=["Ouverture à Magog", "Places jeudi"],
    ),
)

OP(
    "a05",
    "agency",
    "worker-run collective in Trois-Rivières and Sherbrooke with a shared booking e-mail and phone; members write in first person",
    B(
        BIO,
        "Trois-Rivières",
        "@collectif.rosetremiere",
        "🌺 Collectif Rose-Trémière\nTravailleuses du sexe autonomes, on partage la réception et la sécurité\n"
        "📍 Trois-Rivières / Sherbrooke\n📧 booking@rosetremiere.example\n📱 "
        + ph("8735550175", "dots")
        + "\n🔗 nos membres: Élise, Nora, Justine",
        contact={"handle": "@collectif.rosetremiere", "email": "booking@rosetremiere.example"},
        n=4,
        step=9,
        at=2,
    ),
    B(
        CLASS,
        "Trois-Rivières",
        "Élise (Collectif Rose-Trémière) — 3-Rivières",
        "Élise, 35 ans, membre du Collectif Rose-Trémière. On est un petit groupe de travailleuses qui "
        "partagent une réception. Incall Trois-Rivières. 200$/h. " + ph("8735550175", "dots"),
        n=3,
        step=8,
        at=5,
    ),
    B(
        CLASS,
        "Sherbrooke",
        "Nora (Collectif Rose-Trémière) — Sherbrooke",
        "Nora, 29, membre du collectif. Incall Sherbrooke les fins de semaine. 200$/h. Réservation: "
        + ph("8735550175", "dots")
        + " ou booking@rosetremiere.example",
        n=3,
        step=8,
        at=9,
    ),
)

OP(
    "a06",
    "agency",
    "escort agency advertising on the sugar site as an 'introduction club', declared, two companions",
    B(
        SUGAR,
        "Montréal",
        "Club Élégance — introductions discrètes",
        "Club Élégance est une agence d'accompagnement pour adultes. Nous présentons des femmes de 25 "
        "à 40 ans, toutes indépendantes et vérifiées, à des hommes sélectionnés. Ce mois-ci: Catherine "
        "(31), Vanessa (38). Honoraires sur demande. " + ph("5145550176", "plain"),
        contact={"handle": "club_elegance"},
        age=31,
        n=4,
        step=8,
        at=1,
    ),
    B(
        SUGAR,
        "Laval",
        "Club Élégance — Laval & Rive-Sud",
        "Club Élégance: nos accompagnatrices se déplacent à Laval et sur la Rive-Sud. Toutes majeures, "
        "toutes volontaires. Réservations: " + ph("5145550176", "plain"),
        contact={"handle": "club_elegance"},
        age=38,
        n=3,
        step=9,
        at=6,
    ),
)

# ============================================================================================
# 12 third-party controllers

_T01 = (
    "🍒 NOUVELLE FILLE EN VILLE 🍒 {name} {age} ans, {desc}. Elle est à l'hôtel à {where}, "
    "in/out 24/7. 80$ HH 140$ H, pas de limite 😈 Cash seulement. Elle parle pas bcp anglais, "
    "appelez-moi pour réserver: {phone}"
)
OP(
    "t01",
    "third_party",
    "crude pimp: one phone for four women, one template in the third person, hotels, 24/7, no limits, cash; one girl (Bambi) is a minor, implied",
    B(
        CLASS,
        "Brossard",
        "🍒 NEW GIRL Candy 🍒 Brossard 24/7",
        _T01.format(
            name="Candy",
            age=21,
            desc="blonde, corps de rêve",
            where="Brossard",
            phone=ph("4505550181", "letters"),
        ),
        age=21,
        n=4,
        step=3,
        at=2,
    ),
    B(
        CLASS,
        "Longueuil",
        "🍒 NEW GIRL Ruby 🍒 Longueuil 24/7",
        _T01.format(
            name="Ruby",
            age=23,
            desc="latina chaude",
            where="Longueuil",
            phone=ph("4505550181", "letters"),
        ),
        age=23,
        n=3,
        step=4,
        at=5,
    ),
    B(
        CLASS,
        "St-Hubert",
        "🍒 NEW GIRL Bambi 🎀 St-Hubert 24/7",
        "🎀 NOUVELLE FILLE EN VILLE 🎀 Bambi, toute petite, fraîche fraîche, vient juste d'avoir 18 😉 "
        "pas de questions svp. Elle est à l'hôtel à St-Hubert, in/out 24/7. 80$ HH 140$ H. Cash "
        "seulement. Appelez-moi pour réserver: " + ph("4505550181", "letters"),
        age=18,
        n=4,
        step=3,
        at=8,
        minor=True,
    ),
    B(
        FORUM,
        "Laval",
        "Nouvelles filles à Laval cette semaine",
        "Candy et Ruby sont à Laval cette semaine, hôtel près de la 440. 80 HH / 140 H. Elles font "
        "tout. Appelez-moi: " + ph("4505550181", "dots"),
        contact={"handle": "bookings_rs"},
        n=3,
        step=5,
        at=17,
    ),
)

OP(
    "t02",
    "third_party",
    "controller in motels of Saint-Jean and Granby, two girls, one minor (Lili) implied by size, 'first week' and 'no age questions'; later the ads switch to 'text her friend' with a second phone",
    B(
        CLASS,
        "St-Jean-sur-Richelieu",
        "Lili 🍭 nouvelle 1re semaine St-Jean",
        "Lili, toute petite nouvelle (4'10, 85 lbs) 🍭 sa première semaine, timide mais gentille. "
        "❌ Pas de questions sur l'âge ❌ Motel St-Jean, in seulement. 100 la demi. Texte: "
        + ph("5795550182", "mixfr"),
        age=18,
        n=4,
        step=3,
        at=3,
        minor=True,
    ),
    B(
        CLASS,
        "Granby",
        "Kim 22 ans — Granby motel",
        "Kim, 22 ans, brune, dispo au motel à Granby. 100 la demi, 160 l'heure. Texte: "
        + ph("5795550182", "mixfr"),
        age=22,
        n=3,
        step=4,
        at=5,
    ),
    B(
        CLASS,
        "Granby",
        "Lili 🍭 & Kim à Granby — texte son ami",
        "Lili 🍭 et Kim sont rendues à Granby. Lili est encore toute nouvelle, pas de questions svp. "
        "Texte son ami Max pour réserver: " + ph("4385550102", "spaced"),
        age=18,
        n=3,
        step=4,
        at=16,
        minor=True,
    ),
    B(
        FORUM,
        "Granby",
        "Re: nouvelles au motel à Granby?",
        "Oui les deux sont là cette semaine. Passe par moi, pas par elles. "
        + ph("4385550102", "spaced"),
        contact={"handle": "max_gby"},
        n=2,
        step=5,
        at=20,
    ),
)

_T03_END = "Je reçois dans un endroit propre et discret. Aucune négociation. Texto seulement, je réponds rapidement."
OP(
    "t03",
    "third_party",
    "careful controller: three women in three cities, first-person ads written apart but one phone and one closing sentence; only the network shows",
    B(
        CLASS,
        "Sherbrooke",
        "Jessica — Sherbrooke",
        "Bonjour, je m'appelle Jessica, 25 ans, douce et souriante. Je suis à Sherbrooke cette semaine. "
        "180$/h. " + _T03_END + " " + ph("8195550183", "plain"),
        age=25,
        n=3,
        step=5,
        at=4,
    ),
    B(
        CLASS,
        "Magog",
        "Audrey — Magog",
        "Salut! Audrey, 23 ans, sportive. Magog pour quelques jours. 180$/h. "
        + _T03_END
        + " "
        + ph("8195550183", "dots"),
        age=23,
        n=3,
        step=5,
        at=6,
    ),
    B(
        CLASS,
        "Trois-Rivières",
        "Mégane — Trois-Rivières",
        "Mégane, 24 ans, petite blonde, à Trois-Rivières. 180$/h. "
        + _T03_END
        + " "
        + ph("8195550183", "spaced"),
        age=24,
        n=3,
        step=5,
        at=8,
    ),
    B(
        FORUM,
        "Sherbrooke",
        "Audrey maintenant à Sherbrooke",
        "Audrey, 23 ans. Je suis à Sherbrooke à partir de jeudi. 180/h. "
        + _T03_END
        + " "
        + ph("8195550183", "plain"),
        contact={"handle": "audrey_estrie"},
        n=2,
        step=6,
        at=24,
    ),
)

OP(
    "t04",
    "third_party",
    "'boyfriend' controller on the sugar site: two women's profiles both send the client to the same man's Snapchat, who books and collects",
    B(
        SUGAR,
        "Longueuil",
        "Britney, 21 — gâte-moi",
        "Salut je suis Britney, 21 ans, Longueuil. Mon chum s'occupe de mes rendez-vous, c'est plus "
        "simple pour moi. PPM 200, dispo tous les jours. Écris-lui sur Snap: davey.rs (pas ici, je "
        "regarde pas mes messages).",
        contact={"handle": "britney_lgl"},
        age=21,
        n=4,
        step=5,
        at=3,
    ),
    B(
        SUGAR,
        "Brossard",
        "Kayla 23 ans cherche daddy",
        "Kayla, 23 ans, Brossard. Pour me voir, passe par mon ami sur Snap davey.rs, il gère mon "
        "horaire. PPM 200, paiement d'avance à lui. Tous les jours, même tard.",
        contact={"handle": "kayla_bros"},
        age=23,
        n=4,
        step=5,
        at=6,
    ),
    B(
        SUGAR,
        "Longueuil",
        "Britney — nouvelles dispos",
        "Britney encore, je suis dispo ce soir et demain. Snap davey.rs ou texte "
        + ph("4385550104", "plain")
        + ". C'est lui qui répond.",
        contact={"handle": "britney_lgl"},
        age=21,
        n=2,
        step=6,
        at=20,
    ),
)

_T05 = (
    "Sabrina 24 ans 💋 douce et coquine, service complet, je reçois dans un hôtel propre. "
    "150$/h 100$/30 💋 {phone}"
)
OP(
    "t05",
    "third_party",
    "burner rotation: the same woman's ad, same text, moved weekly with a new phone each time, never said aloud",
    B(
        CLASS,
        "Longueuil",
        "Sabrina 💋 Longueuil",
        _T05.format(phone=ph("4385550111", "dots")),
        age=24,
        n=2,
        step=2,
        at=1,
    ),
    B(
        CLASS,
        "Brossard",
        "Sabrina 💋 Brossard",
        _T05.format(phone=ph("4385550112", "spaced")),
        age=24,
        n=2,
        step=2,
        at=8,
    ),
    B(
        CLASS,
        "Laval",
        "Sabrina 💋 Laval",
        _T05.format(phone=ph("8735550113", "mixen")),
        age=24,
        n=2,
        step=2,
        at=15,
    ),
    B(
        CLASS,
        "Sherbrooke",
        "Sabrina 💋 Sherbrooke",
        _T05.format(phone=ph("8735550114", "letters")),
        age=24,
        n=2,
        step=2,
        at=22,
    ),
    B(
        FORUM,
        "St-Hubert",
        "Sabrina — St-Hubert",
        _T05.format(phone=ph("4385550115", "plain")),
        contact={"handle": "sab24"},
        n=2,
        step=2,
        at=29,
    ),
)

OP(
    "t06",
    "third_party",
    "pimp writes as one woman but slips ('mes filles', 'laquelle est dispo'); three women on one phone; replies in the thread book for them",
    B(
        FORUM,
        "Longueuil",
        "Maya — Longueuil, GFE",
        "Salut c'est Maya, 24 ans, GFE. Je reçois à Longueuil. Mes filles sont propres et ponctuelles, "
        "appelez pour savoir laquelle est dispo. 160/h. " + ph("5145550186", "plain"),
        contact={"handle": "maya_lgl"},
        n=3,
        step=5,
        at=2,
    ),
    B(
        FORUM,
        "Longueuil",
        "Re: Maya — Longueuil, GFE",
        "Candice est dispo à 20h, Érika demain. Texte-moi, pas elles.",
        contact={"handle": "maya_lgl"},
        n=3,
        step=6,
        at=7,
    ),
    B(
        CLASS,
        "Laval",
        "Érika 22 ans — Laval",
        "Érika, 22 ans, petite et coquine, Laval. Nos filles sont dispo 7 jours. 160$/h. "
        + ph("5145550186", "plain"),
        age=22,
        n=3,
        step=5,
        at=9,
    ),
    B(
        CLASS,
        "Montréal",
        "Candice — Montréal / Longueuil",
        "Candice 26 ans, Montréal ou Longueuil. Je suis dispo quand tu veux. 160$/h. "
        + ph("5145550186", "dots"),
        age=26,
        n=3,
        step=6,
        at=12,
    ),
)

_T07 = (
    "Cassie 20 ans ✨ seulement {days} à {city}! Outcall hôtels seulement. Elle ne répond pas aux "
    "appels, texte son booker: {phone}. Paiement d'avance."
)
OP(
    "t07",
    "third_party",
    "one woman moved through six cities in twelve days by a 'booker'; third person, outcall hotels, payment up front",
    B(
        CLASS,
        "Granby",
        "Cassie ✨ Granby 2 jours",
        _T07.format(days="2 jours", city="Granby", phone=ph("8735550187", "plain")),
        age=20,
        n=2,
        step=1,
        at=18,
    ),
    B(
        CLASS,
        "Sherbrooke",
        "Cassie ✨ Sherbrooke 2 jours",
        _T07.format(days="2 jours", city="Sherbrooke", phone=ph("8735550187", "plain")),
        age=20,
        n=2,
        step=1,
        at=20,
    ),
    B(
        CLASS,
        "Magog",
        "Cassie ✨ Magog 1 soir",
        _T07.format(days="1 soir", city="Magog", phone=ph("8735550187", "dots")),
        age=20,
        n=1,
        at=22,
    ),
    B(
        CLASS,
        "Trois-Rivières",
        "Cassie ✨ 3-Rivières 2 jours",
        _T07.format(days="2 jours", city="Trois-Rivières", phone=ph("8735550187", "dots")),
        age=20,
        n=2,
        step=1,
        at=23,
    ),
    B(
        CLASS,
        "Longueuil",
        "Cassie ✨ Longueuil 2 jours",
        _T07.format(days="2 jours", city="Longueuil", phone=ph("8735550187", "spaced")),
        age=20,
        n=2,
        step=1,
        at=26,
    ),
    B(
        CLASS,
        "Laval",
        "Cassie ✨ Laval 2 jours",
        _T07.format(days="2 jours", city="Laval", phone=ph("8735550187", "spaced")),
        age=20,
        n=2,
        step=1,
        at=28,
    ),
)

OP(
    "t08",
    "third_party",
    "foreign women who speak little French or English, booked by one man by text; outcall 'home massage' on the clinic site, low prices",
    B(
        CLINIC,
        "Laval",
        "Massage à domicile — nouvelles masseuses latinas",
        "Praticiennes: Lucía, Ana (nouvelles au Canada) | Soins: massage complet à domicile ou hôtel | "
        "Tarifs: 60 min 100 $ | Heures: 7/7, jour et nuit | Note: elles parlent peu français, texto "
        "seulement en anglais au gérant",
        contact={"phone": ph("4385550188", "plain")},
        n=4,
        step=5,
        at=4,
        extras=["Nouvelle arrivée cette semaine", "Disponible maintenant", "Rive-Sud aussi"],
    ),
    B(
        CLINIC,
        "Longueuil",
        "Home massage Rive-Sud — Yuki new",
        "Praticienne: Yuki (new, no French) | Soins: body massage, full service | Tarifs: 60 min 100 $ | "
        "Heures: 24h | Text manager only, in English",
        contact={"phone": ph("4385550188", "plain")},
        n=4,
        step=5,
        at=8,
        lang="en",
        extras=["Available now", "Brossard too", "New this week"],
    ),
    B(
        CLASS,
        "Brossard",
        "Latinas nuevas 🇨🇴🇻🇪 Brossard hotel",
        "Ana y Lucía, nuevas, recién llegadas. Hotel Brossard. 100$. Solo texto al manager: "
        + ph("4385550188", "dots")
        + " (no hablan francés)",
        n=3,
        step=5,
        at=14,
        lang="mix",
    ),
)

_T09 = "📅 booking: vip.bookings@courriel.example"
OP(
    "t09",
    "third_party",
    "careful: three link-in-bio pages in first person, each 'independent', all booked through one 'management' e-mail",
    B(
        BIO,
        "Sherbrooke",
        "@bella.estrie",
        "✨ Bella, 24\n📍 Sherbrooke\n💕 GFE, rendez-vous de qualité\n" + _T09 + "\n🔗 mes photos",
        contact={"handle": "@bella.estrie", "email": "vip.bookings@courriel.example"},
        n=3,
        step=8,
        at=2,
    ),
    B(
        BIO,
        "Trois-Rivières",
        "@nina.3r",
        "🌸 Nina, 22\n📍 Trois-Rivières\nmy management handles my bookings 💼\n"
        + _T09
        + "\n🔗 tarifs",
        contact={"handle": "@nina.3r", "email": "vip.bookings@courriel.example"},
        n=3,
        step=8,
        at=5,
    ),
    B(
        BIO,
        "Granby",
        "@jolie.granby",
        "💋 Jolie, 23\n📍 Granby / Bromont\n"
        + _T09
        + "\n📱 "
        + ph("5795550189", "dots")
        + "\n🔗 mes règles",
        contact={"handle": "@jolie.granby", "email": "vip.bookings@courriel.example"},
        n=3,
        step=8,
        at=9,
    ),
)

OP(
    "t10",
    "third_party",
    "emoji classifieds, two girls on one phone; Lily is a minor, implied by emoji (backpack, lollipop), 'very young look', 'first experience'; bareback offered at extra",
    B(
        CLASS,
        "Granby",
        "🎒🍭 Ptite nouvelle Lily 💯 Granby",
        "🎒🍭 Lily 🍭🎒 ptite nouvelle, look trrrès jeune 😇 première expérience 💯 toute fraîche. "
        "Motel Granby. BB +50 🤫 📲 " + ph("8195550180", "emoji"),
        age="18",
        n=4,
        step=3,
        at=6,
        minor=True,
    ),
    B(
        CLASS,
        "Granby",
        "Sasha 20 ans 💦 Granby",
        "Sasha 💦 20 ans, fait tout 😈 Motel Granby avec sa copine Lily 🍭. 📲 "
        + ph("8195550180", "emoji"),
        age="20",
        n=3,
        step=4,
        at=8,
    ),
    B(
        CLASS,
        "Sherbrooke",
        "🎒 Lily & Sasha 🍭 Sherbrooke duo",
        "Lily 🎒 & Sasha 💦 duo à Sherbrooke cette semaine 🍭 Lily encore toute nouvelle 😇 "
        "📲 " + ph("8195550180", "emoji") + " ou " + ph("8735550120", "fr"),
        age="18",
        n=3,
        step=3,
        at=18,
        minor=True,
    ),
)

OP(
    "t11",
    "third_party",
    "forum booking agent who posts threads for 'his girls' in Trois-Rivières, very low prices, unprotected services at extra, replies for them",
    B(
        FORUM,
        "Trois-Rivières",
        "Mes filles à 3R cette semaine — HH 60",
        "Salut le board. J'ai trois filles à l'hôtel à Trois-Rivières cette semaine: Tiffany, Nikki, "
        "Sara. HH 60, H 100. BBFS +40. Elles font tout, pas de rush. Booking par moi: "
        + ph("8195550177", "mixfr"),
        contact={"handle": "big_t_3r"},
        n=4,
        step=5,
        at=3,
    ),
    B(
        FORUM,
        "Trois-Rivières",
        "Re: Mes filles à 3R cette semaine — HH 60",
        "Nikki est dispo ce soir à partir de 19h. Texte-moi. Tiffany demain.",
        contact={"handle": "big_t_3r"},
        n=3,
        step=5,
        at=6,
    ),
    B(
        FORUM,
        "Sherbrooke",
        "Mes filles à Sherbrooke — nouvelles",
        "On est à Sherbrooke à partir de lundi: Sara + une nouvelle, Jenny. HH 60, H 100, BBFS +40. "
        "Par moi seulement: " + ph("8195550177", "mixfr"),
        contact={"handle": "big_t_3r"},
        n=3,
        step=5,
        at=20,
    ),
)

OP(
    "t12",
    "third_party",
    "'friend' on the sugar site offering a girl who just left a youth centre (minor, implied by 'sec 4' and 'centre jeunesse') and a 19-year-old; one handle and phone",
    B(
        SUGAR,
        "Laval",
        "Jazz cherche un daddy qui l'héberge",
        "J'écris pour mon amie Jazz. Elle vient de sortir du centre jeunesse et elle a besoin d'un toit "
        "pis d'un daddy généreux. Elle a fini son sec 4 en juin, elle est mature pour son âge. "
        "Contacte-moi, pas elle: " + ph("4385550122", "dots"),
        contact={"handle": "rs_connexion"},
        age=18,
        n=4,
        step=5,
        at=5,
        minor=True,
    ),
    B(
        SUGAR,
        "Longueuil",
        "Mya 19 ans — arrangement",
        "Mya, 19 ans, Longueuil. Je cherche un homme généreux. Mon ami gère mes rencontres: "
        + ph("4385550122", "dots"),
        contact={"handle": "rs_connexion"},
        age=19,
        n=3,
        step=6,
        at=8,
    ),
    B(
        SUGAR,
        "Laval",
        "Jazz — toujours dispo",
        "Jazz est toujours dispo, elle dort chez moi pour l'instant. Laval ou Longueuil. PPM 150. "
        + ph("4385550122", "dots"),
        contact={"handle": "rs_connexion"},
        age=18,
        n=3,
        step=5,
        at=22,
        minor=True,
    ),
)

# ============================================================================================
# 5 exploitative venues

OP(
    "v01",
    "exploitative_venue",
    "obvious massage parlour in Brossard: rotating 'new Asian girls every week', 10h-2h 7/7, table shower, 'full service'",
    B(
        CLINIC,
        "Brossard",
        "Spa Lotus d'Or — Brossard",
        "Praticiennes: nouvelles filles asiatiques chaque semaine | Soins: massage corps à corps, table "
        "shower, service complet pour homme | Tarifs: 30 min 60 $, 60 min 100 $ | Heures: 10h-2h, 7/7 | "
        "Stationnement arrière",
        contact={"phone": ph("4505550191", "plain")},
        n=6,
        step=5,
        at=0,
        extras=["Nouvelle: Coco", "Nouvelle: Amy et Lily", "Jeunes et jolies"],
    ),
    B(
        CLASS,
        "Brossard",
        "NEW ASIAN GIRLS 🌸 Spa Lotus d'Or Brossard",
        "🌸 New young Asian girls every week 🌸 body massage, table shower 🚿 open 10am-2am 7 days. "
        "Walk-in welcome. " + ph("4505550191", "spaced"),
        n=4,
        step=6,
        at=3,
        lang="en",
    ),
)

OP(
    "v02",
    "exploitative_venue",
    "discreet 'detente centre' in Saint-Hubert open 365 days with the same staff every day, plus a hiring ad: housing provided, no French needed",
    B(
        CLINIC,
        "St-Hubert",
        "Centre de détente Belle-Rive — St-Hubert",
        "Praticiennes: Coco, Mimi, Jenny | Soins: massage détente et relaxation pour homme | Tarifs: "
        "60 min 90 $ | Heures: 9h-minuit, 365 jours par année, sans rendez-vous | Nos masseuses sont "
        "toujours là pour vous",
        contact={"phone": ph("4505550192", "dots")},
        n=6,
        step=6,
        at=1,
        extras=["Ouvert les jours fériés", "Toujours disponible", "Sans rendez-vous"],
    ),
    B(
        CLASS,
        "St-Hubert",
        "Recrutement masseuses — logement fourni",
        "On recrute des masseuses, pas d'expérience requise, pas besoin de parler français ou anglais. "
        "Logement fourni sur place. 2000$+/semaine. Appelez le patron: " + ph("4505550192", "dots"),
        n=2,
        step=14,
        at=10,
        title_emoji=False,
    ),
)

OP(
    "v03",
    "exploitative_venue",
    "Trois-Rivières 'VIP' dancers' salon with private booths; dancers from Toronto housed on site, new every week",
    B(
        CLASS,
        "Trois-Rivières",
        "Salon VIP Le Cristal — danseuses & cabines privées",
        "Le Cristal, Trois-Rivières: nouvelles danseuses chaque semaine, de Toronto et de Montréal, "
        "logées sur place. Cabines privées, extras avec les filles. Ouvert 11h-3h. "
        + ph("8195550193", "plain"),
        n=4,
        step=7,
        at=2,
    ),
    B(
        FORUM,
        "Trois-Rivières",
        "Le Cristal — qui est là cette semaine",
        "Cette semaine au Cristal: Destiny, Amber, Britney (nouvelle de Toronto). Cabines 2 pour 1 avant "
        "20h. " + ph("8195550193", "plain"),
        contact={"handle": "lecristal_3r"},
        n=3,
        step=7,
        at=5,
    ),
)

OP(
    "v04",
    "exploitative_venue",
    "Granby massage parlour; one ad shows the youngest new 'student' masseuse (a minor, implied), open every day late",
    B(
        CLASS,
        "Granby",
        "Massage Jade Granby — jeunes masseuses",
        "Massage Jade, Granby: jeunes masseuses, ouvert 7 jours 10h-1h. Massage complet, douche. "
        "60$ la demi. " + ph("5795550194", "dots"),
        n=4,
        step=6,
        at=2,
    ),
    B(
        CLASS,
        "Granby",
        "Nouvelle cette semaine 🎀 Massage Jade Granby",
        "Nouvelle cette semaine chez Massage Jade 🎀 la plus jeune de l'équipe, toute petite, étudiante, "
        "timide. Sa première semaine. " + ph("5795550194", "dots"),
        age=18,
        n=3,
        step=4,
        at=15,
        minor=True,
    ),
    B(
        CLINIC,
        "Granby",
        "Massage Jade — Granby",
        "Praticiennes: Amy, Tina, nouvelle étudiante | Soins: massage complet pour homme, douche | "
        "Tarifs: 30 min 60 $ | Heures: 7 jours, 10h-1h",
        contact={"phone": ph("5795550194", "plain")},
        n=3,
        step=7,
        at=8,
        extras=["Nouvelle cette semaine", "Ouvert tard"],
    ),
)

OP(
    "v05",
    "exploitative_venue",
    "Sherbrooke motel 'spa', staff changed every week, girls from Toronto and Vancouver, open 24h, phone obfuscated",
    B(
        CLASS,
        "Sherbrooke",
        "Spa Nuit Étoilée ⭐ Sherbrooke 24h",
        "⭐ Spa Nuit Étoilée ⭐ nouvelles filles chaque semaine de Toronto et Vancouver. Ouvert 24h, "
        "chambre VIP. 80$ demi. " + ph("8195550195", "letters"),
        n=4,
        step=6,
        at=4,
    ),
    B(
        CLASS,
        "Sherbrooke",
        "⭐ New staff this week — Nuit Étoilée Sherbrooke",
        "New staff this week ⭐ from Toronto. Open 24h, VIP room, shower. 80 half hour. Call "
        + ph("8195550195", "en"),
        n=4,
        step=6,
        at=7,
        lang="en",
    ),
)

# ============================================================================================
# reposts, ids, dates


def _h(*parts: object) -> int:
    return int(hashlib.sha1("/".join(str(p) for p in (NAME, *parts)).encode()).hexdigest(), 16)


def _ad_id(src: str, oid: str, rank: int) -> str:
    x = _h(oid, rank)
    hexa = f"{x:040x}"
    if src == FORUM:
        return f"fil-{x % 10**7:07d}"
    if src == CLINIC:
        return "ZR" + hexa[:8].upper()
    if src == BIO:
        return hexa[:12]
    if src == SUGAR:
        return str(10**7 + x % (9 * 10**7))
    return "ab-" + hexa[:9]


_PRICE = re.compile(r"(\d{2,3})(\s?\$|\s?roses)")


def _edit(base: dict[str, Any], title: str, body: str, e: int, h: int) -> tuple[str, str]:
    """One small repost edit: an availability line, a title emoji, a price, a day."""
    lang = base["lang"]
    emoji_ok = (
        base["title_emoji"] and base["src"] not in (BIO, CLINIC) and not title.startswith("Re:")
    )
    if e == 1 and emoji_ok:
        return f"{TITLE_EMOJI[h % len(TITLE_EMOJI)]} {title}", body
    if e == 2:
        m = _PRICE.search(body)
        if m:
            new = int(m.group(1)) + (10 if h % 2 else -10)
            return title, body[: m.start(1)] + str(new) + body[m.end(1) :]
    if e == 3:
        day = DAYS[lang][h % 7]
        line = f"Available {day}" if lang == "en" else f"Dispo {day}"
        return title, f"{body}\n{line}"
    extras = base["extras"] or EXTRAS[lang]
    return title, f"{body}\n{extras[(h >> 5) % len(extras)]}"


def _posted(day: int, h: int, src: str) -> str:
    when = START + timedelta(days=day, hours=9 + h % 14, minutes=(h >> 7) % 60)
    if src == FORUM:  # the board shows local time without an offset
        return when.strftime("%Y-%m-%dT%H:%M:%S")
    offset = "-04:00" if when < datetime(2026, 11, 1, 2) else "-05:00"
    return when.strftime("%Y-%m-%dT%H:%M:%S") + offset


_JUNK = ["voir annonce", "texto seulement", None, "see ad / voir texte"]
_URL = {
    FORUM: "https://babillard-rs.example/fil/{}",
    CLINIC: "https://zenreserve.example/praticiens/{}",
    BIO: "https://liens.bio.example/p/{}",
    SUGAR: "https://douxarrangements.example/profil/{}",
    CLASS: "https://annonces-bilingues.example/escortes/{}",
}


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The market's ads (in posting order) and its truth (one object per operator)."""
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for op in OPERATORS:
        oid = op["id"]
        keys: list[list[str]] = []
        minor_keys: list[list[str]] = []
        rank = 0
        for j, base in enumerate(op["bases"]):
            first = op["start"] + (base["at"] if base["at"] is not None else 2 * j)
            for k in range(base["n"]):
                h = _h(oid, rank, "edit")
                day = min(
                    first + k * base["step"] + (h % 2 if base["step"] > 2 and k else 0), LAST_DAY
                )
                title, body = base["title"], base["body"]
                if k:
                    e = (k + h) % 4
                    title, body = _edit(base, title, body, e, h)
                    if k >= 3:
                        title, body = _edit(base, title, body, (e + 1) % 4, h >> 3)
                src = base["src"]
                ad_id = _ad_id(src, oid, rank)
                ad: dict[str, Any] = {
                    "ad_id": ad_id,
                    "source": src,
                    "posted_at": _posted(day, h, src),
                    "title": title,
                    "body": body,
                    "city": base["city"],
                }
                contact = base["contact"]
                if contact is None and src == CLASS:
                    junk = _JUNK[_h(oid, rank, "junk") % len(_JUNK)]
                    contact = {"phone": junk} if junk else None
                if contact:
                    ad["contact"] = dict(contact)
                if base["age"] is not None:
                    ad["age"] = base["age"]
                ad["url"] = _URL[src].format(ad_id)
                ads.append(ad)
                keys.append([src, ad_id])
                if base["minor"]:
                    minor_keys.append([src, ad_id])
                rank += 1
        truth.append(
            {
                "operator_id": oid,
                "kind": op["kind"],
                "minor": op["minor"] or bool(minor_keys),
                "ads": keys,
                "minor_ads": minor_keys,
                "note": op["note"],
            }
        )
    ads.sort(key=lambda a: (a["posted_at"][:19], a["source"], a["ad_id"]))
    return ads, truth


def _check(ads: list[dict[str, Any]], truth: list[dict[str, Any]]) -> None:
    kinds: dict[str, int] = {}
    for t in truth:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    assert kinds == {
        "independent": 45,
        "duo": 6,
        "agency": 6,
        "third_party": 12,
        "exploitative_venue": 5,
    }, kinds
    assert sum(t["minor"] for t in truth) == 5
    assert all(t["kind"] in ("third_party", "exploitative_venue") for t in truth if t["minor"])
    keys = [(a["source"], a["ad_id"]) for a in ads]
    assert len(set(keys)) == len(keys)
    owned = [tuple(k) for t in truth for k in t["ads"]]
    assert sorted(owned) == sorted(keys)
    assert 450 <= len(ads) <= 550, len(ads)
    # phones: NPA-555-01XX only; no two operators share a number written in digits
    owner: dict[str, str] = {}
    by_key = {(a["source"], a["ad_id"]): a for a in ads}
    for t in truth:
        for k in t["ads"]:
            a = by_key[tuple(k)]
            text = a["title"] + " " + a["body"] + " " + json.dumps(a.get("contact", {}))
            for num in re.findall(r"\b(\d{3})-555-(\d{4})\b", text):
                assert num[1].startswith("01"), num
                prev = owner.setdefault("".join(num), t["operator_id"])
                assert prev == t["operator_id"], (num, prev, t["operator_id"])


def main() -> None:
    ads, truth = build()
    _check(ads, truth)
    ad_keys = ["ad_id", "source", "posted_at", "title", "body", "city", "contact", "age", "url"]
    truth_keys = ["operator_id", "kind", "minor", "ads", "minor_ads", "note"]
    with (HERE / "ads.jsonl").open("w", encoding="utf-8") as out:
        for a in ads:
            out.write(json.dumps({k: a[k] for k in ad_keys if k in a}, ensure_ascii=False) + "\n")
    with (HERE / "truth.jsonl").open("w", encoding="utf-8") as out:
        for t in truth:
            out.write(json.dumps({k: t[k] for k in truth_keys}, ensure_ascii=False) + "\n")
    print(f"{len(ads)} ads, {len(truth)} operators -> {HERE}")


if __name__ == "__main__":
    main()
