# ruff: noqa: E501  (the ads are literal texts; they stay on one line each where they can)
"""Blind hand-written market ``blind8`` (session 10): Laval, the Rive-Nord, the Laurentides
resort towns, the West Island, and tourers from Toronto, Ottawa and Gatineau.

Written by an engineer who had not read Balise's extraction, linking, indicator or scoring
code, nor the other hand-written markets. 74 operators: 45 independents, 6 duos, 6 agencies,
12 third-party controllers, 5 exploitative venues (5 of the 17 trafficking operators hold a
minor). Every text below is a literal; a repost is a small deterministic edit of it (the day,
an availability line, an emoji, a price), over six weeks of October-November 2026.

Five invented sites (``source``):

- ``boulots-nuit``: a job board (hostess, dancer, massage attendant, "model"); structured
  fields in the body (Poste / Salaire / Exigences / Pour postuler), contact by e-mail.
- ``en-tournee``: a touring-schedule site; a name, a list of dates and cities, a tour phone.
- ``velours``: an agency directory of structured companion profiles (Agence / Nom / Âge /
  Taille / Langues / Tarifs ...); independents may list themselves as "Indépendante".
- ``p-tites-450``: short classifieds of the 450 (Rive-Nord, Laval), joual and English, emoji,
  phones obfuscated in the body.
- ``massage-discret``: "discreet massage" listings with hours, addresses and prices.

Phones are NPA-555-01XX only, e-mails only on ``.example`` domains, names are invented.

    python tests/score/data/blind8/build_blind8.py   # writes ads.jsonl and truth.jsonl here
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

NAME = "blind8"
HERE = Path(__file__).resolve().parent

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = {10: "oct", 11: "nov", 12: "déc"}
EN_MONTHS = {10: "Oct", 11: "Nov", 12: "Dec"}

AD_KEYS = (
    "ad_id",
    "source",
    "posted_at",
    "title",
    "body",
    "city",
    "contact",
    "age",
    "images",
    "url",
)
TRUTH_KEYS = ("operator_id", "kind", "minor", "ads", "minor_ads", "note")

_PREFIX = {
    "boulots-nuit": "bn",
    "en-tournee": "et",
    "velours": "vl",
    "p-tites-450": "pt",
    "massage-discret": "md",
}


class Op:
    """One operator: its truth and its series of ads."""

    def __init__(self, oid: str, kind: str, note: str, minor: bool = False) -> None:
        self.oid, self.kind, self.note, self.minor = oid, kind, note, minor
        self.ads: list[dict[str, Any]] = []
        self.minor_flags: list[bool] = []

    def s(
        self,
        source: str,
        city: str | list[str],
        title: str,
        body: str,
        n: int,
        start: str,
        every: float,
        *,
        contact: dict[str, str] | None = None,
        age: int | str | None = None,
        x: tuple[str, ...] = ("",),
        p: tuple[str, ...] = ("",),
        hour: int = 20,
        lang: str = "fr",
        minor: bool = False,
        images: list[str] | None = None,
        url: str | None = None,
        dates: list[str] | None = None,
    ) -> Op:
        """A series of ``n`` ads: the first on ``start`` (YYYY-MM-DD), then one every
        ``every`` days. ``{d}`` is the weekday, ``{m}`` the date (12 oct), ``{x}`` cycles
        through ``x``, ``{p}`` moves through ``p`` (a price that changes over the weeks)."""
        day0 = datetime.fromisoformat(start)
        for k in range(n):
            when = (
                datetime.fromisoformat(dates[k])
                if dates
                else day0 + timedelta(days=round(k * every, 3))
            )
            when = when.replace(
                hour=(hour + 5 * k) % 24 if hour >= 0 else 11, minute=(7 + 13 * k) % 60
            )
            days = FR_DAYS if lang == "fr" else EN_DAYS
            months = FR_MONTHS if lang == "fr" else EN_MONTHS
            fill = {
                "d": days[when.weekday()],
                "m": f"{when.day} {months[when.month]}"
                if lang == "fr"
                else f"{months[when.month]} {when.day}",
                "x": x[k % len(x)].format(
                    d=days[when.weekday()],
                    m=(
                        f"{when.day} {months[when.month]}"
                        if lang == "fr"
                        else f"{months[when.month]} {when.day}"
                    ),
                ),
                "p": p[min(k * len(p) // n, len(p) - 1)],
            }
            t = title.format(**fill).strip()
            b = body.format(**fill).strip()
            ad: dict[str, Any] = {
                "source": source,
                "posted_at": _stamp(source, when),
                "title": " ".join(t.split()),
                "body": re.sub(r"[ \t]+\n", "\n", re.sub(r"[ \t]{2,}", " ", b)),
                "city": city[k % len(city)] if isinstance(city, list) else city,
            }
            if contact:
                ad["contact"] = dict(contact)
            if age is not None:
                ad["age"] = age
            if images:
                ad["images"] = list(images)
            if url:
                ad["url"] = url.format(k=k + 1)
            self.ads.append(ad)
            self.minor_flags.append(minor)
        return self


def _stamp(source: str, when: datetime) -> str:
    offset = "-05:00" if when >= datetime(2026, 11, 1, 2) else "-04:00"
    if source == "en-tournee":
        return when.strftime("%Y-%m-%dT%H:%M:00")
    if source == "velours":
        utc = when + timedelta(hours=5 if offset == "-05:00" else 4)
        return utc.strftime("%Y-%m-%dT%H:%M:00Z")
    return when.strftime("%Y-%m-%dT%H:%M:00") + offset


OPS: list[Op] = []


def op(oid: str, kind: str, note: str, minor: bool = False) -> Op:
    o = Op(oid, kind, note, minor)
    OPS.append(o)
    return o


# --------------------------------------------------------------------------------------------
# 45 independent adult workers
# --------------------------------------------------------------------------------------------

op(
    "i01",
    "independent",
    "Laval incall, joual, bumps almost every day with emoji, phone in emoji digits and words",
).s(
    "p-tites-450",
    "Laval",
    "Jade 💋 dispo {d} à Laval {x}",
    "Allo les boys 😘 c'est Jade, 26 ans, ptite brune full naturelle. Incall discret à Laval proche "
    "du métro Montmorency 🚇 Pas pressée, j'aime jaser avant. 160 la demi / 220 l'heure, cash ou "
    "virement. Texte-moi au 4️⃣5️⃣0️⃣ 555 0️⃣1️⃣1️⃣1️⃣ (pas d'appel masqué svp) {x}",
    8,
    "2026-10-02",
    3.7,
    age=26,
    x=("🔥", "✨✨", "😈 dernière place ce soir", "💦", "🌙 tard ce soir"),
)

op(
    "i02",
    "independent",
    "Saint-Sauveur outcall to chalets, 34, lists herself as Indépendante on the directory",
).s(
    "velours",
    "Saint-Sauveur",
    "Sandrine — Indépendante, Laurentides",
    "Agence: Indépendante\nNom: Sandrine\nÂge: 34\nTaille: 5'7\nLangues: français, anglais\n"
    "Déplacements: Saint-Sauveur, Morin-Heights, Sainte-Adèle (chalets et hôtels)\n"
    "Tarifs: 1h 300$ / 2h 550$ / souper + soirée 1200$\n"
    "À propos: Je gère moi-même mes rendez-vous. Une courte vérification est demandée "
    "(nom et numéro de réservation du chalet). {x}\nContact: texte seulement 450.555.0112",
    5,
    "2026-10-04",
    7,
    age=34,
    contact={"phone": "450.555.0112"},
    hour=17,
    x=(
        "Week-end de l'Action de grâce presque complet.",
        "Dispo vendredi et samedi.",
        "Quelques places {d}.",
    ),
)

op(
    "i03",
    "independent",
    "cégep student of 19 saying so with proof offered, Blainville, youth emoji",
).s(
    "p-tites-450",
    "Blainville",
    "Chloé 19 ans 🎀 Blainville {x}",
    "Salut! Chloé, 19 ans (oui vraiment 19 😅 je montre mes cartes au besoin). Étudiante au cégep, "
    "je fais ça le soir pour payer mon appart. Incall à Blainville, outcall Rive-Nord. 200$/h pas "
    "négociable. Pas de sans protection, demandez même pas. 450-555-zero113 📱 {x}",
    6,
    "2026-10-05",
    5.5,
    age=19,
    x=("", "🎀 dispo {d} soir", "💕", "🌸 après mes cours"),
)

op(
    "i04",
    "independent",
    "Toronto tourer, her own tour phone, Laval-Ottawa-Gatineau-Tremblant, first person",
).s(
    "en-tournee",
    ["Laval", "Ottawa", "Gatineau", "Mont-Tremblant", "Laval"],
    "TASHA on tour — {m}",
    "Name: Tasha\nBased in: Toronto\nTour:\n  Oct 8-10 Laval (Chomedey incall)\n  Oct 15-17 Ottawa (Centretown)\n"
    "  Oct 22-23 Gatineau\n  Oct 30-Nov 1 Mont-Tremblant (outcall to hotels)\n  Nov 6-8 Laval\n"
    "About me: 29, curvy, chatty, grad student by day. I book myself and I answer myself, screening "
    "via my booking form or a text with your name. {x}\nTour line: 416 555 01 14",
    7,
    "2026-10-06",
    4.5,
    lang="en",
    contact={"phone": "416-555-0114"},
    hour=12,
    x=("Deposits only for outcalls.", "Laval dates filling up!", "Last day in town {d}.", ""),
)

op(
    "i05",
    "independent",
    "Ottawa woman touring with a friend who drives her and says she is not a manager",
).s(
    "en-tournee",
    ["Laval", "Blainville", "Laval"],
    "Amber visiting the North Shore 🚗 {m}",
    "Hey loves, Amber from Ottawa 🙋‍♀️ 31, blonde, GFE. Visiting Laval & Blainville again. My bestie "
    "drives me up because I hate the 417 at night lol, she's NOT my manager, she waits at Tim's. "
    "Text me yourself: six one three, five five five, zero one one five. {x}",
    6,
    "2026-10-09",
    6,
    lang="en",
    hour=15,
    x=("No blocked numbers.", "Here till {d}!", "Incall only this time."),
)

op(
    "i06",
    "independent",
    "a friend posts for her once in the third person (no data plan), then she posts herself",
).s(
    "p-tites-450",
    "Repentigny",
    "Pour mon amie Mélodie 💜 Repentigny",
    "Je poste pour mon amie Mélodie parce qu'elle a pu de data sur son cell cette semaine 🙄. Elle a "
    "28 ans, super douce, incall à Repentigny. C'est ELLE qui répond, textez-la direct: 514 555 0116. "
    "Elle fait ses propres prix, demandez-lui.",
    1,
    "2026-10-03",
    1,
    age=28,
).s(
    "p-tites-450",
    "Repentigny",
    "Mélodie 💜 Repentigny {x}",
    "Coucou c'est Mélodie, merci à ma chum d'avoir posté pour moi la semaine passée 😂 J'ai rechargé mon "
    "forfait! 28 ans, incall à Repentigny, 180 la demi-heure, 250 l'heure. Texto au 514 555 0116 {x}",
    6,
    "2026-10-10",
    6,
    age=28,
    x=("", "💜 dispo {d}", "🌧️ journée pluvieuse = câlins"),
)

op("i07", "independent", "changed her number and says so aloud, old number written in the ad").s(
    "p-tites-450",
    "Terrebonne",
    "Kiara 🍑 Terrebonne",
    "Kiara ici 🍑 30 ans, incall à Terrebonne près de la 640. 150/30 200/60. Textez au 514.555.0170 {x}",
    3,
    "2026-10-01",
    4,
    age=30,
    x=("", "dispo {d} 😘"),
).s(
    "p-tites-450",
    "Terrebonne",
    "Kiara 🍑 NOUVEAU NUMÉRO",
    "‼️NOUVEAU NUMÉRO‼️ Mon ancien cell (514.555.0170) s'est fait voler au gym 🙄 fait que le 0170 "
    "c'est pu moi! Nouveau: 438.555.0171. Même Kiara, même incall à Terrebonne, mêmes prix. {x}",
    6,
    "2026-10-14",
    5,
    age=30,
    x=("", "💕 {d} soir", "🍑"),
)

op(
    "i08",
    "independent",
    "home massage studio in Repentigny, works late by appointment, gives her address",
).s(
    "massage-discret",
    "Repentigny",
    "Massage sensuel Valérie — Repentigny",
    "Établissement: studio à domicile (une seule masseuse)\nAdresse: secteur Le Gardeur, Repentigny "
    "(adresse exacte au moment de la réservation)\nHeures: mar-sam 11h à 23h, sur rendez-vous seulement\n"
    "Tarifs: 60 min 140$ / 90 min 190$\nDescription: massage suédois avec finale sensuelle, huile chaude. "
    "Je suis Valérie, 41 ans, 15 ans d'expérience en massage. Pas de services complets. {x}\n"
    "Réservation: (450) 555-0118",
    5,
    "2026-10-02",
    7,
    contact={"phone": "(450) 555-0118"},
    hour=10,
    x=("", "Places libres {d}.", "Certificats-cadeaux disponibles."),
)

op("i09", "independent", "just turned 18, says her birth month, petite; an adult saying so").s(
    "p-tites-450",
    "Laval",
    "Lexi 18 🎂 Laval",
    "Hiii c Lexi 🎂 j'ai eu 18 ans en septembre (née sept 2008, ID check ok avec moi, je préfère même). "
    "Petite 5'1, je suis nouvelle dans le milieu mais je choisis mes clients. Incall Laval-des-Rapides. "
    "250/h, pas de négo, pas de gars saoûls. Txt 438 555 01 19 {x}",
    6,
    "2026-10-07",
    6,
    age=18,
    x=("", "✨", "dispo {d} après 17h"),
)

op("i10", "independent", "Saint-Jérôme, low prices, budget incall").s(
    "p-tites-450",
    "Saint-Jérôme",
    "Nadia 80$ la demi St-Jérôme {x}",
    "Nadia, 37, St-Jérôme centre-ville. Prix doux: 80 la demi, 140 l'heure. Incall propre et discret, "
    "stationnement gratuit. J'suis pas une agence, j'suis juste moi. 4 5 0 - 5 5 5 - 0 1 2 0 {x}",
    6,
    "2026-10-03",
    5,
    age=37,
    x=("", "💸", "😘 {d}", "☕"),
)

op("i11", "independent", "Latina in the West Island, lists her ethnicity, English and Spanish").s(
    "velours",
    "Pointe-Claire",
    "Sofia — Latina independent, West Island",
    "Agence: Independent\nNom: Sofia\nÂge: 27\nOrigine: Colombiana 🇨🇴\nLangues: español, English, un peu de "
    "français\nSecteur: Pointe-Claire / Dorval (incall) \nTarifs: 1h 260 / 1.5h 360 / 2h 480\n"
    "À propos: Latina, warm, no rush. I am my own boss, I answer my phone and my emails. {x}\n"
    "Contact: 514-555-0121 / sofia.latina@correo.example",
    6,
    "2026-10-05",
    7,
    lang="en",
    age=27,
    contact={"phone": "514-555-0121", "email": "sofia.latina@correo.example"},
    x=("", "Available {d} evening.", "Hablo español 😊"),
)

op(
    "i12",
    "independent",
    "Asian woman alone in a Laval condo, lists her origin, says she works alone",
).s(
    "massage-discret",
    "Laval",
    "Mei — massage relaxant Laval",
    "Établissement: condo privé (Mei seule, pas d'agence)\nAdresse: près du Carrefour Laval\n"
    "Heures: 10h à 21h, fermé le dimanche\nTarifs: 30 min 70$ / 60 min 120$\nDescription: Je suis Mei, "
    "taïwanaise, 39 ans, massage détente et sensuel. Je parle français et anglais, un peu. Je travaille "
    "seule depuis 6 ans. {x}\nTél: 450 555 0122 (appel ou texto)",
    5,
    "2026-10-01",
    8,
    contact={"phone": "450 555 0122"},
    hour=9,
    x=("", "Nouvelle huile à la lavande.", "Ouverte {d} jusqu'à 21h."),
)

op("i13", "independent", "trans escort, West Island, English").s(
    "velours",
    "Kirkland",
    "Brianna — TS independent, Kirkland",
    "Agence: Independent\nNom: Brianna (trans woman)\nÂge: 32\nTaille: 5'10\nLangues: English, français\n"
    "Secteur: Kirkland incall, outcall West Island\nTarifs: 1h 280$\nÀ propos: Proud trans woman, "
    "versatile, respectful men only. Booking is me, only me. {x}\nContact: text 514-555-0123",
    5,
    "2026-10-08",
    8,
    lang="en",
    age=32,
    contact={"phone": "514-555-0123"},
    x=("", "Back {d}.", "Newbies welcome, be kind."),
)

op("i14", "independent", "male escort for women, Laval, joual").s(
    "p-tites-450",
    "Laval",
    "Julien 🙋‍♂️ escorte pour femmes Laval",
    "Julien, 35 ans, escorte masculin pour femmes et couples. Massage, souper, plus si affinités. "
    "Discret, propre, drôle. Laval et Rive-Nord. 250$/h. Texte: 450-555-0124 {x}",
    5,
    "2026-10-06",
    8,
    age=35,
    x=("", "🍷", "😉 dispo {d}"),
)

op("i15", "independent", "mature 48, Terrebonne, daytime").s(
    "p-tites-450",
    "Terrebonne",
    "Roxanne 48 ans mature 🍷 Terrebonne",
    "Roxanne, 48 ans, vraie femme mature. Le jour seulement, 10h à 16h, incall Terrebonne (Lachenaie). "
    "Pas pressée, 180 l'heure. Appelez ou texto au quatre-cinq-zéro 555 zéro-un-deux-cinq. {x}",
    6,
    "2026-10-02",
    7,
    age=48,
    x=("", "Dispo {d}.", "🍷"),
)

op(
    "i16",
    "independent",
    "shares an incall apartment with another independent (i17), own phone, says so",
).s(
    "massage-discret",
    "Blainville",
    "Crystal — massage Blainville (incall partagé)",
    "Établissement: appartement partagé avec une amie masseuse (chacune ses clients, chacune son numéro)\n"
    "Adresse: boul. Curé-Labelle, Blainville, 2e étage\nHeures: lun-ven 12h à 22h\nTarifs: 45 min 120$ / "
    "60 min 150$\nDescription: Crystal, 33 ans, massage body-to-body. On partage le loyer, pas les "
    "clients. {x}\nTél: 450-555-0126",
    5,
    "2026-10-04",
    7,
    contact={"phone": "450-555-0126"},
    hour=10,
    x=("", "Dispo {d}.", "Nouveau: table chauffante."),
)

op(
    "i17",
    "independent",
    "the other independent of the shared Blainville incall (same address, own phone)",
).s(
    "massage-discret",
    "Blainville",
    "Léa — massage Blainville, appartement partagé",
    "Établissement: appartement partagé (2 masseuses indépendantes)\nAdresse: boul. Curé-Labelle, "
    "Blainville, 2e étage\nHeures: mer-dim 14h à minuit\nTarifs: 30 min 90$ / 60 min 150$\nDescription: "
    "Léa, 26 ans, massage tantrique. Je réserve moi-même, textez-moi. {x}\nTél: 579 555 0127",
    5,
    "2026-10-06",
    8,
    contact={"phone": "579 555 0127"},
    hour=12,
    x=("", "Soirée {d} libre.", "🌿"),
)

op(
    "i18",
    "independent",
    "two phones of her own, a calling line and a text-only line, both in every ad",
).s(
    "p-tites-450",
    ["Laval", "Laval", "Terrebonne"],
    "Kim ☎️ ou 📱 Laval",
    "Kim 29 ans, incall Laval (Sainte-Rose). Appels: 514 555 0128 — Textos seulement: 438 555 0129 "
    "(c'est mon 2e cell, le 1er a pas de texto lol). 200/h. {x}",
    6,
    "2026-10-03",
    6,
    age=29,
    x=("", "🌹 dispo {d}", "🚗 outcall Terrebonne ce soir"),
)

op(
    "i19",
    "independent",
    "Gatineau woman working Mont-Tremblant weekends, bumps the same ad many times",
).s(
    "p-tites-450",
    "Mont-Tremblant",
    "Aurélie — Tremblant ce week-end ⛷️",
    "Aurélie, 36, de Gatineau. Je monte à Tremblant les fins de semaine, outcall hôtels et condos du "
    "village. 300/h, 2h minimum après 22h. Textez 819-555-0130 avec le nom de l'hôtel. {x}",
    8,
    "2026-10-02",
    3.3,
    age=36,
    x=("", "⛷️", "🍁", "dispo {d}"),
)

op("i20", "independent", "moved from Gatineau to Laval, 'new in town' is true, bilingual").s(
    "p-tites-450",
    "Laval",
    "New in Laval / Nouvelle à Laval — Zoé",
    "Zoé, 25 — just moved from Gatineau to Laval (new apartment, same me 😊). Nouvelle à Laval mais pas "
    "nouvelle dans le métier. Incall Vimont, 220/h. Same number as in Gatineau: 819 555 0131. {x}",
    6,
    "2026-10-10",
    6,
    age=25,
    x=("", "📦 encore des boîtes partout lol", "dispo {d}"),
)

op("i21", "independent", "Black woman touring from Toronto, ethnicity in the title, English").s(
    "en-tournee",
    ["Laval", "Montréal", "Laval"],
    "Ebony goddess Destiny — Laval {m}",
    "Name: Destiny\nBased in: Toronto (Scarborough)\nDates: Laval Oct 16-19, Montreal West Island "
    "Oct 20-21, Laval again Nov 12-14\nAbout: Jamaican-Canadian, 30, thick & sweet. Independent for 7 "
    "years, I set my own rates (300/h). No rush, no attitude. {x}\nTour line: 647.555.0132",
    5,
    "2026-10-12",
    6,
    lang="en",
    contact={"phone": "647.555.0132"},
    hour=13,
    x=("", "Screening required.", "Last days {d}."),
)

op("i22", "independent", "pro-domme in Blainville, strict rules, deposit").s(
    "p-tites-450",
    "Blainville",
    "Maîtresse Camille ⛓️ Blainville",
    "Maîtresse Camille. Donjon privé à Blainville. Domination, fétiches, jeux de rôle. Aucun service "
    "sexuel. Dépôt obligatoire (virement à camille.donjon@courriel.example). Première séance: "
    "formulaire et appel. 450 555 0133. {x}",
    5,
    "2026-10-05",
    8,
    age=40,
    x=("", "⛓️", "Séances {d}."),
)

op("i23", "independent", "BBW, Repentigny, low price, many emoji, phone with letter O for zero").s(
    "p-tites-450",
    "Repentigny",
    "🍩 BBW Stéphanie Repentigny 🍩",
    "Stéphanie BBW 38 ans 🍩🍰 grosse et fière 💪 incall Repentigny près du Galeries Rive-Nord. 100 la "
    "demi 160 l'heure. 45O-555-O134 texto seulement 📲 {x}",
    6,
    "2026-10-04",
    6,
    age=38,
    contact={"phone": "texto seulement"},
    x=("", "😋", "🍓 {d}", "💖💖"),
)

op(
    "i24",
    "independent",
    "Russian woman with imperfect English, says she answers herself, West Island",
).s(
    "velours",
    "Dollard-des-Ormeaux",
    "Natasha — independent, DDO",
    "Agence: independent (no agency)\nNom: Natasha\nÂge: 35\nOrigine: Russian\nLangues: Russian, English "
    "(not perfect 😊)\nSecteur: Dollard-des-Ormeaux incall\nTarifs: 1h 250\nÀ propos: My english is not so "
    "good but I am independent, I answer myself, no driver, no boss. Please text in simple words. {x}\n"
    "Contact: 514 555 0135",
    5,
    "2026-10-09",
    8,
    lang="en",
    age=35,
    contact={"phone": "514 555 0135"},
    x=("", "Today {d} available.", ""),
)

op("i25", "independent", "20-year-old student, 'babygirl', bow and candy emoji, Saint-Jérôme").s(
    "p-tites-450",
    "Saint-Jérôme",
    "Gabrielle 20 🎀🍭 babygirl St-Jé",
    "ur babygirl Gabrielle 🎀 20 ans, petite 5'0, étudiante en techniques de soins infirmiers. Incall "
    "St-Jérôme. 220/h. Respect svp, pas de photos de vous non sollicitées 🙃. Txt: 450 555 01 36 {x}",
    5,
    "2026-10-06",
    6,
    age=20,
    x=("", "🍭", "🎀 {d} soir", "📚 semaine d'exams = moins dispo"),
)

op(
    "i26",
    "independent",
    "Ottawa escort visiting Gatineau and Laval, same template in each city, two sites",
).s(
    "en-tournee",
    ["Gatineau", "Laval", "Gatineau", "Laval"],
    "Ashley (Ottawa) visiting {m}",
    "Name: Ashley\nBased in: Ottawa (Glebe)\nVisiting: Gatineau (Hull) every other week, Laval twice a "
    "month\nAbout: 28, redhead, nurse in a past life, independent. Incall in a quiet hotel, I never share "
    "my room. {x}\nText: 613-555-0137",
    5,
    "2026-10-03",
    8,
    lang="en",
    contact={"phone": "613-555-0137"},
    hour=11,
    x=("", "Booking {d}.", ""),
).s(
    "p-tites-450",
    "Laval",
    "Ashley from Ottawa in Laval 🍁",
    "Ashley, 28, redhead from Ottawa, in Laval this week 🍁 Independent, hotel incall near the 15. "
    "240/hr. Text 613-555-0137 {x}",
    3,
    "2026-10-08",
    12,
    age=28,
    lang="en",
    x=("", "❤️ {d}"),
)

op(
    "i27",
    "independent",
    "posts on the job board looking for a touring partner (an independent, not a recruiter)",
).s(
    "boulots-nuit",
    "Laval",
    "Cherche partenaire de tournée (escorte indépendante)",
    "Poste: partenaire de route / duo occasionnel\nSalaire: chacune garde 100% de ce qu'elle fait, on "
    "split l'hôtel et l'essence\nExigences: être indépendante, 21+, avoir déjà annoncé, ton propre cell\n"
    "Description: Je suis Émilie, 31 ans, je tourne Laval - Québec - Sherbrooke. Je cherche une fille "
    "fiable pour partager les chambres (pas les clients). Je prends AUCUNE commission, c'est pas une "
    "agence. {x}\nPour postuler: écris-moi à emilie.route@courriel.example ou 438 555 0138",
    3,
    "2026-10-05",
    12,
    contact={"email": "emilie.route@courriel.example"},
    hour=14,
    x=("", "Toujours ouvert.", "Départ en tournée le {m}."),
).s(
    "p-tites-450",
    "Laval",
    "Émilie 31 💫 Laval avant ma tournée",
    "Émilie 31 ans, Laval encore quelques jours avant de partir en tournée. 220/h incall Chomedey. "
    "438-555-0138 {x}",
    4,
    "2026-10-07",
    9,
    age=31,
    x=("", "💫 {d}"),
)

op("i28", "independent", "near-empty ads, contact only in the structured field").s(
    "p-tites-450",
    "Laval",
    "Maya 😘",
    "dispo {x}",
    6,
    "2026-10-02",
    6,
    age=24,
    contact={"phone": "5795550139"},
    x=("😘", "ce soir 🔥", "{d}", "🌙", "💕 incall"),
)

op(
    "i29",
    "independent",
    "no phone at all: e-mail and a handle, screening by e-mail, Laval/Rive-Nord",
).s(
    "velours",
    "Laval",
    "Rosalie — courtisane indépendante",
    "Agence: Indépendante\nNom: Rosalie\nÂge: 30\nTaille: 5'6\nLangues: français, anglais\nSecteur: Laval, "
    "Terrebonne (outcall seulement)\nTarifs: 2h 600$ minimum\nÀ propos: Rencontres longues, souper, "
    "conversation. Vérification obligatoire par courriel (nom, référence d'une autre dame ou pièce "
    "d'identité). Je ne réponds à aucun appel. {x}\nContact: rosalie.courtisane@boite.example — Signal: @rosalie_rn",
    5,
    "2026-10-03",
    9,
    age=30,
    contact={"email": "rosalie.courtisane@boite.example", "handle": "@rosalie_rn"},
    x=("", "Disponibilités de novembre ouvertes.", ""),
)

op(
    "i30",
    "independent",
    "high-end GFE outcall in Mont-Tremblant, long bilingual text, screening, references",
).s(
    "velours",
    "Mont-Tremblant",
    "Jasmine — GFE haut de gamme, Tremblant",
    "Agence: Indépendante\nNom: Jasmine\nÂge: 33\nTaille: 5'8\nLangues: français, English\nSecteur: "
    "Mont-Tremblant, Saint-Sauveur, Laurentides (outcall)\nTarifs: 3h 900$ / nuit 2500$\nÀ propos: "
    "Ancienne prof de ski, maintenant compagne le week-end. I do my own screening and bookings; deposit "
    "by e-transfer for anything over 3 hours. Références de deux autres prestataires bienvenues. {x}\n"
    "Contact: 819 555 0140 (texto), jasmine.gfe@courriel.example",
    5,
    "2026-10-02",
    10,
    age=33,
    contact={"phone": "819 555 0140", "email": "jasmine.gfe@courriel.example"},
    x=("", "Saison de ski: réservez tôt.", "Available {d}."),
)

op("i31", "independent", "masseuse alone, posts 7 days a week 10h-22h (long hours, one person)").s(
    "massage-discret",
    "Laval",
    "Karine massage 7/7 — Laval (Duvernay)",
    "Établissement: Karine, masseuse, appartement privé\nAdresse: Duvernay, Laval, stationnement dans la "
    "rue\nHeures: 7 jours sur 7, 10h à 22h (je prends des pauses, textez avant)\nTarifs: 30 min 80$ / 60 "
    "min 130$\nDescription: 44 ans, massage suédois et sensuel, finition manuelle. Aucune autre fille "
    "ici, juste moi. {x}\nTél: 450.555.0141",
    5,
    "2026-10-03",
    7,
    contact={"phone": "450.555.0141"},
    hour=9,
    x=("", "Spécial {d}: 60 min 120$.", ""),
)

op("i32", "independent", "'open-minded', couple friendly, GFE/PSE, Laval hotel incall").s(
    "p-tites-450",
    "Laval",
    "Vanessa 😈 open-minded GFE/PSE Laval",
    "Vanessa, 27, open-minded, GFE ou PSE selon ta vibe, couples bienvenus. Incall hôtel à Laval (près "
    "du Centropolis). Toujours protégé. 250/h, 400 pour couple. 438.555.0142 {x}",
    5,
    "2026-10-08",
    6,
    age=27,
    x=("", "😈", "🔥 {d}"),
)

op("i33", "independent", "alternates Terrebonne and Repentigny in the same week (two incalls)").s(
    "p-tites-450",
    ["Terrebonne", "Repentigny"],
    "Alicia 🌺 {x}",
    "Alicia 34 ans. Lundi-mercredi à Terrebonne, jeudi-samedi à Repentigny (2 incall, même fille 😉). "
    "180/h. Texte au 450 555 0143.",
    6,
    "2026-10-01",
    4,
    age=34,
    x=("Terrebonne", "Repentigny"),
)

op("i34", "independent", "says 'no pimp, no agency, no driver' in so many words").s(
    "p-tites-450",
    "Saint-Jérôme",
    "Noémie 100% indépendante St-Jérôme",
    "Noémie, 29. Pas de pimp, pas d'agence, pas de chauffeur, pas de 'boyfriend' qui gère mon cell. "
    "Juste moi, mon incall à St-Jérôme et mes règles. 200/h. 579-555-0144 {x}",
    5,
    "2026-10-04",
    7,
    age=29,
    x=("", "🌷 dispo {d}", ""),
)

op("i35", "independent", "Toronto tourer to Saint-Sauveur and Tremblant, deposit by e-transfer").s(
    "en-tournee",
    ["Saint-Sauveur", "Mont-Tremblant"],
    "Tiffany 🍁 Laurentians tour {m}",
    "Name: Tiffany\nBased in: Toronto\nTour: Saint-Sauveur Oct 23-25, Mont-Tremblant Oct 26-28, back "
    "Nov 13-15\nAbout: 30, fitness model, independent. $100 deposit by e-transfer for every booking "
    "(I drive 6 hours, no-shows hurt). {x}\nText: 416 555 0145",
    5,
    "2026-10-18",
    6,
    lang="en",
    contact={"phone": "416 555 0145"},
    hour=10,
    x=("", "Few spots {d}.", ""),
)

op(
    "i36", "independent", "Asian masseuse alone in Pointe-Claire, simple English, 'me independent'"
).s(
    "massage-discret",
    "Pointe-Claire",
    "Lily Asian massage Pointe-Claire",
    "Établissement: Lily only, private apartment\nAdresse: near Fairview, Pointe-Claire\nHeures: 10am-10pm, "
    "Mon-Sat\nTarifs: 30min 80 / 60min 140\nDescription: Me Lily, 42, from Korea. Me independent, no "
    "boss, my own place 5 years. Relax massage, nice finish. {x}\nTél: 514 555 0146",
    5,
    "2026-10-02",
    7,
    lang="en",
    contact={"phone": "514 555 0146"},
    hour=9,
    x=("", "Open {d}.", ""),
)

op("i37", "independent", "jokes that her 'booker' is herself").s(
    "p-tites-450",
    "Blainville",
    "Sabrina 💅 Blainville",
    "Sabrina 28 💅 mon booker c'est moi, mon chauffeur c'est moi, ma secrétaire c'est moi lol 😂 Incall "
    "Blainville, 200/h. 438 555 0147 {x}",
    6,
    "2026-10-09",
    6,
    age=28,
    x=("", "💅 {d}", "✨"),
)

op("i38", "independent", "19, first time advertising, asks clients to be kind").s(
    "p-tites-450",
    "Mirabel",
    "Annie 19 ans première annonce 🌼",
    "Allo, Annie 19 ans. C'est ma première annonce, soyez gentils svp 🌼 Je suis à Mirabel, j'ai mon "
    "char, outcall seulement dans le coin. 200/h. Texto au 450-555-0148. {x}",
    5,
    "2026-10-12",
    6,
    age=19,
    x=("", "🌼 {d}", "Merci pour les beaux messages!"),
)

op("i39", "independent", "heavy bumping, keycap-emoji phone, Terrebonne").s(
    "p-tites-450",
    "Terrebonne",
    "Cassandra 🔥🔥 Terrebonne {x}",
    "Cassandra 🔥 25 ans 🔥 incall Terrebonne 🔥 150/30 220/60 🔥 4️⃣5️⃣0️⃣5️⃣5️⃣5️⃣0️⃣1️⃣4️⃣9️⃣ 🔥",
    9,
    "2026-10-01",
    3,
    age=25,
    x=("", "🔥", "{d}", "NOW", "ce soir"),
)

op("i40", "independent", "Gatineau independent, bilingual, visits Laval, own website").s(
    "en-tournee",
    ["Gatineau", "Laval"],
    "Mira — Gatineau / Laval",
    "Name: Mira\nBased in: Gatineau (Aylmer)\nVisiting: Laval one weekend a month\nAbout: 35, bilingue, "
    "indépendante, massage + GFE. Booking form on miramira.example. {x}\nText: 819-555-0150",
    5,
    "2026-10-04",
    9,
    contact={"phone": "819-555-0150"},
    hour=11,
    x=("", "Laval {m}.", ""),
)

op("i41", "independent", "mother of two, daytime only, discretion, Terrebonne").s(
    "p-tites-450",
    "Terrebonne",
    "Raphaëlle maman discrète 🌞 jour seulement",
    "Raphaëlle, 36, maman de 2 😊 dispo le jour quand les enfants sont à l'école (9h-14h30). Incall "
    "Terrebonne. Discrétion absolue dans les deux sens. 180/h. 450 555 0151 {x}",
    5,
    "2026-10-05",
    6,
    age=36,
    x=("", "🌞 {d}", ""),
)

op("i42", "independent", "price drops over the weeks, 'spécial' reposts").s(
    "p-tites-450",
    "Sainte-Thérèse",
    "Jenny {p} Ste-Thérèse",
    "Jenny 32 ans, incall Ste-Thérèse. Spécial de la semaine: {p} l'heure. 579.555.0152 {x}",
    6,
    "2026-10-02",
    6,
    age=32,
    x=("", "😘", "{d}"),
    p=("220$", "200$", "180$", "160$"),
)

op("i43", "independent", "writes about herself in the third person as marketing voice").s(
    "velours",
    "Laval",
    "Océane — Laval",
    "Agence: Indépendante\nNom: Océane\nÂge: 29\nTaille: 5'4\nLangues: français\nSecteur: Laval incall\n"
    "Tarifs: 1h 250$\nÀ propos: Océane vous attend dans son petit nid douillet de Laval. Elle adore les "
    "hommes courtois et les longues conversations. Océane gère elle-même ses rendez-vous. {x}\n"
    "Contact: 438 555 0153",
    5,
    "2026-10-06",
    8,
    age=29,
    contact={"phone": "438 555 0153"},
    x=("", "Elle est disponible {d}.", ""),
)

op("i44", "independent", "Toronto woman, one day only, hotel incall near highway 15 in Laval").s(
    "p-tites-450",
    "Laval",
    "Bella TODAY ONLY Laval 🏨",
    "Bella from Toronto, 26, TODAY ONLY in Laval, hotel incall off the 15 (Chomedey). Independent, "
    "upscale, 300/h, no rush. Text 647 555 0154 {x}",
    4,
    "2026-10-11",
    10,
    age=26,
    lang="en",
    x=("", "🏨 {d}", ""),
)

op("i45", "independent", "European masseuse and escort, weekend chalet incall in Saint-Sauveur").s(
    "massage-discret",
    "Saint-Sauveur",
    "Eva — massage et compagnie, Saint-Sauveur",
    "Établissement: chalet loué le week-end\nAdresse: Saint-Sauveur, près des pentes (donnée à la "
    "réservation)\nHeures: ven 18h - dim 18h\nTarifs: 60 min 200$ / 2h 380$\nDescription: Eva, 38 ans, "
    "française, massage californien et plus selon la personne. Je suis seule, sans agence. {x}\n"
    "Tél: 819-555-0155",
    5,
    "2026-10-09",
    7,
    contact={"phone": "819-555-0155"},
    hour=12,
    x=("", "Ce week-end: oui.", ""),
)


# --------------------------------------------------------------------------------------------
# 6 duos of independents
# --------------------------------------------------------------------------------------------

op("d01", "duo", "two friends, Laval, duo show, one shared phone, each speaks for herself").s(
    "p-tites-450",
    "Laval",
    "Duo Jess & Mégane 👯‍♀️ Laval",
    "Jess (27) et Mégane (30), deux amies, duo à Laval 👯‍♀️ Jess: 'moi j'fais la jasette' — Mégane: "
    "'moi j'fais le reste' 😂 Duo 450/h, solo possible. Notre cell commun: 450 555 0156 {x}",
    6,
    "2026-10-03",
    7,
    age=27,
    x=("", "👯‍♀️ {d}", "🍾"),
).s(
    "velours",
    "Laval",
    "Jess & Mégane — duo indépendant",
    "Agence: Indépendantes (duo)\nNom: Jess & Mégane\nÂge: 27 et 30\nLangues: français, anglais\nSecteur: "
    "Laval incall\nTarifs: duo 1h 450$ / solo 250$\nÀ propos: Deux amies qui travaillent ensemble depuis "
    "3 ans, on partage le cell et l'appart, chacune garde ses sous. {x}\nContact: 450-555-0156",
    3,
    "2026-10-06",
    14,
    age=27,
    contact={"phone": "450-555-0156"},
    x=("", "Dispo {d}."),
)

op("d02", "duo", "Toronto duo touring Laval and Ottawa, two phones, first person plural").s(
    "en-tournee",
    ["Laval", "Ottawa", "Laval", "Gatineau"],
    "Toronto duo Raven & Skye on tour {m}",
    "Names: Raven & Skye\nBased in: Toronto\nTour: Laval Oct 9-11, Ottawa Oct 16-18, Laval Oct 30-Nov 1, "
    "Gatineau Nov 6-7\nAbout: two best friends (29 & 31) who travel together. Duo or solo. We each keep "
    "our own phone, text either of us. {x}\nRaven 416-555-0157 · Skye 647-555-0158",
    6,
    "2026-10-05",
    6,
    lang="en",
    contact={"phone": "416-555-0157"},
    hour=12,
    x=("", "Duo special {d}.", ""),
)

op("d03", "duo", "a couple (man and woman) offering to couples, Blainville").s(
    "p-tites-450",
    "Blainville",
    "Couple Max & Isa 💑 pour couples Blainville",
    "On est Max (38) et Isa (35), couple dans la vie, on reçoit des couples et des femmes seules à "
    "Blainville. Isa décide de tout 😉. 400/2h. Texto: 450 555 0159 {x}",
    5,
    "2026-10-07",
    8,
    age=35,
    x=("", "💑 {d}", ""),
)

op("d04", "duo", "two masseuses sharing a studio, four-hands massage, Repentigny").s(
    "massage-discret",
    "Repentigny",
    "Massage 4 mains — Julie & Karo, Repentigny",
    "Établissement: studio de Julie & Karo (deux masseuses, associées)\nAdresse: rue Notre-Dame, "
    "Repentigny\nHeures: lun-sam 10h à 20h\nTarifs: 60 min solo 120$ / 60 min 4 mains 220$\n"
    "Description: On est deux amies de 40 et 43 ans, on a ouvert notre studio ensemble. Massage "
    "détente, 4 mains, finale au choix. {x}\nTél: 450 555 0160",
    6,
    "2026-10-01",
    7,
    contact={"phone": "450 555 0160"},
    hour=9,
    x=("", "Places {d}.", ""),
)

op("d05", "duo", "two West Island friends, English, two phones, each her own number").s(
    "p-tites-450",
    "Kirkland",
    "Bestie duo Kayla & Jen West Island 💕",
    "Kayla 24 & Jen 26, besties, duo in Kirkland/Pointe-Claire 💕 We're both independent, we just "
    "like working together. Duo 500/h. Kayla 514 555 0161 or Jen 514 555 0162 {x}",
    5,
    "2026-10-08",
    8,
    age=24,
    lang="en",
    x=("", "💕 {d}", ""),
)

op("d06", "duo", "two trans women duo, Laval, directory profile").s(
    "velours",
    "Laval",
    "Duo TS Alexa & Nina — Laval",
    "Agence: Indépendantes\nNom: Alexa & Nina (trans)\nÂge: 28 / 33\nLangues: français, español, "
    "English\nSecteur: Laval incall\nTarifs: solo 250$ / duo 450$\nÀ propos: Deux amies trans, on se "
    "protège l'une l'autre, on répond nous-mêmes. {x}\nContact: 438-555-0163",
    5,
    "2026-10-04",
    9,
    age=28,
    contact={"phone": "438-555-0163"},
    x=("", "Disponibles {d}.", ""),
)


# --------------------------------------------------------------------------------------------
# 6 clean agencies
# --------------------------------------------------------------------------------------------

a01 = op(
    "a01",
    "agency",
    "declared Laval outcall agency, third person by nature, five companions 21+, fair terms",
)
for i, (nm, ag, desc) in enumerate(
    [
        ("Gabriella", 26, "brunette pétillante, danseuse de formation"),
        ("Marilou", 31, "blonde naturelle, amatrice de vin"),
        ("Sasha", 24, "rousse sportive, étudiante en droit"),
        ("Noa", 29, "métisse, éclat de rire contagieux"),
        ("Florence", 35, "élégante, parfaite pour les soupers d'affaires"),
    ]
):
    a01.s(
        "velours",
        "Laval",
        f"Agence Élixir — {nm}",
        f"Agence: Élixir Escortes (Laval, depuis 2016)\nNom: {nm}\nÂge: {ag}\nLangues: français, anglais\n"
        f"Secteur: Laval, Rive-Nord, Montréal (outcall)\nTarifs: 1h 300$ / 2h 560$\nÀ propos: {nm} est {desc}. "
        "Toutes nos accompagnatrices ont 21 ans et plus, choisissent leurs horaires et peuvent refuser "
        "un client. {x}\nRéservations: 450-555-0164 / reservations@elixir-laval.example",
        2,
        f"2026-10-{3 + 2 * i:02d}",
        16,
        age=ag,
        contact={"phone": "450-555-0164", "email": "reservations@elixir-laval.example"},
        x=("", "Disponible {d} soir."),
    )
a01.s(
    "boulots-nuit",
    "Laval",
    "Accompagnatrices recherchées — Agence Élixir",
    "Poste: accompagnatrice (escorte), travailleuse autonome\nSalaire: 60% pour toi, payé le soir même\n"
    "Exigences: 21 ans et plus, pièce d'identité, aucune expérience requise\nDescription: Tu choisis tes "
    "soirs et tes clients, aucun quota, aucune avance de frais, tu gardes tes papiers et ton cell. "
    "Rencontre au café avec la propriétaire. {x}\nPour postuler: recrutement@elixir-laval.example",
    2,
    "2026-10-10",
    21,
    contact={"email": "recrutement@elixir-laval.example"},
    hour=13,
    x=("", "Toujours en recrutement."),
)

a02 = op(
    "a02",
    "agency",
    "West Island English agency, honest recruitment ad on the job board, booking line",
)
for i, (nm, ag, bio) in enumerate(
    [
        ("Chelsea", 28, "a tall blonde with a great laugh"),
        ("Priya", 30, "elegant, well travelled, loves jazz"),
        ("Lauren", 25, "sporty brunette, marathon runner"),
        ("Dominique", 34, "bilingual, perfect dinner date"),
    ]
):
    a02.s(
        "velours",
        "Pointe-Claire",
        f"North Shore Companions — {nm}",
        f"Agence: North Shore Companions (West Island)\nNom: {nm}\nÂge: {ag}\nLangues: English, français\n"
        f"Secteur: West Island, Laval, hotels near YUL\nTarifs: 1h 320 / 2h 600 / dinner date 1000\nÀ propos: "
        f"{nm} is {bio}. Every companion with us is 21+, independent contractor, sets her own days. {{x}}\n"
        "Bookings: 514.555.0165 · book@northshorecompanions.example",
        2,
        f"2026-10-{5 + 3 * i:02d}",
        15,
        lang="en",
        age=ag,
        contact={"phone": "514.555.0165", "email": "book@northshorecompanions.example"},
        x=("", "Available {d}."),
    )
a02.s(
    "boulots-nuit",
    "Pointe-Claire",
    "Companions wanted — North Shore Companions (21+)",
    "Poste: companion / escort (independent contractor)\nSalaire: you keep 65%, paid same night\n"
    "Exigences: 21+, valid ID, own phone, work permit if applicable\nDescription: No quotas, no "
    "minimum shifts, you can refuse any client, we never hold IDs or passports, no upfront fees. We "
    "screen every client. {x}\nPour postuler: careers@northshorecompanions.example",
    2,
    "2026-10-12",
    18,
    lang="en",
    contact={"email": "careers@northshorecompanions.example"},
    hour=10,
    x=("", "Still hiring."),
)

op(
    "a03",
    "agency",
    "erotic massage studio, masseuses are self-employed and named, stable staff, posted hours",
).s(
    "massage-discret",
    "Laval",
    "Studio Lotus — massage érotique Laval",
    "Établissement: Studio Lotus (4 masseuses travailleuses autonomes)\nAdresse: boul. Saint-Martin O., "
    "Laval, local 204\nHeures: lun-sam 11h à 23h\nTarifs: 30 min 90$ / 60 min 150$ (les pourboires vont "
    "100% aux masseuses)\nÉquipe: Anouk, Carmen, Lise et Tamara — toutes là depuis plus d'un an, chacune "
    "fait son horaire. {x}\nTél: 450-555-0166",
    9,
    "2026-10-01",
    5,
    contact={"phone": "450-555-0166"},
    hour=10,
    x=(
        "",
        "Horaire de la semaine: Anouk lun-mer, Carmen jeu-sam.",
        "Ce {d}: Lise et Tamara.",
        "Carte fidélité disponible.",
    ),
)

a04 = op(
    "a04",
    "agency",
    "Laurentides agency that never says 'agency': one text-only line books several women for chalets",
)
for nm, ag, lg in [("Ève", 27, "fr"), ("Kate", 30, "en"), ("Sophie", 33, "fr")]:
    a04.s(
        "p-tites-450",
        ["Saint-Sauveur", "Mont-Tremblant"],
        f"{nm} — chalets Laurentides ❄️" if lg == "fr" else f"{nm} — Laurentians chalets ❄️",
        (
            f"{nm}, {ag} ans, se déplace dans les chalets de Saint-Sauveur à Tremblant. Réservations par texto "
            "seulement au 819-555-0167 (on vous confirme sa disponibilité). 300/h, 2h min. {x}"
        )
        if lg == "fr"
        else (
            f"{nm}, {ag}, visits chalets from Saint-Sauveur to Tremblant. Bookings by text only at "
            "819-555-0167 (we confirm her availability). 300/hr, 2hr min. {x}"
        ),
        3,
        "2026-10-03",
        13,
        age=ag,
        lang=lg,
        x=("", "❄️", "{d}"),
    )

a05 = op(
    "a05",
    "agency",
    "Ottawa/Gatineau agency touring its companions to Laval, one booking line, named agency",
)
for nm, ag in [("Olivia", 26), ("Brooke", 29), ("Amélie", 31)]:
    a05.s(
        "en-tournee",
        ["Laval", "Gatineau"],
        f"Capitale Companions: {nm} in Laval {{m}}",
        f"Name: {nm} (Capitale Companions, Ottawa–Gatineau agency)\nTour: Laval one week a month, Gatineau "
        f"the rest\nAbout: {nm}, {ag}. Our companions are adults who choose which tours they join; "
        "they keep 60% and their travel is paid by the agency. {x}\nBookings: 613-555-0168",
        3,
        "2026-10-06",
        13,
        lang="en",
        contact={"phone": "613-555-0168", "email": "hello@capitalecompanions.example"},
        hour=14,
        x=("", "Booking {d}."),
    )

a06 = op(
    "a06",
    "agency",
    "small Rive-Nord agency on the short classifieds, 'agence' only as an emoji tag",
)
for nm, ag in [("Cindy", 28), ("Laurie", 25), ("Maude", 32)]:
    a06.s(
        "p-tites-450",
        ["Terrebonne", "Repentigny", "Laval"],
        f"🏷️AGENCE🏷️ {nm} {ag} ans",
        f"{nm} {ag} ans dispo outcall Rive-Nord (Terrebonne, Repentigny, Laval). 280/h. Boréale "
        "Escorte — appelez le 450-555-0169, notre réceptionniste vous répond 11h-3h. {x}",
        3,
        "2026-10-04",
        12,
        age=ag,
        x=("", "✨ {d}", ""),
    )


# --------------------------------------------------------------------------------------------
# 12 third-party controllers (4 hold a minor)
# --------------------------------------------------------------------------------------------

t01 = op(
    "t01",
    "third_party",
    "crude: one phone for four women at a Laval motel, 'mes filles', third person, same prices",
)
for nm, ag, look in [
    ("Britany", 22, "blonde, toute fraîche"),
    ("Jessica", 25, "latina, cochonne"),
    ("Nikki", 21, "petite brune"),
    ("Amira", 23, "arabe, nouvelle en ville"),
]:
    t01.s(
        "p-tites-450",
        "Laval",
        f"{nm} {ag} ans NOUVELLE 🔥 Laval 24/7",
        f"{nm} {ag} ans, {look}, est dispo 24/7 au motel sur le boul. des Laurentides, chambre donnée par "
        "texto. 100 la demi 160 l'heure cash SEULEMENT. Nouvelles filles à toutes les semaines!! Pas de "
        "police pas de niaisage. Textez pour mes filles: 450 555 O172 {x}",
        2,
        "2026-10-02",
        11,
        age=ag,
        x=("", "🔥🔥", "dispo {d} toute la nuit"),
    )

t02 = op(
    "t02",
    "third_party",
    "'model' recruitment on the job board (travel, hotel paid, send photos) feeding a Laval-Gatineau-Ottawa-Toronto circuit on one tour line",
)
t02.s(
    "boulots-nuit",
    "Laval",
    "MODÈLES recherchées 18-25 — 3000$ à 5000$/semaine 💰",
    "Poste: modèle / hôtesse VIP (voyages)\nSalaire: 3000$ à 5000$ par semaine, payé comptant\n"
    "Exigences: filles 18-25 ans, mince, ouverte d'esprit, disponible pour voyager (Ottawa, Toronto)\n"
    "Description: Aucune expérience. On s'occupe de TOUT: transport, hôtel, photos, annonces, "
    "téléphone. Tu as juste à être belle 😉 {x}\nPour postuler: envoie 3 photos (dont une en bikini) et ton "
    "âge à casting@modeles-elite.example ou texte Steve 438.555.0173",
    3,
    "2026-10-02",
    14,
    contact={"email": "casting@modeles-elite.example"},
    hour=15,
    x=("", "Départ cette semaine!"),
)
for nm, ag, desc, start in [
    ("Tiana", 20, "Ebony, curvy, new on tour", "2026-10-04"),
    ("Roxy", 19, "tiny blonde, fresh, first tour", "2026-10-06"),
    ("Natalia", 22, "Latina, open minded", "2026-10-08"),
]:
    t02.s(
        "en-tournee",
        ["Laval", "Gatineau", "Ottawa", "Toronto", "Laval"],
        f"{nm} ON TOUR — new city every 3 days",
        f"Name: {nm}\nAge: {ag}\nAbout: {desc}. She is available in: Laval Oct 4-6, Gatineau Oct 7-9, Ottawa "
        "Oct 10-12, Toronto Oct 13-16, back in Laval Oct 17. Incall hotel only. 200 half hour / 300 hour. "
        "{x}\nTour line (text only, we answer fast): 438 555 0173",
        4,
        start,
        3,
        lang="en",
        contact={"phone": "438 555 0173"},
        hour=13,
        x=("", "Last day {d}!!", "Available now"),
    )

t03 = op(
    "t03",
    "third_party",
    "'boyfriend' controller of a minor (sec 5, school bag) and an adult, fake first person slipping into 'elle', Rive-Nord",
    minor=True,
)
t03.s(
    "p-tites-450",
    ["Terrebonne", "Repentigny"],
    "Léanne 18 🎒🍭 ptite nouvelle",
    "Allo moi c Léanne 18 ans 😉😉 ptite nouvelle, 4'11, j'finis mon sec 5 en juin lol 🎒 Elle est "
    "super gênée mais elle fait tout. Incall Terrebonne ou Repentigny, 150 l'heure. Textez mon chum "
    "pour booker: 5 7 9 5 5 5 0 1 7 5 {x}",
    6,
    "2026-10-05",
    5,
    age=18,
    minor=True,
    x=("", "🍭", "dispo après l'école {d} 🎒"),
)
t03.s(
    "p-tites-450",
    ["Repentigny", "Terrebonne"],
    "Cynthia 23 ans 💋 Repentigny",
    "Cynthia 23 ans 💋 elle est dispo jour et nuit à Repentigny, incall ou elle se déplace. 140/h "
    "cash. Texte au 579-555-0175 c'est son chum qui répond. {x}",
    4,
    "2026-10-07",
    8,
    age=23,
    x=("", "💋 {d}"),
)

t04 = op(
    "t04",
    "third_party",
    "careful: three first-person 'independent' profiles, each her own phone, one deposit e-mail and one template",
)
for nm, ag, ph, desc in [
    ("Alexia", 24, "514-555-0176", "Je suis une brunette sportive et souriante"),
    ("Maëlle", 22, "438-555-0177", "Je suis une petite blonde douce et coquine"),
    ("Rebecca", 26, "450-555-0178", "Je suis une rousse aux yeux verts, très câline"),
]:
    t04.s(
        "velours",
        "Laval",
        f"{nm} — indépendante, Laval",
        f"Agence: Indépendante\nNom: {nm}\nÂge: {ag}\nLangues: français\nSecteur: Laval, près de l'autoroute "
        f"440 (incall)\nTarifs: 30 min 160$ / 1h 240$\nÀ propos: {desc}. Je reçois dans un condo propre et "
        "discret. Textos seulement, réponse rapide 24/7. Un dépôt de 50$ est demandé par virement à "
        "depot.rdv@postbox.example pour confirmer. {x}\nContact: " + ph,
        3,
        "2026-10-03",
        11,
        age=ag,
        contact={"phone": ph, "email": "depot.rdv@postbox.example"},
        x=("", "Dispo {d}.", "Nouveau condo, même adresse générale."),
    )

t05 = op(
    "t05",
    "third_party",
    "three women moved every 2-3 days Toronto-Ottawa-Gatineau-Laval-Rive-Nord, one a minor ('first tour', braces, school girl 'for real'), one tour line then another",
    minor=True,
)
for nm, ag, desc, mn, start in [
    (
        "Candy",
        18,
        "petite 4'11, fresh, FIRST tour, braces 😁, school girl for real 😉",
        True,
        "2026-10-09",
    ),
    ("Mia", 22, "Filipina, slim, shy, little English", False, "2026-10-10"),
    ("Lola", 20, "Latina, bubbly, little English", False, "2026-10-11"),
]:
    t05.s(
        "en-tournee",
        ["Ottawa", "Gatineau", "Laval", "Repentigny", "Saint-Jérôme", "Toronto"],
        f"{nm} {ag} — new in town {{m}}",
        f"Name: {nm}\nAge: {ag}\nAbout: {desc}. Only a few days in each city: Ottawa, Gatineau, Laval, "
        "Repentigny, St-Jérôme, then Toronto. 160 half hour, 250 hour, incall only. The girls are "
        "booked by text. {x}\nText: 647-555-0179",
        3,
        start,
        2.5,
        lang="en",
        contact={"phone": "647-555-0179"},
        hour=12,
        minor=mn,
        x=("", "Leaving {d}!"),
    )
    t05.s(
        "en-tournee",
        ["Laval", "Repentigny", "Saint-Jérôme"],
        f"{nm} {ag} — back in the 450 {{m}}",
        f"Name: {nm}\nAge: {ag}\nAbout: {desc}. Back for a few days only. 160 half hour, 250 hour, incall "
        "only. NEW NUMBER, the girls are booked by text: 416 555 0102 {x}",
        1,
        "2026-11-02",
        3,
        lang="en",
        contact={"phone": "416-555-0102"},
        hour=16,
        minor=mn,
        x=("", "Leaving {d}!"),
    )

t06 = op(
    "t06",
    "third_party",
    "'party hostess' recruitment on the job board and 'party girls with driver' for bachelor parties, one phone",
)
t06.s(
    "boulots-nuit",
    ["Laval", "Blainville"],
    "Hôtesses / danseuses pour partys privés — cash chaque soir",
    "Poste: hôtesse / danseuse pour partys privés (enterrements de vie de garçon)\nSalaire: 500$+ par "
    "soir cash, pourboires en plus\nExigences: 18+, jolie, ouverte d'esprit, pas gênée\nDescription: "
    "Transport fourni par notre chauffeur, on s'occupe des clients et de l'argent. Nouvelles filles "
    "bienvenues, pas besoin d'expérience. {x}\nPour postuler: photos en bikini à "
    "partygirls.recrute@boitemail.example ou texte Mike 438 555 0181",
    4,
    "2026-10-03",
    10,
    contact={"email": "partygirls.recrute@boitemail.example"},
    hour=16,
    x=("", "Besoin de filles pour ce week-end!"),
)
t06.s(
    "p-tites-450",
    ["Laval", "Blainville", "Terrebonne"],
    "🎉 PARTY GIRLS dispo pour bachelors 🍾 Rive-Nord",
    "🎉 Bachelor? Party de gars? On vous envoie 2-3 filles sexy 🍾 danse, plus si entente avec elles 😉 "
    "Chauffeur inclus, on se déplace Laval / Rive-Nord. Prix selon le nombre de gars. Mike: "
    "quatre-trois-huit 555 zéro-un-huit-un {x}",
    6,
    "2026-10-04",
    6,
    age=19,
    x=("", "🍾 {d} encore dispo", "🎉🎉"),
)

t07 = op(
    "t07",
    "third_party",
    "careful: three women, first person, phones rotated every week or two while the photos stay, same A-15 hotel",
)
for nm, ag, imgs, phones, desc in [
    (
        "Sarah",
        23,
        [
            "https://img.p-tites-450.example/u/5f21c0a8.jpg",
            "https://img.p-tites-450.example/u/5f21c0a9.jpg",
        ],
        ["450-555-0182", "579-555-0184", "450-555-0183"],
        "Sarah 23 ans, brune aux yeux bleus, douce et coquine",
    ),
    (
        "Élodie",
        21,
        ["https://img.p-tites-450.example/u/9b7e3d10.jpg"],
        ["450-555-0183", "579-555-0185", "450-555-0182"],
        "Élodie 21 ans, petite blonde, un vrai rayon de soleil",
    ),
    (
        "Britt",
        24,
        [
            "https://img.p-tites-450.example/u/c44a0b72.jpg",
            "https://img.p-tites-450.example/u/c44a0b73.jpg",
        ],
        ["579-555-0184", "450-555-0182", "579-555-0185"],
        "Britt 24 ans, tattoo, sportive, sans tabous",
    ),
]:
    for j, ph in enumerate(phones):
        t07.s(
            "p-tites-450",
            ["Blainville", "Sainte-Thérèse"],
            f"{nm} {ag} 💫 hôtel A-15 {{x}}",
            f"Coucou, {desc}. Je reçois à l'hôtel près de la sortie 23 de la 15, je te donne la chambre par "
            f"texto 15 minutes avant. 180 la demi, 260 l'heure. Textos seulement: {ph}",
            2,
            f"2026-10-{4 + 12 * j + (ag % 3):02d}",
            5,
            age=ag,
            images=imgs,
            x=("", "💫", "{d}"),
        )

t08 = op(
    "t08",
    "third_party",
    "West Island 'agency' of two women with a manager 'Ray': one a minor 'still in high school', the other Eastern European with little English",
    minor=True,
)
t08.s(
    "velours",
    "Dorval",
    "Sweet Amy — new girl, West Island",
    "Agence: VIP West\nNom: Amy\nÂge: 18\nTaille: 4'11, 92 lbs\nLangues: English (a little français)\n"
    "Secteur: Dorval incall, near the airport hotels\nTarifs: 30 min 180 / 1h 280\nÀ propos: Sweet Amy just "
    "moved here from Toronto, young and shy, still in high school lol but she's 18 for real 😇. Text Ray "
    "to book, he handles everything for her. {x}\nContact: 514-555-0186",
    5,
    "2026-10-06",
    6,
    lang="en",
    age=18,
    contact={"phone": "514-555-0186"},
    minor=True,
    x=("", "She's free {d}."),
)
t08.s(
    "velours",
    "Dorval",
    "Vicky — European beauty, West Island",
    "Agence: VIP West\nNom: Vicky\nÂge: 24\nOrigine: Moldova\nLangues: little English\nSecteur: Dorval incall\n"
    "Tarifs: 30 min 160 / 1h 260\nÀ propos: Vicky is new in Canada, doesn't speak much English, very "
    "obedient and sweet. Available all day, all night. Text Ray. {x}\nContact: 514-555-0186",
    3,
    "2026-10-08",
    9,
    lang="en",
    age=24,
    contact={"phone": "514-555-0186"},
    x=("", "Today {d}."),
)
t08.s(
    "p-tites-450",
    "Kirkland",
    "NEW young Amy 😇 West Island",
    "New girl Amy 😇 petite, young, shy, still in school lol. Dorval / Kirkland. Ray: 514 555 O186 {x}",
    3,
    "2026-10-20",
    7,
    lang="en",
    age=18,
    minor=True,
    x=("", "😇 {d}"),
)

t09 = op(
    "t09",
    "third_party",
    "careful agency front: clean-looking directory profiles, debt-bondage recruitment (fees, documents kept, quotas, housing) on the job board, one e-mail and phone",
)
for nm, ag in [("Kristina", 23), ("Laurence", 25), ("Jade-Lyne", 22)]:
    t09.s(
        "velours",
        ["Terrebonne", "Laval"],
        f"Prestige Rive-Nord — {nm}",
        f"Agence: Prestige Rive-Nord\nNom: {nm}\nÂge: {ag}\nLangues: français, anglais\nSecteur: Terrebonne, "
        "Laval, Mascouche (incall et outcall)\nTarifs: 1h 280$ / 2h 520$\nÀ propos: Agence haut de gamme, "
        "discrétion assurée, accompagnatrices sélectionnées avec soin. {x}\nRéservations: 450-555-0187 / "
        "talents@prestige-rn.example",
        2,
        "2026-10-05",
        14,
        age=ag,
        contact={"phone": "450-555-0187", "email": "talents@prestige-rn.example"},
        x=("", "Disponible {d}."),
    )
t09.s(
    "boulots-nuit",
    "Terrebonne",
    "Prestige Rive-Nord recrute — accompagnatrices (logement fourni)",
    "Poste: accompagnatrice, à temps plein\nSalaire: jusqu'à 2000$/semaine après remboursement des frais\n"
    "Exigences: 18-26 ans, disponible 7 jours, 6 rendez-vous minimum par jour\nDescription: Frais "
    "d'inscription de 500$ (photos, annonces, cellulaire) remboursés à même tes gains. Logement fourni à "
    "Terrebonne (loyer retenu sur la paie). Pour ta sécurité, on garde tes papiers d'identité au "
    "bureau. {x}\nPour postuler: talents@prestige-rn.example / 450 555 0187",
    3,
    "2026-10-09",
    11,
    contact={"email": "talents@prestige-rn.example"},
    hour=11,
    x=("", "Début immédiat."),
)

t10 = op(
    "t10",
    "third_party",
    "Gatineau/Ottawa man delivering 'party' women to Laurentides chalets, two phones, 'no limit'",
)
t10.s(
    "p-tites-450",
    ["Mont-Tremblant", "Saint-Sauveur"],
    "PARTY DE CHALET 🏔️🎉 filles livrées Tremblant / St-Sauveur",
    "Week-end au chalet? On vous amène 2, 3 ou 4 filles 🎉 Ottawa & Gatineau girls, 19 à 24 ans, "
    "elles font tout, no limit 😈 Prix pour la nuit, on s'occupe du transport. Textez Dany 819 555 0188 "
    "ou 613 555 0189 {x}",
    6,
    "2026-10-02",
    6,
    age=19,
    x=("", "🏔️ encore de la place {d}", "🎉"),
)
t10.s(
    "en-tournee",
    ["Mont-Tremblant", "Saint-Sauveur", "Gatineau"],
    "Chalet party girls — Laurentians weekend {m}",
    "Names: Brandy (19), Kiki (20), Sol (22), Tess (24)\nTour: Fridays-Sundays Mont-Tremblant & "
    "Saint-Sauveur, weekdays Gatineau\nAbout: party girls from Ottawa, we bring them to your chalet, "
    "overnight rates, transport included. No limits. {x}\nText: 819-555-0188",
    4,
    "2026-10-08",
    9,
    lang="en",
    contact={"phone": "819-555-0188"},
    hour=15,
    x=("", "Book before {d}!"),
)

t11 = op(
    "t11",
    "third_party",
    "a minor in fake first person (4'11, 85 lbs, first time, available after school hours), 'text my boyfriend', plus an adult, one phone",
    minor=True,
)
t11.s(
    "p-tites-450",
    ["Saint-Jérôme", "Mirabel"],
    "Maëva 🍭 petite nouvelle 1ère fois",
    "Maëva ptite nouvelle 🍭 4'11 85 lbs, 1ère fois, timide mais curieuse. Dispo après 15h30 la "
    "semaine pis toute la journée la fin de semaine. Incall St-Jérôme. 120 la demi. Texte mon chum "
    "il va booker pour moi: 450 555 0190 {x}",
    5,
    "2026-10-06",
    6,
    age=18,
    minor=True,
    x=("", "🍭", "{d} après 15h30"),
)
t11.s(
    "en-tournee",
    ["Saint-Jérôme", "Laval"],
    "Maëva & Jo — St-Jérôme / Laval {m}",
    "Names: Maëva (18) & Jo (21)\nTour: St-Jérôme weekdays after 3:30 pm, Laval weekends\nAbout: "
    "Maëva is brand new and tiny, Jo is experienced. Booking through their friend only. {x}\n"
    "Text: 450-555-0190",
    3,
    "2026-10-15",
    9,
    lang="en",
    contact={"phone": "450-555-0190"},
    hour=17,
    minor=True,
    x=("", "Friday {m}"),
)
t11.s(
    "p-tites-450",
    "Laval",
    "Jo 21 ans 💋 Laval fin de semaine",
    "Jo 21 ans, Laval les fins de semaine, 150/h. Texto 450-555-0190, réponse de notre ami. {x}",
    3,
    "2026-10-10",
    10,
    age=21,
    x=("", "💋"),
)

t12 = op(
    "t12",
    "third_party",
    "careful: one template written about four women of listed origins, burner phones swapped, Laval-Terrebonne-Saint-Jérôme, '24/7, texts only'",
)
for nm, ag, orig, phs in [
    ("Inès", 22, "marocaine", ["438-555-0191", "514-555-0103"]),
    ("Daniela", 24, "brésilienne", ["438-555-0192", "438-555-0191"]),
    ("Ksenia", 23, "ukrainienne", ["450-555-0193", "579-555-0194"]),
    ("Yasmine", 21, "algérienne", ["579-555-0194", "450-555-0193"]),
]:
    for j, ph in enumerate(phs):
        t12.s(
            "p-tites-450",
            ["Laval", "Terrebonne", "Saint-Jérôme"],
            f"NOUVELLE 🔥 {nm} {ag} ans {orig}",
            f"NOUVELLE 🔥 {nm}, {ag} ans, {orig}. Incall privé, très discret. Disponible 24/7. Textos seulement, "
            f"pas d'appels. {ph} {{x}}",
            2,
            f"2026-10-{3 + 20 * j + ag % 4:02d}",
            7,
            age=ag,
            x=("", "🔥", "{d}"),
        )
    t12.s(
        "en-tournee",
        ["Laval", "Terrebonne", "Saint-Jérôme"],
        f"NEW 🔥 {nm} {ag} {orig}",
        f"Name: {nm}\nAge: {ag}\nAbout: NEW 🔥 {nm}, {ag}, {orig}. Private incall, very discreet. Available "
        f"24/7. Texts only, no calls. {{x}}\nText: {phs[0]}",
        1,
        f"2026-10-{10 + ag % 4:02d}",
        1,
        lang="en",
        contact={"phone": phs[0]},
        hour=14,
    )


# --------------------------------------------------------------------------------------------
# 5 exploitative venues (1 holds a minor)
# --------------------------------------------------------------------------------------------

op(
    "v01",
    "exploitative_venue",
    "obvious: Laval spa, 'new young Asian girls every week', 24/7, cheap, back door; job ad: housing on site, no language, 7 days",
).s(
    "massage-discret",
    "Laval",
    "Spa Orchidée ✿ NOUVELLES filles asiatiques ✿ 24h",
    "Établissement: Spa Orchidée\nAdresse: boul. Labelle, Laval (entrée par la porte arrière)\nHeures: "
    "OUVERT 24h / 7 jours\nTarifs: 30 min 60$ / 60 min 100$ + extras\nDescription: Nouvelles filles "
    "asiatiques chaque semaine!! Jeunes, belles, très gentilles. Table shower, body massage. Cash "
    "seulement. {x}\nTél: 450-555-0195",
    8,
    "2026-10-01",
    5,
    contact={"phone": "450-555-0195"},
    hour=-1,
    x=(
        "",
        "Cette semaine: 3 nouvelles.",
        "Spécial {d}: 50$/30 min.",
        "Nouvelle de 19 ans arrivée!",
    ),
).s(
    "boulots-nuit",
    "Laval",
    "Attendantes de spa — logement fourni",
    "Poste: attendante de massage\nSalaire: payé à la journée, cash\nExigences: femme 18-30, aucune "
    "expérience, pas besoin de parler français ni anglais\nDescription: Logement fourni sur place, "
    "nourriture fournie, travail 7 jours. Transport depuis Toronto ou Vancouver payé par le spa. {x}\n"
    "Pour postuler: rh.orchidee@spamail.example / 450 555 0195",
    3,
    "2026-10-04",
    12,
    contact={"email": "rh.orchidee@spamail.example"},
    hour=9,
    x=("", "Urgent."),
)

op(
    "v02",
    "exploitative_venue",
    "discreet: Terrebonne 'détente' centre open 9h-2h daily, staff list changes weekly, low prices, job ad with lodging and no diploma",
).s(
    "massage-discret",
    "Terrebonne",
    "Centre de détente Harmonie — Terrebonne",
    "Établissement: Centre Harmonie\nAdresse: chemin Gascon, Terrebonne (stationnement arrière)\n"
    "Heures: tous les jours 9h à 2h\nTarifs: 30 min 65$ / 60 min 110$ (pourboires appréciés)\n"
    "Description: Massage détente par notre équipe internationale. {x}\nTél: 450 555 0196",
    8,
    "2026-10-02",
    5,
    contact={"phone": "450 555 0196"},
    hour=-1,
    x=(
        "Cette semaine: Lina, Coco, Vivi (nouvelles).",
        "Cette semaine: Anna, Mimi, Sunny (nouvelle).",
        "Cette semaine: Jenny, Kiki, Lulu (nouvelles).",
        "Cette semaine: Coco, Bella, Nana.",
    ),
).s(
    "boulots-nuit",
    "Terrebonne",
    "Massothérapeutes recherchées — hébergement disponible",
    "Poste: massothérapeute (diplôme non requis)\nSalaire: 300$/jour garanti\nExigences: femmes, "
    "disponibilité 12h par jour, 6 ou 7 jours\nDescription: Hébergement disponible près du centre. "
    "Formation sur place. {x}\nPour postuler: 450 555 0196 (texto, envoyez une photo)",
    2,
    "2026-10-12",
    14,
    contact={"phone": "450 555 0196"},
    hour=9,
)

op(
    "v03",
    "exploitative_venue",
    "West Island studio, English, 'new young Asian staff every week', open till 2am, staff 'live nearby'",
).s(
    "massage-discret",
    "Dollard-des-Ormeaux",
    "Studio Jade — NEW young Asian staff",
    "Établissement: Studio Jade\nAdresse: boul. des Sources, DDO (unit 3, ring bell)\nHeures: 10am-2am, "
    "7 days\nTarifs: 30min 70 / 60min 120 — tips for extras\nDescription: NEW young Asian staff every "
    "week! Girls live nearby so always available, even late. {x}\nTél: 514-555-0197",
    8,
    "2026-10-03",
    5,
    lang="en",
    contact={"phone": "514-555-0197"},
    hour=-1,
    x=("", "New girl from Vancouver this week.", "Open late {d}.", "2 new girls!"),
)

op(
    "v04",
    "exploitative_venue",
    "Saint-Jérôme salon housing its staff, a 'very young' new girl (a minor: 'étudiante', school bag, 'première expérience') advertised by the salon",
    minor=True,
).s(
    "massage-discret",
    "Saint-Jérôme",
    "Salon Rose — massage St-Jérôme 10h-3h",
    "Établissement: Salon Rose\nAdresse: rue Saint-Georges, Saint-Jérôme\nHeures: 10h à 3h tous les "
    "jours\nTarifs: 30 min 70$ / 60 min 120$\nDescription: Belles masseuses jeunes et disponibles, "
    "elles habitent sur place. {x}\nTél: 450-555-0198",
    6,
    "2026-10-02",
    6,
    contact={"phone": "450-555-0198"},
    hour=-1,
    x=("", "Ouvert {d} jusqu'à 3h.", "Nouvelles masseuses."),
).s(
    "massage-discret",
    "Saint-Jérôme",
    "Salon Rose — NOUVELLE très jeune 🎒",
    "Établissement: Salon Rose\nAdresse: rue Saint-Georges, Saint-Jérôme\nHeures: 10h à 3h\nTarifs: "
    "30 min 90$ avec la nouvelle\nDescription: Nouvelle arrivée: Zoé-Ann, 18 ans, étudiante 🎒, très "
    "très jeune, petite et timide, première expérience. Demandez-la. {x}\nTél: 450-555-0198",
    4,
    "2026-10-20",
    5,
    contact={"phone": "450-555-0198"},
    hour=-1,
    minor=True,
    x=("", "Dispo {d} après 16h."),
).s(
    "p-tites-450",
    "Saint-Jérôme",
    "Salon Rose St-Jé 🌹 nouvelle 18 ans",
    "🌹 Salon Rose St-Jérôme 🌹 nouvelle masseuse 18 ans, très jeune, timide 🎒 30 min 90$. "
    "450 555 01 98 {x}",
    2,
    "2026-10-24",
    7,
    age=18,
    minor=True,
    x=("", "🌹 {d}"),
)

op(
    "v05",
    "exploitative_venue",
    "discreet Mont-Tremblant 'détente' house recruiting Toronto women as 'resort spa attendants' (travel deducted, room and board, 6-day weeks)",
).s(
    "boulots-nuit",
    "Mont-Tremblant",
    "Resort spa attendants — Mont-Tremblant (room & board)",
    "Poste: spa attendant, Mont-Tremblant (winter season)\nSalaire: $250/day, cash\nExigences: women "
    "19-28, no experience, no French needed\nDescription: Room & board provided in the staff house. "
    "Bus from Toronto paid in advance (deducted from your first pay). 6-day weeks, 12-hour shifts. {x}\n"
    "Pour postuler: jobs@tremblant-detente.example (send a full-body photo)",
    3,
    "2026-10-06",
    12,
    lang="en",
    contact={"email": "jobs@tremblant-detente.example"},
    hour=10,
    x=("", "Season starts soon."),
).s(
    "massage-discret",
    "Mont-Tremblant",
    "Maison Détente Tremblant",
    "Établissement: Maison Détente\nAdresse: montée Ryan, Mont-Tremblant\nHeures: midi à minuit\n"
    "Tarifs: 60 min 140$\nDescription: Massage détente, personnel international. {x}\nTél: 819 555 0199",
    6,
    "2026-10-14",
    5,
    contact={"phone": "819 555 0199"},
    hour=-1,
    x=("", "Nouvelles arrivées.", "Ouvert {d}."),
)


# --------------------------------------------------------------------------------------------


def _ad_id(oid: str, rank: int, source: str) -> str:
    digest = hashlib.sha1(f"{NAME}:{oid}:{rank}".encode()).hexdigest()[:10]
    return f"{_PREFIX[source]}-{digest}"


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The market: (ads, truth), deterministic."""
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for o in OPS:
        keys, minor_keys = [], []
        for rank, (ad, is_minor) in enumerate(zip(o.ads, o.minor_flags, strict=True)):
            full = {"ad_id": _ad_id(o.oid, rank, ad["source"]), **ad}
            ads.append({k: full[k] for k in AD_KEYS if k in full})
            keys.append([ad["source"], full["ad_id"]])
            if is_minor:
                minor_keys.append([ad["source"], full["ad_id"]])
        truth.append(
            {
                "operator_id": f"{NAME}-{o.oid}",
                "kind": o.kind,
                "minor": o.minor,
                "ads": keys,
                "minor_ads": minor_keys,
                "note": o.note,
            }
        )
    ads.sort(key=lambda a: (a["posted_at"][:16], a["source"], a["ad_id"]))
    return ads, truth


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    ads, truth = build()
    _write(HERE / "ads.jsonl", ads)
    _write(HERE / "truth.jsonl", truth)
    print(f"{len(ads)} ads, {len(truth)} operators -> {HERE}")
