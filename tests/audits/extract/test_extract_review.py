"""Regressions found in review of the rule rounds: branches that could not match what their comment says."""

from __future__ import annotations

from typing import Any

from extract_helpers import of_kind


def test_xp_before_an_elided_de(run: Any) -> None:
    # "XP d'…": the elided "d'" has no space after it, the abbreviation is still the experience word
    reqs = run("Profil :\n- XP d'administration de serveurs Linux")
    assert [r["text"] for r in of_kind(reqs, "experience")] == ["XP"]


def test_language_origin_kept_in_a_sentence_about_the_company(run: Any) -> None:
    # the "born in a year" filter for things ("notre atelier, né en 1998") must not drop "néerlandophone de naissance"
    reqs = run("Notre entreprise familiale engage un vendeur néerlandophone de naissance.")
    criteria = {r["criterion"] for r in of_kind(reqs, "protected_criterion")}
    assert "language_origin" in criteria


def test_birth_year_of_a_thing_still_dropped(run: Any) -> None:
    reqs = run("Notre atelier, né en 2001 à Namur, engage un vendeur.")
    assert of_kind(reqs, "protected_criterion") == []


def test_lusophone_is_portuguese(run: Any) -> None:
    # "lusophone", not "lusitophone": the prefix the tables held could never match
    reqs = run("Vous êtes à l'aise dans un environnement lusophone.")
    assert [r["language"] for r in of_kind(reqs, "language")] == ["pt"]
    reqs = run("Vendeur lusophone de naissance.")
    assert "language_origin" in {r["criterion"] for r in of_kind(reqs, "protected_criterion")}


def test_asked_certification_in_capitals(run: Any) -> None:
    # the pattern is case-insensitive; its gate was not ("UNE CERTIFICATION" never reached it)
    reqs = run("PROFIL :\nUNE CERTIFICATION DANS CE DOMAINE EST UN PLUS.")
    assert [r["text"] for r in of_kind(reqs, "certification")] == ["UNE CERTIFICATION"]
