"""A small synthetic published analysis, for tests, demos and the web benchmark.

Every text here is invented; no real person, phone or ad. It builds the shared record types
directly, so the app can be exercised before (or without) running the pipeline.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from balise.cases.publish import publish_analysis
from balise.schema import (
    AdExtraction,
    AdKey,
    AdRecord,
    Category,
    Cluster,
    Contribution,
    Evidence,
    Lead,
    Link,
    Mention,
    Span,
)

PLACES = ("montreal", "montreal", "laval", "longueuil", "gatineau", "quebec")
CITY_SPELLING = {
    "montreal": "Montréal",
    "laval": "Laval",
    "longueuil": "Rive-Sud",
    "gatineau": "Gatineau",
    "quebec": "Québec",
}
NAMES = ("Léa", "Mia", "Zoé", "Jade", "Chloé", "Emma", "Nora", "Lily", "Maya", "Alice")


@dataclass(frozen=True, slots=True)
class SampleAnalysis:
    """The arguments of ``publish_analysis``, made up."""

    ads: tuple[AdRecord, ...]
    extractions: tuple[AdExtraction, ...]
    clusters: tuple[Cluster, ...]
    leads: tuple[Lead, ...]
    image_hashes: dict[AdKey, tuple[str, ...]]

    def publish(self, engine: Engine) -> None:
        """``publish_analysis`` of this sample into the application database ``engine``."""
        publish_analysis(
            engine=engine,
            ads=self.ads,
            extractions=self.extractions,
            clusters=self.clusters,
            leads=self.leads,
            image_hashes=self.image_hashes,
        )


def make_sample(
    n_ads: int = 40,
    *,
    seed: int = 7,
    places: tuple[str, ...] = PLACES,
    image_path: str = "",
) -> SampleAnalysis:
    """About ``n_ads`` ads in clusters of 1 to 6, each cluster in one or two places."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    ads: list[AdRecord] = []
    extractions: list[AdExtraction] = []
    clusters: list[Cluster] = []
    leads: list[Lead] = []
    hashes: dict[AdKey, tuple[str, ...]] = {}
    c = 0
    while len(ads) < n_ads:
        c += 1
        cluster_id = f"c{c:06d}"
        size = min(rng.choice((1, 1, 1, 2, 3, 4, 6)), n_ads - len(ads))
        phone = f"+1514555{c % 10000:04d}"
        home = rng.choice(places)
        cluster_places = [home] + ([rng.choice(places)] if rng.random() < 0.3 else [])
        keys: list[AdKey] = []
        evidence: list[Evidence] = []
        for i in range(size):
            name = rng.choice(NAMES)
            place = cluster_places[i % len(cluster_places)]
            key = ("sample", f"a{len(ads):07d}")
            title = f"{name} nouvelle en ville, {CITY_SPELLING[place]}"
            body = (
                f"Bonjour, je suis {name}, {rng.randint(19, 35)} ans. "
                f"Appelle-moi au 514 555 {c % 10000:04d}. Disponible 24/7, incall seulement."
            )
            phone_start = body.index("514 555")
            ads.append(
                AdRecord(
                    source="sample",
                    ad_id=key[1],
                    posted_at=start + timedelta(hours=len(ads) * 3 + i),
                    title=title,
                    body=body,
                    city=CITY_SPELLING[place],
                    contact_phone=None,
                    images=(f"{image_path}",) if image_path else (),
                )
            )
            extractions.append(
                AdExtraction(
                    source="sample",
                    ad_id=key[1],
                    phones=(phone,),
                    city=place,
                    places=(place,),
                    names=(name,),
                    mentions=(
                        Mention(
                            "phone",
                            phone,
                            Span("body", phone_start, phone_start + 12, body[phone_start:][:12]),
                            "sample",
                            1.0,
                        ),
                    ),
                )
            )
            hashes[key] = (f"{c:016x}",) if image_path else ()
            keys.append(key)
            at = body.index("24/7")
            evidence.append(Evidence("sample", key[1], "24/7", "body", at, at + 4))
        score = round(rng.random() ** 2, 4)
        flag = score >= 0.5
        categories: tuple[Category, ...] = ("trafficking",) if flag else ()
        if flag and rng.random() < 0.2:
            categories = ("trafficking", "minor")
        contributions = (
            Contribution("round-the-clock", "trafficking", 0.8, 0.8 * score, tuple(evidence[:3])),
            Contribution(
                "shared-phone",
                "trafficking",
                1.2,
                1.2 * score if size > 1 else 0.0,
                (Evidence("sample", keys[0][1], phone),),
                f"{size} ads share {phone}",
            ),
        )
        clusters.append(Cluster(cluster_id, tuple(sorted(keys)), (Link("phone", phone, size),)))
        leads.append(
            Lead(cluster_id, score, flag, categories, contributions, tuple(cluster_places))
        )
    leads.sort(key=lambda lead: -lead.score)
    return SampleAnalysis(tuple(ads), tuple(extractions), tuple(clusters), tuple(leads), hashes)
