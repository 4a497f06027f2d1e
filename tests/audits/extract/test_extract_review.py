"""Regressions found in review of the rule rounds: branches that could not match what their comment says."""

from __future__ import annotations

from typing import Any

from extract_helpers import of_kind


def test_xp_before_an_elided_de(run: Any) -> None:
    # "XP d'…": the elided "d'" has no space after it, the abbreviation is still the experience word
    reqs = run("Profil :\n- XP d'administration de serveurs Linux")
    assert [r["text"] for r in of_kind(reqs, "experience")] == ["XP"]
