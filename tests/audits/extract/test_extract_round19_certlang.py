"""Round 19, certifications, languages, experience and licences by wording family (from the seventh written batch's
errors, generalised): permits to practise as a registration with the body that keeps the register (AViQ, COCOF, ONE,
SPF, the Order's council, the ADELI/RPPS directory, the cadastre), trainings approved by a public body, the private
security agents' certificates, the medical fitness certificate, the State security clearance, process auditors, the
insurance intermediary's attested knowledge, the teacher's language-mastery certificate; what the employer gives or
holds (the academy's courses, "on vous forme au … et au CACES", "le groupe en est titulaire"), a lower certificate
"insuffisant"; Selor/BOSA certificates as language items and speakers ("Germanophones bienvenus"); years spent in an
activity without the word "expérience" ("2 ans de pratique en salon", "3 ans minimum en conformité bancaire", "Exp.
hôtellerie 1 an mini"); a licence glued after an acronym. Each family has look-alikes that must not fire. Sentences
written for the test (no offer text); offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def items(run: Any, line: str, kind: str, attr: str) -> list[tuple[str, Any]]:
    return [(r["text"], r[attr]) for r in of_kind(run(HEAD + line), kind)]


def certs(run: Any, line: str) -> list[tuple[str, Any]]:
    return items(run, line, "certification", "code")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- enregistrement comme aide familiale auprès de l'AViQ", [("enregistrement comme aide familiale auprès de l'AViQ", "enregistrement AViQ")]),
        ("- Inscription auprès de la COCOF exigée", [("Inscription auprès de la COCOF", "enregistrement COCOF")]),
        ("- Enregistrement au cadastre des aides-soignants (SPF Santé) indispensable",
         [("Enregistrement au cadastre des aides-soignants (SPF Santé)", "enregistrement aide-soignant")]),
        ("- Certificat d'aide-soignant + enregistrement SPF obligatoire", None),
        ("- AGRÉMENT AUPRÈS DU SPF SANTÉ PUBLIQUE", [("AGRÉMENT AUPRÈS DU SPF SANTÉ PUBLIQUE", "agrément SPF Santé publique")]),
        ("- DE de masseur-kinésithérapeute et inscription au Conseil départemental de l'Ordre exigés",
         [("inscription au Conseil départemental de l'Ordre", "inscription à l'Ordre")]),
        ("- Titre de psychologue (inscription au répertoire ADELI/RPPS)", [("inscription au répertoire ADELI/RPPS", "ADELI/RPPS")]),
    ],
)
def test_registration_with_the_body_is_a_certification(run: Any, line: str, expected: Any) -> None:
    found = certs(run, line)
    if expected is None:
        assert [t for t, _ in found if "enregistrement" in t.lower()] == ["enregistrement SPF"]
    else:
        assert [f for f in found if f[0] in {t for t, _ in expected}] == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Vous êtes inscrit(e) comme demandeur d'emploi auprès du Forem.",
        "- Notre service d'aide à domicile est enregistré auprès de la COCOF.",
        "- Vous assurez l'enregistrement des commandes et des retours.",
        "- Notre centre de formation agréé par la Région wallonne vous accueille.",
        "- Vous suivrez la formation de base d'agent de gardiennage à nos frais.",
        "- Nous recrutons des agents de sûreté aéroportuaire.",
        "- En cas d'absence, un certificat médical est exigé dès le premier jour.",
        "- Le secret professionnel est de rigueur.",
        "- Le poste nécessite une habilitation de sécurité, dont la procédure sera engagée par nos soins.",
        "- Habilitations de sécurité électrique B1V et H0 requises",
        "- Connaissance des référentiels IATF 16949 et VDA 6.3",
        "- Bonnes connaissances professionnelles en IARD.",
        "- Le niveau 2 est un atout pour ce poste de secrétaire.",
    ],
)
def test_look_alikes_are_not_certifications(run: Any, line: str) -> None:
    assert certs(run, line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Avoir suivi la formation de gardien de la paix agréée par le SPF Intérieur", "formation gardien de la paix agréée"),
        ("- attestation de formation de base agent de gardiennage", "CARTE GARDIENNAGE"),
        ("- certification d'agent de sûreté exigée", "certification agent de sûreté"),
        ("- Certificat d'agent de sécurité privée exigé", "certification agent de sécurité"),
        ("- un certificat médical (sélection médicale groupe 2) valide", "sélection médicale"),
        ("- le certificat d'aptitude médicale en ordre", "certificat médical d'aptitude"),
        ("- Habilitation de sécurité (niveau confidentiel) à obtenir", "habilitation de sécurité"),
        ("- Habilitation de sécurité niveau secret souhaitée", "habilitation de sécurité"),
        ("- connaissances professionnelles IARD attestées : un atout", "connaissances professionnelles IARD"),
        ("- certificat de maîtrise approfondie de la langue française exigé", "certificat de maîtrise approfondie"),
        ("- Une certification Green Belt Lean Six Sigma serait appréciée", "Green Belt Lean Six Sigma"),
    ],
)
def test_certificate_families(run: Any, line: str, expected: str) -> None:
    assert [c for _, c in certs(run, line)] == [expected]


def test_auditor_standards_after_a_slash_are_two_items(run: Any) -> None:
    assert [t for t, _ in certs(run, "- Qualification auditeur IATF 16949 / VDA 6.3 exigée")] == ["Qualification auditeur IATF 16949", "VDA 6.3"]


def test_other_level_as_a_wish_after_the_prevention_adviser(run: Any) -> None:
    found = certs(run, "- Certificat de conseiller en prévention niveau 2 exigé. Le niveau 1 est un atout majeur.")
    assert [c for _, c in found] == ["CONSEILLER EN PREVENTION NIVEAU 2", "CONSEILLER EN PREVENTION NIVEAU 1"]


def test_aipr_levels_coordinated(run: Any) -> None:
    assert [t for t, _ in certs(run, "- AIPR opérateur ou encadrant apprécié")] == ["AIPR opérateur", "encadrant"]


@pytest.mark.parametrize(
    "line",
    [
        "Sans expérience ? On vous forme au poste et au CACES R485 gerbeur.",
        "Chaque intérimaire peut suivre gratuitement des formations via notre académie (sécurité, brevet cariste, VCA, bureautique).",
        "Permis d'exploitation et licence IV : le groupe en est titulaire, vous serez formé(e) si nécessaire.",
        "Nationalité française exigée pour l'agrément préfectoral.",
        "Le brevet d'ambulancier de transport non urgent est insuffisant.",
    ],
)
def test_given_held_or_not_enough_is_not_asked(run: Any, line: str) -> None:
    assert certs(run, line) == []


def test_the_same_certificates_asked_still_fire(run: Any) -> None:
    assert [c for _, c in certs(run, "- Vous avez un brevet cariste valide et le VCA.")] == ["BREVET CARISTE", "VCA"]
    assert [c for _, c in certs(run, "- Permis d'exploitation exigé.")] == ["PERMIS D'EXPLOITATION"]


def langs(run: Any, line: str) -> list[tuple[str, Any]]:
    return items(run, line, "language", "language")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Germanophones bienvenus.", [("Germanophones", "de")]),
        ("- Néerlandophone : un atout", [("Néerlandophone", "nl")]),
        ("- Bilingue FR/NL (certificat Selor/BOSA article 12 apprécié)", [("FR", "fr"), ("NL", "nl"), ("certificat Selor/BOSA article 12", "nl")]),
        ("- Vous disposez d'un certificat linguistique de connaissance de la deuxième langue (article 9§1) délivré par SELOR/BOSA, ou vous êtes prêt(e) à le passer.",
         [("certificat linguistique de connaissance de la deuxième langue (article 9§1) délivré par SELOR/BOSA", "nl")]),
    ],
)
def test_language_families(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert langs(run, line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Nos écoles en Communauté germanophone accueillent 300 élèves.",
        "Notre clientèle néerlandophone est exigeante.",
    ],
)
def test_speakers_of_a_region_or_public_are_not_asked(run: Any, line: str) -> None:
    assert langs(run, line) == []


def years(run: Any, line: str) -> list[tuple[str, Any]]:
    return items(run, line, "experience", "years")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Exp. hôtellerie 1 an mini.", [("Exp. hôtellerie 1 an mini", 1.0)]),
        ("Profil : diplôme de coiffure avec au moins 2 ans de pratique en salon.", [("au moins 2 ans", 2.0)]),
        ("Avocat(e) de 3 à 6 ans de barreau en droit des sociétés.", [("3 à 6 ans", 3.0)]),
        ("Vous avez un master en droit, 3 ans minimum en conformité bancaire (KYC, AML).", [("3 ans minimum", 3.0)]),
        ("- 2 ans de vente SaaS B2B (outbound, cycles courts)", [("2 ans", 2.0)]),
        ("- 5 ans d'encadrement d'équipe", [("5 ans", 5.0)]),
    ],
)
def test_years_of_an_activity_are_experience(run: Any, line: str, expected: list[tuple[str, float]]) -> None:
    assert years(run, line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Contrat de 3 ans minimum en CDD.",
        "Vous devez avoir 18 ans minimum en début de contrat.",
        "Garantie de 2 ans sur nos produits.",
    ],
)
def test_durations_that_are_not_experience(run: Any, line: str) -> None:
    assert years(run, line) == []


def test_licence_glued_after_an_acronym(run: Any) -> None:
    found = items(run, "Votre profil :enregistrement auprès de l'AViQpermis B et véhicule personnel indispensables", "licence", "category")
    assert found == [("permis B", "B")]


@pytest.mark.parametrize(
    "line",
    [
        "- Une habilitation de sécurité sera demandée après recrutement (procédure menée par l'employeur).",
        "- Instituteur + certificat de connaissance approfondie du néerlandais (examen linguistique article 11).",
        "Nous demandons une formation de base reconnue par l'ONE (ou s'engager à la suivre).",
    ],
)
def test_more_certificate_look_alikes(run: Any, line: str) -> None:
    assert certs(run, line) == []


def test_clearance_to_obtain_is_preferred(run: Any) -> None:
    found = of_kind(run(HEAD + "- Habilitation de sécurité (niveau confidentiel) à obtenir"), "certification")
    assert [(r["text"], r["strength"]) for r in found] == [("Habilitation de sécurité (niveau confidentiel)", "preferred")]


def test_one_certificate_under_two_names_joined_by_a_slash(run: Any) -> None:
    assert certs(run, "✦ Certificat HACCP / formation en hygiène alimentaire") == [("HACCP / formation en hygiène alimentaire", "HACCP")]


def test_ambulance_badge_restated_by_its_brevet_is_one_item(run: Any) -> None:
    assert certs(run, "Requis : le badge de secouriste-ambulancier AMU (brevet AMU) en cours de validité.") == [
        ("badge de secouriste-ambulancier AMU (brevet AMU)", "badge AMU")
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("➤ Anglais, apprécié", [("Anglais", "en", "preferred")]),
        ("➤ Néerlandais, un plus", [("Néerlandais", "nl", "preferred")]),
        ("• français natif, anglais pro", [("français", "fr", "required"), ("anglais", "en", "required")]),
        ("- Français ou néerlandais : niveau natif ; connaissance passive de l'autre langue nationale",
         [("Français", "fr", "required"), ("néerlandais", "nl", "required")]),
        ("- Maîtrise du français ; connaissance de l'autre langue nationale souhaitée",
         [("français", "fr", "required"), ("autre langue nationale", "nl", "preferred")]),
        ("- Connaissance suffisante du néerlandais (attestation Selor article 12 ou à obtenir)", [("néerlandais", "nl", "required")]),
    ],
)
def test_more_language_families(run: Any, line: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(r["text"], r["language"], r["strength"]) for r in of_kind(run(HEAD + line), "language")] == expected


def test_nothing_asked_in_a_product_sentence(run: Any) -> None:
    assert langs(run, "Nos produits pro en anglais.") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Diplôme d'aide-soignant obligatoire. Les nouveaux diplômés sont bienvenus.", [("Les nouveaux diplômés sont bienvenus", 0.0)]),
        ("- Nouvelles diplômées bienvenues !", [("Nouvelles diplômées bienvenues", 0.0)]),
        ("Votre profil :permis B et véhicule personnel indispensablesdébutant(e)s accepté(e)s, formation assurée.",
         [("débutant(e)s accepté(e)s", 0.0)]),
    ],
)
def test_beginners_welcome(run: Any, line: str, expected: list[tuple[str, float]]) -> None:
    assert years(run, line) == expected
