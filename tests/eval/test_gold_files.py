"""Validate the gold annotation files used to evaluate the requirement extractor.

The gold data is written by hand (see docs/labelling-guide.md); these tests make sure it keeps the format the
evaluator reads: the item shape of `audits/contracts/requirements.schema.json`, valid enums, kind-specific
attributes, and — when the offers file sits beside the repository — offsets that point at the exact text.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO_ROOT / "eval" / "gold"
TOOLS_DIR = REPO_ROOT / "eval" / "tools"
OFFERS_DIR = REPO_ROOT.parent / "shared" / "data" / "offers"
OFFERS_PATH = OFFERS_DIR / "offers-dev-fr.jsonl"
EXPECTED_OFFERS = 150
# Held-out gold: a seeded sample of the IT offers no extraction rule was tuned on (docs/labelling-guide.md).
IT_OFFERS_PATH = OFFERS_DIR / "offers-it-fr.jsonl"
MIN_SENTENCES_PER_CRITERION = 4


def _load_tool(name: str) -> ModuleType:
    # eval/tools is a folder of scripts, not a package: load the module from its path.
    # `gold_format` keeps its own name because locate.py and stats.py import it by that name (one module object,
    # one GoldFormatError class); the scripts get a prefixed name so that they cannot shadow other modules.
    module_name = name if name == "gold_format" else f"eval_tools_{name}"
    spec = importlib.util.spec_from_file_location(module_name, TOOLS_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


gold_format = _load_tool("gold_format")
locate = _load_tool("locate")
# The held-out golds and their sizes; a second, fresh sample of the same file is drawn outside the first one and its
# copies, a third outside both earlier samples and their copies, a fourth outside all three, a fifth outside all four
# (comparing texts with HTML entities decoded; same guide), and the later samples (sixth to eighteenth) with the fifth's rule.
HELD_OUT_SIZES = {
    "extract-it-sample": gold_format.HELD_OUT_SIZE,
    "extract-it-fresh": gold_format.FRESH_SIZE,
    "extract-it-third": gold_format.THIRD_SIZE,
    "extract-it-fourth": gold_format.FOURTH_SIZE,
    "extract-it-fifth": gold_format.FIFTH_SIZE,
    **{f"extract-it-{name}": size for name, (_seed, size) in gold_format.LATER_SAMPLES.items()},
}
HELD_OUT_GOLDS = tuple(HELD_OUT_SIZES)


@pytest.fixture(scope="module")
def extract_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = gold_format.read_jsonl(GOLD_DIR / "extract-dev.jsonl")
    return rows


@pytest.fixture(scope="module")
def protected_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = gold_format.read_jsonl(GOLD_DIR / "protected-sentences.jsonl")
    return rows


def _offers_or_skip(path: Path = OFFERS_PATH) -> list[dict[str, Any]]:
    if path.exists():
        offers: list[dict[str, Any]] = gold_format.read_jsonl(path)
        return offers
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true mais le fichier d'offres est absent : {path}")
    pytest.skip(f"fichier d'offres absent ({path}); vérification des positions sautée hors CI")


# --- extract-dev.jsonl --------------------------------------------------------------------------------------


def test_extract_gold_covers_every_offer_once(extract_rows: list[dict[str, Any]]) -> None:
    assert len(extract_rows) == EXPECTED_OFFERS
    assert len({r["id"] for r in extract_rows}) == EXPECTED_OFFERS


def test_extract_gold_items_follow_the_contract(extract_rows: list[dict[str, Any]]) -> None:
    gold_format.check_extract_rows(extract_rows)


def test_extract_gold_labels_every_required_kind(extract_rows: list[dict[str, Any]]) -> None:
    kinds = {item["kind"] for row in extract_rows for item in row["requirements"]}
    for kind in ("diploma", "experience", "language", "licence", "certification", "protected_criterion"):
        assert kind in kinds, f"aucune exigence de type {kind} dans l'or"
    assert any(row["requirements"] == [] for row in extract_rows), "des offres sans exigence sont attendues"


def _check_guide_conventions(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for item in row["requirements"]:
            text = item["text"].lower()
            if item["kind"] == "diploma" and item["eqf_level"] is not None:
                assert item["isced_level"] == locate.EQF_TO_ISCED[item["eqf_level"]], item
            # "débutant" alone = beginners accepted; with a number it names a grade ("Débutant (1 à 5 ans)"); "débutants
            # s'abstenir" turns them away (experience required, no number).
            refused = re.search(r"s['’]abstenir|pas de d[ée]butant|non d[ée]butant", text)
            if item["kind"] == "experience" and "débutant" in text and not refused and not any(ch.isdigit() for ch in text):
                assert (item["years"], item["strength"]) == (0, "optional"), item
            first_job = "première expérience" in text or "1ere expérience" in text
            if item["kind"] == "experience" and first_job and not any(ch.isdigit() for ch in text):
                # "première expérience" without a number = 6 months (guide convention).
                assert item["years"] == 0.5, item
            # "courant" reads B2 unless the span states its level ("Anglais courant (C1)").
            read_level = item["cefr"] is not None and not re.search(r"\b[abc][12]\b", text)
            if item["kind"] == "language" and read_level and "courant" in text:
                assert item["cefr"] == "B2", item


def test_extract_gold_values_follow_the_guide_conventions(extract_rows: list[dict[str, Any]]) -> None:
    _check_guide_conventions(extract_rows)


MAX_SNIPPET_CHARS = 100  # offer texts must not be copied into the repository beyond short requirement spans


@pytest.mark.parametrize("name", ["extract-dev", *HELD_OUT_GOLDS, *(f"agreement/{n}" for n in ("extract-it-sixth-b", "extract-it-fourteenth-b"))])
def test_gold_files_hold_only_short_snippets(name: str) -> None:
    for row in gold_format.read_jsonl(GOLD_DIR / f"{name}.jsonl"):
        for item in row["requirements"]:
            assert len(item["text"]) <= MAX_SNIPPET_CHARS, item["text"]
    for row in gold_format.read_jsonl(GOLD_DIR / f"{name}.src.jsonl"):
        for item in row["r"]:
            for key in ("t", "in"):
                assert len(item.get(key, "")) <= MAX_SNIPPET_CHARS, item


def test_extract_gold_offsets_match_the_offer_texts(extract_rows: list[dict[str, Any]]) -> None:
    offers = _offers_or_skip()
    gold_format.check_offsets(extract_rows, offers)


def test_extract_gold_is_reproducible_from_its_source(extract_rows: list[dict[str, Any]]) -> None:
    offers = _offers_or_skip()
    src_rows = gold_format.read_jsonl(GOLD_DIR / "extract-dev.src.jsonl")
    assert locate.build(src_rows, offers) == extract_rows


# --- extract-it-sample.jsonl and extract-it-fresh.jsonl (held-out checks) ----------------------------------


def _sample_positions(name: str, offers: list[dict[str, Any]]) -> list[int]:
    """The line indices of the offers file that a held-out sample's rule draws."""
    if name == "extract-it-sample":
        return gold_format.sample_indices(len(offers), gold_format.HELD_OUT_SIZE, gold_format.HELD_OUT_SEED)
    descriptions = [o["description"] for o in offers]
    if name == "extract-it-fresh":
        return gold_format.fresh_sample_indices(descriptions)
    if name == "extract-it-third":
        return gold_format.third_sample_indices(descriptions)
    if name == "extract-it-fourth":
        return gold_format.fourth_sample_indices(descriptions)
    if name == "extract-it-fifth":
        return gold_format.fifth_sample_indices(descriptions)
    return gold_format.later_sample_indices(descriptions, name.removeprefix("extract-it-"))


