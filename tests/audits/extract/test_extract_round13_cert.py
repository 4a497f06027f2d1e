"""Round 13, certifications and licences: permits to practise asked of the candidate, HACCP asked or not, trade
certificates, CACES categories in brackets, and their look-alikes (the employer's label, the team's grade, a travel
visa, a licence dreamt of). Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre organisation renforce son équipe.\nProfil recherché :\n"
CARE = "Notre maison de repos et de soins renforce son équipe infirmière.\nProfil recherché :\n"


def certs(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["code"]) for r in of_kind(reqs, "certification")]


def licences(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["category"]) for r in of_kind(reqs, "licence")]


# --- permits to practise ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bachelier en soins infirmiers (visa et numéro INAMI en ordre)", [("visa", "VISA"), ("numéro INAMI", "NUMERO INAMI")]),
        ("- Vous disposez du visa délivré par le SPF Santé publique", [("visa", "VISA")]),
        ("- Visa et n° INAMI indispensables", [("Visa", "VISA"), ("n° INAMI", "NUMERO INAMI")]),
        ("- Enregistrement comme aide-soignant(e) auprès du SPF Santé publique (indispensable)",
         [("Enregistrement comme aide-soignant(e) auprès du SPF Santé publique", "enregistrement aide-soignant")]),  # round 15: wbe golds
        ("- vous êtes enregistré(e) auprès du SPF Santé publique ;", [("enregistré(e) auprès du SPF Santé publique", "ENREGISTREMENT SPF SANTE")]),
        ("- inscrite au SPF Santé publique", [("inscrite au SPF Santé publique", "ENREGISTREMENT SPF SANTE")]),
    ],
)
def test_health_permits(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(CARE + line)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Agrément PMI obligatoire (ou en cours d'obtention)", [("Agrément PMI", "AGREMENT PMI")]),
        ("- Agrément d'assistante maternelle exigé", [("Agrément d'assistante maternelle", "AGREMENT PMI")]),
        ("- Le titre d'expert-comptable ITAA est un atout", [("expert-comptable ITAA", "ITAA")]),
        ("- Conseiller fiscal agréé ITAA", [("Conseiller fiscal agréé ITAA", "ITAA")]),
        ("- Inscription à l'ITAA souhaitée", [("Inscription à l'ITAA", "ITAA")]),
        ("- vous êtes en règle de formation IDD (connaissances professionnelles FSMA)",
         [("connaissances professionnelles FSMA", "FSMA")]),
        ("- Vous êtes en possession du statut FSMA (PCP)", [("statut FSMA (PCP)", "FSMA")]),  # round 15: coded FSMA (wmix, ymix golds)
        ("- Habilitation examinateur-correcteur DELF appréciée", [("Habilitation examinateur-correcteur DELF", "HABILITATION EXAMINATEUR DELF")]),
        ("- habilitation d'examinatrice DELF/DALF", [("habilitation d'examinatrice DELF/DALF", "HABILITATION EXAMINATEUR DELF")]),
        ("- Carte CNAPS à jour", [("Carte CNAPS", "CARTE PROFESSIONNELLE CNAPS")]),
    ],
)
def test_other_permits(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Visa de travail pris en charge par l'entreprise pour les candidats hors UE.",
        "- Nos clients paient par Visa ou Mastercard.",
        "- Le visa du directeur est requis sur chaque bon de commande.",
    ],
)
def test_visa_look_alikes(run: Any, line: str) -> None:
    assert certs(run(HEAD + line)) == []


def test_visa_outside_a_care_ad(run: Any) -> None:
    assert certs(run("Agence de voyages à Namur.\nProfil recherché :\n- Vous gérez les demandes de visa des clients.")) == []


# --- HACCP: asked of the candidate or the company's procedure --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Le respect des règles d'hygiène (HACCP) est apprécié.",
        "- CAP cuisine exigé\n- Maîtrise des normes HACCPCapacité à travailler en coup de feu",
        "- Connaissance des normes HACCP souhaitée",
    ],
)
def test_haccp_asked(run: Any, line: str) -> None:
    assert [c for _, c in certs(run(HEAD + line))] == ["HACCP"]


def test_haccp_in_a_glued_profile(run: Any) -> None:
    text = "Cuisine de brasserie.\nProfil : CQ6 cuisinier2 ans d'expérience en cuisineVous appliquez les règles HACCPVous êtes résistant"
    assert [c for _, c in certs(run(text))] == ["HACCP"]


@pytest.mark.parametrize(
    "text",
    [
        "Usine de plats cuisinés.\nVos missions :\n- Participer à la mise à jour du plan HACCP de l'usine",
        "Restaurant.\nAucun diplôme n'est demandé ; nous te formons aux règles d'hygiène (HACCP) dès ton arrivée.",
        "Restaurant.\nVos missions :\n- Appliquer les procédures HACCP de la cuisine centrale",
    ],
)
def test_haccp_not_asked(run: Any, text: str) -> None:
    assert certs(run(text)) == []


# --- trade certificates ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Qualifications soudeur à jour (procédés 141 et 111).", [("Qualifications soudeur à jour", "QUALIFICATION SOUDEUR")]),
        ("- Certificat de soudage EN ISO 9606-1 (135/141) souhaité", [("Certificat de soudage EN ISO 9606-1 (135/141)", "QUALIFICATION SOUDEUR")]),
        ("- L'habilitation nucléaire RP1 est un atout.", [("habilitation nucléaire RP1", "HABILITATION NUCLEAIRE")]),
        ("- Habilitation PR1 CC exigée", [("Habilitation PR1 CC", "HABILITATION NUCLEAIRE")]),
        ("- Certificat de technicien frigoriste (catégorie I) exigé",
         [("Certificat de technicien frigoriste (catégorie I)", "ATTESTATION FLUIDES FRIGORIGENES")]),
        ("- l'attestation de compétence d'agent de gardiennage (formation de base A)",
         [("attestation de compétence d'agent de gardiennage", "CARTE GARDIENNAGE")]),
        ("- une formation d'accueillant(e) extrascolaire de 100 heures reconnue par l'ONE",
         [("formation d'accueillant(e) extrascolaire de 100 heures", "FORMATION ACCUEILLANT EXTRASCOLAIRE")]),
        ("- ADR base + citerne en cours de validité", [("ADR base + citerne", "ADR")]),
        ("- permis CE et carte de qualification de conducteur (code 95) en ordre",
         [("carte de qualification de conducteur (code 95)", "CODE 95")]),
        ("- habilitation électrique BA5 ;", [("BA5", "BA5")]),
    ],
)
def test_trade_certificates(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- CACES R489 catégorie 5 obligatoire (cat. 1 et 3 appréciées)",
         [("CACES R489 catégorie 5", "CACES R489 5"), ("1", "CACES R489 1"), ("3", "CACES R489 3")]),
        ("- CACES R489 cat. 3 exigé (catégories 1, 5 souhaitées)",
         [("CACES R489 cat. 3", "CACES R489 3"), ("1", "CACES R489 1"), ("5", "CACES R489 5")]),
        ("- CACES R489 cat. 3 (2 ans d'expérience)", [("CACES R489 cat. 3", "CACES R489 3")]),
    ],
)
def test_caces_categories_in_brackets(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run("Entrepôt logistique.\nProfil recherché :\n" + line)) == expected


# --- look-alikes: the employer's label, the team's grade, others' certificates ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nous offrons un CDI dans une entreprise certifiée VCA** et ISO 9001.",
        "Société de gardiennage agréée par le SPF Intérieur et certifiée VCA, nous recrutons des agents.",
        "Les animateurs de l'équipe sont pour la plupart titulaires du BAFA ou en cours de formation.",
        "Nous accueillons des stagiaires : les jeunes qui préparent le brevet d'animateur peuvent nous contacter.",
    ],
)
def test_certificate_look_alikes(run: Any, text: str) -> None:
    assert certs(run(text)) == []


def test_lower_ssiap_grade_of_the_team(run: Any) -> None:
    text = ("Nous recherchons un chef d'équipe SSIAP 2.\nMissions\n- Encadrer une équipe de 4 agents SSIAP 1\n\n"
            "Profil requis\n- Diplôme SSIAP 2 en cours de validité\n- 2 ans d'expérience en tant qu'agent SSIAP 1")
    assert [c for _, c in certs(run(text))] == ["SSIAP 2", "SSIAP 2"]


def test_ssiap_1_asked_alone_stays(run: Any) -> None:
    assert [c for _, c in certs(run(HEAD + "- Agent SSIAP 1 exigé"))] == ["SSIAP 1"]


# --- licences ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chauffeur CE (code 95) – trafic national (H/F)", [("CE", "CE")]),
        ("Chauffeur C ou CE (H/F)", [("C", "C"), ("CE", "CE")]),
        ("Conducteur D – lignes régulières", [("D", "D")]),
        ("CONDUCTEUR DE LIGNE (H/F)", []),
    ],
)
def test_licence_category_after_the_driver_in_a_title(run: Any, title: str, expected: list[tuple[str, str]]) -> None:
    reqs = run("Transport régional.\nProfil : ponctuel.", title=title)
    assert [(r["text"], r["category"]) for r in reqs if r["kind"] == "licence" and r["field"] == "title"] == expected


def test_licence_dreamt_of_is_not_asked(run: Any) -> None:
    text = HEAD + "- permis C exigé.\nVous rêvez de passer le permis CE ? Notre client finance le permis CE pour ses ouvriers."
    assert licences(run(text)) == [("permis C", "C")]


def test_experience_as_a_driver_is_no_licence(run: Any) -> None:
    assert licences(run(HEAD + "- Vous avez minimum 2 ans d'expérience en tant que chauffeur CE dans le transport régional de marchandises")) == []
