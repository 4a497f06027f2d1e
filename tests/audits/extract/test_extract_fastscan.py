"""The prefix gate must return exactly what running every pattern returns."""

import re

from audits.extract.fastscan import GatedPatterns, literal_prefixes
from audits.extract.recognizers.protected import RULES

TEXTS = [
    "Nous recherchons un jeune vendeur, âgé de 25 à 35 ans, de nationalité belge, en bonne santé.",
    "Candidat(e) né(e) en 1990, célibataire, non syndiqué. Bonne présentation exigée. Permis B.",
    "CAP ou Bac pro exigé ; Bac+2 apprécié. Diplôme d'État d'infirmier. Ouvert à tous.",
    "",
    "Pas plus de 4 ans d'expérience ; maximum 3 ans d'expérience.",  # a stop inside a branch ends the prefix
    "Vous\têtes\nde  nationalité\u00a0belge, non\nsyndiqué.",  # whitespace other than a single space
]


def test_a_prefix_is_not_extended_past_a_repeat_inside_a_branch() -> None:
    pre = literal_prefixes(re.compile(r"(?:pas\s+plus\s+de|max)\s+\d+ ans", re.I))
    assert pre == frozenset({"pas ", "max "})


def test_prefixes_are_derived_for_literal_alternatives() -> None:
    assert literal_prefixes(re.compile(r"(?<![\w])(?:CAP|BEP)(?![\w])")) == frozenset({"cap", "bep"})
    # An optional lead: a match starts with it ("de" + a space) or with what follows it ("national").
    assert literal_prefixes(re.compile(r"(?:de\s+)?nationalit[ée]", re.I)) == frozenset({"de ", "national"})
    assert literal_prefixes(re.compile(r"\d+ ans")) is None  # a digit class is too wide: always run


def test_gate_gives_the_same_matches_as_every_pattern() -> None:
    gated = GatedPatterns([r.pattern for r in RULES])
    for text in TEXTS:
        got = sorted((i, m.span()) for i, m in gated.finditer(text))
        expected = sorted((i, m.span()) for i, r in enumerate(RULES) for m in r.pattern.finditer(text))
        assert got == expected
    assert any(True for _ in gated.finditer(TEXTS[0]))  # the comparison is not vacuous


def test_matching_at_prefix_offsets_equals_a_full_scan() -> None:
    # Adjacent, overlapping and case-varied occurrences; enough of them to try both the per-offset path and the
    # full-scan fallback (more than _MAX_TRIED_STARTS occurrences).
    patterns = [
        re.compile(r"(?<![\w])(?:cap|capa\w+|bac(?:\s*\+\s*\d)?)(?![\w])", re.I),
        re.compile(r"(?<![\w])(?:aa|aaa)", re.I),
        re.compile(r"(?:de\s+)?nationalit[ée]\s+\w+", re.I),
    ]
    gated = GatedPatterns(patterns)
    texts = [
        "CAP, Capacité, bac+2, BAC + 3, xcap, cap.",
        "aaaa aaa aa a AAaa",
        "de nationalité belge ; nationalité française ; De  Nationalité x",
        " ".join(["cap bac aa"] * 40),
    ]
    for text in texts:
        expected = [(i, m.span()) for i, p in enumerate(patterns) for m in p.finditer(text)]
        assert [(i, m.span()) for i, m in gated.finditer(text)] == expected


