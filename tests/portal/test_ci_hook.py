"""With CI=true a skipped test is a failure (integration services must be there in CI); locally it stays a skip."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SUITE = """
import pytest

def test_needs_a_service():
    pytest.skip("Redis injoignable")

def test_fine():
    assert True
"""
CONFTEST = "from tests.conftest import pytest_runtest_makereport  # noqa: F401\n"


@pytest.mark.parametrize(("ci", "outcomes"), [("true", {"failed": 1, "passed": 1}), ("", {"skipped": 1, "passed": 1})])
def test_skip_becomes_failure_in_ci(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: str, outcomes: dict[str, int]
) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(SUITE)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(**outcomes)
    if ci:
        result.stdout.fnmatch_lines(["*CI=true: a skipped test is a failure here*Redis injoignable*"])
