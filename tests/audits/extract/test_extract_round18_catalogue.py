"""Round 18, diplomas: the catalogue of named diploma titles (data/diploma_titles.json) extended by family — FLE
teaching titles (DAEFLE, DU/master/licence FLE), Sciences Po and the IEPs, the Belgian BAGIC listed beside a
bachelier, the FWB library assistant's brevet, the medical specialist's title and the brevet de médecine aiguë, the
regulated health titles written short or without "d'État" (DE MK, DETAB, diplôme de sage-femme / d'ergothérapeute),
the Belgian certificate of garde à domicile, more BTS speciality acronyms alone, the public-works and other
engineering schools after "ingénieur", and hotel schools in a list of diplomas. Sentences written for the test (variants
of each family, no offer text), with look-alikes that must give nothing."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, levels


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18, FLE teaching titles: the DAEFLE and the DU FLE have no RNCP level; the master and licence FLE do
        ("- Master FLE ou DAEFLE requis.", [("Master FLE", 7), ("DAEFLE", None)]),
        ("- Titulaire du DAEFLE ou d'un DU FLE.", [("DAEFLE", None), ("DU FLE", None)]),
        ("- Master 2 FLE ou licence FLE.", [("Master 2 FLE", 7), ("licence FLE", 6)]),
    ],
)
def test_fle_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18, Sciences Po: an IEP named as a diploma (after "ou", a diploma word, or with its city): level 7
        ("- Formation supérieure en communication ou IEP.", [("Formation supérieure", None), ("IEP", 7)]),
        ("- Diplômé(e) d'un IEP ou d'un master en droit public.", [("Diplômé(e) d'un IEP", 7), ("master", 7)]),
        ("- Diplômé(e) de Sciences Po ou équivalent.", [("Diplômé(e) de Sciences Po", 7)]),
    ],
)
def test_sciences_po(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18, medical specialities: the specialist's title with its speciality, and the GP's brevet de médecine
        # aiguë (one item with the GP it qualifies)
        (
            "- Médecin spécialiste en médecine d'urgence ou médecin généraliste avec brevet de médecine aiguë (BMA).",
            [("Médecin spécialiste en médecine d'urgence", 7), ("médecin généraliste avec brevet de médecine aiguë (BMA)", 7)],
        ),
        ("- Titre de médecin spécialiste en gériatrie exigé.", [("médecin spécialiste en gériatrie", 7)]),
        # Round 18, regulated health titles written short or without "d'État"
        ("- DE MK obligatoire.", [("DE MK", 7)]),
        ("- Master en kinésithérapie ou DE MK.", [("Master", 7), ("DE MK", 7)]),
        ("- Diplôme de sage-femme exigé.", [("Diplôme de sage-femme", 7)]),
        ("- Diplôme d'ergothérapeute exigé.", [("Diplôme d'ergothérapeute", 6)]),
        ("- Diplômes acceptés : BTS ABM, DETAB, ou licence de biologie.", [("BTS ABM", 5), ("DETAB", 5), ("licence de biologie", 6)]),
    ],
)
def test_health_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18, Belgian youth, library and care titles
        ("- Vous avez un bachelier assistant social ou BAGIC.", [("bachelier", 6), ("BAGIC", None)]),
        ("- CESS + brevet d'auxiliaire de bibliothèque (un plus).", [("CESS", 4), ("brevet d'auxiliaire de bibliothèque", None)]),
        ("- Formation d'auxiliaire de bibliothèque appréciée.", [("Formation d'auxiliaire de bibliothèque", None)]),
        ("- Titre requis : certificat de garde à domicile / aide familiale.", [("certificat de garde à domicile / aide familiale", 4)]),
        # Round 18: more BTS speciality acronyms alone after a diploma word, engineering schools after "ingénieur",
        # hotel schools in a list of diplomas
        ("- De formation BTS MS, CIRA, ATI ou DUT GEII.", [("BTS MS", 5), ("CIRA", 5), ("ATI", 5), ("DUT GEII", 5)]),
        ("- BTS TP / DUT GC / INGENIEUR TP", [("BTS TP", 5), ("DUT GC", 5), ("INGENIEUR TP", 7)]),
        ("- Ingénieur ENTPE exigé.", [("Ingénieur ENTPE", 7)]),
        (
            "- Une formation hôtelière (BTS MHR, Vatel, Ferrandi...).",
            [("Une formation hôtelière", None), ("BTS MHR", 5), ("Vatel", None), ("Ferrandi", None)],
        ),
    ],
)
def test_belgian_and_school_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: the Belgian IEPSCF (a school), a file called IEP, a doctor "en charge", the bare GP (the job),
        # BAGIC alone (the certification), a GPU brand, the job "ingénieur travaux", the Order of MK, a restaurant
        "- Formation à l'IEPSCF de Namur appréciée.",
        "- Le dossier IEP est transmis au service.",
        "- Vous êtes médecin spécialiste en charge du service.",
        "- Médecin généraliste souhaité.",
        "- Le brevet BAGIC est un plus.",
        "- Cartes graphiques ATI et Nvidia.",
        "- Ingénieur travaux confirmé.",
        "- Inscription à l'Ordre des MK.",
        "- Dîner au restaurant Vatel.",
    ],
)
def test_look_alikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18, Belgian childcare titles: named in full, or listed after "Titres :" (the puériculteur(trice))
        ("- Titre d'auxiliaire de l'enfance requis.", [("Titre d'auxiliaire de l'enfance", 3)]),
        ("- Titres : puériculteur(trice), bachelier en éducation et accueil du jeune enfant.", [("puériculteur(trice)", 4), ("bachelier", 6)]),
        # Round 18, regulated professions named by the diploma that opens them (no level of its own)
        (
            "- Diplôme permettant l'exercice de la profession de technicien de laboratoire médical exigé.",
            [("Diplôme permettant l'exercice de la profession de technicien de laboratoire médical", None)],
        ),
        ("- Diplôme permettant d'exercer la profession d'infirmier.", [("Diplôme permettant d'exercer la profession d'infirmier", None)]),
        # Round 18, the medical secretary's training, the hospital pharmacist's title, the nursing specialisations
        ("- Formation de secrétaire médicale ou CESS.", [("Formation de secrétaire médicale", 4), ("CESS", 4)]),
        ("- Titre de pharmacien hospitalier souhaité.", [("Titre de pharmacien hospitalier", 7)]),
        ("- Une spécialisation en santé communautaire est un atout.", [("Une spécialisation en santé communautaire", None)]),
        (
            "- Bachelier de spécialisation en soins intensifs et aide médicale urgente (SIAMU) souhaité.",
            [("Bachelier de spécialisation en soins intensifs et aide médicale urgente (SIAMU)", None)],
        ),
    ],
)
def test_care_and_regulated_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # the bare occupation is the job (convention 3): no diploma word before it
        "- Nous recrutons un puériculteur, temps plein.",
        "- Nous cherchons une secrétaire médicale pour notre cabinet.",
        "- Vous travaillerez avec le pharmacien hospitalier.",
    ],
)
def test_care_look_alikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


def test_secretary_training_with_bracketed_title(run: Any) -> None:
    # Round 18: a bracket restating the training's title is one item with it (gold vfr); the training alone is not added
    line = "- Formation de secrétaire médicale (titre professionnel niveau 4 ou équivalent) souhaitée."
    assert [t for t, _ in levels(run, PROFILE_HEAD + line)] == ["titre professionnel niveau 4"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 21: an IEP inside a bracket of schools after a diploma is an item like the business school beside it
        # (the written golds label "(master GRH, IAE, école de commerce)" item by item)
        (
            "- Issu(e) d'une formation supérieure Bac+5 (école de commerce, IEP, master en finance ou audit).",
            [("Issu(e) d'une formation supérieure Bac+5", 7), ("école de commerce", 7), ("IEP", 7), ("master", 7)],
        ),
        # Round 18: "the diplomas that open the profession :" introduces the list; the listed diplomas are the items
        (
            "- Vous êtes titulaire d'un des diplômes permettant d'exercer la profession de technicien de laboratoire médical : BTS ABM ou DETLM.",
            [("BTS ABM", 5), ("DETLM", 5)],
        ),
    ],
)
def test_examples_and_list_heads(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18: the engineer beside the architect is the engineer's degree (7); the post "d'ingénieur" is not
        ("- Vous : ingénieur ou architecte (Bac+5), 5 ans d'expérience.", [("ingénieur", 7), ("Bac+5", 7)]),
        ("- Le poste d'ingénieur ou architecte : à définir.", []),
    ],
)
def test_engineer_or_architect(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18, teaching titles: the French agrégation beside the CAPES (7)
        ("- CAPES ou agrégation externe de lettres.", [("CAPES", 7), ("agrégation externe de lettres", 7)]),
        ("- Agrégé(e) de mathématiques.", [("Agrégé(e) de mathématiques", 7)]),
        # Round 18, French medical specialities: DES/DESC and capacités with their field (7)
        ("- DES de médecine générale.", [("DES de médecine générale", 7)]),
        ("- Capacité en gérontologie.", [("Capacité en gérontologie", 7)]),
        # Round 18: podiatrist, École des chartes, basic certificates
        ("- Diplôme de podologue exigé.", [("Diplôme de podologue", 6)]),
        ("- Diplôme de l'École des chartes.", [("Diplôme de l'École des chartes", 7)]),
        ("- Titulaire du CFG ou du DNB.", [("CFG", 1), ("DNB", 2)]),
        ("- Certificat d'études primaires.", [("Certificat d'études primaires", 1)]),
    ],
)
def test_teaching_medical_and_basic_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # data aggregation, a config file, the lower-case article "des" before a field
        "- Agrégation de données et tableaux de bord.",
        "- Vous maîtrisez l'agrégation des flux.",
        "- Fichier CFG à modifier.",
        "- Des compétences en médecine générale.",
    ],
)
def test_teaching_medical_look_alikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18, Belgian apprenticeship titles: "IFAPME <trade>" in a list of diplomas (3); "Forem <trade>" (no level)
        (
            "- Un CQ6 ou CQ7 électricité (ou IFAPME installateur-électricien), le BA4.",
            [("CQ6", 3), ("CQ7", 4), ("IFAPME installateur-électricien", 3)],
        ),
        ("- CESS ou IFAPME mécanicien polyvalent.", [("CESS", 4), ("IFAPME mécanicien polyvalent", 3)]),
        (
            "- Une formation en construction (CEFA, IFAPME ou Forem poseur de canalisations) est un atout.",
            [("Une formation en construction", None), ("Forem poseur de canalisations", None)],
        ),
    ],
)
def test_apprenticeship_trades(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # the institute or the job centre in a sentence of their own, registration as a jobseeker
        "- Partenariat avec l'IFAPME pour la formation.",
        "- Formation (IFAPME en cours) possible.",
        "- Vous êtes inscrit(e) au Forem, Actiris ou VDAB.",
    ],
)
def test_apprenticeship_look_alikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18, regulated health titles: the radiographer's DE (licence grade, 6)
        (
            "- Diplôme d'État de manipulateur d'électroradiologie médicale exigé.",
            [("Diplôme d'État de manipulateur d'électroradiologie médicale", 6)],
        ),
        ("- DE MEM ou DTS IMRT.", [("DE MEM", 6), ("DTS IMRT", 6)]),
    ],
)
def test_radiographer(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected
