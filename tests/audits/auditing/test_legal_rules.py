"""Unit tests of the legal and job-quality rules (Belgian law, dated values)."""

from __future__ import annotations

import datetime as dt

import pytest

from audits.auditing import load_legal_data
from audits.model import Schedule
from tests.audits.auditing.helpers import codes, only, req, run, vacancy

# --- protected_criterion --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "criterion_words"),
    [
        ("Vous êtes jeune et dynamique.", "l'âge"),
        ("Candidat âgé de 25 à 35 ans.", "l'âge"),
        ("Nationalité belge exigée.", "la nationalité"),
        ("Homme uniquement pour ce poste.", "le sexe"),
        ("Vous êtes en bonne santé.", "l'état de santé"),
        ("Célibataire de préférence, pour les déplacements.", "ménage"),
        ("Personne non syndiquée.", "la conviction syndicale"),
    ],
)
def test_protected_criteria_are_critical_with_their_law(text: str, criterion_words: str) -> None:
    finding = only(run(vacancy(text), [], norm=None), "protected_criterion")
    assert finding.severity == "critical"
    assert criterion_words in finding.evidence
    assert finding.legal_reference and ("Loi" in finding.legal_reference or "Décret" in finding.legal_reference)


def test_childcare_ad_about_young_children_is_not_age_discrimination() -> None:
    v = vacancy("Accueil de jeunes enfants de moins de 3 ans ; expérience de 2 à 5 ans appréciée.", title="Puériculteur / Puéricultrice H/F")
    assert "protected_criterion" not in codes(run(v, [], norm=None))


def test_good_presentation_is_a_warning_not_a_critical() -> None:
    finding = only(run(vacancy("Bonne présentation exigée pour l'accueil."), [], norm=None), "protected_criterion")
    assert finding.severity == "warning"


def test_extracted_protected_criterion_is_flagged_and_removed_from_real_requirements() -> None:
    v = vacancy("Profil recherché : moins de 30 ans.")
    report = run(v, [req(v, "moins de 30 ans", "protected_criterion", criterion="age")], norm=None)
    finding = only(report, "protected_criterion")
    assert finding.text == "moins de 30 ans"
    assert report.real_requirements == ()


def test_jeune_diplome_gets_an_inline_fix() -> None:
    v = vacancy("Poste idéal pour un jeune diplômé motivé par la logistique et le travail en équipe.")
    finding = only(run(v, [], norm=None), "protected_criterion")
    assert finding.suggestion == "Poste idéal pour un débutant·e motivé par la logistique et le travail en équipe"


# --- gendered_title_without_hfx -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "suggestion"),
    [
        ("Vendeur", "Vendeur / Vendeuse (H/F/X)"),
        ("Préparateur de commandes", "Préparateur / Préparatrice de commandes (H/F/X)"),
        ("Serveuse en brasserie", "Serveur / Serveuse en brasserie (H/F/X)"),
        ("Ouvrier polyvalent", "Ouvrier / Ouvrière polyvalent (H/F/X)"),
        ("Technicien de maintenance", "Technicien / Technicienne de maintenance (H/F/X)"),
    ],
)
def test_gendered_titles(title: str, suggestion: str) -> None:
    finding = only(run(vacancy("Texte.", title=title), [], norm=None), "gendered_title_without_hfx")
    assert finding.field == "title" and finding.suggestion == suggestion


@pytest.mark.parametrize("title", ["Vendeur H/F", "Vendeur / Vendeuse", "Comptable", "Agent·e d'accueil", "Employé(e) administratif (M/F/X)", "Fleuriste"])
def test_titles_already_inclusive_or_epicene(title: str) -> None:
    assert "gendered_title_without_hfx" not in codes(run(vacancy("Texte.", title=title), [], norm=None))


# --- wage_below_minimum ---------------------------------------------------------------------------------------


