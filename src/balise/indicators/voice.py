"""Who speaks in an ad: the advertised person herself (first person) or someone else
(third person about her, or a plural "we" of an agency or a handler)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from balise.indicators.wording import AdText, Wording
from balise.schema import AdRecord, Evidence

Voice = Literal["first", "third", "none"]

# an apostrophe as ads print it: typed, typographic, or left as the HTML escape of a form
_APOS = r"(?:'|’|&#x27;|&#39;|&apos;)"

FIRST_PERSON = Wording(
    "first-person",
    (
        r"je",
        r"j'",
        r"j’",
        # "j'ai", "j'aime": the elided "je" is read with its verb (a lone "j'" is no word)
        rf"j{_APOS}(?:ai|aime|adore|offre|attends|accueille|accepte|habite|arrive|suis)",
        r"moi",
        r"mon",
        r"ma",
        r"mes",
        r"m'appelle",
        r"m’appelle",
        r"i",
        r"i'm",
        r"i’m",
        r"im",
        r"i am",
        r"my",
        r"me",
        r"myself",
        r"i'll",
        r"i’ll",
    ),
)
THIRD_PERSON = Wording(
    "third-person",
    (
        r"elle est",
        r"elle a",
        r"elle sera",
        rf"elle s{_APOS}appelle",
        r"elle (?:offre|fait|re[çc]oit)",
        r"elles",
        r"elle vous",
        r"elle adore",
        r"elle aime",
        r"cette (?:belle |jolie )?(?:fille|demoiselle|beaut[ée])",
        r"nos (?:filles|demoiselles|"
        r"escortes|masseuses|ladies|girls)",
        r"notre (?:agence|[ée]quipe|nouvelle)",
        r"nous (?:avons|offrons|sommes)",
        r"les filles",
        r"nos",
        r"notre",
        r"she is",
        r"she's",
        r"she has",
        r"she will",
        r"she loves",
        r"she",
        r"her",
        r"our (?:girls|ladies|agency|team|new)",
        r"we (?:have|offer|are)",
        r"we're",
        r"our",
        r"this (?:beautiful |sexy |hot )?(?:girl|lady|babe)",
        r"the girls",
    ),
)


@dataclass(frozen=True)
class AdVoice:
    voice: Voice
    evidence: tuple[Evidence, ...]


def ad_voice(ad: AdRecord | AdText) -> AdVoice:
    """The voice of one ad: the side with clearly more matches wins."""
    ad = ad if isinstance(ad, AdText) else AdText.of(ad)
    first = FIRST_PERSON.find(ad, limit=8)
    third = THIRD_PERSON.find(ad, limit=8)
    if len(third) > len(first):
        return AdVoice("third", tuple(third[:2]))
    if len(first) > len(third):
        return AdVoice("first", tuple(first[:2]))
    return AdVoice("none", ())
