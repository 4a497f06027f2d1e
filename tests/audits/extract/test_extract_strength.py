"""Strength cues and their scopes; training offered by the employer."""

from typing import Any

from extract_helpers import of_kind


def test_heading_governs_its_list(run: Any) -> None:
    text = "Profil recherché :\n- CAP cuisine\n- 2 ans d'expérience\n\nLes plus :\n- Anglais courant\n- SST\n"
    reqs = run(text)
    by_text = {r["text"]: r["strength"] for r in reqs}
    assert by_text["CAP"] == "required"
    assert by_text["2 ans d'expérience"] == "required"
    assert by_text["Anglais"] == "preferred"
    assert by_text["SST"] == "preferred"


def test_heading_scope_ends_at_blank_line(run: Any) -> None:
    reqs = run("Atouts :\n- Permis C\n\nPermis B nécessaire pour les déplacements.")
    by_cat = {r["category"]: r["strength"] for r in of_kind(reqs, "licence")}
    assert by_cat == {"C": "preferred", "B": "required"}


def test_html_list_under_heading(run: Any) -> None:
    text = "<p>Compétences souhaitées :</p><ul><li>CACES R489 cat 3</li><li>Notions d&#39;anglais</li></ul>"
    reqs = run(text)
    assert {r["kind"]: r["strength"] for r in reqs if r["kind"] in {"certification", "language"}} == {
        "certification": "preferred",
        "language": "preferred",
    }
    cert = of_kind(reqs, "certification")[0]
    assert text[cert["start"] : cert["end"]] == "CACES R489 cat 3"


def test_each_clause_keeps_its_cue(run: Any) -> None:
    reqs = run("Vous êtes idéalement titulaire d'un BTS et vous avez au moins 3 ans d'expérience.")
    assert of_kind(reqs, "diploma")[0]["strength"] == "preferred"
    assert of_kind(reqs, "experience")[0]["strength"] == "required"


def test_sentence_cue_and_parenthesis(run: Any) -> None:
    reqs = run("Une expérience en magasinage (souhaitée mais non obligatoire).")
    assert of_kind(reqs, "experience")[0]["strength"] == "preferred"
    reqs = run("Habilitation SSIAP 1 (facultative).")
    assert of_kind(reqs, "certification")[0]["strength"] == "optional"


def test_default_is_required(run: Any) -> None:
    reqs = run("Vous avez le permis B et un CAP.")
    assert {r["strength"] for r in reqs} == {"required"}


def test_training_offered_is_not_a_requirement(run: Any) -> None:
    assert of_kind(run("Une formation en interne vous sera dispensée au CACES R489."), "certification") == []
    assert of_kind(run("Pas besoin du SST : nous vous formons."), "certification") == []
    reqs = run("CACES R489 cat 3 exigé, ou formation assurée en interne.")
    assert [r["strength"] for r in of_kind(reqs, "certification")] == ["optional"]
