"""Leases and the scheduler: one holder at a time, expiry, and each job once per interval."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import FakeClock
from bot.jobs.lease import acquire, release
from bot.jobs.scheduler import Job, Scheduler

T0 = datetime(2026, 11, 23, 9, tzinfo=UTC)
MIN = timedelta(minutes=1)


async def test_lease_is_exclusive_until_it_expires(db):
    assert await acquire(db, "job", "p1", MIN, T0)
    assert not await acquire(db, "job", "p2", MIN, T0 + timedelta(seconds=30))
    assert await acquire(db, "job", "p1", MIN, T0 + timedelta(seconds=30))  # the holder renews
    assert not await acquire(db, "job", "p2", MIN, T0 + timedelta(seconds=89))
    assert await acquire(db, "job", "p2", MIN, T0 + timedelta(seconds=91))
    assert not await acquire(db, "job", "p1", MIN, T0 + timedelta(seconds=92))


async def test_release_hands_over_at_once(db):
    assert await acquire(db, "job", "p1", MIN, T0)
    await release(db, "job", "p1")
    assert await acquire(db, "job", "p2", MIN, T0)


async def test_concurrent_acquire_has_one_winner(db):
    results = await asyncio.gather(*(acquire(db, "race", f"p{i}", MIN, T0) for i in range(8)))
    assert results.count(True) == 1
    results = await asyncio.gather(*(acquire(db, "race", f"q{i}", MIN, T0 + 2 * MIN) for i in range(8)))
    assert results.count(True) == 1


async def test_two_schedulers_run_each_job_once_per_interval(db):
    clock = FakeClock(T0)
    calls: list[str] = []

    def job(tag: str) -> Job:
        async def run() -> None:
            calls.append(tag)

        return Job("hourly", timedelta(hours=1), run)

    a = Scheduler(db, clock, [job("a")], holder="A")
    b = Scheduler(db, clock, [job("b")], holder="B")
    for _ in range(3):
        await a.run_due()
        await b.run_due()
        clock.advance(minutes=10)
    assert calls == ["a"]
    clock.advance(hours=1)
    await b.run_due()
    await a.run_due()
    assert calls == ["a", "b"]


@pytest.mark.allow_error_logs
async def test_a_failing_job_does_not_stop_the_others(db, caplog):
    clock = FakeClock(T0)
    ran: list[str] = []

    async def boom() -> None:
        raise RuntimeError("boom")

    async def fine() -> None:
        ran.append("fine")

    scheduler = Scheduler(db, clock, [Job("boom", MIN, boom), Job("fine", MIN, fine)], holder="A")
    assert await scheduler.run_due() == ["fine"]
    assert ran == ["fine"]
    assert "job boom failed" in caplog.text


async def test_start_and_stop(db):
    clock = FakeClock(T0)
    ran = asyncio.Event()

    async def run() -> None:
        ran.set()

    scheduler = Scheduler(db, clock, [Job("j", MIN, run)], tick=0.01, holder="A")
    scheduler.start()
    await asyncio.wait_for(ran.wait(), 5)
    await scheduler.stop()
    assert await acquire(db, "j", "B", MIN, T0)  # released on stop


async def test_retention_job_purges_question_text(db):
    from bot.app import App
    from bot.settings import Settings
    from tests.summary.dataset import StubKB

    clock = FakeClock(T0)
    app = App(settings=Settings(_env_file=None, question_log_days=30), kb=StubKB(), db=db, clock=clock)
    await app.questions.record("an old question", answered=False)
    clock.advance(days=31)
    (job,) = app.scheduler(poster=None).jobs  # no summary channel: retention only
    assert job.name == "retention"
    await job.run()
    async with db.engine.connect() as conn:
        texts = (await conn.exec_driver_sql("SELECT question FROM question_log")).scalars().all()
    assert texts == [None]
