# ruff: noqa: E501  (the ads are data: their hand-written lines are kept whole)
"""Writes a second, smaller hand-written market into ``holdout/``: operators written *after*
round 7 had been fitted to the first one, measured once, to see whether the first market's
fixes hold on ads nobody tuned against. Same rules and truth schema as ``build_unseen.py``
(invented names, fictional 555-01XX phones, reserved e-mail domains); shapes that the first
market does not have: one worker under several work names, the same ad posted in three city
sections at once, two friends touring with one shared tour text, a friend posting for her once,
a worker who states 19 then 20 across a birthday with a bow emoji, a cégep student of 19.

Run ``python tests/score/data/unseen/build_holdout.py`` to rewrite the two files.
"""

from __future__ import annotations

from pathlib import Path

from build_unseen import SCREEN_EN, Leg, Op, build, write

HOLDOUT = Path(__file__).resolve().parent / "holdout"
SEED = 20261201
OPS: list[Op] = []


def op(**kw: object) -> None:
    OPS.append(Op(**kw))  # type: ignore[arg-type]


# ============ independents ============

op(
    id="h-ind-01",
    kind="independent",
    note="one worker, three work names on three sites, one phone, first person",
    phones=["5145550100"],
    styles=("plain",),
    sources=("annonces-nocturnes", "boardmtl", "massage-forum"),
    texts={
        "main": [
            (
                "Jasmine 🌺 Hochelaga, indépendante",
                "Je suis Jasmine, 27 ans, indépendante, je reçois à Hochelaga. 200$/h. Texto {phone}",
            ),
            (
                "Jaz 27 - sensual massage & more",
                "Hi I'm Jaz, 27, independent. Sensual massage and more, Hochelaga. 180 half hour. Text {phone}",
            ),
            (
                "Jasy 🌺 GFE relax",
                "Moi c'est Jasy, 27 ans, GFE détendue, pas pressée. Hochelaga. {phone}",
            ),
        ],
    },
    legs=[Leg((0, 55), 9, "Montréal", form_age=27)],
)

op(
    id="h-ind-02",
    kind="independent",
    note="the same ad posted in three city sections the same day, every week",
    phones=["4505550199"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Melody 25 🎶 incall Laval, outcall partout",
                "Melody, 25 ans, indépendante. Incall à Laval, outcall Montréal et Rive-Sud. 220$/h. {phone}",
            ),
        ],
    },
    legs=[
        Leg((7 * w, 7 * w), 1, c, form_age=25)
        for w in range(6)
        for c in ("Laval", "Montréal", "Longueuil")
    ],
)

op(
    id="h-ind-03",
    kind="independent",
    note="tours with a friend: one shared tour text, each her own phone (1/2)",
    phones=["6135550199"],
    styles=("plain",),
    texts={
        "home": [
            (
                "Aria 26 ✨ Ottawa",
                "Aria, 26, independent in the Glebe. 280/hr. " + SCREEN_EN + " {phone}",
            )
        ],
        "tour": [
            (
                "{name} ✨ Montréal + Québec tour with a friend",
                "Girls' trip! {name} ({age}) touring Montréal Oct 5-7 and Québec City Oct 8-10 with my friend. Each of us books for herself. Hotel incall. "
                + SCREEN_EN
                + " Text me at {phone}",
            )
        ],
    },
    legs=[
        Leg((0, 20), 3, "Ottawa", "home"),
        Leg((28, 30), 2, "Montréal", "tour", person={"name": "Aria", "age": "26"}),
        Leg((31, 33), 2, "Québec", "tour", person={"name": "Aria", "age": "26"}),
        Leg((40, 55), 2, "Ottawa", "home"),
    ],
)

