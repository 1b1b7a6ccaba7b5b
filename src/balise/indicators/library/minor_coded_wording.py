"""Coded terms and emoji that imply a minor."""

from __future__ import annotations

import re

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.measures import step_strength, text_around
from balise.indicators.wording import Wording, spread_evidence
from balise.schema import AdExtraction, AdRecord, Evidence

# Newness ("first time", "première fois", "new to this", "nouvelle dans le milieu") is not in
# this list: it is what every adult who starts the work writes, not a term that codes a child
# (the hand-written check flagged a 19-year-old independent on "new to this"). It names the
# minor category on flagged leads through ``youth-at-eighteen`` instead, adding nothing.
WORDS = Wording(
    "minor-coded",
    (
        r"teens?",
        r"teenager",
        r"ado",
        r"adolescente",
        r"barely legal",
        r"barely (?:18|eighteen)",
        r"[àa] peine majeure",
        r"tout juste majeure",
        r"just (?:turned )?18",
        r"fresh(?:ly)? 18",
        r"tout juste 18",
        r"juste 18",
        r"vient d'avoir 18",
        r"vient d’avoir 18",
        r"[àa] peine 18",
        r"school ?girl",
        r"school uniform",
        r"uniforme (?:d'[ée]cole|d’[ée]cole|scolaire|d'[ée]coli[èe]re|d’[ée]coli[èe]re)",
        r"daddy'?s little girl",
        r"[ée]coli[èe]re",
        r"lolita",
        r"jailbait",
        r"mineure",
        r"underage",
        r"very young",
        r"tr[èe]s jeune",
        r"young young",
        r"virgin",
        r"vierge",
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
        # a hatching chick: just hatched ("toute petite, NOUVELLE 🐣" on an 18-year-old in a
        # venue: fifth blind market)
        r"🐣",
    ),
)

# The emoji of the list weigh less than its words: alone they sell adults too (eighth blind
# market: 🎀 gave a 19-year-old who offers to show her ID as much as "sec 5" gives a
# schoolgirl, +2.00). They corroborate a word; without one they reach ``EMOJI_ALONE`` at most.
# (One list still: the keyword baseline and ``movement-language`` read the whole of it.)


def _is_emoji(evidence: Evidence) -> bool:
    return not any(char.isalnum() for char in evidence.text)


EMOJI_ALONE = 0.6
PER_AD = 4  # matches read per ad where two emoji came first: they do not hide a word after

# What says she is a child whatever age the ad states: a school year of Québec's secondary
# ("j'finis mon sec 5 en juin", "a fini son sec 4"), still at school or free after it, youth
# protection ("vient de sortir du centre jeunesse", "famille d'accueil", a runaway), and the
# words that excuse it ("mature pour son âge", "pas de questions sur l'âge"). Seventh and
# eighth blind markets: two minors were found only through an emoji, one not at all.
SCHOOL_AGE = Wording(
    "minor-school-age",
    (
        r"sec(?:ondaire)? ?[1-5]",
        r"centre (?:jeunesse|d'accueil|d’accueil)",
        r"famille d'accueil",
        r"famille d’accueil",
        r"foster (?:home|care|family|kid)",
        r"en fugue",
        r"fugueuse",
        r"mature pour son [âa]ge",
        r"mature for her age",
        r"pas de questions? sur (?:l'|l’)?[âa]ge",
        r"no questions? (?:asked )?(?:about|on) (?:her )?age",
        r"still in (?:high )?school",
        r"(?:toujours|encore) (?:[àa] l'[ée]cole|[àa] l’[ée]cole|au secondaire|"
        r"[àa] la polyvalente)",
        r"apr[èe]s l'[ée]cole",
        r"apr[èe]s l’[ée]cole",
        r"after school",
    ),
)


# School named as the past of adults ("amies depuis le secondaire", "friends since high school":
# two women of 49 and 46 in the fifth blind market) says nothing of a minor. Read in the words
# just before the match, not in the list (a look-behind there would keep the list from being
# gated and grouped: see ``wording``).
_SINCE = re.compile(
    r"(?:\bsince|\bdepuis|\bback in|\bdès)(?: (?:le|la|l'|my|mon|ma|the))?\s*$", re.I
)
_SINCE_CONTEXT = 16


