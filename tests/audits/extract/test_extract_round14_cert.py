"""Round 14, certifications: trade and safety trainings asked by name (work at height, asbestos, refinery passports,
ATEX, scaffolding R408, nuclear levels), welders' standards, electrical levels listed further in the sentence, the
Belgian driver's CAP, prevention advisers, approvals and permits to practise, trade certificates named by the worker;
and their look-alikes (the employer pays or gives it, the company's audits and labels, a restatement in brackets, a
zone or a regulation named like a certificate). Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre entreprise renforce son équipe.\nProfil recherché :\n"


def certs(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["code"]) for r in of_kind(reqs, "certification")]


def codes(reqs: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in of_kind(reqs, "certification")]


# --- safety trainings asked by name ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Une formation au travail en hauteur valide est exigée", ["TRAVAIL EN HAUTEUR"]),
        ("- Attestation travaux en hauteur et harnais à jour", ["TRAVAIL EN HAUTEUR"]),
        ("- Formation amiante sous-section 4 encadrant technique souhaitée", ["AMIANTE SS4"]),
        ("- SS3 amiante opérateur indispensable", ["AMIANTE SS3"]),
        ("- Vous êtes titulaire du passeport GIES 1 et d'une habilitation ATEX niveau 1", ["GIES 1", "ATEX"]),
        ("- Les formations R457 et travail en hauteur sont demandées", ["R457", "TRAVAIL EN HAUTEUR"]),
    ],
)
def test_safety_trainings(run: Any, line: str, expected: list[str]) -> None:
    assert codes(run(HEAD + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Interventions régulières en zone ATEX et en espace confiné",
        "- Vous installez du matériel certifié ATEX dans les ateliers de peinture",
        "- Le travail en hauteur fait partie du quotidien (toitures, pylônes)",
        "- Nous vous formerons au travail en hauteur dès votre arrivée",
    ],
)
def test_safety_trainings_look_alikes(run: Any, line: str) -> None:
    assert codes(run(HEAD + line)) == []


# --- nuclear levels ------------------------------------------------------------------------------------------------------


def test_nuclear_levels_in_brackets_are_one_item_each(run: Any) -> None:
    text = "Intervenant en centrale nucléaire (H/F).\nProfil : les habilitations nucléaires (RP2, CSQ) sont exigées."
    assert certs(run(text)) == [("RP2", "RP2"), ("CSQ", "CSQ")]


def test_nuclear_levels_named_as_trainings(run: Any) -> None:
    text = "Travaux de maintenance sur site nucléaire.\nVos formations PR2 CC ou PR1 CR sont à jour."
    assert codes(run(text)) == ["PR2 CC", "PR1 CR"]


def test_nuclear_level_acronym_outside_nuclear_ad(run: Any) -> None:
    text = "Gestionnaire de paie (H/F).\nProfil : maîtrise du logiciel RP2 et des déclarations CSQ internes."
    assert codes(run(text)) == []


# --- welding standards ---------------------------------------------------------------------------------------------------


def test_welding_standard_alone_and_asme(run: Any) -> None:
    text = "Tuyauteur soudeur (H/F)\nProfil :\n- Qualifications EN ISO 9606-1 en 141/111 à jour, ou qualification ASME IX"
    assert certs(run(text)) == [("Qualifications EN ISO 9606-1 en 141/111", "EN ISO 9606-1"), ("qualification ASME IX", "ASME IX")]


def test_welding_certificate_with_soudure_and_standard_in_brackets(run: Any) -> None:
    text = HEAD + "- Une licence de soudure valide (EN ISO 9606-1, procédé 135) est impérative"
    # round 16: the standard in brackets is the code (the round-15 code rule; ybe-028 and xlong-041 golds)
    assert codes(run(text)) == ["EN ISO 9606-1"]
    assert len(certs(run(text))) == 1


def test_welding_standard_of_the_company(run: Any) -> None:
    text = "Atelier de 40 personnes dont les soudeurs sont qualifiés selon l'EN ISO 9606. Profil : CAP chaudronnerie."
    assert codes(run(text)) == []


# --- electrical levels -------------------------------------------------------------------------------------------------


def test_electrical_levels_continue_after_a_pause(run: Any) -> None:
    text = HEAD + "Habilitations B1V et BR exigées, si possible B2V et H1V. Permis B obligatoire."
    assert codes(run(text)) == ["HABILITATION ELECTRIQUE B1V", "HABILITATION ELECTRIQUE BR", "HABILITATION ELECTRIQUE B2V", "HABILITATION ELECTRIQUE H1V"]


def test_electrical_levels_for_vehicles_and_short_form(run: Any) -> None:
    assert codes(run(HEAD + "- Habilitation électrique pour véhicules électriques (B2VL ou BCL) appréciée")) == [
        "HABILITATION ELECTRIQUE B2VL", "HABILITATION ELECTRIQUE BCL"]
    assert codes(run(HEAD + "- Vous êtes habilitée BC et titulaire du permis B")) == ["HABILITATION ELECTRIQUE BC"]


def test_electrical_level_continuation_stops_at_a_licence(run: Any) -> None:
    assert codes(run(HEAD + "Habilitation B1V demandée, permis B et BE appréciés.")) == ["HABILITATION ELECTRIQUE B1V"]


def test_electrical_level_passed_during_the_contract(run: Any) -> None:
    text = "Apprenti électricien (H/F). Tu prépares un CAP. L'habilitation électrique B1V sera obtenue pendant ton apprentissage."
    assert codes(run(text)) == []


# --- CACES --------------------------------------------------------------------------------------------------------------


def test_caces_recommendation_and_category_in_brackets(run: Any) -> None:
    assert codes(run(HEAD + "- Le CACES chariot (R489) est indispensable")) == ["CACES R489"]
    assert codes(run(HEAD + "- CACES R490 grue (catégorie A) apprécié")) == ["CACES R490 A"]


def test_caces_the_employer_trains_people_for(run: Any) -> None:
    text = "Préparateur de commandes (H/F). L'entreprise forme chaque préparateur volontaire au CACES R485 après un mois."
    assert codes(run(text)) == []


# --- Belgian driver's CAP, prevention advisers ----------------------------------------------------------------------------


def test_belgian_driver_cap_is_code_95(run: Any) -> None:
    text = ("Chauffeur poids lourd (H/F/X) - Namur\nProfil :\n- permis CE ;\n- CAP (certificat d'aptitude professionnelle) en ordre ;\n"
            "- sélection médicale valide.")
    assert ("CAP (certificat d'aptitude professionnelle)", "CODE 95") in certs(run(text))
    assert certs(run("Chauffeur de car C + CAP (H/F)")) == [("CAP", "CODE 95")]


def test_french_cap_of_a_driver_stays_a_diploma(run: Any) -> None:
    text = "Chauffeur livreur (H/F)\nProfil : CAP conducteur livreur apprécié, permis C, FIMO à jour."
    assert "CODE 95" not in codes(run(text))


def test_prevention_adviser_levels(run: Any) -> None:
    text = HEAD + "- Conseillère en prévention niveau 3 (formation complémentaire) exigée"
    assert codes(run(text)) == ["CONSEILLER EN PREVENTION NIVEAU 3"]


# --- trade certificates, approvals, permits to practise -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Certificat de formation de grutier à tour souhaité", ["CERTIFICAT DE GRUTIER À TOUR"]),
        ("- Une attestation d'ambulancière est exigée", ["ATTESTATION D'AMBULANCIÈRE"]),
        ("- Attestation préfectorale d'aptitude à la conduite de taxi en cours de validité", ["ATTESTATION PREFECTORALE"]),
        ("- vous êtes agréée IPCF ; un stage en cours est accepté", ["IPCF"]),
        ("- Médecin agréé en médecine du travail", ["AGREMENT MÉDECINE DU TRAVAIL"]),
        ("- Technicien agréé gaz G1 / mazout", ["TECHNICIEN CHAUDIERE AGREE"]),
        ("- L'agréation de technicien chauffagiste est un atout", ["TECHNICIEN CHAUDIERE AGREE"]),
    ],
)
def test_trade_certificates_and_approvals(run: Any, line: str, expected: list[str]) -> None:
    assert codes(run(HEAD + line)) == expected


def test_psychologist_visa(run: Any) -> None:
    text = "Centre de santé mentale.\nProfil : master en psychologie clinique, visa de psychologue en ordre."
    assert codes(run(text)) == ["VISA"]


@pytest.mark.parametrize(
    "text",
    [
        "Notre centre agréé par la Région wallonne accueille 40 enfants. Profil : bachelier éducateur.",
        "Nous sommes un organisme agréé en formation continue. Profil : master en sciences de l'éducation.",
    ],
)
def test_approvals_of_the_organisation(run: Any, text: str) -> None:
    assert codes(run(text)) == []


# --- not the candidate's: paid, given, the company's, restated ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Magasinier (H/F). Permis B. Nous finançons le CACES R489 après la période d'essai.",
        "Animateur (H/F). BAFA exigé. Prise en charge totale du BAFD après un an.",
        "Technicien (H/F). Avantages : formations internes (gestes de premiers secours, SST, habilitations).",
        "Monteur (H/F). Préparer les audits VCA et suivre les actions correctives.",
        "Électricien (H/F). Notre atelier détient la certification VCA depuis 2015. Profil : CAP électricien.",
        "Chauffeur (H/F). Le respect de la réglementation ADR fait partie de vos missions. Permis C exigé.",
    ],
)
def test_not_asked_of_the_candidate(run: Any, text: str) -> None:
    kept = [c for c in codes(run(text)) if c not in ("BAFA",)]
    assert kept == []


def test_client_certified_but_candidate_certified_kept(run: Any) -> None:
    assert codes(run("Notre client, lui-même certifié VCA**, recrute un monteur (H/F). Profil : CAP.")) == []
    assert codes(run("Notre client recrute un monteur (H/F). Profil : monteur certifié VCA.")) == ["VCA"]


def test_the_lower_level_that_is_not_enough(run: Any) -> None:
    text = HEAD + "Vous avez le VCA VIL (un VCA de base ne suffit pas) et le BA4."
    assert codes(run(text)) == ["VCA VIL", "BA4"]


def test_restatement_in_brackets_is_one_certificate(run: Any) -> None:
    assert codes(run(HEAD + "- Attestation de cariste (brevet cariste) en ordre")) == ["BREVET CARISTE"]
    assert codes(run(HEAD + "- VCA VIL (VCA pour les cadres) obligatoire")) == ["VCA VIL"]


def test_two_certificates_in_brackets_stay_two(run: Any) -> None:
    assert codes(run(HEAD + "- Permis C avec carte de qualification de conducteur (FCO valide)")) == ["CODE 95", "FCO"]


def test_adr_offered_later_in_the_sentence(run: Any) -> None:
    text = "Chauffeur citerne (H/F). Permis CE exigé. L'ADR citerne de nos nouveaux chauffeurs pourra être pris en charge."
    assert codes(run(text)) == []


# --- second pass: lifeguards, approvals by a body, basic training in hours, ADR specialisations --------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Brevet de sauvetage aquatique (BSSA) en cours de validité", ["BSSA"]),  # round 15: its own acronym
        ("- Vous avez le brevet de plongée niveau 3", ["BREVET DE PLONGÉE NIVEAU 3"]),
        ("- Accueillante déjà agréée par l'ONE : un atout", ["AGREMENT ONE"]),
        ("- Formation de base de 100 heures réussie", ["FORMATION DE BASE"]),
        ("- CFA level II ou en cours", ["CFA"]),
        ("- Certificat de premiers soins en ordre", ["BREVET DE SECOURISME"]),
    ],
)
def test_second_pass_certificates(run: Any, line: str, expected: list[str]) -> None:
    assert codes(run(HEAD + line)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Notre crèche agréée par l'ONE accueille 21 enfants. Profil : bachelier en soins infirmiers.",
        "Apprenti (H/F) en alternance avec le CFA de Valence, niveau 4 visé. Profil : motivé.",
        "Agent d'accueil (H/F). Vous suivrez une formation de base de 40 heures à l'embauche.",
        "Chef de projet (H/F). Master avec spécialisation classe 1 des réseaux.",
        "Entraîneur (H/F). Titulaire du brevet de moniteur de football.",
    ],
)
def test_second_pass_look_alikes(run: Any, text: str) -> None:
    assert codes(run(text)) == []


def test_adr_specialisations_named_apart(run: Any) -> None:
    text = "Chauffeur porteur (H/F). Exigé : certificat ADR de base avec spécialisation citerne. La spécialisation classe 1 serait un plus."
    assert [(t, c) for t, c in certs(run(text))] == [("ADR de base", "ADR"), ("spécialisation citerne", "ADR"), ("spécialisation classe 1", "ADR")]
    assert codes(run("Chauffeur SPL (H/F). ADR citerne exigé (ADR base + spécialisation citerne).")) == ["ADR", "ADR"]


# --- third pass: food hygiene training, the bar's operating permit, the estate agent's card, CATEC -------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Attestation de formation en hygiène alimentaire obligatoire", ["HACCP"]),
        ("- Formation hygiène alimentaire (14 h) appréciée", ["HACCP"]),
        ("- Permis d'exploitation exigé pour le poste de gérant", ["PERMIS D'EXPLOITATION"]),
        ("- Titulaire de la carte professionnelle de transaction immobilière", ["CARTE PROFESSIONNELLE IMMOBILIER"]),
        ("- CATEC à jour (espaces confinés)", ["CATEC"]),
    ],
)
def test_third_pass_certificates(run: Any, line: str, expected: list[str]) -> None:
    assert codes(run(HEAD + line)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Commis de cuisine (H/F). Vous appliquez les règles d'hygiène alimentaire du restaurant.",
        "Serveur (H/F). Nous vous offrons une formation en hygiène alimentaire dès l'embauche.",
        "Agent de maintenance (H/F). L'usine a renouvelé son permis d'exploitation cette année, vous en suivez les prescriptions.",
    ],
)
def test_third_pass_look_alikes(run: Any, text: str) -> None:
    assert codes(run(text)) == []


# --- a certificate the ad says is not needed is no item (the written batches' convention) -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Le brevet cariste n'est pas nécessaire : nous formons nos magasiniers",
        "- Code 95 non exigé pour ce poste",
        "- Pas besoin du VCA, nous l'organisons la première semaine",
        "- Aucun CACES demandé",
        "- SST : pas obligatoire",
    ],
)
def test_certificate_not_needed_is_no_item(run: Any, line: str) -> None:
    assert codes(run(HEAD + line)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Le VCA n'est pas exigé mais c'est un plus", [("VCA", "preferred")]),
        ("- CACES R489 apprécié, pas obligatoire", [("CACES R489", "preferred")]),
        ("- CACES R489 obligatoire, BAFA non demandé", [("CACES R489", "required")]),
    ],
)
def test_not_needed_with_a_wish_or_another_certificate(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert [(r["text"], r["strength"]) for r in of_kind(run(HEAD + line), "certification")] == expected


# --- a certificate the ad accepts to see obtained after hiring is preferred (the guide) ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Le brevet de secourisme devra être obtenu endéans les six mois",
        "- VCA ou prêt(e) à le passer dès l'entrée en service",
        "- Habilitation électrique B1V (ou capacité à l'obtenir rapidement)",
        "- Vous vous engagez à obtenir le BA4 pendant la période d'essai",
    ],
)
def test_certificate_to_obtain_is_preferred(run: Any, line: str) -> None:
    assert [r["strength"] for r in of_kind(run(HEAD + line), "certification")] == ["preferred"]


def test_certificate_asked_then_another_sentence_is_required(run: Any) -> None:
    text = HEAD + "- CACES R489 exigé. Vous êtes prêt à passer des tests d'aptitude."
    assert [r["strength"] for r in of_kind(run(text), "certification")] == ["required"]


def test_commitment_to_obtain_another_item_leaves_the_certificate_required(run: Any) -> None:
    text = HEAD + "- Agréé ITAA, formation complémentaire en fiscalité internationale (ou engagement à la suivre dans l'année)"
    assert [r["strength"] for r in of_kind(run(text), "certification")] == ["required"]
