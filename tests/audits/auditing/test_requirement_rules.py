"""Unit tests of the "above the real post" rules, with hand-built requirements and norms (no spaCy)."""

from __future__ import annotations

import pytest

from audits.auditing import Norm, RealizedNorm
from audits.model import LanguageUse, PostAnalysisInput, PostTask
from tests.audits.auditing.helpers import (
    CARE_AIDE,
    FORKLIFT,
    TRUCK,
    codes,
    only,
    req,
    run,
    vacancy,
)

# --- diploma_above_norm ---------------------------------------------------------------------------------------


def test_bac2_for_a_warehouse_picker_is_above_the_rome_norm() -> None:
    v = vacancy("Profil :\n- Bac+2 en logistique exigé\n- Sens de l'organisation")
    report = run(v, [req(v, "Bac+2 en logistique", "diploma", eqf_level=5, domain="logistique")])
    finding = only(report, "diploma_above_norm")
    assert finding.severity == "warning"
    assert finding.text == "Bac+2 en logistique"
    assert "ROME N1103" in finding.evidence and "accessible sans diplôme" in finding.evidence
    assert "O*NET 53-7065" in finding.evidence
    assert finding.suggestion == "- Aucun diplôme n'est exigé ; une expérience ou une formation en logistique est un atout"
    assert not [r for r in report.real_requirements if r.kind == "diploma"]


def test_belgian_cess_above_a_cap_level_norm_is_lowered_not_dropped() -> None:
    norm = Norm(rome_code="G1602", min_eqf=3, min_eqf_evidence="Cet emploi est accessible avec un CAP de l'hôtellerie")
    v = vacancy("Vous êtes titulaire du CESS et motivé.", title="Commis de cuisine H/F/X")
    report = run(v, [req(v, "CESS", "diploma", eqf_level=4)], norm=norm)
    only(report, "diploma_above_norm")
    (diploma,) = [r for r in report.real_requirements if r.kind == "diploma"]
    assert diploma.eqf_level == 3


def test_diploma_at_the_norm_or_preferred_is_not_flagged() -> None:
    norm = Norm(rome_code="G1602", min_eqf=3, min_eqf_evidence="accessible avec un CAP")
    v = vacancy("CAP cuisine exigé. Un BTS serait un plus.")
    report = run(v, [req(v, "CAP cuisine", "diploma", eqf_level=3), req(v, "BTS", "diploma", "preferred", eqf_level=5)], norm=norm)
    assert "diploma_above_norm" not in codes(report)


def test_diploma_or_equivalent_experience_is_not_a_barrier() -> None:
    v = vacancy("Bac+2 ou expérience équivalente exigé.")
    report = run(v, [req(v, "Bac+2", "diploma", eqf_level=5, alternative_group=1),
                     req(v, "expérience équivalente", "experience", alternative_group=1)])
    assert "diploma_above_norm" not in codes(report)


def test_regulated_profession_diploma_is_never_inflated() -> None:
    v = vacancy("Titulaire du Diplôme d'État d'aide-soignant (DEAS) obligatoire.", title="Aide-soignant H/F")
    report = run(v, [req(v, "Diplôme d'État d'aide-soignant (DEAS)", "diploma", eqf_level=4, code="DEAS")], norm=CARE_AIDE)
    assert codes(report) == []
    assert any(r.code == "DEAS" for r in report.real_requirements)


def test_post_analysis_justifying_the_diploma_prevents_the_flag() -> None:
    pa = PostAnalysisInput(tasks=(PostTask("Tenir la comptabilité fournisseurs"),), min_eqf_level=5)
    v = vacancy("BES en comptabilité exigé.", title="Comptable H/F")
    report = run(v, [req(v, "BES en comptabilité", "diploma", eqf_level=5)], post_analysis=pa)
    assert "diploma_above_norm" not in codes(report)


