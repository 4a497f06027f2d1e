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
