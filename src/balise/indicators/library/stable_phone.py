"""One stable phone over time."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence

MIN_DAYS = 14
FULL_DAYS = 42


def measure(view: ClusterView) -> Finding | None:
    phones = {p for ex in view.extractions for p in ex.phones}
    if len(phones) != 1 or len(view.ads) < 3 or view.span_days < MIN_DAYS:
        return None
    phone = next(iter(phones))
    with_phone = [(ad, ex) for ad, ex in zip(view.ads, view.extractions, strict=True) if ex.phones]
    picks = [with_phone[0], with_phone[len(with_phone) // 2], with_phone[-1]]
    evidence = tuple(value_evidence(ad, ex, "phone", phone) for ad, ex in picks)
    strength = min(1.0, 0.5 + 0.5 * (view.span_days - MIN_DAYS) / (FULL_DAYS - MIN_DAYS))
    return Finding(strength, evidence, f"{phone} in every ad for {view.span_days:.0f} days")


INDICATOR = Indicator(
    id="stable-phone",
    version=1,
    category="counter-indicator",
    label_fr="Un seul numéro, stable",
    label_en="One stable phone",
    description_fr="Un seul numéro pendant des semaines : la personne (ou l'agence) est "
    "joignable et ne se cache pas.",
    description_en="One phone for weeks: the person (or agency) is reachable and not hiding.",
    citation=f"{citations.DUBRAWSKI_2015} (the converse of phone rotation)",
    default_weight=-0.9,
    level="cluster",
    signal="network",
    measure=measure,
)