def test_post_analysis_without_diploma_beats_the_rome_norm() -> None:
    norm = Norm(rome_code="M1203", min_eqf=5, min_eqf_evidence="accessible avec un BTS")
    pa = PostAnalysisInput(tasks=(PostTask("Saisir les factures"),))
    v = vacancy("BTS comptabilité exigé.", title="Aide-comptable H/F")
    finding = only(run(v, [req(v, "BTS comptabilité", "diploma", eqf_level=5)], norm=norm, post_analysis=pa), "diploma_above_norm")
    assert finding.evidence.startswith("Votre analyse de poste")


def test_realized_norm_is_used_only_above_the_threshold() -> None:
    v = vacancy("Master exigé.")
    requirement = req(v, "Master", "diploma", eqf_level=7)
    few = RealizedNorm("N1103", n_vacancies=5, share_by_min_eqf={None: 1.0})
    many = RealizedNorm("N1103", n_vacancies=40, share_by_min_eqf={None: 0.9, 3: 0.1})
    assert "diploma_above_norm" not in codes(run(v, [requirement], norm=None, realized_norm=few))
    report = run(v, [requirement], norm=None, realized_norm=many)
    assert only(report, "diploma_above_norm").evidence == (
        "Seules 0 % des 40 offres auditées pour ROME N1103 exigent ce niveau de diplôme ou plus"
    )


# --- experience_above_norm ------------------------------------------------------------------------------------


def test_three_years_for_an_entry_post_is_above_the_norm() -> None:
    v = vacancy("Expérience : 3 ans d'expérience exigés en entrepôt.")
    report = run(v, [req(v, "3 ans d'expérience", "experience", years=3.0)])
    finding = only(report, "experience_above_norm")
    assert finding.suggestion == "Débutant·e accepté·e : formation au poste assurée"
    assert not [r for r in report.real_requirements if r.kind == "experience"]


def test_experience_from_skill_level_heuristic_lowers_to_one_year() -> None:
    norm = Norm(rome_code="D1214", min_eqf=3, ilo_skill_level=2)
    v = vacancy("Vous justifiez de 5 ans d'expérience dans la vente, idéalement en magasin de sport.", title="Vendeur / Vendeuse H/F")
    report = run(v, [req(v, "5 ans d'expérience", "experience", years=5.0)], norm=norm)
    finding = only(report, "experience_above_norm")
    assert "niveau de compétence OIT 2" in finding.evidence
    assert finding.severity == "info"  # a heuristic is not proof: a note, not a warning
    assert finding.suggestion == "Vous justifiez d'une expérience d'au moins 1 an dans la vente, idéalement en magasin de sport"
    (exp,) = [r for r in report.real_requirements if r.kind == "experience"]
    assert exp.years == 1.0


def test_experience_or_diploma_in_one_sentence_is_a_choice() -> None:
    v = vacancy("Soit une expérience d'au moins 5 ans en cabinet OU un bac+3 en droit sans expérience.")
    reqs = [req(v, "expérience d'au moins 5 ans", "experience", years=5.0), req(v, "bac+3 en droit", "diploma", eqf_level=6),
            req(v, "sans expérience", "experience", "optional", years=0.0)]
    report = run(v, reqs)
    assert "contradictory_requirements" not in codes(report)
    assert "experience_above_norm" not in codes(report)


def test_diploma_list_is_open_at_its_lowest_level_and_equivalents_count() -> None:
    norm = Norm(rome_code="H2903", min_eqf=3, min_eqf_evidence="Ce métier est accessible avec un diplôme de niveau CAP/BEP à Bac")
    v = vacancy("- Formations : BEP usinage, Bac Pro usinage, BTS CPRP\n- BTS exigé ou équivalent")
    reqs = [req(v, "BEP usinage", "diploma", eqf_level=3), req(v, "Bac Pro usinage", "diploma", eqf_level=4),
            req(v, "BTS CPRP", "diploma", eqf_level=5), req(v, "BTS", "diploma", occurrence=1, eqf_level=5)]
    assert "diploma_above_norm" not in codes(run(v, reqs, norm=norm))


