"""Ad-level wording, table-driven: (indicator, text, fires?)."""

from __future__ import annotations

import pytest
from cluster_factory import Ad, build

from balise.indicators import library

CASES = [
    ("youth-wording", "Jeune étudiante disponible ce soir", True),
    ("youth-wording", "Petite and fresh, new face in town", True),
    ("youth-wording", "Femme mature et élégante, 35 ans", False),
    ("youth-wording", "Petite agence de Québec, trois accompagnatrices", False),
    ("youth-wording", "Petite brune de 24 ans", True),
    ("minor-coded-wording", "barely legal 🍭 first time", True),
    ("minor-coded-wording", "tout juste 18 ans, écolière", True),
    ("minor-coded-wording", "Barely 18, toute nouvelle", True),
    ("minor-coded-wording", "Uniforme d'école sur demande", True),
    ("minor-coded-wording", "school uniform on request", True),
    ("minor-coded-wording", "à peine majeure et timide", True),
    ("minor-coded-wording", "Uniforme de soubrette sur demande", False),
    ("minor-coded-wording", "Adorable hôtesse, adorée de tous", False),  # "ado" inside a word
    ("listed-ethnicity", "Belle Latina sensuelle", True),
    ("listed-ethnicity", "Asiatique douce, massage", True),
    ("listed-ethnicity", "Massage relaxant au centre-ville", False),
    ("round-the-clock", "Disponible 24/7, appelle-moi", True),
    ("round-the-clock", "ouvert jour et nuit", True),
    ("round-the-clock", "Disponible de 10h à 18h", False),
    ("live-in", "Les filles sont logées et nourries", True),
    ("live-in", "she lives on site, call anytime", True),
    ("live-in", "Incall in my private condo", False),
    ("new-worker-wording", "Nouvelles filles chaque semaine!", True),
    ("new-worker-wording", "new girls every week", True),
    ("screening-boundaries", "Screening required, deposit for outcalls", True),
    ("screening-boundaries", "Respectez mes limites, sur rendez-vous", True),
    ("movement-language", "New in town for a few days only", True),
    ("movement-language", "De passage à Laval", True),
    # Scraped ads keep their HTML character references: the words are read through them and
    # the evidence is the span of the original text, references included.
    ("minor-coded-wording", "Look d'&eacute;coli&egrave;re", True),
    ("minor-coded-wording", "&#233;coli&#232;re, sois doux", True),
    # newness is what adults who start write: not a term that codes a child
    ("minor-coded-wording", "Première fois sur le site", False),
    ("minor-coded-wording", "new to this, be gentle", False),
    ("youth-wording", "Toute jeune &eacute;tudiante", True),
    ("youth-wording", "&Eacute;tudiante, 24 ans", True),
    ("round-the-clock", "Ouvert jour&nbsp;et&nbsp;nuit", True),
    ("youth-wording", "R&co massages &amp; soins", False),  # "&co": no reference, no word
    # letters from the "mathematical" and fullwidth blocks, written to get past filters
    ("youth-wording", "𝓳𝓮𝓾𝓷𝓮 et timide", True),
    ("minor-coded-wording", "𝐁𝐚𝐫𝐞𝐥𝐲 𝐥𝐞𝐠𝐚𝐥", True),
    ("round-the-clock", "Dispo ２４/７", True),
    # round 9 (third blind market)
    ("round-the-clock", "Nuru, shower. Open till 4am. Parking at rear", True),
    ("round-the-clock", "Open from 10am to 8pm", False),
    ("live-in", "Staff live nearby, always ready", True),
    ("live-in", "Nos filles habitent sur place", True),
    ("live-in", "She stays with us, call to book", True),
    ("live-in", "I live nearby the metro", False),
    ("unsafe-services", "Party girls, no limits, BBFS ok", True),
    ("unsafe-services", "Ouverte à tout, sans limite", True),
    ("unsafe-services", "Sans limite de temps pour l'overnight", False),
    ("unsafe-services", "No time limit, no rush. Condoms always", False),
    ("unsafe-services", "Safe only, respect my limits", False),
    # a boundary stated is the converse
    ("unsafe-services", "No bareback, no haggling.", False),
    ("unsafe-services", "Pas de bareback, pas de négociation.", False),
    ("unsafe-services", "<p>Jamais sans condom</p>", False),
    ("unsafe-services", "BBFS: non merci", False),
    ("unsafe-services", "Bareback extra 100", True),
    ("handler-wording", "Call manager for booking 647-555-0169", True),
    ("handler-wording", "Low price 100. Manager answers", True),
    ("handler-wording", "I have 3 girls available now: Destiny, Kiara", True),
    ("handler-wording", "my friend drives me to you. Pay him at the door before", True),
    ("handler-wording", "Chanel, outcall seulement. Paiement au chauffeur", True),
    ("handler-wording", "I drive myself, pay me at the start", False),
    ("handler-wording", "I have 2 rules: respect and hygiene", False),
    ("handler-wording", "Maman de 38 ans, j'ai deux filles au secondaire", False),
    ("handler-wording", "J'ai 2 filles dispo ce soir, textez-moi", True),
    # someone else answers her phone
    ("third-person-voice", "Appelle 438-555-0170 demande pour Lili", True),
    ("third-person-voice", "Text and ask for Candy", True),
    ("third-person-voice", "Ask for my rates, ask for details", False),
    ("third-person-voice", "Demande pour plus d'infos", False),
    # round 10 (fourth blind market)
    ("new-worker-wording", "NEW young attendants every week. Walk-ins 24/7", True),
    ("new-worker-wording", "New young Asian girls every week", True),
    ("new-worker-wording", "Nouvelles jeunes masseuses chaque semaine", True),
    ("new-worker-wording", "I'm new, not like other girls", False),
    ("new-worker-wording", "new in town ladies, call me", False),
    ("live-in", "Elles restent au spa, disponibles même tard", True),
    ("live-in", "The girls stay at the parlour, always ready", True),
    ("live-in", "Les filles dorment dans l'appartement", True),
    ("live-in", "Je reste au Plateau, incall discret", False),
    ("live-in", "I stay at the Hilton when I visit Ottawa", False),
    ("handler-wording", "Appelle mon ami il va te donner la chambre", True),
    ("handler-wording", "Text my friend for the room number", True),
    ("handler-wording", "Mon ami va te donner la chambre", True),
    ("handler-wording", "My friend Jessica and I do duos", False),
    ("handler-wording", "Duo? Text my friend Jessica 514-555-0101", False),
    ("handler-wording", "Tiffany 22 ans, pas de limite. Appelez-moi pour elle", True),
    ("handler-wording", "Call me for her rates", True),
    ("unsafe-services", "Elle fait tout, pas de limite", True),
    ("unsafe-services", "Pas de limite de temps, overnight possible", False),
    # round 10, after the fifth blind market's first run: boundaries stated, and the past
    ("unsafe-services", "Aucun service sans condom", False),
    ("unsafe-services", "Ce que je ne propose pas : le sans condom, le anal", False),
    ("unsafe-services", "I don't do bareback, sorry", False),
    ("unsafe-services", "Pas de négo, sans limite", True),
    ("minor-coded-wording", "Amies depuis le secondaire, duo pour messieurs", False),
    ("minor-coded-wording", "Best friends since high school", False),
    ("minor-coded-wording", "Encore au secondaire", True),
    ("youth-wording", "Petite collective de travailleuses autonomes", False),
    ("live-in", "Hiring girls 18-25, accommodation provided, airport pickup", True),
    ("live-in", "Logement inclus, paie chaque jour", True),
    ("live-in", "Incall in my own apartment, parking available", False),
    ("handler-wording", "Her friend handles bookings, text 438-555-0101", True),
    ("handler-wording", "Mon amie et moi, duo sur demande", False),
    ("handler-wording", "Je t'envoie le numéro de chambre", False),
    # round 11, from the fifth blind market's findings: a parlour's trade, hours and staff
    ("parlour-wording", "Walk-ins welcome, parking at rear", True),
    ("parlour-wording", "Ouvert jour et nuit, sans rendez-vous.", True),
    ("parlour-wording", "Douche sur table incluse", True),
    ("parlour-wording", "Open 9am-3am, 365 days", True),
    ("parlour-wording", "Aucune visite sans rendez-vous, dépôt requis", False),
    ("parlour-wording", "No walk-ins, screening required", False),
    ("parlour-wording", "Sur rendez-vous seulement", False),
    ("parlour-wording", "Shower available, clean towels", False),
    ("round-the-clock", "Ouvert 7/7 de 10h à 4h", True),
    ("round-the-clock", "Open from 9am to 2am", False),
    ("round-the-clock", "Ouvert tous les jours 9h-3h", True),
    ("round-the-clock", "Open 9am-3am", True),
    ("round-the-clock", "Ouvert de 10h à 20h", False),
    ("round-the-clock", "Dispo de 10h à 2h", False),
    ("new-worker-wording", "New attendants every week!", True),
    ("new-worker-wording", "Nouvelles hôtesses ce mois-ci", True),
    ("listed-ethnicity", "Masseuses asiatiques, très douces", True),
    ("youth-wording", "Masseuses jeunes et jolies", True),
    ("youth-wording", "Deux petites équipes, de jour et de nuit", False),
    ("minor-coded-wording", "Lily, toute petite, NOUVELLE 🐣", True),
    ("live-in", "Toujours quelqu'un sur place, même tard la nuit", True),
    ("live-in", "Always a girl on site, come by", True),
    ("live-in", "Je suis toujours là pour toi", False),
    # round 12, from the sixth blind market's findings
    ("live-in", "Nikki is visiting from Toronto and Rae lives here", False),
    ("live-in", "The girls live here, always ready", True),
    ("live-in", "HIRING 18+, accommodation & transport provided", True),
    ("live-in", "Logement et transport fournis, on s'occupe de tout", True),
    ("live-in", "We provide place to stay, rides, phone", True),
    ("handler-wording", "She's shy. Dont text her, text me", True),
    ("handler-wording", "Outcall only, driver brings her to you", True),
    ("handler-wording", "Photos & ads done for you, no experience needed", True),
    ("handler-wording", "Text me, I'll send the address", False),
    ("listed-ethnicity", "Nouvelles filles de l'Europe de l'Est", True),
    ("parlour-wording", "Pas de rendez-vous, entrez directement", True),
    ("parlour-wording", "Pas de rendez-vous le dimanche", False),
    # round 13 (seventh and eighth blind markets)
    ("live-in", "Room & board provided in the staff house", True),
    ("live-in", "Free parking for the staff of the hotel", False),
    ("new-worker-wording", "Nouvelles danseuses chaque semaine, de Toronto", True),
    ("parlour-wording", "Cabines privées, extras avec les filles", True),
    ("parlour-wording", "Massage complet pour homme, douche", True),
    ("parlour-wording", "Massage suédois complet, sur rendez-vous", False),
    ("handler-wording", "Mon chum s'occupe de mes rendez-vous", True),
    ("handler-wording", "Texte-la direct, c'est SON cell, pas le mien", False),
    ("recruitment-control", "On garde tes papiers d'identité au bureau", True),
    ("recruitment-control", "Tu gardes tes papiers et ton cell, aucun quota", False),
    ("minor-coded-wording", "j'finis mon sec 5 en juin", True),
    ("minor-coded-wording", "Secteur 5, près du métro", False),
]