def test_wage_below_rmmmg_prorated_for_part_time() -> None:
    v = vacancy("Mi-temps.", weekly_hours=19, full_time_hours=38, gross_monthly_wage=1000.0)
    finding = only(run(v, [], norm=None, reference_date=dt.date(2025, 6, 1)), "wage_below_minimum")
    assert finding.severity == "critical"
    assert "2\u202f111,89 EUR" in finding.evidence and "1\u202f055,95 EUR" in finding.evidence
    assert "[V]" in finding.evidence and "provisoire" not in finding.evidence


def test_wage_at_the_minimum_is_fine_and_dates_matter() -> None:
    v = vacancy("Temps plein.", weekly_hours=38, gross_monthly_wage=2111.89)
    assert "wage_below_minimum" not in codes(run(v, [], norm=None, reference_date=dt.date(2025, 6, 1)))
    later = only(run(v, [], norm=None, reference_date=dt.date(2026, 5, 1)), "wage_below_minimum")
    assert "2\u202f189,13 EUR" in later.evidence and "provisoire" in later.evidence  # computed [C] value


def test_wage_rule_skips_apprenticeship_contracts() -> None:
    v = vacancy("Contrat d'alternance.", contract_type="alternance", gross_monthly_wage=600.0)
    assert "wage_below_minimum" not in codes(run(v, [], norm=None))


def test_rmmmg_values_are_dated_and_sourced() -> None:
    table = load_legal_data()["rmmmg"]
    assert table.at(dt.date(2024, 5, 1)).data["eur"] == 2029.88  # type: ignore[union-attr]
    assert all(v.source and v.confidence in "VSCU" for v in table.values)
    assert table.at(dt.date(2020, 1, 1)) is None


# --- part_time_below_legal_minimum ----------------------------------------------------------------------------


def test_part_time_below_one_third() -> None:
    v = vacancy("Temps partiel 10 h par semaine.", weekly_hours=10, full_time_hours=38)
    finding = only(run(v, [], norm=None, reference_date=dt.date(2025, 6, 1)), "part_time_below_legal_minimum")
    assert "12 h 40" in finding.evidence and finding.severity == "critical"


def test_part_time_minimum_of_a_36_hour_regime_reads_12_h() -> None:
    # A third of 36 h with the stored fraction 0.3333 is 11.9988 h: written "12 h", never "11 h 60".
    v = vacancy("Temps partiel 10 h par semaine.", weekly_hours=10, full_time_hours=36)
    finding = only(run(v, [], norm=None, reference_date=dt.date(2025, 6, 1)), "part_time_below_legal_minimum")
    assert "soit 12 h pour un régime de 36 h" in finding.evidence and "h 60" not in finding.evidence
    assert finding.suggestion == "Temps partiel d'au moins 12 h par semaine"


def test_part_time_at_one_third_is_legal_and_draft_is_mentioned_later() -> None:
    ok = vacancy("Temps partiel.", weekly_hours=12 + 40 / 60, full_time_hours=38)
    assert "part_time_below_legal_minimum" not in codes(run(ok, [], norm=None))
    low = vacancy("Temps partiel.", weekly_hours=8, full_time_hours=38)
    finding = only(run(low, [], norm=None, reference_date=dt.date(2026, 6, 1)), "part_time_below_legal_minimum")
    assert "projet de loi" in finding.evidence  # the 1/10 draft is not applied, only mentioned


# --- trial_period_clause --------------------------------------------------------------------------------------


def test_trial_period_is_void_in_a_belgian_cdi() -> None:
    v = vacancy("CDI temps plein. Période d'essai de 3 mois. Démarrage rapide.", contract_type="CDI")
    report = run(v, [], norm=None)
    finding = only(report, "trial_period_clause")
    assert finding.severity == "critical" and "2014" in (finding.legal_reference or "")
    assert finding.suggestion == ""


def test_trial_period_allowed_for_temp_and_student_contracts() -> None:
    for contract in ("intérim", "étudiant"):
        v = vacancy("Période d'essai de 3 jours.", contract_type=contract)
        assert "trial_period_clause" not in codes(run(v, [], norm=None))


def test_trial_period_not_flagged_before_2014() -> None:
    v = vacancy("Période d'essai d'un mois.")
    assert "trial_period_clause" not in codes(run(v, [], norm=None, reference_date=dt.date(2013, 6, 1)))


