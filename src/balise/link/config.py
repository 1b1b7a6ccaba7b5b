"""Thresholds of the linker, in one documented, frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LinkConfig:
    """Every threshold the linker uses. The defaults are the documented ones (docs/linking.md).

    Text
        ``shingle_words``: words per shingle (slot values are masked before shingling).
        ``num_perm``: MinHash signature length (one-permutation hashing, a power of two).
        ``lsh_bands``: bands of the signature (``num_perm / lsh_bands`` rows each); candidate
        pairs share at least one band.
        ``lsh_all_pairs_max``: a bucket with at most this many ads yields all its pairs; a larger
        one (a stock phrase) yields only a star around its first ad, which keeps the cost linear.
        ``text_min_shingles``: ads with fewer shingles (very short texts) never link by text.
        ``text_min_similarity``: estimated Jaccard from which a text pair counts as evidence.
        ``text_strong_similarity``: a single text pair this similar may merge two groups on its
        own, when they do not both carry their own phones.
        ``text_conflict_similarity`` / ``text_conflict_min_pairs``: what it takes to merge two
        groups that each carry their own distinct phones (third parties rotate phones, but keep
        the template): this similarity on at least this many ad pairs (or on every pair a smaller
        group allows).
        ``text_rates_similarity`` / ``rates_min_items``: a text pair this similar between two
        such groups merges them when both ads publish the same price table of at least this many
        (duration, amount) entries: the template and the rate card are two kinds of evidence
        (two independents who bought the same ad-writing set their own prices).
        ``text_name_similarity``: likewise, a text pair this similar between two such groups
        merges them when both ads give the same first name: the template and the woman it is
        written about (a third party that gives each woman her own phone, or rotates burners,
        writes her ads from its template under her name). Above 1.0 disables the bridge.

    Guards against hubs
        ``hub_check_min_ads``: identifiers (phone, email, handle, photo) on fewer ads are trusted.
        ``hub_max_groups``: an identifier on more ads is cut when it joins more than this many
        otherwise unrelated groups (groups that carry their own contact details and whose text
        is not near-identical): a site's own number, a stock photo.
        ``text_hub_max_groups``: a near-identical text shared by more than this many such groups
        is a stock phrase, and its text links are cut.

    Photos
        ``photo_max_distance``: perceptual hashes (64-bit) within this Hamming distance are the
        same photo (resized, slightly cropped, recompressed, brighter or darker).
        ``photo_bands``: the 64 bits are split in this many bands for multi-index search; each band
        is probed with every value within ``photo_max_distance // photo_bands`` bits. Three bands
        of ~21 bits keep chance collisions rare (buckets hold ``n / 2**21`` random hashes), so the
        search stays linear up to millions of photos.
    """

    shingle_words: int = 3
    num_perm: int = 64
    lsh_bands: int = 16
    lsh_all_pairs_max: int = 16
    text_min_shingles: int = 6
    text_min_similarity: float = 0.5
    text_strong_similarity: float = 0.7
    text_conflict_similarity: float = 0.7
    text_conflict_min_pairs: int = 1
    text_rates_similarity: float = 0.5
    rates_min_items: int = 2
    text_name_similarity: float = 0.5
    hub_check_min_ads: int = 8
    hub_max_groups: int = 6
    text_hub_max_groups: int = 10
    photo_max_distance: int = 8
    photo_bands: int = 3

    def __post_init__(self) -> None:
        if self.num_perm < 8 or self.num_perm & (self.num_perm - 1):
            raise ValueError(f"num_perm must be a power of two >= 8, got {self.num_perm}")
        if self.lsh_bands < 1 or self.num_perm % self.lsh_bands:
            raise ValueError(f"lsh_bands ({self.lsh_bands}) must divide num_perm ({self.num_perm})")
        if self.shingle_words < 1:
            raise ValueError(f"shingle_words must be >= 1, got {self.shingle_words}")
        if not 0.0 < self.text_min_similarity <= self.text_strong_similarity <= 1.0:
            raise ValueError("need 0 < text_min_similarity <= text_strong_similarity <= 1")
        if not 0 <= self.photo_max_distance < 64:
            raise ValueError(
                f"photo_max_distance must be in [0, 63], got {self.photo_max_distance}"
            )
        if not 3 <= self.photo_bands <= 8:
            # fewer than 3 bands means bands of 32 bits: too large a bucket table
            raise ValueError(f"photo_bands must be in [3, 8], got {self.photo_bands}")
        if self.lsh_all_pairs_max < 2:
            raise ValueError("lsh_all_pairs_max must be >= 2")
