"""Build the fourth blind hand-written market (``ads.jsonl``, ``truth.jsonl``).

    python tests/score/data/blind4/build_blind4.py

Written in session 7 by an engineer who had read neither the indicators, the scoring, the
linking, the simulator nor the other hand-written markets. Every text is a literal below; the
reposts over eight weeks (2026-08-31 to 2026-10-25) are small, realistic edits of those
literals (a line added, a price changed, an emoji swapped, a new number), never random text.

Six invented sites, each with its own conventions:

- ``carnet-rose``: Québec French classifieds; the form asks an age (forced to 18 or more);
  the city is the site's list (``Montréal``, ``Laval``, ``Rive-Sud``, ``Québec``...).
- ``nightowl``: English, Ottawa / Gatineau / Toronto; bodies are HTML (``<br>``, ``&amp;``);
  the city carries a district (``Ottawa - Vanier``); a handle field.
- ``velours``: a Montréal board whose ads are often near empty; the details live in the
  contact fields; time stamps without a zone.
- ``bienetre``: a massage directory; the title is the business or work name; a ``url``.
- ``quickpost``: one-line ads, often a title only, numeric ids.
- ``vitrine514``: franglais Montréal / Laval / Longueuil board with a free-text age field.

Phones are synthetic (NPA-555-01XX), names invented; no real person, venue, site or phone.
The truth schema is that of ``unseen/holdout/truth.jsonl``: operator_id, kind, minor, ads,
minor_ads, note. Kinds: independent, duo, agency, third_party, exploitative_venue.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
START = datetime(2026, 8, 31)  # a Monday; the market runs eight weeks

Value = Any  # a field value, or a list of them cycled over a run of posts


@dataclass(frozen=True)
class Post:
    """One advertisement as its author wrote it, before the site's formatting."""

    site: str
    day: int
    minute: int  # minutes after midnight, local time
    city: str | None
    title: str
    body: str
    phone: str | None = None
    email: str | None = None
    handle: str | None = None
    age: int | str | None = None
    minor: bool = False


@dataclass
class Operator:
    operator_id: str
    kind: str
    note: str
    posts: list[Post] = field(default_factory=list)

    @property
    def minor(self) -> bool:
        return any(p.minor for p in self.posts)


# ---------------------------------------------------------------------------------------------
# how people write their numbers


def dashed(p: str) -> str:
    return p


def dotted(p: str) -> str:
    return p.replace("-", ".")


def spaced(p: str) -> str:
    return " ".join(p.replace("-", ""))


def parens(p: str) -> str:
    a, b, c = p.split("-")
    return f"({a}) {b}-{c}"


def bare(p: str) -> str:
    return p.replace("-", "")


_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_KEYCAP = "\ufe0f\u20e3"


def words_fr(p: str) -> str:
    return " ".join(_FR[int(d)] for d in p.replace("-", ""))


def words_en(p: str) -> str:
    return "-".join(_EN[int(d)] for d in p.replace("-", ""))


def keycaps(p: str) -> str:
    return "".join(d + _KEYCAP if d.isdigit() else " " for d in p)


def half_words(p: str) -> str:
    a, b, c = p.split("-")
    return f"{a} {' '.join(_EN[int(d)] for d in b)} {c}"


def o_for_zero(p: str) -> str:
    return p.replace("0", "O").replace("-", " ")


def starred(p: str) -> str:
    return p.replace("-", "*")


# ---------------------------------------------------------------------------------------------
# runs of reposts


def _pick(v: Value, i: int) -> Any:
    if isinstance(v, list):
        return v[i % len(v)]
    return v


def run(
    site: str,
    days: Sequence[int],
    variants: Sequence[tuple[str, str]],
    *,
    city: Value = None,
    phone: Value = None,
    email: Value = None,
    handle: Value = None,
    age: Value = None,
    tel: Callable[[str], str] = dashed,
    tail: Sequence[str] = ("",),
    minute: Value = None,
    minor: bool = False,
    contact_phone: bool = True,
) -> list[Post]:
    """Posts on ``days``, cycling the (title, body) ``variants`` and the ``tail`` lines.

    ``§`` in a text is the post's phone written with ``tel``. List-valued fields are cycled,
    so a list of phones is a rotation and a list of cities is a tour.
    """
    posts = []
    for i, day in enumerate(days):
        title, body = variants[i % len(variants)]
        ph = _pick(phone, i)
        extra = tail[i % len(tail)]
        body = body + extra if extra else body
        if ph is not None:
            title, body = title.replace("§", tel(ph)), body.replace("§", tel(ph))
        m = _pick(minute, i)
        posts.append(
            Post(
                site=site,
                day=day,
                # a spread of hours that differs by author (the title's length) and by post
                minute=m if m is not None else (540 + 97 * i + 13 * day + 31 * len(title)) % 1380,
                city=_pick(city, i),
                title=title,
                body=body,
                phone=ph if contact_phone else None,
                email=_pick(email, i),
                handle=_pick(handle, i),
                age=_pick(age, i),
                minor=minor,
            )
        )
    return posts


def weekly(first: int, n: int, step: int = 7) -> list[int]:
    return [first + step * k for k in range(n)]


def blocks(values: Sequence[Any], n: int) -> list[Any]:
    """Each value ``n`` times in turn (a phone kept for ``n`` posts, then the next)."""
    return [v for v in values for _ in range(n)]


# ---------------------------------------------------------------------------------------------
# independent workers (45)


