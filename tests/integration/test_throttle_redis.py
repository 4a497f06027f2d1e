"""The login throttle shares its counters through Redis when REDIS_URL is set."""

from __future__ import annotations

import secrets

from employer_portal.auth.throttle import LoginThrottle


def test_counters_are_shared_through_redis(redis_url: str) -> None:
    key = f"login-email:{secrets.token_hex(4)}@test.example"
    first_process = LoginThrottle(redis_url, max_failures=2, window_seconds=60)
    second_process = LoginThrottle(redis_url, max_failures=2, window_seconds=60)
    first_process.record_failure(key)
    assert second_process.retry_after(key) is None
    second_process.record_failure(key)
    wait = first_process.retry_after(key)
    assert wait is not None and 0 < wait <= 60
    first_process.reset(key)
    assert second_process.retry_after(key) is None


def test_redis_outage_does_not_lock_anyone_out() -> None:
    throttle = LoginThrottle("redis://127.0.0.1:1/0", max_failures=1, window_seconds=60)
    throttle.record_failure("login-email:a@test.example")
    assert throttle.retry_after("login-email:a@test.example") is None
