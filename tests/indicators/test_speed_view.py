"""Reposts share their text work within a cluster view; their evidence stays their own."""

from __future__ import annotations

from cluster_factory import Ad, build

from balise.indicators.library.youth_wording import WORDS as YOUTH
from balise.indicators.voice import ad_voice
from balise.indicators.wording import AdText


def test_reposts_share_the_text_work_but_keep_their_own_evidence() -> None:
    text = "Jeune étudiante, she is new, elle est douce"
    view = build(
        [
            Ad(text, day=0, phone=None),
            Ad("Femme mature, I am here", day=1, phone=None),
            Ad(text, day=2, phone=None),  # a repost of the first ad
        ]
    )
    first, other, repost = view.texts
    assert repost.fields is first.fields  # prepared once
    assert other.fields is not first.fields
    matches = view.matches(YOUTH)
    voices = view.voices
    for ad, found, voice in zip(view.ads, matches, voices, strict=True):
        alone = AdText.of(ad)  # what the ad gives when read on its own
        assert found == tuple(YOUTH.find(alone, limit=2))
        assert voice == ad_voice(alone)
        assert all((e.source, e.ad_id) == (ad.source, ad.ad_id) for e in found)
    assert matches[2] and matches[2] != matches[0]  # same words, the repost's own ad id
    assert voices[2].voice == voices[0].voice == "third"
    assert view.names[0] == view.names[2]
