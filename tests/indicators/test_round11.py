"""Round 11 (issue 5): what the fifth blind market showed. A parlour speaks as a business
("walk-ins welcome", "table shower", hours into the night), and that is one more sign of a venue
beside its prices and its staff (the round's wording rows are in test_wording's table).
Hand-made clusters, synthetic text."""

from __future__ import annotations

from cluster_factory import Ad, build, fired_ids

from balise.indicators import ClusterView


def _parlour(*, walk_ins: bool, cheap: bool) -> ClusterView:
    text = "Spa Lotus, massage complet, stationnement." + (" Sans rendez-vous!" if walk_ins else "")
    prices = ((45, 30),) if cheap else ((140, 60),)
    return build([Ad(text, person=f"p{d % 3}", prices=prices, day=d) for d in range(0, 42, 3)])


def test_walk_ins_and_low_prices_are_two_signs_of_a_venue() -> None:
    venue = fired_ids(_parlour(walk_ins=True, cheap=True))
    assert {"parlour-wording", "very-low-prices"} <= venue
    # a venue keeps one line and one address by nature: its stability is the business's
    assert not venue & {"stable-phone", "local-only"}


def test_walk_ins_alone_leave_the_counters() -> None:
    # an honest clinic may take walk-ins: one sign is not a venue
    clinic = fired_ids(_parlour(walk_ins=True, cheap=False))
    assert "parlour-wording" in clinic
    assert "local-only" in clinic


def test_an_appointment_required_is_not_a_walk_in() -> None:
    independent = build(
        [
            Ad("Je suis Maude, aucune visite sans rendez-vous. Dépôt requis.", day=d)
            for d in range(0, 30, 5)
        ]
    )
    assert "parlour-wording" not in fired_ids(independent)
