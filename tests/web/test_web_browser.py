"""In headless Chromium: an analyst logs in, works a lead into a case with a referral and a
disposition; an analyst of another agency cannot open it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from webworld import PASSWORD, World

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path("/usr/bin/chromium").exists(), reason="needs Debian Chromium (/usr/bin/chromium)"
    ),
]


def _login(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/queue")
    expect(page).to_have_url(re.compile(r"/login"))
    page.get_by_label("Nom d'utilisateur").fill(username)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()


def test_lead_to_case_with_referral_and_disposition(
    page: Page, live_server: tuple[str, World]
) -> None:
    base, world = live_server
    cluster_id = world.montreal_only()
    _login(page, base, "ana")
    expect(page.get_by_role("heading", name="File de triage")).to_be_visible()
    page.goto(f"{base}/clusters/{cluster_id}")
    expect(page.locator("svg")).to_have_count(3)
    photos = page.locator("article img").count()
    assert photos >= 1
    expect(page.locator("img.blurred")).to_have_count(photos)  # every photo starts blurred
    page.get_by_role("button", name="Afficher la photo (consigné)").first.click()
    expect(page.locator("img.blurred")).to_have_count(photos - 1)

    page.get_by_label("Titre du dossier").fill("Personne à rejoindre")
    page.get_by_role("button", name="Ouvrir un dossier").click()
    expect(page).to_have_url(re.compile(r"/cases/\d+$"))
    case_url = page.url

    page.get_by_label("Langues parlées").fill("fr, es")
    page.get_by_label("Personne mineure soupçonnée").check()
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_label("Personne mineure soupçonnée")).to_be_checked()

    page.get_by_label("Type d'action").select_option("referral")
    page.get_by_label("Organisme (pour une référence)").select_option("refuge")
    page.get_by_label("Détails").fill("Hébergement sécuritaire")
    page.get_by_role("button", name="Ajouter l'action").click()
    expect(page.locator("#actions")).to_contain_text("Refuge Saint-Laurent")

    page.get_by_label("Issue", exact=True).select_option("confirmed-exploitation")
    page.get_by_role("button", name="Consigner l'issue").click()
    expect(page.locator("#case-outcome")).to_have_text("Exploitation confirmée")
    expect(page.locator("#case-status")).to_have_text("fermé")

    # Another agency's analyst: neither the case nor the lead exists for them.
    page.context.clear_cookies()
    _login(page, base, "laval")
    response = page.goto(case_url)
    assert response is not None and response.status == 404
    response = page.goto(f"{base}/clusters/{cluster_id}")
    assert response is not None and response.status == 404
    expect(page.get_by_text("Introuvable.")).to_be_visible()