def test_alternative_diplomas_above_norm_give_one_finding() -> None:
    v = vacancy("Diplôme AMP ou AES exigé.")
    reqs = [req(v, "AMP", "diploma", eqf_level=3, alternative_group=1), req(v, "AES", "diploma", eqf_level=3, alternative_group=1)]
    report = run(v, reqs)
    finding = only(report, "diploma_above_norm")
    assert finding.text == "AMP ou AES"
    assert finding.suggestion == "Aucun diplôme n'est exigé ; formation au poste assurée"
    assert not [r for r in report.real_requirements if r.kind == "diploma"]


def test_licence_justified_in_its_own_line_is_not_flagged() -> None:
    v = vacancy("- Permis B : relève du courrier à la Poste, gestion des minibus", title="Secrétaire H/F")
    assert "licence_not_needed" not in codes(run(v, [req(v, "Permis B", "licence", category="B")]))


def test_experience_justified_by_post_analysis_is_not_flagged() -> None:
    pa = PostAnalysisInput(tasks=(PostTask("Encadrer l'équipe de nuit"),), min_experience_years=3)
    v = vacancy("3 ans d'expérience en encadrement exigés.")
    assert "experience_above_norm" not in codes(run(v, [req(v, "3 ans d'expérience", "experience", years=3.0)], post_analysis=pa))


# --- contradictory_requirements -------------------------------------------------------------------------------


def test_beginner_accepted_and_three_years_required_contradict() -> None:
    v = vacancy("Débutant accepté. Profil : 3 ans d'expérience exigés.")
    report = run(v, [req(v, "Débutant accepté", "experience", "optional", years=0.0),
                     req(v, "3 ans d'expérience", "experience", years=3.0)], norm=None)
    finding = only(report, "contradictory_requirements")
    assert "Débutant accepté" in finding.evidence and "3 ans d'expérience" in finding.evidence
    assert finding.suggestion == "Débutant·e accepté·e : formation au poste assurée"


def test_contradiction_rewritten_inside_a_longer_sentence() -> None:
    v = vacancy("Débutant accepté. Vous avez 3 ans d'expérience en entrepôt et le sens du service client.")
    report = run(v, [req(v, "Débutant accepté", "experience", "optional", years=0.0),
                     req(v, "3 ans d'expérience", "experience", years=3.0)], norm=None)
    assert only(report, "contradictory_requirements").suggestion == (
        "Vous avez une première expérience (débutant·e accepté·e) en entrepôt et le sens du service client"
    )


def test_contradiction_found_from_text_cue_without_extracted_optional() -> None:
    v = vacancy("Poste ouvert aux débutants acceptés ; 2 ans d'expérience exigés.")
    report = run(v, [req(v, "2 ans d'expérience", "experience", years=2.0)], norm=None)
    assert "contradictory_requirements" in codes(report)


def test_no_contradiction_when_only_beginners_are_mentioned() -> None:
    v = vacancy("Débutant accepté, formation assurée.")
    assert codes(run(v, [req(v, "Débutant accepté", "experience", "optional", years=0.0)], norm=None)) == []


# --- languages ------------------------------------------------------------------------------------------------


def test_dutch_not_used_in_the_post_analysis_is_not_needed() -> None:
    pa = PostAnalysisInput(tasks=(PostTask("Préparer les commandes"),), languages_used=(LanguageUse("fr"),))
    v = vacancy("Bilingue français-néerlandais exigé.")
    report = run(v, [req(v, "néerlandais", "language", language="nl", cefr="C1")], post_analysis=pa)
    finding = only(report, "language_not_needed")
    assert finding.severity == "warning"
    assert finding.evidence == "Votre analyse de poste ne cite aucune tâche en néerlandais"
    assert not [r for r in report.real_requirements if r.language == "nl"]


def test_language_level_above_use_is_lowered() -> None:
    pa = PostAnalysisInput(tasks=(PostTask("Accueil"),), languages_used=(LanguageUse("nl", "B1", "les clients"),))
    v = vacancy("Néerlandais courant exigé.")
    report = run(v, [req(v, "Néerlandais courant", "language", language="nl", cefr="C1")], post_analysis=pa)
    assert "B1" in only(report, "language_not_needed").evidence
    (lang,) = [r for r in report.real_requirements if r.kind == "language"]
    assert lang.cefr == "B1"


