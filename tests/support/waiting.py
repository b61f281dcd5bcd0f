"""Waiting for what the bot does in the background (a handler task, a retry), polled, never timed.

One helper for the fault tests: `within` is only how long to keep looking before calling it a hang,
generous so a loaded machine never fails a test that would pass.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


async def eventually(check: Callable[[], bool], within: float = 10.0) -> None:
    """Return as soon as `check()` holds; fail if it still does not after `within` seconds."""
    for _ in range(int(within / 0.02)):
        if check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached in time")


async def eventually_async(check: Callable[[], Awaitable[bool]], within: float = 5.0) -> None:
    """`eventually` for a check that must await (the database, the notice queue)."""
    for _ in range(int(within / 0.02)):
        if await check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the bot did not get there")
