"""Round 21, certifications by family (from the tenth and eleventh written batches' errors, generalised): a head noun
(attestation, certificat, habilitation, brevet, agrément) and its name as the subject of a wish or an asking predicate;
the certificates of English lines; first aid in its other frames; registrations by acronym, list and specialty; the
ADEPS and public-service brevets; look-alikes (rules listed in brackets, the team's certificates, a clearance "possible",
a certificate obtained after hiring, the people sought, a copy to send, the employer's own). Sentences written for the
test (no offer text); offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre service renforce son équipe.\nProfil recherché :\n"


def certs(run: Any, line: str, title: str = "Employé (H/F)") -> list[tuple[str, Any]]:
    return [(r["text"], r["strength"]) for r in of_kind(run(HEAD + line, title), "certification")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a head noun and its name, the subject of a wish: every head noun, order, case and predicate
        ("Une attestation de formation transpalette électrique est un atout.",
         [("attestation de formation transpalette électrique", "preferred")]),
        ("Attestation transpalette électrique appréciée.", [("Attestation transpalette électrique", "preferred")]),
        ("ATTESTATION GERBEUR ELECTRIQUE SOUHAITEE.", [("ATTESTATION GERBEUR ELECTRIQUE", "preferred")]),
        ("L'habilitation pour travaux sous tension est un plus.", [("habilitation pour travaux sous tension", "preferred")]),
        ("Habilitation travaux sous tension exigée.", [("Habilitation travaux sous tension", "required")]),
        ("TRAVAIL EN HAUTEUR, HABILITATION ECHAFAUDAGE SOUHAITEE.", [("HABILITATION ECHAFAUDAGE", "preferred")]),
        ("Le certificat de travail en espace confiné est un plus.", [("certificat de travail en espace confiné", "preferred")]),
        ("Certificat espaces confinés : un vrai plus.", [("Certificat espaces confinés", "preferred")]),
        ("Le certificat PEB serait un avantage.", [("certificat PEB", "preferred")]),
        ("Un agrément cuisine collective serait apprécié.", [("agrément cuisine collective", "preferred")]),
        ("Brevet de conducteur de balayeuse = un plus.", [("Brevet de conducteur de balayeuse", "preferred")]),
        # the acronym in brackets codes it
        ("* Certificat airco (F-gas) souhaité", [("Certificat airco (F-gas)", "preferred")]),
    ],
)
def test_head_noun_asked_by_predicate(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run, line) == expected


def test_head_noun_code_takes_bracket_acronym(run: Any) -> None:
    reqs = of_kind(run(HEAD + "* Certificat airco (F-gas) souhaité"), "certification")
    assert [r["code"] for r in reqs] == ["F-gas"]


@pytest.mark.parametrize(
    "line",
    [
        "Un certificat de bonne vie et mœurs (modèle 2) est exigé.",  # a good-conduct certificate
        "Un brevet est un plus.",  # no certificate named
        "Le certificat de travail de votre dernier employeur est exigé.",  # an employment certificate
        "Le certificat Selor article 9 est souhaité.",  # a language certificate (language.py)
        "Un certificat médical est exigé en cas d'absence.",
        "Une attestation de réussite est exigée.",
        "Le brevet de moniteur de football est un plus.",  # without the ADEPS: a diploma's business
    ],
)
def test_head_noun_look_alikes(run: Any, line: str) -> None:
    assert certs(run, line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Formation premiers secours pédiatriques appréciée.", [("Formation premiers secours pédiatriques", "preferred")]),
        ("FORMATION PREMIERS SECOURS EXIGEE.", [("FORMATION PREMIERS SECOURS", "required")]),
        ("La formation « premiers secours aux jeunes enfants » est un atout.",
         [("La formation « premiers secours aux jeunes enfants »", "preferred")]),
        ("Une formation aux premiers soins pédiatriques est souhaitée.", [("Une formation aux premiers soins pédiatriques", "preferred")]),
        # named after another certificate, the head noun shared
        ("Brevet d'animateur ou de premiers secours : apprécié.", [("Brevet d'animateur", "preferred"), ("de premiers secours", "preferred")]),
        ("Le brevet de secouriste / premiers soins pédiatriques est un plus.",
         [("brevet de secouriste", "preferred"), ("premiers soins pédiatriques", "preferred")]),
    ],
)
def test_first_aid_frames(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run, line) == expected


def test_first_aid_task_is_no_certificate(run: Any) -> None:
    assert certs(run, "Vous assurez l'accueil, les soins et premiers secours aux élèves.") == []


@pytest.mark.parametrize(
    ("line", "expected_code"),
    [
        ("Inscription au tableau de la section D de l'Ordre obligatoire.", "inscription à l'Ordre"),
        ("DE infirmier, inscription à l'ONI obligatoire.", "inscription à l'Ordre des infirmiers"),
        ("Vous êtes inscrit au CNOM.", "inscription à l'Ordre des médecins"),
        ("Inscription au RSAC obligatoire.", "RSAC"),
        ("Être inscrit au tableau des titulaires de l'IPI.", "IPI"),
        ("Vous figurez sur la liste des stagiaires IPI.", "IPI"),
        ("Vous avez l'agrément comme médecin généraliste.", "agrément médecin généraliste"),
        ("Agrément de pharmacien hospitalier exigé.", "agrément pharmacien hospitalier"),
        ("Vous êtes agréée en tant que médecin spécialiste.", "agrément médecin spécialiste"),
        ("Bachelier infirmier. Visa et INAMI.", "NUMERO INAMI"),
    ],
)
def test_registrations(run: Any, line: str, expected_code: str) -> None:
    codes = [r["code"] for r in of_kind(run(HEAD + line), "certification")]
    assert expected_code in codes


def test_agent_approved_ipi_in_title(run: Any) -> None:
    reqs = of_kind(run("Agence immobilière.", "Agent immobilier agréé IPI (H/F)"), "certification")
    assert [r["code"] for r in reqs] == ["IPI"]


def test_inami_alone_is_no_registration(run: Any) -> None:
    assert certs(run, "Nos soins sont remboursés par l'INAMI.") == []


@pytest.mark.parametrize(
    ("line", "expected_code"),
    [
        ("Le brevet de moniteur de natation Adeps est un plus.", "moniteur de natation ADEPS"),
        ("Brevet de moniteur sportif (niveau initiateur au minimum) délivré par l'Adeps.", "moniteur sportif ADEPS"),
        ("Brevet de moniteur de tennis (ADEPS) exigé.", "moniteur de tennis ADEPS"),
        ("Tu es breveté·e (BACV) ? Top.", "BACV"),
        ("Être titulaire du brevet BO1 (sapeur-pompier).", "brevet BO1"),
        ("Brevet BO2 exigé.", "brevet BO2"),
        ("Brevet d'instructeur de conduite (brevet II) exigé.", "brevet instructeur de conduite II"),
        ("Brevet de moniteur de conduite exigé.", "brevet instructeur de conduite"),
        ("BPJEPS AAN avec le CAEP MNS à jour.", "CAEP MNS"),
    ],
)
def test_brevets(run: Any, line: str, expected_code: str) -> None:
    codes = [r["code"] for r in of_kind(run(HEAD + line), "certification")]
    assert expected_code in codes


def test_english_lines_of_an_english_ad(run: Any) -> None:
    text = ("We are a consultancy based in Brussels.\n\nYou bring:\n- 7+ years in information security\n"
            "- CISSP or CISM (mandatory); ISO 27001 Lead Implementer is a plus\n"
            "- Security clearance (NSA/ANS) or willingness to obtain it\n- EPSO laureates are welcome\n")
    got = [(r["text"], r["strength"]) for r in of_kind(run(text, "Security Consultant"), "certification")]
    assert got == [("CISSP", "required"), ("CISM", "required"), ("ISO 27001 Lead Implementer", "preferred"),
                   ("Security clearance (NSA/ANS)", "preferred"), ("EPSO", "preferred")]


def test_english_line_in_a_french_ad(run: Any) -> None:
    assert certs(run, "Expérience de Workday. Certified Workday HCM a strong plus.") == [("Workday HCM", "preferred")]


def test_epso_as_the_office_is_no_certificate(run: Any) -> None:
    assert certs(run, "Les candidatures passent par le site de l'EPSO.") == []


@pytest.mark.parametrize(
    "line",
    [
        "Vous veillez au respect des règles de sécurité (VCA, RGIE, directive machines).",
        "Vous suivez les autorisations de conduite et les CACES des équipes.",
        "Habilitation défense possible (nationalité française requise).",
        "Le certificat de management public devra être obtenu dans les 3 ans de la nomination.",
        "Le VCA VOL devra être obtenu dans les 6 mois suivant l'engagement.",
        "Si vous n'êtes pas encore titulaire de l'attestation de directeur de maison de repos, vous devrez l'obtenir.",
        "Nos bénévoles suivent le BEPS chez nous.",
        "Formation HACCP interne assurée.",
        "On vous forme à nos produits et aux règles d'hygiène HACCP.",
        "Sinon nous vous ferons passer la certification SOSIE.",
        "L'attestation d'habilitation est délivrée par l'agence (carte T de l'agence).",
        "Cabinet de 18 personnes dont deux associés experts-comptables inscrits à l'Ordre.",
        "Brevet d'ambulancier-secouriste (AMU) exigé.",  # "secouriste" is inside the compound, one brevet
    ],
)
def test_look_alikes(run: Any, line: str) -> None:
    got = certs(run, line)
    if line.startswith("Brevet d'ambulancier"):
        assert len(got) == 1
    else:
        assert got == []


def test_bracket_restating_the_recommendation(run: Any) -> None:
    assert certs(run, "Cariste CACES 5 (R489) exigé.") == [("CACES 5 (R489)", "required")]
    assert certs(run, "Le CACES pont roulant (R484) est indispensable.") == [("CACES pont roulant (R484)", "required")]


def test_people_sought_then_the_certificate(run: Any) -> None:
    line = "Nous recherchons des agent(e)s SSIAP 1.\nVous devez détenir le SSIAP 1 à jour."
    assert [t for t, _ in certs(run, line)] == ["SSIAP 1"]
