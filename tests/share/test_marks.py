"""The triage queue and the cluster page show that a lead is shared (who else holds it, the
path between territories) and the overlaps found on bundle import — for the importing agency
only; and, in Chromium, an analyst sees the badge in the queue and the panel on the lead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Page, expect
from share_support import BACKENDS, KEY, PG_URL
from sqlalchemy import event
from webworld import (
    PASSWORD,
    World,
    build_world,
    chromium_launch_args,
    csrf_of,
    logged_in,
    serving,
)

from balise.cases.publish import agencies_for_places
from balise.share.bundles import export_bundle, import_bundle
from balise.store.appdb.scratch import scratch_database

USER_OF = {"spvm": "ana", "spl": "laval"}


def _with_a_montreal_laval_circuit(world: World) -> World:
    """The world re-published with its last ad of a second Montréal-only lead moved to Laval:
    a lead touching exactly Montréal and Laval (the small sample may have none)."""
    sample = world.sample
    first = world.montreal_only()
    lead = next(
        ld
        for ld in sample.leads
        if set(ld.cities) == {"montreal"}
        and ld.cluster_id != first
        and len(next(c for c in sample.clusters if c.cluster_id == ld.cluster_id).ad_keys) >= 2
    )
    keys = next(c for c in sample.clusters if c.cluster_id == lead.cluster_id).ad_keys
    last = max(keys, key=lambda k: next(a.posted_at for a in sample.ads if a.key == k))
    moved = replace(
        sample,
        extractions=tuple(
            replace(e, city="laval", places=("laval",)) if e.key == last else e
            for e in sample.extractions
        ),
        leads=tuple(
            replace(ld, cities=("montreal", "laval")) if ld is lead else ld for ld in sample.leads
        ),
    )
    moved.publish(world.app.state.engine)
    return World(world.app, moved, world.store)


@pytest.fixture(scope="module", params=BACKENDS)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    store = tmp_path_factory.mktemp("marks")
    base = PG_URL if request.param == "postgresql" else None
    with scratch_database(base, store) as url:
        w = _with_a_montreal_laval_circuit(build_world(url, store))
        yield w
        w.app.state.engine.dispose()


def _montreal_and_laval(world: World) -> str:
    """A lead whose ads touch exactly Montréal and Laval (held by SPVM and SPL)."""
    return next(
        ld.cluster_id for ld in world.sample.leads if set(ld.cities) == {"montreal", "laval"}
    )


def _queue_row(client: TestClient, cluster_id: str, query: str = "") -> str | None:
    """The HTML of the queue row of ``cluster_id`` (walking the pages), or ``None``."""
    for page_no in range(1, 50):
        html = client.get(f"/queue?{query}&page={page_no}").text
        for row in re.findall(r"<tr[^>]*>.*?</tr>", html, flags=re.S):
            if f'href="/clusters/{cluster_id}"' in row:
                return str(row)
        if "page=" + str(page_no + 1) not in html:
            return None
    return None


def _switch_to_english(client: TestClient) -> None:
    token = csrf_of(client.get("/queue").text)
    client.post("/lang", data={"lang": "en", "next": "/queue", "csrf_token": token})


@pytest.mark.parametrize(("holder", "other"), [("spvm", "SPL"), ("spl", "SPVM")])
def test_queue_marks_a_montreal_laval_lead_shared_with_the_other_holder(
    world: World, holder: str, other: str
) -> None:
    cluster_id = _montreal_and_laval(world)
    client = logged_in(world, USER_OF[holder])
    row = _queue_row(client, cluster_id)
    assert row is not None, "the lead must be in both agencies' queues"
    assert "Partagée" in row and f"aussi détenue par {other}" in row
    _switch_to_english(client)
    row = _queue_row(client, cluster_id)
    assert row is not None and "Shared" in row and f"also held by {other}" in row


def test_queue_does_not_mark_a_montreal_only_lead(world: World) -> None:
    client = logged_in(world, "ana")
    row = _queue_row(client, world.montreal_only())
    assert row is not None
    assert "Partagée" not in row and "aussi détenue" not in row
    assert "Partagée" not in client.get(f"/clusters/{world.montreal_only()}").text


def test_shared_filter_keeps_only_leads_another_agency_holds(world: World) -> None:
    client = logged_in(world, "ana")
    expected = sum(
        1
        for ld in world.sample.leads
        if "spvm" in agencies_for_places(ld.cities) and len(agencies_for_places(ld.cities)) > 1
    )
    html = client.get("/queue?shared=1").text
    assert re.search(rf"<p>{expected} pistes</p>", html), "total of the shared filter"
    assert _queue_row(client, _montreal_and_laval(world), "shared=1") is not None
    assert _queue_row(client, world.montreal_only(), "shared=1") is None


def test_queue_marks_cost_one_query_for_the_whole_page(world: World) -> None:
    """As many statements for a full page as for an empty one: no query per row."""
    client = logged_in(world, "ana")
    engine = world.app.state.engine
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        full = client.get("/queue")
        n_full = len(statements)
        statements.clear()
        client.get("/queue?place=nowhere")
        n_empty = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert full.text.count("<tr") > 5
    assert n_full == n_empty


def test_cluster_page_and_api_show_holders_and_path(world: World) -> None:
    cluster_id = _montreal_and_laval(world)
    client = logged_in(world, "laval")
    html = client.get(f"/clusters/{cluster_id}").text
    panel = html[html.index('id="sharing"') : html.index("</section>", html.index('id="sharing"'))]
    assert "aussi détenue par : SPVM" in panel
    assert "(SPVM)" in panel and "(SPL)" in panel  # the path crosses both territories
    r = client.post("/api/v1/token", json={"username": "laval", "password": PASSWORD})
    headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
    sharing = client.get(f"/api/v1/clusters/{cluster_id}", headers=headers).json()["sharing"]
    assert sharing["shared"] and sharing["others"] == ["spvm"]
    assert {s["agency"] for s in sharing["path"]} >= {"spvm", "spl"}
    alone = client.get(f"/api/v1/clusters/{world.montreal_only()}", headers=headers)
    assert alone.status_code == 404  # outside Laval's scope, sharing or not


def _overlap_lines(html: str) -> list[str]:
    return re.findall(r"<li>([A-Z]+ détient aussi [^<]+)</li>", html)


def test_imported_overlap_shows_for_the_importing_agency_only(world: World, tmp_path: Path) -> None:
    cluster_id = _montreal_and_laval(world)
    spvm, spl = logged_in(world, "ana"), logged_in(world, "laval")
    assert _overlap_lines(spvm.get(f"/clusters/{cluster_id}").text) == []  # before import
    bundle = tmp_path / "spl-to-spvm.json"
    engine = world.app.state.engine
    export_bundle(engine=engine, from_agency="spl", to_agency="spvm", out=bundle, key=KEY)
    import_bundle(engine=engine, path=bundle, as_agency="spvm", key=KEY)

    lines = _overlap_lines(spvm.get(f"/clusters/{cluster_id}").text)
    assert "SPL détient aussi ce téléphone" in lines
    assert all(line.startswith("SPL ") for line in lines)  # nothing but who and which kind
    other_page = spl.get(f"/clusters/{cluster_id}").text
    assert _overlap_lines(other_page) == [] and "Aucun recoupement connu." in other_page
    # A Montréal-only lead has phones of its own: no overlap there.
    assert _overlap_lines(spvm.get(f"/clusters/{world.montreal_only()}").text) == []

    token = spvm.post("/api/v1/token", json={"username": "ana", "password": PASSWORD})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    body = spvm.get(f"/api/v1/clusters/{cluster_id}", headers=headers).json()
    assert {"other_agency": "spl", "kind": "phone"} in body["sharing"]["overlaps"]
    token = spl.post("/api/v1/token", json={"username": "laval", "password": PASSWORD})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    assert (
        spl.get(f"/api/v1/clusters/{cluster_id}", headers=headers).json()["sharing"]["overlaps"]
        == []
    )


# --- in Chromium --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return chromium_launch_args(browser_type_launch_args)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World]]:
    w = _with_a_montreal_laval_circuit(build_world(None, tmp_path_factory.mktemp("marks-live")))
    with serving(w) as base:
        yield base, w


@pytest.mark.browser
@pytest.mark.skipif(
    not Path("/usr/bin/chromium").exists(), reason="needs Debian Chromium (/usr/bin/chromium)"
)
def test_analyst_sees_the_badge_in_the_queue_and_the_panel_on_the_lead(
    page: Page, live_server: tuple[str, World]
) -> None:
    base, world = live_server
    cluster_id = _montreal_and_laval(world)
    page.goto(f"{base}/queue")
    page.get_by_label("Nom d'utilisateur").fill("ana")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_label("Partagées avec un autre corps seulement").check()
    page.get_by_role("button", name="Filtrer").click()
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=cluster_id))
    expect(row.locator(".shared")).to_have_text("Partagée")
    expect(row).to_contain_text("aussi détenue par SPL")
    row.get_by_role("link", name=cluster_id).click()
    panel = page.get_by_role("region", name="Partage avec d'autres corps policiers")
    expect(panel).to_contain_text("aussi détenue par : SPL")
    expect(panel.get_by_role("list").first).to_contain_text("(SPL)")
