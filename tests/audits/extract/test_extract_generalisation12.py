"""Fourth generalisation round (issue 4), experience, languages and strength: general classes read on the IT samples
up to the eleventh — English requirement sentences inside French ads, past work whatever its noun, the sector a
candidate comes from, a job board's form block — tested with sentences written for the test (no offer text) and with
look-alikes that must not change."""

from typing import Any

import pytest
from extract_helpers import of_kind

# A French opening so that the ad is read as French even when its profile lines are in English.
_FR = (
    "Notre entreprise de transport basée à Namur renforce son équipe. Vous rejoindrez une équipe soudée et "
    "travaillerez sur des projets variés avec nos clients.\nProfil recherché :\n"
)


def _experience(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, str]]:
    return [(r["text"], r["years"], r["strength"]) for r in of_kind(reqs, "experience")]


# --- English requirement sentences inside a French ad -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("At least 4 years of experience as a warehouse supervisor.", [("4 years of experience", 4.0, "required")]),
        (
            "Minimum 2 years of professional experience, ideally in the food industry.",
            [("Minimum 2 years of professional experience", 2.0, "required"), ("ideally in the food industry", None, "preferred")],
        ),
        ("6 months as an intern in accounting.", [("6 months as", 0.5, "required")]),
    ],
)
def test_english_durations_and_ideals(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    got = _experience(run(_FR + line))
    assert [(y, s) for _t, y, s in got] == [(y, s) for _t, y, s in expected]
    for (t, _y, _s), (want, _wy, _ws) in zip(got, expected, strict=True):
        assert want in t or t in want


def test_english_plus_is_preferred(run: Any) -> None:
    got = _experience(run(_FR + "Experience with SAP is a plus."))
    assert [s for _t, _y, s in got] == ["preferred"]


# --- past work asked of the candidate, whatever its noun -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez réalisé des inventaires en entrepôt.",
        "Vous avez conduit plusieurs chantiers de rénovation.",
        "Vous avez mené des audits énergétiques.",
    ],
)
def test_past_work_any_noun(run: Any, line: str) -> None:
    got = _experience(run(_FR + line))
    assert len(got) == 1 and got[0][0].startswith("Vous avez") and got[0][1] is None


@pytest.mark.parametrize(
    "line",
    [
        "Vous réalisez des inventaires en entrepôt.",  # the job's task, in the present
        "Vous avez réalisé des études de comptabilité.",  # studies: the diploma's, not experience
    ],
)
def test_past_work_look_alikes(run: Any, line: str) -> None:
    assert _experience(run(_FR + line)) == []


def test_past_work_stops_before_the_next_clause(run: Any) -> None:
    got = _experience(run(_FR + "Vous avez déjà participé à un projet ERP et vous avez une première expérience en achats."))
    assert [t for t, _y, _s in got] == ["Vous avez déjà participé à un projet ERP", "première expérience"]


# --- the sector the candidate comes from -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Vous êtes issu(e) de la grande distribution ou de la logistique.", "Vous êtes issu(e) de la grande distribution ou de la logistique"),
        ("Vous êtes issue de l'hôtellerie et vous aimez le contact.", "Vous êtes issue de l'hôtellerie"),
    ],
)
def test_sector_background(run: Any, line: str, span: str) -> None:
    assert [t for t, _y, _s in _experience(run(_FR + line))] == [span]


@pytest.mark.parametrize(
    "line",
    ["Vous êtes issue d'une école de commerce.", "Vous êtes issu de la région liégeoise.", "Vous êtes issu(e) de formation technique."],
)
def test_sector_background_look_alikes(run: Any, line: str) -> None:
    assert _experience(run(_FR + line)) == []


# --- a job board's form block ----------------------------------------------------------------------------------------

_FORM = (
    "Référence\nA-123\nType de contrat\nCDI\nIntitulé du poste\nGestionnaire de paie Senior H/F\n"
    "Description de la mission\nVous gérez la paie de nos clients.\nCritères candidat\n"
    "Niveau d'expérience dans la fonction\nConfirmé (3 à 5 ans d'expérience)\nLangues\nNéerlandais (Intermediaire)"
)


def test_form_block(run: Any) -> None:
    reqs = run(_FORM, title="Gestionnaire de paie Senior H/F")
    got = [(r["field"], r["text"], r["years"]) for r in of_kind(reqs, "experience")]
    assert got == [
        ("title", "Senior", None),
        ("description", "Senior", None),  # the title restated under its label
        ("description", "Confirmé (3 à 5 ans d'expérience)", 3.0),  # the grade glossed by its years: one item
    ]
    assert [(r["language"], r["cefr"]) for r in of_kind(reqs, "language")] == [("nl", None)]


def test_form_label_with_a_value_on_its_line(run: Any) -> None:
    got = _experience(run(_FR + "Niveau d'expérience : 2 ans minimum"))
    assert [y for _t, y, _s in got] == [2.0]


def test_senior_in_a_mission_sentence_stays_unread(run: Any) -> None:
    # the guide: a mission sentence names the post, it asks nothing
    assert _experience(run(_FR + "En tant que comptable senior, vous superviserez la clôture.")) == []



@pytest.mark.parametrize(
    "line", ["* Quelques années d'expérience démontrant une bonne maîtrise d'Excel.", "Vous avez quelques années d'expérience en vente."]
)
def test_a_few_years_is_an_experience(run: Any, line: str) -> None:
    got = _experience(run(_FR + line))
    assert len(got) == 1 and "expérience" in got[0][0] and got[0][1] is None


def test_a_few_years_of_the_company_is_not(run: Any) -> None:
    assert _experience(run(_FR + "Depuis quelques années, notre société grandit.")) == []


# --- a language whose level noun is parted from it ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Maîtrise (écrite et orale) du néerlandais et de l'anglais.", [("nl", "B2"), ("en", "B2")]),
        ("Maîtrise écrite et orale du néerlandais.", [("nl", None)]),
    ],
)
def test_level_noun_parted_from_the_language(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert [(r["language"], r["cefr"]) for r in of_kind(run(_FR + line), "language")] == expected


def test_language_of_a_thing_stays_unread(run: Any) -> None:
    assert of_kind(run(_FR + "Vous préparez la présentation orale du rapport."), "language") == []