def independents() -> list[Operator]:
    ops: list[Operator] = []

    def add(oid: str, note: str, *runs: list[Post]) -> None:
        ops.append(Operator(oid, "independent", note, [p for r in runs for p in r]))

    add(
        "b4-i01",
        "mature woman (52) in Laval, own condo, deposit rule, first person, one phone",
        run(
            "carnet-rose",
            [1, 8, 16, 23, 31, 38, 45],
            [
                (
                    "Femme mûre raffinée, 52 ans, Laval (Chomedey)",
                    "Bonjour messieurs. Je suis Hélène, 52 ans, femme mûre et assumée, "
                    "cheveux argentés, courbes naturelles. Je reçois chez moi, condo propre et "
                    "discret près du Carrefour. Pas de pressé, j'aime prendre mon temps et "
                    "jaser. Un dépôt de 40$ par virement est demandé pour un premier rendez-"
                    "vous (trop de lapins). 200$/h. Texto seulement : §",
                ),
                (
                    "Hélène 52 ans - douceur et expérience - Laval",
                    "Toujours moi, Hélène :) Femme mûre, vraie, pas de photos retouchées. "
                    "Je reçois en semaine de 11h à 19h, le soir sur demande. Dépôt requis pour "
                    "les nouveaux. Messieurs de 40 ans et plus bienvenus. §",
                ),
            ],
            city="Laval",
            phone="450-555-0101",
            age=52,
            tail=["", "\nDe retour après une semaine de congé.", "", "\nPrix inchangés."],
        ),
    )

    add(
        "b4-i02",
        "trans escort in the Village, bilingual, handle, own place, one phone",
        run(
            "vitrine514",
            [0, 4, 9, 15, 22, 29, 36, 44, 52],
            [
                (
                    "Trans goddess 🌈 Village - Beaudry",
                    "Hey loves, c'est Nova 🏳️‍⚧️ Trans woman, 29, pre-op, versatile, very "
                    "feminine. I host in my own apartment near Beaudry, super discret. First "
                    "timers welcome, on jase avant si t'es nerveux. Text me § or DM @nova.mtl",
                ),
                (
                    "NOVA 🌈 trans & fière - incall Village",
                    "Salut! Nova ici. Trans, 29 ans, 5'9, bilingue. Je reçois chez nous, "
                    "pas de rush, pas de jugement. No blocked numbers svp. § 💜",
                ),
                (
                    "Nova - TS - outcall hôtels centre-ville ce weekend",
                    "Outcall downtown hotels only this weekend, incall back Monday. Same "
                    "number as always § xx",
                ),
            ],
            city=["Montréal", "Village", "Montréal"],
            phone="514-555-0102",
            handle="@nova.mtl",
            age="29",
            tel=dotted,
        ),
    )

    add(
        "b4-i03",
        "massage therapist with a small clinic who also offers a sensual massage; email and "
        "phone; one person",
        run(
            "bienetre",
            [2, 12, 23, 33, 44],
            [
                (
                    "Clinique Sève — massothérapie & massage sensuel (Rosemont)",
                    "Massothérapeute depuis 11 ans, je tiens une petite clinique à Rosemont "
                    "(deux salles, une seule massothérapeute : moi). Suédois, deep tissue, et "
                    "pour ceux qui le demandent, un massage sensuel tantrique, nu, sans "
                    "extras. Reçus pour assurances sur les soins thérapeutiques seulement. "
                    "Sur rendez-vous : § ou clinique.seve@example.org",
                ),
                (
                    "Clinique Sève - massage tantrique sur rendez-vous",
                    "Séances de 60 ou 90 minutes. Je travaille seule, alors je réponds entre "
                    "deux clients. Tantrique 90 min 180$. Aucune relation complète, merci de "
                    "respecter. § / clinique.seve@example.org",
                ),
            ],
            city="Montréal - Rosemont",
            phone="514-555-0103",
            email="clinique.seve@example.org",
            tail=["", "", "\nFermé le dimanche."],
        ),
    )

    add(
        "b4-i04",
        "changed her phone after harassment and says so; old and new numbers never on one ad "
        "except the notice",
        run(
            "carnet-rose",
            [0, 5, 11, 17],
            [
                (
                    "Maude - GFE douce - Plateau",
                    "Maude, 31 ans, brune naturelle. Incall Plateau, outcall hôtels "
                    "centre-ville. J'aime les gentlemen polis. Texte-moi : §",
                ),
                (
                    "Maude 31 - dispo cette semaine",
                    "Je suis là lundi au jeudi, 13h à 22h. Texte avec ton nom et l'heure "
                    "voulue, merci. §",
                ),
            ],
            city="Montréal",
            phone="438-555-0104",
            age=31,
        )
        + run(
            "carnet-rose",
            [24],
            [
                (
                    "Maude - NOUVEAU NUMÉRO",
                    "Petite note : j'ai dû changer de numéro à cause d'un harceleur. L'ancien "
                    "(438-555-0104) ne répond plus. Nouveau : § Merci aux habitués de "
                    "mettre à jour. Même fille, mêmes règles.",
                )
            ],
            city="Montréal",
            phone="438-555-0144",
            age=31,
        )
        + run(
            "carnet-rose",
            [27, 33, 40, 46, 53],
            [
                (
                    "Maude - GFE douce - Plateau",
                    "Maude, 31 ans, brune naturelle. Incall Plateau, outcall hôtels "
                    "centre-ville. Nouveau numéro depuis septembre. Texte-moi : §",
                ),
                (
                    "Maude 31 - dispo",
                    "Lundi au jeudi, 13h à 22h. Texte avec ton nom et l'heure voulue. "
                    "Les numéros masqués sont bloqués. §",
                ),
            ],
            city="Montréal",
            phone="438-555-0144",
            age=31,
        ),
    )

    add(
        "b4-i05",
        "touring independent: Montréal base, then Québec, Gatineau, Ottawa, Toronto; "
        "'new in town' in each city; one phone; first person",
        run(
            "carnet-rose",
            [1, 6],
            [
                (
                    "Romy ✈️ de retour à Montréal",
                    "Coucou! Romy, 27 ans, blonde, sportive. Basée à Montréal, je fais une "
                    "tournée en septembre (Québec, Gatineau, Ottawa, Toronto). Réservez à "
                    "l'avance. §",
                )
            ],
            city="Montréal",
            phone="514-555-0105",
            age=27,
        )
        + run(
            "carnet-rose",
            [10, 12],
            [
                (
                    "Romy - nouvelle en ville 3 jours seulement - Québec",
                    "De passage à Québec du 10 au 13 septembre! Incall hôtel Sainte-Foy. "
                    "Romy, 27 ans. Mes habitués de Montréal savent que je suis fiable. §",
                )
            ],
            city="Québec",
            phone="514-555-0105",
            age=27,
        )
        + run(
            "nightowl",
            [15, 17, 19, 22, 24],
            [
                (
                    "Romy - new in town - Gatineau/Ottawa this week only",
                    "Hi gentlemen! Touring from Montreal, in Ottawa Sept 14-20 (Byward "
                    "hotel). 27, blonde, fit. Bilingual. Texts only § - Romy",
                ),
                (
                    "Romy visiting Toronto 🍁 Sept 21-25",
                    "Touring Montreal girl visiting Toronto for 5 days. Downtown incall "
                    "near Union. Pre-book please, same number § xo",
                ),
            ],
            city=["Gatineau", "Ottawa - Byward Market", "Ottawa", "Toronto", "Toronto - Downtown"],
            phone="514-555-0105",
        )
        + run(
            "carnet-rose",
            [29, 36, 43, 50],
            [
                (
                    "Romy - de retour à Montréal après ma tournée",
                    "Merci Québec, Ottawa et Toronto! Je suis de retour à la maison. Incall "
                    "Griffintown. §",
                )
            ],
            city="Montréal",
            phone="514-555-0105",
            age=27,
            tail=["", "\nProchaine tournée en novembre."],
        ),
    )

    add(
        "b4-i06",
        "19-year-old university student, says her age and 'étudiante', petite, screening",
        run(
            "vitrine514",
            [3, 10, 17, 24, 38, 45],
            [
                (
                    "Étudiante 19 ans, petite & timide 🌸",
                    "Allo, je m'appelle Clara, j'ai 19 ans (oui vraiment, je peux montrer "
                    "mes cartes) et j'étudie à l'université. Petite (5'1), timide au début. "
                    "Je fais ça moi-même pour payer mes études, personne d'autre. Je "
                    "demande ton prénom et un numéro non masqué. Seulement en semaine. §",
                ),
                (
                    "Clara 19 - étudiante - Côte-des-Neiges",
                    "Disponible entre mes cours. Incall Côte-des-Neiges, outcall non. "
                    "Pas de photos envoyées par texto. §",
                ),
            ],
            city="Montréal",
            phone="438-555-0106",
            age="19",
            tel=spaced,
            tail=["", "\nSession d'examens : moins dispo."],
        ),
    )

    add(
        "b4-i07",
        "20-year-old Korean-Canadian in Toronto, lists ethnicity and 'petite', independent",
        run(
            "nightowl",
            [2, 7, 13, 20, 27, 35, 49],
            [
                (
                    "Petite Korean-Canadian 20 ✨ independent ✨ Yorkville",
                    "Hi I'm Jiwoo 🌙 20, petite (5'0, 95 lbs), born & raised in Toronto. "
                    "Independent - I set my own hours & my own rules. Incall Yorkville "
                    "condo. Screening: first name + LinkedIn or ref. Deposit for outcalls. "
                    "Text §",
                ),
                (
                    "Jiwoo 🌙 independent - evenings",
                    "Evenings this week. Still 20, still petite lol. Same rules, same number §",
                ),
            ],
            city=["Toronto - Yorkville", "Toronto"],
            phone="647-555-0107",
            handle="jiwoo.after.dark",
            tel=dotted,
        ),
    )

    add(
        "b4-i08",
        "writes about herself in the third person for style, Gatineau/Ottawa, email and phone",
        run(
            "nightowl",
            [4, 11, 18, 25, 32, 39, 46],
            [
                (
                    "Mélodie - a refined companion (Hull)",
                    "Mélodie is a refined, cultured woman in her thirties. She receives in "
                    "a quiet suite in Hull, five minutes from Parliament. She enjoys wine, "
                    "conversation and unhurried encounters. She is bilingual. To reach her: "
                    "melodie.hull@example.org or §",
                ),
                (
                    "Mélodie - Hull / Ottawa",
                    "Mélodie reçoit à Hull et se déplace à Ottawa. Elle demande un courriel "
                    "de présentation. melodie.hull@example.org",
                ),
            ],
            city=["Gatineau - Hull", "Gatineau"],
            phone="819-555-0108",
            email="melodie.hull@example.org",
        ),
    )

    add(
        "b4-i09",
        "two phones (one for texts, one for calls) on every ad, one woman",
        run(
            "carnet-rose",
            [1, 9, 15, 22, 30, 37],
            [
                (
                    "Jade 💎 Centre-Sud",
                    "Jade, 34 ans, métisse, 5'6. Je reçois Centre-Sud. Textos : § / "
                    "appels : 514-555-0109 (je réponds seulement aux appels le soir).",
                ),
                (
                    "Jade - 2 numéros",
                    "Rappel : § pour les textos, 514-555-0109 pour appeler. Je ne suis "
                    "pas une agence, c'est juste que mon vieux cell ne reçoit plus les "
                    "textos lol.",
                ),
            ],
            city="Montréal",
            phone="438-555-0109",
            age=34,
        ),
    )

    add(
        "b4-i10",
        "posts a lot (bumps almost daily), short ads, one phone",
        run(
            "quickpost",
            [0, 1, 2, 4, 5, 7, 8, 9, 11, 14, 15, 16, 18, 21, 22],
            [
                ("Sasha dispo NOW Verdun 💋 §", ""),
                ("Sasha - Verdun incall - dispo ce soir", "§"),
                ("SASHA 😘 encore là", "Verdun. Texto § merci"),
            ],
            city="Montréal",
            phone="514-555-0110",
            tel=bare,
        ),
    )

    add(
        "b4-i11",
        "ads with almost no text: a name and an emoji; the number only in the contact field",
        run(
            "velours",
            [3, 8, 14, 19, 26, 33, 40, 47],
            [("Kim 💋", "."), ("kim", ""), ("Kim ✨", "dispo")],
            city="MTL",
            phone="438-555-0111",
        ),
    )

    add(
        "b4-i12",
        "no phone at all: contact by e-mail and a handle, details in the fields",
        run(
            "velours",
            [5, 12, 20, 34, 48],
            [
                (
                    "Isadora",
                    "Écris-moi. Je réponds le soir. Pas de numéro ici, désolée.",
                ),
                ("Isadora - reçoit Mile End", "Courriel dans le profil."),
            ],
            city="mtl-centre",
            email="isadora.mileend@example.net",
            handle="isadora_mtl",
        ),
    )

    add(
        "b4-i13",
        "writes her number in French words, Montréal-Est, first person",
        run(
            "carnet-rose",
            [2, 9, 19, 30, 41],
            [
                (
                    "Nathalie 38 ans - Montréal-Est - vraie femme",
                    "Bonjour, Nathalie, 38 ans, ronde et souriante. Je reçois à "
                    "Pointe-aux-Trembles. Mon numéro est écrit en lettres, exprès : §",
                ),
                (
                    "Nathalie - PAT - semaine",
                    "Encore moi. Semaine seulement, pas le weekend (mes enfants). §",
                ),
            ],
            city="Montréal",
            phone="514-555-0113",
            age=38,
            tel=words_fr,
            contact_phone=False,
        ),
    )

    add(
        "b4-i14",
        "number in keycap emoji digits, Longueuil, franglais",
        run(
            "vitrine514",
            [6, 13, 20, 28, 35, 42],
            [
                (
                    "Léa 🍑 Longueuil métro",
                    "Hey c'est Léa! 26 ans, brunette, tattoos. Incall près du métro "
                    "Longueuil, outcall Rive-Sud only. Texte-moi ➡️ §",
                ),
                (
                    "Léa - Rive-Sud - tattoos & good vibes",
                    "Dispo today 2pm-10pm. Pas de deals sur les prix svp. §",
                ),
            ],
            city=["Longueuil", "Rive-Sud"],
            phone="450-555-0114",
            age="26",
            tel=keycaps,
        ),
    )

    add(
        "b4-i15",
        "Latina in Laval listing her origin, 'nouvelle' on the site, first person",
        run(
            "carnet-rose",
            [4, 11, 25, 32, 46],
            [
                (
                    "Latina colombienne 🇨🇴 nouvelle sur le site - Laval",
                    "Hola! Valentina, 30 ans, colombienne, au Québec depuis 6 ans. Je suis "
                    "nouvelle sur ce site mais pas nouvelle dans la vie haha. Je reçois à "
                    "Laval-des-Rapides. Español, français, un peu d'English. §",
                ),
                (
                    "Valentina latina - Laval",
                    "Disponible mardi au samedi. Je suis seule, mon appartement, mes règles. §",
                ),
            ],
            city="Laval",
            phone="450-555-0115",
            age=30,
            tel=parens,
        ),
    )

    add(
        "b4-i16",
        "BBW in the east end, franglais, long rules list, one phone",
        run(
            "vitrine514",
            [1, 7, 14, 21, 28, 42],
            [
                (
                    "BBW gourmande 🍒 Hochelag",
                    "Salut les boys! Roxane, 35, BBW (size 20) et fière. Incall Hochelaga, "
                    "near Joliette metro.\nRÈGLES:\n- texte avant d'appeler\n- hygiène "
                    "obligatoire\n- pas de négo\n- si tu es en retard de 15 min, c'est "
                    "annulé\n§",
                ),
                (
                    "Roxane BBW - Hochelaga",
                    "Dispo cette semaine, mêmes règles que d'hab. Write me § 🍒",
                ),
            ],
            city="Montréal",
            phone="514-555-0116",
            age="35",
        ),
    )

    add(
        "b4-i17",
        "Black woman in Ottawa, outcall only, strict screening with ID and references",
        run(
            "nightowl",
            [3, 10, 24, 31, 45],
            [
                (
                    "Ebony goddess - outcall Ottawa only",
                    "Zuri, 33, ebony, curvy, classy. OUTCALL ONLY (hotels & residences in "
                    "Ottawa, Kanata, Orleans). Screening required: full name, employer "
                    "or two provider references. No exceptions. §",
                ),
                (
                    "Zuri - Ottawa outcall",
                    "Booking for this week. Screening as usual. Texts only §",
                ),
            ],
            city="Ottawa",
            phone="613-555-0117",
            tel=dotted,
        ),
    )

    add(
        "b4-i18",
        "upscale companion, Toronto-based, flies to Montréal monthly; long ads, deposit, "
        "website e-mail",
        run(
            "nightowl",
            [6, 20, 34, 48],
            [
                (
                    "Genevieve — elite companion, Toronto & Montreal",
                    "Genevieve here. I am a 36-year-old companion based in Toronto, with "
                    "monthly visits to Montreal. Educated, well travelled, fluent in "
                    "French and English. I prefer longer dates: dinner dates from 3 hours, "
                    "overnights, FMTY. A 20% deposit secures your date. Please introduce "
                    "yourself by e-mail at genevieve.companion@example.com with the date, "
                    "duration and your screening details. I reply within a day. Texts for "
                    "confirmed clients only: §",
                ),
            ],
            city=["Toronto", "Montréal", "Toronto - Downtown", "Montréal"],
            phone="416-555-0118",
            email="genevieve.companion@example.com",
            tail=["", "\nMontreal visit: Sept 17-19.", "", "\nMontreal visit: Oct 15-17."],
        ),
    )

    add(
        "b4-i19",
        "just turned 18 and says so, offers ID at the door, first person, one phone",
        run(
            "carnet-rose",
            [8, 15, 29, 43],
            [
                (
                    "Mégane 18 ans (vraie majeure, ID à la porte)",
                    "Salut, Mégane, j'ai eu 18 ans en août. Je sais que des gens vont "
                    "s'inquiéter alors je montre mes cartes à la porte, c'est correct. "
                    "Je suis seule, personne me gère. Repentigny, incall. §",
                ),
            ],
            city=["Rive-Nord", "Repentigny"],
            phone="438-555-0119",
            age=18,
            tail=["", "\nToujours moi!", "", "\nDispo le soir."],
        ),
    )

    add(
        "b4-i20",
        "woman in her forties on the South Shore (Brossard), French, MILF wording",
        run(
            "carnet-rose",
            [0, 7, 14, 21, 35, 49],
            [
                (
                    "MILF 44 ans Brossard - Quartier DIX30",
                    "Manon, 44 ans, maman cougar pétillante. Je reçois à Brossard, "
                    "stationnement gratuit. Jours de semaine de 10h à 16h. §",
                ),
                (
                    "Manon cougar 44 - Brossard",
                    "Encore dispo cette semaine. Messieurs respectueux seulement. §",
                ),
            ],
            city=["Rive-Sud", "Brossard"],
            phone="450-555-0120",
            age=44,
            tel=dotted,
        ),
    )

    add(
        "b4-i21",
        "bisexual independent who sees couples, Montréal, handle and phone",
        run(
            "vitrine514",
            [5, 18, 26, 39, 51],
            [
                (
                    "Bi & curieuse 💜 couples bienvenus",
                    "Camille, 28, bi. J'adore les couples, surtout les premières fois. Je "
                    "reçois Saint-Henri. On prend un verre, on jase, on voit. IG @camille."
                    "bi (pas de photos osées là). §",
                ),
            ],
            city="Montréal",
            phone="514-555-0121",
            handle="@camille.bi",
            age=28,
            tail=["", "\nDispo ce weekend.", "\nHommes seuls aussi."],
        ),
    )

    add(
        "b4-i22",
        "professional woman in Québec City, discreet, daytime only",
        run(
            "carnet-rose",
            [3, 17, 31, 45, 52],
            [
                (
                    "Discrétion absolue - Québec (Sainte-Foy)",
                    "Femme professionnelle de 39 ans, je rencontre quelques messieurs "
                    "discrets le midi seulement. Sainte-Foy. Je ne réponds pas aux "
                    "messages vulgaires. §",
                ),
            ],
            city="Québec",
            phone="418-555-0122",
            age=39,
            tel=spaced,
        ),
    )

    add(
        "b4-i23",
        "works two incall places herself (Laval and the Plateau) on set days",
        run(
            "carnet-rose",
            [1, 4, 8, 11, 22, 25, 36],
            [
                (
                    "Audrey - lundi/mardi Laval, jeudi/vendredi Plateau",
                    "Audrey, 29 ans. Je loue deux places : Laval (Vimont) en début de "
                    "semaine et le Plateau en fin de semaine. Même fille, même numéro. §",
                ),
                (
                    "Audrey ce soir au Plateau",
                    "Plateau ce soir. Texte moi §",
                ),
            ],
            city=["Laval", "Montréal"],
            phone="450-555-0123",
            age=29,
        ),
    )

    add(
        "b4-i24",
        "body-rub masseuse working alone from home in Gatineau, 'finition' offered",
        run(
            "bienetre",
            [2, 9, 16, 30, 37, 51],
            [
                (
                    "Massage détente à domicile - Gatineau (Aylmer)",
                    "Josée, massothérapeute non agréée, je masse chez moi à Aylmer. "
                    "Massage à l'huile chaude, détente complète, finition manuelle "
                    "incluse. 100$ / 45 min. Sur rendez-vous seulement. §",
                ),
                (
                    "Josée - massage Aylmer",
                    "Places libres jeudi et vendredi. §",
                ),
            ],
            city="Gatineau",
            phone="819-555-0124",
        ),
    )

    add(
        "b4-i25",
        "independent with a separate booking e-mail and 'text only'; never an assistant",
        run(
            "velours",
            [4, 11, 25, 39, 53],
            [
                (
                    "Bianca - Outremont",
                    "Texte seulement. Réservations par courriel si tu préfères.",
                ),
                (
                    "Bianca",
                    "Je réponds moi-même, il n'y a pas de secrétaire :)",
                ),
            ],
            city="MTL",
            phone="438-555-0125",
            email="bianca.booking@example.net",
        ),
    )

    add(
        "b4-i26",
        "English-writing worker on the Plateau, short ads, one phone",
        run(
            "vitrine514",
            [2, 6, 12, 19, 33, 47],
            [
                ("Plateau cutie - incall", "Anna, 25. Chill, fun, tattooed. Text § thx"),
                ("Anna - Mont-Royal metro", "Around tonight. § 🖤"),
            ],
            city=["Plateau", "Montréal"],
            phone="514-555-0126",
            age="25",
            tel=half_words,
        ),
    )

    add(
        "b4-i27",
        "Japanese-Brazilian woman in Montréal, lists mixed origin, independent",
        run(
            "carnet-rose",
            [5, 19, 33, 47, 54],
            [
                (
                    "Japonaise-brésilienne 🇯🇵🇧🇷 centre-ville",
                    "Oi! Akemi, 32 ans, moitié japonaise moitié brésilienne, à Montréal "
                    "depuis 10 ans. Condo centre-ville, vue sur la montagne. Je parle "
                    "portugais, français et anglais. §",
                ),
            ],
            city="Montréal",
            phone="438-555-0127",
            age=32,
            tail=["", "\nNouvelles photos (c'est moi).", "", "\nVacances du 20 au 27."],
        ),
    )

    add(
        "b4-i28",
        "works both sides of the river (Gatineau and Ottawa) with one 819 phone",
        run(
            "nightowl",
            [1, 5, 12, 18, 26, 34, 41],
            [
                (
                    "Chloé - Gatineau incall / Ottawa outcall",
                    "Bilingual Chloé, 30. Incall Gatineau (Plateau area), outcall "
                    "downtown Ottawa hotels. Text § - réponse rapide.",
                ),
                (
                    "Chloé 30 - Hull & Ottawa",
                    "Disponible ce soir des deux côtés de la rivière. §",
                ),
            ],
            city=["Gatineau", "Ottawa - Centretown"],
            phone="819-555-0128",
        ),
    )

    add(
        "b4-i29",
        "local woman who writes 'new in town' every week to catch clicks",
        run(
            "vitrine514",
            [0, 7, 14, 21, 28, 35, 42, 49],
            [
                (
                    "NEW IN TOWN 🔥 Zoé",
                    "Nouvelle en ville!! (lol pas vraiment, mais ça marche) Zoé, 24, Rosemont. §",
                ),
                ("Nouvelle 🔥 Zoé 24", "Rosemont incall. Texte §"),
            ],
            city="Montréal",
            phone="438-555-0129",
            age="24",
        ),
    )

    add(
        "b4-i30",
        "changed her work name once (Sasha -> Léonie), same phone, says so",
        run(
            "carnet-rose",
            [6, 13, 20],
            [
                (
                    "Sacha 33 - Ahuntsic",
                    "Sacha, 33 ans, rousse. Ahuntsic près du métro Henri-Bourassa. §",
                )
            ],
            city="Montréal",
            phone="514-555-0130",
            age=33,
        )
        + run(
            "carnet-rose",
            [27, 34, 48],
            [
                (
                    "Léonie 33 (anciennement Sacha) - Ahuntsic",
                    "Je change de nom de travail, c'est tout! Même rousse, même numéro, "
                    "même place. §",
                )
            ],
            city="Montréal",
            phone="514-555-0130",
            age=33,
        ),
    )

    add(
        "b4-i31",
        "single mother, daytime only while the kids are at school, Terrebonne",
        run(
            "carnet-rose",
            [2, 9, 16, 23, 37],
            [
                (
                    "Maman solo - dispo 9h à 14h seulement",
                    "Karine, 36 ans. Disponible seulement quand les enfants sont à "
                    "l'école : 9h à 14h, lundi au vendredi. Terrebonne, chez moi. §",
                ),
            ],
            city=["Rive-Nord", "Terrebonne"],
            phone="450-555-0131",
            age=36,
            tel=o_for_zero,
        ),
    )

    add(
        "b4-i32",
        "switches language mid-sentence, Longueuil, 579 number",
        run(
            "vitrine514",
            [3, 10, 24, 38, 52],
            [
                (
                    "Jess - Vieux-Longueuil",
                    "Hey guys, je suis Jess, 27, and I'm really not into rushing, "
                    "alors prends ton temps. Incall Vieux-Longueuil, parking dans la rue. "
                    "Text me au §",
                ),
                ("Jess dispo", "Ce soir til 1am. §"),
            ],
            city="Longueuil",
            phone="579-555-0132",
            age="27",
        ),
    )

    add(
        "b4-i33",
        "professional dominatrix, long ads, e-mail application, phone for confirmed sessions",
        run(
            "velours",
            [7, 21, 35, 49],
            [
                (
                    "Maîtresse Vesna",
                    "Dominatrice professionnelle. Sessions sur application seulement : "
                    "limites, expérience, disponibilités. Donjon privé, Montréal. Aucun "
                    "service sexuel complet. Les impolis seront ignorés.",
                ),
            ],
            city="MTL",
            email="maitresse.vesna@example.org",
            phone="514-555-0133",
            tail=["", "\nTribut requis à la réservation."],
        ),
    )

    add(
        "b4-i34",
        "male escort for women, Montréal, bilingual",
        run(
            "vitrine514",
            [8, 22, 36, 50],
            [
                (
                    "Escorte masculin pour femmes - Théo",
                    "Théo, 34, for women and couples only. Massage, souper, plus si "
                    "affinités. Discret, propre, respectueux. §",
                ),
            ],
            city="Montréal",
            phone="438-555-0134",
            age="34",
        ),
    )

    add(
        "b4-i35",
        "Toronto woman with e-transfer deposit and strict screening, posts weekly",
        run(
            "nightowl",
            [0, 7, 14, 21, 28, 35],
            [
                (
                    "Tess 🌷 Liberty Village - screened dates",
                    "Tess, 29. Independent, incall Liberty Village. Screening mandatory "
                    "(name + reference or work verification). $40 e-transfer deposit for "
                    "new friends, deducted from the donation. No bare, no haggling. §",
                ),
                ("Tess 🌷 this week", "Booking Tue-Sat. Screening as always. §"),
            ],
            city="Toronto",
            phone="647-555-0135",
            tel=parens,
        ),
    )

    add(
        "b4-i36",
        "Québec City woman visiting Montréal twice a month, French",
        run(
            "carnet-rose",
            [4, 9, 18, 23, 32, 46],
            [
                (
                    "Gabrielle de Québec - de passage à Montréal",
                    "Gabrielle, 30 ans, de Québec. Je viens à Montréal deux fois par "
                    "mois, hôtel près de Berri-UQAM. Réservez d'avance. §",
                ),
                (
                    "Gabrielle - à la maison (Limoilou)",
                    "De retour à Québec, je reçois à Limoilou. §",
                ),
            ],
            city=["Montréal", "Québec"],
            phone="418-555-0136",
            age=30,
        ),
    )

    add(
        "b4-i37",
        "very short English ads in Kanata, one phone",
        run(
            "nightowl",
            [2, 6, 9, 16, 23, 30, 44],
            [
                ("Kanata incall - Brooke", "Brooke 31. Kanata. Text §"),
                ("Brooke - Kanata", "Avail after 5. §"),
            ],
            city="Ottawa - Kanata",
            phone="613-555-0137",
            tel=bare,
        ),
    )

    add(
        "b4-i38",
        "detailed price list in roses, Montréal, one phone",
        run(
            "carnet-rose",
            [3, 17, 24, 38, 52],
            [
                (
                    "Élise 💐 tarifs clairs - Villeray",
                    "Élise, 37 ans. Villeray, incall.\n30 min : 140 roses\n45 min : 180 "
                    "roses\n1 h : 220 roses\nSouper + 2 h : 500 roses\nAucune négociation. "
                    "§",
                ),
            ],
            city="Montréal",
            phone="514-555-0138",
            age=37,
            tail=["", "", "\n1 h : 240 roses à partir d'octobre."],
        ),
    )

    add(
        "b4-i39",
        "Haitian-Québécoise in Montréal-Nord, franglais with a Creole greeting",
        run(
            "vitrine514",
            [1, 15, 29, 43],
            [
                (
                    "Bèl fanm 🇭🇹 Montréal-Nord",
                    "Sak pase! Widline, 32, haïtienne-québécoise, chocolat et fière. "
                    "Incall Montréal-Nord, close to Pie-IX. Texte-moi §",
                ),
            ],
            city="Montréal",
            phone="514-555-0139",
            age="32",
        ),
    )

    add(
        "b4-i40",
        "Russian-speaking woman in Laval writing non-native English; independent",
        run(
            "carnet-rose",
            [5, 12, 19, 33, 40, 54],
            [
                (
                    "Natasha sexy blonde Laval",
                    "Hello, I am Natasha, 35 year, from Saint-Petersburg, live in Canada "
                    "8 year. I am receive in my appartment in Laval, very clean. Please "
                    "no call from hidden number. §",
                ),
            ],
            city="Laval",
            phone="450-555-0140",
            age=35,
            tail=["", "\nI speak also little french.", ""],
        ),
    )

    add(
        "b4-i41",
        "Sherbrooke woman coming to Montréal some weekends",
        run(
            "carnet-rose",
            [6, 13, 27, 41],
            [
                (
                    "Sophie - Sherbrooke (et Montréal certains weekends)",
                    "Sophie, 34 ans, Sherbrooke. Expérience copine, pas pressée. Certains "
                    "weekends à Montréal. §",
                ),
            ],
            city=["Sherbrooke", "Sherbrooke", "Montréal", "Sherbrooke"],
            phone="819-555-0141",
            age=34,
            tel=dotted,
        ),
    )

    add(
        "b4-i42",
        "uses a different work name on each of two sites, same phone",
        run(
            "carnet-rose",
            [2, 16, 30, 44],
            [("Alexia - Saint-Laurent", "Alexia, 28 ans, Saint-Laurent. §")],
            city="Montréal",
            phone="438-555-0142",
            age=28,
        )
        + run(
            "vitrine514",
            [9, 23, 37],
            [("Lexi 28 - Ville Saint-Laurent", "Lexi here, incall Côte-Vertu metro. §")],
            city="Montréal",
            phone="438-555-0142",
            age="28",
        ),
    )

    add(
        "b4-i43",
        "number only in the handle field (site has no phone field for her); body talks only",
        run(
            "velours",
            [10, 17, 31, 45, 55],
            [
                ("Inès", "Texte-moi (numéro dans mon profil). Reçoit Villeray."),
                ("Inès - Villeray", "Dispo ce soir. Pas d'appels, textos svp."),
            ],
            city="MTL",
            handle="ines 438 555 0143",
        ),
    )

    add(
        "b4-i44",
        "nude massage from a small home studio in Laval, alone",
        run(
            "bienetre",
            [3, 10, 24, 38, 45, 52],
            [
                (
                    "Massage nu Laval - studio privé",
                    "Karina, masseuse indépendante, studio privé à Sainte-Rose. Massage "
                    "nu naturiste 60 min 160$. Une seule masseuse : moi. §",
                ),
            ],
            city="Laval",
            phone="450-555-0145",
            tail=["", "\nHoraire : mardi au samedi."],
        ),
    )

    add(
        "b4-i45",
        "posts a one-night promo price once in a while; otherwise usual prices",
        run(
            "vitrine514",
            [1, 8, 15, 22, 29, 43],
            [
                (
                    "Mila 💫 Saint-Michel",
                    "Mila, 26. Incall Saint-Michel. 180/h. Text §",
                ),
                (
                    "PROMO ce soir seulement 💫 Mila",
                    "Spécial ce soir : 120 la demi-heure au lieu de 140. Demain retour aux "
                    "prix normaux. §",
                ),
            ],
            city="Montréal",
            phone="514-555-0146",
            age="26",
        ),
    )
    return ops


