"""Claiming an interaction id: first caller wins, in any process; old claims can be purged."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.ops.interactions import first_time, purge_processed
from bot.store.engine import Database, open_database

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


async def test_only_the_first_claim_wins(db: Database) -> None:
    assert await first_time(db, 1001, "command ask", NOW) is True
    assert await first_time(db, 1001, "command ask", NOW) is False
    assert await first_time(db, 1002, "x" * 100, NOW) is True  # long labels are cut, not refused


async def test_concurrent_claims_from_two_engines_have_one_winner(db: Database, database_url: str) -> None:
    other = await open_database(database_url, run_migrations=False)  # a second process's connection pool
    try:
        results = await asyncio.gather(
            *(first_time(d, 2001 + i // 2, "component tipnew", NOW) for i, d in enumerate([db, other] * 10))
        )
    finally:
        await other.dispose()
    assert sum(results) == 10  # ten ids, claimed twice each, one winner per id


async def test_purge_forgets_only_old_claims(db: Database) -> None:
    await first_time(db, 3001, "command ask", NOW - timedelta(days=3))
    await first_time(db, 3002, "command ask", NOW)
    assert await purge_processed(db, NOW - timedelta(days=1)) == 1
    assert await first_time(db, 3001, "command ask", NOW) is True
    assert await first_time(db, 3002, "command ask", NOW) is False
