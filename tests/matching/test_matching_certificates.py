"""Certificates in matching: canonical codes and the short trainings that bridge a missing certificate.

The table below pins, for certificate wordings seen in ads and profiles, matching's canonical code and bridge
prefix, and the audit's trainable-certificate code, as they were before the two lists were merged into the legal
YAML (audits/data/legal/certificates.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from matching_fixtures import TODAY, FakeReference, person, picker_job_inputs, req

from audits.auditing.legal import load_legal_data
from audits.auditing.rules.certificates import trainable_entry
from audits.model import Requirement
from matching.certificates import canonical_certificate, short_training_for
from matching.index import CandidateIndex
from matching.job import JobSpec
from matching.shortlist import build_shortlist

# wording -> (canonical code, bridge prefix or None, audit trainable code or None). Changed on purpose since the
# merge (commented): a wording the audit calls trainable gets its certificate's training in matching too.
PINNED: dict[str, tuple[str, str | None, str | None]] = {
    "VCA": ("VCA", "VCA", "VCA"),
    "b-VCA": ("VCA", "VCA", "VCA"),
    "B VCA": ("VCA", "VCA", "VCA"),
    "VCA VOL": ("VCA_VOL", "VCA", "VCA"),
    "Basis VCA": ("VCA", "VCA", "VCA"),  # was BASIS_VCA, no bridge
    "VCA base": ("VCA", "VCA", "VCA"),
    "Sécurité de base VCA": ("SECURITE_DE_BASE_VCA", "VCA", "VCA"),
    "SST": ("SST", "SST", "SST"),
    "secouriste": ("SST", "SST", None),
    "Sauveteur secouriste du travail": ("SAUVETEUR_SECOURISTE_DU_TRAVAIL", "SST", "SST"),  # was no bridge
    "BEPS": ("SST", "SST", None),
    "premiers secours": ("SST", "SST", "PSC1"),
    "PSC1": ("PSC1", None, "PSC1"),
    "brevet de secourisme": ("BREVET_DE_SECOURISME", None, "PSC1"),
    "CACES": ("CACES", "CACES", "CACES"),
    "CACES R489 cat. 3": ("CACES_R489_3", "CACES", "CACES"),
    "caces r486": ("CACES_R486", "CACES", "CACES"),
    "brevet cariste": ("BREVET_CARISTE", "BREVET_CARISTE", "CARISTE"),
    "cariste": ("BREVET_CARISTE", "BREVET_CARISTE", "CARISTE"),
    "permis cariste": ("PERMIS_CARISTE", "BREVET_CARISTE", "CARISTE"),  # was no bridge
    "attestation cariste": ("ATTESTATION_CARISTE", "BREVET_CARISTE", "CARISTE"),  # was no bridge
    "HACCP": ("HACCP", "HACCP", "HACCP"),
    "CAP": ("CAP", "CAP", None),
    "FIMO": ("CAP", "CAP", None),
    "code 95": ("CAP", "CAP", None),
    "CAP C": ("CAP_C", "CAP", None),
    "BA4": ("BA4", None, "BA4"),
    "BA5": ("BA5", None, "BA4"),
    "AIPR": ("AIPR", None, "AIPR"),
    "permis C": ("PERMIS_C", None, None),
    "VCAX": ("VCAX", None, None),
    "SSTX": ("SSTX", None, None),
    "CAPES": ("CAPES", None, None),
}

# prefix -> (label, days min, days max, duration text, provider)
TRAININGS = {
    "VCA": ("Formation et examen VCA (sécurité de base)", 1, 1, "1 jour", "Forem ou centre d'examen agréé BeSaCC-VCA"),
    "SST": ("Formation de secouriste d'entreprise (SST)", 2, 2, "2 jours",
            "Forem, Croix-Rouge ou service externe de prévention"),
    "CACES": ("Formation à la conduite d'engins (CACES / brevet cariste)", 2, 5, "2 à 5 jours",
              "Forem (centre de compétence) ou fonds sectoriel"),
    "BREVET_CARISTE": ("Formation à la conduite de chariot élévateur (brevet cariste)", 1, 3, "1 à 3 jours",
                       "Forem (centre de compétence) ou fonds sectoriel"),
    "HACCP": ("Formation hygiène alimentaire HACCP", 1, 2, "1 à 2 jours", "Forem (centre de compétence Horeca) ou IFAPME"),
    "CAP": ("Qualification initiale de conducteur professionnel (CAP / code 95, équivalent FIMO)", 20, 35,
            "4 à 7 semaines",
            "Forem (centre de compétence transport et logistique) ou fonds sectoriel du transport"),
}


@pytest.mark.parametrize(("wording", "expected"), sorted(PINNED.items()))
def test_matching_and_audit_read_certificate_wordings_as_before(
    wording: str, expected: tuple[str, str | None, str | None]
) -> None:
    canonical, prefix, audit_code = expected
    assert canonical_certificate(wording) == canonical
    training = short_training_for(wording)
    assert (training.prefix if training else None) == prefix
    req = Requirement("certification", wording, "description", 0, len(wording), "required", code=wording)
    entry = trainable_entry(load_legal_data(), req)
    assert (entry["code"] if entry else None) == audit_code


@pytest.mark.parametrize("prefix", sorted(TRAININGS))
def test_short_trainings_keep_their_label_duration_and_provider(prefix: str) -> None:
    training = short_training_for(prefix)
    assert training is not None
    got = (training.label, training.duration_days_min, training.duration_days_max, training.duration_text,
           training.provider)
    assert got == TRAININGS[prefix]


def test_one_list_in_the_legal_yaml_serves_audit_and_matching() -> None:
    from audits.certificates import certificate_bridges, trainable_certificates
    from matching import certificates

    assert not hasattr(certificates, "SHORT_TRAININGS")  # no second list in matching
    legal = load_legal_data()
    audit_codes = [c.code for c in trainable_certificates(legal)]
    assert audit_codes == [e["code"] for e in legal["trainable_certificates"].raw["certificates"]]  # what the rule reads
    bridges = certificate_bridges(legal)
    assert [b.prefix for b in bridges] == ["VCA", "SST", "CACES", "BREVET_CARISTE", "HACCP", "CAP"]
    assert [b.certificate for b in bridges] == ["VCA", "SST", "CACES", "CARISTE", "HACCP", None]
    assert all(b.source and b.confidence in {"V", "S", "C", "U"} for b in bridges)
    assert certificates.short_trainings() == bridges


def _legal_dir_with(tmp_path: Path, extra: str) -> Path:
    from audits.auditing.legal import LEGAL_DIR

    for path in LEGAL_DIR.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        (tmp_path / path.name).write_text(text + extra if path.name == "certificates.yaml" else text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ('  - {certificate: NOPE, prefix: X, days: [1, 1], label: l, duration: d, provider: p, confidence: U, '
         'source: s}\n', "'NOPE' is not in the certificates list"),
        ("  - {certificate: null, prefix: X, days: [2, 1], label: l, duration: d, provider: p, confidence: U, "
         "source: s}\n", "days must be [min, max]"),
        ("  - {certificate: null, prefix: X, days: [1, 1], label: l, duration: d, confidence: U, source: s}\n",
         "field 'provider' missing"),
    ],
)
def test_a_malformed_bridge_is_a_packaging_error(tmp_path: Path, extra: str, says: str) -> None:
    from audits.auditing.legal import LegalDataError
    from audits.certificates import certificate_bridges

    with pytest.raises(LegalDataError, match=re.escape(says)):
        certificate_bridges(load_legal_data(_legal_dir_with(tmp_path, extra)))


@pytest.mark.parametrize(
    ("wording", "canonical"),
    [
        ("habilitation électrique", "HABILITATION_ELECTRIQUE"),  # was HABILITATION_LECTRIQUE: the É was dropped
        ("Habilitation electrique", "HABILITATION_ELECTRIQUE"),
        ("Sécurité de base VCA", "SECURITE_DE_BASE_VCA"),
        ("CACES® R489 catégorie 3", "CACES_R489_3"),
    ],
)
def test_accented_wordings_keep_their_letters(wording: str, canonical: str) -> None:
    assert canonical_certificate(wording) == canonical


def test_a_wording_the_audit_calls_trainable_is_bridged_when_its_certificate_has_a_training() -> None:
    from audits.certificates import certificate_bridges

    with_training = {b.certificate for b in certificate_bridges()}
    for wording, (_canonical, prefix, audit_code) in PINNED.items():
        if audit_code is not None and audit_code in with_training:
            assert prefix is not None, wording


@pytest.mark.parametrize(
    ("asked", "held", "bridged"),
    [
        ("permis cariste", None, True),  # hard before: the audit said "1 à 3 jours", matching said unbridgeable
        ("Basis VCA", "VCA", None),  # the same certificate: no gap at all
        ("BA4", None, False),  # the audit flags it, but no training is known to matching yet: still hard
    ],
)
def test_shortlist_bridges_what_the_audit_calls_trainable(
    ref: FakeReference, asked: str, held: str | None, bridged: bool | None
) -> None:
    vacancy, report, post = picker_job_inputs(real=(req("certification", code=asked),))
    job = JobSpec.from_audit(vacancy, report, post, reference=ref)
    profile = person("a", certifications=frozenset({held} if held else set()))
    shortlist = build_shortlist(CandidateIndex.build([profile]), job, {"a": profile}, as_of=TODAY, reference=ref)
    if bridged is False:
        assert shortlist.entries == ()
        return
    (entry,) = shortlist.entries
    if bridged is None:
        assert entry.gaps == ()
    else:
        (gap,) = entry.gaps
        assert gap.bridge is not None and gap.bridge.kind == "certificate_training"
        assert gap.bridge.label == "Formation à la conduite de chariot élévateur (brevet cariste)"


def test_bridge_durations_are_the_audit_training_durations():
    # The audit tells the employer "CACES: 2 à 5 jours"; the shortlist must tell the coach the same figure.
    from audits.certificates import certificate_bridges, trainable_certificates

    training = {c.code: c.training for c in trainable_certificates()}
    checked = 0
    for bridge in certificate_bridges():
        if bridge.certificate is None:
            continue
        assert training[bridge.certificate].startswith(bridge.duration_text), (bridge.certificate, bridge.duration_text)
        low, high = bridge.duration_days_min, bridge.duration_days_max
        expected = f"{low:g} jour" if low == high == 1 else f"{low:g} jours" if low == high else f"{low:g} à {high:g} jours"
        assert bridge.duration_text == expected
        checked += 1
    assert checked == 5
