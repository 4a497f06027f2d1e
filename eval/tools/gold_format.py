"""Shape and consistency checks of the gold annotation files (`eval/gold/*.jsonl`).

Used by `locate.py` (before writing) and by `tests/eval/test_gold_files.py`. Kept free of any import of the
extractor so that the gold data stays independent of what it evaluates; shared are only the JSON contract
(`audits/contracts/requirements.schema.json`, because the evaluator compares both sides item by item) and the
dependency-free JSON Lines reader `audits.jsonl` (one reader, one error message for every tool).
"""

from __future__ import annotations

import functools
import html
import json
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jsonschema

from audits.jsonl import JsonLinesError, read_json_objects

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO_ROOT / "audits" / "contracts" / "requirements.schema.json"

# Kind-specific attributes, in the order they stand in a gold item.
ATTRIBUTE_KEYS: tuple[str, ...] = (
    "eqf_level",
    "isced_level",
    "years",
    "language",
    "cefr",
    "category",
    "code",
    "criterion",
)
# Agreed with the evaluator: every gold item carries exactly these keys, in this order (null where not
# applicable). `locate.py` writes them in this order, so the gold file diffs cleanly.
ITEM_KEYS: tuple[str, ...] = (
    "kind",
    "field",
    "start",
    "end",
    "text",
    "strength",
    "alternative_group",
    *ATTRIBUTE_KEYS,
)
# `native` mirrors `audits.model.Requirement.to_dict()`: only present (and true) for "langue maternelle".
OPTIONAL_KEYS: frozenset[str] = frozenset({"native"})