# ---------------------------------------------------------------------------------------------
# duos of independents (6)


def duos() -> list[Operator]:
    ops: list[Operator] = []

    def add(oid: str, note: str, *runs: list[Post]) -> None:
        ops.append(Operator(oid, "duo", note, [p for r in runs for p in r]))

    add(
        "b4-d01",
        "two friends who do duo dates, both phones on every ad, each says she is independent",
        run(
            "vitrine514",
            [2, 9, 23, 37, 51],
            [
                (
                    "DUO Rosalie & Maëlle 👯‍♀️ amies pour vrai",
                    "On est deux amies qui travaillent chacune de leur bord, et des fois "
                    "ensemble pour les duos. Rosalie (30) § - Maëlle (28) 438-555-0152. "
                    "Duo 1h 450$. Écrivez à l'une ou l'autre.",
                ),
            ],
            city="Montréal",
            phone="438-555-0151",
            age="28-30",
            tail=["", "\nDuo ce vendredi!", ""],
        ),
    )

    add(
        "b4-d02",
        "a man and a woman advertising together as a couple, for couples and women",
        run(
            "carnet-rose",
            [4, 18, 32, 46, 53],
            [
                (
                    "Couple pro pour couples et femmes - Julien & Amélie",
                    "Nous sommes un vrai couple (ensemble depuis 7 ans), tous les deux "
                    "dans la trentaine. Nous recevons couples et femmes seules dans notre "
                    "condo à Laval, ou à votre hôtel. Rencontre café d'abord, sans "
                    "engagement. Écrivez-nous : §",
                ),
            ],
            city="Laval",
            phone="514-555-0153",
            age=35,
            tail=["", "\nPas d'hommes seuls, merci de respecter."],
        ),
    )

    add(
        "b4-d03",
        "two friends in Laval playing 'fake sisters' for duo fantasy; one shared work phone",
        run(
            "carnet-rose",
            [6, 20, 34, 48],
            [
                (
                    "Fausses sœurs 😉 duo blondes Laval",
                    "Les 'sœurs' Lavoie ! (On n'est pas vraiment sœurs, juste deux "
                    "blondes de 25 et 27 qui s'entendent trop bien.) Duo ou solo, Laval "
                    "Sainte-Dorothée. Notre numéro commun : §",
                ),
            ],
            city="Laval",
            phone="450-555-0154",
            age=25,
        ),
    )

    add(
        "b4-d04",
        "two trans friends touring Ottawa and Montréal together, each with her phone",
        run(
            "nightowl",
            [5, 8, 33],
            [
                (
                    "Trans duo 🏳️‍⚧️ Ottawa visit - Ivy & Sky",
                    "Two trans besties from Montreal visiting Ottawa! Ivy (26) § and Sky "
                    "(31) 514-555-0156. Duo or solo, hotel near Rideau Centre.",
                ),
            ],
            city="Ottawa",
            phone="613-555-0155",
        )
        + run(
            "vitrine514",
            [13, 27],
            [
                (
                    "Ivy & Sky trans duo - back in MTL",
                    "De retour à Montréal les chéris. Ivy § / Sky 514-555-0156",
                ),
            ],
            city="Montréal",
            phone="613-555-0155",
            age="26",
        ),
    )

    add(
        "b4-d05",
        "two masseuses renting one studio in Longueuil, four-hands massage, shared studio line",
        run(
            "bienetre",
            [1, 8, 15, 29, 43, 50],
            [
                (
                    "Studio Duo Mains — massage 4 mains, Longueuil",
                    "Nous sommes Nadia et Sabrina, deux masseuses qui partagent un studio "
                    "à Longueuil. Massage à quatre mains (deux masseuses, un client), "
                    "détente et sensuel. 4 mains 60 min 220$. Solo 60 min 130$. Sur "
                    "rendez-vous, fermé le dimanche. §",
                ),
                (
                    "Duo Mains - 4 mains Longueuil",
                    "Places cette semaine en après-midi. Nadia ou Sabrina vous répond. §",
                ),
            ],
            city="Longueuil",
            phone="450-555-0157",
        ),
    )

    add(
        "b4-d06",
        "two students (19 and 20) in Québec City doing a duo, each her own phone",
        run(
            "carnet-rose",
            [11, 25, 39, 53],
            [
                (
                    "2 étudiantes 19 & 20 ans - duo Québec",
                    "Allô! Nous sommes deux colocs étudiantes (19 et 20 ans), on fait des "
                    "duos de temps en temps. Saint-Roch. Océane § / Laurie 581-555-0159",
                ),
            ],
            city="Québec",
            phone="418-555-0158",
            age=19,
            tel=dotted,
        ),
    )
    return ops


