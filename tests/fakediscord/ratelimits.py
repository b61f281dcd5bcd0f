"""Discord's rate limits in the fake (docs/topics/rate-limits.md): per-route buckets with real
X-RateLimit-* headers, and the global limit, so discord.py's own bucket and global-lock handling runs."""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from typing import Any

from tests.fakediscord.routes import Incoming


@dataclass
class Bucket:
    """A per-route rate limit as Discord reports it: `limit` requests per `per` seconds."""

    name: str
    limit: int
    per: float
    window_start: float = 0.0
    used: int = 0

    def take(self, now: float) -> tuple[bool, dict[str, str]]:
        """Count one request; (allowed, the X-RateLimit-* headers Discord sends with the answer)."""
        if now >= self.window_start + self.per:
            self.window_start, self.used = now, 0
        allowed = self.used < self.limit
        if allowed:
            self.used += 1
        reset_after = max(self.window_start + self.per - now, 0.0)
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(self.limit - self.used, 0)),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": self.name,
        }
        return allowed, headers


# Generous by default, so every answer carries real headers without slowing a burst down.
DEFAULT_LIMIT, DEFAULT_PER = 10_000, 1.0


class RateLimits:
    """FakeDiscord's rate-limit half: tests give routes real buckets or provoke the global 429."""

    buckets: dict[tuple[str, str, str], Bucket]  # (method, template, major param)
    limits: dict[tuple[str, str], tuple[int, float]]  # set by `rate_limit`
    rate_limited: list[Incoming]  # requests answered 429 by a bucket or the global limit
    _global_retry_after: float | None
    _global_on: tuple[str, str] | None

    def rate_limit(self, method: str, template: str, limit: int, per: float) -> None:
        """Give a route a real bucket: `limit` requests per `per` seconds per channel/webhook."""
        self.limits[(method.upper(), template)] = (limit, per)
        self.buckets = {k: b for k, b in self.buckets.items() if k[:2] != (method.upper(), template)}

    def global_rate_limit(self, retry_after: float, *, on: tuple[str, str] | None = None) -> None:
        """The next request (or the next to route `on` = (method, template)) gets Discord's global 429."""
        self._global_retry_after = retry_after
        self._global_on = on

    def _rate_limit(self, req: Incoming) -> tuple[tuple[int, Any, dict[str, str]] | None, dict[str, str]]:
        """(a 429 answer or None, the bucket's headers for a normal answer)."""
        if self._global_retry_after is not None and self._global_on in (None, (req.method, req.template)):
            retry_after, self._global_retry_after = self._global_retry_after, None
            self.rate_limited.append(req)
            body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": True}
            # Discord's 429s come through its proxy (`Via`); discord.py treats one without as a ban.
            headers = {
                "Retry-After": str(retry_after),
                "X-RateLimit-Global": "true",
                "X-RateLimit-Scope": "global",
                "Via": "1.1 google",
            }
            return (429, body, headers), {}
        assert req.template is not None
        major = next(
            (
                req.params[k]
                for k in ("channel_id", "guild_id", "webhook_token", "interaction_token")
                if k in req.params
            ),
            "",
        )
        key = (req.method, req.template, major)
        if key not in self.buckets:
            limit, per = self.limits.get((req.method, req.template), (DEFAULT_LIMIT, DEFAULT_PER))
            name = f"{zlib.crc32(f'{req.method} {req.template}'.encode()):08x}"
            self.buckets[key] = Bucket(name, limit, per)
        allowed, headers = self.buckets[key].take(time.perf_counter())
        if allowed:
            return None, headers
        self.rate_limited.append(req)
        retry_after = float(headers["X-RateLimit-Reset-After"])
        body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
        limited = {
            **headers,
            "Retry-After": str(retry_after),
            "X-RateLimit-Scope": "user",
            "Via": "1.1 google",
        }
        return (429, body, limited), {}
