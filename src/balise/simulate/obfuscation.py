"""How ads write a phone number, an email or a handle: plainly or obfuscated.

Each renderer returns the text; ``render_phone`` also says whether the form is
obfuscated (a standard phone pattern would miss it). The truth flag
``obfuscated_phone`` of an ad is true when all of its number's appearances are.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from balise.simulate.numbers import DIGITS_EN, DIGITS_FR, fullwidth, keycaps

Renderer = Callable[[random.Random, str], str]


def _groups(n: str) -> tuple[str, str, str]:
    return n[:3], n[3:6], n[6:]


# --- plain forms: what a phone regex or phonenumbers' matcher finds -------------------------


def _dashes(rng: random.Random, n: str) -> str:
    return "-".join(_groups(n))


def _parens(rng: random.Random, n: str) -> str:
    a, b, c = _groups(n)
    return f"({a}) {b}-{c}"


def _dots(rng: random.Random, n: str) -> str:
    return ".".join(_groups(n))


def _spaces(rng: random.Random, n: str) -> str:
    return " ".join(_groups(n))


def _bare(rng: random.Random, n: str) -> str:
    return n


def _intl(rng: random.Random, n: str) -> str:
    a, b, c = _groups(n)
    return rng.choice((f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"+1{n}", f"+1 ({a}) {b}-{c}"))


PLAIN: tuple[tuple[Renderer, float], ...] = (
    (_dashes, 4),
    (_parens, 2),
    (_dots, 2),
    (_spaces, 2),
    (_bare, 2),
    (_intl, 1),
)

# --- obfuscated forms ---------------------------------------------------------------------

_SEPARATORS = ("*", "/", " / ", "~", "_", " . ", "··", " - ", "|", "•")
_EMOJI_SEP = ("💋", "🌹", "❤️", "🔥", "✨", "💦", "🍑", "😘", "🌸", "💕")
_LETTERS = {"0": ("O", "o"), "1": ("l", "I"), "5": ("S",), "8": ("B",)}


def _odd_separators(rng: random.Random, n: str) -> str:
    sep = rng.choice(_SEPARATORS)
    return sep.join(_groups(n))


def _spaced_digits(rng: random.Random, n: str) -> str:
    sep = rng.choice((" ", "  ", ".", "-", " . "))
    return sep.join(n)


def _emoji_between(rng: random.Random, n: str) -> str:
    emo = rng.choice(_EMOJI_SEP)
    if rng.random() < 0.5:
        return emo.join(_groups(n))
    return "".join(d + (emo if rng.random() < 0.4 else "") for d in n).rstrip(emo)


def _brackets(rng: random.Random, n: str) -> str:
    a, b, c = _groups(n)
    return rng.choice((f"[{a}] [{b}] [{c}]", f"{{{a}}}{{{b}}}{{{c}}}", f"({a})({b})({c})"))


def _line_breaks(rng: random.Random, n: str) -> str:
    return "\n".join(_groups(n))


def _words(rng: random.Random, n: str) -> str:
    table = DIGITS_FR if rng.random() < 0.5 else DIGITS_EN
    sep = rng.choice((" ", "-", " ", ""))
    a, b, c = _groups(n)
    return "  ".join(sep.join(table[int(d)] for d in g) for g in (a, b, c))


def _mixed_words(rng: random.Random, n: str) -> str:
    # "five1four 555 zéro123": some digits as words, in either language
    out: list[str] = []
    for g in _groups(n):
        parts = []
        for d in g:
            r = rng.random()
            if r < 0.35:
                parts.append(DIGITS_EN[int(d)])
            elif r < 0.6:
                parts.append(DIGITS_FR[int(d)])
            else:
                parts.append(d)
        out.append("".join(parts))
    return " ".join(out)


def _letters(rng: random.Random, n: str) -> str:
    chars = [rng.choice(_LETTERS[d]) if d in _LETTERS and rng.random() < 0.8 else d for d in n]
    s = "".join(chars)
    return rng.choice((s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"))


def _keycaps(rng: random.Random, n: str) -> str:
    return keycaps(rng.choice((n, " ".join(_groups(n)))))


def _fullwidth(rng: random.Random, n: str) -> str:
    return fullwidth(rng.choice((n, "-".join(_groups(n)), " ".join(_groups(n)))))


def _mixed_groups(rng: random.Random, n: str) -> str:
    # each group in a different style: "514 fivefivefive O l23"
    a, b, c = _groups(n)
    out = [a if rng.random() < 0.5 else keycaps(a), _render_group(rng, b), _render_group(rng, c)]
    return rng.choice((" ", " - ", " / ")).join(out)


def _render_group(rng: random.Random, g: str) -> str:
    r = rng.random()
    if r < 0.3:
        table = DIGITS_FR if rng.random() < 0.5 else DIGITS_EN
        return " ".join(table[int(d)] for d in g)
    if r < 0.55:
        return "".join(rng.choice(_LETTERS[d]) if d in _LETTERS else d for d in g)
    if r < 0.8:
        return keycaps(g)
    return fullwidth(g)


def _split_context(rng: random.Random, n: str) -> str:
    a, b, c = _groups(n)
    return rng.choice(
        (
            f"indicatif {a}, puis {b} {c}",
            f"area code {a} then {b}-{c}",
            f"{a} + {b} + {c}",
            f"({a}) ... {b} ... {c}",
        )
    )


OBFUSCATED: tuple[tuple[Renderer, float], ...] = (
    (_odd_separators, 4),
    (_spaced_digits, 3),
    (_emoji_between, 3),
    (_brackets, 1),
    (_line_breaks, 1),
    (_words, 2),
    (_mixed_words, 2),
    (_letters, 3),
    (_keycaps, 2),
    (_fullwidth, 1),
    (_mixed_groups, 2),
    (_split_context, 1),
)

_PLAIN_FUNCS = tuple(f for f, _ in PLAIN)
_PLAIN_W = tuple(w for _, w in PLAIN)
_OBF_FUNCS = tuple(f for f, _ in OBFUSCATED)
_OBF_W = tuple(w for _, w in OBFUSCATED)


def plain_phone(rng: random.Random, national: str) -> str:
    """A standard written form of a 10-digit number (``514-555-0123``, ``(514) 555-0123``...)."""
    return rng.choices(_PLAIN_FUNCS, weights=_PLAIN_W)[0](rng, national)


def obfuscated_phone(rng: random.Random, national: str, style: int | None = None) -> str:
    """An obfuscated form; ``style`` (an index into ``OBFUSCATED``) pins an operator's habit."""
    if style is None:
        func = rng.choices(_OBF_FUNCS, weights=_OBF_W)[0]
    else:
        func = _OBF_FUNCS[style % len(_OBF_FUNCS)]
    return func(rng, national)


