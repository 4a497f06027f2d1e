"""Round 18, certifications by wording family (from the sixth written batch's errors): the Belgian nurse's "titre
professionnel particulier" as a certification coded "TPP <field>" (the guide's convention after the sixth batch),
badges a post depends on (airport, AMU), registrations and approvals written short (AViQ, SPF Santé, "agréé par le
SPF"), Belgian public-service brevets and the firefighter's federal attestation, the driving instructor's
authorisation, site and sector certificates (slinging, the safety coordinator by its level, the PEB certifier, the
drone pilot, fluorinated gases, the VDA auditor, AMF in capitals, the FSMA exam, the ITAA stage), another level of
the prevention adviser's certificate after "ou", a CQP's name that stops before another acronym. Each family has a look-alike that must not fire. Sentences written for the
test (no offer text); offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def certs(run: Any, line: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["code"], r["strength"]) for r in of_kind(run(HEAD + line), "certification")]


def codes(run: Any, line: str) -> list[str]:
    return [c for _, c, _ in certs(run, line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18: the TPP by its field, its first part, or its acronym in brackets or bare
        ("- Le titre professionnel particulier en gériatrie est un atout", ["TPP gériatrie"]),
        ("- Titre professionnel particulier en soins intensifs et aide médicale urgente (SIAMU) exigé", ["TPP SIAMU"]),
        ("- Le titre professionnel particulier en santé mentale et psychiatrie est un atout", ["TPP santé mentale"]),
        ("- TPP SIAMU souhaité", ["TPP SIAMU"]),
        ("- Titre professionnel particulier d'infirmier en oncologie apprécié", ["TPP oncologie"]),
        ("- Un titre professionnel particulier en soins palliatifs serait un plus", ["TPP soins palliatifs"]),
    ],
)
def test_tpp_is_a_certification(run: Any, line: str, expected: list[str]) -> None:
    assert codes(run, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18: badges the post depends on
        ("- Vous devez obtenir le badge aéroportuaire (enquête administrative)", ["badge aéroportuaire"]),
        ("- Tu dois obtenir un badge de sécurité aéroportuaire avant l'engagement.", ["badge aéroportuaire"]),
        ("- Badge d'accès aéroport obligatoire", ["badge aéroportuaire"]),
        ("- Être titulaire du badge AMU en cours de validité", ["badge AMU"]),
        # Round 18: registrations and approvals written short
        ("- Vous êtes en possession de l'enregistrement AVIQ", ["enregistrement AViQ"]),
        ("- Enregistrement à l'AViQ indispensable", ["enregistrement AViQ"]),
        ("- Enregistrement SPF Santé en ordre", ["ENREGISTREMENT SPF SANTE"]),
        ("- Médecin spécialiste ; agréé par le SPF Santé publique", ["agrément SPF Santé publique"]),
        # Round 18: Belgian public-service brevets and attestations
        ("- Être titulaire du brevet de directeur", ["brevet directeur"]),
        ("- Le brevet d'inspecteur de police est requis", ["brevet inspecteur"]),
        ("- Brevet de sapeur-pompier (BO1)", ["brevet sapeur-pompier BO1"]),
        ("- Être titulaire de l'attestation d'aptitude fédérale (AAF) en cours de validité", ["attestation d'aptitude fédérale"]),
        ("- Vous êtes guide nature breveté(e)", ["brevet guide nature"]),
        # Round 18: the driving instructor's authorisation and its mention
        ("- Autorisation d'enseigner en cours de validité. Mention deux-roues appréciée.", ["autorisation d'enseigner la conduite", "mention deux-roues"]),
        # Round 18: site and sector certificates
        ("- Les habilitations élingage sont un plus.", ["élingage"]),
        ("- Habilitation à l'élingage exigée", ["élingage"]),
        ("- Coordinateur sécurité-santé (niveau A ou B) : un plus", ["coordinateur sécurité-santé"]),
        ("- Coordinatrice sécurité-santé de niveau B souhaitée", ["coordinateur sécurité-santé"]),
        ("- Certificateur PEB : un atout", ["certificateur PEB"]),
        ("- Télépilote de drone (brevet théorique ULM) serait un plus.", ["télépilote de drone"]),
        ("- Certificat d'aptitude théorique de télépilote (CATT) exigé", ["CATT"]),  # its own acronym (round 15)
        ("- Une formation airco (certificat gaz fluorés) serait un plus.", ["ATTESTATION FLUIDES FRIGORIGENES"]),
        ("- Certification auditeur VDA 6.3 appréciée", ["certification auditeur VDA 6.3"]),
        ("- CERTIFICATION AMF OBLIGATOIRE.", ["certification AMF"]),
        ("- IOBSP APPRECIE.", ["IOBSP"]),
        ("- Habilitation IOBSP souhaitée", ["IOBSP"]),
        ("- Stage ITAA en cours est un plus.", ["ITAA"]),
        ("- Stagiaire IPCF accepté(e)", ["ITAA"]),
        ("- Auditeur VDA 6.3 certifié idéalement", ["certification auditeur VDA 6.3"]),
        ("- Certificat de conseiller en prévention niveau 2 ou niveau 1 : un atout", ["CONSEILLER EN PREVENTION NIVEAU 2", "CONSEILLER EN PREVENTION NIVEAU 1"]),
        ("- La réussite de l'examen FSMA est un atout.", ["FSMA"]),
        ("- Vous disposez des agréments FSMA en banque et assurances.", ["FSMA"]),
        ("- La phytolicense P1 serait un atout.", ["PHYTOLICENCE"]),
        ("- Habilitation véhicules électriques B0L un plus", ["HABILITATION ELECTRIQUE B0L"]),
    ],
)
def test_round18_families(run: Any, line: str, expected: list[str]) -> None:
    assert codes(run, line) == expected


def test_cqp_name_stops_before_another_acronym(run: Any) -> None:
    # Round 18: "CQP cordiste niveau 1 ou IRATA niveau 1": two certificates, the CQP's name ends before "ou IRATA"
    assert certs(run, "- Certificat CQP cordiste niveau 1 ou IRATA niveau 1 minimum exigé.")[:2] == [
        ("CQP cordiste niveau 1", "CQP cordiste niveau 1", "required"), ("IRATA niveau 1", "IRATA", "required")]
    # … and before a diploma's acronym ("ou BTS …")
    assert codes(run, "- CQP Conducteur d'installations chimiques ou BTS Pilotage de procédés.") == ["CQP Conducteur d'installations chimiques"]


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: an organisation's approval, a bare coordinator's job, the Walloon APE passport (an employer's subsidy, not labelled in the golds)
        "- Notre centre est agréé par le SPF Santé publique.",
        "- Vous êtes coordinateur sécurité-santé sur nos chantiers.",
        "- Passeport APE apprécié",
        "- Cabinet d'expertise comptable ITAA (Bruxelles), 8 collaborateurs.",
        "- Nous offrons un stage ITAA si vous souhaitez devenir expert-comptable.",
        # the firm's VCA level by its stars
        "- Papeterie de 230 collaborateurs, certifiés ISO 14001, FSC et VCA*.",
        "- L'intercommunale, certifiée ISO 45001 et VCA**, recrute.",
        "- Notre cabinet de courtage IOBSP recrute à Lyon.",
        "- Le niveau 1 ou niveau 2 en néerlandais.",
        "- Nous investissons dans la formation de nos collaborateurs (certification AMF, RICS).",
        "- Le badge d'accès au bâtiment vous sera remis le premier jour.",
    ],
)
def test_round18_look_alikes(run: Any, line: str) -> None:
    assert certs(run, line) == []


@pytest.mark.parametrize(
    "line",
    [
        # Round 18: a chance of training the employer gives, the certificate not asked
        "- Possibilité de formation VCA via l'agence.",
        "- Possibilité de passer le CACES R489 en interne.",
        "- Possibilité de suivre la formation SST après la période d'essai.",
    ],
)
def test_chance_of_training_is_not_asked(run: Any, line: str) -> None:
    assert certs(run, line) == []


def test_fuels_listed_after_the_approval(run: Any) -> None:
    # Round 18: one approval per fuel listed in brackets, the head word not one more
    assert certs(run, "- Agrément chauffagiste (gaz G1, combustibles liquides L) est un plus") == [
        ("gaz G1", "TECHNICIEN CHAUDIERE AGREE", "preferred"), ("combustibles liquides L", "TECHNICIEN CHAUDIERE AGREE", "preferred")]
    assert [t for t, _, _ in certs(run, "- Agrément chaudière (mazout L ou gaz G2) exigé")] == ["mazout L", "gaz G2"]
    # look-alike: one fuel without a level stays the approval's bracket
    assert [t for t, _, _ in certs(run, "- Agrément chauffagiste (gaz) exigé")] == ["Agrément chauffagiste (gaz)"]
