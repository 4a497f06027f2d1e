"""Protected attributes (age, sex, nationality, origin, health, family status) never change a score or a rank."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matching_fixtures import TODAY, FakeReference, person, picker_job_inputs, req

from matching.exclusion import exclusion_report
from matching.index import CandidateIndex
from matching.job import JobSpec
from matching.profile import CandidateProfile, Education, ProtectedAttributes
from matching.shortlist import build_shortlist

REF = FakeReference()
# A real post with a diploma gap (whose bridge depends on age: alternance or adult training) and a certificate.
JOB = JobSpec.from_audit(
    *picker_job_inputs(real=(req("diploma", eqf_level=3), req("certification", code="VCA"),
                             req("language", language="fr", cefr="B1"))),
    reference=REF,
)

protected = st.builds(
    ProtectedAttributes,
    birth_date=st.one_of(st.none(), st.dates(min_value=date(1955, 1, 1), max_value=date(2010, 12, 31))),
    sex=st.sampled_from([None, "F", "M", "X"]),
    nationality=st.sampled_from([None, "BE", "FR", "MA", "TR", "CD", "SY"]),
    origin=st.sampled_from([None, "belge", "maghrébine", "subsaharienne", "turque"]),
    health=st.sampled_from([None, "handicap reconnu", "maladie chronique"]),
    family_status=st.sampled_from([None, "parent isolé", "marié(e)", "célibataire"]),
)

candidate = st.builds(
    lambda i, eqf, same, related, skills, vca, fr, reg, postal: person(
        f"c{i}",
        education=Education(eqf),
        experience={k: v for k, v in (("N1103", same), ("N1105", related)) if v},
        skills=frozenset(skills),
        certifications=frozenset({"VCA"}) if vca else frozenset(),
        languages={"fr": fr},
        registration_date=reg,
        home_postal_code=postal,
    ),
    st.integers(0, 10_000),
    st.integers(0, 8),
    st.integers(0, 40),
    st.integers(0, 40),
    st.sets(st.sampled_from(["100001", "100002", "100003", "100004"])),
    st.booleans(),
    st.sampled_from(["A2", "B1", "B2", "C2"]),
    st.dates(min_value=date(2018, 1, 1), max_value=date(2026, 2, 1)),
    st.sampled_from(["4000", "4020", "4100", "4430", "4800"]),
)


def _ranking(people: list[CandidateProfile]) -> list[tuple[str, float, int, bool]]:
    index = CandidateIndex.build(people)
    s = build_shortlist(index, JOB, {p.id: p for p in people}, k=len(people), reference=REF, as_of=TODAY)
    return [(e.candidate_id, e.fit, e.rank, e.excluded_by_stated) for e in s.entries]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pool=st.lists(candidate, min_size=1, max_size=12, unique_by=lambda p: p.id),
    first=st.data(),
)
def test_changing_protected_attributes_never_changes_a_rank_or_a_score(
    pool: list[CandidateProfile], first: st.DataObject
) -> None:
    a = [replace(p, protected=first.draw(protected)) for p in pool]
    b = [replace(p, protected=first.draw(protected)) for p in pool]
    assert _ranking(a) == _ranking(b)
    ea = exclusion_report(CandidateIndex.build(a), JOB, reference=REF, min_disclosed_pool=1)
    eb = exclusion_report(CandidateIndex.build(b), JOB, reference=REF, min_disclosed_pool=1)
    assert ea == eb


def test_the_property_test_can_fail_on_a_real_difference() -> None:
    # Guard against a vacuous property: a NON-protected change (the diploma) does change the ranking here.
    p = person("c1", certifications=frozenset({"VCA"}), education=Education(3), experience={"N1103": 12})
    q = person("c2", certifications=frozenset({"VCA"}), education=Education(3))
    assert _ranking([p, q])[0][0] == "c1"
    assert _ranking([replace(p, education=Education(0)), q])[0][1] != _ranking([p, q])[0][1]