# ---------------------------------------------------------------------------------------------
# agencies that do not exploit (6)


def agencies() -> list[Operator]:
    ops: list[Operator] = []

    def add(oid: str, note: str, *runs: list[Post]) -> None:
        ops.append(Operator(oid, "agency", note, [p for r in runs for p in r]))

    add(
        "b4-a01",
        "upscale Montréal agency, several named companions on one line, website e-mail",
        run(
            "carnet-rose",
            [0, 6, 13, 20, 27, 34, 41, 48, 55],
            [
                (
                    "Maison Opaline — compagnes haut de gamme, Montréal",
                    "Maison Opaline présente ses compagnes : Aurélie (29), Kathleen (34) et "
                    "Noémie (31). Rendez-vous de 2 heures minimum, souper et soirées. "
                    "Réservations : § ou reservations@maisonopaline.example",
                ),
                (
                    "Opaline — Kathleen disponible ce week-end",
                    "Kathleen (34), rousse, cultivée, disponible samedi et dimanche. "
                    "Maison Opaline, § .",
                ),
                (
                    "Maison Opaline - bienvenue à Sarah",
                    "Nous accueillons Sarah (32), qui nous rejoint après des années en "
                    "indépendante. Horaires choisis par nos compagnes. §",
                ),
            ],
            city="Montréal",
            phone="514-555-0160",
            email="reservations@maisonopaline.example",
            age=29,
        ),
    )

    add(
        "b4-a02",
        "Ottawa outcall agency, English, introduces companions one at a time",
        run(
            "nightowl",
            [1, 8, 15, 22, 29, 36, 43, 50, 54],
            [
                (
                    "Rideau Companions - Ottawa's discreet outcall agency",
                    "Rideau Companions: outcall to Ottawa & Gatineau hotels and homes. "
                    "Our companions this week: Claire, Monique, Dana. 2-hour minimum after "
                    "9 pm. Call our booker §",
                ),
                (
                    "Rideau Companions - Claire this week",
                    "Claire (38), elegant brunette, available Thu-Sat evenings. Booking §",
                ),
            ],
            city="Ottawa",
            phone="613-555-0161",
            tel=dotted,
        ),
    )

    add(
        "b4-a03",
        "Laval outcall agency, French, lists the companions and the driver policy",
        run(
            "carnet-rose",
            [3, 10, 17, 24, 31, 38, 45, 52],
            [
                (
                    "Agence Soirée Laval - escortes outcall",
                    "Agence Soirée : escortes en outcall à Laval et sur la Rive-Nord. Ce "
                    "soir : Émilie, Rachel, Virginie. Chaque compagne choisit ses soirs et "
                    "peut refuser un client. Appelez la réception : §",
                ),
                (
                    "Agence Soirée - Virginie ce soir",
                    "Virginie (27) disponible ce soir de 20h à 2h, outcall seulement. §",
                ),
            ],
            city="Laval",
            phone="450-555-0162",
            age=27,
        ),
    )

    add(
        "b4-a04",
        "Toronto companion agency, English, site-style profiles",
        run(
            "nightowl",
            [2, 9, 16, 23, 30, 37, 44, 51],
            [
                (
                    "Velvet Hour Toronto — introducing Simone",
                    "Velvet Hour introduces Simone (30), a Toronto native with a dancer's "
                    "build. Dinner dates, overnights. Velvet Hour, booking: § or "
                    "book@velvethour.example",
                ),
                (
                    "Velvet Hour — this week's companions",
                    "Simone, Harper and Lina are taking bookings this week. Minimum 2 hours. §",
                ),
            ],
            city="Toronto",
            phone="416-555-0163",
            email="book@velvethour.example",
            tel=parens,
        ),
    )

    add(
        "b4-a05",
        "erotic massage studio with contractor masseuses who set their own schedule; "
        "normal prices, fixed hours",
        run(
            "bienetre",
            [0, 7, 14, 21, 28, 35, 42, 49],
            [
                (
                    "Studio Lotus Bleu — massage érotique, Plateau",
                    "Studio Lotus Bleu, massage érotique depuis 2015. Nos masseuses sont "
                    "travailleuses autonomes et choisissent leurs horaires. Ouvert 11h à "
                    "21h, fermé le lundi. 60 min 140$, 90 min 190$. Cette semaine : Lou, "
                    "Fanny, Agathe. §",
                ),
                (
                    "Lotus Bleu - horaire de la semaine",
                    "Lou mardi-jeudi, Fanny vendredi-samedi, Agathe dimanche. Réservations §",
                ),
            ],
            city="Montréal - Plateau-Mont-Royal",
            phone="514-555-0164",
            email="lotusbleu.studio@example.org",
        ),
    )

    add(
        "b4-a06",
        "small Québec City agency, French, two companions",
        run(
            "carnet-rose",
            [5, 15, 26, 36, 47, 54],
            [
                (
                    "Cachet Québec - compagnes d'expérience",
                    "Petite agence de Québec : Isabelle (41) et Marie-Ève (35). Outcall "
                    "Québec et Lévis. Appelez §",
                ),
            ],
            city="Québec",
            phone="418-555-0165",
            age=35,
        ),
    )
    return ops


