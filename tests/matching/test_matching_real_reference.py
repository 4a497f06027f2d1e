"""The matcher against the real packaged ROME reference (audits.reference), not the test fake."""

from __future__ import annotations

from dataclasses import replace

import pytest
from matching_fixtures import TODAY, picker_job_inputs

from audits.reference import get_reference
from matching.errors import UnknownRomeCodeError
from matching.exclusion import exclusion_report
from matching.index import CandidateIndex
from matching.job import JobSpec
from matching.profile import normalise_skills, validate_profile
from matching.reference import related_occupations
from matching.shortlist import build_shortlist
from matching.synthetic import SyntheticPool


def test_real_reference_end_to_end() -> None:
    ref = get_reference()
    assert {"N1101", "N1105"} <= related_occupations(ref, "N1103")
    job = JobSpec.from_audit(*picker_job_inputs(), reference=ref)
    assert 5 <= len(job.skills) <= 40  # ROME's core competences of the order picker
    pool = SyntheticPool(2000, seed=11, reference=ref)
    people = list(pool)
    for p in people[:200]:
        validate_profile(p, ref)
    index = CandidateIndex.build(people)
    assert index.nbytes / index.n < 1024
    s = build_shortlist(index, job, pool.by_id, 20, reference=ref, as_of=TODAY)
    assert s.local_pool > 0 and len(s.entries) == min(20, s.eligible)
    assert all(e.components[1].explanation.startswith("Expérience : ") for e in s.entries)
    report = exclusion_report(index, job, reference=ref)
    assert report.local_pool == s.local_pool  # the same local pool
    assert report.capable == s.eligible  # capable = eligible for the shortlist (same rules)


def test_real_reference_rejects_unknown_codes_and_normalises_text() -> None:
    ref = get_reference()
    vacancy, report, post = picker_job_inputs()
    with pytest.raises(UnknownRomeCodeError):
        JobSpec.from_audit(replace(vacancy, rome_code="N9999"), report, post, reference=ref)
    norm = normalise_skills(["préparer les commandes en suivant les procédures"], ref, rome_codes_hint=["N1103"])
    assert norm.codes and not norm.unmatched
