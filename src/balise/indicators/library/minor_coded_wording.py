"""Coded terms and emoji that imply a minor."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import step_strength
from balise.indicators.wording import Wording, scan_ads, spread_evidence

WORDS = Wording(
    "minor-coded",
    (
        r"teens?",
        r"teenager",
        r"ado",
        r"adolescente",
        r"barely legal",
        r"just (?:turned )?18",
        r"fresh(?:ly)? 18",
        r"tout juste 18",
        r"juste 18",
        r"vient d'avoir 18",
        r"vient d’avoir 18",
        r"[àa] peine 18",
        r"school ?girl",
        r"[ée]coli[èe]re",
        r"lolita",
        r"jailbait",
        r"mineure",
        r"underage",
        r"very young",
        r"tr[èe]s jeune",
        r"young young",
        r"first time",
        r"premi[èe]re fois",
        r"virgin",
        r"vierge",
        r"new to (?:this|the game)",
        r"nouvelle dans le (?:milieu|m[ée]tier)",
        r"high ?school",
        r"secondaire",
        r"polyvalente",
        r"🍭",
        r"🍬",
        r"🧸",
        r"🎀",
        r"🍼",
        r"👧",
        r"🏫",
        r"🎒",
        r"🧃",
        r"🍒",
    ),
)


def measure(view: ClusterView) -> Finding | None:
    matched, evidence = scan_ads(WORDS, view.ads)
    if not matched:
        return None
    # Counted in ads, not as a share: a minor may be one person among several in a cluster.
    strength = step_strength(matched, ((1, 0.5), (2, 0.75), (3, 1.0)))
    return Finding(strength, spread_evidence(evidence), f"minor-coded terms in {matched} ads")


INDICATOR = Indicator(
    id="minor-coded-wording",
    version=1,
    category="minor",
    label_fr="Termes codés évoquant une mineure",
    label_en="Coded terms implying a minor",
    description_fr="Termes ou émojis codés qui évoquent une personne mineure (« teen », "
    "« à peine 18 », « écolière », 🍭 🎀...).",
    description_en='Coded terms or emoji that imply a minor ("teen", "barely legal", '
    '"schoolgirl", 🍭 🎀...).',
    citation=f"{citations.OUTCOME_STUDY}; {citations.CRIMINAL_CODE_MINORS}",
    default_weight=2.0,
    level="ad",
    signal="wording",
    measure=measure,
)