def _held_out_rows(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = gold_format.read_jsonl(GOLD_DIR / f"{name}.jsonl")
    return rows


@pytest.mark.parametrize("name", HELD_OUT_GOLDS)
def test_held_out_gold_covers_its_sample_once(name: str) -> None:
    rows = _held_out_rows(name)
    assert len(rows) == HELD_OUT_SIZES[name]
    assert len({r["id"] for r in rows}) == HELD_OUT_SIZES[name]


@pytest.mark.parametrize("name", HELD_OUT_GOLDS)
def test_held_out_gold_items_follow_the_contract(name: str) -> None:
    rows = _held_out_rows(name)
    gold_format.check_extract_rows(rows)
    _check_guide_conventions(rows)


@pytest.mark.parametrize("name", HELD_OUT_GOLDS)
def test_held_out_gold_is_its_seeded_sample(name: str) -> None:
    offers = _offers_or_skip(IT_OFFERS_PATH)
    positions = _sample_positions(name, offers)
    assert [r["id"] for r in _held_out_rows(name)] == [offers[i]["id"] for i in positions]


@pytest.mark.parametrize("name", HELD_OUT_GOLDS)
def test_held_out_gold_offsets_match_the_offer_texts(name: str) -> None:
    offers = _offers_or_skip(IT_OFFERS_PATH)
    gold_format.check_offsets(_held_out_rows(name), offers, subset=True)


@pytest.mark.parametrize("name", HELD_OUT_GOLDS)
def test_held_out_gold_is_reproducible_from_its_source(name: str) -> None:
    offers = _offers_or_skip(IT_OFFERS_PATH)
    src_rows = gold_format.read_jsonl(GOLD_DIR / f"{name}.src.jsonl")
    assert locate.build(src_rows, offers) == _held_out_rows(name)


# Second annotators' labels of the first offers of the sixth and fourteenth samples, for inter-annotator agreement.
AGREEMENT_DIR = GOLD_DIR / "agreement"
SECOND_ANNOTATOR = {  # file -> (the sample it relabels, offers)
    "extract-it-sixth-b": ("extract-it-sixth", 20),
    "extract-it-fourteenth-b": ("extract-it-fourteenth", 25),
}


@pytest.mark.parametrize("name", SECOND_ANNOTATOR)
def test_second_annotator_gold_relabels_the_first_offers_of_its_sample(name: str) -> None:
    sample, size = SECOND_ANNOTATOR[name]
    rows: list[dict[str, Any]] = gold_format.read_jsonl(AGREEMENT_DIR / f"{name}.jsonl")
    gold_format.check_extract_rows(rows)
    _check_guide_conventions(rows)
    assert [r["id"] for r in rows] == [r["id"] for r in _held_out_rows(sample)[:size]]
    offers = _offers_or_skip(IT_OFFERS_PATH)
    gold_format.check_offsets(rows, offers, subset=True)
    assert locate.build(gold_format.read_jsonl(AGREEMENT_DIR / f"{name}.src.jsonl"), offers) == rows


def test_held_out_golds_share_no_offer() -> None:
    seen: dict[str, str] = {}
    for name in HELD_OUT_GOLDS:
        for row in _held_out_rows(name):
            assert row["id"] not in seen, f"{row['id']} dans {seen.get(row['id'])} et {name}"
            seen[row["id"]] = name


def test_sample_indices_is_the_documented_rule() -> None:
    # The guide states the rule as random.seed(2026); random.sample(range(n), 60), sorted.
    state = random.getstate()
    try:
        random.seed(gold_format.HELD_OUT_SEED)
        expected = sorted(random.sample(range(1026), gold_format.HELD_OUT_SIZE))
    finally:
        random.setstate(state)
    assert gold_format.sample_indices(1026, gold_format.HELD_OUT_SIZE, gold_format.HELD_OUT_SEED) == expected
    assert gold_format.sample_indices(1026, 60, 2027) != expected
    with pytest.raises(gold_format.GoldFormatError, match="impossible"):
        gold_format.sample_indices(10, 11, 2026)


def test_subset_offset_check_rejects_unknown_ids_and_wrong_order() -> None:
    offers = [{"id": f"X{i}", "title": "t", "description": "permis B"} for i in range(3)]
    rows = [{"id": i, "language": "fr", "requirements": []} for i in ("X0", "X2")]
    gold_format.check_offsets(rows, offers, subset=True)
    with pytest.raises(gold_format.GoldFormatError, match="ordre"):
        gold_format.check_offsets(rows, offers)
    with pytest.raises(gold_format.GoldFormatError, match="ordre du fichier"):
        gold_format.check_offsets(rows[::-1], offers, subset=True)
    with pytest.raises(gold_format.GoldFormatError, match="absents"):
        gold_format.check_offsets([{"id": "Y9", "language": "fr", "requirements": []}], offers, subset=True)
    shifted = {**_valid_item(), "start": 1, "end": 9}
    with pytest.raises(gold_format.GoldFormatError, match="ne correspond pas"):
        gold_format.check_offsets(
            [{"id": "X2", "language": "fr", "requirements": [shifted]}], offers, subset=True
        )


def test_sample_indices_draws_from_the_pool_left_by_the_exclusions() -> None:
    # The rule with exclusions: random.seed(seed); random.sample(pool, size), the pool in increasing order.
    excluded = set(range(0, 100, 3))
    pool = [i for i in range(100) if i not in excluded]
    state = random.getstate()
    try:
        random.seed(2027)
        expected = sorted(random.sample(pool, 20))
    finally:
        random.setstate(state)
    assert gold_format.sample_indices(100, 20, 2027, exclude=excluded) == expected
    with pytest.raises(gold_format.GoldFormatError, match="impossible"):
        gold_format.sample_indices(100, 67, 2027, exclude=excluded)


def _synthetic_description(i: int) -> str:
    # Forty words no other synthetic description shares, so that distinct lines share no 5-word shingle.
    return " ".join(f"mot{i}x{j}" for j in range(40))


def test_fresh_exclusions_drop_the_first_sample_its_copies_and_later_copies() -> None:
    descriptions = [_synthetic_description(i) for i in range(200)]
    first = gold_format.sample_indices(200, gold_format.HELD_OUT_SIZE, gold_format.HELD_OUT_SEED)
    a, b, c, d, e = [i for i in range(200) if i not in first][:5]
    descriptions[a] = "  " + descriptions[first[0]].replace(" ", "\n")  # same text, other whitespace
    words = descriptions[first[1]].split()
    descriptions[b] = " ".join(words[:-1] + ["autre"])  # near copy: one word of forty changed
    descriptions[d] = descriptions[c].upper()  # a later copy of a line outside the first sample
    words = descriptions[e].split()
    descriptions[e] = " ".join(words[:20] + descriptions[first[2]].split()[20:])  # shares half: a distinct ad
    excluded = gold_format.fresh_exclusions(descriptions)
    assert excluded == {*first, a, b, d}
    fresh = gold_format.fresh_sample_indices(descriptions)
    assert fresh == gold_format.sample_indices(200, gold_format.FRESH_SIZE, gold_format.FRESH_SEED, excluded)
    assert len(fresh) == gold_format.FRESH_SIZE and not set(fresh) & excluded


def test_held_out_exclusions_drop_every_earlier_sample_and_its_copies() -> None:
    descriptions = [_synthetic_description(i) for i in range(12)]
    descriptions[3] = descriptions[5].upper()  # a copy of a line of the second sample, placed before it
    words = descriptions[1].split()
    descriptions[7] = " ".join(words[:-1] + ["autre"])  # a near copy of a line of the first sample
    # A later copy of a line outside the samples: the first occurrence stays in the pool.
    descriptions[9] = descriptions[8]
    descriptions[10] = " ".join(descriptions[10].split()[:20] + words[20:])  # shares half: a distinct ad
    assert gold_format.held_out_exclusions(descriptions, [[0, 1], [5]]) == {0, 1, 5, 3, 7, 9}


def test_third_sample_is_drawn_outside_the_first_and_fresh_samples() -> None:
    descriptions = [_synthetic_description(i) for i in range(300)]
    first = gold_format.sample_indices(300, gold_format.HELD_OUT_SIZE, gold_format.HELD_OUT_SEED)
    fresh = gold_format.fresh_sample_indices(descriptions)
    excluded = gold_format.third_exclusions(descriptions)
    assert excluded == {*first, *fresh}  # no copies in these texts: exactly the two earlier samples
    third = gold_format.third_sample_indices(descriptions)
    assert third == gold_format.sample_indices(300, gold_format.THIRD_SIZE, gold_format.THIRD_SEED, excluded)
    assert len(third) == gold_format.THIRD_SIZE and not set(third) & excluded


def test_fourth_sample_is_drawn_outside_the_three_earlier_samples_and_their_copies() -> None:
    descriptions = [_synthetic_description(i) for i in range(400)]
    first = gold_format.sample_indices(400, gold_format.HELD_OUT_SIZE, gold_format.HELD_OUT_SEED)
    copy_of_first = max(i for i in range(400) if i not in first)
    descriptions[copy_of_first] = descriptions[first[0]].upper()  # the last line copies a first-sample ad
    fresh = gold_format.fresh_sample_indices(descriptions)
    third = gold_format.third_sample_indices(descriptions)
    excluded = gold_format.fourth_exclusions(descriptions)
    assert excluded == {*first, *fresh, *third, copy_of_first}  # the only copy in these texts
    fourth = gold_format.fourth_sample_indices(descriptions)
    assert fourth == gold_format.sample_indices(
        400, gold_format.FOURTH_SIZE, gold_format.FOURTH_SEED, excluded
    )
    assert len(fourth) == gold_format.FOURTH_SIZE and not set(fourth) & excluded


def test_fifth_sample_is_drawn_outside_the_four_earlier_samples_and_their_escaped_copies() -> None:
    descriptions = [_synthetic_description(i) for i in range(500)]
    first = gold_format.sample_indices(500, gold_format.HELD_OUT_SIZE, gold_format.HELD_OUT_SEED)
    copy_of_first = max(i for i in range(500) if i not in first)
    # The same ad with its spaces written as `&nbsp;` entities: one raw "word", so no shared shingle.
    descriptions[copy_of_first] = "&nbsp;".join(descriptions[first[0]].split())
    assert copy_of_first not in gold_format.held_out_exclusions(descriptions, [first])
    assert copy_of_first in gold_format.held_out_exclusions(descriptions, [first], unescape=True)
    earlier = [
        first,
        gold_format.fresh_sample_indices(descriptions),
        gold_format.third_sample_indices(descriptions),
        gold_format.fourth_sample_indices(descriptions),
    ]
    excluded = gold_format.fifth_exclusions(descriptions)
    assert excluded == {i for sample in earlier for i in sample} | {copy_of_first}
    fifth = gold_format.fifth_sample_indices(descriptions)
    assert fifth == gold_format.sample_indices(500, gold_format.FIFTH_SIZE, gold_format.FIFTH_SEED, excluded)
    assert len(fifth) == gold_format.FIFTH_SIZE and not set(fifth) & excluded


def test_later_samples_are_drawn_outside_every_earlier_sample_and_their_copies() -> None:
    descriptions = [_synthetic_description(i) for i in range(900)]
    first = gold_format.sample_indices(900, gold_format.HELD_OUT_SIZE, gold_format.HELD_OUT_SEED)
    # A copy of a first-sample ad written with `&nbsp;`: only the entity-decoded comparison (the fifth on) sees it.
    copy_of_first = max(i for i in range(900) if i not in first)
    descriptions[copy_of_first] = "&nbsp;".join(descriptions[first[0]].split())
    earlier = [
        first,
        gold_format.fresh_sample_indices(descriptions),
        gold_format.third_sample_indices(descriptions),
        gold_format.fourth_sample_indices(descriptions),
        gold_format.fifth_sample_indices(descriptions),
    ]
    for name, (seed, size) in gold_format.LATER_SAMPLES.items():
        drawn = gold_format.later_sample_indices(descriptions, name)
        excluded = {i for sample in earlier for i in sample} | {copy_of_first}
        assert drawn == gold_format.sample_indices(900, size, seed, excluded)
        assert len(drawn) == size and not set(drawn) & excluded
        earlier.append(drawn)
    with pytest.raises(gold_format.GoldFormatError, match="échantillon inconnu"):
        gold_format.later_sample_indices(descriptions, "nineteenth")


def test_unescaping_does_not_merge_distinct_ads() -> None:
    # Entities decoded, an ad sharing only half of its words with an earlier one stays in the pool.
    descriptions = [_synthetic_description(i) for i in range(4)]
    words = descriptions[0].split()
    descriptions[2] = "&#233;".join(descriptions[2].split()[:20]) + " " + " ".join(words[20:])
    assert gold_format.held_out_exclusions(descriptions, [[0]], unescape=True) == {0}


# --- the checks themselves must reject bad data ------------------------------------------------------------


def _valid_item() -> dict[str, Any]:
    return {
        "kind": "licence",
        "field": "description",
        "start": 0,
        "end": 8,
        "text": "permis B",
        "strength": "required",
        "alternative_group": None,
        "eqf_level": None,
        "isced_level": None,
        "years": None,
        "language": None,
        "cefr": None,
        "category": "B",
        "code": None,
        "criterion": None,
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "degree"}, "is not one of"),
        ({"strength": "must"}, "is not one of"),
        ({"cefr": "B3"}, "is not one of"),
        ({"category": "Z"}, "catégorie de permis"),
        ({"years": 2}, "'years' doit être null"),
        ({"end": 9}, "len(text)"),
        ({"alternative_group": 1}, "un seul membre"),
    ],
)
def test_extract_checks_reject_bad_items(change: dict[str, Any], message: str) -> None:
    row = {"id": "X1", "language": "fr", "requirements": [{**_valid_item(), **change}]}
    with pytest.raises(gold_format.GoldFormatError) as exc:
        gold_format.check_extract_rows([row])
    assert message in str(exc.value)


def test_offset_check_rejects_a_shifted_span() -> None:
    row = {"id": "X1", "language": "fr", "requirements": [_valid_item()]}
    offers = [{"id": "X1", "title": "Chauffeur", "description": " permis B exigé"}]
    with pytest.raises(gold_format.GoldFormatError, match="ne correspond pas"):
        gold_format.check_offsets([row], offers)


def test_locate_refuses_an_ambiguous_snippet() -> None:
    offer = {"id": "X1", "title": "t", "description": "CAP ou CAP"}
    with pytest.raises(gold_format.GoldFormatError, match="préciser 'n' ou 'in'"):
        locate.locate_item({"k": "diploma", "t": "CAP", "eqf": 3}, offer, "test")


def test_locate_cli_reports_the_bad_source_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offers = tmp_path / "offers.jsonl"
    offers.write_text(
        json.dumps({"id": "X1", "title": "t", "description": "permis B"}) + "\n", encoding="utf-8"
    )
    src = tmp_path / "src.jsonl"
    src.write_text(json.dumps({"id": "X1", "r": [{"k": "licence", "t": "permis C", "cat": "C"}]}) + "\n")
    out = tmp_path / "out.jsonl"
    assert locate.main(["--offers", str(offers), "--src", str(src), "--out", str(out)]) == 1
    assert "source ligne 1" in capsys.readouterr().err
    assert not out.exists()


