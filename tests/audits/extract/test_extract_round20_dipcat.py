"""Round 20, the diploma catalogue by family (from the eighth and ninth written batches' errors, generalised): the
Diplôme d'État abbreviated "DE" before every profession and preposition, the puériculture DE at 6, the mention
complémentaire with its speciality (level 4 for the post-bac ones), the BEP and bac pro speciality acronyms alone or
listed, the DU/DIU named by a field without a preposition, DJCE, PharmD, ENADEP, business schools by acronym among
diplomas, the old Roman levels with a cue, the end-of-collège level; the "no diploma" family in more frames (set
aside for what counts, after any bullet sign, as the last alternative, welcomed with a field, the indifference then
its list); care acronyms naming colleagues. Each family has look-alikes that must not fire. Sentences written for the
test (no offer text); offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def diplomas(run: Any, line: str) -> list[tuple[str, Any, Any]]:
    return [(r["text"], r["eqf_level"], r["strength"]) for r in of_kind(run(HEAD + line), "diploma")]


def texts(run: Any, line: str) -> list[str]:
    return [t for t, _l, _s in diplomas(run, line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the DE abbreviated before the profession, every preposition and profession
        ("- DE d'infirmier exigé", [("DE d'infirmier", 6)]),
        ("- Titulaire du DE infirmier", [("DE infirmier", 6)]),
        ("- DE en soins infirmiers obligatoire", [("DE en soins infirmiers", 6)]),
        ("- DE d'éducateur de jeunes enfants requis", [("DE d'éducateur de jeunes enfants", 6)]),
        ("- DE de puéricultrice ou diplôme d'État de puériculture", [("DE de puéricultrice", 6), ("diplôme d'État de puériculture", 6)]),
        ("- Titulaire du DE d'assistant de service social", [("DE d'assistant de service social", 6)]),
        ("- DE de conseiller en économie sociale familiale", [("DE de conseiller en économie sociale familiale", 6)]),
        ("- DE d'accompagnant éducatif et social exigé", [("DE d'accompagnant éducatif et social", 3)]),
        ("- DE TISF exigé", [("DE TISF", 4)]),
        # mention complémentaire with its speciality, its level by the speciality
        ("- Mention complémentaire aide à domicile", [("Mention complémentaire aide à domicile", 3)]),
        ("- Une MC boulangerie spécialisée est un plus", [("MC boulangerie", 3)]),
        ("- MC accueil-réception appréciée", [("MC accueil-réception", 4)]),
        ("- MENTION COMPLÉMENTAIRE AÉRONAUTIQUE EXIGÉE", [("MENTION COMPLÉMENTAIRE AÉRONAUTIQUE", 4)]),
        # BEP and bac pro specialities
        ("- BEP ASSP ou Bac pro ASSP", [("BEP ASSP", 3), ("Bac pro ASSP", 4)]),
        ("- Bac pro TMSEC / MFER exigé", [("Bac pro TMSEC", 4), ("MFER", 4)]),
        ("- Titulaire d'un MELEC ou équivalent", [("MELEC", 4)]),
        ("- Diplôme : CAP ou SAPAT", [("CAP", 3), ("SAPAT", 4)]),
        ("- BAC PRO MEI / MELEC ou BTS MS", [("BAC PRO MEI", 4), ("MELEC", 4), ("BTS MS", 5)]),
        # DU / DIU by field, no preposition
        ("- Le DU plaies et cicatrisation est un atout", [("DU plaies et cicatrisation", None)]),
        ("- Un DIU soins palliatifs serait apprécié", [("DIU soins palliatifs", None)]),
        ("- DU soins palliatifs ou plaies et cicatrisation : un plus", [("DU soins palliatifs", None)]),
        # named diplomas and schools
        ("- Master 2 en droit social (ou DJCE) impératif", [("Master 2 en droit social", 7), ("DJCE", 7)]),
        ("- PhD or PharmD required", [("PhD", 8), ("PharmD", 7)]),
        ("- DSCG, Master CCA ou ESC exigé", [("DSCG", 7), ("Master CCA", 7), ("ESC", 7)]),
        ("- Diplômé d'une école de commerce (HEC, ESSEC)", None),
        ("- BTS SAM OU DIPLÔME ENADEP OU LICENCE EN DROIT", [("BTS SAM", 5), ("DIPLÔME ENADEP", 5), ("LICENCE EN DROIT", 6)]),
        # levels
        ("- Niveau IV minimum en maintenance", [("Niveau IV", 4)]),
        ("- niveau V exigé", [("niveau V", 3)]),
        ("- Niveau 3ème minimum", [("Niveau 3ème", 2)]),
        ("- niveau brevet des collèges", [("niveau brevet des collèges", 2)]),
    ],
)
def test_catalogue_entries(run: Any, line: str, expected: list[tuple[str, Any]] | None) -> None:
    got = [(t, lvl) for t, lvl, _s in diplomas(run, line)]
    if expected is None:
        assert got and all(lvl == 7 for _t, lvl in got)
        return
    for item in expected:
        assert any(t.startswith(item[0]) or item[0].startswith(t) for t, _l in got if _l == item[1]), (item, got)


@pytest.mark.parametrize(
    "line",
    [
        "- RESPONSABLE DU SERVICE COMMERCIAL, poste basé à Lyon",
        "- Appuyez sur ESC pour quitter l'écran de saisie",
        "- Chapitre V (voir le règlement intérieur)",
        "- Vous assurez les transmissions avec l'IDE de nuit",
        "- Poste de nuit en 12h (2 IDE + 4 AS)",
        "- Une mention spéciale pour notre équipe",
    ],
)
def test_catalogue_lookalikes(run: Any, line: str) -> None:
    assert texts(run, line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("✅ Pas de diplôme, pas de CV, juste ta motivation !", "Pas de diplôme"),
        ("👉 Aucun diplôme : on te forme", "Aucun diplôme"),
        ("- Ce qui compte : ton code, pas ton diplôme", "pas ton diplôme"),
        ("- On ne regarde pas ton diplôme", "On ne regarde pas ton diplôme"),
        ("- Nous ne regardons pas les diplômes mais la motivation", "Nous ne regardons pas les diplômes"),
        ("- On recrute sur la motivation, pas sur le diplôme", "pas sur le diplôme"),
        ("- Ta motivation plutôt que ton diplôme", "plutôt que ton diplôme"),
        ("- Un passionné sans diplôme agricole nous intéresse aussi", "sans diplôme agricole"),
        ("- Une personne sans qualification en cuisine peut aussi postuler", "sans qualification en cuisine"),
        ("- CAP cuisine ou sans diplôme, nous vous formons", "sans diplôme"),
        ("- Aucune qualification : nous vous formons", "Aucune qualification"),
    ],
)
def test_no_diploma_frames(run: Any, line: str, expected: str) -> None:
    got = diplomas(run, line)
    assert (expected, None, "optional") in got, got


def test_indifference_then_its_list_is_optional(run: Any) -> None:
    got = diplomas(run, "- Avec ou sans diplôme : DEAES, BEP ASSP ou aucune qualification, nous vous formons")
    assert ("DEAES", 3, "optional") in got and ("BEP ASSP", 3, "optional") in got and ("aucune qualification", None, "optional") in got, got


def test_plain_no_diploma_after_a_named_one_is_kept(run: Any) -> None:
    got = diplomas(run, "- CAP cuisine apprécié. Pas de diplôme demandé pour le poste de plonge")
    assert ("Pas de diplôme demandé", None, "optional") in got, got


def test_lowest_level_accepted_is_optional(run: Any) -> None:
    assert ("Niveau 3ème", 2, "optional") in diplomas(run, "- Niveau 3ème accepté, savoir lire les consignes")
    assert ("Niveau 3ème", 2, "required") in diplomas(run, "- Niveau 3ème exigé")


def test_bac_pro_acronym_after_comma_or_in_brackets_is_no_new_item(run: Any) -> None:
    assert texts(run, "- Un Bac pro industriel (PSPA, conducteur de lignes) est un plus").count("PSPA") == 0
    assert "MSPC" not in texts(run, "- Tu as un Bac Pro MELEC, MSPC ou un BTS")


@pytest.mark.parametrize(
    "line",
    [
        "- Nous accompagnons des jeunes, pas de diplôme, pas d'emploi, vers l'insertion",
        "- Public : jeunes peu qualifiés ou sans diplôme",
        "- Nous accueillons des jeunes sans diplôme qui sont les bienvenus dans nos ateliers",
        "- Peu importe ton diplôme, école d'ingé, fac ou autodidacte",
        "- Bachelier en marketing idéalement, mais ton parcours compte plus que ton diplôme",
    ],
)
def test_no_diploma_lookalikes(run: Any, line: str) -> None:
    got = diplomas(run, line)
    assert all(lvl is None and s == "optional" for _t, lvl, s in got if not _t.startswith("Bachelier")) and len(got) <= 1, got
    if "jeunes" in line:
        assert got == []
