"""Round 13 (issue 5): what the seventh and eighth blind markets showed. A handler's first
person and his hold on contact and money, recruitment that states control, Québec's school
years and youth protection as minor cues, emoji worth less than words. Direction separates the
handler from the look-alikes of the same markets. Hand-made clusters, synthetic text."""

from __future__ import annotations

from datetime import datetime

import pytest
from cluster_factory import Ad, build, fired, fired_ids

from balise.indicators import library
from balise.indicators.voice import ad_voice
from balise.schema import AdRecord


def _voice(text: str) -> bool:
    return ad_voice(AdRecord("t", "1", datetime(2026, 10, 1), body=text)).handler


@pytest.mark.parametrize(
    ("text", "handler"),
    [
        ("Mes filles à 3R cette semaine: HH 60", True),
        ("J'ai trois filles à l'hôtel cette semaine: Tiffany, Nikki, Sara", True),
        ("Cash SEULEMENT. Textez pour mes filles", True),
        ("Elle a fini son année. Contacte-moi, pas elle", True),
        ("Mon chum s'occupe de mes rendez-vous, c'est plus simple pour moi", True),
        ("Pour me voir, passe par mon ami sur Snap, il gère mon horaire", True),
        ("PPM 200, paiement d'avance à lui", True),
        ("Snap ou texte. C'est lui qui répond.", True),
        ("my management handles my bookings", True),
        ("Text Ray to book, he handles everything for her", True),
        ("Textez mon chum pour booker", True),
        ("Texte mon chum il va booker pour moi", True),
        ("Texto seulement, réponse de notre ami", True),
        ("Elle est toujours dispo, elle dort chez moi pour l'instant", True),
        ("On s'occupe de TOUT: transport, hôtel, photos, annonces, téléphone", True),
        ("Transport fourni, on s'occupe des clients et de l'argent", True),
        # the look-alikes: who answers, who is paid, who keeps whom is the other way round
        ("C'est moi qui écris pour ma chum. Texte-la direct, c'est SON cell, pas le mien", False),
        ("C'est une réceptionniste que je paie à l'heure qui répond à mes textos le jour", False),
        ("Travailleuses autonomes, on partage la réception et la sécurité", False),
        ("My best friend drives me and waits at the café. Text me, I answer myself", False),
        ("Maman de deux, mes filles à l'école le jour, je reçois de 9h à 15h", False),
        ("Indépendante: pas d'agence, pas de pimp, pas de chum qui ramasse l'argent", False),
        ("We handle scheduling and screening; companions set their own hours", False),
        ("Dépôt de 50$ par virement, je réponds moi-même", False),
        # an honest agency makes its companions' ads; holding her phone is the handler's
        ("Agence: on s'occupe de tout: annonces, réservations, sécurité", False),
        ("We handle your ads and screening, you keep your phone", False),
        ("Roommates, she lives with me, duo possible", False),
    ],
)
def test_a_handler_is_read_by_direction(text: str, handler: bool) -> None:
    assert _voice(text) == handler


def test_a_handlers_first_person_is_not_hers() -> None:
    # "Mes filles ... Booking par moi", "Texte-moi": his "I" made first-person-voice count
    # against him (seventh blind market, -1.20)
    view = build(
        [
            Ad("Mes filles à 3R cette semaine. HH 60, H 100. Booking par moi", day=0),
            Ad("Nikki est dispo ce soir. Texte-moi. Tiffany demain.", day=1),
            Ad("Mes filles à Sherbrooke: Sara et Jenny. Par moi seulement", day=5),
        ]
    )
    found = fired_ids(view)
    assert "handler-wording" in found
    assert "first-person-voice" not in found


def test_a_deposit_paid_to_him_is_not_her_screening() -> None:
    his = build(
        [
            Ad("Je suis Kayla, 23 ans. Dépôt requis, paiement d'avance à lui.", day=d)
            for d in range(0, 20, 4)
        ]
    )
    hers = build(
        [Ad("Je suis Kayla, 23 ans. Dépôt requis par virement.", day=d) for d in range(0, 20, 4)]
    )
    assert "screening-boundaries" not in fired_ids(his)
    assert "screening-boundaries" in fired_ids(hers)


