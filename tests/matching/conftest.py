from __future__ import annotations

import pytest
from matching_fixtures import FakeReference


@pytest.fixture(scope="session")
def ref() -> FakeReference:
    return FakeReference()
