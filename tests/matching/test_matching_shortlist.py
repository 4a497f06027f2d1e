"""Scoring, explanations, bridges and ranking on hand-made profiles (order picker in Liège, see matching_fixtures)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from matching_fixtures import TODAY, FakeReference, person, picker_job_inputs, req

from audits.model import PostAnalysisInput, Schedule
from matching.bridges import bridge_for
from matching.index import CandidateIndex
from matching.job import JobSpec, certification_criterion
from matching.policy import BridgePolicy, PriorityPolicy
from matching.profile import Availability, CandidateProfile, Education, Mobility, ProtectedAttributes
from matching.shortlist import Shortlist, build_shortlist


def run(ref: FakeReference, people: list[CandidateProfile], job: JobSpec | None = None, **kw: object) -> Shortlist:
    if job is None:
        job = JobSpec.from_audit(*picker_job_inputs(), reference=ref)
    index = CandidateIndex.build(people)
    return build_shortlist(index, job, {p.id: p for p in people}, reference=ref, as_of=TODAY, **kw)  # type: ignore[arg-type]


def job_with(ref: FakeReference, real: tuple, post: PostAnalysisInput | None = None, **kw: object) -> JobSpec:
    vacancy, report, default_post = picker_job_inputs(real=real, **kw)  # type: ignore[arg-type]
    return JobSpec.from_audit(vacancy, report, post or default_post, reference=ref)


def test_fit_components_and_french_explanations(ref: FakeReference) -> None:
    a = person("a", experience={"N1103": 6, "N1105": 12}, skills=frozenset({"100001"}),
               certifications=frozenset({"VCA"}), desired_rome_codes=("N1105",))
    s = run(ref, [a])
    (e,) = s.entries
    comps = {c.name: c for c in e.components}
    # experience: 6 + 0.5 x 12 = 12 months against the 12-month reference -> 1.0; skills 1 of 4; French OK;
    # desired job is a related one -> 0.5.
    assert comps["experience"].score == pytest.approx(1.0)
    assert comps["skills"].score == pytest.approx(0.25)
    assert comps["language"].score == pytest.approx(1.0)
    assert comps["interest"].score == pytest.approx(0.5)
    assert e.fit == pytest.approx(0.35 * 0.25 + 0.35 * 1.0 + 0.15 * 1.0 + 0.15 * 0.5)
    assert comps["experience"].explanation == (
        "Expérience : 6 mois comme préparateur / préparatrice de commandes (N1103, même métier) ; "
        "12 mois comme manutentionnaire (N1105, métier proche) ; aucune expérience exigée ; souhaitée : 6 mois."
    )
    assert comps["skills"].explanation == "Compétences : 1 sur 4 compétences attendues pour le poste (25 %)."
    assert comps["language"].explanation == "Langues : français C2 pour A2 demandé."
    assert comps["interest"].explanation == "Projet professionnel : souhaite un métier proche (manutentionnaire, N1105)."
    assert not e.needs_bridges and e.gaps == ()
    assert e.commute_minutes == 15  # same postal code, public transport: the fixed 15-minute overhead
    assert e.excluded_by_stated
    assert e.stated_exclusion_reasons == (
        "Diplôme : CESS (CEC 4)", "Expérience : 2 ans dans le métier", "Langue : néerlandais B2",
    )
    assert "l'annonce telle qu'écrite l'aurait écarté(e)" in e.summary


def test_certificate_gap_is_bridged_and_labelled(ref: FakeReference) -> None:
    s = run(ref, [person("b")])
    (e,) = s.entries
    assert e.needs_bridges
    (gap,) = e.gaps
    assert gap.requirement == "Certificat : VCA" and gap.detail == "certificat non détenu"
    assert gap.bridge is not None and gap.bridge.kind == "certificate_training"
    assert gap.bridge.duration == "1 jour" and "VCA" in gap.bridge.provider
    assert e.bridges == (gap.bridge,)
    assert e.fit == pytest.approx(0.15 + 0.0 - 0.03)  # language 1.0 x 0.15, the rest 0, minus one bridge


def test_tutoring_bridge_for_a_skill_learnable_within_time_to_proficiency(ref: FakeReference) -> None:
    job = job_with(ref, (req("skill", code="100002"),))
    (e,) = run(ref, [person("c")], job).entries
    (gap,) = e.gaps
    assert gap.kind == "skill" and gap.bridge is not None
    assert gap.bridge.kind == "tutoring" and gap.bridge.duration == "3 semaines"
    assert gap.bridge.provider == "l'employeur (tuteur désigné)"


def test_pfi_bridge_for_skills_without_known_time_to_proficiency_and_for_missing_experience(ref: FakeReference) -> None:
    job = job_with(ref, (req("skill", code="100002"), req("experience", years=1)), post=PostAnalysisInput())
    (e,) = run(ref, [person("d", experience={"N1103": 4})], job).entries
    bridges = {g.kind: g.bridge for g in e.gaps}
    assert bridges["skill"] is not None and bridges["skill"].kind == "pfi"
    assert bridges["skill"].duration == "4 à 26 semaines" and "Forem" in bridges["skill"].provider
    # 12 - 4 = 8 missing months x 2 weeks per month = 16 weeks of PFI
    assert bridges["experience"] is not None and bridges["experience"].kind == "pfi"
    assert bridges["experience"].duration_weeks_min == 16 and "16 semaines" in bridges["experience"].label
    assert [g.detail for g in e.gaps if g.kind == "experience"] == ["4 mois d'expérience utile pour 12 demandés"]


def test_experience_gap_beyond_a_year_is_not_bridgeable(ref: FakeReference) -> None:
    job = job_with(ref, (req("experience", years=3),))
    s = run(ref, [person("e", experience={"N1103": 12})], job)  # 24 months missing > 12
    assert s.entries == () and s.eligible == 0
    assert "Expérience : 3 ans dans le métier (1)" in s.explanation


def test_diploma_gap_alternance_for_the_young_and_adult_training_otherwise_same_score(ref: FakeReference) -> None:
    job = job_with(ref, (req("diploma", eqf_level=3),))
    young = person("y", protected=ProtectedAttributes(birth_date=date(2005, 6, 1)))
    adult = person("z", protected=ProtectedAttributes(birth_date=date(1980, 6, 1)))
    s = run(ref, [young, adult], job)
    by_id = {e.candidate_id: e for e in s.entries}
    assert by_id["y"].gaps[0].bridge.kind == "alternance"  # type: ignore[union-attr]
    assert by_id["y"].gaps[0].bridge.provider == "IFAPME ou CEFA"  # type: ignore[union-attr]
    assert by_id["z"].gaps[0].bridge.kind == "qualifying_training"  # type: ignore[union-attr]
    assert by_id["y"].fit == by_id["z"].fit  # age picks the bridge, never the score


def test_diploma_above_secondary_is_not_bridgeable(ref: FakeReference) -> None:
    job = job_with(ref, (req("diploma", eqf_level=6),))
    s = run(ref, [person("a"), person("b", education=Education(6))], job)
    assert [e.candidate_id for e in s.entries] == ["b"]


def test_language_course_bridge_within_two_cefr_steps(ref: FakeReference) -> None:
    job = job_with(ref, (req("language", language="nl", cefr="B1"),))
    near = person("near", languages={"fr": "C2", "nl": "A2"})
    far = person("far")  # no Dutch at all: 3 steps to B1
    s = run(ref, [near, far], job)
    assert [e.candidate_id for e in s.entries] == ["near"]
    bridge = s.entries[0].gaps[0].bridge
    assert bridge is not None and bridge.kind == "language_course"
    assert bridge.label == "Cours de néerlandais jusqu'au niveau B1" and bridge.duration == "10 semaines"


def test_truck_licence_bridge_needs_a_car_licence(ref: FakeReference) -> None:
    job = job_with(ref, (req("licence", category="C"),))
    s = run(ref, [person("with_b", licences=frozenset({"B"})), person("none"), person("ce", licences=frozenset({"CE"}))], job)
    by_id = {e.candidate_id: e for e in s.entries}
    assert set(by_id) == {"with_b", "ce"}  # CE includes C: no gap
    assert by_id["ce"].gaps == ()
    bridge = by_id["with_b"].gaps[0].bridge
    assert bridge is not None and bridge.kind == "certificate_training" and "Permis C" in bridge.label
    assert bridge.duration == "environ 3 mois"


@pytest.mark.parametrize(
    ("code", "duration"),
    [("VCA", "1 jour"), ("SST", "2 jours"), ("CACES R489 3", "2 à 5 jours"), ("HACCP", "1 à 2 jours"),
     ("brevet cariste", "1 à 3 jours")],
)
def test_short_certificate_trainings(code: str, duration: str, ref: FakeReference) -> None:
    job = JobSpec.from_audit(*picker_job_inputs(), reference=ref)
    bridge = bridge_for(certification_criterion(code), person("a"), job, BridgePolicy(), TODAY)
    assert bridge is not None and bridge.kind == "certificate_training" and bridge.duration == duration


def test_unknown_certificate_is_a_hard_requirement(ref: FakeReference) -> None:
    job = job_with(ref, (req("certification", code="Agrément ADR classe 1"),))
    s = run(ref, [person("a"), person("b", certifications=frozenset({"agrément ADR classe 1"}))], job)
    assert [e.candidate_id for e in s.entries] == ["b"]


@pytest.mark.parametrize(
    ("schedule", "availability", "kept"),
    [
        (Schedule(nights=True), Availability(nights=False), False),
        (Schedule(nights=True), Availability(nights=True), True),
        (Schedule(early_mornings=True), Availability(early_mornings=True, childcare_constraints=True), False),
        (Schedule(weekends=True), Availability(weekends=True), True),
        (Schedule(split_shifts=True), Availability(split_shifts=False), False),
        (Schedule(), Availability(weekly_hours=19), False),  # the post is 38 h a week
    ],
)
def test_availability_is_a_hard_condition(ref: FakeReference, schedule: Schedule, availability: Availability,
                                          kept: bool) -> None:
    job = job_with(ref, (), schedule=schedule)
    s = run(ref, [person("a", availability=availability)], job)
    assert (len(s.entries) == 1) is kept
    if not kept:
        assert s.explanation.startswith("Le seul candidat à moins de 45 minutes ne remplit pas les exigences réelles")
        assert "Motifs (nombre de candidats) : " in s.explanation


def test_commute_radius_and_own_maximum(ref: FakeReference) -> None:
    people = [
        person("here"),
        person("tight", mobility=Mobility(max_commute_minutes=10)),  # 15 min > 10 min accepted
        person("brugge", home_postal_code="8000", mobility=Mobility(120, "car")),
        person("namur_car", home_postal_code="5000", mobility=Mobility(90, "car")),  # ~63 min > 45 min radius
    ]
    s = run(ref, people)
    assert [e.candidate_id for e in s.entries] == ["here"] and s.local_pool == 1 and s.pool_size == 4
    job = replace(JobSpec.from_audit(*picker_job_inputs(), reference=ref), radius_minutes=70)
    assert {e.candidate_id for e in run(ref, people, job).entries} == {"here", "namur_car"}


def test_priority_to_long_registration_and_low_qualification_among_equally_fit(ref: FakeReference) -> None:
    base = dict(experience={"N1103": 12}, certifications=frozenset({"VCA"}))
    recent_qualified = person("recent", education=Education(4), registration_date=date(2026, 1, 1), **base)
    long_low = person("long", education=Education(1), registration_date=date(2023, 1, 1), **base)
    s = run(ref, [recent_qualified, long_low])
    assert [e.candidate_id for e in s.entries] == ["long", "recent"]
    assert s.entries[0].fit == s.entries[1].fit
    assert s.entries[0].priority == pytest.approx(1.0 + 7 / 8)
    # The policy is configurable: without it, equal fits fall back to the index order (postal code, then input).
    neutral = PriorityPolicy(registration_weight=0, low_qualification_weight=0)
    assert [e.candidate_id for e in run(ref, [recent_qualified, long_low], priority=neutral).entries] == ["recent", "long"]


def test_a_better_fit_bucket_beats_priority(ref: FakeReference) -> None:
    strong = person("strong", experience={"N1103": 24}, skills=frozenset({"100001", "100002", "100003", "100004"}),
                    certifications=frozenset({"VCA"}), education=Education(5), registration_date=date(2026, 2, 1))
    weak = person("weak", education=Education(0), registration_date=date(2020, 1, 1))
    assert [e.candidate_id for e in run(ref, [weak, strong]).entries] == ["strong", "weak"]


def test_top_k_matches_a_full_sort(ref: FakeReference) -> None:
    people = [
        person(f"p{i}", experience={"N1103": i % 17}, skills=frozenset(["100001", "100002"][: i % 3]),
               education=Education(i % 6), registration_date=date(2020 + i % 6, 1 + i % 12, 1))
        for i in range(120)
    ]
    full = run(ref, people, k=120)
    top = run(ref, people, k=10)
    assert [e.candidate_id for e in top.entries] == [e.candidate_id for e in full.entries[:10]]
    keys = [(-e.fit_bucket, -e.priority, -e.fit) for e in full.entries]
    assert keys == sorted(keys)


def test_operator_filter_keeps_only_the_coach_candidates(ref: FakeReference) -> None:
    people = [person("mine", isp_operator_id="mire-01"), person("other", isp_operator_id="cisp-02")]
    s = run(ref, people, operator_id="mire-01")
    assert [e.candidate_id for e in s.entries] == ["mine"] and s.pool_size == 1
    none = run(ref, people, operator_id="mire-99")
    assert none.entries == () and "mire-99" in none.explanation


def test_empty_results_are_explained(ref: FakeReference) -> None:
    empty = run(ref, [])
    assert empty.entries == () and empty.explanation == "Aucun candidat dans le vivier : la liste est vide."
    far = run(ref, [person("gent", home_postal_code="9000")])
    assert far.entries == () and far.local_pool == 0
    assert far.explanation.startswith("Aucun candidat à moins de 45 minutes de Liège")


def test_to_dict_is_plain_json(ref: FakeReference) -> None:
    import json

    s = run(ref, [person("b")])
    d = s.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["entries"][0]["bridges"][0]["kind"] == "certificate_training"
    employer = s.entries[0].for_employer("candidat-7f3a")
    assert employer["candidate_id"] == "candidat-7f3a" and employer["pseudonymous"]
    assert "b" not in json.dumps(employer["candidate_id"])


def test_certificate_categories_and_generic_requirements(ref: FakeReference) -> None:
    # A post asking "CACES" is met by any CACES; "CACES R489 cat. 3" and "CACES R489 3" are the same certificate.
    holder = person("h", certifications=frozenset({"CACES R489 cat. 3"}))
    generic = run(ref, [holder], job_with(ref, (req("certification", code="CACES"),)))
    assert generic.entries[0].gaps == ()
    exact = run(ref, [holder], job_with(ref, (req("certification", code="CACES R489 3"),)))
    assert exact.entries[0].gaps == ()
    other = run(ref, [holder], job_with(ref, (req("certification", code="CACES R486"),)))
    assert other.entries[0].gaps[0].bridge.duration == "2 à 5 jours"  # type: ignore[union-attr]


def test_driver_qualification_is_a_short_training(ref: FakeReference) -> None:
    job = JobSpec.from_audit(*picker_job_inputs(), reference=ref)
    bridge = bridge_for(certification_criterion("FIMO marchandises"), person("a"), job, BridgePolicy(), TODAY)
    assert bridge is not None and "code 95" in bridge.label and bridge.duration == "4 à 7 semaines"


def test_candidate_ids_filter_is_a_coach_caseload(ref: FakeReference) -> None:
    people = [person("a", isp_operator_id="forem"), person("b", isp_operator_id="forem"), person("c")]
    s = run(ref, people, candidate_ids=["b", "c", "unknown"])
    assert {e.candidate_id for e in s.entries} == {"b", "c"} and s.pool_size == 2
    both = run(ref, people, candidate_ids=["b", "c"], operator_id="forem")
    assert [e.candidate_id for e in both.entries] == ["b"] and both.pool_size == 1
    none = run(ref, people, candidate_ids=[])
    assert none.entries == () and none.local_pool == 0


def test_policies_reject_impossible_settings() -> None:
    from matching.errors import MatchingInputError
    from matching.policy import ScoringWeights

    for bad in (0, -0.1, 1.5):
        with pytest.raises(MatchingInputError, match="bucket_width"):
            PriorityPolicy(bucket_width=bad)
    with pytest.raises(MatchingInputError, match="weights"):
        ScoringWeights(skills=0, experience=0, language=0, interest=0)


def test_one_bucket_means_priority_first(ref: FakeReference) -> None:
    strong = person("strong", experience={"N1103": 24}, certifications=frozenset({"VCA"}), education=Education(5),
                    registration_date=date(2026, 2, 1))
    weak = person("weak", education=Education(0), registration_date=date(2020, 1, 1))
    ranked = run(ref, [strong, weak], priority=PriorityPolicy(bucket_width=1.0))
    assert [e.candidate_id for e in ranked.entries] == ["weak", "strong"]