# --- protected-sentences.jsonl ------------------------------------------------------------------------------


def test_protected_sentences_follow_the_format(protected_rows: list[dict[str, Any]]) -> None:
    gold_format.check_protected_rows(protected_rows)


def test_protected_sentences_cover_every_criterion(protected_rows: list[dict[str, Any]]) -> None:
    per, flagged, clean = gold_format.protected_counts(protected_rows)
    for criterion in gold_format.criterion_enum():
        assert per.get(criterion, 0) >= MIN_SENTENCES_PER_CRITERION, criterion
    assert clean >= flagged, f"{clean} phrases propres pour {flagged} phrases discriminatoires"


def test_protected_check_rejects_unknown_criterion() -> None:
    with pytest.raises(gold_format.GoldFormatError, match="critères inconnus"):
        gold_format.check_protected_rows([{"text": "Jeune vendeur", "criteria": ["youth"]}])


# --- helper scripts ---------------------------------------------------------------------------------------


def test_stats_prints_the_guide_figures(capsys: pytest.CaptureFixture[str]) -> None:
    stats = _load_tool("stats")
    assert stats.main([]) == 0
    out = capsys.readouterr().out
    assert f"offres : {EXPECTED_OFFERS}," in out
    assert "protected_criterion" in out


def test_show_prints_the_sample_in_file_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    show = _load_tool("show")
    offers = tmp_path / "offers.jsonl"
    offers.write_text(
        "".join(json.dumps({"id": f"X{i}", "title": f"T{i}", "description": "d"}) + "\n" for i in range(8)),
        encoding="utf-8",
    )
    expected = gold_format.sample_indices(8, 3, 7)
    assert show.main([str(offers), "0", "10", "--sample", "3", "--seed", "7"]) == 0
    headers = [line for line in capsys.readouterr().out.splitlines() if line.startswith("=====")]
    assert headers == [f"===== #{rank} (ligne {i + 1}) X{i} | TITLE: T{i}" for rank, i in enumerate(expected)]
    assert show.main([str(offers), "0", "1", "--sample", "9"]) == 1
    assert "impossible" in capsys.readouterr().err