def test_language_used_by_the_post_is_not_flagged() -> None:
    pa = PostAnalysisInput(tasks=(PostTask("Accueil"),), languages_used=(LanguageUse("nl", "B2", "clients"),))
    v = vacancy("Néerlandais niveau B2 exigé.")
    assert codes(run(v, [req(v, "Néerlandais niveau B2", "language", language="nl", cefr="B2")], post_analysis=pa)) == []


def test_language_without_any_reference_is_only_an_info_note() -> None:
    v = vacancy("Anglais courant exigé.")
    report = run(v, [req(v, "Anglais courant", "language", language="en", cefr="C1")])
    assert only(report, "language_not_needed").severity == "info"
    assert [r.language for r in report.real_requirements] == ["en"]


def test_native_language_from_extractor_and_from_text() -> None:
    v = vacancy("Français langue maternelle exigé. Anglais natif apprécié.")
    report = run(v, [req(v, "Français langue maternelle", "language", language="fr", native=True)])
    found = [f for f in report.findings if f.code == "native_language_required"]
    assert [f.text for f in found] == ["langue maternelle", "Anglais natif"]  # one finding per place
    assert all(f.severity == "critical" and f.legal_reference for f in found)
    assert found[0].suggestion == "Français (niveau C1 du CECR) exigé"
    assert found[1].suggestion == "Anglais (niveau C1 du CECR) apprécié"
    (lang,) = [r for r in report.real_requirements if r.kind == "language"]
    assert lang.cefr == "C1" and not lang.native


def test_native_language_marked_by_extractor_twice_gives_one_finding() -> None:
    v = vacancy("Profil : néerlandais de langue maternelle.")
    report = run(v, [req(v, "néerlandais", "language", language="nl", native=True),
                     req(v, "de langue maternelle", "protected_criterion", criterion="language_origin")])
    (finding,) = [f for f in report.findings if f.code == "native_language_required"]
    assert finding.text == "de langue maternelle"
    assert "protected_criterion" not in codes(report)


# --- licences -------------------------------------------------------------------------------------------------


def test_licence_b_for_a_warehouse_post_is_not_needed() -> None:
    v = vacancy("Préparation des commandes en entrepôt.\n- Permis B exigé")
    report = run(v, [req(v, "Permis B", "licence", category="B")])
    finding = only(report, "licence_not_needed")
    assert finding.suggestion == ""
    assert not [r for r in report.real_requirements if r.kind == "licence"]


def test_licence_with_travel_in_the_ad_is_not_flagged() -> None:
    v = vacancy("Interventions chez les particuliers, déplacements quotidiens. Permis B exigé.", title="Aide ménager H/F")
    assert "licence_not_needed" not in codes(run(v, [req(v, "Permis B", "licence", category="B")]))


def test_truck_driver_licence_c_and_fimo_are_never_inflated() -> None:
    v = vacancy("Permis C et FIMO à jour exigés. Permis CE apprécié.", title="Chauffeur poids lourd H/F")
    report = run(v, [req(v, "Permis C", "licence", category="C"), req(v, "FIMO", "certification", code="FIMO")], norm=TRUCK)
    assert codes(report) == []
    assert {r.category for r in report.real_requirements if r.kind == "licence"} == {"C"}


def test_truck_driver_licence_added_when_the_ad_forgot_it() -> None:
    v = vacancy("Livraisons régionales.", title="Chauffeur poids lourd H/F")
    report = run(v, [], norm=TRUCK)
    assert {(r.kind, r.category or r.code) for r in report.real_requirements} == {("licence", "C"), ("certification", "FIMO")}


def test_licence_not_in_post_analysis() -> None:
    pa = PostAnalysisInput(tasks=(PostTask("Accueil des clients"),))
    v = vacancy("Permis B et véhicule personnel exigés.")
    finding = only(run(v, [req(v, "Permis B", "licence", category="B")], post_analysis=pa), "licence_not_needed")
    assert finding.evidence == "Votre analyse de poste ne cite aucun permis de conduire"


# --- certificates ---------------------------------------------------------------------------------------------