# ---------------------------------------------------------------------------------------------
# third parties controlling others (12; five hold a minor)


def third_parties() -> list[Operator]:
    ops: list[Operator] = []

    def add(oid: str, note: str, *runs: list[Post]) -> None:
        ops.append(Operator(oid, "third_party", note, [p for r in runs for p in r]))

    burners_t01 = ["438-555-0170", "438-555-0171", "438-555-0172", "438-555-0173"]
    add(
        "b4-t01",
        "one woman ('Candy') on one template, burner phone replaced every ~2 weeks, moved "
        "Montréal -> Laval -> Longueuil; fake first person",
        run(
            "vitrine514",
            [0, 3, 7, 13, 16, 20, 27, 30, 34, 41, 44, 48],
            [
                (
                    "Candy 🍬 nouvelle en ville, quelques jours seulement",
                    "Salut mon amour, moi c'est Candy, 22 ans, nouvelle en ville pour "
                    "quelques jours seulement. Incall hôtel propre et discret, outcall "
                    "possible. 100 la demi 160 l'heure. Appelle-moi 24/7 bébé §",
                ),
                (
                    "CANDY 🍬 dispo 24/7 hôtel",
                    "Nouvelle en ville!! Candy 22 ans, toujours dispo, appelle-moi bébé. "
                    "Demi 100 / heure 160. §",
                ),
                (
                    "Candy 22 🍬 juste arrivée",
                    "Je viens d'arriver, appelle vite avant que je parte. 24/7. §",
                ),
            ],
            city=blocks(["Montréal", "Laval", "Longueuil", "Montréal"], 3),
            phone=blocks(burners_t01, 3),
            age="22",
            tel=o_for_zero,
        ),
    )

    add(
        "b4-t02",
        "one line posting four different women (different origins), each 'in the first "
        "person', the same closing line on all",
        run(
            "carnet-rose",
            [1, 5, 9, 12, 16, 19, 26, 33, 37, 40, 47, 51],
            [
                (
                    "Mia latina caliente 🔥 nouvelle",
                    "Hola papi, je suis Mia, 23 ans, latina, très coquine. Je reçois "
                    "Côte-Vertu. Pas de numéros masqués. Appelle-moi mon chéri, je "
                    "t'attends 💋 §",
                ),
                (
                    "Jessica blonde 👅 nouvelle",
                    "Allo, je suis Jessica, 21 ans, blonde, yeux bleus, très coquine. Je "
                    "reçois Côte-Vertu. Appelle-moi mon chéri, je t'attends 💋 §",
                ),
                (
                    "Anna asiatique 🌸 nouvelle",
                    "Bonjour, je suis Anna, 22 ans, asiatique, douce et coquine. Je reçois "
                    "Côte-Vertu. Appelle-moi mon chéri, je t'attends 💋 §",
                ),
                (
                    "Kayla black beauty 🍫 nouvelle",
                    "Hey baby je suis Kayla, 24 ans, noire, sexy et coquine. Je reçois "
                    "Côte-Vertu. Appelle-moi mon chéri, je t'attends 💋 §",
                ),
            ],
            city="Montréal",
            phone="514-555-0174",
            age=[23, 21, 22, 24],
            tel=dotted,
        ),
    )

    add(
        "b4-t03",
        "circuit: a different woman each week on one 'tournée' template, moved Montréal -> "
        "Québec -> Gatineau -> Ottawa -> Toronto; two phones",
        run(
            "carnet-rose",
            [0, 2],
            [
                (
                    "TOURNÉE 🚗 Alicia arrive à Montréal - cette semaine seulement",
                    "Alicia, 24 ans, arrive à Montréal pour une semaine seulement! Incall "
                    "hôtel. 150 hh / 200 h. Texto seulement, réponse rapide §",
                )
            ],
            city="Montréal",
            phone="438-555-0175",
            age=24,
        )
        + run(
            "carnet-rose",
            [7, 9],
            [
                (
                    "TOURNÉE 🚗 Alicia arrive à Québec - cette semaine seulement",
                    "Alicia, 24 ans, arrive à Québec pour une semaine seulement! Incall "
                    "hôtel. 150 hh / 200 h. Texto seulement, réponse rapide §",
                )
            ],
            city="Québec",
            phone="438-555-0175",
            age=24,
        )
        + run(
            "nightowl",
            [14, 16, 21, 23],
            [
                (
                    "ON TOUR 🚗 Alicia in Gatineau/Ottawa - this week only",
                    "Alicia, 24, in town for one week only! Hotel incall. 150 hh / 200 h. "
                    "Text only, fast reply §",
                ),
                (
                    "ON TOUR 🚗 Brenda in Gatineau - this week only",
                    "Brenda, 23, in town for one week only! Hotel incall. 150 hh / 200 h. "
                    "Text only, fast reply §",
                ),
            ],
            city=["Gatineau", "Gatineau", "Ottawa", "Ottawa - Vanier"],
            phone=["438-555-0175", "873-555-0176", "873-555-0176", "873-555-0176"],
        )
        + run(
            "nightowl",
            [28, 30, 35],
            [
                (
                    "ON TOUR 🚗 Alicia & Brenda in Toronto - this week only",
                    "Alicia 24 and Brenda 23 in Toronto for one week only! Hotel incall "
                    "near the airport. 150 hh / 200 h. Text only, fast reply §",
                )
            ],
            city=["Toronto", "Toronto - Etobicoke", "Toronto"],
            phone="873-555-0176",
        )
        + run(
            "carnet-rose",
            [42],
            [
                (
                    "TOURNÉE 🚗 Brenda arrive à Montréal - cette semaine seulement",
                    "Brenda, 23 ans, arrive à Montréal pour une semaine seulement! Incall "
                    "hôtel. 150 hh / 200 h. Texto seulement, réponse rapide §",
                )
            ],
            city="Montréal",
            phone="873-555-0176",
            age=23,
        ),
    )

    # b4-t04: an adult and a 15-year-old on one Laval line
    add(
        "b4-t04",
        "one Laval line with an adult woman and a 15-year-old posted as 18 ('petite nouvelle', "
        "'première fois', 🍭); hotel incall",
        run(
            "carnet-rose",
            [3, 10, 17, 31, 45],
            [
                (
                    "Jessy 24 ans - Laval hôtel",
                    "Jessy, 24 ans, brune, sexy. Hôtel Laval près de l'autoroute 15. "
                    "Demi-heure 120. Appelle §",
                )
            ],
            city="Laval",
            phone="450-555-0177",
            age=24,
        )
        + run(
            "carnet-rose",
            [12, 14, 19, 26, 38],
            [
                (
                    "Lili 18 ans 🍭 petite nouvelle, première fois",
                    "Coucou c Lili, 18 ans, toute petite toute nouvelle 🍭 c ma première "
                    "fois sur le site. Jeune jeune, très douce. Hôtel Laval. Appelle mon "
                    "ami il va te donner la chambre §",
                ),
                (
                    "Lili 🍭 18 - fraîche et nouvelle",
                    "Lili 18 🍭 vraiment nouvelle, pas d'expérience. Hôtel Laval, "
                    "demi-heure 120. §",
                ),
            ],
            city="Laval",
            phone="450-555-0177",
            age=18,
            minor=True,
        ),
    )

    add(
        "b4-t05",
        "Ottawa: a 16-year-old posted as 19 ('young fresh', 🎀, 'daddy's girl'), burners "
        "rotated, slips into the third person",
        run(
            "nightowl",
            [8, 10, 13, 18, 22, 25, 32, 36, 39],
            [
                (
                    "Kiki 🎀 young & fresh 19 - Vanier incall",
                    "Hiii it's Kiki 🎀 19 yo, young fresh and tiny, new to this. Daddy's "
                    "girl 🍭 Hotel incall Vanier, outcall if u pick me up. Specials b4 noon. "
                    "§",
                ),
                (
                    "KIKI 🎀 19 new girl",
                    "She is very sweet and tiny, she dont talk much english. 19 yrs. "
                    "Hotel Vanier. Text for specials §",
                ),
                (
                    "Kiki 19 🎀 school's out",
                    "School's out 😜 young fresh Kiki, 19. Ask about specials. §",
                ),
            ],
            city=["Ottawa - Vanier", "Ottawa"],
            phone=blocks(["613-555-0178", "343-555-0179", "613-555-0180"], 3),
            tel=half_words,
            minor=True,
        ),
    )

    add(
        "b4-t06",
        "careful controller: three women in Toronto then Montréal on one polite first-person "
        "template, each her own phone; room number texted 15 minutes before",
        run(
            "nightowl",
            [4, 6, 8, 11, 15, 18],
            [
                (
                    "Sienna — sweet & discreet (Toronto)",
                    "Hi, I'm Sienna. Sweet, discreet and always on time. Upscale hotel "
                    "in-calls only; the location changes, I'll text you the room number "
                    "15 minutes before. Please text first. §",
                ),
                (
                    "Raven — sweet & discreet (Toronto)",
                    "Hi, I'm Raven. Sweet, discreet and always on time. Upscale hotel "
                    "in-calls only; the location changes, I'll text you the room number "
                    "15 minutes before. Please text first. §",
                ),
                (
                    "Ambre — sweet & discreet (Toronto)",
                    "Hi, I'm Ambre. Sweet, discreet and always on time. Upscale hotel "
                    "in-calls only; the location changes, I'll text you the room number "
                    "15 minutes before. Please text first. §",
                ),
            ],
            city="Toronto",
            phone=["647-555-0181", "437-555-0182", "438-555-0183"],
            tel=dotted,
        )
        + run(
            "vitrine514",
            [25, 27, 29, 39],
            [
                (
                    "Sienna — douce & discrète (Montréal)",
                    "Hi, I'm Sienna. Sweet, discreet and always on time. Hôtels chic "
                    "centre-ville seulement; the location changes, I'll text you the room "
                    "number 15 minutes before. §",
                ),
                (
                    "Raven — douce & discrète (Montréal)",
                    "Hi, I'm Raven. Sweet, discreet and always on time. Hôtels chic "
                    "centre-ville seulement; the location changes, I'll text you the room "
                    "number 15 minutes before. §",
                ),
            ],
            city="Montréal",
            phone=["647-555-0181", "437-555-0182"],
            age="23",
            tel=dotted,
        ),
    )

    add(
        "b4-t07",
        "Longueuil / Montréal: a 16-year-old posted as 18 then 19 ('poupée', 🍼, 'très "
        "jeune look', no experience) and an adult on the same two phones; hotel incall",
        run(
            "vitrine514",
            [5, 9, 12, 20, 24, 33],
            [
                (
                    "Petite poupée 18 ans 🍼🎀 Longueuil",
                    "Allo c moi Lily 🎀 petite poupée de 18 ans, très jeune look, aucune "
                    "expérience. Hôtel Longueuil. 100$ 30 min. Texte seulement §",
                ),
                (
                    "Lily poupée 🍼 19 ans nouvelle",
                    "Lily 19 ans toute nouvelle, timide, très jeune look 🍼 Hôtel Longueuil "
                    "ou Montréal. §",
                ),
            ],
            city=["Longueuil", "Rive-Sud", "Montréal"],
            phone=blocks(["438-555-0184", "514-555-0185"], 3),
            age=["18", "19"],
            minor=True,
        )
        + run(
            "vitrine514",
            [15, 29, 40],
            [
                (
                    "Vanessa 25 🎀 Longueuil hôtel",
                    "Vanessa, 25, chaude et coquine. Hôtel Longueuil. 100$ 30 min. Texte "
                    "seulement §",
                )
            ],
            city="Longueuil",
            phone=["438-555-0184", "514-555-0185", "514-555-0185"],
            age="25",
        ),
    )

    add(
        "b4-t08",
        "Gatineau apartment run by a man: 'ask for Marc', 'les filles', girls rotate, one phone",
        run(
            "carnet-rose",
            [1, 6, 13, 20, 27, 34],
            [
                (
                    "2 filles dispo maintenant - Gatineau",
                    "2 belles filles disponibles maintenant dans un appartement discret à "
                    "Gatineau. Demandez Marc au téléphone. Les filles changent souvent. "
                    "Prix spécial duo. §",
                ),
                (
                    "Nouvelles filles cette semaine - Gatineau (demandez Marc)",
                    "Cette semaine : Cindy et Roxy. Appartement Gatineau, ouvert tard. "
                    "Marc répond. §",
                ),
            ],
            city="Gatineau",
            phone="819-555-0186",
            age=20,
        )
        + run(
            "nightowl",
            [10, 24, 38, 47],
            [
                (
                    "2 girls available now - Gatineau (5 min from Ottawa)",
                    "Two pretty girls available now, discreet apartment in Gatineau, 5 "
                    "min from downtown Ottawa. Ask for Marc. Girls change every week. §",
                ),
            ],
            city="Gatineau",
            phone="819-555-0186",
        ),
    )

    add(
        "b4-t09",
        "a man advertising 'my girl': she does everything, no limits, he drives her; "
        "Montréal, one phone",
        run(
            "quickpost",
            [2, 5, 9, 14, 19, 23, 30, 37, 44],
            [
                (
                    "Ma blonde est dispo ce soir - elle fait tout",
                    "Elle s'appelle Tiffany, 22 ans, elle fait tout, pas de limite. Je "
                    "l'amène chez vous ou à l'hôtel. Appelez-moi pour elle §",
                ),
                (
                    "My girl available tonight MTL",
                    "My girl Tiffany 22, very open minded, I drive her to you. Call me §",
                ),
                ("Tiffany dispo - appelez-moi", "§"),
            ],
            city="Montréal",
            phone="514-555-0187",
            tel=bare,
        ),
    )

    add(
        "b4-t10",
        "Toronto <-> Québec City circuit: a 17-year-old posted as 18 'just arrived', an "
        "adult alongside; 'exotic'; phone written with O for zero; two burners",
        run(
            "nightowl",
            [4, 7, 11, 14],
            [
                (
                    "Bella 18 🌴 exotic, just arrived - Scarborough",
                    "Bella 18, exotic mix, just arrived, fresh n new 🌴 hotel incall "
                    "Scarborough. Specials today only §",
                ),
                (
                    "Destiny 26 & Bella 18 🌴 duo special",
                    "Destiny 26 and Bella 18 🌴 exotic girls just arrived, duo special. "
                    "Hotel Scarborough §",
                ),
            ],
            city="Toronto - Scarborough",
            phone="416-555-0188",
            tel=o_for_zero,
            minor=True,
        )
        + run(
            "carnet-rose",
            [21, 23, 26, 28],
            [
                (
                    "Bella 18 ans 🌴 exotique, vient d'arriver à Québec",
                    "Bella 18 ans exotique vient d'arriver, toute fraîche 🌴 hôtel Québec "
                    "(Sainte-Foy). Spécial aujourd'hui §",
                ),
                (
                    "Destiny 26 🌴 exotique à Québec",
                    "Destiny 26 ans, exotique, vient d'arriver à Québec. Hôtel Sainte-Foy. §",
                ),
            ],
            city="Québec",
            phone="581-555-0189",
            age=[18, 26],
            tel=o_for_zero,
            minor=True,
        )
        + run(
            "nightowl",
            [36, 40],
            [
                (
                    "Bella 18 🌴 back in Toronto",
                    "Bella 18 exotic back in town, fresh. Hotel Scarborough §",
                ),
            ],
            city="Toronto",
            phone="416-555-0188",
            tel=o_for_zero,
            minor=True,
        ),
    )

    add(
        "b4-t11",
        "one e-mail behind several women each with her own phone; the same rule block, "
        "'my driver brings me', 24/7, low prices",
        run(
            "velours",
            [0, 4, 8, 12, 17, 21, 26, 31, 35, 40, 46, 52],
            [
                (
                    "Stella",
                    "Stella 23. Outcall seulement, mon chauffeur m'amène. 24/7. 80 la "
                    "demi. Règles : pas de photos, pas de négo, paiement en avance.",
                ),
                (
                    "Nadia",
                    "Nadia 25. Outcall seulement, mon chauffeur m'amène. 24/7. 80 la "
                    "demi. Règles : pas de photos, pas de négo, paiement en avance.",
                ),
                (
                    "Bianka",
                    "Bianka 21. Outcall only, my driver brings me. 24/7. 80 half hour. "
                    "Rules: no pics, no nego, pay first.",
                ),
            ],
            city=["MTL", "Laval", "MTL"],
            phone=["514-555-0190", "514-555-0191", "514-555-0192"],
            email="nuitblanche.bookings@example.net",
        ),
    )

    add(
        "b4-t12",
        "Laval / Montréal hotels: a 16-year-old 'Maya 18 🦋' beside an adult, the same 🦋🦋 "
        "signature and 'no rush 60 min 160' line, two phones",
        run(
            "vitrine514",
            [6, 9, 16, 21, 28, 43],
            [
                (
                    "Maya 18 🦋🦋 nouvelle - hôtel Laval",
                    "Maya 18 ans 🦋 nouvelle, petite, douce. Hôtel Laval. no rush 60 min "
                    "160 🦋🦋 §",
                ),
                (
                    "🦋🦋 Maya 18 - ce soir Montréal",
                    "Maya 18 🦋 jeune et nouvelle, ce soir hôtel centre-ville. no rush 60 "
                    "min 160 🦋🦋 §",
                ),
            ],
            city=["Laval", "Montréal"],
            phone=blocks(["450-555-0193", "438-555-0194"], 3),
            age="18",
            minor=True,
        )
        + run(
            "vitrine514",
            [11, 25, 37],
            [
                (
                    "Sandra 23 🦋🦋 hôtel Laval",
                    "Sandra 23 ans 🦋 coquine. Hôtel Laval. no rush 60 min 160 🦋🦋 §",
                )
            ],
            city="Laval",
            phone=["450-555-0193", "438-555-0194", "438-555-0194"],
            age="23",
        ),
    )
    return ops