RECRUITMENT = (
    "Frais d'inscription de 500$ (photos, annonces, cellulaire) remboursés à même tes gains. "
    "Logement fourni (loyer retenu sur la paie). On garde tes papiers au bureau. "
    "6 rendez-vous minimum par jour."
)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (RECRUITMENT, True),
        ("Bus from Toronto paid in advance (deducted from your first pay)", True),
        ("We keep your passport safe at the office", True),
        ("Salaire: jusqu'à 2000$/semaine après remboursement des frais", True),
        # the honest job ads of the same board say the converse
        ("Tu choisis tes soirs, aucun quota, aucune avance de frais, tu gardes tes papiers", False),
        ("No quotas, you can refuse any client, we never hold IDs or passports", False),
        ("Chacune garde 100% de ce qu'elle fait, on split l'hôtel et l'essence", False),
        ("Pas de frais remboursés à même tes gains, jamais", False),
    ],
)
def test_recruitment_that_states_control(text: str, fires: bool) -> None:
    assert ("recruitment-control" in fired_ids(build([Ad(text, phone=None)]))) == fires


def test_recruitment_control_counts_as_a_fact() -> None:
    assert library.get_indicator("recruitment-control").signal == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Allo moi c Léanne, j'finis mon sec 5 en juin lol",
        "Elle vient de sortir du centre jeunesse, elle est mature pour son âge",
        "Sweet Amy, young and shy, still in high school lol",
        "Pas de questions sur l'âge svp",
        "Dispo après l'école la semaine",
    ],
)
def test_school_and_youth_protection_are_minor_cues_whatever_the_age(text: str) -> None:
    # no age stated, or an adult one: the school year says it
    view = build([Ad(text, ages=(21,), day=d) for d in range(3)])
    assert fired(view).get("minor-coded-wording", 0.0) >= 0.8


def test_school_named_as_the_past_is_not_a_minor() -> None:
    view = build([Ad("Deux amies depuis le secondaire 3, 28 et 29 ans", ages=(28,))])
    assert "minor-coded-wording" not in fired_ids(view)


def test_an_emoji_weighs_less_than_a_word() -> None:
    emoji = build([Ad(f"Chloé 19 ans 🎀 dispo {d}", ages=(19,), day=d) for d in range(4)])
    words = build(
        [Ad(f"Chloé 19 ans, barely legal, dispo {d}", ages=(19,), day=d) for d in range(4)]
    )
    both = build([Ad(f"🎀 Chloé 19 ans 🎀 barely legal {d}", ages=(19,), day=d) for d in range(4)])
    assert fired(emoji)["minor-coded-wording"] == pytest.approx(0.6)
    assert fired(words)["minor-coded-wording"] == pytest.approx(1.0)
    assert fired(both)["minor-coded-wording"] == pytest.approx(1.0)


def test_the_handler_lists_stay_selective_in_the_prefilter() -> None:
    # One list of every handler phrase was longer than a Hyperscan expression may be; split in
    # two it still was widened to one that reports every text (the scoring's CPU +20 %). Each
    # list (round 13b's CONTROL_CONTACT too) must be in the prefilter and must not be reported
    # on a plain ad.
    from balise.indicators.base import library_prefilter
    from balise.indicators.voice import CONTROL, CONTROL_CONTACT, CONTROL_MONEY, CONTROLLER

    prefilter = library_prefilter()
    if prefilter is None:
        pytest.skip("Hyperscan is not installed")
    plain = "Salut, je suis Léa, 25 ans, incall propre à Laval, 160/h. Texte-moi, je réponds vite."
    reported = prefilter.scan(plain)
    assert reported is not None
    for wording in (CONTROLLER, CONTROL, CONTROL_MONEY, CONTROL_CONTACT):
        assert prefilter.positions[id(wording)] not in reported


def test_a_first_person_carried_by_burners_is_not_hers() -> None:
    # one text in the first person, a new phone every week, never announced (seventh blind
    # market, t05: -1.20 took back most of what the rotation gave)
    text = "Sabrina 24 ans, douce et coquine, je reçois dans un hôtel propre. 150$/h"
    rotated = build(
        [Ad(text, phone=f"+1438555011{d // 7}", day=d) for d in range(0, 35, 2)],
    )
    found = fired_ids(rotated)
    assert "phone-rotation" in found
    assert "first-person-voice" not in found
    # her own number kept, or changed once and said: still her own voice
    kept = build([Ad(text, day=d) for d in range(0, 35, 2)])
    assert "first-person-voice" in fired_ids(kept)
