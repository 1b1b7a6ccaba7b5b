"""The operators of the simulated market and their posting behaviour.

Four kinds (see the brief and ``spec/evaluation.md``): independent adult workers,
agencies, massage venues and third parties who control others. Every kind draws its
habits (obfuscation, youth wording, listed ethnicity, 24/7, touring, screening...)
from its own probabilities: the signals overlap between kinds on purpose, so that
only the network of ads separates them.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from balise.simulate.obfuscation import EMAIL_DOMAINS, pick_obfuscation_style
from balise.simulate.people import (
    ETHNICITIES,
    FEMALE_NAMES,
    MALE_NAMES,
    Person,
    adult_age,
    draw_looks,
    stated_age_for,
)
from balise.simulate.phones import FOREIGN_PHONES, ForeignPhone, PhoneAllocator
from balise.simulate.phrases import AGENCY_WORDS, SPA_WORDS
from balise.simulate.places import PLACE_BY_ID, PLACES
from balise.simulate.texts import Template, make_template

KINDS: tuple[tuple[str, float], ...] = (
    ("independent", 0.72),
    ("agency", 0.075),
    ("venue", 0.075),
    ("third_party", 0.13),
)

# slots each kind's template may use, with the chance a template includes it
_SLOT_CHANCES: dict[str, tuple[tuple[str, float], ...]] = {
    "independent": (
        ("open", 0.6),
        ("intro", 1.0),
        ("looks", 0.5),
        ("vibe", 0.85),
        ("avail", 0.6),
        ("loc", 0.7),
        ("prices", 0.7),
        ("screening", 0.6),
        ("bound", 0.5),
        ("rules", 0.45),
        ("contact", 1.0),
        ("close", 0.6),
        ("ref", 0.08),
    ),
    "agency": (
        ("open", 0.4),
        ("intro", 1.0),
        ("looks", 0.7),
        ("vibe", 0.9),
        ("avail", 0.8),
        ("loc", 0.5),
        ("prices", 0.8),
        ("screening", 0.8),
        ("rules", 0.5),
        ("agency", 1.0),
        ("contact", 1.0),
        ("close", 0.4),
        ("ref", 0.2),
    ),
    "venue": (
        ("open", 0.3),
        ("intro", 0.9),
        ("vibe", 0.9),
        ("avail", 0.8),
        ("loc", 0.9),
        ("prices", 0.9),
        ("rules", 0.4),
        ("contact", 1.0),
        ("close", 0.3),
        ("ref", 0.2),
    ),
    "third_party": (
        ("open", 0.5),
        ("intro", 1.0),
        ("looks", 0.7),
        ("vibe", 0.9),
        ("avail", 0.4),
        ("loc", 0.6),
        ("prices", 0.9),
        ("screening", 0.08),
        ("bound", 0.08),
        ("rules", 0.4),
        ("contact", 1.0),
        ("close", 0.5),
        ("ref", 0.1),
    ),
}


@dataclass(frozen=True)
class PhonePeriod:
    """A number an operator uses from ``start`` to ``end`` (days), for some persons or all."""

    national: str
    start: float
    end: float
    person_ids: tuple[str, ...] = ()  # empty: every person of the operator


@dataclass(frozen=True)
class Habits:
    """Per-ad probabilities of an operator's signals and contact practices."""

    p_obfuscate: float
    obf_style: int
    p_youth: float
    p_eth: float
    p_allday: float
    p_new_touring: float  # "new in town" when away from home
    p_new_home: float  # "new in town" at home
    p_exp: float  # exploitative-venue wording
    p_vary: float  # chance an ad re-words a slot
    p_repost: float
    p_no_phone: float  # contact only by handle / email
    p_photos: float
    age_drift: int  # max years the stated age wanders between ads
    night_posting: float  # share of ads posted between midnight and 7 am


@dataclass(frozen=True)
class Event:
    """One ad to write: when, about whom, filed where."""

    day: float
    persons: tuple[Person, ...]
    place: str
    touring: bool
    roster: bool = False


