"""Build the sixth *blind* hand-written market (session 9): the Outaouais and the 401/20 corridor.

    python tests/score/data/blind6/build_blind6.py     # rewrites ads.jsonl and truth.jsonl here

Written without reading the indicators, the scoring, the linking, the simulator or the other
hand-written markets, so that its first measurement (``FIRST_RUN.txt``) is out of sample. Every
text is a literal below; reposts are small, deterministic edits of those literals (a new day, an
emoji, an availability line, a price) over about six weeks (2026-09-29 to 2026-11-12). Ad ids are
derived from the operator and the ad's rank, so they stay the same from one build to the next.

Five invented sites, each with its own conventions:

- ``spa-repertoire``: a "body rub" directory of massage businesses; structured fields (hours,
  staff, street corner, rates, parking), usually no names;
- ``w4m-corridor``: a personals board, "w4m 24 Hull"-style titles, tiny texts, often the contact
  only in the fields;
- ``profils-compagnes``: a companion-profile site; structured fields (age, height, languages,
  rates table) and long first-person bios;
- ``annonces-express``: a classifieds site; ads mostly emoji and a phone in pieces;
- ``verified-providers``: a "verified provider" directory with review-board jargon (GFE, PSE,
  screening, references, deposits), times in UTC.

The truth (``truth.jsonl``) has the schema of ``unseen/holdout/truth.jsonl``: operator_id, kind
(independent, duo, agency, third_party, exploitative_venue), minor, ads, minor_ads, note.
Synthetic names, ``.example`` e-mail domains and NPA-555-01XX numbers only.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
START = datetime(2026, 9, 28, tzinfo=ZoneInfo("America/Toronto"))
UTC = ZoneInfo("UTC")

SPA = "spa-repertoire"
W4M = "w4m-corridor"
PROF = "profils-compagnes"
EXPR = "annonces-express"
VERI = "verified-providers"

# --------------------------------------------------------------------------- phones


def ph(npa: str, n: int) -> str:
    """The synthetic number NPA-555-01nn, as ten digits."""
    assert 0 <= n <= 99
    return f"{npa}55501{n:02d}"


_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_KEY = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]


def fmt(d: str, style: str) -> str:
    """A ten-digit number written the way ad writers do."""
    a, b, c = d[:3], d[3:6], d[6:]
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "dot":
        return f"{a}.{b}.{c}"
    if style == "paren":
        return f"({a}) {b}-{c}"
    if style == "space":
        return f"{a} {b} {c}"
    if style == "pieces":
        return f"{a} ... {b} ... {c[:2]} ... {c[2:]}"
    if style == "slash":
        return f"{a} / {b} / {c[:2]} / {c[2:]}"
    if style == "spaced":
        return " ".join(d)
    if style == "en":
        return " ".join(_EN[int(x)] for x in d)
    if style == "fr":
        return " ".join(_FR[int(x)] for x in d)
    if style == "keycap":
        return "".join(_KEY[int(x)] for x in d)
    if style == "mixed":  # first group in words, the rest in digits
        return f"{' '.join(_EN[int(x)] for x in a)} {b} {c}"
    if style == "homoglyph":  # O for 0, l for 1
        return f"{a}-{b}-{c}".replace("0", "O").replace("1", "l")
    if style == "plus":
        return f"+1 {a} {b} {c}"
    raise ValueError(style)


# --------------------------------------------------------------------------- the builder


_ID_STYLE = {
    SPA: lambda h: f"SR{h % 10_000_000:07d}",
    W4M: lambda h: f"{1_000_000_000 + h % 8_999_999_999}",
    PROF: lambda h: f"p-{h % 0xFFFFFF:06x}",
    EXPR: lambda h: f"{100_000_000 + h % 899_999_999}",
    VERI: lambda h: f"vpd-{h % 100_000:05d}",
}


@dataclass
class Operator:
    market: Market
    operator_id: str
    kind: str
    note: str
    minor: bool = False
    keys: list[tuple[str, str]] = field(default_factory=list)
    minor_keys: list[tuple[str, str]] = field(default_factory=list)

    def ad(
        self,
        site: str,
        day: float,
        *,
        title: str = "",
        body: str = "",
        city: str | None = None,
        phone: str | None = None,
        email: str | None = None,
        handle: str | None = None,
        age: int | str | None = None,
        minor: bool = False,
    ) -> None:
        """One ad, posted ``day`` days (fractions are hours) after the market's start."""
        rank = len(self.keys)
        h = int(hashlib.sha256(f"{self.operator_id}/{rank}".encode()).hexdigest()[:15], 16)
        ad_id = _ID_STYLE[site](h)
        key = (site, ad_id)
        assert key not in self.market.seen, key
        self.market.seen.add(key)
        when = START + timedelta(days=day)
        record: dict[str, Any] = {"ad_id": ad_id, "source": site}
        if site == VERI:
            record["posted_at"] = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        elif site in (W4M, EXPR):  # local time, no offset
            record["posted_at"] = when.strftime("%Y-%m-%dT%H:%M")
        else:
            record["posted_at"] = when.isoformat(timespec="seconds")
        if title:
            record["title"] = title
        record["body"] = body
        if city is not None:
            record["city"] = city
        contact = {k: v for k, v in (("phone", phone), ("email", email), ("handle", handle)) if v}
        if contact:
            record["contact"] = contact
        if age is not None:
            record["age"] = age
        record["url"] = f"https://{site}.example/ad/{ad_id}"
        self.market.ads.append(record)
        self.keys.append(key)
        if minor:
            self.minor_keys.append(key)


@dataclass
class Market:
    ads: list[dict[str, Any]] = field(default_factory=list)
    operators: list[Operator] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)

    def op(self, operator_id: str, kind: str, note: str, *, minor: bool = False) -> Operator:
        o = Operator(self, operator_id, kind, note, minor)
        self.operators.append(o)
        return o

    def truth(self) -> list[dict[str, Any]]:
        rows = []
        for o in self.operators:
            assert o.minor == bool(o.minor_keys), o.operator_id
            rows.append(
                {
                    "operator_id": o.operator_id,
                    "kind": o.kind,
                    "minor": o.minor,
                    "ads": [list(k) for k in o.keys],
                    "minor_ads": [list(k) for k in o.minor_keys],
                    "note": o.note,
                }
            )
        return rows


def pick(options: list[str], k: int) -> str:
    """The k-th of a few hand-written variants (reposts cycle through them)."""
    return options[k % len(options)]


# =========================================================================== independents