op(
    id="h-ind-04",
    kind="independent",
    note="tours with a friend: one shared tour text, each her own phone (2/2)",
    phones=["3435550100"],
    styles=("plain",),
    texts={
        "home": [("Noor 28 🌙 Kanata", "Noor, 28, independent, Kanata incall. 260/hr. {phone}")],
        "tour": [
            (
                "{name} ✨ Montréal + Québec tour with a friend",
                "Girls' trip! {name} ({age}) touring Montréal Oct 5-7 and Québec City Oct 8-10 with my friend. Each of us books for herself. Hotel incall. "
                + SCREEN_EN
                + " Text me at {phone}",
            )
        ],
    },
    legs=[
        Leg((2, 22), 3, "Ottawa", "home"),
        Leg((28, 30), 2, "Montréal", "tour", person={"name": "Noor", "age": "28"}),
        Leg((31, 33), 2, "Québec", "tour", person={"name": "Noor", "age": "28"}),
        Leg((42, 55), 2, "Ottawa", "home"),
    ],
)

op(
    id="h-ind-05",
    kind="independent",
    note="19 then 20 across a birthday, bow emoji, 'babygirl'",
    phones=["4385550100"],
    styles=("plain",),
    texts={
        "a": [
            (
                "Bella 19 🎀 babygirl vibes",
                "Hiii it's Bella 🎀 19, bubbly babygirl vibes but I know what I want. Verdun incall, 200/h. Text {phone} with your name pls",
            )
        ],
        "b": [
            (
                "Bella 20 🎀 birthday week!",
                "Bella here 🎀 just turned 20 this week!! Verdun incall, 200/h. Text {phone} with your name",
            )
        ],
    },
    legs=[
        Leg((0, 24), 4, "Verdun", "a", form_age=19),
        Leg((26, 55), 4, "Verdun", "b", form_age=20),
    ],
)

op(
    id="h-ind-06",
    kind="independent",
    note="cégep student of 19, French, weekends",
    phones=["5815550100"],
    styles=("plain", "dots"),
    texts={
        "main": [
            (
                "Rosalie 19 ans cégépienne 📚 Sainte-Foy",
                "Allo, moi c'est Rosalie, 19 ans, cégépienne. Je travaille juste les fins de semaine, à Sainte-Foy. Je suis gênée au début mais super fine 😊 180$ la demi. {phone}",
            )
        ],
    },
    legs=[Leg((5, 55), 5, "Québec", form_age=19)],
)

op(
    id="h-ind-07",
    kind="independent",
    note="a friend posts for her once, in the third person, then she posts herself",
    phones=["5145550199"],
    styles=("plain",),
    texts={
        "friend": [
            (
                "Sabrina 30 — posting for a friend",
                "My friend Sabrina asked me to post this while her account is locked: she's 30, independent, Rosemont incall, 250/h. Text her at {phone}",
            )
        ],
        "self": [
            (
                "Sabrina 30 💫 Rosemont",
                "Sabrina here, 30, independent. My account is back lol. Rosemont incall, 250/h. "
                + SCREEN_EN
                + " {phone}",
            )
        ],
    },
    legs=[
        Leg((0, 2), 1, "Montréal", "friend", form_age=30),
        Leg((6, 55), 5, "Montréal", "self", form_age=30),
    ],
)

op(
    id="h-ind-08",
    kind="independent",
    note="works nights, '24h/24' in the title, mature, Française, Québec",
    phones=["4185550199"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Nathalie 41 Française 24h/24 Vanier",
                "Nathalie, 41 ans, Française installée à Québec, je travaille de nuit donc dispo 24h/24 ou presque. Je reçois à Vanier. 200$ l'heure. {phone}",
            )
        ],
    },
    legs=[Leg((0, 55), 5, "Québec", form_age=41)],
)

op(
    id="h-ind-09",
    kind="independent",
    note="trans worker touring Québec/Montréal with a tour phone",
    phones=["5145550198", "4185550198"],
    styles=("plain",),
    texts={
        "home": [
            ("Kayla TS 💜 Plateau", "Kayla, trans, 29, independent, Plateau incall. 250/h. {phone}")
        ],
        "tour": [
            (
                "Kayla TS 💜 à Québec cette semaine",
                "Kayla, trans, 29 ans, indépendante, de passage à Québec cette semaine. Numéro de tournée: {phone}. 250$/h.",
            )
        ],
    },
    legs=[
        Leg((0, 18), 3, "Montréal", "home"),
        Leg((20, 24), 2, "Québec", "tour", phone=1),
        Leg((28, 55), 3, "Montréal", "home"),
    ],
)

