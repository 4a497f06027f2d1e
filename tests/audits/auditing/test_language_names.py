"""French language names: one table (audits.languages) read by the audit rules, the extraction evaluation and the
matching library. These tests pin what each caller printed before the tables were merged."""

from __future__ import annotations

import pytest

from audits.auditing import base
from matching import vocab

# What both former copies said (they agreed on every code they shared).
PINNED = {
    "fr": "français", "nl": "néerlandais", "en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien",
    "pt": "portugais", "ar": "arabe", "tr": "turc", "pl": "polonais", "ro": "roumain",
}


@pytest.mark.parametrize(("code", "name"), sorted(PINNED.items()))
def test_audit_and_matching_name_a_language_alike(code: str, name: str) -> None:
    assert base.language_name(code) == name
    assert vocab.language_name(code) == name


def test_audit_names_the_languages_only_it_knew_before() -> None:
    assert [base.language_name(c) for c in ("ru", "zh", "ja")] == ["russe", "chinois", "japonais"]


def test_unknown_or_missing_codes() -> None:
    assert base.language_name("xx") == "xx" and vocab.language_name("xx") == "xx"
    assert base.language_name(None) == "cette langue"
    assert base.language_name("") == "cette langue"


def test_one_table_serves_audit_evaluation_and_matching() -> None:
    from audits import languages

    assert base.language_name is languages.language_name
    assert vocab.language_name is languages.language_name
    assert not hasattr(vocab, "LANGUAGE_NAMES_FR")  # no second table to drift
    # matching now also names the languages only the audit knew, and says "cette langue" for a missing code
    assert [vocab.language_name(c) for c in ("ru", "zh", "ja", "")] == ["russe", "chinois", "japonais", "cette langue"]


def test_language_code_reads_the_names_back() -> None:
    from audits.languages import LANGUAGE_NAMES_FR, language_code

    for code, name in LANGUAGE_NAMES_FR.items():
        assert language_code(name) == code
    assert language_code(" Néerlandais ") == "nl" and language_code("ANGLAIS") == "en"
    assert language_code("klingon") is None and language_code("") is None


def test_evaluation_reads_france_travail_language_labels_through_the_table() -> None:
    from audits.evaluate.extraction import structured_agreement

    offers = {
        "A": {"languages": [{"libelle": "Anglais"}, {"libelle": "Néerlandais"}]},
        "B": {"languages": [{"libelle": "Turc"}]},  # the evaluator's former copy did not know it ("?")
        "C": {"languages": [{"libelle": "Klingon"}]},
        "D": {"languages": [{}]},
    }
    lang = {"kind": "language", "strength": "required"}
    preds = {
        "A": [{**lang, "language": "en"}, {**lang, "language": "nl"}],
        "B": [{**lang, "language": "tr"}],
        "C": [{**lang, "language": "en"}],
        "D": [],
    }
    rows = {name: (ok, total) for name, ok, total in structured_agreement(offers, preds)}
    assert rows["langue dans le champ structuré -> langue extraite"] == (2, 4)
    assert rows["langue extraite -> langue dans le champ structuré"] == (2, 3)


def test_every_language_the_extractor_emits_has_a_french_name() -> None:
    """The recognizer's spelling table (français, francais, flamand, english...) is the third place that knows
    languages: whatever code it emits, the audit explanations must name it in French, not print the code."""
    from audits.extract.recognizers import language as recognizer
    from audits.languages import LANGUAGE_NAMES_FR, language_code

    emitted = set(recognizer.LANGUAGES.values()) | set(recognizer.ADJECTIVES.values())
    assert emitted - set(LANGUAGE_NAMES_FR) == set()
    for code, name in LANGUAGE_NAMES_FR.items():  # and the recognizer reads every name we print
        assert recognizer.LANGUAGES.get(name) == code, name
    assert language_code("luxembourgeois") == "lb" and base.language_name("el") == "grec"
