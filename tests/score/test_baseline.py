"""The keyword-only baseline."""

from __future__ import annotations

from datetime import UTC, datetime

from balise.schema import AdExtraction, AdRecord
from balise.score.baseline import keyword_leads


def ad(ad_id: str, body: str) -> AdRecord:
    return AdRecord("s", ad_id, datetime(2025, 1, 1, tzinfo=UTC), body=body)


def test_each_ad_its_own_cluster_flagged_on_keywords() -> None:
    ads = [
        ad("1", "Jeune Latina new in town 24/7"),
        ad("2", "Massage relaxant, sur rendez-vous"),
        ad("3", "Petite and sweet"),
    ]
    exs = [AdExtraction("s", a.ad_id, city="montreal") for a in ads]
    clusters, leads = keyword_leads(ads, exs)
    assert [c.ad_keys for c in clusters] == [(("s", "1"),), (("s", "2"),), (("s", "3"),)]
    by_id = {lead.cluster_id: lead for lead in leads}
    first, plain, petite = (by_id[c.cluster_id] for c in clusters)
    assert first.flag and "minor" in first.categories and first.cities == ("montreal",)
    assert len(first.contributions) == 4
    assert not plain.flag and plain.score == 0.0
    assert petite.flag
    assert leads[0] is first  # highest score first
