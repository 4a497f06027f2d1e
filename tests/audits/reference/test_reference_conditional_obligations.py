"""Obligations that hold only for some posts are not entry conditions of the job (audits/reference/access_rules.py).

The audit adds a code's mandatory licences and certificates to the real requirements of every vacancy of that
code, so "souvent requis et parfois obligatoire" must land in `useful_certificates`, not in the mandatory ones.
Sentences are quoted from ROME 4.0 v460 `acces_metier` texts (the sheet is named in each case).
"""

from __future__ import annotations

import pytest

from audits.reference import get_reference
from audits.reference.access_rules import parse_access_text


@pytest.mark.parametrize(
    ("text", "licences", "mandatory", "useful"),
    [
        # N1110 magasinier: qualified cues ("souvent requise", "parfois obligatoire").
        ("Cet emploi est accessible avec ou sans qualification préalable, mais la possession de CACES (Certificat "
         "d'aptitude à la conduite en sécurité) est souvent requise et parfois obligatoire pour la conduite de "
         "certains équipements.", (), (), ("CACES",)),
        # L1526: "souvent indispensables".
        ("Des habilitations électriques, travail en hauteur sont souvent indispensables.",
         (), (), ("HABILITATION_ELECTRIQUE",)),
        # A1438: "obligatoires pour certaines activités".
        ("Cet emploi est accessible sans qualification particulière, mais des formations spécifiques comme le "
         "Certificat de matelot à la pêche sont obligatoires pour certaines activités.", (), (), ("BREVET_MARITIME",)),
        # I1105: "Selon ..." scopes the whole sentence.
        ("Selon son périmètre de spécialité, des habilitations sont obligatoires: habilitations électriques, "
         "cordiste.", (), (), ("HABILITATION_ELECTRIQUE",)),
        # G1412: "peut être obligatoire".
        ("Un agrément CNAPS délivré par le ministère de l'Intérieur peut être obligatoire pour exercer des "
         "fonctions liées à la sécurité.", (), (), ("CARTE_PRO_SECURITE", "AGREMENT")),
        # N4119: "pour certaines entreprises".
        ("Néanmoins, pour certaines entreprises le permis B est un prérequis obligatoire.", (), (), ()),
        # N1107: "S'il est amené à conduire".
        ("S'il est amené à conduire un véhicule, il doit être titulaire du permis de conduire de la catégorie B "
         "et parfois le C et CE complété de la formation initiale minimum obligatoire (FIMO).", (), (), ("FIMO",)),
        # N1102: the B is always asked, the C and its FIMO/FCO only sometimes.
        ("Un déménageur conducteur doit être titulaire du permis de conduire de la catégorie B et parfois le C et "
         "CE complété de la formation initiale minimum obligatoire (FIMO) renouvelée tous les 5 ans, la formation "
         "continue (FCO).", ("B",), (), ("FIMO", "FCO")),
        # N4105: same, with the cue after "parfois".
        ("Cependant le permis de conduire de la catégorie B et parfois le C ou C1 est obligatoire complété de la "
         "formation initiale minimum obligatoire (FIMO) renouvelée tous les 5 ans, la formation continue "
         "obligatoire (FCO).", ("B",), (), ("FIMO", "FCO")),
    ],
)
def test_conditional_obligations_are_useful_not_mandatory(text, licences, mandatory, useful):
    parsed = parse_access_text(text)
    assert parsed.mandatory_licences == licences
    assert parsed.mandatory_certificates == mandatory
    assert parsed.useful_certificates == useful


@pytest.mark.parametrize(
    ("text", "licences", "mandatory"),
    [
        # N1101 cariste: unqualified obligation stays mandatory.
        ("Cet emploi est recommandé via l'accession de l'un des Certificats d'Aptitude à la Conduite En Sécurité "
         "(CACES) pour chariots de manutention, obligatoire pour la conduite de chariots industriels.",
         (), ("CACES",)),
        # N4107: two unconditional obligations in one sentence.
        ("Le permis B est exigé pour la conduite de véhicule léger et le permis C complété par la Formation "
         "Initiale Minimum Obligatoire -FIMO- est exigé pour la conduite de véhicules poids lourd.",
         ("B", "C"), ("FIMO",)),
        # N4125: an exemption ("sauf si") does not make the rule conditional for the job.
        ("Cependant, il est obligatoire d'obtenir le permis de conduire de la catégorie C et/ou CE ainsi qu'une "
         "formation initiale minimum obligatoire (FIMO) sauf si le transport est à but non commercial.",
         ("C",), ("FIMO",)),
        # I1324: a condition of the work itself, not of some posts.
        ("Les habilitations électriques sont obligatoires pour travailler sous tension.",
         (), ("HABILITATION_ELECTRIQUE",)),
    ],
)
def test_unconditional_obligations_stay_mandatory(text, licences, mandatory):
    parsed = parse_access_text(text)
    assert parsed.mandatory_licences == licences
    assert parsed.mandatory_certificates == mandatory
    assert parsed.legal_evidence == text


def test_packaged_norms_follow_the_rule():
    ref = get_reference()
    assert "CACES" not in ref.entry_norm("N1110").mandatory_certificates
    assert "CACES" in ref.entry_norm("N1110").useful_certificates
    assert ref.entry_norm("N1102").mandatory_licences == ("B",)
    assert "FIMO" not in ref.entry_norm("N1102").mandatory_certificates
    assert "CACES" in ref.entry_norm("N1101").mandatory_certificates
