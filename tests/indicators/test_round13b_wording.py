"""Round 13b: what the ninth blind market showed. A handler's Québec French (a man's name as
the women's contact, "mon gars", "ma fille est obéissante", "c'est moi qui réponds" for her) and
a third person who must work and cannot refuse. Read by direction; the look-alikes of the
hand-written markets are not. Hand-made clusters, synthetic text."""

from __future__ import annotations

from datetime import datetime

import pytest
from cluster_factory import Ad, build, fired_ids

from balise.indicators.voice import ad_voice
from balise.schema import AdRecord


def _voice(text: str) -> bool:
    return ad_voice(AdRecord("t", "1", datetime(2026, 10, 1), body=text)).handler


@pytest.mark.parametrize(
    ("text", "handler"),
    [
        ("Elles font tout. Dispo 24/7. Appelez 418-555-0164 demandez pour Steve.", True),
        ("Une belle fille de Montréal. Appelez Mike 514-555-0175. Motel, cash.", True),
        ("Nouvelle fille chaque semaine. Cash. 514 555 0175 demande Mike.", True),
        ("Textez mon gars au 819-555-0169 il va te donner la chambre.", True),
        ("Ma fille est très obéissante elle va faire ce que tu veux.", True),
        ("Texte 819-555-0169. Elle fait pas d'appels, c'est moi qui réponds.", True),
        ("Katia 22 ans. C'est moi qui réponds pour elle, elle parle pas la langue.", True),
        ("Angie doit faire ses rendez-vous avant ce soir, 100$ tout inclus.", True),
        ("Kelly faut qu'elle travaille ce soir, prix spécial 100$.", True),
        ("100$ tout inclus, elle refuse rien. Outcall seulement.", True),
        ("Prix spécial, elle dit jamais non.", True),
        ("Shy but sweet. Booking through her friend: dm @booker.example", True),
        ("Kassandra 23 ans, motel. Texte au 418 555 0173, ils vont te dire la chambre.", True),
        # the look-alikes: her own phone, her own limits, a name of either sex, a duo
        ("Sabrina et moi on reçoit ensemble. C'est moi qui réponds mais on décide à deux", False),
        ("C'est moi qui réponds, texto seulement, 418-555-0101", False),
        ("Duo avec ma coloc. C'est moi qui réponds, elle est plus timide", False),
        ("Je refuse rien de raisonnable, mais je dis non à qui est impoli", False),
        ("Mon mari me conduit et attend dans l'auto. Je réponds moi-même.", False),
        ("Outcall seulement. C'est mon chum qui conduit le soir (il attend dans l'auto)", False),
        ("Texte Alex ou Sam pour le duo", False),
        ("C'est son amie qui écrit l'annonce. Elle répond elle-même au 819-555-0104.", False),
        ("Skye, 28, touring with my friend Amber. Solo bookings text 438 555 0151.", False),
        ("Appelez-moi, demandez pour plus d'infos", False),
        ("Je refuse les clients irrespectueux, elle aussi", False),
    ],
)
def test_a_handler_is_read_by_direction(text: str, handler: bool) -> None:
    assert _voice(text) == handler


def test_a_pimps_first_person_is_not_hers() -> None:
    # ninth blind market t04: "Salut c'est Kayla ... Textez mon gars" gave first-person-voice
    # -0.8 on the pimp's "mon"
    text = (
        "Salut c'est Kayla 21 ans, hôtel Drummond. 150$ l'heure. Textez mon gars au "
        "819-555-0169 il va te donner la chambre. Ma fille est très obéissante."
    )
    found = fired_ids(build([Ad(text, day=d) for d in range(0, 12, 2)]))
    assert "handler-wording" in found
    assert "first-person-voice" not in found


def test_obligation_and_no_refusal_read_as_a_handlers() -> None:
    text = "Spécial, Angie doit faire ses rendez-vous avant ce soir, elle refuse rien."
    assert "handler-wording" in fired_ids(build([Ad(text, day=d) for d in range(3)]))
    own = "Je fais mes rendez-vous quand je veux, je refuse ce que je veux. 160/h"
    assert "handler-wording" not in fired_ids(build([Ad(own, day=d) for d in range(3)]))