op(
    id="h-ind-10",
    kind="independent",
    note="Sherbrooke, lowish prices, 'nouvelle' every few weeks after a break",
    phones=["8195550199"],
    styles=("plain",),
    texts={
        "main": [
            (
                "Karine 33 Sherbrooke de retour",
                "Karine, 33 ans, de retour après une pause! Indépendante à Sherbrooke (Fleurimont). 80$ la demi-heure, 130$ l'heure. {phone}",
            )
        ],
    },
    legs=[Leg((0, 12), 3, "Sherbrooke", form_age=33), Leg((30, 45), 3, "Sherbrooke", form_age=33)],
)

op(
    id="h-ind-11",
    kind="independent",
    note="cross-posts the same ad to three sites within the hour, heavy volume",
    phones=["4385550199"],
    styles=("plain",),
    sources=("annonces-nocturnes", "boardmtl", "massage-forum"),
    texts={
        "main": [
            (
                "Léna 24 💋 Griffintown",
                "Léna, 24, indépendante, Griffintown. 250/h, 180 la demi. Textos seulement {phone}",
            )
        ],
    },
    legs=[Leg((d, d), 3, "Montréal", form_age=24) for d in (1, 4, 8, 11, 15, 18, 22)],
)

op(
    id="h-ind-12",
    kind="independent",
    note="Ethiopian, English, e-mail on a subdomain, 'new in Toronto'",
    phones=["6475550100"],
    styles=("plain",),
    email="hana@bookings.example.org",
    texts={
        "main": [
            (
                "Hana 🌸 Ethiopian beauty, new in Toronto",
                "Hana, 27, Ethiopian, just moved to Toronto from Calgary. Independent, Liberty Village incall. Email hana@bookings.example.org or text {phone}. 300/hr.",
            )
        ],
    },
    legs=[Leg((0, 55), 5, "Toronto", form_age=27)],
)

# ============ agencies ============

op(
    id="h-ag-01",
    kind="agency",
    note="outcall agency across the three territories, e-mail, third person",
    phones=["5145550197"],
    styles=("plain",),
    email="rendezvous@soiree.example.net",
    texts={
        "main": [
            (
                "Soirée — {name}, {age} ans, outcall",
                "Agence Soirée vous présente {name}, {age} ans. Outcall Montréal, Laval, Rive-Sud, 24h/24 sur réservation. 300$/h. {phone} — rendezvous@soiree.example.net",
            )
        ],
    },
    legs=[
        Leg((0, 55), 2, c, person={"name": n, "age": a})
        for (n, a), c in zip(
            [("Juliette", "27"), ("Maëlle", "24"), ("Catherine", "32"), ("Inès", "26")],
            ["Montréal", "Laval", "Longueuil", "Montréal"],
            strict=True,
        )
    ],
)

op(
    id="h-ag-02",
    kind="agency",
    note="Toronto spa with stable named staff and posted hours",
    phones=["4165550199"],
    styles=("plain",),
    email="frontdesk@willowspa.example.com",
    texts={
        "main": [
            (
                "Willow Spa — relaxation massage, Midtown",
                "Willow Spa, Midtown. Our attendants Grace, Lily and Yuna, Mon-Sat 10am-10pm. 60 min 140. {phone} / frontdesk@willowspa.example.com",
            )
        ],
    },
    legs=[Leg((0, 55), 6, "Toronto")],
)

# ============ trafficking ============

