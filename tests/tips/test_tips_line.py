"""The tip line over HTTP: form and API, validation, rate limit, privacy, links to clusters,
urgent tips, tenancy; and the public pages in both languages."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session
from webworld import World, csrf_of, logged_in

from balise.cases.models import Ad, LeadAgency, Tip
from balise.cases.tips import REFERENCE_ALPHABET, relink_tips

REF = r"T-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"


def _count(world: World) -> int:
    with Session(world.app.state.engine) as s:
        return len(s.execute(select(Tip.id)).all())


def _phone_of_cluster(world: World, agency: str) -> tuple[str, str]:
    """A (cluster id, E.164 phone) of a published cluster that ``agency`` owns."""
    with Session(world.app.state.engine) as s:
        owned = set(
            s.execute(select(LeadAgency.cluster_id).where(LeadAgency.agency_id == agency)).scalars()
        )
        for cluster_id, raw in s.execute(select(Ad.cluster_id, Ad.identifiers_json)):
            phones = json.loads(raw).get("phones", [])
            if cluster_id in owned and phones:
                return cluster_id, phones[0]
    raise AssertionError("the sample has no cluster with a phone")


def _post_form(client: TestClient, path: str, **fields: str) -> Any:
    token = csrf_of(client.get(path).text)
    return client.post(path, data={"csrf_token": token, **fields}, follow_redirects=True)


@pytest.mark.parametrize(
    ("path", "lang", "words"),
    [
        ("/sensibilisation", "fr", "traite"),
        ("/awareness", "en", "trafficking"),
        ("/signes", "fr", "dette"),
        ("/signs", "en", "debt"),
        ("/recrutement", "fr", "loverboy"),
        ("/recruitment", "en", "loverboy"),
        ("/aide", "fr", "1-833-900-1010"),
        ("/help", "en", "1-833-900-1010"),
        ("/signalement", "fr", "Signaler anonymement"),
        ("/tips", "en", "Report anonymously"),
    ],
)
def test_public_pages_open_without_login_in_their_language(
    tip_world: World, path: str, lang: str, words: str
) -> None:
    response = TestClient(tip_world.app).get(path, follow_redirects=False)
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.text
    assert words in response.text
    assert "911" in response.text


def test_help_lists_the_organisations_directory(tip_world: World) -> None:
    assert "Refuge Saint-Laurent" in TestClient(tip_world.app).get("/aide").text


def test_form_tip_gets_a_reference_and_is_stored_without_client_data(tip_world: World) -> None:
    client = TestClient(tip_world.app)
    before = _count(tip_world)
    page = _post_form(
        client,
        "/signalement",
        text="Une jeune femme semble surveillée par un homme qui garde son téléphone.",
        place="Montréal",
        seen_at="hier soir",
    )
    assert page.status_code == 200
    reference = re.search(REF, page.text)
    assert reference, page.text
    assert _count(tip_world) == before + 1
    engine = tip_world.app.state.engine
    columns = {c["name"] for c in inspect(engine).get_columns("tips")}
    assert not {c for c in columns if any(w in c for w in ("ip", "addr", "agent", "session"))}
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT * FROM tips WHERE reference = :r"), {"r": reference.group(0)}
        ).one()
    stored = " ".join(str(v) for v in row)
    assert "testclient" not in stored and "127.0.0.1" not in stored
    with Session(engine) as s:
        received = s.execute(
            select(Tip.received_at).where(Tip.reference == reference.group(0))
        ).scalar_one()
    assert (received.minute, received.second, received.microsecond) == (0, 0, 0)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": ""}, "Décrivez ce que vous avez vu"),
        ({"text": "x" * 5001}, "Trop long : au plus 5000"),
        ({"text": "Assez de texte ici.", "place": "p" * 201}, "Trop long : au plus 200"),
        ({"text": "Assez de texte ici.", "url": "javascript:alert(1)"}, "http://"),
    ],
)
def test_bad_form_input_gets_a_clear_message_and_stores_nothing(
    tip_world: World, fields: dict[str, str], message: str
) -> None:
    client = TestClient(tip_world.app)
    before = _count(tip_world)
    token = csrf_of(client.get("/signalement").text)
    response = client.post("/signalement", data={"csrf_token": token, **fields})
    assert response.status_code == 422
    assert message in response.text
    assert "pas été enregistré" in response.text
    assert _count(tip_world) == before


def test_oversized_request_is_refused_before_reading(tip_world: World) -> None:
    client = TestClient(tip_world.app)
    before = _count(tip_world)
    token = csrf_of(client.get("/tips").text)
    response = client.post("/tips", data={"csrf_token": token, "text": "y" * 40_000})
    assert response.status_code == 413
    assert "too large" in response.text
    api = client.post("/api/v1/tips", json={"text": "z" * 40_000})
    assert api.status_code == 413
    assert _count(tip_world) == before


def test_form_without_csrf_token_is_refused(tip_world: World) -> None:
    before = _count(tip_world)
    response = TestClient(tip_world.app).post("/tips", data={"text": "Something I saw here."})
    assert response.status_code == 400
    assert _count(tip_world) == before


def test_honeypot_looks_accepted_but_stores_nothing(tip_world: World) -> None:
    before = _count(tip_world)
    page = _post_form(
        TestClient(tip_world.app),
        "/tips",
        text="Buy cheap watches at my site now",
        website="http://spam.example",
    )
    assert page.status_code == 200 and "reference" in page.text.lower()
    assert _count(tip_world) == before


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "text"),
        ({"text": 12}, "text"),
        ({"text": "short"}, "at least 10 characters"),
        ({"text": "Long enough text here.", "contact": {"phone": "5" * 41}}, "phone: too long"),
        ({"text": "Long enough text here.", "ip": "1.2.3.4"}, "ip"),
    ],
)
def test_api_rejects_bad_input_with_a_clear_message(
    tip_world: World, body: dict[str, Any], message: str
) -> None:
    before = _count(tip_world)
    response = TestClient(tip_world.app).post("/api/v1/tips", json=body)
    assert response.status_code == 422
    assert message in response.json()["detail"]
    assert _count(tip_world) == before


def test_api_rate_limit_holds(tip_world: World) -> None:
    client = TestClient(tip_world.app)
    codes = [
        client.post("/api/v1/tips", json={"text": f"Tip number {i} about an ad."}).status_code
        for i in range(7)
    ]
    assert codes == [201] * 5 + [429, 429]


def test_form_rate_limit_holds_and_is_shared_with_the_api(tip_world: World) -> None:
    client = TestClient(tip_world.app)
    for i in range(5):
        assert (
            client.post("/api/v1/tips", json={"text": f"Tip {i} about an ad."}).status_code == 201
        )
    before = _count(tip_world)
    token = csrf_of(client.get("/signalement").text)
    response = client.post(
        "/signalement", data={"csrf_token": token, "text": "Encore un signalement ici."}
    )
    assert response.status_code == 429
    assert "Trop de signalements" in response.text
    assert _count(tip_world) == before


def test_tip_with_a_phone_shows_on_the_matching_cluster(tip_world: World) -> None:
    cluster_id, phone = _phone_of_cluster(tip_world, "spvm")
    local = phone[2:]  # "+15145550123" -> "5145550123", written as a tipster would
    written = f"({local[:3]}) {local[3:6]}-{local[6:]}"
    response = TestClient(tip_world.app).post(
        "/api/v1/tips",
        json={
            "text": "Annonce avec plusieurs filles différentes, toujours le même numéro.",
            "place": "Montréal",
            "contact": {"phone": written},
        },
    )
    assert response.status_code == 201
    reference = response.json()["reference"]
    analyst = logged_in(tip_world, "ana")
    page = analyst.get(f"/clusters/{cluster_id}")
    assert reference in page.text
    token = analyst.post(
        "/api/v1/token", json={"username": "ana", "password": "a long test password"}
    ).json()["access_token"]
    api = analyst.get(
        f"/api/v1/clusters/{cluster_id}", headers={"Authorization": f"Bearer {token}"}
    ).json()
    assert reference in [t["reference"] for t in api["tips"]]
    assert {"kind": "phones", "value": phone, "ads": 0} in next(
        t["shared"] for t in api["tips"] if t["reference"] == reference
    )
    assert reference in analyst.get("/queue/tips").text
    # Re-linking after a publish keeps the link (and rebuilds it from scratch).
    assert relink_tips(engine=tip_world.app.state.engine) >= 1
    assert reference in analyst.get(f"/clusters/{cluster_id}").text


def test_tips_respect_agency_scope(tip_world: World) -> None:
    client = TestClient(tip_world.app)
    laval_ref = client.post(
        "/api/v1/tips", json={"text": "Un appartement avec des allées et venues.", "place": "Laval"}
    ).json()["reference"]
    unplaced = client.post(
        "/api/v1/tips", json={"text": "I saw an ad that worried me a lot."}
    ).json()["reference"]
    spvm_queue = logged_in(tip_world, "ana").get("/queue/tips").text
    spl_queue = logged_in(tip_world, "laval").get("/queue/tips").text
    assert laval_ref in spl_queue and laval_ref not in spvm_queue
    assert unplaced in spl_queue and unplaced in spvm_queue
    assert logged_in(tip_world, "cw").get("/queue/tips").status_code == 403
    assert TestClient(tip_world.app).get("/queue/tips", follow_redirects=False).status_code == 303


def test_tip_about_a_possible_minor_is_urgent_and_first(tip_world: World) -> None:
    client = TestClient(tip_world.app)
    client.post("/api/v1/tips", json={"text": "A man drives women to a motel every night."})
    urgent = client.post(
        "/api/v1/tips", json={"text": "La fille dans l'annonce dit avoir 15 ans, elle est mineure."}
    ).json()["reference"]
    client.post("/api/v1/tips", json={"text": "Another ordinary worry about an apartment."})
    queue = logged_in(tip_world, "ana").get("/queue/tips").text
    first = queue.index('id="tip-T-')
    assert queue[first:].startswith(f'id="tip-{urgent}"')
    assert "Urgent" in queue[first : first + 600]


def test_references_are_readable_and_distinct() -> None:
    from balise.cases.tips import new_reference

    refs = {new_reference() for _ in range(2000)}
    assert len(refs) == 2000
    assert all(set(r[2:].replace("-", "")) <= set(REFERENCE_ALPHABET) for r in refs)
    assert not set("01ILOU") & set(REFERENCE_ALPHABET)
