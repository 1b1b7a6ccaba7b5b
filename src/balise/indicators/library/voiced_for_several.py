"""Several women each "speaking for herself" through one phone: a handler who does not show."""

from __future__ import annotations

from collections import defaultdict

from balise.indicators import citations
from balise.indicators.base import ClusterView, Finding, Indicator
from balise.indicators.library.single_person import advertises_several
from balise.indicators.measures import step_strength
from balise.indicators.wording import Wording
from balise.schema import Evidence

DUO = Wording(
    "duo",
    (
        r"duo",
        r"deux amies",
        r"2 amies",
        r"meilleures amies",
        r"two (?:best )?friends",
        r"2 friends",
        r"best friends",
        r"girlfriends? duo",
    ),
)

MIN_PERSONS = 2


def voiced_persons(view: ClusterView) -> tuple[str, dict[str, Evidence]]:
    """The phone through which the most persons are each presented in the first person ("je
    suis Mélissa", "my name is Kim"), with one first-person evidence item per person.

    Ads naming several women (a roster) and clusters whose ads sign with an e-mail address (an
    identified business: a first-person profile is then the house's style, and the house shows
    who it is) give none. Read once per cluster (``ClusterView`` caches it)."""
    return view.shared(_voiced_persons)


def _voiced_persons(view: ClusterView) -> tuple[str, dict[str, Evidence]]:
    if signed_by_business(view) or presents_partners(view):
        return "", {}
    persons: dict[str, dict[str, Evidence]] = defaultdict(dict)
    for ad, ex, voice, names in zip(
        view.ads, view.extractions, view.voices, view.names, strict=True
    ):
        if voice.voice != "first" or not ex.phones or len(names) > 1 or not voice.evidence:
            continue
        person = view.person_of.get(ad.key)
        if person is None:
            continue
        for phone in ex.phones:
            persons[phone].setdefault(person, voice.evidence[0])
    return max(persons.items(), key=lambda kv: (len(kv[1]), kv[0]), default=("", {}))


def signed_by_business(view: ClusterView) -> bool:
    """Some ad of the cluster signs with an e-mail address: whoever runs the line names itself
    (an agency's ``info@...``), and can be found and held to account."""
    return any(ex.emails for ex in view.extractions)


def presents_partners(view: ClusterView) -> bool:
    """Women who advertise together in their own voice ("Duo Mélodie & Scarlett, on s'amuse
    ensemble", "we are Victoria and Vicky, two best friends") present themselves as partners
    sharing a line, the ordinary shape of two friends working together; a house's roster
    speaks of "our girls" in the third person and is not this."""
    return view.shared(_presents_partners)


def _presents_partners(view: ClusterView) -> bool:
    return any(
        found or (voice.voice == "first" and _two(names, ages))
        for found, voice, names, ages in zip(
            view.matches(DUO, per_ad=1), view.voices, view.names, view.stated_ages, strict=True
        )
    )


def _two(names: frozenset[str], ages: tuple[int, ...]) -> bool:
    # Two women in one first-person ad are a duo; three or more listed by one "I" ("I have
    # Destiny 22, Kiara 20, Ambre 24") are someone's stock, not partners (third blind market).
    return max(len(names), len(ages)) == 2


def unnamed_manager(view: ClusterView) -> bool:
    """Several persons are advertised through the cluster's line (two or more in the grouping,
    or an ad that advertises several: a roster, a staff in the plural), no business names itself
    on the ads and the women do not present themselves as partners: whoever answers the line
    stays unnamed."""
    several = view.person_count >= 2 or advertises_several(view)
    return several and not signed_by_business(view) and not presents_partners(view)


def hides_handler(view: ClusterView) -> bool:
    """True when one phone presents several women each in the first person (see
    ``voiced_persons``): the counters that rest on a person or an agency being reachable as
    itself (one stable phone, a stable roster) are not claimed for such a line."""
    return len(voiced_persons(view)[1]) >= MIN_PERSONS


def measure(view: ClusterView) -> Finding | None:
    phone, persons = voiced_persons(view)
    if len(persons) < MIN_PERSONS:
        return None
    strength = step_strength(len(persons), ((2, 0.7), (3, 1.0)))
    return Finding(
        strength,
        tuple(persons.values()),
        f"{len(persons)} persons each written in the first person behind {phone}",
    )


INDICATOR = Indicator(
    id="voiced-for-several",
    version=1,
    category="trafficking",
    label_fr="Plusieurs femmes « parlent en leur nom » derrière un même numéro",
    label_en='Several women "speak for themselves" through one phone',
    description_fr="Un même numéro présente plusieurs femmes, chacune à la première personne "
    "(« je suis Mélissa », « je suis Britney »), sans qu'une agence ne se nomme : la personne "
    "qui répond n'est pas celle qui parle dans l'annonce, et celle qui gère se cache.",
    description_en='One phone presents several women, each in the first person ("I am '
    'Mélissa", "I am Britney"), with no business naming itself: whoever answers is not the '
    "woman speaking in the ad, and whoever manages the line does not show.",
    citation=f"{citations.DUBRAWSKI_2015}; {citations.CRIMINAL_CODE_SELF_ADVERTISING}; "
    f"{citations.UNODC_INDICATORS}",
    default_weight=1.0,
    level="cluster",
    signal="network",
    measure=measure,
)