def test_vca_is_trainable_on_the_job() -> None:
    v = vacancy("Ouvrier polyvalent sur chantier.\n- VCA exigé", title="Ouvrier polyvalent H/F")
    report = run(v, [req(v, "VCA", "certification", code="VCA")], norm=None)
    finding = only(report, "certificate_trainable_on_job")
    assert finding.severity == "info" and "1 jour" in finding.evidence
    (cert,) = report.real_requirements
    assert cert.strength == "preferred"


def test_training_offered_by_the_employer_means_no_flag() -> None:
    v = vacancy("HACCP exigé ; formation HACCP prise en charge par l'entreprise.")
    assert codes(run(v, [req(v, "HACCP", "certification", code="HACCP")], norm=None)) == []


def test_forklift_caces_legally_needed_is_not_flagged() -> None:
    v = vacancy("CACES R489 catégorie 3 exigé.", title="Cariste H/F")
    report = run(v, [req(v, "CACES R489 catégorie 3", "certification", code="CACES R489 3")], norm=FORKLIFT)
    assert codes(report) == []
    assert report.real_requirements[0].strength == "required"


# --- requirement_not_in_post_analysis -------------------------------------------------------------------------


def test_skill_and_certificate_absent_from_post_analysis() -> None:
    pa = PostAnalysisInput(tasks=(PostTask("Préparer les commandes", skills=("lecture de bons de commande",)),),
                           tools=("transpalette manuel",))
    v = vacancy("Maîtrise de SAP exigée. SST obligatoire. Utilisation du transpalette manuel.")
    report = run(v, [req(v, "Maîtrise de SAP", "skill"), req(v, "SST", "certification", code="SST"),
                     req(v, "transpalette manuel", "skill")], post_analysis=pa)
    flagged = [f.text for f in report.findings if f.code == "requirement_not_in_post_analysis"]
    assert flagged == ["Maîtrise de SAP", "SST"]


# --- too_many_hard_requirements -------------------------------------------------------------------------------


def test_too_many_hard_requirements_counts_alternatives_once() -> None:
    v = vacancy("CAP ou Bac pro exigé, 1 an d'expérience, anglais exigé, permis B, VCA exigé.")
    reqs = [req(v, "CAP", "diploma", eqf_level=3, alternative_group=1), req(v, "Bac pro", "diploma", eqf_level=4, alternative_group=1),
            req(v, "1 an d'expérience", "experience", years=1.0), req(v, "anglais", "language", language="en"),
            req(v, "permis B", "licence", category="B"), req(v, "VCA", "certification", code="VCA")]
    finding = only(run(v, reqs, norm=None), "too_many_hard_requirements")
    assert finding.evidence.startswith("5 exigences impératives")
    assert finding.start is None


def test_three_hard_requirements_are_fine() -> None:
    v = vacancy("CAP exigé, permis B exigé, anglais exigé.")
    reqs = [req(v, "CAP", "diploma", eqf_level=3), req(v, "permis B", "licence", category="B"), req(v, "anglais", "language", language="en")]
    assert "too_many_hard_requirements" not in codes(run(v, reqs, norm=None))


def test_top_of_the_rome_range_is_not_inflated() -> None:
    norm = Norm(rome_code="A1416", min_eqf=3,
                min_eqf_evidence="Cet emploi est accessible avec une formation de niveau CAP à Bac +3 dans le domaine agricole.")
    v = vacancy("BTS agricole exigé. Master exigé.", title="Exploitant agricole H/F")
    report = run(v, [req(v, "BTS agricole", "diploma", eqf_level=5), req(v, "Master", "diploma", eqf_level=7)], norm=norm)
    assert [f.text for f in report.findings if f.code == "diploma_above_norm"] == ["Master"]


def test_state_diploma_of_a_regulated_profession_is_not_inflated() -> None:
    norm = Norm(rome_code="J1504", min_eqf=6, regulated=True,
                min_eqf_evidence="Cet emploi est accessible après l'acquisition du Diplôme d'Etat d'infirmier de bloc opératoire.")
    v = vacancy("Diplôme IBODE exigé.", title="Infirmier de bloc opératoire H/F")
    assert codes(run(v, [req(v, "IBODE", "diploma", eqf_level=7, code="DE IBODE")], norm=norm)) == []


