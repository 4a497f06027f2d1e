"""Round 15, certifications: permits to practise as a frame (registration, approval, immatriculation + the register's
authority), Belgian and French sector certificates (BAGIC, ADEPS brevets, first aid, WSET, Lean belts, PG gaz, public
management), one code rule (a certificate followed by its own acronym in brackets is coded by it), and the look-alikes
(the employer holds it or trains for it, an old name restated, a job title, the national register of diplomas, medical
selection). Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def certs(run: Any, line: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["code"], r["strength"]) for r in of_kind(run(HEAD + line), "certification")]


# --- permits to practise: registration / approval + authority ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Inscription au tableau de l'Ordre des sages-femmes obligatoire",
         [("Inscription au tableau de l'Ordre des sages-femmes", "inscription à l'Ordre des sages-femmes", "required")]),
        ("- Vous êtes inscrit(e) à l'Ordre des médecins",
         [("inscrit(e) à l'Ordre des médecins", "inscription à l'Ordre des médecins", "required")]),
        ("- Être inscrite au Conseil départemental de l'Ordre des infirmiers",
         [("inscrite au Conseil départemental de l'Ordre des infirmiers", "inscription à l'Ordre des infirmiers", "required")]),
        ("- Vous êtes inscrit au registre public de l'ITAA en qualité de comptable.",
         [("inscrit au registre public de l'ITAA", "ITAA", "required")]),
        ("- Agréation IPI (agent immobilier) exigée", [("Agréation IPI", "IPI", "required")]),
        ("- Numéro RPPS en cours de validité", [("Numéro RPPS", "RPPS", "required")]),
        ("- Agrément du SPF Santé publique en ordre", [("Agrément du SPF Santé publique", "agrément SPF Santé publique", "required")]),
        ("- Agrément en tant que logopède exigé", [("Agrément en tant que logopède", "agrément SPF Santé publique", "required")]),
        ("- Visa et agrément de la Commission des Psychologues",
         [("Visa", "VISA", "required"), ("agrément de la Commission des Psychologues", "agrément Commission des Psychologues", "required")]),
        ("- Vous possédez l'attestation de délégué médical",
         [("attestation de délégué médical", "attestation de délégué médical", "required")]),
        ("- Attestation d'immatriculation AViQ obligatoire", [("Attestation d'immatriculation", "immatriculation AViQ", "required")]),
        ("- Les attestations FSMA sont un plus", [("attestations FSMA", "FSMA", "preferred")]),
        ("- Le titre de conseiller fiscal (ITAA) est un plus", [("conseiller fiscal (ITAA)", "ITAA", "preferred")]),
    ],
)
def test_permits_to_practise(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert certs(run, line) == expected


def test_registration_restated_by_its_number_is_one_item(run: Any) -> None:
    line = ("Vous êtes enregistré(e) auprès du SPF Santé publique (numéro d'enregistrement aide-soignant obligatoire).")
    assert certs(run, line) == [("numéro d'enregistrement aide-soignant", "enregistrement aide-soignant", "required")]


@pytest.mark.parametrize(
    "line",
    [
        "- L'Ordre des pharmaciens a publié une circulaire que vous appliquerez.",
        "- Vous rejoignez le RPPS du département.",
        "- Sélection médicale en ordre",
        "- Une certification RNCP de niveau 5 est demandée",
        "- Certificat de capacité d'orthophoniste (CCO) exigé",
    ],
)
def test_permit_look_alikes(run: Any, line: str) -> None:
    assert certs(run, line) == []


# --- sector certificates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Le brevet BAGIC est un atout", [("brevet BAGIC", "BAGIC", "preferred")]),
        ("- Brevet de moniteur sportif initiateur basket (ADEPS) apprécié",
         [("Brevet de moniteur sportif initiateur basket (ADEPS)", "moniteur sportif initiateur ADEPS", "preferred")]),
        ("- Une formation aux premiers secours pédiatriques est un atout",
         [("Une formation aux premiers secours pédiatriques", "premiers secours pédiatriques", "preferred")]),
        ("- WSET niveau 3 souhaité", [("WSET niveau 3", "WSET 3", "preferred")]),
        ("- Certification Lean Six Sigma Black Belt exigée", [("Lean Six Sigma Black Belt", "Lean Six Sigma Black Belt", "required")]),
        ("- Qualification PG gaz souhaitée", [("Qualification PG gaz", "PG gaz", "preferred")]),
        ("- Le certificat de management public est un atout",
         [("certificat de management public", "certificat de management public", "preferred")]),
        ("- Vous êtes habilité électriquement (B1V, BR)",
         [("habilité électriquement (B1V", "HABILITATION ELECTRIQUE B1V", "required"), ("BR", "HABILITATION ELECTRIQUE BR", "required")]),
        ("- Qualification soudure TIG 141 / MAG 135 exigée",
         [("Qualification soudure TIG 141", "QUALIFICATION SOUDEUR", "required"), ("MAG 135", "QUALIFICATION SOUDEUR", "required")]),
        ("- Certificat de conseiller en prévention niveau 2 ; un certificat de niveau 3 est accepté",
         [("conseiller en prévention niveau 2", "CONSEILLER EN PREVENTION NIVEAU 2", "required"),
          ("certificat de niveau 3", "CONSEILLER EN PREVENTION NIVEAU 3", "required")]),
    ],
)
def test_sector_certificates(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert certs(run, line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Vous suivrez une formation aux premiers secours dès votre arrivée.",
        "- La formation aux premiers secours est assurée par nos soins.",
        "- Nos ingénieurs bénéficient d'un programme qui inclut la Green Belt.",
        "- Votre agence recherche un certificat de niveau 2 en anglais.",
        "- Le CPAS engage un(e) conseiller(ère) en prévention de niveau 1 pour son service interne.",
    ],
)
def test_sector_look_alikes(run: Any, line: str) -> None:
    assert certs(run, line) == []


# --- one code rule: the certificate's own acronym in brackets ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Brevet de secourisme (BEPS) exigé", [("Brevet de secourisme (BEPS)", "BEPS", "required")]),
        ("- Brevet européen de premiers secours (BEPS ou équivalent)", [("Brevet européen de premiers secours", "BEPS", "required")]),
        ("- Brevet d'animateur de centres de vacances (BACV)", [("Brevet d'animateur de centres de vacances", "BACV", "required")]),
        ("- Brevet supérieur de sauvetage aquatique (BSSA) indispensable",
         [("Brevet supérieur de sauvetage aquatique (BSSA)", "BSSA", "required")]),
        ("- Une certification airco (F-gas) est un atout", [("Une certification airco", "F-gas", "preferred")]),
        # the name carries an acronym already, or the bracket names the issuing body: the name's code
        ("- Certification GWO (BST) requise", [("GWO", "GWO", "required")]),
        ("- Brevet de secourisme souhaité", [("Brevet de secourisme", "BREVET DE SECOURISME", "preferred")]),
        ("- VCA de base obligatoire", [("VCA de base", "VCA", "required")]),
    ],
)
def test_own_acronym_is_the_code(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert certs(run, line) == expected


# --- not asked: held by the employer, trained for, restated, not needed -----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Nous pouvons vous faire passer le CACES R489 si vous le souhaitez.",
        "- Le VCA et le BA4 vous seront délivrés en cours de formation.",
        "- L'agrément FSMA (produits bancaires) n'est pas requis à l'embauche.",
        "- Notre agence, titulaire de la carte T, vous accompagne.",
    ],
)
def test_not_asked(run: Any, line: str) -> None:
    assert certs(run, line) == []


def test_old_name_in_brackets_is_not_a_second_item(run: Any) -> None:
    assert certs(run, "- Le CACES R489 cat. 3 (ancien CACES 3) est exigé") == [("CACES R489 cat. 3", "CACES R489 3", "required")]


# --- strength: to obtain ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        ("- Certification frigoriste catégorie I obligatoire ou à obtenir dans les 6 mois", "preferred"),
        ("- Titre d'expert-comptable ITAA (ou en cours de stage)", "preferred"),
        ("- VCA de base ou VCA VOL (sinon, formation organisée en interne)", "preferred"),
        ("- VCA de base obligatoire ou à obtenir avant le démarrage", "required"),
    ],
)
def test_to_obtain_is_preferred(run: Any, line: str, strength: str) -> None:
    got = certs(run, line)
    assert got and all(s == strength for _, _, s in got)


# --- the Belgian driver's CAP: one predicate (driver_cap.py) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Chauffeur de bus (H/F)\nProfil :\n- permis D ;\n- CAP chauffeur (code 95) à jour", "CAP chauffeur (code 95)"),
        ("Chauffeur poids lourd (H/F)\nExigences :\n- permis CE\n- Certificat d'aptitude professionnelle (code 95) à jour",
         "Certificat d'aptitude professionnelle (code 95)"),
        ("Chauffeur (H/F)\nProfil :\n- permis C valide, sélection médicale en ordre ;\n"
         "- Certificat d'aptitude professionnelle (CAP) en ordre de formation continue", "Certificat d'aptitude professionnelle (CAP)"),
        ("Chauffeur de car C + CAP (H/F)", "CAP"),
    ],
)
def test_driver_cap_is_code_95(run: Any, text: str, span: str) -> None:
    assert [(r["text"], r["code"]) for r in of_kind(run(text), "certification") if r["code"] == "CODE 95"] == [(span, "CODE 95")]


def test_driver_cap_predicate() -> None:
    from audits.extract.recognizers.driver_cap import is_driver_cap

    def at(text: str, word: str = "CAP") -> bool:
        i = text.index(word)
        return is_driver_cap(text, i, i + len(word))

    assert at("Chauffeur de bus. Permis D + CAP exigé.")
    assert at("Profil : CAP (code 95) valide.")
    assert at("Chauffeur (H/F). Permis C, sélection médicale et CAP en ordre.")
    assert not at("Chauffeur livreur (H/F). CAP conducteur livreur apprécié, permis C, FIMO à jour.")
    assert not at("Cuisinier (H/F). CAP cuisine exigé.")
    assert not at("Enseignant (H/F). Bachelier complété par un CAP.")
