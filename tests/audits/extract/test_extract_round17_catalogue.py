"""Round 17, diplomas: the catalogue of named diploma titles (data/diploma_titles.json), written from the public French
and Belgian nomenclatures rather than from one batch's errors — BTS/DUT/BUT/Bac pro/CAP specialities by acronym, the State
diplomas and certificates of health and social work the table lacked, youth-and-sports and accounting titles, DIU/LLM/old
university degrees, masters of trades and arts, the informal "ingé", and the Belgian 6th/7th years and apprenticeship
titles. Sentences written for the test (variants of each family, no offer text), with look-alikes that must give nothing:
acronyms that are also words, numerals, language models or devices."""

import json
from pathlib import Path
from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, levels

from audits.extract.recognizers.diploma import load_terms

CATALOGUE = Path(__file__).resolve().parents[3] / "audits" / "extract" / "data" / "diploma_titles.json"


def test_catalogue_format() -> None:
    # Round 17: same entry format as diplomas.json, a source for the file and a reason for each entry
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    assert "catalogue" in data["source"]
    for e in data["diplomas"]:
        assert set(e) <= {"code", "pattern", "eqf", "isced", "why", "needs_context", "case_sensitive"}, e
        assert e["why"] and e["code"] and e["pattern"], e
        assert e["eqf"] is None or 1 <= e["eqf"] <= 8, e
    assert len(load_terms(data["diplomas"])) == len(data["diplomas"])  # every pattern compiles


# --- French higher technician and IUT diplomas by speciality acronym ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Titulaire d'un BTS MCO.", [("BTS MCO", 5)]),
        ("- BTS SIO SLAM exigé.", [("BTS SIO SLAM", 5)]),
        ("- BTSA ACSE ou équivalent.", [("BTSA ACSE", 5)]),
        # old names of the same courses (MUC, NRC, AM)
        ("- BTS MUC ou BTS AM.", [("BTS MUC", 5), ("BTS AM", 5)]),
        # a second speciality after the first: a diploma of its own (the golds' reading)
        ("- Bac+2 (BTS NDRC, MCO) minimum.", [("Bac+2", 5), ("BTS NDRC", 5), ("MCO", 5)]),
        ("- BTS MCO/NDRC souhaité.", [("BTS MCO", 5), ("NDRC", 5)]),
        # the acronyms only BTS titles use, after a diploma word
        ("- Formation Bac+2 NDRC ou GPME.", [("Bac+2", 5), ("NDRC", 5), ("GPME", 5)]),
        # the list goes on after a speciality only a BTS has
        ("- Bac+2 commercial (NDRC, MCO…) ou expérience.", [("Bac+2", 5), ("NDRC", 5), ("MCO", 5)]),
        # DUT (5) and BUT (6) by their IUT speciality, with an option
        ("- DUT GEA ou BUT GEA.", [("DUT GEA", 5), ("BUT GEA", 6)]),
        ("- BUT GEA option GRH apprécié.", [("BUT GEA option GRH", 6)]),
        ("- DUT GEII, GMP ou équivalent.", [("DUT GEII", 5), ("GMP ou équivalent", 5)]),
    ],
)
def test_bts_dut_but_specialities(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # IT's "MCO" (maintien en condition opérationnelle), the roman numeral CI, "TC" and "AM" as other words
        "- Vous assurez le MCO des applications et le support N2.",
        "- Chapitre CI de la convention collective.",
        "- Horaires : 8h AM à 5h PM, TC bienvenu.",
        # a course the hire will follow is not asked (the bare acronym must not stay behind)
        "- Alternance BTS NDRC ou MCO avec notre CFA partenaire.",
        "- Vous préparerez le BTS NDRC en deux ans.",
    ],
)
def test_speciality_lookalikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


