"""Writing one ad (and its truth) from an operator's posting event."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from balise.simulate.obfuscation import (
    obfuscated_phone,
    plain_phone,
    render_email,
    render_handle,
)
from balise.simulate.operators import Event, Operator
from balise.simulate.people import ETHNICITIES, HAIR_EN, HAIR_FR, Person
from balise.simulate.phrases import JUNK_CONTACT
from balise.simulate.places import (
    LANDMARKS,
    METRO_STATIONS,
    PLACE_BY_ID,
    POSTAL_PREFIXES,
    STREETS,
    UNKNOWN_CITY_SPELLINGS,
)
from balise.simulate.sources import SITES, posted_at, site_instant, to_html
from balise.simulate.texts import (
    Values,
    age_phrase,
    compose,
    date_text,
    height_text,
    hours_text,
    measurements_text,
    prices_text,
    vary,
    weight_text,
)

MONTREAL = ZoneInfo("America/Montreal")
_POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


@dataclass(frozen=True)
class ImageSpec:
    """An image file to write: a variant of a base picture, or an exact copy."""

    path: str  # relative to the output directory
    base_seed: int
    variant_seed: int
    exact: bool = False


@dataclass
class RenderedAd:
    """One ad before its id is known: the record, its truth, the pictures to draw."""

    instant: datetime  # aware
    source: str
    record: dict[str, object]  # interchange fields except ad_id and url
    city_slug: str
    truth: dict[str, object]  # truth fields except source and ad_id
    images: list[ImageSpec]


STOCK_SEEDS: tuple[int, ...] = (9001, 9002, 9003, 9004, 9005)
PLACEHOLDER = ImageSpec("images/stock/placeholder.png", 9000, 0, exact=True)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


def _ad_name(op: Operator, p: Person, place: str) -> str:
    if op.rename_by_city and place != op.home:
        return p.alt_names[sum(map(ord, place)) % len(p.alt_names)]
    return p.name


def _stated_age(rng: random.Random, op: Operator, p: Person) -> int:
    age = p.stated_age
    if op.habits.age_drift:
        age += rng.randint(-op.habits.age_drift, op.habits.age_drift)
    if p.minor and rng.random() < 0.04:
        return p.true_age  # a slip: the real age shows through
    return max(18, age)


def _values(
    rng: random.Random,
    op: Operator,
    ev: Event,
    names: list[str],
    ages: list[int],
    lang: str,
    voice: str,
    when: datetime,
    roster_aged: list[bool],
) -> Values:
    p = ev.persons[0]
    lk = p.looks
    place = PLACE_BY_ID[ev.place]
    en = lang == "en"
    metric = op.template.metric
    roster_items = []
    for name, age in zip(names, ages, strict=True):
        r = rng.random()
        roster_aged.append(r < 0.75)
        if r < 0.5:
            roster_items.append(f"{name} ({age})" if rng.random() < 0.5 else f"{name} {age}")
        elif r < 0.75:
            roster_items.append(
                f"{name}: {age_phrase(rng, lang, 'she', age, op.template.age_style)}"
            )
        else:
            roster_items.append(name)  # no age given for this one
    eths = sorted({ETHNICITIES[q.looks.ethnicity][1 if en else 0] for q in ev.persons})
    day = when + timedelta(days=rng.randint(0, 3))
    postal = (
        f"{rng.choice(POSTAL_PREFIXES[ev.place])} {rng.randint(1, 9)}"
        f"{rng.choice(_POSTAL_LETTERS)}{rng.randint(0, 9)}"
    )
    return Values(
        name=names[0],
        name2=names[1] if len(names) > 1 else "",
        age=age_phrase(rng, lang, voice, ages[0], op.template.age_style),
        age2=age_phrase(rng, lang, voice, ages[1], op.template.age_style) if len(ages) > 1 else "",
        roster=(", " if rng.random() < 0.7 else " / ").join(roster_items),
        hair=(HAIR_EN if en else HAIR_FR)[lk.hair],
        height=height_text(rng, lk.height_cm, metric, lang),
        weight=weight_text(lk.weight_kg, metric),
        meas=measurements_text(lk.bust, lk.cup, lk.waist, lk.hips),
        eth=ETHNICITIES[lk.ethnicity][1 if en else 0],
        eths=", ".join(eths),
        city=place.name_en if en else place.name_fr,
        metro=rng.choice(LANDMARKS.get(ev.place, METRO_STATIONS)),
        street=f"{rng.randint(100, 9999)} {rng.choice(STREETS)}",
        postal=postal,
        hours=hours_text(rng, lang, op.template.hours_style),
        prices=prices_text(lang, op.template.price_style, *op.prices),
        client_age=str(rng.choice((21, 25, 25, 30, 35, 40))),
        agency=op.name or "",
        website=op.website or "",
        email=op.email or "",
        year=str(rng.choice((2009, 2012, 2015, 2018, 2020))),
        cheap=str(rng.choice((40, 50, 60, 70))),
        # 5, 6 or 8 digits: a 7- or 10-digit reference would be a phone number in disguise
        ref=str(rng.choice((rng.randint(10000, 999999), rng.randint(10_000_000, 99_999_999)))),
        date=date_text(rng, "en" if en else "fr", day.day, day.month),
        n_girls=str(len(ev.persons) + rng.randint(0, 4)),
    )


def _local_time(rng: random.Random, start: date, day: float, night: float) -> datetime:
    base = datetime(start.year, start.month, start.day) + timedelta(days=int(day))
    hour = (
        rng.randint(0, 6)
        if rng.random() < night
        else rng.choice(
            (8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 17, 18, 19, 20)
        )
    )
    return (
        base + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))
    ).replace(tzinfo=MONTREAL)


def render_event(
    rng: random.Random, op: Operator, ev: Event, start: date, *, with_images: bool
) -> RenderedAd:
    """The ad ``op`` posts for ``ev``, with its truth line."""
    h = op.habits
    source = rng.choice(op.sources)
    site = SITES[source]
    when = site_instant(site, _local_time(rng, start, ev.day, h.night_posting))
    persons = ev.persons
    names = [_ad_name(op, p, ev.place) for p in persons]
    ages = [_stated_age(rng, op, p) for p in persons]
    if ev.roster and op.kind != "independent":
        voice = "we"
    elif ev.roster:
        voice = "duo"
    elif op.kind == "independent" and op.single_voice == "duo":
        voice = "i"
    else:
        voice = op.single_voice
    lang = op.lang
    roster_aged: list[bool] = []
    values = _values(rng, op, ev, names, ages, lang, voice, when, roster_aged)
    signals = {
        s
        for s, p in (
            ("youth", h.p_youth),
            ("eth", h.p_eth),
            ("allday", h.p_allday),
            ("exp", h.p_exp),
            ("new", h.p_new_touring if ev.touring else h.p_new_home),
        )
        if rng.random() < p
    }
    # agency/venue rosters speak of the house; the "agency"/"spa" slots live in the template
    template = vary(rng, op.template, 1 if rng.random() < h.p_vary else 0)

    # ---------------------------------------------------------- contact placement
    active = [
        pp
        for pp in op.phones
        if pp.start <= ev.day < pp.end
        and (not pp.person_ids or any(p.person_id in pp.person_ids for p in persons))
    ]
    if not active:
        active = [op.phones[-1]]
    numbers = list(dict.fromkeys(pp.national for pp in active))[:2]
    contact: dict[str, str] = {}
    in_body: list[str] = []
    in_title = ""
    plain_seen = False
    carried: list[str] = []
    extra_lines: list[str] = []
    fr = lang != "en"
    no_phone = rng.random() < h.p_no_phone and (op.handle is not None or op.email is not None)
    obfuscate = rng.random() < h.p_obfuscate
    if no_phone:
        if op.handle:
            contact["handle"] = render_handle(rng, *op.handle)
            in_body.append(render_handle(rng, *op.handle))
        elif op.email:
            contact["email"] = op.email
            in_body.append(render_email(rng, op.email, obfuscate))
    else:
        for k, national in enumerate(numbers):
            carried.append("+1" + national)
            if obfuscate:
                r = rng.random()
                if k == 0 and r < 0.15:
                    contact["phone"] = plain_phone(rng, national)
                    plain_seen = True
                elif k == 0 and r < 0.5:
                    contact["phone"] = rng.choice(JUNK_CONTACT)
                elif k == 0 and r < 0.6 and op.handle:
                    contact["handle"] = render_handle(rng, *op.handle)
                text = obfuscated_phone(rng, national, h.obf_style if rng.random() < 0.7 else None)
                if k == 0 and rng.random() < 0.2 and not in_title:
                    in_title = text
                else:
                    in_body.append(text)
            else:
                r = rng.random()
                if k == 0 and r < 0.75:
                    contact["phone"] = plain_phone(rng, national)
                    if rng.random() < 0.4:
                        in_body.append(plain_phone(rng, national))
                elif k == 0 and r < 0.9:
                    in_body.append(plain_phone(rng, national))
                elif k == 0:
                    in_title = plain_phone(rng, national)
                else:
                    in_body.append(plain_phone(rng, national))
                plain_seen = True
    if op.handle and "handle" not in contact and rng.random() < 0.4:
        extra_lines.append(render_handle(rng, *op.handle))
    if op.email and rng.random() < (0.7 if op.kind == "agency" else 0.4):
        if op.kind == "agency" and rng.random() < 0.7:
            contact["email"] = op.email
        else:
            extra_lines.append(render_email(rng, op.email, obfuscate and rng.random() < 0.7))
    if op.foreign and rng.random() < 0.5:
        f = op.foreign
        country = f.country_fr if fr else f.country_en
        extra_lines.append(
            rng.choice(
                (
                    f"WhatsApp {f.country_fr if fr else f.country_en}: {f.display}",
                    f"{'Numéro' if fr else 'Number'} {country} {f.display}",
                )
            )
        )
        carried.append(f.e164)
    if site.hub and rng.random() < site.hub_share:
        extra_lines.append(site.hub_text_fr if fr else site.hub_text_en)
        carried.append("+1" + site.hub)
    values["contact"] = " / ".join(in_body)
    composed = compose(
        rng,
        template,
        voice,
        values,
        frozenset(signals),
        drop=0.15 if h.p_vary > 0.2 else 0.05,
        skip=frozenset() if in_body else frozenset({"contact"}),
    )
    title = composed.title
    if in_title:
        title = f"{title} {in_title}" if rng.random() < 0.7 else f"{in_title} {title}"
    if template.emoji and rng.random() < 0.5:
        title = f"{template.emoji} {title} {template.emoji}"
    parts = list(composed.body_parts) + extra_lines
    body = to_html(rng, parts) if rng.random() < site.html else template.sep.join(parts)

    # ---------------------------------------------------------- site fields
    record: dict[str, object] = {
        "source": source,
        "posted_at": posted_at(site, when),
        "title": title,
        "body": body,
    }
    r = rng.random()
    place_truth: str | None = ev.place
    if r < 0.06:
        place_truth = None  # no city field
    elif r < 0.09:
        record["city"] = rng.choice(UNKNOWN_CITY_SPELLINGS)
        place_truth = None
    else:
        record["city"] = rng.choice(PLACE_BY_ID[ev.place].spellings)
    if contact:
        record["contact"] = contact
    stated: list[int] = []
    if composed.age_in_text:
        stated.append(ages[0])
    if composed.age2_in_text and len(ages) > 1:
        stated.append(ages[1])
    if composed.roster_in_text:
        # roster items without an age were written as the bare name
        stated.extend(a for a, aged in zip(ages, roster_aged, strict=True) if aged)
    form = _form_age(rng, site.age_field, ages[0])
    if form is not None:
        record["age"] = form
        stated.append(int(str(form).split()[0]))
    images: list[ImageSpec] = []
    if with_images:
        images = _pick_images(rng, op, persons, source)
        if images:
            record["images"] = [im.path for im in images]
    truth: dict[str, object] = {
        "operator_id": op.operator_id,
        "person_ids": [p.person_id for p in persons],
        "phones": list(dict.fromkeys(carried)),
        "obfuscated_phone": bool(numbers) and not no_phone and not plain_seen,
        "ages": sorted(set(stated)),
        "place": place_truth,
        "trafficked": any(p.trafficked for p in persons),
        "minor": any(p.minor for p in persons),
        "language": {"fr": "fr", "en": "en", "mx": "mixed"}[lang],
    }
    slug = _slug(str(record.get("city", ""))) if place_truth else ""
    return RenderedAd(when, source, record, slug, truth, images)


def _form_age(rng: random.Random, kind: str, age: int) -> int | str | None:
    if kind == "int":
        return max(18, age) if rng.random() < 0.9 else None
    if kind == "string":
        r = rng.random()
        if r < 0.4:
            return str(max(18, age))
        if r < 0.7:
            return f"{max(18, age)} ans"
        return None
    return max(18, age) if rng.random() < 0.1 else None


def _pick_images(
    rng: random.Random, op: Operator, persons: tuple[Person, ...], source: str
) -> list[ImageSpec]:
    if rng.random() > op.habits.p_photos:
        return [PLACEHOLDER] if source == "massagexpress" else []
    specs: list[ImageSpec] = []
    if len(persons) == 1:
        seeds = list(persons[0].photo_seeds)
        chosen = rng.sample(seeds, rng.randint(1, len(seeds)))
    else:
        chosen = [rng.choice(p.photo_seeds) for p in persons[:4]]
    for seed in chosen:
        specs.append(_variant(rng, seed))
    if rng.random() < 0.02:
        specs.append(_variant(rng, rng.choice(STOCK_SEEDS)))
    return specs


def _variant(rng: random.Random, base_seed: int) -> ImageSpec:
    name = f"{rng.getrandbits(48):012x}"
    ext = ".png" if rng.random() < 0.05 else ".jpg"
    return ImageSpec(f"images/{name[:2]}/{name}{ext}", base_seed, rng.getrandbits(32))