def test_locate_partial_checks_a_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offers = tmp_path / "offers.jsonl"
    offers.write_text(
        "".join(
            json.dumps({"id": f"X{i}", "title": "t", "description": "permis B"}) + "\n" for i in range(3)
        ),
        encoding="utf-8",
    )
    src = tmp_path / "src.jsonl"
    out = tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "X1", "r": [{"k": "licence", "t": "permis B", "cat": "B"}]}) + "\n")
    assert locate.main(["--offers", str(offers), "--src", str(src), "--out", str(out)]) == 1
    assert "ordre ou nombre" in capsys.readouterr().err
    assert locate.main(["--offers", str(offers), "--src", str(src), "--out", str(out), "--partial"]) == 0
    assert [r["id"] for r in gold_format.read_jsonl(out)] == ["X1"]
    src.write_text("".join(json.dumps({"id": i, "r": []}) + "\n" for i in ("X2", "X0")))
    assert (
        locate.main(
            ["--offers", str(offers), "--src", str(src), "--out", str(tmp_path / "o2.jsonl"), "--partial"]
        )
        == 1
    )
    assert "ordre du fichier" in capsys.readouterr().err


def test_stats_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stats = _load_tool("stats")
    assert stats.main([str(tmp_path / "absent.jsonl")]) == 1
    assert "erreur" in capsys.readouterr().err


