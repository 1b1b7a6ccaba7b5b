"""Unsafe services offered: no condom, "no limits". Someone who cannot refuse a service is not
in control of her work."""

from __future__ import annotations

import re

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import share_kept, text_around
from balise.indicators.wording import Wording
from balise.schema import AdRecord, Evidence

WORDS = Wording(
    "unsafe-services",
    (
        r"bbfs",
        r"bareback",
        r"bb (?:ok|oui|yes)",
        r"no condoms?",
        r"without (?:a )?condoms?",
        r"sans (?:condom|capote|protection)",
        # "no limits", "pas de limite"; not "no time limit", "sans limite de temps" (long bookings)
        r"no limits?(?! (?:on|of) time)",
        r"(?:sans|pas de|aucune) limites?(?! de temps)",
        r"anything goes",
        r"ouverte? (?:à|a) tout",
        r"open to (?:anything|everything)",
    ),
)


# "No bareback", "pas de BBFS", "jamais sans condom", "BBFS: non" state a boundary, the
# converse of this indicator (the generator's independents write "Pas de bareback, pas de
# négociation" and were flagged for it before the negation was read)
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|strictly no|absolutely no|pas de|pas d'|jamais|jamais de|aucun|"
    r"aucune|zero|z[ée]ro|sans))[\s:!*-]*$",
    re.IGNORECASE,
)
_NEGATED_AFTER = re.compile(r"^[\s:=*-]*(?:no|non|nope|never|jamais|interdit)\b", re.IGNORECASE)
_CONTEXT = 20
# A negation earlier in the same clause ("Aucun service sans condom", "ce que je ne propose
# pas : le sans condom", "I don't do bareback"): fifth blind market, an agency and an
# independent stating their boundaries were read as offering the service. The clause ends at
# a comma, a semicolon, a full stop or a line break ("Pas de négo, sans limite" offers it).
_CLAUSE_START = re.compile(r"[.,;!?\n]")
_NEGATION_IN_CLAUSE = re.compile(
    r"\b(?:no|not|never|don't|dont|do not|won't|pas|jamais|aucun|aucune|ni|n'|ne)\b",
    re.IGNORECASE,
)
_CLAUSE_CONTEXT = 60


def _affirmed(ad: AdRecord, evidence: Evidence) -> bool:
    around = text_around(ad, evidence, _CLAUSE_CONTEXT)
    if around is None:
        return True
    window, after = around
    if _NEGATED_BEFORE.search(window[-_CONTEXT:]) or _NEGATED_AFTER.match(after[:_CONTEXT]):
        return False
    clause = _CLAUSE_START.split(window)[-1]
    return _NEGATION_IN_CLAUSE.search(clause) is None


def measure(view: ClusterView) -> Finding | None:
    return share_kept(WORDS, view, _affirmed, "unsafe services offered")


INDICATOR = Indicator(
    id="unsafe-services",
    version=3,
    category="trafficking",
    label_fr="Services à risque offerts (« sans condom », « sans limite »)",
    label_en='Unsafe services offered ("bareback", "no limits")',
    description_fr="L'annonce offre des services sans protection ou « sans limite » : une "
    "personne qui ne peut rien refuser n'est pas maîtresse de son travail. Des travailleuses "
    "autonomes le font aussi : poids modéré, et jamais décisif seul.",
    description_en='The ad offers unprotected or "no limits" services: someone who cannot '
    "refuse anything is not in control of her work. Some independent workers offer them too: "
    "moderate weight, never decisive alone.",
    citation=f"{citations.UNODC_INDICATORS} (unprotected or violent sex); "
    f"{citations.STELLA_SAFETY} (boundaries, the converse)",
    default_weight=0.5,
    level="ad",
    signal="wording",
    measure=measure,
)
