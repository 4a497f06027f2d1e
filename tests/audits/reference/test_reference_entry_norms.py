"""Entry norms: checked against ROME access texts read by hand (the sentence is quoted above each case).

Each case checks both the packaged data (what the product uses) and the rule on the quoted sentence alone, so a
failure says whether the rules or the data drifted.
"""

from __future__ import annotations

import pytest

from audits.reference import get_reference
from audits.reference.access_rules import diploma_levels, ilo_skill_level, parse_access_text


@pytest.fixture(scope="module")
def ref():
    return get_reference()


def test_n1105_manutentionnaire_is_accessible_without_diploma(ref):
    # "Cet emploi est accessible sans diplôme ou qualification. Un CAP ou titre professionnel en logistique
    #  sont un plus [...] Des formations spécifiques telles que le [...] (CACES) peuvent être nécessaires."
    n = ref.entry_norm("N1105")
    assert n.min_eqf is None and n.diploma_status == "none_required"
    assert "sans diplôme" in n.min_eqf_evidence
    assert n.mandatory_certificates == ()  # CACES "peuvent être nécessaires": useful, not mandatory
    assert "CACES" in n.useful_certificates
    assert n.mandatory_licences == ()
    assert not n.regulated


def test_n1103_preparateur_de_commandes_cap_level(ref):
    # "Cet emploi est accessible avec un CAP ou un Bac professionnel, accompagné d'une formation spécifique en
    #  entreprise. [...] CACES [...] peuvent être nécessaires à l'employabilité selon le poste"
    n = ref.entry_norm("N1103")
    assert n.min_eqf == 3 and n.diploma_status == "required"
    assert n.min_eqf_evidence.startswith("Cet emploi est accessible avec un CAP ou un Bac professionnel")
    assert "CACES" not in n.mandatory_certificates


def test_k2204_nettoyage_without_particular_qualification(ref):
    # "Cet emploi est accessible sans qualification particulière mais un CAP Agent de propreté et d'hygiène est
    #  recommandé."  -> the recommended CAP must not become a requirement.
    n = ref.entry_norm("K2204")
    assert n.min_eqf is None and n.diploma_status == "none_required"
    assert "recommandé" in n.min_eqf_evidence


def test_j1501_aide_soignant_deas_mandatory(ref):
    # "Cet emploi est accessible avec un Diplôme d'Etat d'Aide-Soignant, obligatoire pour exercer. [...] Il faut
    #  également une Attestation de Formation aux Gestes et Soins d'Urgence (AFGSU) en cours de validité."
    n = ref.entry_norm("J1501")
    assert n.min_eqf == 4  # DEAS is a level-4 diploma since 2021
    assert "DEAS" in n.mandatory_certificates and "AFGSU" in n.mandatory_certificates
    assert n.regulated
    assert n.legal_evidence and "obligatoire pour exercer" in n.legal_evidence


def test_n4101_poids_lourd_permis_c_and_fimo(ref):
    # "Cet emploi est accessible à tous les niveaux de qualification. Cependant le permis C ou C1 est obligatoire
    #  ainsi qu'une formation initiale minimum obligatoire (FIMO) [...] Des formations spécifiques comme le
    #  (CACES), le Certificat de formation ADR [...] peuvent être nécessaires mais ne sont pas obligatoires."
    n = ref.entry_norm("N4101")
    assert n.min_eqf is None and n.diploma_status == "none_required"
    assert n.mandatory_licences == ("C",)
    assert "FIMO" in n.mandatory_certificates
    assert "CACES" not in n.mandatory_certificates and "ADR" not in n.mandatory_certificates
    assert n.regulated
    assert n.ilo_skill_level == "2" and n.isced_range == "2-4"  # ISCO 8332 heavy truck drivers


def test_g1602_commis_de_cuisine_level_3(ref):
    # "Cet emploi est accessible avec une qualification de niveau 3 (CAP) de l'hôtellerie/restauration."
    n = ref.entry_norm("G1602")
    assert n.min_eqf == 3
    assert not n.experience_alone_gives_access


def test_d1507_libre_service_caces_may_be_asked(ref):
    # "Cet emploi est accessible sans qualification particulière, mais un CAP Employé de commerce
    #  multi-spécialités serait un plus. Un certificat d'aptitude à la conduite en sécurité-CACES- peut être requis."
    n = ref.entry_norm("D1507")
    assert n.min_eqf is None
    assert n.mandatory_certificates == ()
    assert "CACES" in n.useful_certificates


def test_f1703_macon_cap_or_experience_alone(ref):
    # "Ce métier est accessible avec un CAP/BEP en construction bâtiment gros œuvre [...]. Il est également
    #  accessible avec une expérience professionnelle dans ces secteurs ou dans un autre secteur sans diplôme
    #  particulier. Un diplôme de niveau Bac [...] peut être demandé pour les postes d'encadrement d'équipe."
    n = ref.entry_norm("F1703")
    assert n.min_eqf == 3  # the Bac asked for team leaders is not the entry level
    assert n.experience_alone_gives_access
    assert n.experience_evidence and "expérience professionnelle" in n.experience_evidence
    assert "gros œuvre" in ref.occupation("F1703").acces_metier  # export artefact "gros uvre" repaired