# --- Written held-out sets (eval/written/, round 12) ----------------------------------------------------------
# Ads the team wrote in its own words (batches of 240, from 2026-11-28) and labelled by the guide before any extractor ran on them
# (docs/labelling-guide.md, "Written held-out sets"). The ads are the project's own text, so every check runs
# everywhere, without ../shared.
WRITTEN_DIR = REPO_ROOT / "eval" / "written"
WRITTEN_SETS = ("wfr1", "wfr2", "wbe", "wmix", "xfr", "xbe", "xlong", "xtrans", "yfr", "ybe", "ypub", "ymix",
                "zfr", "zbe", "zpub", "zmix", "vfr", "vbe", "vpub", "vmix",
                "ufr", "ube", "upub", "umix",
                "tfr", "tbe", "tpub", "tmix",
                "sfr", "sbe", "spub", "smix",
                "rfr", "rbe", "rpub", "rmix",
                "qfr", "qbe", "qpub", "qmix",
                "pfr", "pbe", "ppub", "pmix",
                "ofr", "obe", "opub", "omix",
                "nfr", "nbe", "npub", "nmix")  # thirteen batches of four (docs/labelling-guide.md says which were measured when)
WRITTEN_SIZE = 60
WRITTEN_SECOND_LABELLING = 15  # the first ads of each set, labelled again by another engineer


