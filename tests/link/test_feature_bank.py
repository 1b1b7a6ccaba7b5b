"""Linking features computed ahead (by content hash, as the extraction workers do during
ingest) are the features the link step would compute itself."""

from __future__ import annotations

import dataclasses
import random

import pytest

from balise.link import features as features_module
from balise.link.config import LinkConfig
from balise.link.features import FeatureBank, ad_rows, build_features
from balise.link.incremental import build_state, update_state
from balise.schema import AdExtraction, AdRecord

from .market import ad, assert_same_features, operator_lines


def _hashed(record: AdRecord, digest: str) -> AdRecord:
    return dataclasses.replace(record, content_hash=digest)


def _market(seed: int, operators: int) -> tuple[list[AdRecord], list[AdExtraction]]:
    """Ads of ``operators`` operators, each with a content hash; every fifth ad has a repost
    (same content, another key) and some carry two identifiers."""
    rng = random.Random(seed)
    ads: list[AdRecord] = []
    exs: list[AdExtraction] = []
    for line in operator_lines(rng, operators):
        record, ex = ad(len(ads), line.text, phone=line.phone, name=line.name, day=line.j)
        if line.j == 1:
            ex = dataclasses.replace(ex, emails=(f"op{line.op}@example.org",))
        digest = f"h{len(ads)}"
        ads.append(_hashed(record, digest))
        exs.append(ex)
        if len(ads) % 5 == 0:  # a repost: same content under another key
            key = f"{record.ad_id}-r"
            ads.append(dataclasses.replace(ads[-1], ad_id=key))
            exs.append(dataclasses.replace(ex, ad_id=key))
    order = list(range(len(ads)))
    rng.shuffle(order)  # input order is not key order
    return [ads[i] for i in order], [exs[i] for i in order]


def _bank(
    ads: list[AdRecord], exs: list[AdExtraction], config: LinkConfig, chunk: int
) -> FeatureBank:
    """Features of ``ads`` computed in chunks, as the extraction pool hands them back."""
    bank = FeatureBank(config)
    for i in range(0, len(ads), chunk):
        bank.add(
            ad_rows(ads[i : i + chunk], exs[i : i + chunk], config),
            [a.content_hash for a in ads[i : i + chunk]],
        )
    return bank


@pytest.mark.parametrize(
    ("share", "workers"),
    [
        (1.0, 1),  # every ad's content known ahead (a fresh run)
        (0.5, 1),  # half known (a rebuild on a store filled by an earlier run)
        (0.5, 2),  # the rest computed in two processes
        (0.0, 1),  # nothing known
    ],
)
def test_features_known_ahead_are_the_features_computed_in_the_link_step(
    share: float, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(features_module, "PARALLEL_MIN_ADS", 10)
    ads, exs = _market(3, 40)
    config = LinkConfig()
    # the reposts are left out of the bank: they find their content's features
    first = [i for i, a in enumerate(ads) if not a.ad_id.endswith("-r")]
    ahead = first[: int(len(first) * share)]
    bank = _bank([ads[i] for i in ahead], [exs[i] for i in ahead], config, chunk=7)
    images = {ads[0].key: ("00ff00ff00ff00ff",), ads[5].key: ("00ff00ff00ff00fe", "abcd")}
    plain = build_features(ads, exs, images, config)
    assert len(plain.ident_value) > len(plain)  # some ads carry two identifiers
    assert_same_features(
        build_features(ads, exs, images, config, workers=workers, known=bank), plain
    )
    assert (
        build_state(ads, exs, images, config, known=bank).clusters
        == build_state(ads, exs, images, config).clusters
    )


def test_a_bank_made_with_other_thresholds_is_not_used() -> None:
    ads, exs = _market(5, 12)
    config = LinkConfig()
    other = LinkConfig(shingle_words=2)
    bank = _bank(ads, exs, other, chunk=10)
    assert_same_features(
        build_features(ads, exs, None, config, known=bank), build_features(ads, exs, None, config)
    )


def test_an_ad_without_extraction_does_not_take_its_contents_features() -> None:
    ads, exs = _market(7, 12)
    config = LinkConfig()
    bank = _bank(ads, exs, config, chunk=10)
    alone = ads[3]
    kept = [x for x in exs if x.key != alone.key]
    assert_same_features(
        build_features(ads, kept, None, config, known=bank),
        build_features(ads, kept, None, config),
    )


def test_an_incremental_update_takes_the_new_ads_features_from_the_bank() -> None:
    ads, exs = _market(9, 30)
    config = LinkConfig()
    half = len(ads) // 2
    state = build_state(ads[:half], exs[:half], None, config)
    bank = _bank(ads[half:], exs[half:], config, chunk=8)
    with_bank, changed = update_state(state, ads[half:], exs[half:], None, config, known=bank)
    plain, changed_plain = update_state(state, ads[half:], exs[half:], None, config)
    assert with_bank.clusters == plain.clusters == build_state(ads, exs, None, config).clusters
    assert changed == changed_plain
    assert_same_features(with_bank.features, plain.features)


def test_bank_refuses_rows_and_hashes_of_different_lengths() -> None:
    ads, exs = _market(1, 2)
    with pytest.raises(ValueError, match="FeatureBank.add"):
        FeatureBank(LinkConfig()).add(ad_rows(ads, exs, LinkConfig()), ["h0"])
