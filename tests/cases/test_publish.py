"""Publishing an analysis: counts, agency ownership, idempotence, cases keep their cluster."""

from __future__ import annotations

import dataclasses

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from balise.cases.audit import Actor
from balise.cases.models import Ad, ClusterRow, LeadAgency, LeadRow
from balise.cases.publish import agencies_for_places
from balise.cases.sample import SampleAnalysis, make_sample
from balise.cases.service import open_case
from balise.cases.users import create_user
from balise.store.appdb import make_engine, upgrade


def _snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    tables = ("ads", "clusters", "leads", "lead_agencies")
    with engine.connect() as conn:
        return {
            t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2"))]
            for t in tables
        }


def test_every_ad_cluster_and_lead_is_published(published: Engine, sample: SampleAnalysis) -> None:
    with Session(published) as s:
        assert s.scalar(select(func.count()).select_from(Ad)) == len(sample.ads)
        assert s.scalar(select(func.count()).select_from(ClusterRow)) == len(sample.clusters)
        assert s.scalar(select(func.count()).select_from(LeadRow)) == len(sample.leads)


def test_leads_belong_to_the_agencies_whose_territory_their_ads_touch(
    published: Engine, sample: SampleAnalysis
) -> None:
    expected = {
        (lead.cluster_id, agency)
        for lead in sample.leads
        for agency in agencies_for_places(lead.cities)
    }
    with Session(published) as s:
        got = {(r[0], r[1]) for r in s.execute(select(LeadAgency.cluster_id, LeadAgency.agency_id))}
    assert got == expected
    # Gatineau and Québec City are no police partner's territory: such leads belong to nobody.
    assert any(not agencies_for_places(lead.cities) for lead in sample.leads)


def test_agencies_for_places_table() -> None:
    cases = [
        (["montreal"], {"spvm"}),
        (["laval", "montreal"], {"spl", "spvm"}),
        (["longueuil"], {"spal"}),
        (["gatineau", None], set()),
    ]
    for places, agencies in cases:
        assert agencies_for_places(places) == agencies


def test_publishing_the_same_analysis_twice_changes_nothing(
    published: Engine, sample: SampleAnalysis
) -> None:
    before = _snapshot(published)
    sample.publish(published)
    assert _snapshot(published) == before


def test_a_new_analysis_updates_leads_and_keeps_clusters_with_cases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'app.sqlite3'}")
    upgrade(engine)
    first = make_sample(60, seed=11, places=("montreal",))
    first.publish(engine)
    with Session(engine) as s, s.begin():
        user = create_user(
            s, username="a1", password="long enough pw", agency="spvm", role="analyst"
        )
        kept = first.clusters[0].cluster_id
        open_case(
            s, agency="spvm", actor=Actor(user.user_id, "a1", "spvm", "analyst"), cluster_id=kept
        )
        first_seen = s.get(LeadRow, first.clusters[1].cluster_id).first_seen  # type: ignore[union-attr]
    dropped = first.clusters[2].cluster_id
    changed_id = first.clusters[1].cluster_id
    second = dataclasses.replace(
        first,
        clusters=first.clusters[1:2] + first.clusters[3:],
        leads=tuple(
            dataclasses.replace(lead, score=0.999) if lead.cluster_id == changed_id else lead
            for lead in first.leads
            if lead.cluster_id not in (kept, dropped)
        ),
    )
    second.publish(engine)
    with Session(engine) as s:
        stale = s.get(ClusterRow, kept)
        assert stale is not None and stale.current is False
        assert s.get(LeadRow, kept) is not None  # the case still shows its lead
        assert s.get(ClusterRow, dropped) is None and s.get(LeadRow, dropped) is None
        lead = s.get(LeadRow, changed_id)
        assert lead is not None and lead.score == 0.999 and lead.first_seen == first_seen
