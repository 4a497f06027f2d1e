"""Round 16, certifications and protected criteria, by wording family: registrations and approvals by their other nouns
(enregistrement INAMI, inscription à la Commission des psychologues, the Order without its profession, a prefectoral
approval, "reconnaissance comme technologue"), handling brevets by the machine or the issuing body, machine operating
certificates, the PEB titles, the fire first-responder training, Qualit'EnR and IIBA titles, the managers' VCA written
before ("VOL-VCA"), a second level in brackets, a standard in brackets as the weld code; look-alikes (a task, the order
of the day, a certificate asked of team leaders, one the employer trains for). Protected: the EU nationality condition,
a feminine title, and the look-alikes (the public's age bracket, a maternity ward, debt-settlement experience, "un gars
ou une fille", outdoor fitness, young graduates turned down). Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def certs(run: Any, line: str, title: str | None = None) -> list[tuple[str, str, str]]:
    reqs = run(HEAD + line, title=title) if title is not None else run(HEAD + line)
    return [(r["text"], r["code"], r["strength"]) for r in of_kind(reqs, "certification")]


def protected(run: Any, line: str) -> list[tuple[str, str]]:
    return [(r["text"], r["criterion"]) for r in of_kind(run(HEAD + line), "protected_criterion")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Visa et enregistrement INAMI obligatoires", [("Visa", "VISA", "required"), ("enregistrement INAMI", "NUMERO INAMI", "required")]),
        ("- Inscription à l'INAMI indispensable", [("Inscription à l'INAMI", "NUMERO INAMI", "required")]),
        ("- Inscription à la Commission des psychologues",
         [("Inscription à la Commission des psychologues", "agrément Commission des Psychologues", "required")]),
        ("- Diplôme requis, inscription à l'Ordre obligatoire.", [("inscription à l'Ordre", "inscription à l'Ordre", "required")]),
        ("- Agrément préfectoral de contrôleur technique VL exigé",
         [("Agrément préfectoral de contrôleur technique VL", "Agrément contrôleur technique VL", "required")]),
        ("- La reconnaissance comme technologue en imagerie médicale (agrément SPF)",
         [("reconnaissance comme technologue en imagerie médicale", "agrément SPF Santé publique", "required")]),
    ],
)
def test_registrations_by_other_nouns(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert certs(run, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous êtes en ordre de brevet transpalette électrique", [("brevet transpalette électrique", "BREVET TRANSPALETTE", "required")]),
        ("- Brevet de conducteur de transpalette souhaité", [("Brevet de conducteur de transpalette", "BREVET TRANSPALETTE", "preferred")]),
        ("- Préparateur en entrepôt : brevet Forem exigé", [("brevet Forem", "BREVET CARISTE", "required")]),
        ("- Certificat de conduite de tronçonneuse : atout.",
         [("Certificat de conduite de tronçonneuse", "certificat de conduite de tronçonneuse", "preferred")]),
        ("- Le titre de responsable PEB est un atout", [("titre de responsable PEB", "responsable peb", "preferred")]),
        ("- Certificateur PEB agréé", [("Certificateur PEB agréé", "certificateur peb", "required")]),
        ("- Formation de première intervention incendie (EPI) souhaitée",
         [("Formation de première intervention incendie (EPI)", "EPI", "preferred")]),
        ("- Attestation d'équipier de seconde intervention exigée", [("Attestation d'équipier de seconde intervention", "ESI", "required")]),
        ("- QualiPV ou QualiSol apprécié", [("QualiPV", "QualiPV", "preferred"), ("QualiSol", "QualiSol", "preferred")]),
        ("- Certificat d'aptitude frigoriste catégorie I indispensable",
         [("Certificat d'aptitude frigoriste catégorie I", "ATTESTATION FLUIDES FRIGORIGENES", "required")]),
        ("- Certificat de manipulation des fluides frigorigènes : un plus",
         [("Certificat de manipulation des fluides frigorigènes", "ATTESTATION FLUIDES FRIGORIGENES", "preferred")]),
        ("- Attestation de formation de base de gardiennage exigée",
         [("Attestation de formation de base de gardiennage", "CARTE GARDIENNAGE", "required")]),
        ("- Tu connais les normes HACCP", [("HACCP", "HACCP", "required")]),
        ("- Attestation de directeur de maison de repos et de soins exigée",
         [("Attestation de directeur de maison de repos et de soins", "attestation directeur de maison de repos", "required")]),
    ],
)
def test_sector_certificates(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert certs(run, line) == expected


def test_forklift_brevet_by_issuing_bodies_in_a_title(run: Any) -> None:
    got = certs(run, "- Expérience en entrepôt", title="Cariste (H/F) - brevet VDAB ou Forem")
    assert [(t, c) for t, c, _ in got] == [("brevet VDAB", "BREVET CARISTE"), ("Forem", "BREVET CARISTE")]


def test_iiba_titles_in_a_list(run: Any) -> None:
    got = certs(run, "- Certification IIBA (ECBA/CCBA) ou PSPO appréciée")
    assert [(t, c) for t, c, _ in got] == [("ECBA", "ECBA"), ("CCBA", "CCBA"), ("PSPO", "PSPO")]


def test_managers_vca_written_before_and_its_gloss(run: Any) -> None:
    assert certs(run, "- VOL-VCA exigé (VCA cadres)") == [("VOL-VCA", "VCA VOL", "required")]
    assert certs(run, "- VIL-VCA souhaité") == [("VIL-VCA", "VCA VIL", "preferred")]


def test_vca_for_team_leaders_is_not_asked_of_the_candidate(run: Any) -> None:
    assert certs(run, "- VCA Basis obligatoire (VOL-VCA pour les chefs d'équipe)") == [("VCA Basis", "VCA", "required")]


def test_second_prevention_level_in_brackets(run: Any) -> None:
    got = certs(run, "- Vous êtes titulaire du certificat de conseiller en prévention de niveau II (niveau I serait un atout)")
    assert [(c, s) for _, c, s in got] == [("CONSEILLER EN PREVENTION NIVEAU 2", "required"), ("CONSEILLER EN PREVENTION NIVEAU 1", "preferred")]


def test_weld_standard_in_brackets_is_the_code(run: Any) -> None:
    got = certs(run, "- Qualifications soudure en cours de validité exigées (ISO 9606)")
    assert [(c, s) for _, c, s in got] == [("ISO 9606", "required")]


@pytest.mark.parametrize(
    "line",
    [
        "Vos tâches : rondes de sécurité, première intervention incendie, tenue de la main courante.",
        "Vous préparez l'inscription à l'ordre du jour des réunions.",
        "Le responsable PEB du bureau relit vos dossiers.",
        "Pas de diplôme ? Nous formons nos opérateurs en interne et via le CQP Conducteur de machines.",
    ],
)
def test_cert_look_alikes(run: Any, line: str) -> None:
    assert certs(run, line) == []


def test_forem_outside_a_warehouse_is_not_a_brevet(run: Any) -> None:
    assert certs(run, "Réceptionniste - offre relayée par le Forem : brevet Forem apprécié") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Nationalité d'un État membre de l'UE", [("Nationalité d'un État membre de l'UE", "nationality")]),
        ("- Être de nationalité d'un pays de l'Union européenne", [("nationalité d'un pays de l'Union européenne", "nationality")]),
        ("La crèche recherche une puéricultrice motivée pour son équipe.", [("puéricultrice", "sex")]),
    ],
)
def test_protected_found(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, c) for t, c in protected(run, line) if c != "age"] == expected


@pytest.mark.parametrize(
    "line",
    [
        "La MJC recrute un(e) animateur(trice) jeunesse (11-17 ans) en CDI.",
        "Vous animez l'accueil libre des 12-26 ans.",
        "Vous animez des ateliers pour les 6-12 ans le mercredi.",
        "- expérience en salle de naissance : souhaitée",
        "- une expérience en règlement collectif de dettes est un atout",
        "On cherche un gars ou une fille du métier pour poser du carrelage.",
        "Vous êtes en bonne condition physique et acceptez de travailler à l'extérieur par tous les temps.",
        "Les jeunes diplômés ne sont pas éligibles à ce poste.",
    ],
)
def test_protected_look_alikes(run: Any, line: str) -> None:
    assert protected(run, line) == []


@pytest.mark.parametrize(
    ("line", "criterion"),
    [
        ("Vous avez entre 18 et 25 ans.", "age"),
        ("Les personnes en règlement collectif de dettes ne seront pas retenues.", "wealth"),
        ("Nous recherchons une fille sérieuse pour le bar.", "sex"),
    ],
)
def test_protected_still_found(run: Any, line: str, criterion: str) -> None:
    assert criterion in [c for _, c in protected(run, line)]


@pytest.mark.parametrize(
    "line",
    [
        "- Brevet transpalette électrique ou vous acceptez de suivre la formation",
        "- Avoir suivi la formation agréée de médiateur de dettes ou s'engager à la suivre dans l'année",
        "- VCA exigé ou tu acceptes de le passer",
    ],
)
def test_to_obtain_by_infinitive_or_accepting_verb_is_preferred(run: Any, line: str) -> None:
    assert [s for _, _, s in certs(run, line)] == ["preferred"]


def test_held_certificate_without_an_alternative_stays_required(run: Any) -> None:
    assert [s for _, _, s in certs(run, "- VCA exigé, vous acceptez de travailler en équipe")] == ["required"]
