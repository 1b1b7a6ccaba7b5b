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
# The same, as a second list: one list of all of them is longer than a Hyperscan expression
# may be, and a list the prefilter leaves out runs on every ad (+30 % of the scoring's CPU).
CONTROL = Wording(
    "controller-direction",
    (
        # Round 13 (seventh and eighth blind markets): direction decides. What a handler
        # says is who answers, who is paid and who keeps the women; the look-alikes of the
        # same markets say the converse and are not read: "texte-la direct, c'est SON cell",
        # "une réceptionniste que je paie", "on partage la réception", "my best friend drives
        # me", a friend who writes the ad once.
        # A first-person possessive over the women he offers ("Mes filles à 3R cette semaine",
        # "Textez pour mes filles", "J'ai trois filles à l'hôtel"): his "I" is not theirs (not a
        # mother's "mes filles à l'école", "mes filles à leur père", "mes filles ce soir", nor
        # "j'ai deux filles" alone): a town after "à", or the hotel, or their availability
        rf"mes (?:filles|girls|escortes|demoiselles) (?:[àa] (?!l{_APOS}|la |le |les |leur|mon |"
        r"ma |mes |son |sa |ses |notre |nos )[\w-]{2,24}|[àa] l'h[ôo]tel|[àa] l’h[ôo]tel|au motel|"
        r"sont (?:dispo|disponibles|pr[êe]tes|en ville)|dispo|disponibles|vous attendent)",
        r"(?:textez|texte|appelez|appelle|[ée]crivez|[ée]cris|call|text) pour mes filles",
        r"my girls (?:are (?:available|ready|here|in town)|available|tonight|this week|in town)",
        rf"j{_APOS}ai (?:2|3|4|5|deux|trois|quatre|cinq) (?:nouvelles |belles |jeunes )?"
        rf"(?:filles|femmes) (?:[àa] l{_APOS}h[ôo]tel|au motel|en ville|cette semaine)",
        # whoever writes keeps her from being reached ("Contacte-moi, pas elle", "Texte-moi,
        # pas elles")
        r"(?:contacte|contactez|texte|textez|appelle|appelez|[ée]cris|[ée]crivez|passe|passez)"
        r"[- ]moi,? (?:pas|jamais) (?:par )?(?:elles?|[àa] elles?)",
        r"(?:text|call|contact|message) me,? not (?:her|them|the girls)",
        # she says a man keeps her bookings or her time ("Mon chum s'occupe de mes rendez-vous",
        # "il gère mon horaire", "my management handles my bookings", "he handles everything for
        # her"); not a receptionist or an assistant she pays
        rf"(?:mon|my) (?:chum|boyfriend|bf|copain|manager|management|g[ée]rant|daddy|man|ami) "
        rf"(?:s{_APOS}occupe|g[èe]re|handles?|manages?|books?|takes care of|prend) (?:de )?"
        r"(?:mes|my|tous mes|all my) (?:rendez-vous|rdv|rencontres|bookings?|appointments?|"
        r"horaire|schedule|clients|dates|argent|money)",
        rf"(?:il|he) (?:g[èe]re|s{_APOS}occupe de|prend|handles|manages|books) (?:mon horaire|"
        r"mes rendez-vous|mes rdv|mes rencontres|mes clients|mon argent|my schedule|my bookings|"
        r"my appointments|my money)",
        rf"(?:he|il) (?:handles|takes care of|manages|s{_APOS}occupe de|g[èe]re) "
        r"(?:everything|all|tout) (?:for her|pour elle)",
    ),
)
# ... and who answers, who is paid, where she sleeps, what the recruiter holds. A third list:
# Hyperscan's prefilter mode widens an expression this long to one that reports every text.
CONTROL_MONEY = Wording(
    "controller-money",
    (
        rf"c{_APOS}est (?:lui|son chum|mon chum|son ami|mon ami|son boyfriend|mon boyfriend) qui "
        r"(?:r[ée]pond|g[èe]re|booke?|r[ée]serve|prend les (?:appels|rendez-vous))",
        # the money, a deposit too, goes to him ("paiement d'avance à lui", "deposit to my
        # boyfriend"): a worker who works alone is paid herself
        rf"(?:paiement|payer|payez|payable|d[ée]p[ôo]t|l{_APOS}argent|cash|deposit|e-?transfer)"
        rf"(?: d{_APOS}avance| first| upfront| en avance)? (?:[àa] lui|au chum|[àa] (?:mon|son) "
        r"(?:chum|ami|boyfriend)|to him|to (?:my|her) (?:bf|boyfriend|man|manager|friend))",
        # booking through her boyfriend ("Textez mon chum pour booker", "Texte mon chum il va
        # booker pour moi"), his answer ("réponse de notre ami", "c'est son chum qui répond")
        r"(?:textez|texte|appelez|appelle|[ée]cris|[ée]crivez|call|text) (?:mon|son|my|her) "
        r"(?:chum|boyfriend|bf|copain)(?:,? (?:il va|il|he will|he'll|he’ll))? (?:pour )?"
        r"(?:booker|book|r[ée]server)",
        r"(?:r[ée]ponse|r[ée]pond) (?:de|par) (?:notre|mon|son) (?:ami|chum|boyfriend)",
        r"(?:answered|replies|reply) (?:by|from) (?:our|my|her) (?:friend|boyfriend|bf|man)",
        # she sleeps where whoever writes lets her ("elle dort chez moi pour l'instant", "elle
        # a besoin d'un toit": a girl out of a youth centre, seventh blind market); not "she
        # lives with me", which a duo of roommates may write
        r"(?:elle|she) (?:dort|sleeps) (?:chez moi|at my place)",
        rf"(?:elle a|she has) besoin d{_APOS}un toit",
        # the recruiter holds her phone and her ads, and the money ("on s'occupe de TOUT:
        # transport, hôtel, photos, annonces, téléphone", "on s'occupe des clients et de
        # l'argent"): eighth blind market's job board
        # (her phone, not the ads alone: an honest agency makes its companions' ads)
        rf"on s{_APOS}occupe de tout[: ,!.-]{{1,3}}[\w ,]{{0,40}}?(?:t[ée]l[ée]phone|cellulaire)",
        r"we (?:handle|take care of|provide|manage) (?:your |the |a )?(?:phone|cell|"
        r"phone and ads|ads and phone)",
        rf"on s{_APOS}occupe (?:des clients et de l{_APOS}argent|de l{_APOS}argent)",
    ),
)