# Kind-specific attributes: which ones must be filled, which ones must stay null.
KIND_REQUIRED_ATTRS: dict[str, tuple[str, ...]] = {
    "diploma": (),  # a level may be unstated ("diplômé(e) dans le domaine de la vente")
    "experience": (),  # years may be null ("expérience exigée" without a number)
    "language": ("language",),
    "licence": ("category",),
    "certification": ("code",),
    "protected_criterion": ("criterion",),
    "skill": (),
    "soft_skill": (),
    "other": (),
}
KIND_ALLOWED_ATTRS: dict[str, frozenset[str]] = {
    "diploma": frozenset({"eqf_level", "isced_level"}),
    "experience": frozenset({"years"}),
    "language": frozenset({"language", "cefr"}),
    "licence": frozenset({"category"}),
    "certification": frozenset({"code"}),
    "protected_criterion": frozenset({"criterion"}),
    "skill": frozenset({"code"}),
    "soft_skill": frozenset(),
    "other": frozenset(),
}
LICENCE_CATEGORIES: frozenset[str] = frozenset(
    {"AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "G"}
)


class GoldFormatError(ValueError):
    """A gold line breaks the agreed format; the message names the line (1-based) and the problem."""


def load_schema() -> dict[str, Any]:
    with SCHEMA_PATH.open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


def item_schema(schema: Mapping[str, Any] | None = None) -> dict[str, Any]:
    s = schema if schema is not None else load_schema()
    items: dict[str, Any] = s["properties"]["requirements"]["items"]
    return items


def criterion_enum(schema: Mapping[str, Any] | None = None) -> list[str]:
    props = item_schema(schema)["properties"]
    return [c for c in props["criterion"]["enum"] if c is not None]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of objects, blank lines refused; a bad line raises GoldFormatError naming the file and
    the line (the message of the shared reader, `audits.jsonl`)."""
    try:
        return read_json_objects(path, blank_lines="error")
    except JsonLinesError as exc:
        raise GoldFormatError(str(exc)) from exc


def check_item(item: Mapping[str, Any], where: str, validator: jsonschema.Draft202012Validator) -> None:
    """Check one requirement item against the contract and the gold conventions."""
    errors = sorted(validator.iter_errors(dict(item)), key=lambda e: list(e.path))
    if errors:
        raise GoldFormatError(f"{where}: {errors[0].message} (champ {list(errors[0].path)})")
    keys = set(item)
    missing = set(ITEM_KEYS) - keys
    extra = keys - set(ITEM_KEYS) - OPTIONAL_KEYS
    if missing:
        raise GoldFormatError(f"{where}: clés manquantes {sorted(missing)}")
    if extra:
        raise GoldFormatError(f"{where}: clés inconnues {sorted(extra)}")
    if "native" in item and item["native"] is not True:
        raise GoldFormatError(f"{where}: 'native' n'est présent que s'il vaut true")
    kind = item["kind"]
    if not item["start"] < item["end"]:
        raise GoldFormatError(f"{where}: start doit être < end")
    if len(item["text"]) != item["end"] - item["start"]:
        raise GoldFormatError(f"{where}: len(text) != end - start")
    if item["text"] != item["text"].strip():
        raise GoldFormatError(f"{where}: le span commence ou finit par un espace")
    for attr in KIND_REQUIRED_ATTRS[kind]:
        if item[attr] is None:
            raise GoldFormatError(f"{where}: '{attr}' est obligatoire pour le type {kind}")
    for attr in ATTRIBUTE_KEYS:
        if item[attr] is not None and attr not in KIND_ALLOWED_ATTRS[kind]:
            raise GoldFormatError(f"{where}: '{attr}' doit être null pour le type {kind}")
    if kind == "licence" and item["category"] not in LICENCE_CATEGORIES:
        raise GoldFormatError(f"{where}: catégorie de permis inconnue {item['category']!r}")
    if kind == "language" and item.get("native") and item["cefr"] not in (None, "C1", "C2"):
        raise GoldFormatError(f"{where}: langue maternelle => cefr C1/C2 ou null")


def check_extract_rows(rows: Sequence[Mapping[str, Any]], schema: Mapping[str, Any] | None = None) -> None:
    """Check every line of `extract-dev.jsonl` (shape, enums, kind attributes, alternative groups)."""
    validator = jsonschema.Draft202012Validator(item_schema(schema))
    seen: set[str] = set()
    for lineno, row in enumerate(rows, start=1):
        where = f"ligne {lineno}"
        if set(row) != {"id", "language", "requirements"}:
            raise GoldFormatError(f"{where}: clés attendues id, language, requirements; vu {sorted(row)}")
        if not isinstance(row["id"], str) or not row["id"]:
            raise GoldFormatError(f"{where}: id manquant")
        if row["id"] in seen:
            raise GoldFormatError(f"{where}: id {row['id']} en double")
        seen.add(row["id"])
        if row["language"] != "fr":
            raise GoldFormatError(f"{where}: language doit valoir 'fr'")
        reqs = row["requirements"]
        if not isinstance(reqs, list):
            raise GoldFormatError(f"{where}: requirements doit être une liste")
        groups: dict[int, int] = {}
        spans: set[tuple[str, int, int, str]] = set()
        for i, item in enumerate(reqs):
            iwhere = f"{where} ({row['id']}) exigence {i}"
            check_item(item, iwhere, validator)
            key = (item["field"], item["start"], item["end"], item["kind"])
            if key in spans:
                raise GoldFormatError(f"{iwhere}: même span et même type annotés deux fois")
            spans.add(key)
            if item["alternative_group"] is not None:
                groups[item["alternative_group"]] = groups.get(item["alternative_group"], 0) + 1
        lonely = sorted(g for g, n in groups.items() if n < 2)
        if lonely:
            raise GoldFormatError(f"{where} ({row['id']}): groupe d'alternatives à un seul membre {lonely}")


# The held-out sample of `offers-it-fr.jsonl` (`eval/gold/extract-it-sample*.jsonl`, docs/labelling-guide.md).
HELD_OUT_SEED = 2026
HELD_OUT_SIZE = 60


# The second, fresh sample (`eval/gold/extract-it-fresh*.jsonl`): drawn among the lines the first one left out.
FRESH_SEED = 2027
FRESH_SIZE = 50
# Two descriptions count as the same ad when their sets of 5-word shingles have a Jaccard similarity >= 0.5 (in
# offers-it-fr.jsonl, a line's closest first-sample ad scores >= 0.77 for copies, <= 0.47 for other ads).
NEAR_DUPLICATE_SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.5
# The third sample (`eval/gold/extract-it-third*.jsonl`): drawn among the lines both earlier samples left out.
THIRD_SEED = 2028
THIRD_SIZE = 50
# The fourth sample (`eval/gold/extract-it-fourth*.jsonl`): drawn among the lines the three earlier samples left out.
FOURTH_SEED = 2029
FOURTH_SIZE = 50
# The fifth sample (`eval/gold/extract-it-fifth*.jsonl`): drawn among the lines the four earlier samples left out,
# comparing texts with HTML entities unescaped (`&nbsp;`/`&#233;` hid a copy from the fourth draw's rule).
FIFTH_SEED = 2030
FIFTH_SIZE = 50
# Later samples (`eval/gold/extract-it-<name>*.jsonl`), each drawn with the fifth's rule among the lines every earlier
# sample left out. The sixth and seventh were labelled by two engineers at the same time, before any extractor run;
# then the eighth and ninth, the tenth and eleventh, the twelfth and thirteenth: one pair per blind measurement.
LATER_SAMPLES: dict[str, tuple[int, int]] = {  # name -> (seed, size)
    "sixth": (2031, 50),
    "seventh": (2032, 50),
    "eighth": (2033, 50),
    "ninth": (2034, 50),
    "tenth": (2035, 50),
    "eleventh": (2036, 50),
    "twelfth": (2037, 50),
    "thirteenth": (2038, 50),
    "fourteenth": (2039, 50),
    "fifteenth": (2040, 50),
    "sixteenth": (2041, 50),
    "seventeenth": (2042, 50),
    "eighteenth": (2043, 23),  # the last 23 offers outside every sample and its copies: the IT pool is exhausted
}


def sample_indices(n_offers: int, size: int, seed: int, exclude: Iterable[int] = ()) -> list[int]:
    """The held-out sample rule: `random.seed(seed)`, `random.sample(pool, size)`, sorted (file order), where the
    pool is `range(n_offers)` in increasing order without the `exclude` indices.

    A private `random.Random(seed)` gives the same draw as the module-level functions after `random.seed(seed)`,
    without touching the global generator; with nothing excluded the pool indexes like `range(n_offers)`, so the
    draw is the one of `random.sample(range(n_offers), size)`."""
    excluded = set(exclude)
    pool = [i for i in range(n_offers) if i not in excluded]
    if not 0 < size <= len(pool):
        raise GoldFormatError(
            f"échantillon de {size} offres impossible dans un fichier de {n_offers} offres "
            f"({len(excluded)} exclues)"
        )
    return sorted(random.Random(seed).sample(pool, size))


def _shingles(text: str, unescape: bool = False) -> frozenset[tuple[str, ...]]:
    words = (html.unescape(text) if unescape else text).lower().split()
    size = NEAR_DUPLICATE_SHINGLE
    return frozenset(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


def held_out_exclusions(
    descriptions: Sequence[str], samples: Sequence[Sequence[int]], unescape: bool = False
) -> set[int]:
    """Line indices a new held-out sample may not draw: the lines of the earlier `samples`, every line whose
    description is a copy or near copy of one of theirs, and every later near copy of a description already met in
    the file (the first occurrence stays in the pool). Near copy: Jaccard similarity of the sets of lower-cased
    5-word shingles >= `NEAR_DUPLICATE_JACCARD`.

    The offers file repeats some ads under other ids (one of the first sample 18 times); without this, a "fresh"
    sample would score texts an earlier sample already showed to whoever tuned the extractor. With `unescape`,
    HTML entities are decoded before comparing (the fifth draw on; the earlier draws keep the raw texts)."""
    earlier = [i for sample in samples for i in sample]
    shingles = [_shingles(text, unescape) for text in descriptions]
    excluded = set(earlier)
    # Inverted index shingle -> kept lines, so that each line is compared only with the lines it shares text with.
    postings: dict[tuple[str, ...], list[int]] = {}
    for i in [*earlier, *(i for i in range(len(descriptions)) if i not in excluded)]:
        own = shingles[i]
        shared = Counter(k for shingle in own for k in postings.get(shingle, ()))
        if i not in excluded and any(
            n >= NEAR_DUPLICATE_JACCARD * (len(own) + len(shingles[k]) - n) for k, n in shared.items()
        ):
            excluded.add(i)
            continue
        for shingle in own:
            postings.setdefault(shingle, []).append(i)
    return excluded


def fresh_exclusions(descriptions: Sequence[str]) -> set[int]:
    """What the fresh sample may not draw: `held_out_exclusions` of the first held-out sample."""
    first = sample_indices(len(descriptions), HELD_OUT_SIZE, HELD_OUT_SEED)
    return held_out_exclusions(descriptions, [first])


def fresh_sample_indices(descriptions: Sequence[str]) -> list[int]:
    """The fresh sample: FRESH_SIZE lines drawn with FRESH_SEED among those `fresh_exclusions` leaves."""
    return sample_indices(len(descriptions), FRESH_SIZE, FRESH_SEED, exclude=fresh_exclusions(descriptions))


def third_exclusions(descriptions: Sequence[str]) -> set[int]:
    """What the third sample may not draw: `held_out_exclusions` of the first and the fresh samples."""
    first = sample_indices(len(descriptions), HELD_OUT_SIZE, HELD_OUT_SEED)
    return held_out_exclusions(descriptions, [first, fresh_sample_indices(descriptions)])


def third_sample_indices(descriptions: Sequence[str]) -> list[int]:
    """The third sample: THIRD_SIZE lines drawn with THIRD_SEED among those `third_exclusions` leaves."""
    return sample_indices(len(descriptions), THIRD_SIZE, THIRD_SEED, exclude=third_exclusions(descriptions))


def fourth_exclusions(descriptions: Sequence[str]) -> set[int]:
    """What the fourth sample may not draw: `held_out_exclusions` of the first, fresh and third samples."""
    first = sample_indices(len(descriptions), HELD_OUT_SIZE, HELD_OUT_SEED)
    samples = [first, fresh_sample_indices(descriptions), third_sample_indices(descriptions)]
    return held_out_exclusions(descriptions, samples)


def fourth_sample_indices(descriptions: Sequence[str]) -> list[int]:
    """The fourth sample: FOURTH_SIZE lines drawn with FOURTH_SEED among those `fourth_exclusions` leaves."""
    return sample_indices(
        len(descriptions), FOURTH_SIZE, FOURTH_SEED, exclude=fourth_exclusions(descriptions)
    )


def check_offsets(
    rows: Iterable[Mapping[str, Any]], offers: Sequence[Mapping[str, Any]], subset: bool = False
) -> None:
    """Check that gold lines follow the offers file order and that every span is `offer[field][start:end]`.

    With `subset`, the gold may cover only some offers (a sample), still in the file's order."""
    rows = list(rows)
    if subset:
        position = {o["id"]: i for i, o in enumerate(offers)}
        unknown = [r["id"] for r in rows if r["id"] not in position]
        if unknown:
            raise GoldFormatError(f"ids absents du fichier d'offres : {', '.join(unknown[:10])}")
        places = [position[r["id"]] for r in rows]
        if places != sorted(set(places)):
            raise GoldFormatError("les ids du fichier d'or ne suivent pas l'ordre du fichier d'offres")
        offers = [offers[i] for i in places]
    elif [r["id"] for r in rows] != [o["id"] for o in offers]:
        raise GoldFormatError(
            "les ids du fichier d'or ne suivent pas ceux du fichier d'offres (ordre ou nombre)"
        )
    for lineno, (row, offer) in enumerate(zip(rows, offers, strict=True), start=1):
        for i, item in enumerate(row["requirements"]):
            source = offer[item["field"]]
            if source[item["start"] : item["end"]] != item["text"]:
                raise GoldFormatError(
                    f"ligne {lineno} ({row['id']}) exigence {i}: le texte {item['text']!r} ne correspond pas à "
                    f"{item['field']}[{item['start']}:{item['end']}] = {source[item['start'] : item['end']]!r}"
                )


def check_protected_rows(rows: Sequence[Mapping[str, Any]], schema: Mapping[str, Any] | None = None) -> None:
    """Check `protected-sentences.jsonl`: shape, criteria from the enum, no duplicate sentence."""
    allowed = set(criterion_enum(schema))
    seen: set[str] = set()
    for lineno, row in enumerate(rows, start=1):
        where = f"ligne {lineno}"
        if set(row) != {"text", "criteria"}:
            raise GoldFormatError(f"{where}: clés attendues text, criteria; vu {sorted(row)}")
        text, criteria = row["text"], row["criteria"]
        if not isinstance(text, str) or not text.strip():
            raise GoldFormatError(f"{where}: texte vide")
        if text in seen:
            raise GoldFormatError(f"{where}: phrase en double")
        seen.add(text)
        if not isinstance(criteria, list) or len(set(criteria)) != len(criteria):
            raise GoldFormatError(f"{where}: criteria doit être une liste sans doublon")
        unknown = [c for c in criteria if c not in allowed]
        if unknown:
            raise GoldFormatError(f"{where}: critères inconnus {unknown}")


def protected_counts(rows: Iterable[Mapping[str, Any]]) -> tuple[dict[str, int], int, int]:
    """Return (sentences per criterion, sentences with a criterion, clean sentences)."""
    per: dict[str, int] = {}
    flagged = clean = 0
    for row in rows:
        if row["criteria"]:
            flagged += 1
            for c in row["criteria"]:
                per[c] = per.get(c, 0) + 1
        else:
            clean += 1
    return per, flagged, clean


def fifth_exclusions(descriptions: Sequence[str]) -> set[int]:
    """What the fifth sample may not draw: `held_out_exclusions` of the four earlier samples, entities unescaped."""
    first = sample_indices(len(descriptions), HELD_OUT_SIZE, HELD_OUT_SEED)
    samples = [
        first,
        fresh_sample_indices(descriptions),
        third_sample_indices(descriptions),
        fourth_sample_indices(descriptions),
    ]
    return held_out_exclusions(descriptions, samples, unescape=True)


def fifth_sample_indices(descriptions: Sequence[str]) -> list[int]:
    """The fifth sample: FIFTH_SIZE lines drawn with FIFTH_SEED among those `fifth_exclusions` leaves."""
    return sample_indices(len(descriptions), FIFTH_SIZE, FIFTH_SEED, exclude=fifth_exclusions(descriptions))


def later_sample_indices(descriptions: Sequence[str], name: str) -> list[int]:
    """A sample of `LATER_SAMPLES` (the sixth on): its size drawn with its seed among the lines that the first five
    samples and every later sample listed before it left out, HTML entities decoded (the fifth's rule)."""
    draws = _later_draws(tuple(descriptions))
    if name not in draws:
        raise GoldFormatError(f"échantillon inconnu : {name} (connus : {', '.join(LATER_SAMPLES)})")
    return list(draws[name])


@functools.lru_cache(maxsize=4)
def _later_draws(descriptions: tuple[str, ...]) -> dict[str, list[int]]:
    # Each later draw needs every earlier one: computed once per offers file (the tests ask for each sample in turn).
    earlier = [
        sample_indices(len(descriptions), HELD_OUT_SIZE, HELD_OUT_SEED),
        fresh_sample_indices(descriptions),
        third_sample_indices(descriptions),
        fourth_sample_indices(descriptions),
        fifth_sample_indices(descriptions),
    ]
    draws: dict[str, list[int]] = {}
    for later, (seed, size) in LATER_SAMPLES.items():
        excluded = held_out_exclusions(descriptions, earlier, unescape=True)
        draws[later] = sample_indices(len(descriptions), size, seed, exclude=excluded)
        earlier.append(draws[later])
    return draws
