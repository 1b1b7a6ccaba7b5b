"""Composing an ad's title and body from the fragments of ``phrases.py``.

An operator writes with a ``Template``: for each slot, the language, the variant it
prefers and the order of the slots. Ads of one operator share the template (a third
party keeps it across persons and burner phones); an independent worker varies it
more. The values that fill the placeholders (ages, prices, hours, heights, postal
codes...) are written in many styles, and the numbers among them that are not
phones or ages are the distractors the extractors must resist.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from balise.simulate.numbers import keycaps, words_en, words_fr
from balise.simulate.phrases import FRAGMENTS, MONTHS_EN, MONTHS_FR

BODY_SLOTS: tuple[str, ...] = (
    "open",
    "intro",
    "looks",
    "eth",
    "youth",
    "new",
    "vibe",
    "avail",
    "allday",
    "loc",
    "prices",
    "screening",
    "bound",
    "rules",
    "agency",
    "spa",
    "exp",
    "contact",
    "close",
    "ref",
)
SIGNAL_SLOTS: frozenset[str] = frozenset({"eth", "youth", "new", "allday", "exp"})
"""Slots whose presence in an ad is decided per ad, from the operator's habits."""


@dataclass(frozen=True)
class Template:
    """How one operator writes: languages, preferred variants, slot order, layout."""

    lang: str  # "fr", "en" or "mx" (mixed)
    slot_lang: tuple[tuple[str, str], ...]  # (slot, "fr"|"en"|"mx") for mixed writers
    variants: tuple[tuple[str, int], ...]  # (slot, variant index)
    slots: tuple[str, ...]  # body slots used, in order
    sep: str  # between fragments
    age_style: int
    price_style: int
    hours_style: int
    metric: bool  # heights in cm, weights in kg
    emoji: str  # decoration some writers sprinkle

    def variant(self, slot: str) -> int:
        for s, v in self.variants:
            if s == slot:
                return v
        return 0

    def language_of(self, slot: str) -> str:
        for s, lang in self.slot_lang:
            if s == slot:
                return lang
        return self.lang


def fragments_for(slot: str, lang: str, voice: str) -> tuple[str, ...]:
    """The fragments of ``slot`` for a language and a voice, with sensible fall-backs."""
    voices = (voice, "*", "i") if voice in ("m", "duo") else (voice, "*")
    langs = (lang, "fr", "en") if lang == "mx" else (lang,)
    for lg in langs:
        for v in voices:
            found = FRAGMENTS.get(f"{slot}:{lg}:{v}")
            if found:
                return found
    return ()


def make_template(
    rng: random.Random, lang: str, slots: tuple[str, ...], *, sep_html: bool = False
) -> Template:
    """A fresh writing style over ``slots`` (kept in the canonical order, with a few swaps)."""
    order = list(slots)
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(len(order))
        j = min(len(order) - 1, i + 1)
        if "contact" not in (order[i], order[j]):
            order[i], order[j] = order[j], order[i]
    slot_lang: list[tuple[str, str]] = []
    if lang == "mx":
        langs = ["fr", "en"]
        rng.shuffle(langs)
        for k, s in enumerate(["title", *order]):
            # guarantee both languages appear, then mix freely (with mixed fragments)
            lg = langs[k] if k < 2 else rng.choice(("fr", "en", "mx", "mx"))
            slot_lang.append((s, lg))
    return Template(
        lang=lang,
        slot_lang=tuple(slot_lang),
        variants=tuple((s, rng.randrange(1000)) for s in ("title", *order)),
        slots=tuple(order),
        sep=rng.choice((" ", " ", "\n", "\n", "\n\n", " | ", " ✨ ", " - ", " ~ ")),
        age_style=rng.randrange(1000),
        price_style=rng.randrange(1000),
        hours_style=rng.randrange(1000),
        metric=rng.random() < 0.5,
        emoji=rng.choice(("", "", "", "💋", "🌹", "✨", "🔥", "💕", "😘")),
    )


def vary(rng: random.Random, t: Template, changes: int) -> Template:
    """The same template with ``changes`` slots switched to another variant."""
    if changes <= 0:
        return t
    variants = dict(t.variants)
    keys = list(variants)
    for _ in range(changes):
        variants[rng.choice(keys)] = rng.randrange(1000)
    return replace(t, variants=tuple(variants.items()))


# --- values --------------------------------------------------------------------------------


def age_phrase(rng: random.Random, lang: str, voice: str, age: int, style: int) -> str:
    """An age as an ad states it: "19 ans", "j'ai dix-neuf ans", "22yo", "age: 21", "1️⃣9️⃣ ans"."""
    fr = lang == "fr" or (lang == "mx" and rng.random() < 0.5)
    if rng.random() < 0.25:
        style = rng.randrange(1000)
    if fr:
        first = voice in ("i", "m")
        forms = (
            f"{age} ans",
            f"{age} ans",
            f"{age}ans",
            f"âge: {age}",
            f"{words_fr(age)} ans",
            f"{keycaps(str(age))} ans",
            f"[{age}]",
            f"j'ai {age} ans" if first else f"elle a {age} ans",
            f"j'ai {words_fr(age)} ans" if first else f"elle a {words_fr(age)} ans",
        )
    else:
        first = voice in ("i", "m")
        forms = (
            f"{age}yo",
            f"{age} y/o",
            f"age: {age}",
            f"{age} years old",
            f"{words_en(age)} years old",
            f"{keycaps(str(age))} yo",
            f"({age})",
            f"I'm {age}" if first else f"she's {age}",
            f"{age} yrs",
        )
    return forms[style % len(forms)]