op(
    id="h-tp-01",
    kind="third_party",
    note="'boyfriend' handler: one woman, fake first person, Québec ⇄ Montréal every 3 days, phone changed every 2 weeks",
    phones=["4185550197", "5145550196", "4385550197", "4185550196"],
    styles=("mixed", "plain"),
    contact_phone=False,
    texts={
        "main": [
            (
                "Tiffany 20 💕 dispo now {city}",
                "Tiffany 20 ans 💕 nouvelle a {city} pour quelques jours, gentille et ouverte, incall hotel, 150$ 30min. text {phone}",
            )
        ],
    },
    legs=[
        Leg((3 * i, 3 * i + 2), 1, ("Québec", "Montréal")[i % 2], phone=i // 5, form_age=20)
        for i in range(18)
    ],
)

op(
    id="h-tp-02",
    kind="third_party",
    note="four women, one phone each, same price table and 'new in town' text, obscured",
    phones=["6475550197", "6475550196", "4165550197", "4165550196"],
    styles=("emoji", "spaced"),
    contact_phone=False,
    texts={
        "main": [
            (
                "{name} {age} NEW in town 🔥 incall",
                "{name}, {age}, NEW in town 🔥 sweet & fun, incall only. 30min 120 / 1hr 200. No rush. {phone}",
            )
        ],
    },
    legs=[
        Leg((7 * i, 7 * i + 20), 3, c, phone=i, person={"name": n, "age": a}, form_age=a)
        for i, (n, a, c) in enumerate(
            [
                ("Alexis", "21", "Toronto"),
                ("Gigi", "22", "Ottawa"),
                ("Lola", "20", "Montréal"),
                ("Sky", "23", "Toronto"),
            ]
        )
    ],
)

op(
    id="h-tp-03",
    kind="third_party",
    minor=True,
    note="third person, 'fraîchement 18', petite écolière, one phone, two women",
    phones=["4505550196"],
    styles=("split",),
    contact_phone=False,
    texts={
        "main": [
            (
                "Nouvelle: Océane fraîchement 18 🎒",
                "Elle s'appelle Océane, fraîchement 18 ans 🎒 petite écolière toute timide. Elle est dispo avec son amie Sandra 25 ans. Incall Longueuil, 120$ la demi. Appelez {phone}",
            )
        ],
    },
    legs=[Leg((0, 30), 6, "Longueuil", form_age=18, minor=True)],
)

op(
    id="h-ev-01",
    kind="exploitative_venue",
    note="massage salon, new girls weekly, 60$/30, open until 4am",
    phones=["5145550195"],
    styles=("plain",),
    sources=("massage-forum",),
    texts={
        "main": [
            (
                "Salon Lumière 💆 nouvelles filles cette semaine",
                "Salon Lumière, Saint-Léonard. Nouvelles filles cette semaine: {names}. 60$ 30 min, ouvert 10h à 4h, 7 jours. {phone}",
            )
        ],
    },
    legs=[
        Leg((7 * w, 7 * w + 6), 2, "Montréal", person={"names": nm})
        for w, nm in enumerate(
            ["Anita, Bea", "Chanel, Dina", "Elsa, Flora", "Gina, Hanna", "Iris, Jana"]
        )
    ],
)

op(
    id="h-ev-02",
    kind="exploitative_venue",
    note="'agency' of Eastern European girls, new every month, incall at 'our apartments', no e-mail",
    phones=["4385550189"],
    styles=("plain", "split"),
    contact_phone=False,
    texts={
        "main": [
            (
                "New Eastern European girls this month 🇺🇦🇷🇺",
                "New girls from Eastern Europe every month! Incall at our apartments downtown, 24/7. This month: {names}. 150/hr special. {phone}",
            )
        ],
    },
    legs=[
        Leg((14 * w, 14 * w + 13), 3, "Montréal", person={"names": nm})
        for w, nm in enumerate(["Olena, Kristina", "Dasha, Nadia", "Yulia, Sonya", "Vika, Alla"])
    ],
)


def main() -> None:
    HOLDOUT.mkdir(exist_ok=True)
    write(*build(OPS, seed=SEED), HOLDOUT)


if __name__ == "__main__":
    main()