@pytest.mark.parametrize(("indicator_id", "text", "fires"), CASES)
def test_wording(indicator_id: str, text: str, fires: bool) -> None:
    view = build([Ad(text, phone=None)])
    hit = library.get_indicator(indicator_id).detect(view)
    assert (hit is not None) == fires
    if hit is not None:
        ev = hit.evidence[0]
        # The evidence span points at the words in the original text.
        assert view.ads[0].field_text(ev.field or "")[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Je suis Lily, je reçois chez moi"] * 3, "first-person-voice"),
        (["I am Mia, my place or yours"] * 2, "first-person-voice"),
        (["Elle est douce, nos filles vous attendent"] * 3, "third-person-voice"),
        (["She is sweet, our girls are waiting"] * 2, "third-person-voice"),
    ],
)
def test_voice(texts: list[str], expected: str) -> None:
    view = build([Ad(t, day=i) for i, t in enumerate(texts)])
    ids = {i.id for i in library.all_indicators() if i.detect(view) is not None}
    assert expected in ids
    other = {"first-person-voice", "third-person-voice"} - {expected}
    assert not ids & other


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J&#x27;aime prendre mon temps. J&#x27;offre un massage. Je re&ccedil;ois", "first"),
        ("Elle est douce. Elle aime faire plaisir. Elle re&ccedil;oit", "third"),
    ],
)
def test_voice_reads_through_character_references(text: str, expected: str) -> None:
    from balise.indicators.voice import ad_voice

    assert ad_voice(build([Ad(text)]).ads[0]).voice == expected


def test_share_sets_strength() -> None:
    few = build([Ad("Latina", day=0)] + [Ad("Massage", day=i) for i in range(1, 10)])
    all_ = build([Ad("Latina", day=i) for i in range(10)])
    ind = library.get_indicator("listed-ethnicity")
    low, high = ind.detect(few), ind.detect(all_)
    assert low is not None and high is not None
    assert low.strength < 0.2 < 0.9 < high.strength