@dataclass
class Operator:
    """An operator with its truth and the habits that shape its ads."""

    operator_id: str
    kind: str
    exploitative: bool
    home: str
    lang: str
    persons: list[Person]
    template: Template
    habits: Habits
    phones: list[PhonePeriod]
    sources: tuple[str, ...]
    prices: tuple[int, int, int]  # hh, h, qv
    single_voice: str  # voice of an ad about one person
    email: str | None = None
    website: str | None = None
    name: str | None = None  # agency / venue name
    handle: tuple[int, str] | None = None  # (platform index, handle)
    foreign: ForeignPhone | None = None
    rename_by_city: bool = False
    labels: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def traffics(self) -> bool:
        return self.kind == "third_party" or self.exploitative

    @property
    def has_minor(self) -> bool:
        return any(p.minor for p in self.persons)


def poisson(rng: random.Random, lam: float) -> int:
    """A Poisson draw (Knuth for small means, a rounded normal for large ones)."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _pick_home(rng: random.Random) -> str:
    return rng.choices([p.place_id for p in PLACES], weights=[p.weight for p in PLACES])[0]


def _pick_lang(rng: random.Random, home: str) -> str:
    place = PLACE_BY_ID[home]
    p_mx = 0.03 if home in ("ottawa", "toronto") else 0.2
    r = rng.random()
    if r < place.english * (1 - p_mx):
        return "en"
    if r < place.english * (1 - p_mx) + p_mx:
        return "mx"
    return "fr"


def _template(rng: random.Random, kind: str, lang: str, *, legit_venue: bool = False) -> Template:
    slots = tuple(s for s, p in _SLOT_CHANCES[kind] if rng.random() < p)
    if legit_venue:
        slots = (*slots[:-1], "spa", slots[-1]) if len(slots) > 1 else (*slots, "spa")
    return make_template(rng, lang, slots)


@dataclass
class Builder:
    """Draws operators one after the other; holds the counters shared between them."""

    rng: random.Random
    days: float
    phones: PhoneAllocator
    next_person: int = 1

    def _person(
        self,
        rng: random.Random,
        operator_id: str,
        *,
        trafficked: bool,
        minor: bool = False,
        male: bool = False,
        ethnic_pool: tuple[int, ...] | None = None,
    ) -> Person:
        pid = f"p-{self.next_person:06d}"
        self.next_person += 1
        true_age = rng.randint(15, 17) if minor else adult_age(rng)
        names = MALE_NAMES if male else FEMALE_NAMES
        return Person(
            person_id=pid,
            operator_id=operator_id,
            name=rng.choice(names),
            true_age=true_age,
            male=male,
            looks=draw_looks(rng, ethnic_pool),
            trafficked=trafficked,
            photo_seeds=tuple(rng.randrange(2**31) for _ in range(rng.randint(1, 4))),
            stated_age=stated_age_for(rng, true_age),
            alt_names=tuple(rng.choice(names) for _ in range(3)),
        )

    def _phone(self, home: str) -> str:
        return self.phones.new(PLACE_BY_ID[home].area_codes)

    def build(self, index: int, kind: str, seed: int) -> Operator:
        """Operator number ``index`` of ``kind``; its own random stream comes from ``seed``."""
        rng = random.Random(f"{seed}:operator:{index}")
        oid = f"op-{index:05d}"
        home = _pick_home(rng)
        lang = _pick_lang(rng, home)
        build = {
            "independent": self._independent,
            "agency": self._agency,
            "venue": self._venue,
            "third_party": self._third_party,
        }[kind]
        op = build(rng, oid, home, lang)
        op.events.sort(key=lambda e: e.day)
        return op

    # ---------------------------------------------------------------- shared helpers

    def _window(self, rng: random.Random, full: float) -> tuple[float, float]:
        if rng.random() < full or self.days < 14:
            return 0.0, self.days
        length = rng.uniform(10, self.days)
        start = rng.uniform(0, self.days - length)
        return start, start + length

    def _handle(self, rng: random.Random, name: str) -> tuple[int, str]:
        tail = rng.choice(("xo", "x", "_mtl", "bby", "official", "vip", str(rng.randint(1, 99))))
        return rng.randrange(4), f"{name.lower()}{rng.choice(('_', '.', ''))}{tail}".replace(
            "é", "e"
        ).replace("ë", "e").replace("è", "e").replace("ï", "i")

    def _email(self, rng: random.Random, stem: str) -> str:
        stem = "".join(c for c in stem.lower() if c.isalnum() or c in "._")
        stem = stem.replace("é", "e")
        return f"{stem}{rng.randint(1, 999)}@{rng.choice(EMAIL_DOMAINS)}"

    # ---------------------------------------------------------------- independents

    def _independent(self, rng: random.Random, oid: str, home: str, lang: str) -> Operator:
        male = rng.random() < 0.05
        duo = not male and rng.random() < 0.03
        persons = [self._person(rng, oid, trafficked=False, male=male)]
        if duo:
            persons.append(self._person(rng, oid, trafficked=False))
        labels: list[str] = ["duo"] if duo else []
        heavy_obf = rng.random() < 0.3
        youth = rng.random() < 0.1 or (persons[0].true_age <= 20 and rng.random() < 0.25)
        habits = Habits(
            p_obfuscate=0.75 if heavy_obf else 0.12,
            obf_style=pick_obfuscation_style(rng),
            p_youth=0.7 if youth else 0.0,
            p_eth=0.8 if rng.random() < 0.2 else 0.0,
            p_allday=0.8 if rng.random() < 0.08 else 0.0,
            p_new_touring=0.8,
            p_new_home=0.15 if rng.random() < 0.1 else 0.0,
            p_exp=0.0,
            p_vary=0.35,
            p_repost=0.08,
            p_no_phone=0.6 if rng.random() < 0.04 else 0.0,
            p_photos=0.85,
            age_drift=1 if rng.random() < 0.05 else 0,
            night_posting=0.04,
        )
        for flag, name in (
            (heavy_obf, "obfuscates"),
            (youth, "youth-wording"),
            (habits.p_eth > 0, "lists-ethnicity"),
            (habits.p_allday > 0, "24/7"),
        ):
            if flag:
                labels.append(name)
        start, end = self._window(rng, 0.7)
        tier = rng.random()
        rate = (
            rng.uniform(0.2, 0.5)
            if tier < 0.6
            else (rng.uniform(0.45, 0.95) if tier < 0.93 else rng.uniform(1.3, 3.0))
        )
        if rate > 1.5:
            labels.append("high-volume")
        phones = [PhonePeriod(self._phone(home), 0.0, self.days + 1)]
        if rng.random() < 0.08:
            switch = rng.uniform(start, end)
            phones = [
                PhonePeriod(phones[0].national, 0.0, switch),
                PhonePeriod(self._phone(home), switch, self.days + 1),
            ]
            labels.append("changed-number")
        op = Operator(
            operator_id=oid,
            kind="independent",
            exploitative=False,
            home=home,
            lang=lang,
            persons=persons,
            template=_template(rng, "independent", lang),
            habits=habits,
            phones=phones,
            sources=self._sources(rng, "independent"),
            prices=_prices(rng, normal=True),
            single_voice="m"
            if male
            else ("duo" if duo else ("she" if rng.random() < 0.1 else "i")),
        )
        if op.single_voice == "she":
            labels.append("third-person-voice")
        if rng.random() < 0.3:
            op.handle = self._handle(rng, persons[0].name)
        if rng.random() < 0.15:
            op.email = self._email(rng, persons[0].name)
        if rng.random() < 0.006:
            op.foreign = rng.choice(FOREIGN_PHONES)
            labels.append("foreign-number")
        n = max(1, poisson(rng, rate * (end - start) / 7))
        trips: list[tuple[float, float, str]] = []
        if rng.random() < 0.2:
            labels.append("touring")
            for _ in range(rng.randint(1, 2)):
                t0 = rng.uniform(start, max(start, end - 3))
                dest = rng.choice(_TOUR_DESTINATIONS)
                if dest != home:
                    trips.append((t0, t0 + rng.uniform(2, 5), dest))
            n += sum(poisson(rng, 1.5) for _ in trips)
        for _ in range(n):
            day = rng.uniform(start, end)
            place, touring = home, False
            for t0, t1, dest in trips:
                if t0 <= day < t1:
                    place, touring = dest, True
            if trips and not touring and rng.random() < 0.25:
                t0, t1, dest = rng.choice(trips)
                day, place, touring = rng.uniform(t0, t1), dest, True
            who = tuple(persons) if (duo and rng.random() < 0.6) else (rng.choice(persons),)
            op.events.append(Event(day, who, place, touring, roster=len(who) > 1))
        op.labels = labels
        return op

    def _sources(self, rng: random.Random, kind: str) -> tuple[str, ...]:
        if kind == "venue":
            first = rng.choices(SOURCES, weights=(2, 1, 6, 1))[0]
        else:
            first = rng.choices(SOURCES, weights=(6, 3, 0.5, 2))[0]
        if rng.random() < 0.3:
            second = rng.choice([s for s in SOURCES if s != first])
            return (first, second)
        return (first,)

    # ---------------------------------------------------------------- agencies

    def _agency(self, rng: random.Random, oid: str, home: str, lang: str) -> Operator:
        exploitative = rng.random() < 0.1
        minor = exploitative and rng.random() < 0.15
        count = rng.randint(3, 8)
        persons = [
            self._person(rng, oid, trafficked=exploitative, minor=minor and i == 0)
            for i in range(count)
        ]
        name = rng.choice(AGENCY_WORDS)
        slug = name.lower().replace(" ", "").replace("é", "e")
        habits = Habits(
            p_obfuscate=0.05,
            obf_style=pick_obfuscation_style(rng),
            p_youth=0.4 if exploitative else 0.03,
            p_eth=0.6 if exploitative else 0.2,
            p_allday=0.5 if exploitative else 0.1,
            p_new_touring=0.5,
            p_new_home=0.05,
            p_exp=0.0,
            p_vary=0.2,
            p_repost=0.05,
            p_no_phone=0.0,
            p_photos=0.9,
            age_drift=1 if exploitative else 0,
            night_posting=0.05,
        )
        op = Operator(
            operator_id=oid,
            kind="agency",
            exploitative=exploitative,
            home=home,
            lang=lang,
            persons=persons,
            template=_template(rng, "agency", lang),
            habits=habits,
            phones=[PhonePeriod(self._phone(home), 0.0, self.days + 1)],
            sources=self._sources(rng, "agency"),
            prices=_prices(rng, normal=True),
            single_voice="she",
            name=name,
            website=f"www.{slug}{rng.choice(('escorts', 'agence', 'vip', 'companions'))}.ca",
            labels=["agency", "exploitative" if exploitative else "legit"],
        )
        op.email = f"info@{op.website[4:] if op.website else 'agence.ca'}"
        start, end = self._window(rng, 0.85)
        second = rng.choice(("laval", "longueuil")) if rng.random() < 0.2 else home
        for p in persons:
            for _ in range(max(1, poisson(rng, 0.18 * (end - start) / 7))):
                place = second if rng.random() < 0.2 else home
                op.events.append(Event(rng.uniform(start, end), (p,), place, False))
        for _ in range(poisson(rng, 0.15 * (end - start) / 7)):
            who = tuple(rng.sample(persons, rng.randint(2, min(4, len(persons)))))
            op.events.append(Event(rng.uniform(start, end), who, home, False, roster=True))
        return op

    # ---------------------------------------------------------------- venues

    def _venue(self, rng: random.Random, oid: str, home: str, lang: str) -> Operator:
        exploitative = rng.random() < 0.4
        if exploitative and lang == "fr" and rng.random() < 0.3:
            lang = "mx"
        pool = tuple(rng.sample(range(len(ETHNICITIES)), 3))
        name = rng.choice(SPA_WORDS)
        habits = Habits(
            p_obfuscate=0.15 if exploitative else 0.03,
            obf_style=pick_obfuscation_style(rng),
            p_youth=0.25 if exploitative else 0.0,
            p_eth=0.8 if exploitative else 0.1,
            p_allday=0.7 if exploitative else 0.05,
            p_new_touring=0.0,
            p_new_home=0.3 if exploitative else 0.0,
            p_exp=0.85 if exploitative else 0.0,
            p_vary=0.15,
            p_repost=0.3 if exploitative else 0.05,
            p_no_phone=0.0,
            p_photos=0.7,
            age_drift=2 if exploitative else 0,
            night_posting=0.25 if exploitative else 0.02,
        )
        # some exploitative venues dress up as a registered spa: no single phrase gives them away
        fake_spa = exploitative and rng.random() < 0.3
        slots = _template(rng, "venue", lang, legit_venue=not exploitative or fake_spa)
        op = Operator(
            operator_id=oid,
            kind="venue",
            exploitative=exploitative,
            home=home,
            lang=lang,
            persons=[],
            template=slots,
            habits=habits,
            phones=[PhonePeriod(self._phone(home), 0.0, self.days + 1)],
            sources=self._sources(rng, "venue"),
            prices=_prices(rng, normal=not exploitative),
            single_voice="she",
            name=name,
            labels=["venue", "exploitative" if exploitative else "legit"],
        )
        if not exploitative:
            op.persons = [
                self._person(rng, oid, trafficked=False) for _ in range(rng.randint(3, 6))
            ]
            if rng.random() < 0.5:
                op.website = f"www.{name.lower().replace(' ', '')}.ca"
            for _ in range(max(1, poisson(rng, 0.7 * self.days / 7))):
                who = tuple(rng.sample(op.persons, rng.randint(2, min(5, len(op.persons)))))
                op.events.append(Event(rng.uniform(0, self.days), who, home, False, roster=True))
            for p in op.persons:
                for _ in range(poisson(rng, 0.08 * self.days / 7)):
                    op.events.append(Event(rng.uniform(0, self.days), (p,), home, False))
            return op
        # exploitative: "new girls" every week, each staying one to three weeks
        minor_left = 1 if rng.random() < 0.12 else 0
        stays: list[tuple[Person, float, float]] = []
        day = -7.0
        while day < self.days:
            for _ in range(rng.randint(1, 3) if day >= 0 else rng.randint(3, 5)):
                minor = minor_left > 0 and day >= 0 and rng.random() < 0.3
                minor_left -= int(minor)
                p = self._person(rng, oid, trafficked=True, minor=minor, ethnic_pool=pool)
                stays.append((p, max(0.0, day + rng.uniform(0, 3)), day + rng.uniform(7, 21)))
            day += 7
        op.persons = [p for p, _, _ in stays]
        for week in range(math.ceil(self.days / 7)):
            t0 = week * 7.0
            present = [p for p, a, b in stays if a < t0 + 7 and b > t0]
            for _ in range(rng.randint(0, 2)):
                if len(present) >= 2:
                    who = tuple(rng.sample(present, min(len(present), rng.randint(2, 5))))
                    d = rng.uniform(t0, min(self.days, t0 + 7))
                    op.events.append(Event(d, who, home, False, roster=True))
        for p, a, b in stays:
            for _ in range(poisson(rng, 0.4)):
                d = rng.uniform(a, min(b, self.days))
                if 0 <= d < self.days:
                    op.events.append(Event(d, (p,), home, False))
        op.labels += ["rotating-roster", "live-in"]
        return op

    # ---------------------------------------------------------------- third parties

    def _third_party(self, rng: random.Random, oid: str, home: str, lang: str) -> Operator:
        count = rng.randint(2, 6)
        with_minor = rng.random() < 0.25
        pool = tuple(rng.sample(range(len(ETHNICITIES)), 2))
        persons = [
            self._person(
                rng,
                oid,
                trafficked=True,
                minor=with_minor and i == 0,
                ethnic_pool=pool if rng.random() < 0.6 else None,
            )
            for i in range(count)
        ]
        labels = ["third-party"]
        heavy_obf = rng.random() < 0.75
        habits = Habits(
            p_obfuscate=0.75 if heavy_obf else 0.2,
            obf_style=pick_obfuscation_style(rng),
            p_youth=0.75 if with_minor else (0.45 if rng.random() < 0.3 else 0.0),
            p_eth=0.8 if rng.random() < 0.6 else 0.0,
            p_allday=0.8 if rng.random() < 0.5 else 0.0,
            p_new_touring=0.3,
            p_new_home=0.05,
            p_exp=0.0,
            p_vary=0.12,
            p_repost=0.3 if rng.random() < 0.6 else 0.05,
            p_no_phone=0.0,
            p_photos=0.9,
            age_drift=rng.choice((0, 0, 1, 2, 3)),
            night_posting=0.2,
        )
        op = Operator(
            operator_id=oid,
            kind="third_party",
            exploitative=True,
            home=home,
            lang=lang,
            persons=persons,
            template=_template(rng, "third_party", lang),
            habits=habits,
            phones=[],
            sources=self._sources(rng, "third_party"),
            prices=_prices(rng, normal=rng.random() < 0.6),
            single_voice="she" if rng.random() < 0.65 else "i",
            rename_by_city=rng.random() < 0.2,
        )
        if op.single_voice == "i":
            labels.append("fake-first-person")
        if with_minor:
            labels.append("minor")
        # burner phones: rotated every 10-25 days, shared by all or one per person
        rotate = rng.random() < 0.7
        per_person = rng.random() < 0.3
        owners: list[tuple[str, ...]] = (
            [tuple(p.person_id for p in persons)]
            if not per_person
            else [(p.person_id,) for p in persons]
        )
        for owner in owners:
            t = 0.0
            while t < self.days:
                span = rng.uniform(10, 25) if rotate else self.days + 1
                op.phones.append(
                    PhonePeriod(self._phone(home), t, t + span, owner if per_person else ())
                )
                t += span
        labels += ["burner-rotation"] if rotate else []
        labels += ["phone-per-person"] if per_person else ["shared-phone"]
        if rng.random() < 0.2:
            op.handle = (2, f"{rng.choice(FEMALE_NAMES).lower()}_{rng.randint(10, 99)}")
        if rng.random() < 0.03:
            op.foreign = rng.choice(FOREIGN_PHONES)
        # circuit through cities, a few days per stop
        stops: list[tuple[float, str]] = [(0.0, home)]
        if rng.random() < 0.6:
            labels.append("circuit")
            route = [home, *rng.sample([p for p in _CIRCUIT if p != home], rng.randint(2, 4))]
            t, k = 0.0, 0
            while t < self.days:
                stops.append((t, route[k % len(route)]))
                t += rng.uniform(3, 7)
                k += 1
        start, end = self._window(rng, 0.75)
        for p in persons:
            rate = rng.uniform(0.2, 0.5)
            for _ in range(max(1, poisson(rng, rate * (end - start) / 7))):
                d = rng.uniform(start, end)
                op.events.append(Event(d, (p,), _stop_at(stops, d), _stop_at(stops, d) != home))
        for _ in range(poisson(rng, 0.15 * (end - start) / 7)):
            d = rng.uniform(start, end)
            who = tuple(rng.sample(persons, min(len(persons), rng.randint(2, 3))))
            op.events.append(
                Event(d, who, _stop_at(stops, d), _stop_at(stops, d) != home, roster=True)
            )
        op.labels = labels
        return op


SOURCES: tuple[str, ...] = ("leolist", "petitesannonces", "massagexpress", "nuitsquebec")

_TOUR_DESTINATIONS = (
    "gatineau",
    "quebec",
    "ottawa",
    "toronto",
    "laval",
    "longueuil",
    "sherbrooke",
    "trois-rivieres",
    "montreal",
)
_CIRCUIT = (
    "montreal",
    "laval",
    "longueuil",
    "rive-nord",
    "gatineau",
    "ottawa",
    "toronto",
    "quebec",
)


def _stop_at(stops: list[tuple[float, str]], day: float) -> str:
    place = stops[0][1]
    for t, p in stops:
        if t <= day:
            place = p
        else:
            break
    return place


def _prices(rng: random.Random, *, normal: bool) -> tuple[int, int, int]:
    if normal:
        h = rng.choice((200, 220, 250, 260, 280, 300, 350, 400))
        hh = rng.choice((140, 150, 160, 180, 200))
    else:
        h = rng.choice((100, 120, 140, 160))
        hh = rng.choice((60, 70, 80, 100))
    qv = max(60, hh - rng.choice((20, 40, 60)))
    return hh, h, qv