# --- fixed_term_chain -----------------------------------------------------------------------------------------


def test_fifth_successive_fixed_term_contract_is_a_warning() -> None:
    v = vacancy("CDD de 3 mois.", contract_type="CDD", duration_months=3, previous_fixed_term_contracts=4)
    finding = only(run(v, [], norm=None), "fixed_term_chain")
    assert finding.severity == "warning" and "5e contrat" in finding.evidence


def test_second_fixed_term_contract_is_an_info_and_text_cue() -> None:
    v = vacancy("CDD de 6 mois renouvelable.", contract_type="CDD", duration_months=6, previous_fixed_term_contracts=1)
    found = [f for f in run(v, [], norm=None).findings if f.code == "fixed_term_chain"]
    assert [f.severity for f in found] == ["info", "info"]
    assert found[0].text == "CDD de 6 mois renouvelable" and found[1].start is None  # spanless findings sort last


def test_single_cdi_has_no_fixed_term_finding() -> None:
    assert "fixed_term_chain" not in codes(run(vacancy("CDI à temps plein.", contract_type="CDI"), [], norm=None))


# --- schedules ------------------------------------------------------------------------------------------------


def test_schedule_notes_from_text_and_structured_fields() -> None:
    v = vacancy("Travail de nuit en 3x8, un week-end sur deux, horaires coupés.", schedule=Schedule(early_mornings=True))
    report = run(v, [], norm=None)
    got = {f.code: f for f in report.findings if f.code.startswith("schedule_")}
    assert set(got) == {"schedule_nights", "schedule_weekends", "schedule_split_shifts", "schedule_early_mornings"}
    assert all(f.severity == "info" and f.suggestion is None for f in got.values())
    assert got["schedule_early_mornings"].start is None
    assert "crèches" in got["schedule_nights"].explanation


def test_no_weekend_note_for_pas_de_week_end() -> None:
    assert "schedule_weekends" not in codes(run(vacancy("Du lundi au vendredi, pas de week-end."), [], norm=None))


@pytest.mark.parametrize(
    ("text", "hit", "criterion"),
    [
        ("Depuis 200 ans, l'Association Hospitalière Sainte-Marie soigne.", "Marie", "civil_status"),
        ("Premier opérateur associatif en santé mentale.", "en santé", "health"),
        ("Sous l'autorité de la Directrice, vous gérez l'atelier.", "Directrice", "sex"),
        ("Nous recherchons un Homme/Femme de ménage (h/f).", "Homme/Femme de ménage", "sex"),
    ],
)
def test_known_extractor_false_positives_are_not_flagged(text: str, hit: str, criterion: str) -> None:
    v = vacancy(text)
    report = run(v, [req(v, hit, "protected_criterion", criterion=criterion)], norm=None)
    assert "protected_criterion" not in codes(report)


def test_extracted_marital_status_at_sentence_start_is_flagged() -> None:
    v = vacancy("Profil. Marié de préférence, disponible.")
    report = run(v, [req(v, "Marié", "protected_criterion", criterion="civil_status")], norm=None)
    assert only(report, "protected_criterion").text == "Marié"


def test_trial_period_in_parentheses_keeps_the_rest_of_the_item() -> None:
    v = vacancy("- CDI (deux mois de période d'essai)\n- Temps plein")
    report = run(v, [], norm=None)
    finding = only(report, "trial_period_clause")
    from audits.auditing import rewrite

    assert rewrite(v.description, report.findings, [report.findings.index(finding)]) == "- CDI\n- Temps plein"


def test_early_shift_hours_and_two_shifts_are_not_nights() -> None:
    report = run(vacancy("Travail en horaire posté 2*8 : 4h30-12h/12h-19h30."), [], norm=None)
    assert "schedule_nights" not in codes(report)
    assert only(report, "schedule_early_mornings").text == "4h30-12h"


def test_possible_habilitation_is_training_offered() -> None:
    v = vacancy("Tu es habilité ou peux être habilité aux travaux électriques.")
    report = run(v, [req(v, "habilité", "certification", code="habilitation électrique")], norm=None)
    assert "certificate_trainable_on_job" not in codes(report)


