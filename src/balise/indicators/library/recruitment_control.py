"""Recruitment that states control: a debt repaid from earnings, pay withheld, documents kept,
a daily quota."""

from __future__ import annotations

import re

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import not_preceded_by, share_kept, step_strength
from balise.indicators.wording import Wording

_APOS = r"(?:'|’)"

# Only what an employer who controls writes in so many words (the eighth blind market's job
# board): "Frais d'inscription de 500$ ... remboursés à même tes gains", "loyer retenu sur la
# paie", "on garde tes papiers d'identité au bureau", "6 rendez-vous minimum par jour", "Bus
# from Toronto paid in advance (deducted from your first pay)". The honest ads of the same
# board say the converse ("aucun quota, aucune avance de frais, tu gardes tes papiers et ton
# cell", "we never hold IDs or passports, no upfront fees"): the direction (who keeps what,
# who owes whom) is in the terms, a refusal before them is read in ``_stated``.
WORDS = Wording(
    "recruitment-control",
    (
        # a debt repaid from her earnings, or taken from her pay
        r"rembours[ée]e?s? (?:[àa] m[êe]me|sur|avec|par) (?:tes|vos|ses|leurs) (?:gains|paies?|"
        r"revenus)",
        r"apr[èe]s (?:le )?remboursement (?:des|de tes|de vos) (?:frais|dettes?|avances?)",
        r"(?:repaid|deducted|taken|paid back|withheld) (?:from|out of) (?:your|her|their) "
        r"(?:first )?(?:pay|paycheck|earnings|wages)",
        r"(?:retenue?s?|d[ée]duite?s?|pr[ée]lev[ée]e?s?) (?:sur|de|[àa] m[êe]me) (?:la|ta|votre|"
        r"tes|vos|sa|ses) (?:paie|paye|salaire|gains|revenus)",
        # her documents kept
        r"(?:on|nous) (?:garde|gardons|conserve|conservons) (?:tes|vos|ton|votre|ses|son) "
        rf"(?:papiers|pi[èe]ces? d{_APOS}identit[ée]|passeports?|cartes?)",
        r"we (?:keep|hold) (?:your|their|her) (?:passports?|ids?|papers|documents)",
        # a daily quota
        r"(?:rendez-vous|rdv|clients|dates|bookings) (?:minimum|min) par (?:jour|soir|shift)",
        r"minimum (?:de )?\d{1,2} (?:rendez-vous|rdv|clients) par (?:jour|soir)",
        r"(?:minimum|at least) \d{1,2} (?:clients|dates|bookings) (?:a|per) "
        r"(?:day|night|shift)",
    ),
)

# "aucun frais ... remboursé", "we never hold IDs", "pas de minimum": a refusal just before
_REFUSED_BEFORE = re.compile(
    r"\b(?:no|not|never|pas de|pas d'|jamais|aucune?s?|sans|zero|z[ée]ro|ne)\b[^.;!?\n]{0,24}$",
    re.IGNORECASE,
)
_CONTEXT = 30


_stated = not_preceded_by(_REFUSED_BEFORE, _CONTEXT)


def measure(view: ClusterView) -> Finding | None:
    # Read from words, but what they state is a fact about the work, as live-in's are: the
    # recruit owes, is paid what is left, has no papers, has a quota (UNODC's, Polaris's and
    # the Canadian Centre's lists). No independent writes it of herself. So it counts as a
    # fact for "keywords alone decide nothing", and by number of ads, not as a share: a
    # recruitment ad is one or two ads of a cluster of many profiles.
    found = share_kept(WORDS, view, _stated, "control stated in recruitment")
    if found is None:
        return None
    matched = round(found.strength * len(view.ads))
    strength = step_strength(matched, ((1, 0.7), (2, 0.85), (3, 1.0)))
    return Finding(strength, found.evidence, found.detail)


INDICATOR = Indicator(
    id="recruitment-control",
    version=1,
    category="trafficking",
    label_fr="Recrutement sous contrôle (dette, papiers gardés, quotas)",
    label_en="Recruitment that states control (debt, documents kept, quotas)",
    description_fr="Une offre d'emploi dit le contrôle : frais remboursés à même les gains, "
    "loyer ou transport retenus sur la paie, papiers d'identité gardés, nombre minimum de "
    "clients par jour.",
    description_en="A job ad states control: fees repaid from earnings, rent or travel "
    "deducted from pay, identity documents kept, a minimum number of clients a day.",
    citation=f"{citations.UNODC_INDICATORS}; {citations.POLARIS_TYPOLOGY_2017}; "
    f"{citations.CCEHT_INDICATORS}",
    default_weight=1.6,
    level="ad",
    signal="fact",
    measure=measure,
)