# ---------------------------------------------------------------------------------------------
# exploitative venues (5)


def venues() -> list[Operator]:
    ops: list[Operator] = []

    def add(oid: str, note: str, *runs: list[Post]) -> None:
        ops.append(Operator(oid, "exploitative_venue", note, [p for r in runs for p in r]))

    add(
        "b4-v01",
        "Saint-Laurent massage parlour: new Asian girls every week, 10h-2h seven days, 40$ "
        "half hour, 'always on site'",
        run(
            "bienetre",
            [0, 4, 7, 11, 14, 21, 28, 35, 42],
            [
                (
                    "Centre de massage Bambou — nouvelles filles chaque semaine",
                    "Centre Bambou, Saint-Laurent. Nouvelles jeunes masseuses asiatiques "
                    "chaque semaine! Ouvert 7 jours, 10h à 2h. 30 min 40$, 60 min 70$. "
                    "Les filles sont toujours sur place, pas besoin de rendez-vous. §",
                ),
                (
                    "Bambou — cette semaine : Lucy, Coco, Mimi (nouvelles)",
                    "Nouvelles cette semaine : Lucy, Coco, Mimi. Jeunes et jolies. 7/7 "
                    "10h-2h. 40$. §",
                ),
                (
                    "Massage Bambou Saint-Laurent - spécial 40$",
                    "Spécial 40$ la demi-heure. Nouvelles filles. Stationnement derrière. §",
                ),
            ],
            city="Montréal - Saint-Laurent",
            phone="514-555-0195",
        ),
    )

    add(
        "b4-v02",
        "Laval spa: new masseuses weekly, very low prices, open till 3 am, 'chambres' hint",
        run(
            "carnet-rose",
            [2, 9, 16, 23, 30, 37, 44, 51],
            [
                (
                    "Spa Perle de Laval - nouvelles masseuses",
                    "Spa Perle, Laval. Nouvelles masseuses cette semaine, jeunes et "
                    "souriantes. Ouvert jusqu'à 3h du matin. 50$ la demi-heure. Table "
                    "shower. §",
                ),
                (
                    "Perle Spa Laval - 3 nouvelles",
                    "3 nouvelles filles arrivées cette semaine. Elles restent au spa, "
                    "disponibles même tard. 50$. §",
                ),
            ],
            city="Laval",
            phone="450-555-0196",
            age=20,
        ),
    )

    add(
        "b4-v03",
        "Brossard spa: 'jeunes masseuses', open day and night, meals and showers on site "
        "(live-in hint), rotating names",
        run(
            "bienetre",
            [1, 5, 12, 19, 26, 33, 40, 47],
            [
                (
                    "Oasis Spa Rive-Sud — jeunes masseuses jour et nuit",
                    "Oasis Spa, Brossard. Jeunes masseuses disponibles jour et nuit, "
                    "7 jours. Nouvelles arrivées régulièrement. 45$ la demi-heure. §",
                ),
                (
                    "Oasis Spa Brossard - nouvelles : Amy, Lily, Judy",
                    "Amy, Lily et Judy viennent d'arriver. Elles sont là jour et nuit. "
                    "Douche sur place. 45$. §",
                ),
            ],
            city="Brossard",
            phone="450-555-0197",
            email="oasis.spa.rivesud@example.com",
        ),
    )

    add(
        "b4-v04",
        "Ottawa body-rub centre, English: new attendants every week, $60 HH cash only, 24/7",
        run(
            "nightowl",
            [0, 6, 13, 20, 27, 34, 41, 48],
            [
                (
                    "Capital Relax Centre - NEW attendants every week",
                    "Capital Relax Centre, Ottawa east. NEW young attendants every week. "
                    "Open 24/7. $60 half hour, cash only. Walk-ins welcome. §",
                ),
                (
                    "Capital Relax - new girls this week!!",
                    "New girls just started: Candy, Vivi, Sunny. 24/7, $60 HH. Cash. §",
                ),
            ],
            city="Ottawa",
            phone="613-555-0198",
            tel=dotted,
        ),
    )

    add(
        "b4-v05",
        "Scarborough 'health centre': new young Asian girls weekly, 24/7, $40, walk-ins",
        run(
            "nightowl",
            [3, 10, 17, 24, 31, 38, 45, 52],
            [
                (
                    "Golden Maple Health Centre - new young Asian girls",
                    "Golden Maple Health Centre. New young Asian girls every week! "
                    "Open 24/7, walk-in welcome. $40 special. Scarborough, Sheppard & "
                    "Kennedy. §",
                ),
                (
                    "Golden Maple - new girls, $40 special",
                    "New girls arrived. 24 hours. $40. §",
                ),
            ],
            city="Toronto - Scarborough",
            phone="416-555-0199",
            tel=parens,
        ),
    )
    return ops


