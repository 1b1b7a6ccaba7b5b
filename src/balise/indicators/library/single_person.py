"""One person: the cluster advertises a single person."""

from __future__ import annotations

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library.phone_rotation import replaced_again_and_again
from balise.indicators.library.template_phones import FAKE_FIRST_PERSON_PEERS, template_peers
from balise.indicators.wording import Wording
from balise.schema import Evidence

# Words for several workers at once: a venue's "new girls every week", "jolies masseuses",
# "3 girls on site", "young attendants". Bare plurals only where nobody uses them of herself
# ("masseuses", "staff"), and "girls" / "filles" / "ladies" only with a word that makes them a
# staff or a shop window ("our", "new", "on site", a count, an origin): an independent writes
# "not like other girls" or "ladies welcome". (Third blind market: "Brazilian girls",
# "Party girls ... 2 girls available", "filles asiatiques", "new staff weekly, young
# attendants" were each read as one person.)
_KINDS_EN = (
    r"asian|brazilian|latina|latin|korean|chinese|japanese|thai|filipina|vietnamese|russian|"
    r"ukrainian|european|colombian|venezuelan|mexican|cuban|dominican|exotic|foreign|party|fun"
)
_KINDS_FR = (
    r"asiatiques|latinas|latines|br[ée]siliennes|cor[ée]ennes|chinoises|russes|ukrainiennes|"
    r"europ[ée]ennes|colombiennes|exotiques|[ée]trang[èe]res|import[ée]es"
)
PLURAL_WORKERS = Wording(
    "plural-workers",
    (
        r"masseuses",
        r"(?:nos|our|new|nouvelles|plusieurs|several) "
        r"(?:filles|girls|ladies|demoiselles|hostesses|h[ôo]tesses)",
        r"(?:nos|our|new|nouvelles) (?:belles|jolies|jeunes|young|beautiful|sexy|hot) "
        r"(?:filles|girls|ladies)",
        r"(?:filles|girls|ladies) (?:on site|sur place|available|disponibles|dispo)",
        # a count of women ("I have 3 girls available", "2 filles dispo"): a duo is several too
        r"(?:deux|trois|quatre|cinq|two|three|four|five|2|3|4|5|6) "
        r"(?:filles|girls|ladies|femmes|women|masseuses|demoiselles)",
        # women sold by origin or kind, in the plural ("Brazilian girls", "filles asiatiques",
        # "party girls"): a house's shop window, not one woman's self-description
        rf"(?:{_KINDS_EN}) (?:girls|ladies|women)",
        rf"(?:filles|femmes|demoiselles) (?:{_KINDS_FR})",
        # a venue's staff: "new staff weekly", "young attendants"
        r"staff",
        r"attendants",
        r"employ[ée]es",
    ),
)


def advertises_several(view: ClusterView) -> bool:
    """Whether some ad of the cluster advertises several persons, whatever the person grouping
    made of it: it names several people or states several ages at once (a duo, a venue's
    "available today: A, B, C", "Nina 28, Océane 37"), lists a roster, or speaks of a staff in
    the plural (``PLURAL_WORKERS``)."""
    return view.shared(_advertises_several)


def _advertises_several(view: ClusterView) -> bool:
    return (
        any(len({n.casefold() for n in ex.names}) > 1 for ex in view.extractions)
        or any(len(ages) > 1 for ages in view.stated_ages)
        or any(len(names) > 1 for names in view.names)
        or any(view.matches(PLURAL_WORKERS, per_ad=1))
    )


def measure(view: ClusterView) -> Finding | None:
    if view.person_count != 1:
        return None
    if replaced_again_and_again(view):
        return None
    # her words are also written for other phones: whose the one person is, is not known
    if template_peers(view) >= FAKE_FIRST_PERSON_PEERS:
        return None
    # An ad that advertises several persons (see ``advertises_several``) is not one person's,
    # whatever the person grouping made of it (age-drift reads several ages in one ad the same
    # way; the roster names are those shared-phone-persons counts, so the two never see one
    # person and seven in one cluster).
    if advertises_several(view):
        return None
    # The immunity is for advertising one's *own* services: ads written about her by someone
    # else ("elle", "we") are not self-advertising, so they take their share off the counter.
    third = sum(1 for voice in view.voices if voice.voice == "third")
    strength = 1.0 - third / len(view.ads)
    if third:
        # someone else demonstrably writes some of her ads: the ads that say neither "I" nor
        # "she" are as likely his, and only those where she says "I" speak for her
        strength = sum(1 for voice in view.voices if voice.voice == "first") / len(view.ads)
    if strength <= 0.0:
        return None
    names = sorted({n for ex in view.extractions for n in ex.names[:1]})
    picks = (view.ads[0], view.ads[-1]) if len(view.ads) > 1 else (view.ads[0],)
    who = names[0] if len(names) == 1 else "one person"
    evidence = tuple(Evidence(ad.source, ad.ad_id, f"{who}: {ad.title[:60]}") for ad in picks)
    detail = f"all {len(view.ads)} ads advertise {who}"
    if third:
        detail += f" ({third} written by someone else)"
    return Finding(strength, evidence, detail)


INDICATOR = Indicator(
    id="single-person",
    version=3,
    category="counter-indicator",
    label_fr="Une seule personne",
    label_en="One person",
    description_fr="Toutes les annonces présentent la même personne, seule.",
    description_en="Every ad presents the same single person.",
    citation=f"{citations.STELLA_SAFETY}; Criminal Code s. 286.5 (immunity for advertising "
    "one's own services)",
    default_weight=-0.8,
    level="cluster",
    signal="network",
    measure=measure,
)
