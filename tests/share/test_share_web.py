"""Pages and API: an agency cannot read another's unshared lead; shared leads show their
holders; a disclosure needs a supervisor; partners see none of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webworld import PASSWORD, World, build_world, csrf_of, logged_in

from balise.cases.publish import agencies_for_places


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = build_world(None, Path(tmp_path_factory.mktemp("share-web")))
    yield w
    w.app.state.engine.dispose()


def _token(client: TestClient, username: str) -> dict[str, str]:
    r = client.post("/api/v1/token", json={"username": username, "password": PASSWORD})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


USER_OF = {"spvm": "ana", "spl": "laval", "spal": "thr"}


def _shared_with(world: World) -> tuple[str, list[str]]:
    """A lead held by two or more agencies, and those agencies."""
    return next(
        (ld.cluster_id, sorted(agencies_for_places(ld.cities)))
        for ld in world.sample.leads
        if len(agencies_for_places(ld.cities)) >= 2
    )


def _shared(world: World) -> str:
    return _shared_with(world)[0]


@pytest.mark.parametrize(
    "path", ["/clusters/{c}", "/share/leads/{c}", "/api/v1/clusters/{c}", "/api/v1/share/leads/{c}"]
)
def test_unshared_lead_is_unreadable_by_another_agency(world: World, path: str) -> None:
    cluster_id = world.montreal_only()
    spvm, spl = logged_in(world, "ana"), logged_in(world, "laval")
    url = path.format(c=cluster_id)
    api = url.startswith("/api/")
    own = spvm.get(url, headers=_token(spvm, "ana") if api else None)
    other = spl.get(url, headers=_token(spl, "laval") if api else None)
    assert own.status_code == 200
    assert other.status_code == 404
    assert cluster_id not in spl.get("/share").text


def test_shared_lead_shows_who_else_holds_it(world: World) -> None:
    cluster_id, holders = _shared_with(world)
    for agency in holders:
        user, other = USER_OF[agency], next(h for h in holders if h != agency).upper()
        c = logged_in(world, user)
        page = c.get("/share").text
        assert cluster_id in page and other in page
        body = c.get(f"/api/v1/share/leads/{cluster_id}", headers=_token(c, user)).json()
        assert body["shared"] and body["path"]


def test_partner_sees_no_sharing(world: World) -> None:
    c = logged_in(world, "cw")
    assert c.get("/share").status_code == 403
    assert (
        c.get(f"/api/v1/share/leads/{_shared(world)}", headers=_token(c, "cw")).status_code == 404
    )


def test_disclosure_needs_a_supervisor_and_is_audited(world: World) -> None:
    montreal = world.montreal_only()
    laval = logged_in(world, "laval")
    # Laval opens a case on one of its own leads, then asks Montréal for raw ads.
    own = next(
        ld.cluster_id for ld in world.sample.leads if "spl" in agencies_for_places(ld.cities)
    )
    token = csrf_of(laval.get(f"/clusters/{own}").text)
    r = laval.post("/cases", data={"cluster_id": own, "title": "x", "csrf_token": token})
    assert r.status_code in (200, 303)
    case_id = int(str(r.url).rstrip("/").rsplit("/", 1)[-1])
    token = csrf_of(laval.get("/share").text)
    laval.post(
        "/share/disclosures",
        data={
            "case_id": case_id,
            "holder": "spvm",
            "cluster_id": montreal,
            "reason": "same circuit",
            "csrf_token": token,
        },
    )
    assert laval.get("/share/disclosures/1").status_code == 404  # not yet approved
    analyst = logged_in(world, "ana")
    token = csrf_of(analyst.get("/share").text)
    assert (
        analyst.post(
            "/share/disclosures/1/decide", data={"decision": "approve", "csrf_token": token}
        ).status_code
        == 403
    )
    sup = logged_in(world, "sup")
    token = csrf_of(sup.get("/share").text)
    sup.post("/share/disclosures/1/decide", data={"decision": "approve", "csrf_token": token})
    page = laval.get("/share/disclosures/1")
    assert page.status_code == 200 and "Bonjour" in page.text
    audit = sup.get("/audit").text
    assert "disclosure.approve" in audit


def test_only_an_administrator_rotates_the_key_and_never_sees_the_secret(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from balise.share.keys import active_key, ensure_key
    from balise.share.models import ConsortiumKeyRow
    from balise.share.sealing import KeyEncryptionKey

    engine = world.app.state.engine
    kek = KeyEncryptionKey.from_settings(world.app.state.context.settings)
    # another KEK in the environment: the page must seal with the app's settings, not this
    monkeypatch.setenv("BALISE_KEY_ENCRYPTION_KEY", "an environment value the app was not given")
    first = ensure_key(engine=engine, kek=kek)
    assert logged_in(world, "sup").get("/share/keys").status_code == 403
    admin = logged_in(world, "adm")
    page = admin.get("/share/keys").text
    assert first.key_id in page and first.secret.hex() not in page
    admin.post("/share/keys/rotate", data={"csrf_token": csrf_of(page)})
    with Session(engine) as s:
        now = active_key(s, kek=kek)  # sealed by the page under the app's own KEK
        stored = dict(s.execute(select(ConsortiumKeyRow.id, ConsortiumKeyRow.secret_sealed)).all())
    assert now is not None and now.key_id != first.key_id
    assert now.secret.hex() not in stored[now.key_id]
    page = admin.get("/share/keys").text
    audit_page = admin.get("/audit").text
    assert first.key_id in page and now.key_id in page and "share.key.rotate" in audit_page
    for text in (page, audit_page):  # neither the secrets nor their sealed form are shown
        for key in (first, now):
            assert key.secret.hex() not in text and stored[key.key_id] not in text


def test_a_rotation_with_an_unusable_kek_is_refused_and_says_why(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from balise.settings import Settings
    from balise.share.models import ConsortiumKeyRow

    engine = world.app.state.engine
    context = world.app.state.context
    bad = Settings(store_dir=world.store, environment="test", key_encryption_key="tiny-kek-value")
    monkeypatch.setattr(world.app.state, "context", replace(context, settings=bad))
    with Session(engine) as s:
        before = s.scalar(select(func.count()).select_from(ConsortiumKeyRow))
    admin = logged_in(world, "adm")
    page = admin.post(
        "/share/keys/rotate", data={"csrf_token": csrf_of(admin.get("/share/keys").text)}
    )
    assert page.status_code == 200 and "BALISE_KEY_ENCRYPTION_KEY is too short" in page.text
    assert "tiny-kek-value" not in page.text
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(ConsortiumKeyRow)) == before