def _in_the_past(ad: AdRecord, evidence: Evidence) -> bool:
    around = text_around(ad, evidence, _SINCE_CONTEXT)
    return around is not None and _SINCE.search(around[0]) is not None


YOUNGEST_ADULT = 19  # coded terms next to a stated 18 or 19 are the telling case


def persons_stating(view: ClusterView, top: int) -> frozenset[str]:
    """The persons of the cluster who state an age of ``top`` or under in one of their ads."""
    return frozenset(
        view.person_of[ad.key]
        for ad, ex in zip(view.ads, view.extractions, strict=True)
        if ad.key in view.person_of and any(age <= top for age in ex.ages)
    )


def about_person_stating(
    view: ClusterView, ad: AdRecord, ex: AdExtraction, top: int, persons: frozenset[str]
) -> bool:
    """Whether the ad is about a person who states ``top`` or under: it states such an age, or
    it states none and is the ad of one of ``persons`` (the age she states elsewhere is hers
    here)."""
    if any(age <= top for age in ex.ages):
        return True
    return not ex.ages and view.person_of.get(ad.key) in persons


def youngest_persons(view: ClusterView) -> frozenset[str]:
    """The persons of the cluster who state 18 or 19 in one of their ads (shared: read it
    through ``view.shared``)."""
    return persons_stating(view, YOUNGEST_ADULT)


def about_youngest(view: ClusterView, ad: AdRecord, ex: AdExtraction) -> bool:
    """Whether the ad is about a person who states 18 or 19 (see ``about_person_stating``)."""
    return about_person_stating(view, ad, ex, YOUNGEST_ADULT, view.shared(youngest_persons))


def measure(view: ClusterView) -> Finding | None:
    # The persons who state 18-19 somewhere in the cluster: coded words in another of *her*
    # ads describe the same woman (a third party writes "barely legal" in one ad and "19" in
    # the next as readily as in one ad).
    strong = emoji = weak = 0
    evidence: list[Evidence] = []
    coded = view.matches(WORDS)  # the scan ``movement-language`` reads too
    if any(len(found) >= 2 and all(map(_is_emoji, found)) for found in coded):
        coded = view.matches(WORDS, per_ad=PER_AD)  # two emoji may hide a word after them
    for ad, found, school, ex in zip(
        view.ads,
        coded,
        view.matches(SCHOOL_AGE),
        view.extractions,
        strict=True,
    ):
        signs = [e for e in found if _is_emoji(e)]
        said = [e for e in (*school, *found) if not _is_emoji(e) and not _in_the_past(ad, e)]
        if not said and not signs:
            continue
        evidence.extend(said or signs)
        if any(not _in_the_past(ad, e) for e in school):
            strong += 1  # a child whatever age the ad states
        elif not about_youngest(view, ad, ex):
            weak += 1
        elif said:
            strong += 1
        else:
            emoji += 1
    if not evidence:
        return None
    # Counted in ads, not as a share: a minor may be one person among several in a cluster.
    # Alone, the words are weak (they also sell adults); next to a stated 18-19 they imply
    # that the "18" is the site's minimum, not the person's age. Emoji next to a stated 18-19
    # count with the words, but without a word reach ``EMOJI_ALONE`` at most.
    steps = ((1, 0.6), (2, 0.8), (3, 1.0))
    strength = step_strength(strong + emoji, steps)
    if not strong:
        strength = min(strength, EMOJI_ALONE)
    strength = strength or 0.25
    return Finding(
        strength,
        spread_evidence(evidence),
        f"minor-coded terms in {strong + emoji + weak} ads, {strong + emoji} about a person "
        f"stating age 18-19 or at school ({emoji} by emoji alone)",
    )


INDICATOR = Indicator(
    id="minor-coded-wording",
    version=4,
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
