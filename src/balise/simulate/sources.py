"""The ad sites of the simulated market and how each one writes its records.

Each site has its own habits: a time stamp with or without an offset (or in UTC),
a body in plain text or in HTML with entities, an age field that is an integer
forced to 18 or more, a string, or absent, and sometimes a customer-service number
of its own printed in many unrelated ads (a hub the linker must cut).
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class Site:
    name: str
    domain: str
    stamp: str  # "offset", "local" (no offset), "utc", "offset-minutes"
    html: float  # share of bodies in HTML
    age_field: str  # "int", "string", "rare"
    hub: str | None  # national number of the site's own line printed in some ads
    hub_share: float
    hub_text_fr: str
    hub_text_en: str


SITES: dict[str, Site] = {
    "leolist": Site("leolist", "leolist.example", "offset", 0.0, "int", None, 0.0, "", ""),
    "petitesannonces": Site(
        "petitesannonces",
        "petitesannonces.example",
        "local",
        0.9,
        "string",
        "8885550199",
        0.07,
        "Signaler un abus au service à la clientèle: 1-888-555-0199",
        "Report abuse to customer service: 1-888-555-0199",
    ),
    "massagexpress": Site(
        "massagexpress",
        "massagexpress.example",
        "utc",
        0.2,
        "rare",
        "8775550142",
        0.12,
        "Réservez via MassageXpress au 877-555-0142",
        "Book through MassageXpress at 877-555-0142",
    ),
    "nuitsquebec": Site(
        "nuitsquebec", "nuitsquebec.example", "offset-minutes", 0.35, "int", None, 0.0, "", ""
    ),
}


def site_instant(site: Site, when: datetime) -> datetime:
    """``when`` at the precision ``site`` shows (so sorting the file by its stamps is exact)."""
    return when.replace(second=0) if site.stamp == "offset-minutes" else when


def posted_at(site: Site, local: datetime) -> str:
    """``local`` (timezone-aware, America/Montreal) written the way ``site`` writes it."""
    if site.stamp == "local":
        return local.strftime("%Y-%m-%dT%H:%M:%S")
    if site.stamp == "utc":
        return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = local.isoformat(timespec="seconds")
    if site.stamp == "offset-minutes":
        return local.isoformat(timespec="minutes")
    return text


_ENTITIES = {"é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ê": "&ecirc;", "ç": "&ccedil;"}


def to_html(rng: random.Random, parts: list[str]) -> str:
    """Body fragments as a site's HTML: escaped text, entities for accents, ``<br>``/``<p>``."""
    entities = rng.random() < 0.5
    out: list[str] = []
    for part in parts:
        text = html.escape(part, quote=rng.random() < 0.5)
        if entities:
            for ch, ent in _ENTITIES.items():
                text = text.replace(ch, ent)
        text = text.replace("\n", "<br>")
        out.append(text)
    if rng.random() < 0.5:
        return "".join(f"<p>{t}</p>" for t in out)
    bold = rng.random() < 0.3
    joined = "<br>\n".join(out)
    return f"<b>{joined}</b>" if bold else joined


def url_for(site: Site, ad_id: str, city_slug: str) -> str:
    return f"https://{site.domain}/{city_slug or 'annonces'}/{ad_id}"
