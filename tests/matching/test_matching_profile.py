from __future__ import annotations

from dataclasses import replace

import pytest
from matching_fixtures import FakeReference, person

from matching.errors import (
    InvalidCefrLevelError,
    MatchingInputError,
    UnknownCompetenceCodeError,
    UnknownPostalCodeError,
    UnknownRomeCodeError,
)
from matching.profile import Mobility, normalise_skills, prepare_profile, validate_profile
from matching.vocab import cefr_rank


def test_valid_profile_is_canonicalised(ref: FakeReference) -> None:
    p = person("a", licences=frozenset({"permis b"}), certifications=frozenset({"b-VCA", "secouriste"}),
               languages={"fr": "c1", "NL": "A2"})
    v = validate_profile(p, ref)
    assert v.licences == frozenset({"B"})
    assert v.certifications == frozenset({"VCA", "SST"})
    assert v.languages == {"fr": "C1", "nl": "A2"}
    assert validate_profile(replace(p, home_postal_code=f" {p.home_postal_code} "), ref).home_postal_code == (
        p.home_postal_code
    )


@pytest.mark.parametrize(
    ("change", "error", "field"),
    [
        ({"experience": {"X9999": 12}}, UnknownRomeCodeError, "experience[X9999]"),
        ({"desired_rome_codes": ("Z0000",)}, UnknownRomeCodeError, "desired_rome_codes"),
        ({"skills": frozenset({"999999"})}, UnknownCompetenceCodeError, "skills"),
        ({"languages": {"fr": "B3"}}, InvalidCefrLevelError, "languages[fr]"),
        ({"languages": {"fr": "D1"}}, InvalidCefrLevelError, "languages[fr]"),
        ({"languages": {"french": "B1"}}, MatchingInputError, "languages"),
        ({"home_postal_code": "75001"}, UnknownPostalCodeError, "home_postal_code"),
        ({"home_postal_code": 4000}, UnknownPostalCodeError, "home_postal_code"),
        ({"home_postal_code": None}, UnknownPostalCodeError, "home_postal_code"),
        ({"home_postal_code": ["4000"]}, UnknownPostalCodeError, "home_postal_code"),
        ({"licences": frozenset({"Z"})}, MatchingInputError, "licences"),
        ({"experience": {"N1103": -3}}, MatchingInputError, "experience[N1103]"),
        ({"mobility": Mobility(max_commute_minutes=0)}, MatchingInputError, "mobility.max_commute_minutes"),
        ({"mobility": Mobility(mode="bike")}, MatchingInputError, "mobility.mode"),  # type: ignore[arg-type]
    ],
)
def test_bad_profiles_get_a_french_error_naming_the_field(
    ref: FakeReference, change: dict[str, object], error: type[Exception], field: str
) -> None:
    with pytest.raises(error) as err:
        validate_profile(replace(person("a"), **change), ref)  # type: ignore[arg-type]
    assert isinstance(err.value, ValueError)
    assert err.value.field == field  # type: ignore[attr-defined]
    assert str(err.value).startswith(field + " : ")


def test_cefr_levels() -> None:
    assert [cefr_rank(x, "f") for x in ("A1", "a2", " B1 ", "B2", "C1", "C2")] == [1, 2, 3, 4, 5, 6]
    for bad in ("B3", "D1", "", "C"):
        with pytest.raises(InvalidCefrLevelError, match="niveau CECRL impossible"):
            cefr_rank(bad, "f")


def test_free_text_skills_are_normalised_at_save_time(ref: FakeReference) -> None:
    norm = normalise_skills(["préparer les commandes", "Conduire un chariot elevateur", "astrophysique", " "], ref)
    assert norm.codes == frozenset({"100001", "100006"})
    assert norm.unmatched == ("astrophysique",)
    assert all(score >= 85 for *_x, score in norm.matches)
    saved, report = prepare_profile(person("a", skills=frozenset({"100003"})), ["préparer les commandes"], ref)
    assert saved.skills == frozenset({"100001", "100003"})
    assert report.unmatched == ()


def test_occupation_hint_is_preferred_for_ambiguous_text(ref: FakeReference) -> None:
    # "charger et décharger des marchandises" is a competence of both N1105 and N1101: same code either way,
    # but the hint path must be used and still resolve.
    norm = normalise_skills(["charger et décharger les marchandises"], ref, rome_codes_hint=["N1101"])
    assert norm.codes == frozenset({"100005"})


def test_index_build_names_the_candidate_with_bad_data() -> None:
    from matching.index import CandidateIndex

    with pytest.raises(UnknownPostalCodeError) as err:
        CandidateIndex.build([person("ok"), person("bad", home_postal_code="59000")])
    assert err.value.field == "candidats[bad].home_postal_code"
    with pytest.raises(InvalidCefrLevelError) as err2:
        CandidateIndex.build([person("x", languages={"nl": "B3"})])
    assert err2.value.field == "candidats[x].languages[nl]"