def test_n1101_cariste_caces_mandatory(ref):
    # "[...] Certificats d'Aptitude à la Conduite En Sécurité (CACES) pour chariots de manutention, obligatoire
    #  pour la conduite de chariots industriels [...]"
    assert "CACES" in ref.entry_norm("N1101").mandatory_certificates


def test_k1304_employe_familial_with_or_without_qualification(ref):
    # "Cet emploi est accessible avec ou sans qualification préalable, mais des formations telles que CAP ou BEP
    #  dans le domaine du social ou de la petite enfance sont appréciées."
    n = ref.entry_norm("K1304")
    assert n.min_eqf is None and n.diploma_status == "none_required"


def test_n4105_livreur_permis_b(ref):
    # "Cet emploi est accessible à tous les niveaux de qualification. Cependant le permis de conduire de la
    #  catégorie B et parfois le C ou C1 est obligatoire [...]"
    n = ref.entry_norm("N4105")
    assert n.min_eqf is None
    assert n.mandatory_licences == ("B",)


def test_unknown_or_invalid_codes_give_none(ref):
    for code in ("Z9999", "N9999", "", "n1105 ", "N11O5", "x" * 10_000):
        if code == "n1105 ":
            assert ref.entry_norm(code) is not None  # case and spaces are tolerated
            continue
        assert ref.entry_norm(code) is None
        assert ref.occupation(code) is None


def test_sources_and_onet_shares(ref):
    n = ref.entry_norm("N4101")
    assert n.sources[0].startswith("rome_")
    assert "onet_27.0" in n.sources
    shares = n.onet_education_shares
    assert shares is not None and abs(sum(shares.values()) - 1.0) < 0.05
    assert list(shares)[0] == "Less than a High School Diploma"  # natural order, lowest level first


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        ("Cet emploi est accessible avec un Bac+2 (BTS, DUT) en logistique.", [5]),
        ("Accessible avec un Master (Bac + 5) ou un diplôme d'ingénieur.", [7]),
        ("Cet emploi est accessible avec un Doctorat en astrophysique (Bac + 8).", [8]),
        ("Il est accessible avec une Licence professionnelle.", [6]),
        ("Une qualification de niveau IV est demandée.", [4]),
        ("Cet emploi est accessible avec un BEP.", [3]),
        ("Accessible avec un Diplôme d'Etat de Docteur en Pharmacie, de niveaux Bac+6 à Bac+8.", [7, 8]),
        ("Le permis de conduire et une licence de pilote sont exigés.", []),
    ],
)
def test_diploma_levels(sentence, levels):
    assert sorted(set(diploma_levels(sentence))) == levels


def test_rules_on_written_sentences():
    p = parse_access_text("Cet emploi est accessible sans diplôme ni expérience professionnelle. Le permis B est exigé.")
    assert p.min_eqf is None and p.diploma_status == "none_required"
    assert p.experience_years_usual == 0.0
    assert p.mandatory_licences == ("B",)

    p = parse_access_text("Cet emploi est accessible avec un CAP. Le permis B n'est pas obligatoire.")
    assert p.min_eqf == 3 and p.mandatory_licences == ()

    p = parse_access_text(
        "Cet emploi est accessible avec un Bac. Il est également accessible avec une expérience professionnelle "
        "de 3 ans dans le secteur."
    )
    assert p.min_eqf == 4 and p.experience_alone_gives_access and p.experience_years_usual == 3.0

    p = parse_access_text("Cet emploi est accessible avec un permis B et une attestation préfectorale d'aptitude.")
    assert p.diploma_status == "none_required" and p.mandatory_licences == ("B",)  # the licence IS the condition

    p = parse_access_text("Le permis de chasser est obligatoire pour exercer.")
    assert p.mandatory_licences == ()  # "permis de" is not the driving category DE

    p = parse_access_text(
        "Cet emploi est accessible avec un CAP. Il est également accessible sans diplôme ni expérience professionnelle."
    )
    assert p.min_eqf is None and p.diploma_status == "none_required"
    assert p.min_eqf_evidence.startswith("Il est également accessible sans diplôme")

    p = parse_access_text(
        "Cet emploi est accessible à partir d'un Bac, ou avec une expérience d'au moins 9 mois dans le domaine."
    )
    assert p.min_eqf == 4 and p.experience_alone_gives_access and p.experience_years_usual == 0.75

    p = parse_access_text("Cet emploi est accessible avec un Bac+2 complété par une expérience dans le secteur.")
    assert p.min_eqf == 5 and not p.experience_alone_gives_access  # a second condition, not an alternative

    p = parse_access_text("L'inscription au tableau de l'Ordre est obligatoire. Un casier judiciaire vierge est exigé.")
    assert p.mandatory_certificates == ("INSCRIPTION_ORDRE", "CASIER_JUDICIAIRE")

    p = parse_access_text("Le métier s'exerce en équipe.")
    assert p.diploma_status == "unknown" and p.min_eqf is None


@pytest.mark.parametrize(
    ("isco", "level", "isced"),
    [("9333", "1", "1"), ("8332", "2", "2-4"), ("4110", "2", "2-4"), ("3412", "3", "5"), ("2211", "4", "6-8"),
     ("1120", "3-4", "5-8"), ("0110", None, None), (None, None, None), ("", None, None)],
)
def test_ilo_skill_levels(isco, level, isced):
    assert ilo_skill_level(isco) == (level, isced)
