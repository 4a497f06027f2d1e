from __future__ import annotations

from dataclasses import replace

import pytest
from matching_fixtures import FakeReference, picker_job_inputs, req

from audits.model import AuditReport, Occupation, PostAnalysisInput
from matching.errors import (
    InvalidCefrLevelError,
    MatchingInputError,
    UnknownCompetenceCodeError,
    UnknownPostalCodeError,
    UnknownRomeCodeError,
)
from matching.job import JobSpec


def test_job_spec_separates_stated_and_real_requirements(ref: FakeReference) -> None:
    vacancy, report, post = picker_job_inputs()
    job = JobSpec.from_audit(vacancy, report, post, reference=ref)
    assert [c.label for c in job.stated] == [
        "Diplôme : CESS (CEC 4)", "Expérience : 2 ans dans le métier", "Langue : néerlandais B2", "Certificat : VCA",
    ]  # the soft skill is never matched
    assert [c.label for c in job.real] == ["Certificat : VCA", "Langue : français A2"]
    assert [c.label for c in job.preferred] == ["Expérience : 6 mois dans le métier"]
    assert job.skills == ("100001", "100002", "100003", "100004")  # the occupation's competences
    assert job.time_to_proficiency_weeks == 3 and job.tutoring_available


def test_post_analysis_adds_legally_required_items(ref: FakeReference) -> None:
    vacancy, report, _ = picker_job_inputs()
    post = PostAnalysisInput(required_certificates=("VCA", "CACES R489 3", "Permis C"), required_licences=("b",),
                             min_eqf_level=2)
    job = JobSpec.from_audit(vacancy, report, post, reference=ref)
    assert [c.label for c in job.real] == [
        "Certificat : VCA", "Langue : français A2", "Certificat : CACES R489 3", "Permis C", "Permis B",
        "Diplôme : CE1D (CEC 2)",
    ]


def test_alternative_diplomas_keep_the_ad_wording(ref: FakeReference) -> None:
    stated = (req("diploma", text="CESS", eqf_level=4, alternative_group=1),
              req("diploma", text="Bac+2", eqf_level=5, alternative_group=1))
    job = JobSpec.from_audit(*picker_job_inputs(stated=stated), reference=ref)
    assert [(c.label, c.group) for c in job.stated] == [("Diplôme : CESS (CEC 4)", 1), ("Diplôme : Bac+2 (CEC 5)", 1)]


def test_explicit_skills_replace_the_occupation_skills(ref: FakeReference) -> None:
    vacancy, report, post = picker_job_inputs(real=(req("skill", code="100002"),))
    job = JobSpec.from_audit(vacancy, report, post, reference=ref)
    assert job.skills == ("100002",)
    assert job.real[0].label == "Compétence : Utiliser un terminal de radiofréquence"


@pytest.mark.parametrize(
    ("stated", "error", "field"),
    [
        ((req("language", language="nl", cefr="B3"),), InvalidCefrLevelError, "requirements[0].cefr"),
        ((req("diploma"), req("language", language="en", cefr="D1")), InvalidCefrLevelError, "requirements[1].cefr"),
        ((req("skill", code="424242"),), UnknownCompetenceCodeError, "requirements[0].code"),
        ((req("licence", category="Q"),), MatchingInputError, "requirements[0].category"),
    ],
)
def test_bad_requirements_are_named(ref: FakeReference, stated: tuple, error: type[Exception], field: str) -> None:
    vacancy, report, post = picker_job_inputs(stated=stated)
    with pytest.raises(error) as err:
        JobSpec.from_audit(vacancy, report, post, reference=ref)
    assert err.value.field == field  # type: ignore[attr-defined]


def test_unusable_vacancies_are_refused_clearly(ref: FakeReference) -> None:
    vacancy, report, post = picker_job_inputs()
    with pytest.raises(UnknownRomeCodeError, match="X1234"):
        JobSpec.from_audit(replace(vacancy, rome_code="X1234"), report, post, reference=ref)
    unknown = AuditReport(**{**report.__dict__, "occupation": Occupation.unknown()})
    with pytest.raises(MatchingInputError, match="code ROME"):
        JobSpec.from_audit(replace(vacancy, rome_code=None), unknown, post, reference=ref)
    with pytest.raises(MatchingInputError, match="lieu de travail"):
        JobSpec.from_audit(replace(vacancy, workplace_postal_code=None), report, post, reference=ref)
    with pytest.raises(MatchingInputError, match="workplace_postal_code"):
        JobSpec.from_audit(replace(vacancy, workplace_postal_code="75001"), report, post, reference=ref)


@pytest.mark.parametrize("bad", [4000, 4000.0, ["4000"], "99999", "   "])
def test_workplace_postal_code_of_any_type_gets_the_french_postal_error(ref: FakeReference, bad: object) -> None:
    vacancy, report, post = picker_job_inputs()
    with pytest.raises(UnknownPostalCodeError) as err:
        JobSpec.from_audit(replace(vacancy, workplace_postal_code=bad), report, post, reference=ref)
    assert err.value.field == "workplace_postal_code" and isinstance(err.value, ValueError)


def test_workplace_postal_code_is_kept_in_the_table_spelling(ref: FakeReference) -> None:
    vacancy, report, post = picker_job_inputs()
    padded = replace(vacancy, workplace_postal_code=f" {vacancy.workplace_postal_code} ")
    assert JobSpec.from_audit(padded, report, post, reference=ref).workplace_postal_code == vacancy.workplace_postal_code


def test_requirements_without_checkable_content_become_warnings(ref: FakeReference) -> None:
    vacancy, report, post = picker_job_inputs(stated=(req("diploma"), req("skill"), req("experience", years=0)))
    job = JobSpec.from_audit(vacancy, report, post, reference=ref)
    assert job.stated == ()
    assert len(job.warnings) == 2 and "non vérifié" in job.warnings[0]