def test_secondary_source_values_are_provisional_in_the_evidence() -> None:
    v = vacancy("Temps plein.", weekly_hours=38, gross_monthly_wage=1900.0)
    finding = only(run(v, [], norm=None, reference_date=dt.date(2024, 6, 1)), "wage_below_minimum")
    assert "[S]" in finding.evidence and "source secondaire, à confirmer" in finding.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le poste prévoit une période d'essai de trois mois, renouvelable une fois. Salaire selon profil.", "Salaire selon profil."),
        ("Télétravail possible après la période d'essai, jusqu'à deux jours.", "Télétravail possible, jusqu'à deux jours."),
    ],
)
def test_trial_period_rewrites_stay_french(text: str, expected: str) -> None:
    from audits.auditing import rewrite

    report = run(vacancy(text), [], norm=None)
    ids = [i for i, f in enumerate(report.findings) if f.code == "trial_period_clause"]
    assert len(ids) == 1
    assert rewrite(text, report.findings, ids) == expected


@pytest.mark.parametrize("title", ["Chef / Cheffe de cuisine", "Expert / Experte IA", "Vendeur/Vendeuse"])
def test_slashed_double_forms_are_inclusive(title: str) -> None:
    assert "gendered_title_without_hfx" not in codes(run(vacancy("Texte.", title=title), [], norm=None))


def test_ambiguous_wording_is_pointed_out_once_per_field() -> None:
    v = vacancy("Poste junior. Le profil junior rejoindra l'équipe junior.", title="Data scientist junior H/F")
    found = [f for f in run(v, [], norm=None).findings if f.code == "protected_criterion"]
    assert [(f.field, f.text) for f in found] == [("title", "junior"), ("description", "junior")]


def test_extractor_junior_is_advisory_and_equality_statements_are_not_flagged() -> None:
    v = vacancy("Data Scientist junior. Le junior rejoindra l'équipe. Nous favorisons la carrière des hommes et des femmes.")
    reqs = [req(v, "junior", "protected_criterion", criterion="age"),
            req(v, "junior", "protected_criterion", occurrence=1, criterion="age"),
            req(v, "des hommes", "protected_criterion", criterion="sex")]
    found = [f for f in run(v, reqs, norm=None).findings if f.code == "protected_criterion"]
    assert [(f.text, f.severity) for f in found] == [("junior", "warning")]


@pytest.mark.parametrize(
    ("text", "hit", "criterion"),
    [
        ("Rejoignez un groupe international, né en Martinique et en pleine expansion.", "né en Martinique", "birth"),
        ("Nous optimisons la logistique depuis plus de 20 ans.", "plus de 20 ans", "age"),
        ("Technologies : Go, Svelte, HTMX, SQLite.", "Svelte", "physical_appearance"),
        ("Des cabinets de radiologie recherchent une secrétaire médicale.", "recherchent une secrétaire médicale", "sex"),
        ("L'orientation sexuelle, la religion ou l'âge ne sont pas des critères chez nous.", "orientation sexuelle", "sexual_orientation"),
    ],
)
def test_more_extractor_false_positives_from_real_offers(text: str, hit: str, criterion: str) -> None:
    v = vacancy(text)
    assert "protected_criterion" not in codes(run(v, [req(v, hit, "protected_criterion", criterion=criterion)], norm=None))


def test_extracted_age_range_addressed_to_the_candidate_is_flagged() -> None:
    v = vacancy("Conditions requises : être âgé de 17 à 26 ans.")
    report = run(v, [req(v, "âgé de 17 à 26 ans", "protected_criterion", criterion="age")], norm=None)
    assert only(report, "protected_criterion").severity == "critical"


@pytest.mark.parametrize(("text", "hit"), [("- 21 ans d'innovation continue", "- 21 ans"), ("Oui, ça fait plus de 20 ans qu'on optimise.", "plus de 20 ans")])
def test_durations_are_not_ages(text: str, hit: str) -> None:
    v = vacancy(text)
    assert "protected_criterion" not in codes(run(v, [req(v, hit, "protected_criterion", criterion="age")], norm=None))