def _team_texts() -> list[str]:
    """Every title and description of the written ads and the team's corpus (the repository's own texts)."""
    import json
    from pathlib import Path

    from audits.extract.textmap import clean_text

    root = Path(__file__).resolve().parents[3]
    out: list[str] = []
    for path in sorted((root / "eval" / "written").glob("*.jsonl")) + sorted((root / "training" / "extract").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            ad = json.loads(line)
            out += [clean_text(ad[k]).text for k in ("title", "description", "text") if isinstance(ad.get(k), str)]
    return out


def test_anchored_scan_of_the_no_diploma_wordings_equals_the_prefix_gate() -> None:
    # The anchors of diploma.py's "no diploma needed" pattern are the caller's claim; the team's ~10,000 texts hold
    # its wordings (hundreds of matches) and must give the same matches both ways.
    from audits.extract.fastscan import GatedPattern, fold
    from audits.extract.recognizers.diploma import _NO_DIPLOMA_RE, _NO_DIPLOMA_SCAN

    gated = GatedPattern(_NO_DIPLOMA_RE)
    matches = 0
    for text in _team_texts() + TEXTS + ["Que vous n'ayez aucun diplôme ne pose pas de problème.", "Bac+0 OK !"]:
        low = fold(text)
        expected = [m.span() for m in gated.finditer(text, low)]
        assert [m.span() for m in _NO_DIPLOMA_SCAN.finditer(text, low)] == expected, text[:80]
        matches += len(expected)
    assert matches > 200  # the comparison is not vacuous


def test_anchored_pattern_tries_only_prefixes_near_an_anchor() -> None:
    from audits.extract.fastscan import AnchoredPattern

    scan = AnchoredPattern(re.compile(r"(?<![\w])vous\s+\w+\s+dipl\w+", re.I), ["dipl"], reach=30)
    text = "Vous aimez le contact. " * 10 + "Vous avez diplôme ? Vous voyez."
    assert [m.group(0) for m in scan.finditer(text)] == ["Vous avez diplôme"]
    assert list(scan.finditer("Vous aimez le contact.")) == []  # no anchor: nothing tried


def test_the_shared_prefix_index_finds_what_testing_each_prefix_finds() -> None:
    # Every scanner of the extractor (45, ~2,000 prefixes) against a plain substring test of each of its prefixes.
    import gc

    from audits.extract.extractor import Extractor
    from audits.extract.fastscan import GatedPatterns, fold

    Extractor(classify=False)  # builds every recogniser's scanners
    scanners = [o for o in gc.get_objects() if isinstance(o, GatedPatterns)]
    assert len(scanners) > 10
    texts = _team_texts()[:400] + TEXTS + ["ab", "CAP", "x"]
    found = 0
    for text in texts:
        low = fold(text)
        for scanner in scanners:
            expected = {x for x in scanner._all_prefixes if x in low}
            assert scanner.present(low) == expected, text[:80]
            found += len(expected)
    assert found > 1000  # the comparison is not vacuous


def test_required_words_are_read_through_groups_lookbehinds_and_repeats() -> None:
    from audits.extract.fastscan import required_literals

    # a literal run, a lookbehind's text and a repeated group's are required; an optional part is not
    assert required_literals(re.compile(r"(?<=BTS [A-Z]{2} ou )NDRC(?:\s+ou\s+équivalent)?", re.I)) == ((" ou ",), ("bts ",), ("ndrc",))
    # runs stop at a class of two characters and at a repeat; runs under three characters are dropped ("me", "d'")
    assert required_literals(re.compile(r"(?:dipl[ôo]me\s+)+d'[ée]tat\s+d'ambulanci(?:er|[èe]re)", re.I)) == (
        ("d'ambulanci",), ("dipl",), ("tat",))
    assert required_literals(re.compile(r"\d+ ans(?: minimum)?")) == ((" ans",),)
    # alternatives: what they share ("bts" in "BTS" and "BTSA"), else one word of each
    assert required_literals(re.compile(r"(?:(?<=BTS )|(?<=BTSA ))MCO")) == (("bts",), ("mco",))
    assert required_literals(re.compile(r"(?:cariste|magasinier)\s+confirm[ée]", re.I)) == (("confirm",), ("cariste", "magasinier"))
    assert required_literals(re.compile(r"(?:cariste|x)\s+confirm[ée]", re.I)) == (("confirm",),)  # "x" gives no word
    # past twelve words ("ndrc ou ", "ndrc/", "gpme ou "…), their first four characters: still required, fewer tests
    acronyms = ["NDRC", "GPME", "SP3S", "GTLA", "MUCX", "CIRA", "IRIS"]
    lookbehinds = "|".join(f"(?<={a} ou )|(?<={a}/)" for a in acronyms)
    assert required_literals(re.compile(f"(?:{lookbehinds})MCO")) == (("mco",), tuple(sorted(a.lower() for a in acronyms)))


def test_an_alternation_is_gated_branch_by_branch() -> None:
    from audits.extract.fastscan import branch_gates

    # one branch has no literal prefix (any word before "débutant") but needs "débutant" and "bienvenus"; the other
    # has a prefix
    pattern = re.compile(r"(?:(?<![\w])|(?<=[a-z]{4}s)(?=débutant))(?:(?:les\s+)?(?:\w+\s+)?débutants?\s+bienvenus|sans\s+expérience)", re.I)
    gates = branch_gates(pattern)
    assert gates == [(None, (("bienvenus",), ("débutant",))), (frozenset({"sans "}), (("expérience",), ("sans",)))]
    gated = GatedPatterns([pattern])
    for text in ["Poste sans expérience requise.", "Les vendeurs débutants bienvenus !", "Rien de tel.", "sans   Expérience"]:
        assert [m.span() for _, m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_every_scanner_of_the_extractor_gives_the_matches_of_its_patterns() -> None:
    # The prefixes and required words of the ~660 patterns of the recognisers (131 scanners, 86 of them single
    # whole-text patterns), against running each pattern on the team's descriptions (one in twelve: ~330; all
    # 8,298 texts were compared once, 70,449 matches).
    import gc

    from audits.extract.extractor import Extractor
    from audits.extract.fastscan import GatedPattern, fold

    Extractor(classify=False)
    scanners = [o for o in gc.get_objects() if isinstance(o, GatedPatterns)]
    singles = [o for o in gc.get_objects() if isinstance(o, GatedPattern)]  # their own shorter path
    assert len(singles) > 80
    texts = [t for t in _team_texts() if len(t) > 300][::12] + TEXTS
    matches = 0
    for text in texts:
        low = fold(text)
        for scanner in scanners:
            expected = [(i, m.span()) for i, p in enumerate(scanner.patterns) for m in p.finditer(text)]
            assert [(i, m.span()) for i, m in scanner.finditer(text, low)] == expected, (scanner.patterns[0].pattern[:60], text[:80])
            matches += len(expected)
        for single in singles:
            expected_spans = [m.span() for m in single.pattern.finditer(text)]
            assert [m.span() for m in single.finditer(text)] == expected_spans, (single.pattern.pattern[:60], text[:80])
            first = single.search(text)
            assert (first.span() if first else None) == (expected_spans[0] if expected_spans else None)
    assert matches > 2000  # the comparison is not vacuous
