from __future__ import annotations

from datetime import date

import pytest
from matching_fixtures import FakeReference

from matching.geo import postal_table
from matching.profile import validate_profile
from matching.synthetic import SyntheticPool, generate

date_2026 = date(2026, 1, 1)  # the generator's reference day


def test_deterministic_marked_and_valid(ref: FakeReference) -> None:
    a, b = generate(200, seed=7, reference=ref), generate(200, seed=7, reference=ref)
    assert a == b
    assert generate(200, seed=8, reference=ref) != a
    assert all(p.synthetic and p.id.startswith("syn-7-") for p in a)
    for p in a:
        validate_profile(p, ref)  # every code exists in the reference, every postal code in the table


def test_lazy_pool_rereads_the_same_record(ref: FakeReference) -> None:
    pool = SyntheticPool(1000, seed=3, reference=ref)
    assert pool[999] == pool.by_id("syn-3-999") == list(pool)[999]
    assert len(pool[10:20]) == 10
    with pytest.raises(IndexError):
        pool[1000]
    with pytest.raises(KeyError):
        pool.by_id("syn-4-1")


def test_documented_distributions(ref: FakeReference) -> None:
    people = generate(5000, seed=1, reference=ref)
    n = len(people)
    no_cess = sum(p.education.eqf_level < 4 for p in people) / n
    assert abs(no_cess - 0.39) < 0.03  # Forem 2017: 39 % of job seekers low-qualified
    long_term = sum((date_2026 - p.registration_date).days >= 24 * 30.44 for p in people) / n  # type: ignore[operator]
    assert abs(long_term - 0.43) < 0.03
    table = postal_table()
    assert {table.get(p.home_postal_code).region for p in people} == {"Wallonie"}
    young = sum(p.protected.age_on(date_2026) < 25 for p in people) / n  # type: ignore[union-attr,operator]
    assert abs(young - 0.19) < 0.03

