"""Linking ads into the operators behind them.

``link_ads`` puts every ad in exactly one ``Cluster``, joined by shared phones, emails,
handles, near-duplicate photos and templated text, with guards against hubs (a site's own
number, a stock photo, a stock phrase); ``hash_images`` computes the photos' perceptual hashes;
``balise.link.incremental`` adds a day's ads to a persisted state.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from balise.link.config import LinkConfig
from balise.link.features import build_features
from balise.link.linker import link_features
from balise.link.photos import hash_images
from balise.schema import AdExtraction, AdKey, AdRecord, Cluster

__all__ = ["LinkConfig", "hash_images", "link_ads"]


def link_ads(
    ads: Sequence[AdRecord],
    extractions: Sequence[AdExtraction],
    image_hashes: Mapping[AdKey, tuple[str, ...]] | None = None,
    config: LinkConfig | None = None,
) -> list[Cluster]:
    """Cluster ``ads`` into operators; every ad lands in exactly one cluster.

    ``extractions`` give each ad's identifiers and the slot spans masked in its text (an ad
    without one links by text only); ``image_hashes`` come from ``hash_images``. Clusters are
    sorted by their smallest ad key and their ids derive from that key, so the same input gives
    the same clusters.
    """
    cfg = config or LinkConfig()
    return link_features(build_features(ads, extractions, image_hashes, cfg), cfg).clusters