# --- Bac pro, CAP, mentions complémentaires, BP JEPS by acronym -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bac pro CGEA ou BPREA.", [("Bac pro CGEA", 4), ("BPREA", 4)]),
        ("- Bac pro TMSEC exigé.", [("Bac pro TMSEC", 4)]),
        ("- CAP AEPE obligatoire.", [("CAP AEPE", 3)]),
        ("- Vous êtes titulaire de l'AEPE.", [("AEPE", 3)]),
        ("- CAPA SAPVER ou expérience.", [("CAPA SAPVER", 3)]),
        ("- DEAES, MCAD ou titre pro ADVF.", [("DEAES", 3), ("MCAD", 3), ("titre pro ADVF", 3)]),
        ("- BPJEPS AAN exigé.", [("BPJEPS AAN", 4)]),
        ("- BAPAAT ou BEATEP.", [("BAPAAT", 3), ("BEATEP", 4)]),
        # titres professionnels written "TP <acronym>", and the unambiguous acronyms after a diploma word
        ("- TP DWWM ou équivalent.", [("TP DWWM", 5)]),
        ("- TP CDA apprécié.", [("TP CDA", 6)]),
        ("- Titulaire du TSSR.", [("TSSR", 5)]),
    ],
)
def test_vocational_titles_by_acronym(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_team_cap_not_asked(run: Any) -> None:
    # the team's CAP AEPE (people around the post) gives nothing, nor its bare acronym
    line = "- L'équipe est composée d'agents titulaires du CAP AEPE."
    assert levels(run, PROFILE_HEAD + line) == []


# --- health and social work --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- DEETS exigé.", [("DEETS", 6)]),
        ("- Diplôme d'État d'éducateur technique spécialisé exigé.", [("Diplôme d'État d'éducateur technique spécialisé", 6)]),
        ("- CAFERUIS obligatoire.", [("CAFERUIS", 6)]),
        ("- CAFDES ou DEIS apprécié.", [("CAFDES", 7), ("DEIS", 7)]),
        ("- Diplôme d'État d'ingénierie sociale souhaité.", [("Diplôme d'État d'ingénierie sociale", 7)]),
        ("- DEMF exigé.", [("DEMF", 6)]),
        ("- BTS ABM, DUT GB ou DETLM.", [("BTS ABM", 5), ("DUT GB", 5), ("DETLM", 5)]),
        ("- DTS IMRT ou DE de manipulateur en électroradiologie médicale.",
         [("DTS IMRT", 6), ("DE de manipulateur en électroradiologie médicale", 6)]),
        ("- DE ambulancier obligatoire.", [("DE ambulancier", 4)]),
        ("- DEMK exigé.", [("DEMK", 7)]),
        ("- DE IPA exigé.", [("DE IPA", 7)]),
    ],
)
def test_health_and_social_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- accounting, law, university ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Titulaire d'un DSCG / DEC.", [("DSCG", 7), ("DEC", 7)]),
        ("- Le DEC (diplôme d'expertise comptable) est exigé.", [("DEC", 7)]),
        ("- Vous êtes titulaire du DEC.", [("DEC", 7)]),
        ("- Expert-comptable diplômé.", [("Expert-comptable diplômé", 7)]),
        ("- DESCF ou DECF.", [("DESCF", 7), ("DECF", 6)]),
        # after "ou" in a law ad (CAPA, barreau), with its law field, or dotted
        ("- Master 2 en droit des affaires ou LLM ; CAPA exigé.", [("Master", 7), ("LLM", 7), ("CAPA", 7)]),
        ("- LL.M. apprécié.", [("LL.M.", 7)]),
        ("- LLM in International Law appreciated.", [("LLM in International Law", 7)]),
        ("- DIU d'échographie obstétricale = un plus.", [("DIU d'échographie", None)]),
        ("- Titulaire d'une maîtrise en droit.", [("maîtrise en droit", 6)]),
        ("- DESS ou master 2 en finance.", [("DESS", 7), ("master", 7)]),
        ("- Doctorat exigé, titulaire de l'HDR de préférence.", [("Doctorat", 8), ("HDR", 8)]),
        ("- DAEU ou baccalauréat.", [("DAEU", 4), ("baccalauréat", 4)]),
        ("- Certificat d'aptitude à la profession d'avocat exigé.", [("Certificat d'aptitude à la profession d'avocat", 7)]),
    ],
)
def test_accounting_law_university(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a large language model, an intra-uterine device, a month, the skill of mastering a language
        "- Expérience du fine-tuning d'un LLM open source (Llama, Mistral).",
        "- Vous maîtrisez les LLM, le RAG et LangChain.",
        "- Tu as envie de travailler sur des LLM appliqués au juridique ? Notre legaltech aide les avocats.",
        "- Vidéos HDR et 4K, montage sur Premiere.",
        "- Pose de DIU et d'implants en cabinet.",
        "- Livraison prévue le 12 DEC.",
        "- Une bonne maîtrise de l'anglais.",
        "- DE plus, vous êtes autonome.",
    ],
)
def test_accounting_law_lookalikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


