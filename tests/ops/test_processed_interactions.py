"""Claiming an interaction id: first caller wins, in any process; old claims can be purged."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.ops.interactions import Claims, first_time, purge_processed
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


async def test_a_burst_of_claims_is_group_committed_with_one_winner_per_id(db: Database) -> None:
    claims = Claims(db)
    futures = [claims.claim(4000 + i, "command ask", NOW) for i in range(100)]
    futures.append(claims.claim(4000, "command ask", NOW))  # the same id again in the same batch
    results = await asyncio.gather(*futures)
    assert results == [True] * 100 + [False]
    assert claims.batches <= 2  # the first claim goes at once, the rest share the next statement
    assert await first_time(db, 4050, "command ask", NOW) is False  # really recorded
    again = await asyncio.gather(*(claims.claim(4000 + i, "command ask", NOW) for i in range(0, 100, 10)))
    assert again == [False] * 10


async def test_claims_from_two_processes_in_batches_have_one_winner(db: Database, database_url: str) -> None:
    other = await open_database(database_url, run_migrations=False)
    try:
        mine, theirs = Claims(db), Claims(other)
        results = await asyncio.gather(
            *(c.claim(5000 + i // 2, "component tipnew", NOW) for i, c in enumerate([mine, theirs] * 50))
        )
    finally:
        await other.dispose()
    assert sum(results) == 50
    assert all(results[2 * k] != results[2 * k + 1] for k in range(50))


async def test_a_failed_batch_reaches_every_waiter_and_the_next_batch_still_runs(db: Database) -> None:
    claims = Claims(db)
    real = db.sessions

    def broken() -> object:
        raise ConnectionError("database down")

    db.sessions = broken  # type: ignore[method-assign,assignment]
    failed = await asyncio.gather(
        *(claims.claim(6000 + i, "command ask", NOW) for i in range(5)), return_exceptions=True
    )
    db.sessions = real  # type: ignore[method-assign]
    assert all(isinstance(r, ConnectionError) for r in failed)
    assert await claims.claim(6000, "command ask", NOW) is True  # nothing was recorded by the failure
