"""The lemma gate: soft skills found on the gated sentences are those found with lemmas over the whole text."""

from __future__ import annotations

from typing import Any

import pytest

from audits.extract import build_pipeline
from audits.extract.components import BASE_COMPONENTS, SoftSkillMatcher
from audits.extract.lemma_gate import CONTEXT_WORDS, gated_regions, stem

AD = (
    "Boulangerie artisanale recherche un(e) vendeur(se).\n"
    "Vos missions : accueil des clients, mise en rayon, encaissement, nettoyage du magasin et de la réserve.\n"
    "Profil recherché :\n"
    "- Rigueur, ponctualité et sens de l'organisation\n"
    "- Vous êtes souriante, motivée et rigoureuse ; l'esprit d'équipe est indispensable.\n"
    "Notre équipe dynamique vous attend. Horaires du mardi au samedi, permis B apprécié.\n"
    "Vous faites preuve d'autonomie et de capacité d'adaptation face aux imprévus du quotidien."
)


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    return build_pipeline({"skills": False}), build_pipeline({"skills": False, "pj_soft_skills": {"lemma_gate": False}})


def _soft(nlp: Any, text: str) -> list[tuple[int, int, str]]:
    doc = nlp(text)
    return [(m.start, m.end, text[m.start : m.end]) for m in doc._.requirements if m.kind == "soft_skill"]


def test_gated_pipeline_disables_the_statistical_components(pipelines: tuple[Any, Any]) -> None:
    gated, full = pipelines
    assert not set(BASE_COMPONENTS) & set(gated.pipe_names)
    assert set(BASE_COMPONENTS) <= set(full.pipe_names)


@pytest.mark.parametrize("text", [AD, AD.upper(), AD.replace("\n", " "), "Rigoureuse.", "Sérieux, ponctuel.", ""])
def test_same_soft_skills_with_and_without_the_gate(pipelines: tuple[Any, Any], text: str) -> None:
    gated, full = pipelines
    expected = _soft(full, text)
    assert _soft(gated, text) == expected


def test_gated_pipeline_finds_inflected_soft_skills(pipelines: tuple[Any, Any]) -> None:
    found = {t.lower() for _, _, t in _soft(pipelines[0], AD)}
    assert {"ponctualité", "rigoureuse", "motivée", "esprit d'équipe", "autonomie"} <= found
    assert "dynamique" not in found  # "équipe dynamique": the employer describing itself


def test_regions_cover_candidates_with_context() -> None:
    soft = build_pipeline({"skills": False}).get_pipe("pj_soft_skills")
    assert isinstance(soft, SoftSkillMatcher)
    text = " ".join(f"mot{i}" for i in range(40)) + " rigoureuse " + " ".join(f"fin{i}" for i in range(40))
    (region,) = gated_regions(text, soft.gate)
    piece = text[region.start : region.end]
    assert "rigoureuse" in piece and not region.at_text_start and not region.at_text_end
    assert len(piece.split()) == 2 * CONTEXT_WORDS + 1
    assert gated_regions("Rien à voir ici : livraison de colis.", soft.gate) == []


def test_stems_are_shared_by_inflected_forms() -> None:
    assert "rigoureuse".startswith(stem("rigoureux", "rigoureux"))
    assert "discrète".startswith(stem("discret", "discret"))
    assert "motivées".startswith(stem("motivé", "motiver"))


def test_the_lemma_index_as_sets_gives_the_same_lemmas() -> None:
    import spacy

    from audits.extract.extractor import BASE_MODEL, load_base_pipeline

    ours = load_base_pipeline()
    shipped = spacy.load(BASE_MODEL, exclude=["parser", "ner", "senter"])
    table = ours.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(v, frozenset) for v in table.values())
    assert all(isinstance(v, list) for v in shipped.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
    # rule lemmas of nouns, verbs and adjectives, known and unknown forms, inflected
    text = AD + " Les magasiniers rangeaient les colis ; elles travailleront, ils ont conduit des chariots élévateurs."
    expected = [(t.text, t.lemma_) for t in shipped(text)]
    assert [(t.text, t.lemma_) for t in ours(text)] == expected
    assert ("rangeaient", "ranger") in expected