# ---------------------------------------------------------------------------------------------
# the site's side: ids, time stamps, HTML


def _ad_id(site: str, oid: str, n: int) -> str:
    h = hashlib.sha1(f"blind4/{oid}/{n}".encode()).hexdigest()
    if site == "carnet-rose":
        return "CR" + str(int(h[:8], 16) % 10_000_000).zfill(7)
    if site == "quickpost":
        return str(int(h[:10], 16) % 1_000_000_000)
    if site == "velours":
        return "v-" + h[:8]
    if site == "bienetre":
        return "fiche-" + h[:6]
    if site == "vitrine514":
        return h[:12]
    return h[:10]


def _record(post: Post, oid: str, n: int) -> dict[str, Any]:
    when = START + timedelta(days=post.day, minutes=post.minute)
    ad_id = _ad_id(post.site, oid, n)
    if post.site in ("velours", "vitrine514"):
        stamp = when.strftime("%Y-%m-%dT%H:%M")  # these sites give local time without a zone
    else:
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00"
    body = post.body
    if post.site == "nightowl":
        body = body.replace("&", "&amp;").replace("\n", "<br>")
        body = f"<p>{body}</p>"
    rec: dict[str, Any] = {"ad_id": ad_id, "source": post.site, "posted_at": stamp}
    rec["title"] = post.title
    rec["body"] = body
    if post.city is not None:
        rec["city"] = post.city
    contact = {
        k: v
        for k, v in (("phone", post.phone), ("email", post.email), ("handle", post.handle))
        if v is not None
    }
    if contact:
        rec["contact"] = contact
    if post.age is not None:
        rec["age"] = post.age
    if post.site == "bienetre":
        rec["url"] = f"https://bienetre.example/fiche/{ad_id}"
    return rec


