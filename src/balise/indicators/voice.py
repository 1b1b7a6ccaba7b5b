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
        # the buyer asks whoever answers for her by name ("Appelle ... demande pour Lili",
        # "ask for Candy"): someone else answers her phone. Her own "ask for details" or
        # "demande pour plus d'infos" is not a person.
        r"(?:ask|asking) for (?!(?:me|my|more|rates?|prices?|details?|pics?|pictures?|photos?|"
        r"info|infos|information|the|a|an|it|what|your|availability|specials?|deals?|"
        r"discounts?|references?|screening|anything|directions|address)(?![a-z]))[a-z]{3,12}",
        r"demandez? (?:pour|apr[èe]s) (?!(?:moi|plus|des|les|le|la|un|une|infos?|informations|"
        r"r[ée]server|rendez|rdv|photos?|prix|tarifs?|d[ée]tails?|adresse)(?![a-zéè]))"
        r"[a-zéè]{3,12}",
    ),
)

# A first person who speaks *about* her: a man who calls her "ma blonde" and says what she does
# for him, or sends buyers to her booker. Such an ad is written by someone else however often
# it says "je" / "moi" (hand-written blind market: a boyfriend's "Ma blonde Vicky ... fait tout
# ce que je lui demande ... Appelez-moi" counted as her own voice). Duos of friends ("moi et ma
# copine") are not in the list.
CONTROLLER = Wording(
    "controller",
    (
        r"ma blonde",
        r"my (?:girl|girlfriend|wifey) (?:is|will be)",
        r"(?:fait|fera|fais) tout ce que je (?:lui )?(?:dis|demande)",
        r"(?:does|will do) (?:anything|everything|whatever) i (?:say|ask|tell her)",
        r"je (?:lui|la) (?:demande|dis|conduis|am[èe]ne|d[ée]pose)",
        r"je l'(?:am[èe]ne|emm[èe]ne|accompagne|conduis)",
        r"i (?:drive|bring|send|drop) her",
        # he takes her bookings ("payable à moi" is not here: a woman who works alone is paid
        # herself, and may say so)
        r"(?:call|text) me to book her",
        r"(?:appelez|appelle|textez|texte)[- ]moi pour (?:la|elle) r[ée]server",
        r"(?:appelez|appelle|textez|texte|call|text) (?:son|her) "
        r"(?:ami|chum|g[ée]rant|booker|manager|driver|chauffeur|boyfriend)",
        r"(?:son|her) (?:chum|g[ée]rant|booker|manager|driver|bf|boyfriend|friend|ami|amie) "
        r"(?:r[ée]serve|s'occupe|r[ée]pond|g[èe]re|books|handles|answers|takes)",
        # a manager takes the calls ("Call manager for booking", "Manager answers"): he, not
        # she, is the one the buyer deals with
        r"(?:call|text|contact|appelez|appelle|textez|texte) (?:the |our |le |notre )?"
        r"(?:manager|g[ée]rant)",
        r"(?:manager|g[ée]rant) (?:answers|r[ée]pond|books|r[ée]serve|takes)",
        # a man who offers several women as his stock ("I have 3 girls available now ... pick
        # the one you want"): his "I" is not theirs
        # (with the availability that makes them stock: "j'ai deux filles" alone is a mother's)
        r"(?:i have|i got) (?:2|3|4|5|two|three|four|five) (?:new |beautiful |young |sexy )?"
        r"(?:girls|ladies) (?:available|ready|for you|tonight|today|on site|here)",
        r"(?:j'ai|j’ai) (?:2|3|4|5|deux|trois|quatre|cinq) (?:nouvelles |belles |jeunes )?"
        r"(?:filles|femmes) (?:dispo|disponibles|pour vous|ce soir|aujourd'hui|sur place|ici)",
        r"pick the one you (?:want|like)",
        # a friend takes the calls or hands out the room ("Appelle mon ami il va te donner la
        # chambre", "text my friend for the room": fourth blind market)
        # (not "text my friend" alone: a duo gives her partner's number that way)
        r"(?:appelez|appelle|textez|texte|call|text) (?:mon|my) (?:ami|chum|friend) "
        r"(?:pour|for|to) (?:r[ée]server|la chambre|the room|book)",
        r"(?:mon|my) (?:ami|chum|friend) (?:(?:va|will|il va) )?(?:te |vous |you )?"
        r"(?:donner|donnera|donne|give|gives|send|sends) (?:la chambre|the room)",
        # "Appelez-moi pour elle", "call me for her": whoever is called is not her
        r"(?:appelez|appelle|textez|texte)[- ]moi pour elle",
        r"(?:call|text) me for her",
        # whoever writes keeps her from being reached ("dont text her, text me"), drives her to
        # the client ("driver brings her") or makes her ads ("photos & ads done for you"): sixth
        # blind market, a minor's and a recruiter's ads
        r"(?:don'?t|do not|never) (?:text|call|message|contact) her",
        r"(?:the |a |her |my )?driver (?:brings|drives|drops|takes) her",
        r"(?:son|le|mon) chauffeur (?:l'am[èe]ne|la conduit|la d[ée]pose|l'emm[èe]ne)",
        r"(?:photos?|pics|ads)(?: (?:&|and) (?:photos?|pics|ads))? (?:done|made|posted) for you",
        r"choisis(?:sez)? celle (?:que|qui)",
        # the money goes to him ("Pay him at the door", "Paiement au chauffeur"): a woman who
        # works alone is paid herself, and a driver she hires for safety is paid by her
        r"pay (?:him|the driver|my driver|the manager|my manager)",
        r"(?:paiement|payer|payez|payable|l'argent|cash) (?:au|à mon|a mon|to the|to my) "
        r"(?:chauffeur|driver|g[ée]rant|manager)",
    ),
)


@dataclass(frozen=True)
class AdVoice:
    voice: Voice
    evidence: tuple[Evidence, ...]
    handler: bool = False  # a handler speaks (``CONTROLLER``): ``evidence`` holds his words


def ad_voice(ad: AdRecord | AdText) -> AdVoice:
    """The voice of one ad: someone who speaks about her (``CONTROLLER``), else the side with
    clearly more matches."""
    ad = ad if isinstance(ad, AdText) else AdText.of(ad)
    controller = CONTROLLER.find(ad, limit=2)
    if controller:
        return AdVoice("third", tuple(controller), handler=True)
    first = FIRST_PERSON.find(ad, limit=8)
    third = THIRD_PERSON.find(ad, limit=8)
    if len(third) > len(first):
        return AdVoice("third", tuple(third[:2]))
    if len(first) > len(third):
        return AdVoice("first", tuple(first[:2]))
    return AdVoice("none", ())