def pick_obfuscation_style(rng: random.Random) -> int:
    """An operator's favourite obfuscation (index into ``OBFUSCATED``)."""
    return rng.choices(range(len(_OBF_FUNCS)), weights=_OBF_W)[0]


# --- emails and handles -------------------------------------------------------------------

EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.ca",
    "protonmail.com",
    "icloud.com",
)


def render_email(rng: random.Random, email: str, obfuscate: bool) -> str:
    """An email written plainly or as "lily.x at gmail dot com" / "lily(at)hotmail.com"."""
    if not obfuscate:
        return email
    local, domain = email.split("@", 1)
    name, _, tld = domain.rpartition(".")
    return rng.choice(
        (
            f"{local} at {name} dot {tld}",
            f"{local}(at){domain}",
            f"{local} [at] {name} [dot] {tld}",
            f"{local} @ {name} . {tld}",
            f"{local} arobase {name} point {tld}",
        )
    )


HANDLE_PLATFORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("snapchat", ("snap: {h}", "sc: {h}", "Snap 👻 {h}", "snapchat @{h}")),
    ("instagram", ("insta @{h}", "IG: @{h}", "instagram.com/{h}")),
    ("telegram", ("telegram @{h}", "TG: {h}", "t.me/{h}")),
    ("onlyfans", ("onlyfans.com/{h}", "OF: {h}", "my OF ➡️ {h}")),
)


def render_handle(rng: random.Random, platform_index: int, handle: str) -> str:
    """A handle as written in an ad ("snap: lily_xo", "onlyfans.com/lily_xo")."""
    forms = HANDLE_PLATFORMS[platform_index % len(HANDLE_PLATFORMS)][1]
    return rng.choice(forms).format(h=handle)