def test_under_a_year_of_experience_is_not_flagged() -> None:
    v = vacancy("Une première expérience est exigée.")
    assert "experience_above_norm" not in codes(run(v, [req(v, "première expérience", "experience", years=0.5)]))


def test_language_taught_is_needed() -> None:
    v = vacancy("Le collège recrute un(e) professeur(e) d'anglais pour ses classes.")
    assert codes(run(v, [req(v, "anglais", "language", language="en")], norm=None)) == []


def test_too_many_counts_legal_obligations_and_repeats_once() -> None:
    v = vacancy("Permis C, permis CE, FIMO, FIMO à jour, CACES R482 exigé.", title="Chauffeur PL H/F")
    reqs = [req(v, "Permis C", "licence", category="C"), req(v, "permis CE", "licence", category="CE"),
            req(v, "FIMO", "certification", code="FIMO"), req(v, "FIMO", "certification", occurrence=1, code="FIMO"),
            req(v, "CACES R482", "certification", code="CACES R482")]
    assert "too_many_hard_requirements" not in codes(run(v, reqs, norm=TRUCK))


def test_licence_for_driving_residents_is_needed() -> None:
    v = vacancy("Missions :\n- Assurer les transports nécessaires.\nProfil :\n- Permis B.", title="Éducateur spécialisé H/F")
    norm = Norm(rome_code="K1207", min_eqf=6)
    assert "licence_not_needed" not in codes(run(v, [req(v, "Permis B", "licence", category="B")], norm=norm))


def test_no_experience_heuristic_for_management_posts() -> None:
    v = vacancy("Vous avez une expérience de minimum 5 ans et piloterez une équipe de 7 acheteurs.")
    manager = Norm(rome_code="M1102", min_eqf=7, ilo_skill_level=3, manager=True)
    assert "experience_above_norm" not in codes(run(v, [req(v, "expérience de minimum 5 ans", "experience", years=5.0)], norm=manager))


@pytest.mark.parametrize("text", ["Projet GCP natif sur le cloud.", "Maîtrise de React Native.", "Un groupe familial d'origine française."])
def test_native_and_origin_words_not_about_people(text: str) -> None:
    assert codes(run(vacancy(text), [], norm=None)) == []


def test_one_finding_for_a_family_of_certificates_in_one_sentence() -> None:
    v = vacancy("HABILITATIONS ELECTRIQUES REQUISES (B2V, BS, BC et H0).", title="Technicien de maintenance H/F")
    reqs = [req(v, "HABILITATIONS ELECTRIQUES", "certification", code="habilitation électrique"),
            req(v, "BS", "certification", code="habilitation électrique BS"),
            req(v, "BC", "certification", code="habilitation électrique BC")]
    report = run(v, reqs, norm=None)
    finding = only(report, "certificate_trainable_on_job")
    assert finding.text == "HABILITATIONS ELECTRIQUES REQUISES (B2V, BS, BC et H0)"
    assert finding.suggestion == (
        "HABILITATIONS ELECTRIQUES (B2V, BS, BC et H0) : un atout ; sinon, formation financée par l'entreprise à l'embauche"
    )
    assert all(r.strength == "preferred" for r in report.real_requirements)
    assert "too_many_hard_requirements" not in codes(report)


def test_extractor_native_technology_is_not_a_language() -> None:
    v = vacancy("Développement d'applications mobiles React Native.")
    reqs = [req(v, "Native", "protected_criterion", criterion="language_origin")]
    assert "native_language_required" not in codes(run(v, reqs, norm=None))


def test_with_or_without_experience_for_one_profile_is_not_a_contradiction() -> None:
    v = vacancy("- Bac+3, avec ou sans expérience.\n- Bac+2 avec au moins 5 ans d'expérience similaire.")
    reqs = [req(v, "sans expérience", "experience", "optional", years=0.0),
            req(v, "au moins 5 ans d'expérience", "experience", years=5.0)]
    assert "contradictory_requirements" not in codes(run(v, reqs, norm=None))
