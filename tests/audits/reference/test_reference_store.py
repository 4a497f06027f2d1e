"""The packaged reference: occupations, links to ISCO/O*NET, competences, thread-safe loading."""

from __future__ import annotations

import re
import threading

import pytest

from audits.reference import EntryNorm, OccupationRecord, Reference, ReferenceDataError, get_reference


@pytest.fixture(scope="module")
def ref() -> Reference:
    return get_reference()


def test_version_and_codes(ref):
    assert re.fullmatch(r"rome-v4\d\d\+esco-[\d.]+\+onet-[\d.]+\+nesta-\d{4}/build-\d+", ref.version)
    codes = ref.all_rome_codes()
    assert len(codes) == 1584 and codes == sorted(codes)
    assert all(re.fullmatch(r"[A-N]\d{4}", c) for c in codes)


def test_occupation_record(ref):
    occ = ref.occupation("N1105")
    assert isinstance(occ, OccupationRecord)
    assert occ.label == "Manutentionnaire" and occ.parent == "N11"
    assert not occ.regulated and not occ.manager
    # Masculine and feminine forms are split; single-form labels have None.
    apps = {code: (m, f) for code, m, f in occ.appellations}
    assert ("Agent de manutention de charges lourdes", "Agente de manutention de charges lourdes") in apps.values()
    assert any(f is None for _, f in apps.values())
    # coeur_metier competences come first.
    core = [c for c, _ in occ.competences if c in occ.coeur_metier]
    assert core and [c for c, _ in occ.competences[: len(core)]] == core
    assert occ.acces_metier.startswith("Cet emploi est accessible sans diplôme")
    assert all(ref.occupation(code) is not None for code in occ.mobility)
    assert "N1103" in occ.mobility


def test_child_sheet_keeps_its_rome_parent(ref):
    occ = ref.occupation("N1110")  # Magasinier, ROME 4.0 child sheet of N1103
    assert occ.rome_parent == "N1103" and occ.parent == "N11"


def test_isco_and_onet_links(ref):
    truck = ref.occupation("N4101")
    assert truck.isco_code == "8332" and truck.isco_source == "esco_label_match"
    assert truck.onet_codes == ("53-3032.00",) and truck.job_zone == 2
    assert truck.onet_experience is not None and abs(sum(truck.onet_experience.values()) - 1) < 0.05
    # Every link names its source; no source, no code.
    for code in ref.all_rome_codes():
        occ = ref.occupation(code)
        assert (occ.isco_code is None) == (occ.isco_source is None)
        if occ.isco_code:
            assert re.fullmatch(r"\d{1,4}", occ.isco_code)
        if occ.onet_codes:
            assert occ.isco_code is not None


def test_entry_norm_type_and_regulated_flag(ref):
    n = ref.entry_norm("J1501")
    assert isinstance(n, EntryNorm) and n.rome_code == "J1501"
    assert n.regulated == ref.occupation("J1501").regulated


def test_competences_index(ref):
    index = ref.competences_index()
    assert len(index) > 50_000
    codes = set(ref.all_rome_codes())
    assert all(rome in codes for _, _, rome in index[:1000])
    labels = {label for ogr, label, rome in index if rome == "N1103"}
    assert any("commande" in label.lower() for label in labels)
    assert ref.item_kind(index[0][0]) in {"savoir_faire", "savoir_etre", "savoir", "autre"}


def test_get_reference_is_shared_across_threads():
    seen: list[Reference] = []
    threads = [threading.Thread(target=lambda: seen.append(get_reference())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(r) for r in seen}) == 1


def test_unreadable_data_is_a_clear_error(tmp_path):
    import gzip

    bad = tmp_path / "reference.json.gz"
    for content in (b"not gzip", gzip.compress(b'{"format": 1, "occ')[:-6], gzip.compress(b"[1, 2]")):
        bad.write_bytes(content)
        with pytest.raises(ReferenceDataError):
            Reference.load(bad)
    with pytest.raises(ReferenceDataError, match="audits.reference.build"):
        Reference.load(tmp_path / "missing.json.gz")


def test_packaged_classifier_index_matches_the_current_normalisation(ref):
    """If text.py changes without a rebuild, the packaged entries would disagree with the titles' tokens."""
    from audits.reference.label_index import label_entries
    from audits.reference.text import NORMALISATION_VERSION

    packaged = ref.packaged_label_entries(NORMALISATION_VERSION)
    assert packaged is not None, "bump NORMALISATION_VERSION and rebuild the reference data"
    assert packaged == label_entries(ref.raw_occupations())


def test_onet_experience_median_is_information_only(ref):
    n = ref.entry_norm("N4101")
    # US incumbents of 53-3032.00: 39 % have 1-2 years of related experience, the median falls in that band...
    assert n.onet_experience_median_years == 1.0
    # ...but ROME's access text does not ask for experience, and that is what the norm says.
    assert n.experience_years_usual is None
    assert ref.entry_norm("N1105").onet_experience_median_years == 0.0