def _written_ads(name: str) -> list[dict[str, Any]]:
    ads: list[dict[str, Any]] = gold_format.read_jsonl(WRITTEN_DIR / f"{name}.jsonl")
    return ads


@pytest.mark.parametrize("name", WRITTEN_SETS)
def test_written_ads_are_numbered_offers(name: str) -> None:
    ads = _written_ads(name)
    assert [ad["id"] for ad in ads] == [f"{name}-{i:03d}" for i in range(1, WRITTEN_SIZE + 1)]
    for ad in ads:
        assert set(ad) == {"id", "title", "description"}, ad["id"]
        assert isinstance(ad["title"], str) and ad["title"].strip(), ad["id"]
        assert isinstance(ad["description"], str) and len(ad["description"]) >= 200, ad["id"]  # short ads are real too


@pytest.mark.parametrize("name", WRITTEN_SETS)
def test_written_gold_follows_the_contract_and_the_guide(name: str) -> None:
    rows: list[dict[str, Any]] = gold_format.read_jsonl(GOLD_DIR / f"extract-written-{name}.jsonl")
    gold_format.check_extract_rows(rows)
    _check_guide_conventions(rows)
    ads = _written_ads(name)
    assert [r["id"] for r in rows] == [ad["id"] for ad in ads]
    gold_format.check_offsets(rows, ads)
    src_rows = gold_format.read_jsonl(GOLD_DIR / f"extract-written-{name}.src.jsonl")
    assert locate.build(src_rows, ads) == rows