def operators() -> list[Operator]:
    return independents() + duos() + agencies() + third_parties() + venues()


def _check(ops: list[Operator]) -> None:
    """The market's own invariants: unique ids, no phone shared by two operators."""
    owner: dict[str, str] = {}
    for op in ops:
        for p in op.posts:
            if p.phone is not None:
                assert owner.setdefault(p.phone, op.operator_id) == op.operator_id, p.phone
    seen = [o.operator_id for o in ops]
    assert len(seen) == len(set(seen))


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The market's ads (in posting order) and its truth (one row per operator)."""
    ops = operators()
    _check(ops)
    ads: list[tuple[datetime, dict[str, Any]]] = []
    truth: list[dict[str, Any]] = []
    for op in ops:
        keys: list[list[str]] = []
        minor_keys: list[list[str]] = []
        for n, post in enumerate(op.posts):
            rec = _record(post, op.operator_id, n)
            ads.append((START + timedelta(days=post.day, minutes=post.minute), rec))
            keys.append([rec["source"], rec["ad_id"]])
            if post.minor:
                minor_keys.append([rec["source"], rec["ad_id"]])
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
    ads.sort(key=lambda pair: (pair[0], pair[1]["source"], pair[1]["ad_id"]))
    return [rec for _, rec in ads], truth


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
    minors = sum(t["minor"] for t in truth)
    print(f"{len(ads)} ads, {len(truth)} operators {kinds}, minors {minors}")


if __name__ == "__main__":
    main()
