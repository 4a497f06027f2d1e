"""Counterfactual exclusion on a tiny pool whose figures are computed by hand below."""

from __future__ import annotations

from matching_fixtures import FakeReference, person, picker_job_inputs, req

from matching.exclusion import _fr_int, exclusion_report
from matching.index import CandidateIndex
from matching.job import JobSpec
from matching.profile import Availability, Education


def _job(ref: FakeReference) -> JobSpec:
    stated = (req("diploma", text="CESS", eqf_level=4), req("experience", years=2), req("certification", code="VCA"))
    real = (req("certification", code="VCA"), req("language", language="fr", cefr="A2"))
    return JobSpec.from_audit(*picker_job_inputs(stated=stated, real=real), reference=ref)


# Stated: CESS + 2 years + VCA. Real: VCA + French A2 (VCA bridgeable in one day). Post: 38 h a week.
POOL = [
    # P1 meets everything.
    person("p1", education=Education(4), experience={"N1103": 24}, certifications=frozenset({"VCA"})),
    # P2 meets the real post only (no diploma, no experience).
    person("p2", education=Education(2), certifications=frozenset({"VCA"})),
    # P3 experienced, no diploma, no VCA: capable with a bridge.
    person("p3", education=Education(2), experience={"N1103": 30}),
    # P4 would qualify on paper but can only work 19 h: not capable, and excluded by both.
    person("p4", education=Education(4), experience={"N1103": 24}, certifications=frozenset({"VCA"}),
           availability=Availability(weekly_hours=19)),
    # P5: 48 months as manutentionnaire (related: 24 effective months) -> meets "2 years"; no diploma, no VCA.
    person("p5", education=Education(1), experience={"N1105": 48}),
    # P6 lives in Ghent: outside the local pool.
    person("p6", home_postal_code="9000", education=Education(4), experience={"N1103": 24},
           certifications=frozenset({"VCA"})),
]


def test_exclusion_figures_by_hand(ref: FakeReference) -> None:
    r = exclusion_report(CandidateIndex.build(POOL), _job(ref), reference=ref, min_disclosed_pool=5)
    assert r.local_pool == 5  # P1..P5
    assert r.excluded_by_stated == 4  # all but P1
    assert r.excluded_by_real == 3  # P3, P4, P5 (no VCA today, or 19 h)
    assert r.excluded_by_real_with_bridges == 1  # only P4
    assert r.capable == 4 and r.capable_without_bridges == 2
    assert r.capable_excluded_by_stated == 3  # P2, P3, P5
    assert r.capable_without_bridges_excluded_by_stated == 1  # P2
    assert r.share_excluded_by_stated == 0.8 and r.share_of_capable_excluded_by_stated == 0.75
    costs = [(c.requirement, c.excluded, c.only_this, c.also_real) for c in r.costs]
    assert costs == [
        ("Diplôme : CESS (CEC 4)", 3, 0, False),  # P2, P3, P5; each also fails another stated requirement
        ("Certificat : VCA", 2, 0, True),  # P3, P5 (closed by a one-day course)
        ("Expérience : 2 ans dans le métier", 1, 0, False),  # P2
    ]
    assert r.sentence == (
        "Ces 3 exigences écartent 75 % des 4 chercheurs d'emploi à moins de 45 minutes qui peuvent faire le travail."
    )
    assert r.disclosable and r.for_employer()["capable"] == 4


def test_only_this_counts_people_a_single_requirement_shuts_out(ref: FakeReference) -> None:
    pool = [person("x", education=Education(2), experience={"N1103": 24}, certifications=frozenset({"VCA"}))]
    r = exclusion_report(CandidateIndex.build(pool), _job(ref), reference=ref, min_disclosed_pool=1)
    assert [(c.requirement, c.excluded, c.only_this) for c in r.costs] == [("Diplôme : CESS (CEC 4)", 1, 1)]
    assert r.sentence == (
        "Cette exigence écarte 100 % des 1 chercheurs d'emploi à moins de 45 minutes qui peuvent faire le travail."
    )


def test_small_pools_are_not_disclosed_to_the_employer(ref: FakeReference) -> None:
    r = exclusion_report(CandidateIndex.build(POOL), _job(ref), reference=ref)  # default floor: 10 people
    assert not r.disclosable
    assert r.for_employer() == {
        "disclosable": False,
        "sentence": "Moins de 10 chercheurs d'emploi à moins de 45 minutes de Liège : chiffres non publiés pour "
                    "protéger les personnes.",
        "radius_minutes": 45,
    }


def test_empty_and_unreachable_pools_give_an_explained_zero(ref: FakeReference) -> None:
    job = _job(ref)
    empty = exclusion_report(CandidateIndex.build([]), job, reference=ref)
    assert empty.local_pool == 0 and empty.capable == 0 and empty.costs == ()
    assert empty.sentence.startswith("Aucun chercheur d'emploi du vivier n'habite à moins de 45 minutes de Liège")
    far = exclusion_report(CandidateIndex.build([POOL[5]]), job, reference=ref)
    assert far.local_pool == 0 and far.sentence == empty.sentence


def test_nobody_excluded_and_nobody_capable_sentences(ref: FakeReference) -> None:
    job = _job(ref)
    ok = exclusion_report(CandidateIndex.build([POOL[0]]), job, reference=ref, min_disclosed_pool=1)
    assert ok.sentence == ("Les exigences de l'annonce n'écartent aucun des 1 chercheurs d'emploi à moins de "
                           "45 minutes qui peuvent faire le travail.")
    nobody = exclusion_report(CandidateIndex.build([POOL[3]]), job, reference=ref, min_disclosed_pool=1)
    assert nobody.capable == 0 and nobody.sentence.startswith("Aucun des 1 chercheurs d'emploi")


def test_french_thousands() -> None:
    assert _fr_int(1240) == "1 240" and _fr_int(1_000_000) == "1 000 000" and _fr_int(12) == "12"


def test_alternatives_count_as_one_requirement(ref: FakeReference) -> None:
    # "CESS ou 2 ans d'expérience": P3 (30 months, no CESS) meets it; P2 (neither) does not.
    stated = (req("diploma", text="CESS", eqf_level=4, alternative_group=1),
              req("experience", years=2, alternative_group=1))
    real = (req("language", language="fr", cefr="A2"),)
    job = JobSpec.from_audit(*picker_job_inputs(stated=stated, real=real), reference=ref)
    r = exclusion_report(CandidateIndex.build(POOL[:3]), job, reference=ref, min_disclosed_pool=1)
    assert r.capable == 3 and r.capable_excluded_by_stated == 1  # P2 only
    assert [(c.requirement, c.excluded) for c in r.costs] == [
        ("Diplôme : CESS (CEC 4) ou Expérience : 2 ans dans le métier", 1)
    ]
