"""In headless Chromium: a member of the public sends a tip through the form, by keyboard-
labelled fields, and sees a reference; a too-short tip gets a clear message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from webworld import World, logged_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path("/usr/bin/chromium").exists(), reason="needs Debian Chromium (/usr/bin/chromium)"
    ),
]


def test_public_sends_a_tip_in_the_browser(page: Page, tip_live_server: tuple[str, World]) -> None:
    base, world = tip_live_server
    page.goto(f"{base}/signalement")
    page.get_by_label("Ce que vous avez vu (obligatoire)").fill("court")
    page.get_by_role("button", name="Envoyer le signalement").click()
    expect(page.get_by_role("alert")).to_contain_text("pas été enregistré")
    expect(page.locator("#err-text")).to_be_visible()

    page.get_by_label("Ce que vous avez vu (obligatoire)").fill(
        "Une adolescente semble vivre dans l'appartement où les clients se rendent."
    )
    page.get_by_label("Où (ville, quartier, lieu)").fill("Laval")
    page.get_by_label("Quand").fill("samedi soir")
    page.get_by_label("Numéro de téléphone de l'annonce").fill("450 555 0148")
    page.get_by_role("button", name="Envoyer le signalement").click()
    expect(page).to_have_url(re.compile(r"/signalement/merci$"))
    reference = page.locator("#tip-reference").inner_text()
    assert re.fullmatch(r"T-[2-9A-Z]{4}-[2-9A-Z]{4}", reference)

    page.get_by_role("link", name="English").click()
    expect(page.get_by_role("heading", name="Report anonymously")).to_be_visible()

    queue = logged_in(world, "laval").get("/queue/tips").text
    assert reference in queue
    assert "Urgent" in queue  # "adolescente": a possible minor
