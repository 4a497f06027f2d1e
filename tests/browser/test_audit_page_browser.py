"""The audit page in a real browser (Debian Chromium driven by Playwright) against a real werkzeug server thread:
log in -> dashboard -> "Auditer une annonce" -> paste (hostile text included) -> audit -> accept -> rewritten ad.
Saves a screenshot to test-artifacts/audit-page.png (gitignored).

Chromium comes from Debian (`apt-get install -y chromium`), never from `playwright install`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.conftest import TEST_PASSWORD, World

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

AD = (
    "Notre entrepôt de Charleroi recherche un préparateur de commandes.\n"
    "Profil : Bac+2 exigé, 5 ans d'expérience minimum, permis B indispensable.\n"
    "<script>window.__pwned = true; alert('xss')</script> <b>Candidatures</b> : rh@example.be\n"
    + "https://example.be/" + "tres-long-chemin-" * 40  # a very long line: wrapped, never overflowing
)


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """The session's test app (database restored from the template for this test) behind a real HTTP server."""
    server = make_server("127.0.0.1", 0, app, threaded=True)  # port 0: the OS picks a free port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture
def browser_page() -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} absent : apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-BE")
        page = context.new_page()
        page.set_default_timeout(120_000)  # the first audit in this process loads spaCy
        try:
            yield page
        finally:
            context.close()
            browser.close()


def test_paste_audit_accept_rewritten_ad(live_server: str, browser_page: object, world: World) -> None:
    from playwright.sync_api import Page, expect

    page: Page = browser_page  # type: ignore[assignment]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page.goto(live_server + "/connexion")
    page.get_by_label("Adresse e-mail").fill(world.emails["employer_a"])
    page.get_by_label("Mot de passe").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Se connecter").click()

    # The dashboard leads to the audit page.
    page.get_by_role("link", name="Auditer une annonce").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Auditer une annonce")
    page.get_by_label("Intitulé du poste").fill("Préparateur de commandes (H/F)")
    page.get_by_label("Texte de l'annonce").fill(AD)
    page.get_by_label("Code postal du lieu de travail").fill("6000")
    page.get_by_label("Heures par semaine").fill("38")
    page.get_by_label("Type de contrat").select_option("CDI")
    page.get_by_label("Tâches réelles, une par ligne").fill("Préparer les commandes au scanner\nEmballer")
    page.get_by_role("button", name="Enregistrer et auditer").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Audit de l'offre")
    diploma_mark = page.locator("mark", has_text="Bac+2").first
    expect(diploma_mark).to_be_visible()
    expect(diploma_mark).to_have_text("Bac+2")
    # Hostile markup is shown as text and never runs.
    expect(page.locator(".audit-ad .ad-description")).to_contain_text("<script>window.__pwned = true;")
    assert page.evaluate("window.__pwned === undefined")

    finding = page.locator("li.finding", has_text="Diplôme au-dessus du besoin réel")
    expect(finding).to_have_count(1)
    # The highlighted span links to its explanation.
    mark_id = diploma_mark.get_attribute("id")
    assert mark_id and finding.get_attribute("id") == "constat-" + mark_id.split("-")[-1]
    finding.get_by_role("button", name="Accepter").click()

    expect(page.locator("#constat-" + mark_id.split("-")[-1])).to_contain_text("Suggestion acceptée.")
    rewritten = page.locator("#annonce-reecrite .ad-description")
    expect(rewritten).to_be_visible()
    expect(rewritten).not_to_contain_text("Bac+2 exigé")
    expect(rewritten).to_contain_text("permis B indispensable")
    expect(page.locator("#exclusion-phrase")).not_to_be_empty()

    # Nothing overflows the page horizontally, even with the very long line.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#contenu").scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "audit-page.png"), full_page=True)
    assert (ARTIFACTS / "audit-page.png").stat().st_size > 10_000
    assert dialogs == [], f"a script ran: {dialogs}"
