"""Round 12, certifications and licences: families of wordings (lists, Belgian and French certificates, licence
categories) and their look-alikes. Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import of_kind

from audits.extract.training import offered_on_line, offered_right_after, training_offer

HEAD = "Notre entreprise de Wallonie renforce son équipe.\nProfil recherché :\n"


def certs(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["code"]) for r in of_kind(reqs, "certification")]


def licences(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["category"]) for r in of_kind(reqs, "licence")]


# --- one "given by the employer" rule (training.py) for trainings, licences and certificates ----------------------


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Permis C financé par l'entreprise", 8, True),
        ("Permis D entièrement pris en charge", 8, True),
        ("Permis CE inclus dans votre parcours", 9, True),
        ("Permis B obligatoire, permis C financé", 8, False),
    ],
)
def test_offered_right_after(text: str, end: int, expected: bool) -> None:
    assert offered_right_after(text, end) is expected


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Certifications AWS et Azure financées à 100 %", 18, True),
        ("CACES R489 exigé, formation financée", 10, False),
        ("Habilitation électrique B1V, BR et BC à jour (recyclage pris en charge)", 37, False),
        ("SST apprécié (sinon formation prise en charge)", 3, False),
        ("SST\nTickets restaurant pris en charge à 60 %", 3, False),
    ],
)
def test_offered_on_line(text: str, end: int, expected: bool) -> None:
    assert offered_on_line(text, end) is expected


def test_training_sentence_uses_the_same_words() -> None:
    assert training_offer("Formation CACES financée par l'entreprise.") == "drop"
    assert training_offer("Formation incluse dans le contrat.") == "drop"
    assert training_offer("CACES exigé, ou formation financée en interne.") == "optional"
    assert training_offer("CACES R489 exigé.") is None


@pytest.mark.parametrize(
    ("line", "expected_certs", "expected_licences"),
    [
        ("- Habilitation électrique B1V, BR et BC à jour (recyclage pris en charge par l'entreprise)",
         [("Habilitation électrique B1V", "HABILITATION ELECTRIQUE B1V"), ("BR", "HABILITATION ELECTRIQUE BR"),
          ("BC", "HABILITATION ELECTRIQUE BC")], []),
        ("- Permis B exigé. Le permis C est entièrement financé par l'entreprise.", [], [("Permis B", "B")]),
        ("- Certifications Azure financées à 100 %.", [], []),
    ],
)
def test_offered_in_ads(run: Any, line: str, expected_certs: list[tuple[str, str]], expected_licences: list[tuple[str, str]]) -> None:
    reqs = run(HEAD + line)
    assert certs(reqs) == expected_certs
    assert licences(reqs) == expected_licences


# --- lists of certificates: introduced by "certification(s)" or coordinated with a known one ----------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- PMP ou PRINCE2 apprécié", [("PMP", "PMP"), ("PRINCE2", "PRINCE2")]),
        ("- PMP ou Prince2 serait un atout", [("PMP", "PMP"), ("Prince2", "PRINCE2")]),
        ("- Une certification CISSP, CISM ou ISO 27001 Lead Implementer serait appréciée.",
         [("CISSP", "CISSP"), ("CISM", "CISM"), ("ISO 27001 Lead Implementer", "ISO 27001 Lead Implementer")]),
        ("- Certifications appréciées : GCIH, OSCP", [("GCIH", "GCIH"), ("OSCP", "OSCP")]),
        ("- Les certifications OSCP, OSWE, CRTP ou PASSI sont appréciées.",
         [("OSCP", "OSCP"), ("OSWE", "OSWE"), ("CRTP", "CRTP"), ("PASSI", "PASSI")]),
        ("- CKA, CKS ou HashiCorp Terraform Associate sont appréciés.",
         [("CKA", "CKA"), ("CKS", "CKS"), ("HashiCorp Terraform Associate", "HashiCorp Terraform Associate")]),
        ("- Certifications VCP-DCV et/ou NCP-MCI souhaitées.", [("VCP-DCV", "VCP-DCV"), ("NCP-MCI", "NCP-MCI")]),
        ("- Une certif CompTIA Security+ ou CEH est un plus", [("CompTIA Security+", "CompTIA Security+"), ("CEH", "CEH")]),
        ("- RHCSA ou LPIC-2 apprécié", [("RHCSA", "RHCSA"), ("LPIC-2", "LPIC-2")]),
        ("- Certification Cloudera appréciée.", [("Cloudera", "Cloudera")]),
        ("- AWS Certified Solutions Architect or CKA appreciated",
         [("AWS Certified Solutions Architect", "AWS Certified Solutions Architect"), ("CKA", "CKA")]),
    ],
)
def test_certificate_lists(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


def test_certificate_list_is_one_group_with_one_strength(run: Any) -> None:
    reqs = of_kind(run(HEAD + "- Une certification CISSP, CISM ou ISO 27001 Lead Implementer serait appréciée."), "certification")
    assert len({r["alternative_group"] for r in reqs}) == 1 and reqs[0]["alternative_group"] is not None
    assert {r["strength"] for r in reqs} == {"preferred"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # skills coordinated with a certificate stay skills
        ("- Maîtrise d'Azure, SAP et Snowflake ; PMP apprécié", [("PMP", "PMP")]),
        ("- Connaissances SQL, AWS ou CKA", [("CKA", "CKA")]),
        ("- Une certification en Angular ou Java est un atout", []),
        # the employer's or the products' certifications, a benefit, a field named before its certificates
        ("- Nous sommes certifiés ISO 9001 et VCA.", []),
        ("- Expérience en environnements certifiés (ISO 27001, PCI-DSS)", []),
        ("- Participer aux démarches de certifications : IFS Food, Label Rouge, BIO.", []),
        ("- Certifications IFS Food, BRC (apprécié)", []),
        ("- Certifications IFS FOOD, Label Rouge, BIO, MSC/ASC (apprécié)", []),
        ("- Faire évoluer ton CV grâce à des formations et certifications (IBM, Oracle, Microsoft...)", []),
        ("- Certifications financées (OSCP, OSEP…), 2 conférences par an", []),
        ("- Un budget certification (RHCE, CKA) et du temps pour les préparer", []),
        ("- Certification Product Owner (PSPO, PSM ou équivalent) appréciée.", [("PSPO", "PSPO"), ("PSM", "PSM")]),
        ("- Customer Success Manager (CSM) expérimenté", []),
    ],
)
def test_certificate_list_look_alikes(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


# --- CACES: every wording, one item per category; taught or questioned CACES are not asked -----------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- CACES R489 cat. 1, 3 et 5", [("CACES R489 cat. 1", "CACES R489 1"), ("3", "CACES R489 3"), ("5", "CACES R489 5")]),
        ("- CACES R489 catégorie 1, catégorie 3 et catégorie 5 en cours de validité",
         [("CACES R489 catégorie 1", "CACES R489 1"), ("catégorie 3", "CACES R489 3"), ("catégorie 5", "CACES R489 5")]),
        ("- CACES 1 3 5 exigés (préparation de commandes en entrepôt)",
         [("CACES 1", "CACES R489 1"), ("3", "CACES R489 3"), ("5", "CACES R489 5")]),
        ("- CACES R489 cat 3 obligatoire", [("CACES R489 cat 3", "CACES R489 3")]),
        ("- Caces chariot obligatoire", [("Caces chariot", "CACES R489")]),
        ("- CACES nacelle R486 apprécié", [("CACES nacelle R486", "CACES R486")]),
        ("- CACES 3\n5 ans d'expérience en entrepôt", [("CACES 3", "CACES R489 3")]),
        ("- Formation CACES R489 exigée", [("CACES R489", "CACES R489")]),
    ],
)
def test_caces_wordings(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Pas de CACES ? Nous vous formons au CACES 1 pendant l'intégration.",
        "- Formateur CACES / Formatrice CACES - Centre de formation",
        "- Nos simulateurs servent à préparer les opérateurs au CACES.",
        "- Pas de CACES R490 ? Nous pouvons vous le faire passer.",
    ],
)
def test_caces_look_alikes(run: Any, line: str) -> None:
    assert certs(run(HEAD + line)) == []


# --- habilitations électriques: glued starts, electric-vehicle levels ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Expérience en bâtimentHabilitation electrique BR indispensable", [("Habilitation electrique BR", "HABILITATION ELECTRIQUE BR")]),
        ("- Habilitation électrique B0L ou B2XL (véhicules électriques) serait un atout",
         [("Habilitation électrique B0L", "HABILITATION ELECTRIQUE B0L"), ("B2XL", "HABILITATION ELECTRIQUE B2XL")]),
        ("- habilitations B1V, B2V, BR",
         [("habilitations B1V", "HABILITATION ELECTRIQUE B1V"), ("B2V", "HABILITATION ELECTRIQUE B2V"), ("BR", "HABILITATION ELECTRIQUE BR")]),
    ],
)
def test_electrical_habilitations(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


def test_caces_list_offsets_and_strength(run: Any) -> None:
    description = HEAD + "- CACES R489 catégorie 1 et catégorie 3 souhaités"
    reqs = of_kind(run(description), "certification")
    assert [r["text"] for r in reqs] == ["CACES R489 catégorie 1", "catégorie 3"]
    assert all(description[r["start"] : r["end"]] == r["text"] for r in reqs)
    assert {r["strength"] for r in reqs} == {"preferred"}


# --- Belgian and French certificates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- VCA de base souhaité", [("VCA de base", "VCA")]),  # round 15: the span keeps "de base" as the written golds do
        ("- Pas le vertigeVCA souhaité", [("VCA", "VCA")]),
        ("- Code 95 et carte de qualification de conducteur en ordre",
         [("Code 95", "CODE 95"), ("carte de qualification de conducteur", "CODE 95")]),
        ("- Brevet de secourisme souhaité", [("Brevet de secourisme", "BREVET DE SECOURISME")]),
        ("- Permis de cariste indispensable", [("Permis de cariste", "BREVET CARISTE")]),
        ("- Le brevet cariste est indispensable, le brevet de gerbeur est un atout",
         [("brevet cariste", "BREVET CARISTE"), ("brevet de gerbeur", "BREVET GERBEUR")]),
        ("- Attestation de sécurité (gardiennage) indispensable", [("Attestation de sécurité (gardiennage)", "CARTE GARDIENNAGE")]),
        ("- Être en possession de la carte d'identification d'agent de gardiennage",
         [("carte d'identification d'agent de gardiennage", "CARTE GARDIENNAGE")]),
        ("- La phytolicence P1 est un atout", [("phytolicence P1", "PHYTOLICENCE")]),
        ("- Agréation FSMA exigée", [("Agréation FSMA", "FSMA")]),  # round 15: coded FSMA as every written gold
        ("- Certificat frigoriste catégorie I indispensable", [("Certificat frigoriste catégorie I", "ATTESTATION FLUIDES FRIGORIGENES")]),
        ("- AFGSU niveau 2 à jour", [("AFGSU niveau 2", "AFGSU 2")]),
        ("- Certificat Voltaire apprécié", [("Certificat Voltaire", "CERTIFICAT VOLTAIRE")]),
        ("- SSIAP 1 ou SSIAP 2 indispensable\n- carte pro à jour",
         [("SSIAP 1", "SSIAP 1"), ("SSIAP 2", "SSIAP 2"), ("carte pro", "CARTE PROFESSIONNELLE CNAPS")]),
        ("- Certificat de capacité d'ambulancier exigé", [("Certificat de capacité d'ambulancier", "CERTIFICAT DE CAPACITE")]),
    ],
)
def test_belgian_and_french_certificates(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Carte pro BTP fournie par l'employeur",
        "- Postulez en joignant votre carte professionnelle.",
        "- Nous sommes certifiés VCA.",
    ],
)
def test_belgian_and_french_look_alikes(run: Any, line: str) -> None:
    assert certs(run(HEAD + line)) == []


# --- licences: categories, English, glued starts, a second category with its own cue; look-alikes -----------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Maîtrise d'AutoCAD et QGISPermis BNous offrons une voiture", [("Permis B", "B")]),
        ("- Valid driving licence", [("Valid driving licence", "B")]),
        ("- Driving licence B", [("Driving licence B", "B")]),
        ("- Permis auto exigé", [("Permis auto", "B")]),
        ("- Permis B et voiture indispensables", [("Permis B", "B")]),
        ("- Permis B indispensable, BE un plus (remorque)", [("Permis B", "B"), ("BE", "BE")]),
        ("- le permis B ; le BE est un vrai plus (remorques)", [("permis B", "B"), ("BE", "BE")]),
        ("- permis D (DE apprécié pour le tourisme avec remorque)", [("permis D", "D"), ("DE", "DE")]),
        ("- Permis B indispensable (véhicule de service)", [("Permis B", "B")]),
        ("- permis de conduire valide", [("permis de conduire valide", "B")]),
        ("- Permis poids lourd exigé", [("Permis poids lourd", "C")]),
        ("- permis VL/PL/SPL/EC", [("permis VL", "B"), ("PL", "C"), ("SPL", "CE"), ("EC", "CE")]),
        ("- Permis G (tracteur agricole) souhaité", [("Permis G", "G")]),
        ("- 2 ans d'expérience en atelier PL, permis C souhaité pour les essais", [("permis C", "C")]),
        ("- Passer le permis C est obligatoire dans les 6 mois.", [("permis C", "C")]),
    ],
)
def test_licence_wordings(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert licences(run(HEAD + line)) == expected


def test_second_category_keeps_its_own_cue(run: Any) -> None:
    reqs = of_kind(run(HEAD + "- Permis B indispensable, BE un plus (remorque)"), "licence")
    assert [(r["text"], r["strength"]) for r in reqs] == [("Permis B", "required"), ("BE", "preferred")]


@pytest.mark.parametrize(
    "line",
    [
        "- Nos conducteurs sont tous titulaires du permis C ou CE et de la FIMO.",
        "- Le syndicat finance le permis C pour les ripeurs qui souhaitent évoluer.",
        "- Les candidats peuvent passer le permis C avec nous.",
        "- Le permis C peut être financé par l'entreprise après un an.",
        "- Vous n'avez que le permis B ? Nous finançons le permis D.",
        "- Vous n'avez pas encore le permis D ? Nous organisons une session de formation.",
        "- Permis de construire, permis d'environnement et permis unique : vous les instruisez.",
        "- Titre de séjour et permis de travail valides",
        "- Nos chauffeurs SPL sillonnent l'Europe.",
        "- Mécanicien PL en atelier depuis 10 ans, notre équipe répare les camions.",
    ],
)
def test_licence_look_alikes(run: Any, line: str) -> None:
    reqs = run(HEAD + line)
    assert licences(reqs) == [] and certs(reqs) == []


# --- look-alikes met on the team's ads after the first passes -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Requis : caces 1 et caces 3 a jour", [("caces 1", "CACES R489 1"), ("caces 3", "CACES R489 3")]),
        ("- Si vous avez le CACES R489 1, c'est un plus.", [("CACES R489 1", "CACES R489 1")]),
        ("- La certification GICSP ou ISA/IEC 62443 Cybersecurity Expert serait un atout",
         [("GICSP", "GICSP"), ("ISA/IEC 62443 Cybersecurity Expert", "ISA/IEC 62443 Cybersecurity Expert")]),
        ("- Certification CIPP/E appréciée", [("CIPP/E", "CIPP/E")]),
    ],
)
def test_list_and_caces_edges(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


def test_list_number_and_bracketed_platforms_are_no_certificates(run: Any) -> None:
    assert "4" not in [t for t, _ in certs(run(HEAD + "- 4/ ISTQB Advanced Test Analyst ou certification NeoLoad : un plus"))]
    found = [t for t, _ in certs(run(HEAD + "- TOGAF ou certification cloud (Azure, AWS, GCP) appréciée"))]
    assert "AWS" not in found and "GCP" not in found


# --- a vendor's certificate named by its title alone -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Azure Solutions Architect Expert serait un atout", [("Azure Solutions Architect Expert", "Azure Solutions Architect Expert")]),
        ("- Google Professional Cloud Architect ou Professional Cloud DevOps Engineer souhaitée",
         [("Google Professional Cloud Architect", "Google Professional Cloud Architect"),
          ("Professional Cloud DevOps Engineer", "Professional Cloud DevOps Engineer")]),
        ("- AWS Data Engineer Associate ou SnowPro Core : un plus",
         [("AWS Data Engineer Associate", "AWS Data Engineer Associate"), ("SnowPro Core", "SnowPro Core")]),
        ("- Lean Six Sigma Black Belt appréciée", [("Lean Six Sigma Black Belt", "Lean Six Sigma Black Belt")]),
        ("- Oracle Certified Professional Java is nice to have", [("Oracle Certified Professional Java", "Oracle Certified Professional Java")]),
    ],
)
def test_vendor_certificate_titles(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Nous recrutons un Azure Data Engineer pour notre client.",
        "- En tant que AWS Solutions Architect Professional, vous concevez les architectures.",
        "- Maîtrise de Microsoft Office et Google Workspace",
        "- Expérience sur Salesforce Sales Cloud et Service Cloud",
    ],
)
def test_vendor_titles_look_alikes(run: Any, line: str) -> None:
    assert certs(run(HEAD + line)) == []


def test_exam_code_restated_in_brackets_and_partner_levels(run: Any) -> None:
    assert certs(run(HEAD + "- Azure Data Engineer Associate (DP-203) apprécié")) == [
        ("Azure Data Engineer Associate", "Azure Data Engineer Associate")
    ]
    assert certs(run(HEAD + "- Nous sommes partenaires Cisco Gold, Fortinet Expert et Palo Alto Platinum.")) == []


# --- trades: welding qualifications, driving authorisation, youth-leader brevet, wind and rope access ----------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Certification de soudeur EN ISO 9606-1 exigée", [("Certification de soudeur EN ISO 9606-1", "QUALIFICATION SOUDEUR")]),
        ("- Qualification soudeur TIG selon NF EN ISO 9606-1 appréciée",
         [("Qualification soudeur TIG selon NF EN ISO 9606-1", "QUALIFICATION SOUDEUR")]),
        ("- L'autorisation de conduite du transpalette électrique sera appréciée.",
         [("autorisation de conduite du transpalette électrique", "AUTORISATION DE CONDUITE")]),
        ("- Brevet d'animateur serait un atout", [("Brevet d'animateur", "BREVET D'ANIMATEUR")]),
        ("- GWO (Basic Safety Training) souhaité, BA5 un plus", [("GWO (Basic Safety Training)", "GWO"), ("BA5", "BA5")]),
        ("- CQP cordiste ou certification IRATA niveau 1 minimum", [("CQP cordiste", "CQP cordiste"), ("IRATA niveau 1", "IRATA")]),
        ("- Titulaire du CQP APS ou du TFP APS", [("CQP APS", "CQP APS")]),
        ("- PSE1 et CAEPMNS à jour obligatoires", [("PSE1", "PSE1"), ("CAEPMNS", "CAEPMNS")]),
    ],
)
def test_trade_certificates(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert certs(run(HEAD + line)) == expected


def test_trade_look_alikes(run: Any) -> None:
    assert certs(run(HEAD + "- Le soudeur travaille en atelier, sous la responsabilité du chef d'équipe.")) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Requis :\n- SPL\n- FIMO/FCO en cours de validité", [("SPL", "CE")]),
        ("- Notre société recrute des conducteurs SPL en grand routier.", [("SPL", "CE")]),
    ],
)
def test_bare_vehicle_category_beside_driver_words(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert licences(run(HEAD + line)) == expected


def test_training_organised_by_the_employer(run: Any) -> None:
    assert certs(run(HEAD + "- Avantages : formations GWO et travail en hauteur organisées par nos soins.")) == []
    assert training_offer("La démarche d'habilitation est faite par nos soins.") == "drop"
