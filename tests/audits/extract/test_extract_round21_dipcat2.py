"""Round 21, French and international diploma entries by family (from the tenth and eleventh written batches' errors,
generalised): grandes écoles, business schools, IEP/ENS/IAE named as the degree (in a bracket or a list after a degree,
after a degree cue, in capitals), never the staff's, a teacher's or a partner's school nor the Belgian CESI alone; former
titles said to be accepted; the architect's DE without the HMONP; the dotted D.E. of the kiné; aides-soignants diplômés
in the plural and in capitals; the doctorate named by a held thesis or "(Docteur H/F)", not the post-doctorat; the BP
by its speciality acronym or bare in a list of diplomas. Sentences written for the test (no offer text); offsets are
checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def diplomas(run: Any, line: str, title: str = "Poste (H/F)") -> list[tuple[str, Any]]:
    return [(r["text"], r["eqf_level"]) for r in of_kind(run(HEAD + line, title=title), "diploma")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # schools in a bracket after an engineer's degree or school, each an item at 7
        ("- Diplôme d'ingénieur génie civil (ESTP, INSA, CESI...) ou Master", ["ESTP", "INSA", "CESI"]),
        ("Bac+5 en statistiques ou école d'ingénieurs (ENSAI, ENSAE, ISUP…).", ["ENSAI", "ENSAE", "ISUP"]),
        ("DIPLÔME D'INGÉNIEUR (MINES, CENTRALE, SUPÉLEC) EXIGÉ", ["MINES", "CENTRALE", "SUPÉLEC"]),
        ("Bac+5 (HEC, ESCP, Dauphine ou université).", ["HEC", "ESCP", "Dauphine"]),
        # after a list separator following a degree
        ("Formation supérieure en RH (Bac+5, master GRH ou IAE).", ["IAE"]),
        # after a school word and "type"
        ("Profil : issu·e d'une école de commerce type NEOMA, KEDGE ou SKEMA.", ["NEOMA", "KEDGE", "SKEMA"]),
        ("Formation : école d'ingénieur type ENSAM ou équivalent", ["ENSAM"]),
    ],
)
def test_named_schools_listed(run: Any, line: str, expected: list[str]) -> None:
    found = diplomas(run, line)
    for school in expected:
        assert (school, 7) in found, found


@pytest.mark.parametrize(
    "line",
    [
        "Vous êtes diplômé(e) de l'ESSEC ou d'une école équivalente.",
        "Master 2 en finance ou diplômé(e) de Sciences Po.",
    ],
)
def test_school_after_degree_cue_gives_level_7(run: Any, line: str) -> None:
    found = diplomas(run, line)
    assert any(level == 7 and ("ESSEC" in text or "Sciences Po" in text) for text, level in found), found


@pytest.mark.parametrize(
    "line",
    [
        "Notre équipe compte 3 ingénieurs diplômés de l'INSA et 2 techniciens.",
        "Fondée par une ancienne prof de l'ESSEC, notre start-up recrute.",
        "Nous travaillons en partenariat avec l'EDHEC et l'ESSEC.",
        "Nos bureaux sont à côté de l'INSA Lyon. Bac+2 exigé.",
        "La centrale d'achat, les mines de sel ou les Ponts.",
    ],
)
def test_schools_not_asked(run: Any, line: str) -> None:
    found = [text for text, _level in diplomas(run, line)]
    assert not any(s in " ".join(found) for s in ("INSA", "ESSEC", "EDHEC", "centrale", "mines", "Ponts")), found


def test_belgian_cesi_alone_keeps_its_level(run: Any) -> None:
    assert diplomas(run, "CESI minimum ou réussite d'un test.") == [("CESI", 2)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Titulaire du DEAES (ex-DEAMP/DEAVS acceptés).", ["DEAES", "DEAMP", "DEAVS"]),
        ("DE AES exigé (anciens DEAVS ou DEAMP également admis)", ["DE AES", "DEAVS", "DEAMP"]),
    ],
)
def test_former_titles_accepted(run: Any, line: str, expected: list[str]) -> None:
    assert [t for t, _l in diplomas(run, line)] == expected


def test_former_title_named_in_passing_is_not_an_item(run: Any) -> None:
    assert [t for t, _l in diplomas(run, "Titulaire du DEAES (ex-DEAMP).")] == ["DEAES"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vous êtes architecte diplômé(e) d'État (DEA) et titulaire de l'HMONP.", [("architecte diplômé(e) d'État (DEA)", 7)]),
        ("Architectes diplômés d'état bienvenus.", [("Architectes diplômés d'état", 7)]),
        ("D.E. de Masseur-Kinésithérapeute obligatoire", [("D.E. de Masseur-Kinésithérapeute", 7)]),
        ("DE de masseur-kinésithérapeute exigé", [("DE de masseur-kinésithérapeute", 7)]),
        ("RECHERCHONS AIDES-SOIGNANTS DIPLOMES POUR MISSIONS EN CLINIQUE", [("AIDES-SOIGNANTS DIPLOMES", 4)]),
        ("Nous recherchons des aides-soignantes diplômées.", [("aides-soignantes diplômées", 4)]),
        ("CAP Monteur en installations thermiques, BP MIT ou expérience", [("CAP", 3), ("BP MIT", 4)]),
        ("BP IOSMC exigé.", [("BP IOSMC", 4)]),
    ],
)
def test_named_titles(run: Any, line: str, expected: list[tuple[str, int]]) -> None:
    assert diplomas(run, line) == expected


def test_hmonp_is_no_diploma(run: Any) -> None:
    assert not any("HMONP" in t for t, _l in diplomas(run, "Titulaire de l'HMONP.", title="Architecte HMONP (H/F)"))


@pytest.mark.parametrize("line", ["CAP MIT / CAP monteur sanitaire, BP ou Bac pro TMSEC.", "CAP, BP / BTM exigés"])
def test_bare_bp_in_a_list(run: Any, line: str) -> None:
    assert ("BP", 4) in diplomas(run, line)


@pytest.mark.parametrize("line", ["Contact : BP 1234, 75000 Paris.", "Notre client BP SA recrute.", "Les HR BP de l'équipe."])
def test_bp_lookalikes(run: Any, line: str) -> None:
    assert not any(t.startswith("BP") for t, _l in diplomas(run, line))


def test_thesis_and_doctor_title(run: Any) -> None:
    found = diplomas(
        run,
        "Titulaire d'un doctorat en mécanique, vous avez idéalement effectué un post-doctorat. Une thèse portant sur "
        "les composites sera appréciée. Vous pourrez co-encadrer une thèse CIFRE et préparer une thèse sur un sujet.",
        title="Ingénieur de recherche (Docteur H/F)",
    )
    assert found == [("Docteur", 8), ("doctorat", 8), ("thèse", 8)], found