# --- the informal engineer's degree, masters of trades and arts ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Diplôme d'école d'ingé ou équivalent.", [("école d'ingé", 7)]),
        ("- Ingé de formation, vous aimez le terrain.", [("Ingé de formation", 7)]),
        # a school after a Bac+N is its field (test_extract_round17_diploma), "ou ingé" the other branch
        ("- Bac+5 école de commerce ou ingé.", [("Bac+5 école de commerce", 7), ("ingé", 7)]),
        ("- BM coiffure apprécié.", [("BM coiffure", 5)]),
        ("- Brevet de maîtrise en pâtisserie.", [("Brevet de maîtrise en pâtisserie", 5)]),
        ("- BTM pâtissier exigé.", [("BTM pâtissier", 4)]),
        ("- DN MADE ou DSAA en design graphique.", [("DN MADE", 6), ("DSAA", 7)]),
        ("- Brevet de technicien agricole.", [("Brevet de technicien agricole", 4)]),
    ],
)
def test_engineers_trades_arts(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_bare_inge_is_a_job(run: Any) -> None:
    # "ingé réseau" names the job, not a degree
    assert levels(run, PROFILE_HEAD + "- Vous êtes ingé réseau depuis 3 ans.") == []


# --- Belgian secondary years and apprenticeship titles -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 6e professionnelle ou CESS, orientation technique.", [("6e professionnelle", 3), ("CESS", 4)]),
        ("- 6ème année professionnelle en boulangerie.", [("6ème année professionnelle", 3)]),
        ("- 6e TQ électromécanique ou bachelier.", [("6e TQ électromécanique", 4), ("bachelier", 6)]),
        # in brackets it restates the CESS before it: one item
        # Round 19: the year restating the CESS belongs to its item (gold ybe)
        ("- CESS technique de qualification en électricité (6e TQ).", [("CESS technique de qualification en électricité (6e TQ)", 4)]),
        ("- Avoir réussi la 6e secondaire.", [("6e secondaire", 4)]),
        ("- DAES ou CESS.", [("DAES", 4), ("CESS", 4)]),
        ("- Titre IFAPME de monteur en chauffage ou équivalent.", [("Titre IFAPME de monteur en chauffage ou équivalent", 3)]),
        ("- Diplôme EFP de boulanger-pâtissier.", [("Diplôme EFP de boulanger-pâtissier", 3)]),
    ],
)
def test_belgian_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_catalogue_patterns_are_anchored() -> None:
    # every entry is read as a whole word (the loader wraps it): no "BTS" inside "BTSX", no "DEC" inside "DECOR"
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    terms = load_terms(data["diplomas"])
    for text in ("BTSMCOX", "DECORATION", "NDRCX", "AEPES", "6eme", "XDEETS"):
        assert not any(t.pattern.search(text) for t in terms), text


@pytest.mark.parametrize(
    "line",
    [
        # the classes a teacher gives, not a title asked
        "- Cours donnés en 6e professionnelle et en 6e TQ.",
        "- Vous enseignez en 6e secondaire.",
        # the course an apprentice will follow
        "- Vous encadrez nos apprentis IFAPME en boulangerie.",
    ],
)
def test_belgian_lookalikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


