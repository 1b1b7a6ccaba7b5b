"""Server-rendered pages: login, CSRF, throttling, languages, queue, cluster, photos, cases,
partners, audit and administration, as a user meets them."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from webworld import PASSWORD, World, csrf_of, logged_in, login

from balise.settings import Settings
from balise.web import create_app


@pytest.mark.parametrize("path", ["/", "/queue", "/cases", "/clusters/c000001", "/audit"])
def test_pages_without_a_session_go_to_the_login_page(client: TestClient, path: str) -> None:
    r = client.get(path, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login")


def test_wrong_password_shows_an_error_in_french(client: TestClient) -> None:
    r = login(client, "ana", "wrong password")
    assert r.status_code == 401
    assert "incorrect" in r.text
    assert '<html lang="fr">' in r.text


def test_forms_without_the_csrf_token_are_refused(world: World) -> None:
    c = TestClient(world.app)
    r = c.post("/login", data={"username": "ana", "password": PASSWORD})
    assert r.status_code == 400
    c = logged_in(world, "ana")
    r = c.post("/cases", data={"cluster_id": world.montreal_only(), "csrf_token": "forged"})
    assert r.status_code == 400
    assert "/cases/" not in str(r.url)


def test_login_is_throttled_after_repeated_failures(world: World) -> None:
    c = TestClient(world.app)
    statuses = [login(c, "thr", "wrong password").status_code for _ in range(6)]
    assert statuses == [401] * 5 + [429]
    assert login(c, "thr").status_code == 429  # even the right password, for a while


def test_english_switch(world: World) -> None:
    c = logged_in(world, "ana")
    assert "File de triage" in c.get("/queue").text
    token = csrf_of(c.get("/queue").text)
    r = c.post("/lang", data={"csrf_token": token, "lang": "en", "next": "/queue"})
    assert '<html lang="en">' in r.text and "Triage queue" in r.text


def test_queue_lists_flagged_leads_first_with_their_indicators(world: World) -> None:
    c = logged_in(world, "ana")
    html = c.get("/queue").text
    rows = re.findall(r'<tr class="(flagged|)">', html)
    assert rows and rows[0] == "flagged"
    assert rows == sorted(rows, key=lambda r: r != "flagged")
    assert "Disponible jour et nuit" in html  # the indicator label from the library
    filtered = c.get("/queue?category=minor").text
    assert filtered.count("<tr class=") == filtered.count("personne mineure</span>")


def test_cluster_page_shows_charts_evidence_and_blurred_photos(world: World) -> None:
    c = logged_in(world, "ana")
    cluster_id = world.montreal_only()
    html = c.get(f"/clusters/{cluster_id}").text
    assert html.count("<svg") == 3
    assert '<mark class="evidence round-the-clock"' in html
    assert 'class="blurred"' in html
    photo = re.search(r"/photos/(\d+)/0/reveal", html)
    assert photo
    assert c.get(f"/photos/{photo.group(1)}/0").headers["content-type"] == "image/png"
    token = csrf_of(html)
    after = c.post(
        f"/photos/{photo.group(1)}/0/reveal",
        data={"csrf_token": token, "back": f"/clusters/{cluster_id}"},
    ).text
    assert f'src="/photos/{photo.group(1)}/0" alt="Photo 1" class=""' in after
    # Another agency cannot see the page nor the photo.
    other = logged_in(world, "laval")
    assert other.get(f"/clusters/{cluster_id}").status_code == 404
    assert other.get(f"/photos/{photo.group(1)}/0").status_code == 404


def test_case_from_lead_to_disposition_and_partner_referral(world: World) -> None:
    c = logged_in(world, "ana")
    cluster_id = world.montreal_only()
    token = csrf_of(c.get(f"/clusters/{cluster_id}").text)
    r = c.post("/cases", data={"csrf_token": token, "cluster_id": cluster_id, "title": "Léa"})
    case_url = str(r.url)
    assert re.search(r"/cases/\d+$", case_url)
    c.post(
        f"{case_url}/update",
        data={
            "csrf_token": token,
            "status": "in-progress",
            "assigned_to": "",
            "persons_of_concern": "Léa, 19 ans?",
            "safety_concerns": "",
            "languages": "fr",
            "minor_suspected": "on",
        },
    )
    c.post(
        f"{case_url}/actions",
        data={
            "csrf_token": token,
            "kind": "referral",
            "organisation_id": "refuge",
            "detail": "Hébergement",
        },
    )
    html = c.post(
        f"{case_url}/disposition",
        data={
            "csrf_token": token,
            "outcome": "independent-adult",
            "note": "",
        },
    ).text
    assert "Adulte autonome, aucune action" in html and "fermé" in html
    assert "Refuge Saint-Laurent" in html
    partner = logged_in(world, "cw")
    referrals = partner.get("/referrals").text
    assert "Hébergement" in referrals and "SPVM" in referrals
    assert partner.get("/queue").status_code == 403
    assert partner.get(case_url.replace("http://testserver", "")).status_code == 403
    assert logged_in(world, "laval").get(case_url).status_code == 404


def test_supervisor_sees_a_verified_audit_log_and_exports_it(world: World) -> None:
    c = logged_in(world, "sup")
    html = c.get("/audit").text
    assert "Chaîne vérifiée" in html and "user.login" in html
    export = c.get("/audit/export")
    assert export.headers["content-type"].startswith("application/x-ndjson")
    assert '"action": "user.login"' in export.text
    assert logged_in(world, "ana").get("/audit").status_code == 403


def test_administrator_adds_a_user_who_can_then_log_in(world: World) -> None:
    c = logged_in(world, "adm")
    token = csrf_of(c.get("/admin/users").text)
    html = c.post(
        "/admin/users",
        data={
            "csrf_token": token,
            "username": "newbie",
            "password": "another long password",
            "agency": "spal",
            "role": "analyst",
        },
    ).text
    assert "newbie" in html
    assert login(TestClient(world.app), "newbie", "another long password").status_code == 200
    assert logged_in(world, "ana").get("/admin/users").status_code == 403


def test_session_cookie_is_secure_in_production(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(store_dir=tmp_path, environment="production", secret_key="x" * 40)
    c = TestClient(create_app(settings), base_url="https://testserver")
    r = c.get("/login")
    cookie = r.headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie
    with pytest.raises(ValueError, match="SECRET_KEY"):
        Settings(store_dir=tmp_path, environment="production")
