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
