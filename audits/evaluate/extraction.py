"""Evaluate the extractor against hand-made gold annotations, and against the offers' own structured fields.

Matching (per kind): a predicted and a gold requirement match when they have the same kind, the same field and
overlapping spans; pairs are matched one-to-one, largest overlap first. On matched pairs we report strength
accuracy, diploma EQF accuracy, experience years accuracy (within 0.01; both null counts as equal), language
CEFR, licence category and certification code (normalised). Per offer, the "minimum EQF level asked" (minimum
over required/preferred diplomas) is compared over offers where gold or prediction has a diploma.
The second, independent signal compares what we extract with the structured fields France Travail publishes
with each offer (formations, experience, licences, languages). Protected criteria are scored per sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audits.jsonl import JsonLinesError, read_json_objects
from audits.languages import language_code

MAIN_KINDS = ("diploma", "experience", "language", "licence", "certification", "protected_criterion")
ALL_KINDS = MAIN_KINDS + ("skill", "soft_skill", "other")
FT_LEVELS = {
    "cap, bep et équivalents": 3,
    "bac ou équivalent": 4,
    "bac+2 ou équivalents": 5,
    "bac+3, bac+4 ou équivalents": 6,
    "bac+5 et plus ou équivalents": 7,
}


def normalise_code(code: str | None) -> str:
    if not code:
        return ""
    s = unicodedata.normalize("NFKD", code).encode("ascii", "ignore").decode().upper()
    s = re.sub(r"\bCAT(?:EGORIES?|EGORIE|S)?\b\.?", " ", s)
    s = re.sub(r"\b(?:ET|OU)\b", " ", s)
    s = re.sub(r"[^A-Z0-9]+", " ", s)
    return " ".join(s.split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Accuracy:
    ok: int = 0
    total: int = 0

    def add(self, good: bool) -> None:
        self.total += 1
        self.ok += int(good)

    @property
    def value(self) -> float:
        return self.ok / self.total if self.total else 0.0


@dataclass
class Report:
    kinds: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    strength: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    attrs: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    min_eqf: Accuracy = field(default_factory=Accuracy)
    errors: list[str] = field(default_factory=list)


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: same kind, same field, overlapping spans, largest overlap first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g["kind"] != p["kind"] or g["field"] != p["field"]:
                continue
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                pairs.append((overlap, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def _min_eqf(reqs: Iterable[dict[str, Any]]) -> int | None:
    levels = [
        r["eqf_level"]
        for r in reqs
        if r["kind"] == "diploma" and r.get("strength") in {"required", "preferred"} and r.get("eqf_level") is not None
    ]
    return min(levels) if levels else None


def score_offer(report: Report, oid: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    pairs = match(gold, pred)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in matched_g:
            report.kinds[g["kind"]].fn += 1
            report.errors.append(f"{oid} FN {g['kind']} «{g['text']}»")
    for j, p in enumerate(pred):
        if j not in matched_p:
            report.kinds[p["kind"]].fp += 1
            report.errors.append(f"{oid} FP {p['kind']} «{p['text']}»")
    for i, j in pairs:
        g, p = gold[i], pred[j]
        kind = g["kind"]
        report.kinds[kind].tp += 1
        if kind in MAIN_KINDS and kind != "protected_criterion":
            good = g["strength"] == p["strength"]
            report.strength[kind].add(good)
            report.strength["all"].add(good)
            if not good:
                report.errors.append(f"{oid} STRENGTH {kind} «{g['text']}» gold={g['strength']} pred={p['strength']}")
        checks: list[tuple[str, bool]] = []
        if kind == "diploma":
            checks.append(("diploma.eqf_level", g.get("eqf_level") == p.get("eqf_level")))
        elif kind == "experience":
            gy, py = g.get("years"), p.get("years")
            checks.append(("experience.years", (gy is None and py is None) or (gy is not None and py is not None and abs(gy - py) <= 0.01)))
        elif kind == "language":
            checks.append(("language.cefr", g.get("cefr") == p.get("cefr")))
            checks.append(("language.language", g.get("language") == p.get("language")))
        elif kind == "licence":
            checks.append(("licence.category", g.get("category") == p.get("category")))
        elif kind == "certification":
            checks.append(("certification.code", normalise_code(g.get("code")) == normalise_code(p.get("code"))))
        elif kind == "protected_criterion":
            checks.append(("protected.criterion", g.get("criterion") == p.get("criterion")))
        for name, good in checks:
            report.attrs[name].add(good)
            if not good:
                report.errors.append(f"{oid} ATTR {name} «{g['text']}» gold={json.dumps({k: g.get(k) for k in ('eqf_level', 'years', 'cefr', 'category', 'code', 'criterion') if g.get(k) is not None}, ensure_ascii=False)} pred={json.dumps({k: p.get(k) for k in ('eqf_level', 'years', 'cefr', 'category', 'code', 'criterion') if p.get(k) is not None}, ensure_ascii=False)}")
    if any(r["kind"] == "diploma" for r in gold) or any(r["kind"] == "diploma" for r in pred):
        ge, pe = _min_eqf(gold), _min_eqf(pred)
        report.min_eqf.add(ge == pe)
        if ge != pe:
            report.errors.append(f"{oid} MIN_EQF gold={ge} pred={pe}")


# --- structured fields -------------------------------------------------------------------------------------


def _ft_licence_category(libelle: str) -> str:
    m = re.search(r"\(=\s*([A-Z0-9]+)\)", libelle)
    if m:
        cat = m.group(1)
        return {"EC": "CE", "EB": "BE"}.get(cat, cat)
    return libelle.split(" - ")[0].split()[0].strip().upper()


def _ft_years(offer: dict[str, Any]) -> float | None:
    m = re.match(r"\s*(\d+)\s*(An|Mois)", offer.get("experience_label") or "")
    if not m:
        return None
    n = float(m.group(1))
    return n if m.group(2) == "An" else round(n / 12, 2)


# The France Travail form fields the second signal reads; offers without any of them (e.g. offers-it-fr.jsonl,
# title and description only) are outside its scope.
STRUCTURED_FIELDS = ("formations", "experience_code", "licences", "languages")


def has_structured_fields(offers: Iterable[dict[str, Any]]) -> bool:
    return any(field in offer for offer in offers for field in STRUCTURED_FIELDS)


def structured_agreement(offers: dict[str, dict[str, Any]], preds: dict[str, list[dict[str, Any]]]) -> list[tuple[str, int, int]]:
    """Rows (description, agreeing offers, offers considered)."""
    rows: list[tuple[str, int, int]] = []
    lic_a = lic_b = lic_c = lic_d = 0
    lang_a = lang_b = lang_c = lang_d = 0
    f_any = f_lvl = f_tot = f_rev = f_rev_tot = 0
    e_found = e_years = e_tot = d_tot = d_ok = 0
    for oid, pred in preds.items():
        o = offers[oid]
        p_lic = {r["category"] for r in pred if r["kind"] == "licence"}
        s_lic = {_ft_licence_category(x.get("libelle", "")) for x in o.get("licences") or [] if x.get("exigence") == "E"}
        s_lic_any = {_ft_licence_category(x.get("libelle", "")) for x in o.get("licences") or []}
        if s_lic:
            lic_b += 1
            lic_a += int(s_lic <= p_lic)
        p_req = {r["category"] for r in pred if r["kind"] == "licence" and r["strength"] == "required"}
        if p_req:
            lic_d += 1
            lic_c += int(p_req <= s_lic_any)
        s_lang = {language_code(str(x.get("libelle") or "")) or "?" for x in o.get("languages") or []}
        p_lang = {r["language"] for r in pred if r["kind"] == "language"}
        if s_lang:
            lang_b += 1
            lang_a += int(s_lang <= p_lang)
        if p_lang:
            lang_d += 1
            lang_c += int(p_lang <= s_lang)
        levels = [FT_LEVELS.get(str(x.get("niveauLibelle", "")).lower()) for x in o.get("formations") or []]
        s_levels = [lvl for lvl in levels if lvl is not None]
        p_min = _min_eqf(pred)
        if s_levels:
            f_tot += 1
            f_any += int(any(r["kind"] == "diploma" for r in pred))
            f_lvl += int(p_min == min(s_levels))
        if p_min is not None:
            f_rev_tot += 1
            f_rev += int(bool(s_levels))
        exp = [r for r in pred if r["kind"] == "experience"]
        if o.get("experience_code") == "E":
            e_tot += 1
            e_found += int(bool(exp))
            sy = _ft_years(o)
            py = [r["years"] for r in exp if r.get("years") is not None and r["strength"] != "optional"]
            e_years += int(bool(py) and sy is not None and abs(min(py) - sy) <= 0.01)
        elif o.get("experience_code") == "D":
            d_tot += 1
            d_ok += int(not any(r.get("years") and r["years"] >= 1 and r["strength"] == "required" for r in exp))
    rows.append(("permis exigé (champ structuré) -> permis de cette catégorie extrait", lic_a, lic_b))
    rows.append(("permis requis extrait -> catégorie présente dans le champ structuré", lic_c, lic_d))
    rows.append(("langue dans le champ structuré -> langue extraite", lang_a, lang_b))
    rows.append(("langue extraite -> langue dans le champ structuré", lang_c, lang_d))
    rows.append(("formation avec niveau (champ structuré) -> un diplôme extrait", f_any, f_tot))
    rows.append(("formation avec niveau -> niveau EQF minimum extrait identique", f_lvl, f_tot))
    rows.append(("diplôme extrait -> formation présente dans le champ structuré", f_rev, f_rev_tot))
    rows.append(("expérience exigée (code E) -> une expérience extraite", e_found, e_tot))
    rows.append(("expérience exigée (code E) -> mêmes années minimales", e_years, e_tot))
    rows.append(("débutant accepté (code D) -> aucune expérience requise >= 1 an extraite", d_ok, d_tot))
    return rows


# --- protected sentences ----------------------------------------------------------------------------------


def score_protected(sentences: list[dict[str, Any]], predicted: list[set[str]]) -> tuple[dict[str, Counts], Counts, list[str]]:
    per: dict[str, Counts] = defaultdict(Counts)
    micro = Counts()
    errors = []
    for s, pred in zip(sentences, predicted, strict=True):
        gold = set(s.get("criteria") or [])
        for c in gold | pred:
            if c in gold and c in pred:
                per[c].tp += 1
                micro.tp += 1
            elif c in pred:
                per[c].fp += 1
                micro.fp += 1
                errors.append(f"FP {c}: {s['text']}")
            else:
                per[c].fn += 1
                micro.fn += 1
                errors.append(f"FN {c}: {s['text']}")
    return per, micro, errors


def span_model_config(path: str | None, kinds: str | None = None) -> dict[str, Any] | None:
    """The extractor configuration that turns the span model on (`--span-model DIR`), or None (the rules only)."""
    if not path:
        return None
    req: dict[str, Any] = {"span_model": True, "span_model_path": str(path)}
    if kinds:
        req["span_model_kinds"] = [k for k in kinds.split(",") if k]
    return {"pj_requirements": req}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.evaluate extract")
    parser.add_argument("gold", type=Path, help="eval/gold/extract-dev.jsonl")
    parser.add_argument("offers", type=Path, help="offres JSONL (id, title, description + champs structurés)")
    parser.add_argument("--protected", type=Path, default=None, help="phrases à critères protégés (défaut : protected-sentences.jsonl à côté de GOLD)")
    parser.add_argument("--no-protected", action="store_true", help="sans les phrases à critères protégés (jeux qui n'en ont pas)")
    parser.add_argument("--pred", type=Path, default=None, help="sortie déjà calculée de `python -m audits extract` (sinon l'extracteur est lancé)")
    parser.add_argument("--errors", action="store_true", help="affiche chaque erreur (FP, FN, attribut, force)")
    parser.add_argument("--json", type=Path, default=None, help="écrit les chiffres dans ce fichier JSON")
    parser.add_argument(
        "--also",
        nargs=2,
        action="append",
        type=Path,
        default=[],
        metavar=("GOLD", "OFFERS"),
        help="un autre fichier or et ses offres, comptés avec les premiers (répétable ; ex. les quatre jeux écrits)",
    )
    parser.add_argument(
        "--span-model",
        default=None,
        metavar="DIR",
        help="avec le modèle de mentions expérimental lu dans DIR (spanmodel ; défaut : sans, comme l'extracteur livré)",
    )
    parser.add_argument(
        "--span-model-kinds",
        default=None,
        metavar="KINDS",
        help="types ajoutés par le modèle, séparés par des virgules (défaut : ceux de components.py)",
    )
    args = parser.parse_args(argv)
    if args.span_model_kinds and not args.span_model:
        parser.error("--span-model-kinds demande --span-model")
    try:
        return _evaluate(args)
    except JsonLinesError as exc:
        print(f"python -m audits.evaluate extract : {exc}", file=sys.stderr)
        return 2


def _evaluate(args: argparse.Namespace) -> int:
    # Each gold file is checked against its own offers file; several sets are then scored as one.
    gold_rows: list[dict[str, Any]] = []
    offers: dict[str, dict[str, Any]] = {}
    for gold_path, offers_path in [(args.gold, args.offers), *args.also]:
        set_rows = read_json_objects(gold_path)
        set_offers = {o["id"]: o for o in read_json_objects(offers_path)}
        missing = [g["id"] for g in set_rows if g["id"] not in set_offers]
        if missing:
            print(f"offres absentes de {offers_path} : {', '.join(missing[:10])}", file=sys.stderr)
            return 2
        scored = {r["id"] for r in gold_rows}
        twice = [g["id"] for g in set_rows if g["id"] in scored]
        if twice:
            print(f"offres présentes dans deux fichiers or ({gold_path}) : {', '.join(twice[:10])}", file=sys.stderr)
            return 2
        gold_rows.extend(set_rows)
        offers.update({g["id"]: set_offers[g["id"]] for g in set_rows})
    extractor = None
    if args.pred:
        preds = {p["id"]: p["requirements"] for p in read_json_objects(args.pred)}
    else:
        from audits.extract import Extractor

        extractor = Extractor(config=span_model_config(args.span_model, args.span_model_kinds))
        items = [{"id": g["id"], "title": offers[g["id"]]["title"], "description": offers[g["id"]]["description"]} for g in gold_rows]
        preds = {r.id: r.to_dict()["requirements"] for r in extractor.extract_many(items)}
    # Only the gold's offers are scored: a gold may cover a sample of the offers file (and --pred all of it).
    preds = {g["id"]: preds.get(g["id"], []) for g in gold_rows}

    report = Report()
    for g in gold_rows:
        o = offers[g["id"]]
        for r in g["requirements"]:
            text = o["title"] if r["field"] == "title" else o["description"]
            if text[r["start"] : r["end"]] != r["text"]:
                report.errors.append(f"{g['id']} GOLD-OFFSET «{r['text']}» ne correspond pas au texte de l'offre")
        score_offer(report, g["id"], g["requirements"], preds.get(g["id"], []))

    out: dict[str, Any] = {"offers": len(gold_rows), "kinds": {}, "strength": {}, "attributes": {}}
    sources = ", ".join(str(path) for path in [args.gold, *(gold for gold, _offers in args.also)])
    print(f"Extraction — {len(gold_rows)} offres ({sources})")
    print(f"{'type':<22}{'P':>7}{'R':>7}{'F1':>7}{'VP':>6}{'FP':>6}{'FN':>6}")
    for kind in ALL_KINDS:
        c = report.kinds.get(kind)
        if c is None:
            continue
        p, r, f = c.prf()
        out["kinds"][kind] = {"precision": p, "recall": r, "f1": f, "tp": c.tp, "fp": c.fp, "fn": c.fn}
        print(f"{kind:<22}{p:>7.3f}{r:>7.3f}{f:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    print("\nAttributs sur les paires appariées")
    for name, acc in sorted(report.attrs.items()):
        out["attributes"][name] = {"accuracy": acc.value, "n": acc.total}
        print(f"  {name:<28}{acc.value:>7.3f}  ({acc.ok}/{acc.total})")
    print(f"  {'diploma.min_eqf (par offre)':<28}{report.min_eqf.value:>7.3f}  ({report.min_eqf.ok}/{report.min_eqf.total})")
    out["min_eqf"] = {"accuracy": report.min_eqf.value, "n": report.min_eqf.total}
    print("\nForce (required/preferred/optional) sur les paires appariées")
    for name, acc in sorted(report.strength.items()):
        out["strength"][name] = {"accuracy": acc.value, "n": acc.total}
        print(f"  {name:<28}{acc.value:>7.3f}  ({acc.ok}/{acc.total})")

    print("\nAccord avec les champs structurés des offres (second signal, indépendant de l'annotation)")
    evaluated = {oid: offers[oid] for oid in preds}
    if not has_structured_fields(evaluated.values()):
        # Without the fields every share would read 0/0 or 0/N: say that the signal does not apply.
        out["structured"] = None
        print(f"  sans objet : aucune des offres évaluées n'a de champ structuré ({', '.join(STRUCTURED_FIELDS)})")
    else:
        out["structured"] = []
        for label, ok, total in structured_agreement(evaluated, preds):
            share = ok / total if total else 0.0
            out["structured"].append({"check": label, "agree": ok, "total": total, "share": share})
            print(f"  {share:>6.3f}  ({ok}/{total})  {label}")

    protected_path = args.protected or args.gold.parent / "protected-sentences.jsonl"
    if protected_path.exists() and not args.no_protected:
        sentences = read_json_objects(protected_path)
        if extractor is None:
            from audits.extract import Extractor

            extractor = Extractor(classify=False)
        items = [{"id": f"s{i}", "title": "", "description": s["text"]} for i, s in enumerate(sentences)]
        predicted = [
            {r.criterion for r in res.requirements if r.kind == "protected_criterion" and r.criterion} for res in extractor.extract_many(items)
        ]
        per, micro, perrors = score_protected(sentences, predicted)
        report.errors.extend(perrors)
        p, r, f = micro.prf()
        clean = [i for i, s in enumerate(sentences) if not s.get("criteria")]
        false_alarms = sum(1 for i in clean if predicted[i])
        print(f"\nCritères protégés — {len(sentences)} phrases ({protected_path}), dont {len(clean)} sans critère")
        print(f"  micro            P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (VP {micro.tp}, FP {micro.fp}, FN {micro.fn})")
        print(f"  phrases propres signalées à tort : {false_alarms}/{len(clean)}")
        out["protected"] = {"precision": p, "recall": r, "f1": f, "clean_false_alarms": false_alarms, "clean": len(clean), "per_criterion": {}}
        for crit in sorted(per):
            cc = per[crit]
            cp, cr, _cf = cc.prf()
            out["protected"]["per_criterion"][crit] = {"precision": cp, "recall": cr, "tp": cc.tp, "fp": cc.fp, "fn": cc.fn}
            print(f"  {crit:<22}P {cp:.3f}  R {cr:.3f}  (VP {cc.tp}, FP {cc.fp}, FN {cc.fn})")
    if args.errors:
        print("\nErreurs")
        for e in report.errors:
            print("  " + e)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0
