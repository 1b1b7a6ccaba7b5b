"""One stable phone over time."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator, value_evidence
from balise.indicators.library._venue_signs import shows_a_venue
from balise.indicators.library.first_person_voice import speaks_for_herself
from balise.indicators.library.handler_wording import handler_speaks
from balise.indicators.library.obscured_contact import hidden_phones
from balise.indicators.library.voiced_for_several import hides_handler, unnamed_manager

MIN_DAYS = 14
FULL_DAYS = 42
HIDDEN_SELF_VOICED = 0.5


def measure(view: ClusterView) -> Finding | None:
    phones = {p for ex in view.extractions for p in ex.phones}
    if len(phones) != 1 or len(view.ads) < 3 or view.span_days < MIN_DAYS:
        return None
    # "Reachable and not hiding" is a claim about whoever speaks in the ads: a line through
    # which several women each say "I" is answered by someone who is none of them.
    # A line through which several women are advertised with no business naming itself (no
    # e-mail on any ad) and no duo presenting itself is a manager's who stays unnamed: the line
    # is stable, but nobody who answers it is reachable as herself or as an agency.
    if hides_handler(view) or unnamed_manager(view):
        return None
    # A place with two signs of an exploitative venue keeps one line by nature: the stability
    # is the business's, not a person's (``_venue_signs``). And where a handler speaks ("my
    # girl ... call me to book her", "Manager answers"), the line is his: that it stays the
    # same says nothing of her (fourth blind market: a man's "my girl" line, held under the
    # flag by this counter; ``local-only`` stands down there since the third).
    if shows_a_venue(view) or handler_speaks(view):
        return None
    phone = next(iter(phones))
    with_phone = [(ad, ex) for ad, ex in zip(view.ads, view.extractions, strict=True) if ex.phones]
    # The counter says "reachable and not hiding": it holds for the ads that print the number
    # plainly. A number given only in a disguised form (words, emoji, spacing) is hidden from
    # the site's filters and from searches, which is what `obscured-contact` weighs the other
    # way; its stability then shows a hidden line kept, not an open one.
    plain = [(ad, ex) for ad, ex in with_phone if not hidden_phones(ad, ex)]
    # One woman who keeps one number for weeks and speaks for herself, never about herself,
    # is reachable even when she spells the number out against scrapers: her hidden ads count
    # at half weight. Anyone else's spelt-out number stays a hidden line.
    self_voiced = view.person_count == 1 and speaks_for_herself(view)
    shown = plain if plain or not self_voiced else with_phone
    if not shown:
        return None
    picks = [shown[0], shown[len(shown) // 2], shown[-1]]
    evidence = tuple(value_evidence(ad, ex, "phone", phone) for ad, ex in picks)
    strength = min(1.0, 0.5 + 0.5 * (view.span_days - MIN_DAYS) / (FULL_DAYS - MIN_DAYS))
    hidden_weight = HIDDEN_SELF_VOICED if self_voiced else 0.0
    strength *= (len(plain) + hidden_weight * (len(with_phone) - len(plain))) / len(with_phone)
    detail = f"{phone} in every ad for {view.span_days:.0f} days"
    if len(plain) < len(with_phone):
        detail += f", printed plainly in {len(plain)} of {len(with_phone)}"
        if self_voiced:
            detail += " (spelt out in her own voice in the others: half weight)"
    return Finding(strength, evidence, detail)


INDICATOR = Indicator(
    id="stable-phone",
    version=2,
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
