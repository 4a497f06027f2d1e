"""Login throttling: after too many failed logins for one e-mail (or from one address) in a time window,
further attempts are refused with 429 until the window ends — even with the right password, so that guessing
gains nothing.

Counters live in Redis when `REDIS_URL` is set (shared by every web process) and in process memory otherwise
(the embedded single-process mode). If Redis fails, logins are allowed and the failure is logged: an outage of
the broker must not lock everybody out.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from flask import Flask, current_app

log = logging.getLogger(__name__)


class LoginThrottle:
    def __init__(self, redis_url: str | None, max_failures: int, window_seconds: int) -> None:
        self.max_failures = max_failures
        self.window_seconds = window_seconds
        self._redis: Any = None
        if redis_url:
            import redis

            self._redis = redis.Redis.from_url(redis_url, socket_connect_timeout=1, socket_timeout=1)
        self._memory: dict[str, tuple[int, float]] = {}  # key -> (failures, window end)
        self._lock = threading.Lock()

    def retry_after(self, *keys: str) -> int | None:
        """Seconds until these keys may try again, or None when none of them is blocked."""
        waits = [w for w in (self._wait(k, limit) for k, limit in keys_with_limits(self, keys)) if w]
        return max(waits) if waits else None

    def record_failure(self, *keys: str) -> None:
        for key in keys:
            if self._redis is not None:
                try:
                    count = self._redis.incr("poste-juste:" + key)
                    if count == 1:
                        self._redis.expire("poste-juste:" + key, self.window_seconds)
                except Exception as exc:
                    log.warning("login throttle: redis unavailable", extra={"error": repr(exc)})
                continue
            with self._lock:
                now = time.monotonic()
                failures, end = self._memory.get(key, (0, now + self.window_seconds))
                if end <= now:
                    failures, end = 0, now + self.window_seconds
                self._memory[key] = (failures + 1, end)

    def reset(self, key: str) -> None:
        if self._redis is not None:
            try:
                self._redis.delete("poste-juste:" + key)
            except Exception as exc:
                log.warning("login throttle: redis unavailable", extra={"error": repr(exc)})
            return
        with self._lock:
            self._memory.pop(key, None)

    def clear(self) -> None:
        """Forget every counter of the in-memory backend (tests)."""
        with self._lock:
            self._memory.clear()

    def _wait(self, key: str, limit: int) -> int | None:
        if self._redis is not None:
            try:
                count = int(self._redis.get("poste-juste:" + key) or 0)
                if count >= limit:
                    return max(1, int(self._redis.ttl("poste-juste:" + key)))
            except Exception as exc:
                log.warning("login throttle: redis unavailable", extra={"error": repr(exc)})
            return None
        with self._lock:
            failures, end = self._memory.get(key, (0, 0.0))
            remaining = end - time.monotonic()
            if failures >= limit and remaining > 0:
                return max(1, int(remaining + 0.999))
        return None


def keys_with_limits(throttle: LoginThrottle, keys: tuple[str, ...]) -> list[tuple[str, int]]:
    # An address may be shared (an office, a training centre behind one NAT): it gets five times the budget.
    return [(k, throttle.max_failures * (5 if k.startswith("ip:") else 1)) for k in keys]


def login_keys(email: str, remote_addr: str | None) -> tuple[str, str]:
    return "login-email:" + email.strip().lower(), "ip:" + (remote_addr or "unknown")


def init_login_throttle(app: Flask) -> None:
    app.extensions["login_throttle"] = LoginThrottle(
        app.config.get("REDIS_URL"), app.config["LOGIN_MAX_FAILURES"], app.config["LOGIN_WINDOW_SECONDS"]
    )


def current_throttle() -> LoginThrottle:
    throttle: LoginThrottle = current_app.extensions["login_throttle"]
    return throttle
