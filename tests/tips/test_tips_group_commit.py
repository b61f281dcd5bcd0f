"""Group commit (writer.py): batches keep every guarantee of filing one tip at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from pydantic import SecretStr
from sqlalchemy import event, func, select
from sqlmodel import select as sqlmodel_select

from bot.clock import FakeClock
from bot.errors import InvalidInput
from bot.settings import Settings
from bot.store.engine import Database, open_database
from bot.store.tables.tips import Tip, TipEvent, TipRateKey
from bot.tips import service as service_module
from bot.tips.model import Reporter
from bot.tips.receipts import hash_receipt
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, form


async def counts(db: Database) -> tuple[int, int, int]:
    async with db.engine.connect() as conn:
        found = [
            (await conn.execute(select(func.count()).select_from(table))).scalar_one()
            for table in (Tip, TipEvent, TipRateKey)
        ]
    return found[0], found[1], found[2]


async def test_a_burst_is_written_in_few_commits_and_every_tip_is_stored(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    tips = TipService(db, settings.model_copy(update={"tip_max_open_per_member": 5}), clock)
    commits: list[int] = []
    event.listen(db.engine.sync_engine, "commit", lambda _conn: commits.append(1))
    filed = await asyncio.gather(
        *(
            tips.file_tip(form(), reporter=Reporter(user_id=1000 + i), anonymous=i % 2 == 0, interaction_id=i)
            for i in range(40)
        )
    )
    assert len({f.id for f in filed}) == 40 and not any(f.replayed for f in filed)
    assert len(commits) < 10  # grouped, not one per tip
    assert await counts(db) == (40, 40, 40)
    async with db.sessions() as s:
        rows = {t.id: t for t in (await s.exec(sqlmodel_select(Tip))).all()}
    for i, f in enumerate(filed):
        row = rows[f.id]
        assert row.interaction_id == i and row.anonymous == (i % 2 == 0)
        assert row.reporter_id == (None if i % 2 == 0 else 1000 + i)
        assert f.receipt is not None and row.receipt_hash == hash_receipt(f.receipt)


async def test_a_bad_filing_does_not_fail_the_rest_of_its_batch(
    db: Database, settings: Settings, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two filings draw the same receipt: the second violates the unique receipt hash inside the batch.
    receipts: Iterator[str] = iter(
        ["abandon ability able about above absent"] * 2
        + [f"absorb abstract absurd abuse access {w}" for w in ("accident", "account", "accuse", "achieve")]
    )
    monkeypatch.setattr(service_module, "new_receipt", lambda: next(receipts))
    tips = TipService(db, settings, clock)
    filed = await asyncio.gather(*(tips.file_tip(form(), reporter=None, anonymous=True) for _ in range(3)))
    assert len({f.receipt for f in filed}) == 3 and len({f.id for f in filed}) == 3
    assert (await counts(db))[:2] == (3, 3)


async def test_cooldown_holds_within_one_batch_and_a_replay_wins_over_the_cooldown(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    tips = TipService(db, settings.model_copy(update={"tip_cooldown_seconds": 60}), clock)
    results = await asyncio.gather(
        *(tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=50 + i) for i in range(6)),
        return_exceptions=True,
    )
    accepted = [r for r in results if not isinstance(r, BaseException)]
    assert len(accepted) == 1
    assert all(isinstance(r, InvalidInput) and "Please wait" in str(r) for r in results if r not in accepted)
    # Discord re-delivers the accepted interaction during the cooldown: the member sees their tip.
    winner = accepted[0]
    again = await tips.file_tip(
        form(), reporter=MEMBER, anonymous=True, interaction_id=50 + results.index(winner)
    )
    assert again.replayed and again.id == winner.id


async def test_two_processes_filing_at_once_keep_replays_and_the_cap(
    db: Database, database_url: str, settings: Settings, clock: FakeClock
) -> None:
    """Two services with their own engines and writers stand in for two bot processes."""
    capped = settings.model_copy(
        update={"tip_max_open_per_member": 2, "tip_rate_secret": SecretStr("shared-secret")}
    )
    other_db = await open_database(database_url, run_migrations=False)
    try:
        a, b = TipService(db, capped, clock), TipService(other_db, capped, clock)
        replays = [s.file_tip(form(), reporter=None, anonymous=True, interaction_id=777) for s in (a, b) * 3]
        member = [s.file_tip(form(), reporter=MEMBER, anonymous=True) for s in (a, b) * 3]
        results = await asyncio.gather(*replays, *member, return_exceptions=True)
    finally:
        await other_db.dispose()
    replayed = results[:6]
    assert all(not isinstance(r, BaseException) for r in replayed)
    assert len({r.id for r in replayed}) == 1 and sum(not r.replayed for r in replayed) == 1  # type: ignore[union-attr]
    by_member = results[6:]
    assert sum(not isinstance(r, BaseException) for r in by_member) == 2
    assert all(isinstance(r, InvalidInput) for r in by_member if isinstance(r, BaseException))
    assert (await counts(db))[0] == 3


def test_a_shared_secret_on_sqlite_is_warned_about(caplog) -> None:
    """With TIP_RATE_SECRET, SQLite's row order pairs a member's marks with their tips (threat model,
    section 8): the operator is told at start, once, that the setting is for PostgreSQL."""
    import logging

    from pydantic import SecretStr

    from bot.settings import Settings
    from bot.tips.ratelimit import RateKeys

    caplog.set_level(logging.WARNING, logger="bot.tips.ratelimit")
    RateKeys(
        Settings(_env_file=None, tip_rate_secret=SecretStr("s"), database_url="sqlite+aiosqlite:///x.db")
    )
    assert any("TIP_RATE_SECRET" in r.getMessage() for r in caplog.records)
    caplog.clear()
    RateKeys(Settings(_env_file=None, database_url="sqlite+aiosqlite:///x.db"))
    assert not caplog.records
