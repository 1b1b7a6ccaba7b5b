"""A parlour's trade wording: walk-ins welcome, table showers, open every day of the year."""

from __future__ import annotations

import re

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import not_preceded_by, share_kept
from balise.indicators.wording import Wording

WORDS = Wording(
    "parlour-trade",
    (
        # walk-ins: a house that opens its door to whoever comes; no one who works alone does
        r"walk-?ins? (?:are |always |very |most )?welcomed?",
        r"walk-?ins? (?:ok|okay|accepted|available|only)",
        r"no appointments? (?:needed|necessary|required)",
        r"sans (?:rendez-vous|rdv)",
        r"pas besoin de (?:rendez-vous|rdv)",
        r"pas de (?:rendez-vous|rdv) (?:n[ée]cessaire|requis)",
        # "entrez directement" (sixth blind market: "pas de rendez-vous, entrez directement")
        r"entrez directement",
        r"just walk in",
        # a service sold by erotic massage parlours, not by escorts or therapists
        r"table showers?",
        r"douches? (?:sur|de) table",
        # a salon's private rooms and the extras sold in them ("Cabines privées, extras avec
        # les filles": seventh blind market); a massage "complet" sold to men ("massage complet
        # pour homme, douche")
        r"cabines? priv[ée]es?",
        r"private (?:cabins|booths)",
        r"extras avec (?:les|nos) (?:filles|masseuses|danseuses)",
        r"extras with (?:the|our) (?:girls|ladies|dancers)",
        r"massage complet pour (?:hommes?|messieurs)",
        # open every day of the year
        r"365 (?:days|jours)",
        r"365 ?/ ?365",
    ),
)

# "Aucune visite sans rendez-vous", "no walk-ins", "jamais sans rdv": the converse, an
# appointment required (what an independent writes for her safety)
_REFUSED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|pas de|pas d'|jamais|aucune?|zero|z[ée]ro)\b[^.,;!?\n]{0,20}|"
    r"\b(?:visites?|visits?|personne|nobody|no one)\s*)$",
    re.IGNORECASE,
)
_CONTEXT = 28


_offered = not_preceded_by(_REFUSED_BEFORE, _CONTEXT)


def measure(view: ClusterView) -> Finding | None:
    return share_kept(WORDS, view, _offered, "a parlour's trade wording")


INDICATOR = Indicator(
    id="parlour-wording",
    version=3,
    category="exploitative-venue",
    label_fr="Vocabulaire de salon (« sans rendez-vous », « douche sur table »)",
    label_en='Parlour wording ("walk-ins welcome", "table shower")',
    description_fr="L'annonce parle comme un salon de massage érotique : clientes et clients "
    "sans rendez-vous, douche sur table, ouvert 365 jours. Un institut honnête peut accueillir "
    "sans rendez-vous aussi : poids faible, un signe de lieu parmi d'autres.",
    description_en="The ad speaks as an erotic massage parlour: walk-ins welcome, table "
    "showers, open 365 days. An honest clinic may take walk-ins too: low weight, one sign of a "
    "venue among others.",
    citation=f"{citations.POLARIS_2018}; {citations.UNODC_INDICATORS}",
    default_weight=0.5,
    level="ad",
    signal="wording",
    measure=measure,
)