# --- trade titles of security, veterinary care and swimming; named schools in a list ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- CQP ASP ou titre APS.", [("titre APS", 3)]),
        ("- Titre d'ASV (échelon 5) exigé.", [("Titre d'ASV (échelon 5)", 4)]),
        ("- BPJEPS AAN ou diplôme MNS à jour.", [("BPJEPS AAN", 4), ("diplôme MNS", 4)]),
        ("- CQ6 ou titre IFAPME maçon.", [("CQ6", 3), ("titre IFAPME maçon", 3)]),
        # a bullet of the profile naming the title asks for it; "reconnu" is no trade
        ("- Titre IFAPME reconnu par la Région.", [("Titre IFAPME", 3)]),
        ("- Diplômé d'un DSCG ou d'un DEC.", [("DSCG", 7), ("DEC", 7)]),
        ("- Bac+5 en actuariat (ENSAE, ISFA, ISUP ou master 2).", [("Bac+5", 7), ("ENSAE", 7), ("ISFA", 7), ("ISUP", 7), ("master", 7)]),
        ("- Bac+5 (HEC Paris, ESSEC ou master en finance).", [("Bac+5", 7), ("HEC Paris", 7), ("ESSEC", 7), ("master", 7)]),
    ],
)
def test_trade_titles_and_schools(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # the staff's or a partner's school, a provider named with no title
        "- Nos équipes sont issues de l'ENSAE, de HEC et de Polytechnique.",
        "- Partenariat avec HEC Paris et l'ESSEC.",
    ],
)
def test_school_lookalikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a school where a course is followed: no item of its own. Round 21: the schools in a bracket after an engineer's
        # degree are items of their own at 7, as the tenth written batch labels them (gold qfr; the ninth IT sample's
        # 7225813 left them out, the written batches since u label them)
        ("- Diplôme d'ingénieur (ENSAE, ENSAI, Mines ParisTech).",
         [("Diplôme d'ingénieur", 7), ("ENSAE", 7), ("ENSAI", 7), ("Mines ParisTech", 7)]),
        ("- Une formation en législation sociale (promotion sociale ou EPHEC) est un atout.",
         [("formation en législation sociale", None)]),
    ],
)
def test_schools_as_examples(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- State diplomas and titles spelled out -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Diplôme d'État de technicien de l'intervention sociale et familiale.",
         [("Diplôme d'État de technicien de l'intervention sociale et familiale", 4)]),
        ("- Diplôme d'État de conseiller en économie sociale familiale.",
         [("Diplôme d'État de conseiller en économie sociale familiale", 6)]),
        ("- Diplôme d'État d'assistant familial exigé.", [("Diplôme d'État d'assistant familial", 3)]),
        ("- Titulaire du DEAF.", [("DEAF", 3)]),
        ("- Diplôme d'aide médico-psychologique ou DEAES.", [("Diplôme d'aide médico-psychologique", 3), ("DEAES", 3)]),
        ("- Certificat de capacité d'ambulancier exigé.", [("Certificat de capacité d'ambulancier", 4)]),
        ("- Diplôme d'État de puéricultrice.", [("Diplôme d'État de puéricultrice", 6)]),
        ("- Infirmière puéricultrice DE.", [("Infirmière puéricultrice DE", 6)]),
        ("- Diplôme de comptabilité et de gestion.", [("Diplôme de comptabilité et de gestion", 6)]),
        ("- Diplôme supérieur de comptabilité et de gestion.", [("Diplôme supérieur de comptabilité et de gestion", 7)]),
        ("- Diplôme d'assistant(e) dentaire exigé.", [("Diplôme d'assistant(e) dentaire", 4)]),
        ("- Brevet de l'enseignement supérieur en informatique.", [("Brevet de l'enseignement supérieur", 5)]),
    ],
)
def test_titles_spelled_out(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_deaf_alone_is_english(run: Any) -> None:
    # "deaf" in an English line is no diploma (the acronym needs a diploma word before it)
    assert levels(run, PROFILE_HEAD + "- Experience with DEAF and hard-of-hearing users.") == []


# --- regulated professions' diplomas and "<profession> diplômé(e)" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Brevet professionnel de coiffure exigé.", [("Brevet professionnel de coiffure", 4)]),
        ("- Brevet professionnel agricole ou CAPa.", [("Brevet professionnel agricole", 3), ("CAPa", 3)]),
        ("- Ingénieur agronome ou master en agronomie.", [("Ingénieur agronome", 7), ("master", 7)]),
        ("- Ingénieur Arts et Métiers apprécié.", [("Ingénieur Arts et Métiers", 7)]),
        ("- Diplôme de docteur vétérinaire exigé.", [("Diplôme de docteur vétérinaire", 7)]),
        # Round 21: the HMONP is a certification after the diploma (gold pfr), no diploma item
        ("- Diplôme d'État d'architecte, HMONP appréciée.", [("Diplôme d'État d'architecte", 7)]),
        ("- Diplôme de géomètre-expert.", [("Diplôme de géomètre-expert", 7)]),
        ("- Diplôme de notaire exigé.", [("Diplôme de notaire", 7)]),
        ("- Diplôme d'opticien-lunetier obligatoire.", [("Diplôme d'opticien-lunetier", 5)]),
        ("- Ostéopathe D.O. ou diplôme d'ostéopathie.", [("Ostéopathe D.O.", 7), ("diplôme d'ostéopathie", 7)]),
        ("- Diplôme de pédicure-podologue.", [("Diplôme de pédicure-podologue", 6)]),
        ("- Éducateur spécialisé diplômé.", [("Éducateur spécialisé diplômé", 6)]),
        ("- Moniteur éducateur diplômé ou AES diplômé(e).", [("Moniteur éducateur diplômé", 4), ("AES diplômé", 3)]),
        ("- AS diplômée ou AP diplômée.", [("AS diplômée", 4), ("AP diplômée", 4)]),
    ],
)
def test_regulated_professions(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # the job itself, and a profile named as a taste rather than a degree
        "- Docteur vétérinaire, vous rejoignez une clinique mixte.",
        "- Un profil d'ingénieur généraliste ou mécanique nous intéresse.",
    ],
)
def test_profession_lookalikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the Belgian 4th professional year (CE2D) and the aide familial(e) named with the diploma
        ("- 4e professionnelle réussie.", [("4e professionnelle", 2)]),
        ("- Aide familial(e) diplômé(e).", [("Aide familial(e) diplômé", 4)]),
    ],
)
def test_belgian_certificates_and_professions(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Vous enseignez en 4e professionnelle.",
        # "CQ" is also a job's abbreviation ("CQ en CDI"): a bare "CQ en …" is not read
        "- Poste de CQ en CDI, horaires de jour.",
    ],
)
def test_belgian_teaching_lookalikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []
