"""French rule tables (Québec usage; Belgian/Swiss tens accepted)."""

from __future__ import annotations

from balise.extract.rules.base import LanguageRules

FR = LanguageRules(
    code="fr",
    units={
        "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
        "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
        "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    },
    tens={
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "septante": 70, "huitante": 80, "octante": 80, "quatre-vingt": 80,
        "quatre-vingts": 80, "nonante": 90,
    },
    stop_words=frozenset(
        """le la les un une des de du et je tu il elle nous vous mon ma mes ton ta tes
        son sa ses est suis sont pour avec dans sur pas ne que qui quoi ou au aux ce cette
        ces moi toi j'ai c'est tres bien aussi plus mais donc car chez ici seulement
        belle fille nouvelle disponible dispo jolie appelle appelez texte heure heures
        soir nuit ans rendez-vous douce coquine gentille viens venez n'hesitez pas
        hesitez toute tout tous""".split()
    ),
    age_units=(r"ans\b", r"an\b"),
    age_prefixes=(
        r"\bage\s*[:=\-]?\s*", r"\bj\s*'?\s*ai\s+(?:seulement\s+|juste\s+)?", r"\bjai\s+",
        r"\bage\s+de\s+",
    ),
    not_person_words=(
        "client", "clients", "clientele", "hommes", "homme", "messieurs", "monsieur",
        "gars", "plus", "moins", "minimum", "min", "entre", "depuis", "experience",
        "mari", "chum", "fils", "enfants", "enfant",
    ),
    name_intros=(
        r"\bje\s+m\s*'?\s*appelle\s+", r"\bmon\s+nom\s+est\s+", r"\bmoi\s+c\s*'?\s*est\s+",
        r"\bc\s*'?\s*est\s+", r"\bdemande[zr]?\s+", r"\bnom\s*[:=]\s*", r"\bappelez[\s-]moi\s+",
        r"\bici\s+", r"\bje\s+suis\s+",
    ),
    price_units={
        "qv": ("qv", None), "hh": ("hh", 30), "1/2h": ("hh", 30), "1/2 h": ("hh", 30),
        "demi-heure": ("hh", 30), "demi heure": ("hh", 30), "30min": ("hh", 30),
        "30 min": ("hh", 30), "h": ("h", 60), "hre": ("h", 60), "heure": ("h", 60),
        "1h": ("h", 60), "1 heure": ("h", 60), "1hre": ("h", 60), "60 min": ("h", 60),
        "2h": ("2h", 120), "2 heures": ("2h", 120), "15 min": ("15min", 15),
        "15min": ("15min", 15), "20 min": ("20min", 20), "20min": ("20min", 20),
        "45 min": ("45min", 45), "45min": ("45min", 45), "nuit": ("overnight", None),
        "la nuit": ("overnight", None), "soiree": ("overnight", None),
    },
)