# ... and, round 13b (ninth blind market, Québec French), a fourth list for the same reason:
# a man's name given as the women's contact ("Appelez Mike", "demandez pour Steve"), "mon gars"
# who takes the texts, "ma fille est obéissante", "elle fait pas d'appels, c'est moi qui
# réponds"; and a third person who must work and cannot refuse ("Angie doit faire ses
# rendez-vous avant ce soir", "faut qu'elle travaille ce soir", "elle refuse rien", "elle dit
# jamais non"). Not read: "c'est moi qui réponds" alone or before a comma (her own phone, or a
# duo's: "c'est moi qui réponds mais on décide tout à deux", "c'est moi qui réponds, elle est
# plus timide"), her own first-person limits, a name of either sex ("Alex", "Sam").
_MEN = (
    r"(?:steve|mike|marc|jeff|kevin|eric|éric|patrick|martin|dave|john|tony|frank|rick|bob|"
    r"jimmy|jason|carl|sylvain|st[ée]phane|mathieu|luc|pierre|ray|roger|denis|mario|richard)"
)
CONTROL_CONTACT = Wording(
    "controller-contact",
    (
        rf"(?:demandez|demande|appelez|appelle|textez|texte|ask for|call|text)(?: pour)? {_MEN}",
        r"(?:textez|texte|appelez|appelle|[ée]crivez|[ée]cris) mon gars",
        rf"mon gars (?:(?:il )?va|prend|r[ée]pond|s{_APOS}occupe|g[èe]re)",
        r"ma fille est (?:tr[èe]s |tellement |super |ben )?(?:ob[ée]issante|soumise|docile)",
        rf"(?:elle )?(?:ne )?(?:fait|prend) pas (?:d{_APOS}appels|les appels),? "
        rf"c{_APOS}est moi qui r[ée]ponds?",
        rf"c{_APOS}est moi qui r[ée]ponds? (?:pour elle|[àa] sa place)",
        # her bookings go through someone else ("Booking through her friend: dm @..."); not
        # "her friend writes the ad ... she answers herself"
        r"(?:booking|bookings|book) (?:through|via|by) her (?:friend|bf|boyfriend|man|manager)",
        r"(?:r[ée]servations?|r[ée]server|booking) (?:par|via|avec) (?:son|sa) "
        r"(?:ami|amie|chum|copain|g[ée]rant)",
        # men who hand out her room ("Texte au 418 555 0173, ils vont te dire la chambre")
        r"ils vont te (?:dire|donner|texter) (?:la chambre|le num[ée]ro de chambre)",
        # she must work, she cannot refuse: said by whoever writes about her
        r"doit faire (?:ses|son|des) (?:rendez-vous|rdv|clients|quota|heures)",
        rf"faut qu{_APOS}elle (?:travaille|fasse|voie)",
        r"(?:elle|she) (?:ne )?refuse (?:rien|jamais|personne)",
        r"(?:elle|she) (?:ne )?(?:dit|dis) jamais non",
        r"she (?:never says|can'?t say|cannot say) no",
    ),
)


@dataclass(frozen=True)
class AdVoice:
    voice: Voice
    evidence: tuple[Evidence, ...]
    handler: bool = False  # a handler speaks (``CONTROLLER``): ``evidence`` holds his words


def ad_voice(ad: AdRecord | AdText) -> AdVoice:
    """The voice of one ad: someone who speaks about her (``CONTROLLER`` and the other two
    lists), else the side with clearly more matches."""
    ad = ad if isinstance(ad, AdText) else AdText.of(ad)
    controller = (
        CONTROLLER.find(ad, limit=2)
        or CONTROL.find(ad, limit=2)
        or CONTROL_MONEY.find(ad, limit=2)
        or CONTROL_CONTACT.find(ad, limit=2)
    )
    if controller:
        return AdVoice("third", tuple(controller), handler=True)
    first = FIRST_PERSON.find(ad, limit=8)
    third = THIRD_PERSON.find(ad, limit=8)
    if len(third) > len(first):
        return AdVoice("third", tuple(third[:2]))
    if len(first) > len(third):
        return AdVoice("first", tuple(first[:2]))
    return AdVoice("none", ())
