"""The retention purge removes the old ads of never-flagged clusters, and nothing else."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from balise.cases.audit import Actor
from balise.cases.clock import as_utc
from balise.cases.models import Ad, AuditEntry, Case, LeadRow
from balise.cases.sample import make_sample
from balise.cases.service import open_case
from balise.cases.users import create_user
from balise.errors import InputError
from balise.share.retention import purge
from balise.store.analytics import AnalyticsStore, StoredAd


def _ads(engine: Engine) -> dict[tuple[str, str], tuple[str, object]]:
    with Session(engine) as s:
        return {
            (src, ad): (c, as_utc(at))
            for src, ad, c, at in s.execute(
                select(Ad.source, Ad.ad_id, Ad.cluster_id, Ad.posted_at)
            )
        }


def _setup(engine: Engine) -> tuple[object, set[str], str]:
    """The purge's 'now' (cutting the sample in half), the flagged clusters, a cased one."""
    ads = _ads(engine)
    dates = sorted(at for _c, at in ads.values())  # type: ignore[type-var]
    middle = dates[len(dates) // 2]
    with Session(engine) as s, s.begin():
        flagged = set(s.execute(select(LeadRow.cluster_id).where(LeadRow.flag)).scalars())
        unflagged_old = sorted(
            c
            for c, at in ads.values()
            if c not in flagged and at < middle  # type: ignore[operator]
        )
        cased = next(c for c in unflagged_old if _in_scope(s, c))
        user = create_user(s, username="sup", password="p" * 16, agency="spvm", role="supervisor")
        actor = Actor(user.user_id, "sup", "spvm", "supervisor")
        open_case(s, agency="spvm", actor=actor, cluster_id=cased, title="t")
    return middle + timedelta(days=90), flagged, cased  # type: ignore[operator]


def _in_scope(s: Session, cluster_id: str) -> bool:
    from balise.cases.service import lead_in_scope

    return lead_in_scope(s, agency="spvm", cluster_id=cluster_id)


def test_purge_removes_old_unflagged_ads_and_nothing_else(engine: Engine) -> None:
    before = _ads(engine)
    now, flagged, cased = _setup(engine)
    cutoff = now - timedelta(days=90)  # type: ignore[operator]
    with Session(engine) as s:
        cased_clusters = set(s.execute(select(Case.cluster_id)).scalars())
    expected_gone = {
        k
        for k, (c, at) in before.items()
        if at < cutoff and c not in flagged and c not in cased_clusters  # type: ignore[operator]
    }
    assert expected_gone and len(expected_gone) < len(before)

    dry = purge(engine=engine, analytics_store_dir=None, older_than_days=90, dry_run=True, now=now)
    assert dry.app_ads == len(expected_gone)
    assert _ads(engine) == before  # a dry run removes nothing

    done = purge(
        engine=engine, analytics_store_dir=None, older_than_days=90, dry_run=False, now=now
    )
    after = _ads(engine)
    assert set(before) - set(after) == expected_gone
    assert done.app_ads == len(expected_gone) and "removed" in done.to_text()
    with Session(engine) as s:
        actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())
        assert actions[-2:] == ["retention.dry-run", "retention.purge"]
        # Emptied clusters lose their (unflagged) lead; flagged leads all stay.
        leads = set(s.execute(select(LeadRow.cluster_id)).scalars())
        assert flagged <= leads
        remaining_clusters = {c for c, _ in after.values()}
        assert leads <= remaining_clusters | flagged


def test_a_flag_seen_once_keeps_the_cluster(engine: Engine, tmp_path: Path) -> None:
    now, flagged, _cased = _setup(engine)
    purge(engine=engine, analytics_store_dir=None, older_than_days=3650, dry_run=False, now=now)
    # A new analysis no longer flags anything: ever-flagged clusters must still be kept.
    sample = make_sample(150, seed=11, image_path=str(tmp_path / "p.png"))
    calm = sample.__class__(
        sample.ads,
        sample.extractions,
        sample.clusters,
        tuple(
            ld.__class__(ld.cluster_id, 0.01, False, (), ld.contributions, ld.cities)
            for ld in sample.leads
        ),
        sample.image_hashes,
    )
    calm.publish(engine)
    purge(engine=engine, analytics_store_dir=None, older_than_days=1, dry_run=False, now=now)
    left = {c for c, _ in _ads(engine).values()}
    assert flagged and flagged <= left


def test_purge_of_the_analytics_store(engine: Engine, tmp_path: Path) -> None:
    sample = make_sample(150, seed=11, image_path=str(tmp_path / "p.png"))
    store_dir = tmp_path / "store"
    with AnalyticsStore.open(store_dir) as store:
        store.add_ads(
            [
                StoredAd(r, x, sample.image_hashes.get(r.key, ()))
                for r, x in zip(sample.ads, sample.extractions, strict=True)
            ]
        )
        store.save_results(sample.clusters, sample.leads, {})
    now, flagged, cased = _setup(engine)
    report = purge(
        engine=engine, analytics_store_dir=store_dir, older_than_days=90, dry_run=False, now=now
    )
    import duckdb

    con = duckdb.connect(str(store_dir / "analytics.duckdb"), read_only=True)
    left = {(s, a) for s, a in con.execute("SELECT source, ad_id FROM ads").fetchall()}
    members = con.execute("SELECT count(*) FROM members").fetchall()[0][0]
    con.close()
    assert report.store_ads == len(sample.ads) - len(left) > 0
    assert members == len(left)
    cutoff = now - timedelta(days=90)  # type: ignore[operator]
    cluster_of = {k: c.cluster_id for c in sample.clusters for k in c.ad_keys}
    for ad in sample.ads:
        keep = ad.posted_at >= cutoff or cluster_of[ad.key] in flagged | {cased}
        assert (ad.key in left) == keep, ad.key


def test_a_busy_analytics_store_is_reported_not_waited_for(engine: Engine, tmp_path: Path) -> None:
    import subprocess
    import sys

    store_dir = tmp_path / "store"
    AnalyticsStore.open(store_dir).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
            " time.sleep(60)",
            str(store_dir / "analytics.duckdb"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(InputError, match="in use"):
            purge(engine=engine, analytics_store_dir=store_dir, older_than_days=1, dry_run=False)
    finally:
        holder.kill()
        holder.wait()
    with Session(engine) as s:  # the failed run changed nothing in the application database
        assert s.execute(select(func.count()).select_from(Ad)).scalar_one() == 150