@pytest.mark.parametrize("name", WRITTEN_SETS)
def test_written_second_labelling_covers_the_first_ads(name: str) -> None:
    rows: list[dict[str, Any]] = gold_format.read_jsonl(AGREEMENT_DIR / f"extract-written-{name}-b.jsonl")
    gold_format.check_extract_rows(rows)
    _check_guide_conventions(rows)
    ads = _written_ads(name)
    assert [r["id"] for r in rows] == [ad["id"] for ad in ads[:WRITTEN_SECOND_LABELLING]]
    gold_format.check_offsets(rows, ads, subset=True)
    src_rows = gold_format.read_jsonl(AGREEMENT_DIR / f"extract-written-{name}-b.src.jsonl")
    assert locate.build(src_rows, ads) == rows


def test_guide_lists_every_protected_criterion_of_the_schema() -> None:
    """Writers of blind sets read the guide, not the contracts: its list of criteria must be the schema's enum."""
    schema_text = (REPO_ROOT / "audits" / "contracts" / "requirements.schema.json").read_text(encoding="utf-8")
    found = re.search(r'"criterion":\s*\{[^{}]*"enum":\s*(\[[^\]]*\])', schema_text)
    assert found, "no criterion enum in the schema"
    enum = [value for value in json.loads(found.group(1)) if value is not None]
    guide = (REPO_ROOT / "docs" / "labelling-guide.md").read_text(encoding="utf-8")
    lead = "**protected_criterion** — `criterion` from the schema enum:"
    section = guide[guide.index(lead) + len(lead):]
    listed = re.findall(r"`([a-z_]+)`", section[: section.index(". In the dev set")])
    assert len(enum) == 17 and listed == enum
