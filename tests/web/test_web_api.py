"""The JSON API: tokens, scope (404 outside it), 401 without a token, OpenAPI."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from webworld import PASSWORD, World, csrf_of, logged_in

from balise.cases.publish import agencies_for_places


def _token(client: TestClient, username: str) -> dict[str, str]:
    r = client.post("/api/v1/token", json={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer"
    return {"Authorization": f"Bearer {body['access_token']}"}


@pytest.mark.parametrize(
    "path", ["/api/v1/leads", "/api/v1/clusters/c000001", "/api/v1/cases", "/api/v1/cases/1"]
)
def test_no_or_bad_token_gives_401(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 401
    bad = {"Authorization": "Bearer not-a-token"}
    assert client.get(path, headers=bad).status_code == 401


def test_wrong_password_gives_401(client: TestClient) -> None:
    r = client.post("/api/v1/token", json={"username": "ana", "password": "nope"})
    assert r.status_code == 401


@pytest.mark.parametrize(("username", "agency"), [("ana", "spvm"), ("laval", "spl")])
def test_leads_are_the_callers_agencys(
    client: TestClient, world: World, username: str, agency: str
) -> None:
    leads = client.get("/api/v1/leads?limit=500", headers=_token(client, username)).json()
    expected = {
        ld.cluster_id for ld in world.sample.leads if agency in agencies_for_places(ld.cities)
    }
    assert {lead["cluster_id"] for lead in leads} == expected
    assert set(leads[0]) >= {"cluster_id", "score", "flag", "categories", "cities"}


def test_cluster_and_case_outside_scope_are_404(client: TestClient, world: World) -> None:
    cluster_id = world.montreal_only()
    spvm, spl = _token(client, "ana"), _token(client, "laval")
    got = client.get(f"/api/v1/clusters/{cluster_id}", headers=spvm)
    assert got.status_code == 200
    body = got.json()
    assert body["cluster_id"] == cluster_id and body["ads"] and body["indicators"]
    assert client.get(f"/api/v1/clusters/{cluster_id}", headers=spl).status_code == 404
    assert client.get("/api/v1/clusters/does-not-exist", headers=spvm).status_code == 404
    partner = _token(client, "cw")
    assert client.get(f"/api/v1/clusters/{cluster_id}", headers=partner).status_code == 404
    assert client.get("/api/v1/leads", headers=partner).json() == []

    # A case opened by SPVM through the pages is visible to SPVM only.

    pages = logged_in(world, "ana")
    token = csrf_of(pages.get(f"/clusters/{cluster_id}").text)
    opened = pages.post("/cases", data={"csrf_token": token, "cluster_id": cluster_id})
    case_id = int(str(opened.url).rsplit("/", 1)[1])
    assert client.get(f"/api/v1/cases/{case_id}", headers=spvm).json()["cluster_id"] == cluster_id
    assert client.get(f"/api/v1/cases/{case_id}", headers=spl).status_code == 404
    assert case_id in [c["case_id"] for c in client.get("/api/v1/cases", headers=spvm).json()]
    assert client.get("/api/v1/cases", headers=spl).json() == []


def test_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/token",
        "/api/v1/leads",
        "/api/v1/clusters/{cluster_id}",
        "/api/v1/cases/{case_id}",
    ):
        assert path in spec["paths"]
    assert not any(p.startswith("/queue") for p in spec["paths"])
