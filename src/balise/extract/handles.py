"""Social-media handles: Snapchat, Instagram, Telegram, WhatsApp, OnlyFans (and Kik)."""

from __future__ import annotations

from dataclasses import dataclass

from balise.extract.patterns import compile_pattern, finditer

# Platform words and the id each maps to. Short codes ("sc", "ig", "of") need a
# colon or an "@" after them, so "of course" is not OnlyFans.
_PLATFORMS: tuple[tuple[str, str], ...] = (
    (r"snap\s*chat|snap|\U0001f47b", "snapchat"),
    (r"insta\s*gram|insta|\U0001f4f8", "instagram"),
    (r"tele\s*gram|telegrame?", "telegram"),
    (r"whats\s*app|what'?s\s+app|wapp|watsapp", "whatsapp"),
    (r"only\s*fans|onlyfan", "onlyfans"),
    (r"kik", "kik"),
)
_SHORT: tuple[tuple[str, str], ...] = (
    ("sc", "snapchat"),
    ("ig", "instagram"),
    ("tg", "telegram"),
    ("wa", "whatsapp"),
    ("of", "onlyfans"),
)
_URLS: tuple[tuple[str, str], ...] = (
    (r"snapchat\.com/add/", "snapchat"),
    (r"instagram\.com/", "instagram"),
    (r"instagr\.am/", "instagram"),
    (r"t\.me/", "telegram"),
    (r"telegram\.me/", "telegram"),
    (r"onlyfans\.com/", "onlyfans"),
    (r"wa\.me/", "whatsapp"),
)
_HANDLE = r"@?\s?(?P<h>[a-z0-9][a-z0-9._\-]{1,29}[a-z0-9_])"
_LONG = "|".join(f"(?P<p{k}>{src})" for k, (src, _) in enumerate(_PLATFORMS))
_SHORTS = "|".join(f"(?P<s{k}>{src})" for k, (src, _) in enumerate(_SHORT))
_URLALT = "|".join(f"(?P<u{k}>{src})" for k, (src, _) in enumerate(_URLS))
_HANDLE_RE = compile_pattern(
    rf"(?:(?:https?://)?(?:www\.)?(?:{_URLALT})(?P<uh>[a-z0-9._\-]{{2,30}})"
    rf"|(?<![a-z0-9])(?:{_LONG})(?![a-z])\s*(?:[:=\-–>]+|\bis\b|\best\b|\bme\b|\bmoi\b|\bid\b"
    rf"|\bname\b|\bnom\b|\bthen\b|\bonly\b|\bseulement\b)*\s*{_HANDLE}"
    rf"|(?<![a-z0-9])(?:{_SHORTS})\s*(?:[:=]\s*|(?=@))\s*{_HANDLE})",
    0x2,
)
_HINT_RE = compile_pattern(
    r"snap|insta|gram|what|wapp|only|kik|t\.me|wa\.me|\U0001f47b|\U0001f4f8"
    r"|\b(?:sc|ig|tg|wa|of)\s*[:=@]",
    0x2,
)
_NOT_HANDLES = frozenset(
    [
        "me",
        "moi",
        "only",
        "seulement",
        "for",
        "pour",
        "and",
        "et",
        "or",
        "ou",
        "add",
        "ajoute",
        "ajoutez",
        "at",
        "on",
        "sur",
        "is",
        "est",
        "the",
        "le",
        "la",
        "me_",
        "plz",
        "please",
        "svp",
        "text",
        "texto",
        "call",
        "dm",
        "msg",
        "message",
        "available",
        "dispo",
        "here",
        "ici",
        "my",
        "mon",
        "ma",
        "com",
        "net",
        "dot",
        "point",
        "gmail",
        "hotmail",
    ]
)


@dataclass(frozen=True, slots=True)
class HandleHit:
    handle: str  # "platform:name"
    start: int
    end: int
    rule: str
    confidence: float


def _platform(m: object, prefix: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for k, (_, name) in enumerate(table):
        if m.group(f"{prefix}{k}") is not None:  # type: ignore[attr-defined]
            return name
    return None


def find_handles(text: str) -> list[HandleHit]:
    """Handles in ``text`` (cleaned). Phone-number "handles" (WhatsApp) are left to phones."""
    hits: list[HandleHit] = []
    if _HINT_RE.search(text) is None:
        return hits
    for m in finditer(_HANDLE_RE, text):
        if m.group("uh") is not None:
            platform, raw, rule, conf = _platform(m, "u", _URLS), m.group("uh"), "handle.url", 0.95
            start, end = m.span()
        else:
            platform = _platform(m, "p", _PLATFORMS)
            rule, conf = "handle.platform-word", 0.85
            if platform is None:
                platform, rule, conf = _platform(m, "s", _SHORT), "handle.short-code", 0.75
            raw = m.group("h")
            start, end = m.span()
        name = raw.lower().strip("._-")
        if platform is None or len(name) < 2 or name in _NOT_HANDLES:
            continue
        if name.replace("-", "").replace(".", "").isdigit():
            continue  # a WhatsApp number: the phone extractor reports it
        hits.append(HandleHit(f"{platform}:{name}", start, end, rule, conf))
    return hits


def handle_from_contact(value: str) -> HandleHit | None:
    """A handle from the site's contact field: "snap: lily", "@lily" (platform unknown)."""
    found = find_handles(value)
    if found:
        return found[0]
    raw = value.strip()
    name = raw.lstrip("@").strip().lower()
    if not name or " " in name or len(name) > 30 or name in _NOT_HANDLES:
        return None
    return HandleHit(f"handle:{name}", 0, len(value), "handle.contact-field", 0.6)