def height_text(rng: random.Random, cm: int, metric: bool, lang: str) -> str:
    if metric:
        return f"{cm} cm" if rng.random() < 0.7 else f"1m{cm - 100:02d}"
    inches = round(cm / 2.54)
    ft, inch = divmod(inches, 12)
    return rng.choice(
        (
            f"{ft}'{inch}",
            f"{ft}'{inch}\"",
            f"{ft} pieds {inch}" if lang == "fr" else f"{ft} ft {inch}",
        )
    )


def weight_text(kg: int, metric: bool) -> str:
    return f"{kg} kg" if metric else f"{round(kg * 2.2)} lbs"


def measurements_text(bust: int, cup: str, waist: int, hips: int) -> str:
    return f"{bust}{cup}-{waist}-{hips}"


def hours_text(rng: random.Random, lang: str, style: int) -> str:
    start = rng.choice((9, 10, 11, 12, 14, 16, 18))
    end = rng.choice((20, 21, 22, 23, 0, 2))
    fr = lang != "en"
    if fr:
        endw = "minuit" if end == 0 else f"{end}h"
        forms = (
            f"de {start}h à {endw}",
            f"{start}h à {endw}",
            f"{start}h-{endw}",
            "lun-ven 10h-22h",
            f"ce soir dès {start}h",
            "en soirée",
        )
    else:

        def ampm(h: int) -> str:
            return "midnight" if h == 0 else (f"{h}am" if h < 12 else f"{h - 12 or 12}pm")

        forms = (
            f"{ampm(start)}-{ampm(end)}",
            f"from {ampm(start)} to {ampm(end)}",
            "Mon-Fri 10am-10pm",
            f"tonight from {ampm(start)}",
            "evenings",
            f"{start}:00-{end:02d}:00",
        )
    return forms[style % len(forms)]


def prices_text(lang: str, style: int, hh: int, h: int, qv: int) -> str:
    forms = (
        f"{hh} roses/hh, {h} roses/h",
        f"QV {qv} | HH {hh} | H {h}",
        f"1h {h}$ - 30min {hh}$",
        f"{h}$/h",
        f"hh {hh} h {h}",
        f"{qv} qv, {hh} hh, {h} 1h, {h * 2 - 40} 2h",
        f"{hh} 🌹 half / {h} 🌹 hour" if lang == "en" else f"{hh} 🌹 demi-heure / {h} 🌹 heure",
        f"Donation: {h} per hour" if lang == "en" else f"{h} dollars de l'heure",
    )
    return forms[style % len(forms)]


def date_text(rng: random.Random, lang: str, day: int, month: int) -> str:
    if lang == "en":
        return rng.choice((f"{MONTHS_EN[month - 1]} {day}", f"{month}/{day}"))
    return rng.choice((f"{day} {MONTHS_FR[month - 1]}", f"{day}/{month:02d}"))


class Values(dict[str, str]):
    """Placeholder values; a missing key renders as an empty string."""

    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class Composed:
    title: str
    body_parts: tuple[str, ...]
    age_in_text: bool  # some fragment stated {age}
    age2_in_text: bool
    roster_in_text: bool


def compose(
    rng: random.Random,
    t: Template,
    voice: str,
    values: Values,
    active_signals: frozenset[str],
    *,
    drop: float = 0.0,
    skip: frozenset[str] = frozenset(),
) -> Composed:
    """Title and body fragments of one ad; ``drop`` is the chance to skip a non-essential slot."""
    age_used = age2_used = roster_used = False
    parts: list[str] = []
    for slot in t.slots:
        if (slot in SIGNAL_SLOTS and slot not in active_signals) or slot in skip:
            continue
        if drop and slot not in ("intro", "contact") and rng.random() < drop:
            continue
        frags = fragments_for(slot, t.language_of(slot), voice)
        if not frags:
            continue
        frag = frags[t.variant(slot) % len(frags)]
        if not frag:
            continue
        age_used = age_used or "{age}" in frag
        age2_used = age2_used or "{age2}" in frag
        roster_used = roster_used or "{roster}" in frag
        parts.append(frag.format_map(values))
    for slot in sorted(active_signals - set(t.slots)):
        # a signal the template has no place for goes near the top
        frags = fragments_for(slot, t.language_of(slot), voice)
        if frags:
            parts.insert(min(2, len(parts)), rng.choice(frags).format_map(values))
    tfrags = fragments_for("title", t.language_of("title"), voice)
    tfrag = tfrags[t.variant("title") % len(tfrags)]
    age_used = age_used or "{age}" in tfrag
    title = tfrag.format_map(values)
    return Composed(title, tuple(parts), age_used, age2_used, roster_used)