def independents_a(m: Market) -> None:
    # i01: one phone, about ten posts a day for three days, then a few more a week later
    o = m.op("b6-i01", "independent", "Laval, bumps ~10 times a day from one phone, emoji ads")
    phone = ph("450", 1)
    titles = [
        "🔥 MAYA 🔥 DISPO MAINTENANT 💋 LAVAL",
        "💋 Toujours dispo 💋 Maya 24",
        "🍑 In-call Chomedey 🍑 Maya",
        "🌙 Maya dispo tard ce soir 🌙",
        "☀️ Maya réveillée et dispo ☀️",
    ]
    lines = ["Dispo maintenant", "Dispo jusqu'à 3h", "Dispo tout l'aprem", "Last call ce soir"]
    for k in range(28):
        # ten a day from 9 h to 22 h for two and a half days, then one a day at 20 h
        day = 9 + k // 10 + (9 + (k % 10) * 1.4) / 24 if k < 25 else 19 + (k - 25) + 20 / 24
        body = (
            f"Moi c'est Maya 24 ans 🇨🇦 in/out 💋\n{pick(lines, k)} 😘\n"
            f"💵 150 ½h • 200 1h 💵\n📲 {fmt(phone, pick(['pieces', 'space', 'keycap'], k))}"
            " texto seulement\n❌ pas de numéro masqué ❌"
        )
        o.ad(EXPR, day, title=pick(titles, k), body=body, city="Laval", phone=phone, age=24)

    # i02: a friend writes her ads in the third person; she answers herself
    o = m.op("b6-i02", "independent", "Montréal, third person because a friend writes her ads")
    bio = (
        "Âge : 31 | Taille : 5'7 | Langues : français, anglais | Origine : Québécoise\n"
        "Tarifs : 1 h 280 $ | 1 h 30 400 $ | 2 h 520 $ | souper 3 h 750 $\n\n"
        "Élodie est une femme pétillante, curieuse et drôle, qui adore les longues conversations "
        "autour d'un bon verre de vin. Elle reçoit dans un condo lumineux près du métro "
        "Mont-Royal et se déplace à l'hôtel au centre-ville.\n\n"
        "Petite précision : c'est une amie qui rédige ses annonces (Élodie déteste écrire sur "
        "elle-même !), mais c'est elle seule qui répond aux messages et qui fixe ses rendez-vous. "
        "Elle demande un prénom, l'heure souhaitée et une référence si vous en avez une."
    )
    extra = [
        "",
        "\n\nCette semaine : dispo mardi et jeudi soir.",
        "\n\nDe retour de vacances — elle a hâte de vous revoir.",
        "\n\nFin de semaine complète, quelques places lundi.",
    ]
    for k in range(6):
        o.ad(
            PROF,
            3 + k * 7 + 0.6,
            title=pick(["Élodie — élégance et fous rires", "Élodie, 31, Plateau"], k),
            body=bio + pick(extra, k),
            city="Montréal",
            phone=ph("514", 2),
            email="elodie.plateau@courriel.example",
            age=31,
        )

    # i03: changed her number and says so
    o = m.op("b6-i03", "independent", "Gatineau, changed her number once and says so")
    old, new = ph("819", 3), ph("873", 3)
    base = (
        "Sasha | Hull incall | GFE-lite, no PSE\n"
        "Reviews on the board: 14 (all positive, go read them)\n"
        "Screening: 2 provider refs OR employer verification. Deposit 50 for first meet.\n"
        "Rates: 200 hh / 300 h. Covered only, don't ask."
    )
    for k in range(8):
        if k < 4:
            body = base + f"\nText {fmt(old, 'dash')}"
            phone = old
        else:
            body = (
                "NEW NUMBER as of Nov 2 — my old 819 number is gone (phone went in the river, "
                f"long story 🙃). Same me, same reviews.\n{base}\nText {fmt(new, 'dash')}"
            )
            phone = new
        o.ad(
            VERI,
            5 + k * 5.5 + 0.8,
            title=pick(["Sasha — Hull — verified", "Sasha is back this week"], k),
            body=body,
            city="Gatineau",
            phone=phone,
            age=29,
        )

    # i04: touring Toronto independent, Kingston / Ottawa / Montréal, first person, deposit
    o = m.op("b6-i04", "independent", "Toronto, tours Kingston, Ottawa, Montréal; deposit rules")
    phone = ph("647", 4)
    stops = [
        (2, "Toronto", "home base, Yorkville incall"),
        (9, "Kingston", "Kingston Oct 7-8, downtown hotel"),
        (10.5, "Ottawa", "Ottawa Oct 9-11, Byward Market"),
        (13, "Montréal", "Montréal Oct 12-14, centre-ville"),
        (22, "Toronto", "back home in Toronto"),
        (30, "Ottawa", "Ottawa again Oct 29-31 by request"),
        (38, "Toronto", "Toronto until December"),
        (44, "Montréal", "Montréal Nov 12-13 only"),
    ]
    for _k, (day, city, where) in enumerate(stops):
        body = (
            f"Hi, I'm Vivienne 💫 27, tall brunette, an actual grown-up who likes good wine.\n"
            f"📍 {where}\n"
            "I tour because I like it. I book myself, I screen myself, I keep my own calendar.\n"
            "Screening: full name + LinkedIn or two refs. 20% deposit to secure touring dates.\n"
            "300/h · 550/2h · overnight on request.\n"
            f"📱 {fmt(phone, 'dot')} (text) · vivienne.tours@mail.example"
        )
        o.ad(
            VERI,
            day + 0.5,
            title=f"Vivienne on tour — {city}",
            body=body,
            city=city,
            phone=phone,
            email="vivienne.tours@mail.example",
            age=27,
        )

    # i05: two phones (one for texts, one for WhatsApp), lists her origin
    o = m.op("b6-i05", "independent", "Montréal, two phones (SMS + WhatsApp), lists ethnicity")
    p1, p2 = ph("514", 5), ph("438", 5)
    for k in range(6):
        body = (
            "Kimi 🌸 26 • Japanese-Canadian • 5'2\n"
            "Incall Griffintown / outcall hotels\n"
            f"SMS {fmt(p1, 'space')}  |  WhatsApp {fmt(p2, 'space')}\n"
            "I answer myself, usually within 10 minutes. Please say hi with your name and time.\n"
            + pick(["30 min 180 · 1h 260", "1h 260 · 90min 350", "30 min 180 · 1h 260 · 2h 480"], k)
        )
        o.ad(
            PROF if k % 2 else EXPR,
            4 + k * 8 + 0.9,
            title=pick(["Kimi 🌸 petite & sweet", "🌸 Kimi back in Griffintown 🌸"], k),
            body=body,
            city=pick(["Montréal", "MTL - Griffintown"], k),
            phone=pick([p1, p2], k),
            age=26,
        )

    # i06: student, 19, says so
    o = m.op("b6-i06", "independent", "Sherbrooke, university student aged 19, says so, ID shown")
    for k in range(5):
        body = (
            "Allo! Étudiante à l'université, 19 ans (oui pour vrai, je montre ma carte si tu "
            "veux, pas de stress). Je fais ça à temps partiel pour payer mon loyer et je choisis "
            "mes clients. Pas de gars saouls, pas de négo.\n"
            "Incall près du campus, soirs de semaine seulement.\n"
            "160$ demi-heure / 240$ heure.\n"
            f"Textez-moi : {fmt(ph('819', 6), pick(['dash', 'fr'], k))}"
        )
        o.ad(
            PROF,
            6 + k * 9 + 0.83,
            title=pick(["Camille, 19 — étudiante", "Camille (19) dispo soirs de semaine"], k),
            body=body,
            city="Sherbrooke",
            phone=ph("819", 6),
            age=19,
        )

    # i07: "petite", new in town (from Montréal to Trois-Rivières for a few weeks)
    o = m.op("b6-i07", "independent", "Trois-Rivières, 'petite', 'new in town' for a few weeks")
    for k in range(5):
        body = (
            "Nouvelle en ville 🌷 je m'installe à Trois-Rivières pour quelques semaines "
            "(je viens de Montréal). Petite 5'0, 22 ans, rousse, taquine.\n"
            "Incall tranquille au centre-ville. Sur rendez-vous, 30 min d'avance minimum.\n"
            f"180 ½h / 260 1h. Texto : {fmt(ph('819', 7), 'dot')}\n"
            + pick(["", "Merci aux gentlemen de la semaine passée 💐", "Encore là jusqu'au 15!"], k)
        )
        o.ad(
            EXPR,
            14 + k * 4 + 0.75,
            title=pick(["🌷 Petite rousse nouvelle en ville", "🌷 Rosalie — TR centre-ville"], k),
            body=body,
            city="Trois-Rivières",
            phone=ph("819", 7),
            age=22,
        )

    # i08: almost no text, phone only in the contact field
    o = m.op("b6-i08", "independent", "Longueuil, nearly empty emoji ads, phone only in contact")
    for k in range(6):
        o.ad(
            EXPR,
            3 + k * 6 + 0.9,
            title=pick(["💋💋", "💋 dispo 💋", "😘😘😘"], k),
            body=pick(["💋 Rive-Sud 💋 texte", "dispo 😘", "💋💋💋 in seulement"], k),
            city=pick(["Longueuil", "Rive-Sud"], k),
            phone=ph("450", 8),
            age=pick(["28", "28", "27"], k),
        )

    # i09: contact only in the fields: a handle and a phone; tiny personals text
    o = m.op("b6-i09", "independent", "Ottawa personals, body nearly empty, handle in contact")
    for k in range(5):
        o.ad(
            W4M,
            8 + k * 7 + 0.95,
            title=pick(["w4m 25 Centretown", "w4m 25 - Centretown - tonight", "w4m 25 ottawa"], k),
            body=pick(
                [
                    "generous gents only. msg me, no pics no reply",
                    "tonight. you host or hotel. ask on the app",
                    "same as before. message me",
                ],
                k,
            ),
            city="Ottawa",
            handle="snap: cass.nightshift",
            phone=ph("613", 9) if k % 2 == 0 else None,
            age=25,
        )

    # i10: Latina, lists origin, Spanish words, "nueva en Laval"
    o = m.op("b6-i10", "independent", "Laval, Latina, lists origin, 'nueva', first person")
    for k in range(5):
        body = (
            "Hola mi amor 💃 Valentina, 25, colombiana, curvy y cariñosa.\n"
            "Nueva en Laval / new in Laval / nouvelle à Laval 🌺\n"
            "I speak Spanish, English et un peu de français.\n"
            "Incall près du métro Montmorency. 150 qv · 200 ½h · 280 1h.\n"
            f"📲 {fmt(ph('450', 10), pick(['pieces', 'dash'], k))} (WhatsApp ok)"
        )
        o.ad(
            EXPR,
            18 + k * 5 + 0.7,
            title=pick(["💃 Valentina colombiana 💃", "🌺 Latina nueva en Laval 🌺"], k),
            body=body,
            city="Laval",
            phone=ph("450", 10),
            age=25,
        )

    # i11: mature, reviews, verified directory
    o = m.op("b6-i11", "independent", "Ottawa, mature (48), review-board jargon, verified")
    for k in range(6):
        body = (
            "Diane, 48, Ottawa South. Verified since 2021, 40+ reviews.\n"
            "Menu: GFE, light PSE, massage first if you like. DATY yes. Everything covered.\n"
            "Incall private and discreet, free parking. Mornings and afternoons only.\n"
            "Screening: refs or ID + work info. No deposit for regulars.\n"
            f"240 h / 400 2h. Text {fmt(ph('613', 11), 'paren')}."
            + pick(["", " Away Oct 20-27.", " Booking December now."], k)
        )
        o.ad(
            VERI,
            2 + k * 8 + 0.6,
            title="Diane — mature & classy — Ottawa South",
            body=body,
            city="Ottawa",
            phone=ph("613", 11),
            age=48,
        )

    # i12: trans woman, profile site, Montréal Village
    o = m.op("b6-i12", "independent", "Montréal (Village), trans woman, long first-person bio")
    bio = (
        "Âge : 29 | Taille : 5'9 | Langues : FR/EN/ES | Origine : Brésilienne-Québécoise\n"
        "Tarifs : 30 min 200 $ | 1 h 300 $ | 2 h 550 $\n\n"
        "Hey! Je suis Luana, femme trans, fière et bien dans ma peau. Je reçois dans le Village, "
        "à deux pas du métro Beaudry, dans un appart propre avec une bonne playlist. "
        "Curieux, habitués, premières fois : tout le monde est le bienvenu tant que c'est "
        "respectueux. J'aime qu'on prenne le temps de jaser avant.\n"
        "Texto seulement, je ne réponds pas aux appels masqués."
    )
    for k in range(5):
        o.ad(
            PROF,
            7 + k * 9 + 0.8,
            title=pick(["Luana TS — Village", "Luana, 29 — trans & fière"], k),
            body=bio,
            city="Montréal",
            phone=ph("438", 12),
            age=29,
        )

    # i13: male escort, Toronto then Montréal
    o = m.op("b6-i13", "independent", "male escort, Toronto then Montréal, m4w/m4m personals")
    for k in range(4):
        o.ad(
            W4M,
            10 + k * 9 + 0.9,
            title=pick(["m4w/m4m 30 Toronto - escort", "m4w 30 Montréal this week - escort"], k),
            body=(
                "Fit, 6'1, clean, polite. Companionship for women, couples and men. "
                "Hotel or your place. 250/h. Texts only: "
                f"{fmt(ph('416', 13), 'dash')}"
            ),
            city=pick(["Toronto", "Montréal"], k // 2),
            phone=ph("416", 13),
            age=30,
        )

    # i14: e-mail only, bumps a lot, Gatineau
    o = m.op("b6-i14", "independent", "Gatineau, books by e-mail only, no phone at all")
    for k in range(6):
        o.ad(
            PROF,
            1 + k * 7 + 0.5,
            title=pick(["Chloé — Gatineau — sur réservation", "Chloé, 33, Aylmer"], k),
            body=(
                "Âge : 33 | Taille : 5'5 | Langues : FR/EN\nTarifs : 1 h 250 $ | 2 h 450 $\n\n"
                "Je ne donne pas mon numéro en ligne : écrivez-moi par courriel avec votre "
                "prénom, vos disponibilités et une référence. Je réponds le soir. Je reçois à "
                "Aylmer, stationnement facile. Pas de dépôt pour les habitués."
            ),
            city="Gatineau",
            email="chloe.aylmer@courriel.example",
            age=33,
        )

    # i15: screening and deposit, high end, long bio, Ottawa
    o = m.op("b6-i15", "independent", "Ottawa, high-end, strict screening and deposit, long bio")
    bio = (
        "Age: 34 | Height: 5'8 | Languages: English, French | Background: Irish-Canadian\n"
        "Rates: 1 hr 400 | 2 hrs 750 | dinner date 4 hrs 1300 | overnight 2400\n\n"
        "I'm Meredith, a former consultant who found that she liked people more than "
        "spreadsheets. I see a small number of gentlemen, mostly regulars, in a quiet Glebe "
        "apartment or at your hotel. I read, I run, I'll argue with you about hockey.\n\n"
        "Booking: send the form on my page with your legal name, employer and a reference. "
        "A 25% deposit by e-transfer confirms the date (refunded if I have to cancel). "
        "I do not see anyone I can't verify, and I don't negotiate."
    )
    for k in range(5):
        o.ad(
            PROF,
            5 + k * 10 + 0.7,
            title=pick(["Meredith — The Glebe", "Meredith | companion | Ottawa"], k),
            body=bio,
            city="Ottawa",
            phone=ph("613", 15),
            email="meredith.glebe@mail.example",
            age=34,
        )

    # i16: 18 years old, says so plainly, first ads
    o = m.op("b6-i16", "independent", "Montréal, 18 and says so (ID on request), first ads")
    for k in range(4):
        body = (
            "Salut, Jade, 18 ans (oui vraiment 18, je peux montrer ma carte à l'arrivée, c'est "
            "même moi qui insiste). C'est mon choix, je travaille seule et je garde tout. "
            "Je reçois à Rosemont, appart à moi. Toujours protégé.\n"
            f"200 la ½h, 300 l'heure. Texte : {fmt(ph('514', 16), 'dash')}"
        )
        o.ad(
            EXPR,
            20 + k * 6 + 0.8,
            title=pick(["Jade 18 ans — Rosemont", "Jade, 18, dispo en soirée"], k),
            body=body,
            city="Montréal",
            phone=ph("514", 16),
            age=18,
        )

    # i17: 20, "young", tiny personals text, Brossard
    o = m.op("b6-i17", "independent", "Brossard personals, 20 and 'young', tiny texts")
    for k in range(4):
        o.ad(
            W4M,
            11 + k * 8 + 0.92,
            title=pick(["w4m 20 Brossard", "w4m 20 Brossard - young & chill"], k),
            body=pick(
                ["young, chill, generous only. text", "ce soir. $$ seulement. texte pas d'appel"],
                k,
            ),
            city="Brossard",
            phone=ph("450", 17),
            age=20,
        )

    # i18: Afro-Caribbean, Toronto, touring Montréal once
    o = m.op("b6-i18", "independent", "Toronto, lists origin, tours Montréal once")
    for k in range(5):
        city = "Montréal" if k == 3 else "Toronto"
        body = (
            f"Naomi 🌺 Afro-Caribbean beauty, 28, thick & sweet.\n📍 {city}"
            + (" Oct 30 - Nov 1 only!" if k == 3 else " - Scarborough incall")
            + "\nI'm independent, no agency, no driver. Real pics, real me.\n"
            "200 hh / 300 h · cash or e-transfer deposit\n"
            f"☎️ {fmt(ph('437', 18), pick(['dash', 'slash'], k))}"
        )
        o.ad(
            EXPR if k % 2 else VERI,
            6 + k * 8 + 0.85,
            title=pick(["Naomi 🌺 island girl", "🌺 NAOMI 🌺 thick & sweet"], k),
            body=body,
            city=city,
            phone=ph("437", 18),
            age=28,
        )

    # i19: third person purely as her style, Kingston
    o = m.op("b6-i19", "independent", "Kingston, writes about herself in third person (style)")
    for k in range(5):
        body = (
            "Ashley is a laid-back Kingston girl, 26, who loves long chats and longer "
            "sessions. Ashley hosts near Princess St. and answers her own texts. "
            "Ashley asks for a name and a time, nothing weird.\n"
            f"Ashley's rates: 180 half / 260 hour. {fmt(ph('343', 19), 'dash')}"
        )
        o.ad(
            VERI,
            3 + k * 9 + 0.7,
            title=pick(["Ashley — Kingston", "Ashley is available this week"], k),
            body=body,
            city="Kingston",
            phone=ph("343", 19),
            age=26,
        )

    # i20: pro-domme, Ottawa
    o = m.op("b6-i20", "independent", "Ottawa, pro-domme, no sex, session rules")
    for k in range(4):
        o.ad(
            VERI,
            12 + k * 10 + 0.6,
            title="Mistress Vera — Ottawa dungeon",
            body=(
                "Professional dominatrix. Private dungeon, Ottawa east. Sessions 1h 300, 2h 550. "
                "No sexual services, do not ask. Consultation by email first, then phone. "
                "Limits discussed before every session. Novices welcome.\n"
                f"mistress.vera@mail.example · {fmt(ph('613', 20), 'dot')}"
            ),
            city="Ottawa",
            phone=ph("613", 20),
            email="mistress.vera@mail.example",
            age=41,
        )

    # i21: sole masseuse on the body-rub directory, appointment only
    o = m.op("b6-i21", "independent", "Sherbrooke, a sole masseuse listed on the spa directory")
    for k in range(6):
        body = (
            "Établissement : Studio Mélisse (travailleuse autonome)\n"
            "Heures : lun-ven 10h-19h, sur rendez-vous seulement\n"
            "Personnel : 1 (moi, Mélissa)\n"
            "Intersection : King Ouest / Belvédère\n"
            "Tarifs : 60 min 140 $ · 90 min 190 $\n"
            "Massage détente et sensuel, finition selon entente. Pas de sans-rendez-vous.\n"
            f"Texto : {fmt(ph('819', 21), 'dash')}"
        )
        o.ad(
            SPA,
            2 + k * 8 + 0.4,
            title=pick(["Studio Mélisse — massage sensuel", "Studio Mélisse (Sherbrooke)"], k),
            body=body,
            city="Sherbrooke",
            phone=ph("819", 21),
        )

    # i22: budget prices, Gatineau
    o = m.op("b6-i22", "independent", "Gatineau, budget prices, first person, mentions her kids")
    for k in range(5):
        o.ad(
            EXPR,
            9 + k * 7 + 0.55,
            title=pick(["💥 SPÉCIAL 100$ ½h 💥 Gatineau", "💥 Spécial de semaine 💥"], k),
            body=(
                "Karine 37 ans, maman la semaine, coquine le jour 😉 Spécial 100$ la demi-heure "
                "jusqu'à 15h (les enfants reviennent de l'école après ça lol). "
                f"Secteur Gatineau est. {fmt(ph('819', 22), pick(['space', 'pieces'], k))}"
            ),
            city="Gatineau",
            phone=ph("819", 22),
            age=37,
        )


def independents_b(m: Market) -> None:
    # i23: Québec City worker touring Trois-Rivières and Montréal
    o = m.op("b6-i23", "independent", "Québec City, tours Trois-Rivières and Montréal, own phone")
    plan = [
        (4, "Québec"),
        (12, "Trois-Rivières"),
        (13.5, "Montréal"),
        (25, "Québec"),
        (36, "Montréal"),
    ]
    for _k, (day, city) in enumerate(plan):
        o.ad(
            PROF,
            day + 0.6,
            title=f"Noémie de Québec — de passage à {city}"
            if city != "Québec"
            else "Noémie — Québec, Limoilou",
            body=(
                "Âge : 30 | Taille : 5'4 | Langues : FR | Origine : Québécoise\n"
                "Tarifs : 1 h 240 $ | 2 h 440 $\n\n"
                "Je suis Noémie, blonde naturelle et bonne vivante. Je me promène un peu dans "
                "la province quand j'en ai envie, alors surveillez mes dates. Je travaille "
                "seule, je fais ma propre sécurité, et je demande un petit dépôt pour les "
                f"rendez-vous hors Québec. Présentement à : {city}."
            ),
            city=city,
            phone=ph("418", 23),
            email="noemie.limoilou@courriel.example",
            age=30,
        )

    # i24: new to the work, nervous, Laval
    o = m.op("b6-i24", "independent", "Laval, 'nouvelle dans le domaine' at 23, first person")
    for k in range(4):
        o.ad(
            EXPR,
            26 + k * 4 + 0.85,
            title=pick(["Nouvelle dans le domaine 🙈 Laval", "Océane 23 — nouvelle 🙈"], k),
            body=(
                "Bon… première annonce de ma vie 🙈 Océane, 23 ans, un peu gênée mais curieuse. "
                "Je veux y aller doucement : massage, câlins, on verra. Je reçois chez moi à "
                "Sainte-Rose, je choisis avec qui. Soyez gentils svp 🙏 "
                f"{fmt(ph('450', 24), 'dot')}"
            ),
            city="Laval",
            phone=ph("450", 24),
            age=23,
        )

    # i25: franglais, number in words, Montréal
    o = m.op("b6-i25", "independent", "Montréal, franglais, her number written in words")
    for k in range(6):
        o.ad(
            EXPR,
            5 + k * 7 + 0.9,
            title=pick(["Sweet Léa 💕 Verdun", "💕 Léa dispo tonight 💕"], k),
            body=(
                "Hey guys c'est Léa 💕 27, brunette, super friendly pis pas pressée. "
                "Incall Verdun près du métro, ou outcall hôtels downtown (+taxi). "
                "Mon number en lettres because les bots : "
                f"{fmt(ph('514', 25), pick(['en', 'fr'], k))}. "
                "Texte first, je call pas back les numéros privés."
            ),
            city="Montréal",
            phone=ph("514", 25),
            age=27,
        )

    # i26: Vanier, handle only in contact, personals
    o = m.op("b6-i26", "independent", "Ottawa (Vanier) personals, Telegram handle only")
    for k in range(4):
        o.ad(
            W4M,
            15 + k * 6 + 0.96,
            title=pick(["w4m 31 Vanier", "w4m 31 vanier - daytime"], k),
            body=pick(["daytime only. tg in my profile", "mornings. telegram only"], k),
            city="Ottawa - Vanier",
            handle="tg: @rosie_vanier",
            age=31,
        )

    # i27: Korean-Canadian, Toronto, tours Ottawa and Montréal, "new in town"
    o = m.op(
        "b6-i27", "independent", "Toronto, Korean-Canadian, tours, 'new in town', first person"
    )
    plan = [
        (3, "Toronto"),
        (11, "Ottawa"),
        (12, "Ottawa"),
        (24, "Toronto"),
        (33, "Montréal"),
        (34, "Montréal"),
    ]
    for k, (day, city) in enumerate(plan):
        new = city != "Toronto"
        o.ad(
            EXPR if k % 2 else VERI,
            day + 0.8,
            title=("NEW IN TOWN ✨ " if new else "✨ ") + f"Hana — Korean-Canadian — {city}",
            body=(
                ("New in town for 2 days only! " if new else "")
                + "I'm Hana, 24, Korean-Canadian, born and raised in Mississauga 🇨🇦. "
                "Petite, sporty, fluent English (and bad Korean lol). Independent, I take my "
                "own bookings and I tour a few times a year. Screening required, deposit for "
                f"tour dates. 250 hh / 350 h. {fmt(ph('647', 27), 'dash')}"
            ),
            city=city,
            phone=ph("647", 27),
            age=24,
        )

    # i28: West Island, 39, plain
    o = m.op("b6-i28", "independent", "Montréal West Island, 39, plain ads")
    for k in range(4):
        o.ad(
            PROF,
            8 + k * 11 + 0.55,
            title="Sandra — West Island",
            body=(
                "Age: 39 | Height: 5'6 | Languages: English, French\n"
                "Rates: 1 hr 260 | 90 min 360\n\n"
                "Down-to-earth West Island woman. Incall in Pointe-Claire, daytime, weekdays. "
                "Call or text, I'm the one who answers."
            ),
            city="Montreal - West Island",
            phone=ph("514", 28),
            age=39,
        )

    # i29: single mother, days only, Longueuil
    o = m.op("b6-i29", "independent", "Longueuil, single mother, days only, discreet")
    for k in range(5):
        o.ad(
            EXPR,
            4 + k * 9 + 0.45,
            title=pick(["☕ Jour seulement — Vieux-Longueuil", "☕ Isabelle dispo ce matin"], k),
            body=(
                "Isabelle 30 ans, monoparentale, donc jour seulement (9h à 14h30). "
                "Discrète, propre, pas de drame. 180/30 - 250/60. "
                f"☎️ {fmt(ph('450', 29), 'paren')}"
            ),
            city="Longueuil",
            phone=ph("450", 29),
            age=30,
        )

    # i30: BBW, Gatineau
    o = m.op("b6-i30", "independent", "Gatineau, BBW, first person")
    for k in range(5):
        o.ad(
            EXPR,
            7 + k * 8 + 0.8,
            title=pick(["🍩 BBW Gatineau 🍩 Mélanie", "🍩 Mélanie BBW — Hull"], k),
            body=(
                "Mélanie 35 ans, BBW fière de ses courbes 🍩 Chaleureuse, câline, drôle. "
                "Incall Hull, propre et discret. 160 demi / 240 heure. "
                f"📱{fmt(ph('819', 30), 'slash')}"
            ),
            city="Gatineau",
            phone=ph("819", 30),
            age=35,
        )

    # i31: student, 21, Kingston
    o = m.op("b6-i31", "independent", "Kingston, university student aged 21, personals")
    for k in range(4):
        o.ad(
            W4M,
            13 + k * 7 + 0.93,
            title=pick(["w4m 21 Kingston (student)", "w4m 21 kingston near campus"], k),
            body=(
                "student, 21. paying my tuition, not looking for a boyfriend lol. "
                f"hotel or your place, 200. text {fmt(ph('343', 31), 'dash')}"
            ),
            city="Kingston",
            phone=ph("343", 31),
            age=21,
        )

    # i32: two phones (work and personal), Sherbrooke
    o = m.op("b6-i32", "independent", "Sherbrooke, two phones (work line and backup)")
    for k in range(4):
        main, backup = ph("819", 32), ph("873", 32)
        o.ad(
            EXPR,
            16 + k * 6 + 0.7,
            title=pick(["Audrey 💜 Sherbrooke", "💜 Audrey dispo 💜"], k),
            body=(
                f"Audrey 28 ans 💜 texte au {fmt(main, 'dash')} "
                f"(si pas de réponse : mon 2e cell {fmt(backup, 'dash')}, même moi). "
                "Incall Fleurimont. 180/½h."
            ),
            city="Sherbrooke",
            phone=main if k % 2 == 0 else backup,
            age=28,
        )

    # i33: Russian, some broken English, independent
    o = m.op("b6-i33", "independent", "Montréal, Russian, imperfect English, independent")
    for k in range(5):
        o.ad(
            PROF,
            6 + k * 8 + 0.75,
            title=pick(["Katia — Russian elegance", "Katia, 28, downtown"], k),
            body=(
                "Age: 28 | Height: 5'8 | Languages: Russian, English, bit French | "
                "Origin: Russian\nRates: 1h 300 | 2h 550\n\n"
                "Hello, my name is Katia, I am living in Montreal since 4 years. My english is "
                "not perfect but we will understand each other, I am sure :) I work for "
                "myself, I like nice conversation, theatre and good food. Incall downtown, "
                "near Peel metro. Please write me your name and the time you wish."
            ),
            city="Montréal",
            phone=ph("438", 33),
            age=28,
        )

    # i34: almost no text beyond the rates table, Trois-Rivières
    o = m.op("b6-i34", "independent", "Trois-Rivières, profile with fields only, no bio")
    for k in range(4):
        o.ad(
            PROF,
            10 + k * 10 + 0.6,
            title="Julie",
            body=("Âge : 34 | Taille : 5'3 | Langues : FR\nTarifs : 30 min 150 $ | 1 h 220 $"),
            city="Trois-Rivieres",
            phone=ph("819", 34),
            age=34,
        )

    # i35: couples-friendly, Laval
    o = m.op("b6-i35", "independent", "Laval, couples-friendly, first person")
    for k in range(4):
        o.ad(
            PROF,
            3 + k * 12 + 0.8,
            title="Roxanne — couples bienvenus",
            body=(
                "Âge : 32 | Taille : 5'6 | Langues : FR/EN\n"
                "Tarifs : 1 h 280 $ | couple 1 h 380 $\n\n"
                "Roxanne ici. J'adore les couples qui veulent explorer en douceur, et les "
                "messieurs seuls aussi. Je reçois à Vimont. Écrivez-moi, je réponds vite."
            ),
            city="Laval",
            phone=ph("450", 35),
            age=32,
        )

    # i36: girl next door with many emoji, Ottawa
    o = m.op("b6-i36", "independent", "Ottawa, girl next door, heavy emoji, first person")
    for k in range(5):
        o.ad(
            EXPR,
            2 + k * 9 + 0.9,
            title=pick(["🌼🌼 Girl next door 🌼🌼 Kanata", "🌼 Brooke 24 🌼 Kanata 🌼"], k),
            body=(
                "🌼 Brooke 🌼 24 🌼 Kanata 🌼\n💕 GFE 💕 sweet 💕 chatty 💕\n"
                "🚗 easy parking 🚗\n💰 180 ½ 💰 250 1h 💰\n"
                f"📲 {fmt(ph('613', 36), 'keycap')}"
            ),
            city="Ottawa",
            phone=ph("613", 36),
            age=24,
        )

    # i37: luxury, e-mail only with deposit, Toronto
    o = m.op("b6-i37", "independent", "Toronto, luxury, books by e-mail with a deposit")
    for k in range(4):
        o.ad(
            VERI,
            9 + k * 11 + 0.7,
            title="Serena — Toronto — by appointment",
            body=(
                "Serena, 31. Yorkville. Dinner dates, overnights, FMTY. "
                "Booking by email only: serena.yorkville@mail.example with name, "
                "one reference or LinkedIn, date and duration. 30% deposit. "
                "500/h, 2 hours minimum for first meetings."
            ),
            city="Toronto",
            email="serena.yorkville@mail.example",
            age=31,
        )

    # i38: independent masseuse on the spa directory, Montréal
    o = m.op("b6-i38", "independent", "Montréal, sole-owner masseuse listed on the spa directory")
    for k in range(5):
        o.ad(
            SPA,
            5 + k * 9 + 0.45,
            title="Massage Cœur de Pomme — Villeray",
            body=(
                "Établissement : Cœur de Pomme (une seule masseuse, propriétaire)\n"
                "Heures : mar-sam 11h-20h\n"
                "Personnel : 1 — Annie, 36 ans\n"
                "Intersection : Jarry / Saint-Denis\n"
                "Tarifs : 60 min 130 $ · 90 min 180 $\n"
                "Pas d'autres filles ici, c'est juste moi 🙂 Rendez-vous par texto.\n"
                + pick(["", "Fermé le 14 octobre.", "Nouvelles huiles chaudes!"], k)
            ),
            city="Montréal",
            phone=ph("514", 38),
            age=36,
        )

    # i39: petite (4'11), Québec City, one trip to Gatineau
    o = m.op("b6-i39", "independent", "Québec City, 'petite 4'11', one trip to Gatineau")
    plan = [(6, "Québec"), (17, "Gatineau"), (18, "Gatineau"), (31, "Québec")]
    for _k, (day, city) in enumerate(plan):
        o.ad(
            EXPR,
            day + 0.85,
            title=f"🧚 Petite 4'11 — {city}",
            body=(
                "Zoé 26 ans, toute petite (4'11 pis 95 lbs) mais grande gueule 😂 "
                + ("De passage en Outaouais 2 jours! " if city == "Gatineau" else "Sainte-Foy. ")
                + f"200/½h. {fmt(ph('581', 39), 'dash')}"
            ),
            city=city,
            phone=ph("581", 39),
            age=26,
        )

    # i40: three posts a day for four days, Longueuil
    o = m.op("b6-i40", "independent", "Longueuil, three bumps a day for four days, then weekly")
    for k in range(12):
        day = (20 + k // 3 + (10 + 5 * (k % 3)) / 24) if k < 9 else 30 + (k - 9) * 5 + 0.8
        o.ad(
            EXPR,
            day,
            title=pick(
                ["💖 Kelly dispo 💖 Longueuil", "💖 KELLY 💖 in/out", "💖 Kelly ce soir"], k
            ),
            body=(
                f"Kelly 29 💖 {pick(['dispo là', 'dispo cet aprem', 'dispo ce soir'], k)} 💖 "
                f"in Longueuil / out Rive-Sud 💖 {fmt(ph('450', 40), 'pieces')}"
            ),
            city="Longueuil",
            phone=ph("450", 40),
            age=29,
        )

    # i41: works both sides of the river the same week
    o = m.op("b6-i41", "independent", "Gatineau and Ottawa the same week, own phone")
    for k in range(5):
        city = pick(["Gatineau", "Ottawa", "Gatineau", "Ottawa", "Gatineau"], k)
        o.ad(
            VERI,
            8 + k * 3 + 0.7,
            title=f"Mia — {city} side this {pick(['week', 'weekend'], k)}",
            body=(
                f"Mia, 27. {city} side "
                + ("(Hull incall)" if city == "Gatineau" else "(Centretown hotel)")
                + ". GFE, covered, no rush. Screening: refs or ID. 220 hh / 300 h. "
                f"{fmt(ph('873', 41), 'dash')}"
            ),
            city=city,
            phone=ph("873", 41),
            age=27,
        )

    # i42: student, 22, sugar style, personals
    o = m.op("b6-i42", "independent", "Montréal personals, student aged 22, sugar style")
    for k in range(4):
        o.ad(
            W4M,
            19 + k * 6 + 0.97,
            title=pick(["w4m 22 Côte-des-Neiges - étudiante", "w4m 22 CDN"], k),
            body=pick(
                [
                    "étudiante, cherche homme généreux pour rencontres régulières. "
                    "pas de pics explicites. écris moi",
                    "toujours à la recherche d'un monsieur généreux. sérieux seulement",
                ],
                k,
            ),
            city="Montréal",
            email="lea.cdn22@courriel.example",
            age=22,
        )

    # i43: Maghrebi origin listed, French, Montréal
    o = m.op("b6-i43", "independent", "Montréal, lists her origin (maghrébine), first person")
    for k in range(4):
        o.ad(
            EXPR,
            22 + k * 6 + 0.8,
            title=pick(["🌙 Yasmine — beauté maghrébine 🌙", "🌙 Yasmine, Saint-Laurent"], k),
            body=(
                "Yasmine 29 ans, d'origine algérienne, yeux noirs et grand sourire 🌙 "
                "Je reçois à Saint-Laurent, discrétion totale. 200/½h - 300/h. "
                f"Texto : {fmt(ph('514', 43), 'space')}"
            ),
            city="Montréal",
            phone=ph("514", 43),
            age=29,
        )

    # i44: mature, 52, Sherbrooke, few ads
    o = m.op("b6-i44", "independent", "Sherbrooke, mature (52), few ads")
    for k in range(3):
        o.ad(
            PROF,
            12 + k * 14 + 0.6,
            title="Francine, femme mûre",
            body=(
                "Âge : 52 | Taille : 5'5 | Langues : FR\nTarifs : 1 h 200 $\n\n"
                "Femme mûre, douce et expérimentée. Je reçois à Lennoxville, sur rendez-vous. "
                "Messieurs de 40 ans et plus de préférence."
            ),
            city="Sherbrooke",
            phone=ph("819", 44),
            age=52,
        )

    # i45: a safety friend who knows where she is (not a handler), Kingston to Toronto
    o = m.op("b6-i45", "independent", "Kingston to Toronto, a safety friend holds her schedule")
    plan = [(7, "Kingston"), (15, "Kingston"), (29, "Toronto"), (40, "Kingston")]
    for _k, (day, city) in enumerate(plan):
        o.ad(
            VERI,
            day + 0.65,
            title=f"Tessa — {city}",
            body=(
                "Tessa, 30. Independent. For my safety a friend always knows where I am and "
                "when I'm done — she doesn't book, I do. Screening with refs. "
                f"200 hh / 300 h. {fmt(ph('343', 45), 'dot')}"
                + (" In Toronto Oct 27-28 (Liberty Village)." if city == "Toronto" else "")
            ),
            city=city,
            phone=ph("343", 45),
            age=30,
        )


def duos(m: Market) -> None:
    # d01: two independents (one touring from Toronto) share a hotel suite for one weekend
    o = m.op("b6-d01", "duo", "Ottawa weekend: two independents share a hotel suite, own phones")
    nikki, rae = ph("416", 50), ph("613", 50)
    for day in (3.0, 10.0, 17.0):
        o.ad(
            VERI,
            day + 0.7,
            title="Nikki — Toronto — Queen West",
            body=(
                "Nikki, 26, Queen West incall. GFE, covered only. Screening: refs. "
                f"250 hh / 350 h. {fmt(nikki, 'dash')}"
            ),
            city="Toronto",
            phone=nikki,
            age=26,
        )
    for day in (5.0, 13.0):
        o.ad(
            VERI,
            day + 0.75,
            title="Rae — Ottawa — Westboro",
            body=(
                "Rae, 29, Westboro. Chill, chatty, covered only. ID or refs. "
                f"220 hh / 320 h. {fmt(rae, 'dot')}"
            ),
            city="Ottawa",
            phone=rae,
            age=29,
        )
    for k, day in enumerate((22.4, 23.5, 24.6)):
        o.ad(
            VERI,
            day,
            title=pick(["DUO WEEKEND — Nikki & Rae — Ottawa", "Nikki & Rae — last day!"], k),
            body=(
                "Two friends, one suite, one weekend only (Fri to Sun) downtown Ottawa. "
                "Nikki is visiting from Toronto and Rae lives here: book either of us, or both "
                "for a duo (600 h). We each run our own bookings, so text the one you want.\n"
                f"Nikki {fmt(nikki, 'dash')} · Rae {fmt(rae, 'dot')}"
            ),
            city="Ottawa",
            phone=rae if k % 2 else nikki,
            age="26 & 29",
        )

    # d02: best friends, a regular duo, each her own phone
    o = m.op("b6-d02", "duo", "Montréal, two friends advertise a regular duo, each her phone")
    lola, mia = ph("514", 52), ph("438", 52)
    bio = (
        "Âges : 27 et 25 | Langues : FR/EN | Tarifs : 1 h duo 600 $ | 2 h duo 1100 $\n\n"
        "On est Lola et Mia, meilleures amies depuis le cégep, et on travaille ensemble "
        "parce que c'est plus sécuritaire et beaucoup plus drôle. On reçoit dans le Mile-End "
        "ou on se déplace à l'hôtel. Chacune gère ses messages : écrivez à l'une ou l'autre."
        f"\nLola : {fmt(lola, 'space')} · Mia : {fmt(mia, 'space')}"
    )
    for k in range(6):
        o.ad(
            PROF,
            4 + k * 7 + 0.7,
            title=pick(["Lola & Mia — duo Mile-End", "Duo Lola & Mia 💞"], k),
            body=bio,
            city="Montréal",
            phone=pick([lola, mia], k),
            age=pick(["27", "25"], k),
        )

    # d03: two students share one phone for safety
    o = m.op("b6-d03", "duo", "Sherbrooke, two students (20, 21) share one phone for safety")
    for k in range(6):
        o.ad(
            EXPR,
            9 + k * 6 + 0.85,
            title=pick(["👯 2 étudiantes Sherbrooke 👯", "👯 Duo ou solo — Flavie & Maude"], k),
            body=(
                "Flavie (20) et Maude (21), colocs et étudiantes 📚 On partage le même cell "
                "pour se protéger : on sait toujours où l'autre est. Solo ou duo, incall "
                "chez nous près du centre-ville. Solo 200/h, duo 380/h. On choisit nos clients. "
                f"📲 {fmt(ph('819', 53), 'pieces')}"
            ),
            city="Sherbrooke",
            phone=ph("819", 53),
            age=pick(["20", "21"], k),
        )

    # d04: two mature women, Kingston
    o = m.op("b6-d04", "duo", "Kingston, two mature friends, one shared ad and own phones")
    for k in range(5):
        o.ad(
            VERI,
            6 + k * 9 + 0.6,
            title="Cougar duo — Kingston — Joanne & Bev",
            body=(
                "Joanne (44) and Bev (47), longtime friends, both independent. Duo 500/h, "
                "solo 250/h. Incall west end. Reviews on the board under both names. "
                f"Joanne {fmt(ph('613', 54), 'dash')} / Bev {fmt(ph('343', 54), 'dash')}"
            ),
            city="Kingston",
            phone=pick([ph("613", 54), ph("343", 54)], k),
            age=pick(["44", "47"], k),
        )

    # d05: four-hands massage duo, Longueuil
    o = m.op("b6-d05", "duo", "Longueuil, four-hands massage duo of two independents")
    for k in range(6):
        o.ad(
            SPA,
            3 + k * 8 + 0.5,
            title="Massage 4 mains — Sylvie & Nadia",
            body=(
                "Établissement : nous deux, à domicile (travailleuses autonomes)\n"
                "Heures : sur rendez-vous, lun-sam 10h-21h\n"
                "Personnel : 2 — Sylvie (41) et Nadia (38)\n"
                "Intersection : Roland-Therrien / Curé-Poirier\n"
                "Tarifs : 60 min 4 mains 220 $ · solo 130 $\n"
                f"Sylvie {fmt(ph('450', 55), 'dash')} · Nadia {fmt(ph('579', 55), 'dash')}"
            ),
            city="Longueuil",
            phone=pick([ph("450", 55), ph("579", 55)], k),
        )

    # d06: roommates, tiny personals text
    o = m.op("b6-d06", "duo", "Ottawa personals, two roommates, tiny texts")
    for k in range(5):
        o.ad(
            W4M,
            14 + k * 6 + 0.95,
            title=pick(["ww4m 23+24 Sandy Hill", "ww4m roommates sandy hill"], k),
            body=pick(
                [
                    "me & my roommate. both 18+ lol (23, 24). you host. text",
                    "still us. weekends. text first",
                ],
                k,
            ),
            city="Ottawa",
            phone=pick([ph("613", 56), ph("343", 56)], k),
            age=pick(["23", "24"], k),
        )


# =========================================================================== agencies (clean)


def agencies(m: Market) -> None:
    # a01: a clean Ottawa agency: one booking line, adult companions, rates and rules
    o = m.op("b6-a01", "agency", "Ottawa agency, one booking line for six adult companions")
    line = ph("613", 60)
    ladies = [
        ("Amber", 27, "blonde, tall, loves the theatre"),
        ("Chantal", 33, "bilingual, elegant, dinner dates"),
        ("Priya", 25, "South Asian, sporty, chatty"),
        ("Gwen", 38, "redhead, witty, overnights"),
        ("Sophie", 24, "brunette, grad student"),
        ("Tamara", 30, "Caribbean-Canadian, yoga instructor"),
    ]
    for k in range(9):
        name, age, desc = ladies[k % len(ladies)]
        o.ad(
            VERI,
            2 + k * 5 + 0.55,
            title=f"Capital Companions — {name} ({age})",
            body=(
                f"{name}, {age}: {desc}.\n"
                "Capital Companions is an Ottawa booking service for independent adult "
                "companions (21+, ID checked by us at sign-up). Companions set their own "
                "schedules and limits and keep 70% of every booking. Our dispatcher answers "
                "the line 2 pm to 2 am and confirms every booking with the companion first.\n"
                "Rates: 1 h 320 · 2 h 600 · dinner 4 h 1100. Outcall downtown / Gatineau.\n"
                "Rules: sober and respectful clients, no negotiation, no unsafe requests.\n"
                f"Booking line {fmt(line, 'paren')} · bookings@capitalcompanions.example"
            ),
            city="Ottawa",
            phone=line,
            email="bookings@capitalcompanions.example",
            age=age,
        )

    # a02: a Montréal agency on the profile site, e-mail and phone, adult staff
    o = m.op("b6-a02", "agency", "Montréal agency, profile per companion, adult independents")
    line = ph("514", 61)
    companions = [("Margaux", 28), ("Inès", 31), ("Béatrice", 26), ("Romy", 35)]
    for k in range(7):
        name, age = companions[k % len(companions)]
        o.ad(
            PROF,
            5 + k * 6 + 0.6,
            title=f"{name} — Agence Velours",
            body=(
                f"Âge : {age} | Langues : FR/EN | Agence : Velours\n"
                "Tarifs : 1 h 350 $ | 2 h 650 $ | soirée 1200 $\n\n"
                f"{name} fait partie de l'Agence Velours. Nos compagnes sont des travailleuses "
                "autonomes de 21 ans et plus, qui choisissent leurs horaires, leurs clients et "
                "leurs limites. L'agence s'occupe des réservations et du filtrage, rien de plus.\n"
                f"Réservations : {fmt(line, 'dash')} ou rendezvous@agencevelours.example"
            ),
            city="Montréal",
            phone=line,
            email="rendezvous@agencevelours.example",
            age=age,
        )

    # a03: a Toronto agency visiting Montréal
    o = m.op("b6-a03", "agency", "Toronto agency, some companions visit Montréal, one line")
    line = ph("416", 62)
    plan = [
        (6, "Toronto", "Elise", 29),
        (14, "Toronto", "Dana", 32),
        (20, "Montréal", "Elise", 29),
        (27, "Toronto", "Fiona", 26),
        (35, "Montréal", "Dana", 32),
        (41, "Toronto", "Elise", 29),
    ]
    for _k, (day, city, name, age) in enumerate(plan):
        o.ad(
            VERI,
            day + 0.7,
            title=f"Maison Lumière — {name} in {city}",
            body=(
                f"{name} ({age}) is available in {city} with Maison Lumière. "
                "All our companions are adults, verified, and work with us by choice; each "
                "sets her own dates, including her own visits to Montréal. "
                "Screening: references from other agencies or providers, or employment "
                "verification. Rates from 400/h. "
                f"{fmt(line, 'dash')} · concierge@maisonlumiere.example"
            ),
            city=city,
            phone=line,
            email="concierge@maisonlumiere.example",
            age=age,
        )

    # a04: a clean erotic massage studio: named masseuses who rent the rooms, fair hours
    o = m.op("b6-a04", "agency", "Montréal massage studio, named self-employed masseuses")
    line = ph("438", 63)
    crews = ["Annick, Chloé, Rita", "Annick, Rita, Sam", "Chloé, Sam, Valérie"]
    for k in range(8):
        o.ad(
            SPA,
            1 + k * 6 + 0.42,
            title="Studio Lotus Blanc — massage érotique",
            body=(
                "Établissement : Studio Lotus Blanc\n"
                "Heures : lun-sam 11h-21h, dimanche fermé\n"
                f"Personnel cette semaine : {crews[k % 3]} (masseuses autonomes, 25 ans et +)\n"
                "Intersection : Saint-Hubert / Beaubien\n"
                "Tarifs : 60 min 140 $ · 90 min 200 $ (la masseuse garde 70 %)\n"
                "Sur rendez-vous, réception à l'accueil. Les masseuses choisissent leur horaire.\n"
                f"Réservation : {fmt(line, 'dash')}"
            ),
            city="Montréal",
            phone=line,
        )

    # a05: a Gatineau agency with drivers, adult staff
    o = m.op("b6-a05", "agency", "Gatineau agency with drivers, adult companions, rules")
    line = ph("819", 64)
    names = [("Geneviève", 29), ("Kassandra", 24), ("Marilou", 34)]
    for k in range(7):
        name, age = names[k % 3]
        o.ad(
            EXPR,
            3 + k * 6 + 0.8,
            title=f"⭐ Agence Outaouais VIP ⭐ {name} {age}",
            body=(
                f"⭐ {name}, {age} ans ⭐ dispo ce soir en outcall Gatineau / Ottawa.\n"
                "Agence avec chauffeurs pour la sécurité de nos filles (toutes 21+, vérifiées). "
                "Elles gardent la majorité du tarif et refusent qui elles veulent.\n"
                "250$/h outcall + déplacement. "
                f"☎️ {fmt(line, 'paren')}"
            ),
            city="Gatineau",
            phone=line,
            age=age,
        )

    # a06: a small Trois-Rivières agency run by a former worker
    o = m.op("b6-a06", "agency", "Trois-Rivières, small agency run by a former worker, 3 women")
    line = ph("819", 65)
    for k in range(6):
        name = pick(["Véro", "Cindy", "Alexe"], k)
        o.ad(
            PROF,
            8 + k * 7 + 0.65,
            title=f"{name} — Les Amies de Mauricie",
            body=(
                f"Compagne : {name} | Âge : {pick(['33', '27', '30'], k)} | Langues : FR\n"
                "Tarifs : 1 h 240 $ | 2 h 440 $\n\n"
                "Les Amies de Mauricie, c'est moi, Josée, ancienne escorte, qui fais les "
                "réservations pour trois amies adultes. Pas de pression, pas de quotas : elles "
                "travaillent quand elles veulent et gardent 80 %. Centre-ville de Trois-Rivières "
                f"ou déplacement. Réservations : {fmt(line, 'dash')}"
            ),
            city="Trois-Rivières",
            phone=line,
            age=pick(["33", "27", "30"], k),
        )


# =========================================================================== third parties


def third_parties_a(m: Market) -> None:
    # t01: the same women under several names and cities, one shared e-mail, phones rotated
    o = m.op(
        "b6-t01",
        "third_party",
        "same 3 women under 7 names in 6 cities, one shared e-mail, 6 rotating phones",
    )
    mail = "vipfilles.booking@courriel.example"
    phones = [
        ph("514", 70),
        ph("450", 70),
        ph("819", 70),
        ph("438", 70),
        ph("579", 70),
        ph("873", 70),
    ]
    women = {  # one woman, several work names: the physical description stays
        "A": "brune aux yeux verts, 5'3, une rose tatouée sur l'épaule",
        "B": "blonde platine, 5'7, piercing au nombril",
        "C": "métisse, cheveux bouclés, 5'5, grain de beauté sur la joue",
    }
    plan = [
        (2, "A", "Jessica", 22, "Montréal"),
        (4, "B", "Kayla", 21, "Longueuil"),
        (8, "C", "Stacy", 23, "Laval"),
        (11, "A", "Amélie", 22, "Laval"),
        (15, "B", "Mélina", 21, "Gatineau"),
        (18, "C", "Nina", 23, "Sherbrooke"),
        (22, "A", "Sabrina", 21, "Trois-Rivières"),
        (26, "B", "Kayla", 22, "Montréal"),
        (29, "C", "Nina", 23, "Gatineau"),
        (33, "A", "Jessica", 22, "Longueuil"),
        (37, "B", "Mélina", 21, "Laval"),
        (41, "C", "Stacy", 23, "Montréal"),
    ]
    for k, (day, who, name, age, city) in enumerate(plan):
        phone = phones[k // 2]
        o.ad(
            EXPR if k % 3 else PROF,
            day + 0.85,
            title=f"💎 {name} {age} ans — {city} 💎",
            body=(
                f"Salut c'est {name} 💎 {age} ans, {women[who]}.\n"
                f"Je suis à {city} pour quelques jours seulement, in/out.\n"
                "Service de qualité, photos 100% réelles.\n"
                f"Pour réserver : texte au {fmt(phone, 'pieces')} ou écris à {mail}"
            ),
            city=city,
            phone=phone,
            email=mail,
            age=age,
        )

    # t02: a pimp writes in each woman's first person and slips (she, my girls)
    o = m.op("b6-t02", "third_party", "pimp writes women's first person, slips 'she'/'my girls'")
    line = ph("514", 71)
    texts = [
        (
            "🍬 CANDY 21 🍬 Montréal-Nord",
            "Hey c'est Candy 21 ans 🍬 je suis nouvelle et super douce. Elle fait tout ce que tu "
            "veux 😈 120 qv / 160 ½h. Texte seulement, pas d'appel.",
        ),
        (
            "👑 Brittany 20 👑 in Laval",
            "Brittany here 👑 20 yo, petite and sexy. She's available 24/7 just text. "
            "Ask for my other girls too 😉 120 qv",
        ),
        (
            "🌶️ Jasmine 22 🌶️ Montréal",
            "Moi c'est Jasmine 22 ans 🌶️ latina chaude. Mes filles sont propres et "
            "disponibles jour et nuit. Cash seulement. 140 ½h",
        ),
        (
            "🍬 Candy encore dispo 🍬",
            "Candy 21 🍬 encore là ce soir. Pas de négo. Texte le numéro, je te donne l'adresse "
            "quand t'es dans le stationnement.",
        ),
        (
            "👑 2 filles dispo 👑 Laval",
            "Brittany et Candy 👑 2 filles dispo maintenant, choisis ta préférée 😘 "
            "incall Laval 24h. 120 qv",
        ),
    ]
    for k in range(10):
        title, body = texts[k % len(texts)]
        o.ad(
            EXPR,
            3 + k * 4.2 + 0.9,
            title=title,
            body=f"{body}\n📲 {fmt(line, pick(['pieces', 'keycap', 'slash'], k))}",
            city=pick(["Montréal", "Laval", "Montréal", "Montréal", "Laval"], k),
            phone=line,
            age=pick(["21", "20", "22", "21", "20"], k),
        )

    # t03: a minor sold through coded youth words; her stated age drifts (19, then 18)
    o = m.op(
        "b6-t03",
        "third_party",
        "minor: coded youth words, stated age drifts 19 -> 18, 'elle' slips, phone changed once",
        minor=True,
    )
    p1, p2 = ph("450", 72), ph("438", 72)
    texts = [
        (
            "🍭 Toute jeune nouvelle 🍭 Rive-Sud",
            "Allo c'est Mégane 🍭 19 ans, toute petite (4'11, 90 lbs), nouvelle nouvelle nouvelle. "
            "Pas d'expérience, je suis douce et obéissante. Hommes matures qui aiment les "
            "jeunettes 😇",
        ),
        (
            "w4m 19 Longueuil",
            "petite jeunette fraîche 🎒🍭 first time. elle est timide mais elle apprend vite. "
            "hôtel seulement",
        ),
        (
            "🍭 Mégane 18 🍭 Longueuil",
            "Mégane 18 ans 🎀 fraîche, look très jeune, bébé face 🍼 dispo aprem et soir. "
            "Elle fait pas de négo. 150 ½h",
        ),
        ("w4m 18 Brossard", "toute jeune 🍭🎒 nouvelle en ville. pas de condom extra $. texte"),
    ]
    for k in range(9):
        title, body = texts[k % len(texts)]
        phone = p1 if k < 5 else p2
        site = W4M if title.startswith("w4m") else EXPR
        o.ad(
            site,
            16 + k * 3 + 0.8,
            title=title,
            body=f"{body}\n{fmt(phone, 'pieces' if site == EXPR else 'dash')}",
            city=pick(["Rive-Sud", "Longueuil", "Longueuil", "Brossard"], k),
            phone=phone,
            age="19" if k < 4 else "18",
            minor=True,
        )

    # t04: one woman moved Toronto -> Kingston -> Montréal -> Gatineau in ten days
    o = m.op(
        "b6-t04",
        "third_party",
        "one trafficked woman moved Toronto -> Kingston -> Montréal -> Gatineau in 10 days",
    )
    line = ph("647", 73)
    route = [
        (20.2, "Toronto", "en"),
        (21.6, "Toronto", "en"),
        (23.1, "Kingston", "en"),
        (24.4, "Kingston", "en"),
        (26.0, "Montréal", "fr"),
        (27.3, "Montréal", "fr"),
        (28.2, "Montréal", "fr"),
        (29.5, "Gatineau", "fr"),
        (30.1, "Gatineau", "en"),
    ]
    for when, city, lang in route:
        if lang == "en":
            title = f"❤️ NEW IN {city.upper()} ❤️ ANYA 22 ❤️ 2 DAYS ONLY"
            body = (
                "❤️ Anya 22 sweet european girl ❤️ just arrived, only 2 days ❤️ incall hotel "
                "24/7 ❤️ no rush ❤️ 100 qv 160 hh ❤️ text only, she not speak english good ❤️ "
                f"{fmt(line, 'pieces')}"
            )
        else:
            title = f"❤️ NOUVELLE À {city.upper()} ❤️ ANYA 22 ❤️"
            body = (
                "❤️ Anya 22 ans fille européenne très douce ❤️ arrivée aujourd'hui 2 jours "
                "seulement ❤️ hôtel 24/7 ❤️ pas pressé ❤️ 100 qv 160 demi-heure ❤️ texto "
                f"seulement ❤️ {fmt(line, 'pieces')}"
            )
        o.ad(EXPR, when, title=title, body=body, city=city, phone=line, age=22)

    # t05: a careful controller: four "independent" women on one phone, clean texts
    o = m.op(
        "b6-t05",
        "third_party",
        "clean texts; four women claim independence on one phone (network signal only)",
    )
    line = ph("613", 74)
    profiles = [
        (
            "Lexi",
            23,
            "Hi, I'm Lexi, 23, a bubbly blonde who loves to laugh. I host in a quiet "
            "downtown condo. GFE, relaxed, never rushed.",
        ),
        (
            "Bianca",
            26,
            "Bianca, 26. Curvy brunette, great listener, discreet. Incall "
            "Centretown, outcall to hotels.",
        ),
        (
            "Hailey",
            22,
            "Hey there, Hailey here (22), sporty and playful, independent and "
            "discreet. Come relax with me.",
        ),
        ("Noor", 25, "Noor, 25, Middle-Eastern beauty, soft spoken, very discreet. Independent."),
    ]
    for k in range(9):
        name, age, text = profiles[k % 4]
        o.ad(
            VERI,
            4 + k * 4.5 + 0.6,
            title=f"{name} — {pick(['Ottawa', 'Gatineau', 'Ottawa'], k)}",
            body=f"{text}\n220 hh / 300 h. Text {fmt(line, 'dash')}.",
            city=pick(["Ottawa", "Gatineau", "Ottawa"], k),
            phone=line,
            age=age,
        )

    # t06: a careful controller: one template, many names, a new phone each ad, one handle
    o = m.op(
        "b6-t06",
        "third_party",
        "clean template for many names on a Toronto-Montréal circuit, a new phone per ad, "
        "one Telegram handle",
    )
    circuit = [
        (5, "Sofia", 23, "Brazilian", "Toronto", "416"),
        (7, "Daria", 24, "Ukrainian", "Toronto", "647"),
        (9, "Sofia", 23, "Brazilian", "Kingston", "343"),
        (12, "Elena", 22, "Romanian", "Ottawa", "613"),
        (14, "Daria", 24, "Ukrainian", "Ottawa", "613"),
        (17, "Elena", 22, "Romanian", "Montreal", "514"),
        (19, "Sofia", 23, "Brazilian", "Montreal", "438"),
        (23, "Mila", 21, "Moldovan", "Toronto", "437"),
        (26, "Daria", 24, "Ukrainian", "Kingston", "343"),
        (30, "Mila", 21, "Moldovan", "Montreal", "514"),
    ]
    for k, (day, name, age, origin, city, npa) in enumerate(circuit):
        phone = ph(npa, 75 + k)  # a burner per ad: never the same number twice
        o.ad(
            VERI if k % 2 else EXPR,
            day + 0.7,
            title=f"{name} {age} — {origin} — {city}",
            body=(
                f"Hi gentlemen 😊 I'm {name}, {age}, a sweet {origin} girl visiting {city} "
                "for a few days. Real photos 100%. Incall private apartment, clean & safe. "
                f"Text me: {fmt(phone, 'dash')} or Telegram @sunny_bookings"
            ),
            city=city,
            phone=phone,
            handle="telegram: sunny_bookings",
            age=age,
        )


def third_parties_b(m: Market) -> None:
    # t07: a minor, a new burner every two ads, "fresh new girl", age 19 then 18
    o = m.op(
        "b6-t07",
        "third_party",
        "minor: one girl, burner phone changed every two ads, 'fresh', age 19 then 18",
        minor=True,
    )
    burners = [ph("450", 86), ph("514", 86), ph("438", 86), ph("450", 87), ph("579", 86)]
    titles = ["🍒 NEW GIRL LILY 🍒 fresh & petite", "🍒 Lily 🍒 new new new", "🍒 LILY 18 🍒"]
    for k in range(9):
        phone = burners[k // 2]
        age = "19" if k < 4 else "18"
        o.ad(
            EXPR,
            12 + k * 3.5 + 0.9,
            title=pick(titles, k),
            body=(
                f"🍒 Lily {age} 🍒 fresh new girl, petite 5'0, very young looking 🍒 "
                "first week 🍒 Laval / Montréal incall 🍒 "
                + pick(["24h", "all night", "24/7"], k)
                + f" 🍒 new number ➡️ {fmt(phone, 'keycap' if k % 2 else 'pieces')}"
            ),
            city=pick(["Laval", "Montréal", "Laval"], k),
            phone=phone,
            age=age,
            minor=True,
        )

    # t08: several women on one line, low prices, no rush, limited English
    o = m.op(
        "b6-t08", "third_party", "several Asian women on one line, low prices, 24/7, 'no rush'"
    )
    line = ph("514", 88)
    rosters = [
        "Coco 20 & Mimi 22",
        "Mimi 22 & Lulu 21",
        "Lulu 21 & Kiki 19",
        "Coco 20 & Kiki 19",
        "Nana 21 & Mimi 22",
    ]
    for k in range(10):
        o.ad(
            EXPR if k % 2 else PROF,
            2 + k * 4.5 + 0.95,
            title=pick(["💕 NEW ASIAN GIRLS 💕 DOWNTOWN", "💕 2 girls choose 💕 24/7"], k),
            body=(
                f"💕 {rosters[k % 5]} 💕 new Asian girls very sweet 💕 "
                "incall downtown condo 24/7 💕 no rush 💕 80 qv 120 hh 💕 "
                "text only, no speak english good, thank you 💕 "
                f"{fmt(line, 'space')}"
            ),
            city="Montréal",
            phone=line,
            age=pick(["20", "22", "21", "20", "21"], k),
        )

    # t09: a circuit of several women on one phone; one of them is a minor
    o = m.op(
        "b6-t09",
        "third_party",
        "circuit Sherbrooke -> Trois-Rivières -> Québec -> Montréal, women rotate on one phone; "
        "'Britany' is a minor",
        minor=True,
    )
    line = ph("819", 89)
    plan = [
        (6, "Sherbrooke", "Roxy 24 et Kim 23", False),
        (8, "Trois-Rivières", "Roxy 24 et Kim 23", False),
        (10, "Québec", "Roxy 24 et Kim 23", False),
        (12, "Montréal", "Kim 23 et Britany 18", True),
        (20, "Sherbrooke", "Kim 23 et Britany 18", True),
        (22, "Trois-Rivières", "Britany 18", True),
        (24, "Québec", "Roxy 24 et Britany 18", True),
        (27, "Montréal", "Roxy 24 et Kim 23", False),
        (34, "Sherbrooke", "Jade 21 et Kim 23", False),
        (36, "Trois-Rivières", "Jade 21 et Kim 23", False),
        (38, "Québec", "Jade 21", False),
    ]
    for k, (day, city, who, minor) in enumerate(plan):
        extra = (
            " Britany c'est sa première tournée 🍭 toute jeune, petite et timide." if minor else ""
        )
        o.ad(
            EXPR,
            day + 0.8,
            title=f"🚗 EN TOURNÉE 🚗 {who} à {city}",
            body=(
                f"On est en tournée avec mes amies 🚗 {who} à {city} 2 jours seulement."
                f"{extra} Hôtel incall, de 11h à 4h du matin. 140 ½h. "
                f"Réservez au {fmt(line, 'slash')}"
            ),
            city=city,
            phone=line,
            age="18" if minor else pick(["24", "23", "21"], k),
            minor=minor,
        )

    # t10: recruitment ads and the recruits' ads on one phone
    o = m.op(
        "b6-t10",
        "third_party",
        "recruitment ('accommodation and transport provided') and the recruits' ads on one phone",
    )
    line = ph("613", 90)
    for k in range(3):
        o.ad(
            EXPR if k != 1 else W4M,
            3 + k * 12 + 0.6,
            title=pick(
                [
                    "💰💰 HIRING GIRLS 18+ 💰💰",
                    "hiring - ottawa/gatineau - girls",
                    "💰 ON ENGAGE FILLES 18+ 💰",
                ],
                k,
            ),
            body=pick(
                [
                    "💰 Make $3000+/week 💰 no experience needed 💰 we take care of "
                    "everything: accommodation & transport provided, photos & ads done for you. "
                    f"Ottawa / Gatineau / Toronto. Text {fmt(line, 'dash')}",
                    "looking for girls 18-25 to work with us. we provide place to stay, "
                    "rides, phone. fast money. text",
                    "💰 3000$+/semaine 💰 pas d'expérience 💰 logement et transport fournis, on "
                    f"s'occupe de tout. Texte {fmt(line, 'dash')}",
                ],
                k,
            ),
            city=pick(["Ottawa", "Ottawa", "Gatineau"], k),
            phone=line,
        )
    workers = [
        ("Kenzie", 20),
        ("Talia", 19),
        ("Kenzie", 20),
        ("Skye", 21),
        ("Talia", 19),
        ("Skye", 21),
    ]
    for k, (name, years) in enumerate(workers):
        o.ad(
            EXPR,
            7 + k * 5 + 0.9,
            title=f"🔥 {name} {years} 🔥 just arrived 🔥 {pick(['Ottawa', 'Gatineau'], k)}",
            body=(
                f"🔥 sexy new girl {name} {years} 🔥 just arrived 🔥 incall 24h 🔥 "
                f"all services 🔥 150 hh 🔥 {fmt(line, 'pieces')}"
            ),
            city=pick(["Ottawa", "Gatineau"], k),
            phone=line,
            age=years,
        )

    # t11: a "boyfriend" controller with a minor; his e-mail takes the deposits
    o = m.op(
        "b6-t11",
        "third_party",
        "minor: a 'boyfriend' controller, 'my girl', deposits to his e-mail, Toronto -> Kingston",
        minor=True,
    )
    mail = "jay.bookings416@mail.example"
    for k in range(8):
        city = "Toronto" if k < 5 else "Kingston"
        o.ad(
            W4M if k % 2 else EXPR,
            14 + k * 3 + 0.92,
            title=pick(
                [
                    "🧸 Destiny 18 🧸 baby girl",
                    "w4m 18 " + city.lower(),
                    "🧸 sweet Destiny, first time 🧸",
                ],
                k,
            ),
            body=pick(
                [
                    "my girl Destiny 🧸 18, sweet baby girl, first time doing this so be "
                    "gentle. she's shy, talk to me first. deposit by e-transfer to "
                    f"{mail} then I send the address.",
                    "baby face 🧸 new. hotel. deposit first. dont text her, text me.",
                    "Destiny 18 🧸 she just started, very young look, no experience. "
                    f"e-transfer deposit {mail}. {city} tonight.",
                ],
                k,
            ),
            city=city,
            phone=ph("416", 91) if k % 3 == 0 else None,
            email=mail,
            age="18",
            minor=True,
        )

    # t12: a school-leaver sold as 19; "she", school words
    o = m.op(
        "b6-t12",
        "third_party",
        "minor: sold as 19, 'finissante', school emoji, written by someone else ('she')",
        minor=True,
    )
    for k in range(7):
        o.ad(
            W4M if k % 2 else EXPR,
            25 + k * 2.5 + 0.9,
            title=pick(
                ["🎒 Schoolgirl fresh 🎒 Ottawa", "w4m 19 ottawa south", "🎒🍒 Alexa 19 🍒🎒"],
                k,
            ),
            body=pick(
                [
                    "🎒 Alexa 19 🎒 just finished school, finissante 🍒 fresh and innocent, "
                    "she's new and very tight schedule, text fast 🍒 "
                    f"{fmt(ph('343', 92), 'keycap')}",
                    "young fresh grad 🎒 19. she does outcall only, driver brings her. text",
                    "🍒 Alexa 🍒 petite, uniform available 🎒 hotel only. no cops. "
                    f"{fmt(ph('343', 92), 'pieces')}",
                ],
                k,
            ),
            city="Ottawa",
            phone=ph("343", 92),
            age="19",
            minor=True,
        )


# =========================================================================== venues


def venues(m: Market) -> None:
    # v01: "new girls every week", Asian parlour, structured directory fields
    o = m.op(
        "b6-v01", "exploitative_venue", "Montréal parlour, 'new girls every week', cheap, cash"
    )
    for k in range(9):
        o.ad(
            SPA,
            1 + k * 5 + 0.38,
            title=pick(["Spa Orchidée Dorée", "Spa Orchidée Dorée — nouvelles filles"], k),
            body=(
                "Établissement : Spa Orchidée Dorée\n"
                "Heures : 10h à 2h, 7 jours\n"
                "Personnel : 5 à 7 jeunes asiatiques — NOUVELLES FILLES CHAQUE SEMAINE\n"
                "Intersection : Décarie / Jean-Talon\n"
                f"Tarifs : 30 min {pick(['60', '60', '50'], k)} $ · 60 min 90 $ + pourboire\n"
                "Stationnement : arrière, entrée discrète\n"
                "Paiement : comptant seulement\n"
                f"Tél : {fmt(ph('514', 93), 'dash')}"
            ),
            city="Montréal",
            phone=ph("514", 93),
        )

    # v02: staff live on site, open all night; a hiring ad offers housing
    o = m.op("b6-v02", "exploitative_venue", "Laval, staff live on site, 24 h, hiring with housing")
    line = ph("450", 93)
    for k in range(7):
        o.ad(
            SPA,
            3 + k * 6 + 0.5,
            title="Centre de massage Étoile — 24 h",
            body=(
                "Établissement : Centre de massage Étoile\n"
                "Heures : 24 h sur 24, 7 jours\n"
                "Personnel : 4 masseuses asiatiques qui habitent sur place, toujours "
                "disponibles, même à 4 h du matin\n"
                "Intersection : boul. Curé-Labelle / boul. Saint-Martin\n"
                "Tarifs : 30 min 50 $ · 60 min 80 $\n"
                "Paiement : comptant\n"
                f"Tél : {fmt(line, 'dash')}"
            ),
            city="Laval",
            phone=line,
        )
    o.ad(
        EXPR,
        20.6,
        title="On embauche masseuses — Laval",
        body=(
            "On embauche masseuses, pas d'expérience requise, pas besoin de parler français ou "
            "anglais. Logement fourni sur place, nourriture incluse. Argent rapide. "
            f"{fmt(line, 'dash')}"
        ),
        city="Laval",
        phone=line,
    )

    # v03: Gatineau spa with rotating names, very low prices
    o = m.op(
        "b6-v03", "exploitative_venue", "Gatineau spa, rotating first names, $40, table shower"
    )
    rosters = [
        "Lily, Coco, Nana (nouvelle!)",
        "Coco, Nana, Mimi (nouvelle!)",
        "Nana, Mimi, Yuki (nouvelle!)",
        "Mimi, Yuki, Lily (nouvelle!)",
    ]
    for k in range(8):
        o.ad(
            SPA if k % 2 == 0 else EXPR,
            2 + k * 5.5 + 0.45,
            title="Spa Bambou — Gatineau",
            body=(
                "Établissement : Spa Bambou\n"
                "Heures : 9h30 à 1h, tous les jours\n"
                f"Personnel aujourd'hui : {rosters[k % 4]}\n"
                "Intersection : boul. Maloney / rue Main\n"
                "Tarifs : 30 min 40 $ · 60 min 70 $ · douche sur table\n"
                "Sans rendez-vous, entrée par l'arrière\n"
                f"Tél : {fmt(ph('819', 93), 'dash')}"
            ),
            city="Gatineau",
            phone=ph("819", 93),
        )

    # v04: Ottawa parlour, young new staff every week, in English
    o = m.op("b6-v04", "exploitative_venue", "Ottawa parlour, 'young new staff weekly', late hours")
    for k in range(8):
        o.ad(
            SPA,
            4 + k * 5 + 0.4,
            title=pick(["Oriental Relax — Ottawa", "Oriental Relax — NEW STAFF"], k),
            body=(
                "Business: Oriental Relax\n"
                "Hours: 9 am - 2 am, 7 days\n"
                "Staff: 4-6 young Asian girls, NEW GIRLS EVERY WEEK\n"
                "Corner: Bank St / Heron Rd\n"
                "Rates: 30 min $50 · 60 min $80 + tips\n"
                "Parking: rear entrance\n"
                f"Phone: {fmt(ph('613', 93), 'dash')}"
            ),
            city="Ottawa",
            phone=ph("613", 93),
        )

    # v05: Longueuil salon: new girls weekly, walk-in, cash, Eastern Europeans
    o = m.op("b6-v05", "exploitative_venue", "Longueuil salon, new girls weekly, walk-in, cash")
    for k in range(7):
        o.ad(
            EXPR,
            6 + k * 5.5 + 0.62,
            title=pick(["🌹 Salon Rose-Marie 🌹 nouvelles filles", "🌹 Salon Rose-Marie 🌹"], k),
            body=(
                "🌹 Nouvelles filles chaque semaine 🌹 filles de l'Europe de l'Est, jeunes et "
                "belles 🌹 pas de rendez-vous, entrez directement 🌹 ouvert 10h-3h 🌹 "
                "60 $ la demi-heure 🌹 comptant seulement 🌹 Chemin de Chambly, Longueuil 🌹 "
                f"{fmt(ph('450', 94), 'space')}"
            ),
            city="Longueuil",
            phone=ph("450", 94),
        )


# =========================================================================== output


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The market's ads (sorted by time, as a crawl exports them) and its truth."""
    m = Market()
    for part in (
        independents_a,
        independents_b,
        duos,
        agencies,
        third_parties_a,
        third_parties_b,
        venues,
    ):
        part(m)
    _check_phones(m)
    ads = sorted(m.ads, key=lambda a: (_instant(a["posted_at"]), a["source"], a["ad_id"]))
    # JSON round trip, so that the result compares equal to the file read back
    return json.loads(json.dumps(ads)), json.loads(json.dumps(m.truth()))


def _instant(posted_at: str) -> datetime:
    """A site's time stamp as an aware instant (local time when it has no offset)."""
    when = datetime.fromisoformat(posted_at)
    return when if when.tzinfo else when.replace(tzinfo=START.tzinfo)


def _check_phones(m: Market) -> None:
    """No phone is shared by two operators: the network signals are the ones written above."""
    owner: dict[str, str] = {}
    ops = {k: o.operator_id for o in m.operators for k in o.keys}
    for ad in m.ads:
        phone = ad.get("contact", {}).get("phone")
        if phone:
            op = ops[(ad["source"], ad["ad_id"])]
            assert owner.setdefault(phone, op) == op, (phone, owner[phone], op)


def main() -> None:
    ads, truth = build()
    for name, rows in (("ads.jsonl", ads), ("truth.jsonl", truth)):
        with (HERE / name).open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for t in truth:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(
        f"{len(ads)} ads, {len(truth)} operators {kinds}, minors {sum(t['minor'] for t in truth)}"
    )


if __name__ == "__main__":
    main()
