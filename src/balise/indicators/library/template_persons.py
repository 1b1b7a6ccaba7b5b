"""One text template written about several persons."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import regex

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library import shared_phone_persons
from balise.indicators.library.phone_rotation import rotation
from balise.indicators.library.voiced_for_several import presents_partners
from balise.indicators.wording import Wording
from balise.link.shingles import masked_text
from balise.schema import AdExtraction, AdRecord, Evidence

_NOISE = regex.compile(r"[\d\W_]+")
MIN_SKELETON = 40  # characters: shorter bodies are too generic to call a template
MIN_OWN_WORDS = 3  # distinct words beyond the trade's vocabulary that a template must share

# The vocabulary every site's ads share (review-board jargon, rates, screening, contact and
# function words): two short ads made of it are alike because the trade writes so, not because
# one hand wrote both (sixth blind market: two independents' "GFE, covered only, refs, hh/h").
# A template is read on what is left.
_TRADE_TEXT = """
gfe pse owo bbbj bbfs cim cof daty dfk fs bj hj cbj greek covered uncovered
nonnegotiable negotiable non refs ref references reference screening screened screen
verification verified id deposit deposits dépôt depot incall outcall in out call calls
hh hr hrs h hour hours heure heures qv qk quickie half full overnight nuit donation
donations roses rate rates tarif tarifs price prices prix text texts texto textos txt
sms only seulement no not pas blocked bloqués bloques cash comptant upscale discreet
discrete discrète discret safe respectful respectueux respectueuse clean propre hygiene
hygiène review reviews verified available availability dispo disponible disponibles
booking bookings book réservation réservations reservation appointment appointments
rendez vous rdv min mins minutes ans yo years old age and et or ou the le la les de des
du a à au aux an of for pour with avec by par to on my me mes ma mon i je j your you
vous votre vos tu te is are am est sont suis be it its this that ce cette ces ici here
please svp stp merci thanks thank downtown centre ville city area quartier hotel hôtel
condo apartment appartement
"""
TRADE_WORDS = frozenset(_TRADE_TEXT.split())


def skeleton(ad: AdRecord, ex: AdExtraction) -> str:
    """The body with its slots (names, numbers, punctuation) removed: what a template keeps."""
    text = ad.body.casefold()
    for name in ex.names:
        text = text.replace(name.casefold(), " ")
    return str(_NOISE.sub(" ", text)).strip()


WITH_MY_FRIEND = Wording(
    "with-my-friend",
    (
        r"with my (?:best )?(?:friend|girlfriend|bestie)",
        r"avec (?:mon amie|ma meilleure amie|ma copine|ma chum)",
        r"each of us (?:books|runs|takes)",
        r"chacune (?:prend|g[èe]re|s'occupe)",
    ),
)
"""How a woman who posts one text with a friend says so in her own voice ("touring ... with my
friend. Each of us books for herself"): two friends, not one hand writing for two."""


def _partners(view: ClusterView) -> bool:
    """The two persons present themselves as partners (``shared-phone-persons``'s duo test),
    or an ad in the first person says she works with her friend."""
    if presents_partners(view):
        return True
    return any(
        found and voice.voice == "first"
        for found, voice in zip(view.matches(WITH_MY_FRIEND, per_ad=1), view.voices, strict=True)
    )


def own_words(sk: str) -> list[str]:
    """The skeleton's words beyond the trade's shared vocabulary, in order."""
    return [w for w in sk.split() if len(w) > 1 and w not in TRADE_WORDS]


def measure(view: ClusterView) -> Finding | None:
    if view.person_count < 2:
        return None
    # Several persons behind one phone already say "one hand manages them"; a shared template
    # says the same thing again (and honest agencies do both), so it is not counted twice.
    if shared_phone_persons.measure(view) is not None:
        return None
    groups: dict[str, dict[str, AdRecord]] = defaultdict(dict)  # skeleton -> person -> ad
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        person = view.person_of.get(ad.key)
        sk = skeleton(ad, ex)
        if person is None or len(sk) < MIN_SKELETON or len(set(own_words(sk))) < MIN_OWN_WORDS:
            continue
        groups[sk].setdefault(person, ad)
    best = max(groups.values(), key=len, default={})
    # Two friends who advertise together in their own voice may post one text about both
    # ("Girls' trip! Noor (28) touring ... with my friend Aria"), as they may share a line
    # (``shared-phone-persons`` reads two such persons the same way); three or more persons, or
    # two presented by someone else, still count.
    if len(best) == 2 and _partners(view):
        return None
    if len(best) >= 2:
        evidence = tuple(
            Evidence(ad.source, ad.ad_id, ad.body[:80], "body", 0, min(80, len(ad.body)))
            for ad in best.values()
        )
        return Finding(
            min(1.0, 0.4 * len(best)), evidence, f"one text template about {len(best)} persons"
        )
    # The linker may have joined near-duplicate texts that our exact skeleton misses. Its text
    # link also joins one person's own reposts, so the link counts only where two persons'
    # texts are near-duplicates of one another (sixth blind market: two independents' own
    # reposts, each under her own phone, read as one template about both).
    if not any(link.kind == "text" for link in view.cluster.links):
        return None
    templated = _near_duplicates_across_persons(view)
    if len(templated) < 2 or (len(templated) == 2 and _partners(view)):
        return None
    text_link = next(link for link in view.cluster.links if link.kind == "text")
    evidence = tuple(
        Evidence(ad.source, ad.ad_id, f"text template {text_link.value}: {ad.body[:60]}")
        for ad in list(templated.values())[:4]
    )
    return Finding(0.5, evidence, f"text-template link across {len(templated)} persons")


SHINGLE_WORDS = 3  # as the linker compares texts
NEAR_DUPLICATE = 0.5  # Jaccard of the shingles: the linker's own bar for a text link
MIN_SHARED_OWN_WORDS = 12  # distinct words beyond the trade's vocabulary in what is shared
MAX_TEXTS = 8  # distinct texts compared per person (a person's reposts are mostly one text)

_MARKUP = regex.compile(r"<[^>]*>|&[a-z]+;|&#x?[0-9a-f]+;")
_NUMBER = regex.compile(r"\p{N}+")
_WORD = regex.compile(r"\w+")


def _linked_shingles(ad: AdRecord, ex: AdExtraction) -> frozenset[str]:
    """The text's word shingles as the linker compares them: title and body, slots masked,
    accents and markup left out, numbers as one token."""
    text = unicodedata.normalize("NFKD", masked_text(ad, ex))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _NUMBER.sub(" zznum ", _MARKUP.sub(" ", text))
    words = _WORD.findall(text)
    return frozenset(
        " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def _template_between(a: frozenset[str], b: frozenset[str], bar: int) -> bool:
    """Two texts are one template: near-duplicates as the linker reads them, and what they
    share holds at least ``bar`` words of its own beyond the trade's vocabulary (a stock phrase
    such as "j'offre une expérience de copine sans stress" is not a template)."""
    shared = a & b
    if len(shared) < NEAR_DUPLICATE * len(a | b):
        return False
    own = {w for s in shared for w in s.split() if w not in TRADE_WORDS and not w.startswith("zz")}
    return len(own) >= bar


def _near_duplicates_across_persons(view: ClusterView) -> dict[str, AdRecord]:
    """Person -> her first ad, for the persons whose text is one template with another
    person's (``_template_between``)."""
    texts: dict[str, dict[frozenset[str], AdRecord]] = defaultdict(dict)
    for ad, ex in zip(view.ads, view.extractions, strict=True):
        person = view.person_of.get(ad.key)
        if person is None or len(texts[person]) >= MAX_TEXTS:
            continue
        shingles = _linked_shingles(ad, ex)
        if shingles:
            texts[person].setdefault(shingles, ad)
    # Where the line's phones replace one another, one text about several women is the
    # controller's template even when short ("Elle s'appelle Josée, âge: 27, très gentille.
    # Massage sensuel"); otherwise it must share more than a stock phrase.
    bar = MIN_OWN_WORDS if view.shared(rotation).rotations else MIN_SHARED_OWN_WORDS
    found: dict[str, AdRecord] = {}
    persons = sorted(texts)
    for i, a in enumerate(persons):
        for b in persons[i + 1 :]:
            pair = next(
                (
                    (ad_a, ad_b)
                    for sa, ad_a in texts[a].items()
                    for sb, ad_b in texts[b].items()
                    if _template_between(sa, sb, bar)
                ),
                None,
            )
            if pair is not None:
                found.setdefault(a, pair[0])
                found.setdefault(b, pair[1])
    return found


INDICATOR = Indicator(
    id="template-persons",
    version=2,
    category="trafficking",
    label_fr="Même modèle de texte pour plusieurs personnes",
    label_en="One template written about several persons",
    description_fr="Le même texte, seuls le nom et l'âge changent, annonce plusieurs "
    "personnes : une même main écrit pour elles.",
    description_en="The same text, with only the name and age changed, advertises several "
    "persons: one hand writes for them.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.KESKIN_2021}",
    default_weight=0.8,
    level="cluster",
    signal="network",
    measure=measure,
)
