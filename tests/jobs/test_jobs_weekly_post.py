"""The scheduled weekly post: due time, exactly once across restarts and processes, retries."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.tables import SummaryRun
from bot.summary.model import Report
from bot.summary.posting import Outcome, WeeklyPoster, due_week, scheduled_at
from bot.summary.service import SummaryService

# Monday 23 Nov 2026; posting is set for Monday 09:00 Europe/Berlin = 08:00 UTC
MONDAY_0759 = datetime(2026, 11, 23, 7, 59, tzinfo=UTC)
MONDAY_0800 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def settings(**kw) -> Settings:
    base = {"summary_timezone": "Europe/Berlin", "summary_weekday": 0, "summary_time": "09:00"}
    return Settings(_env_file=None, **(base | kw))


class Channel:
    """Stands in for the Discord face's poster: records posts, can be told to fail."""

    def __init__(self) -> None:
        self.posts: list[str] = []
        self.fail = 0

    async def __call__(self, report: Report) -> int:
        if self.fail:
            self.fail -= 1
            raise ConnectionError("Discord unavailable")
        self.posts.append(report.summary.week)
        return 1000 + len(self.posts)


def poster_for(db, clock, s: Settings) -> WeeklyPoster:
    return WeeklyPoster(SummaryService(db, clock, s), db, clock, s, retry_after=timedelta(minutes=5))


async def run_row(db, week):
    async with db.engine.connect() as conn:
        return (await conn.execute(select(SummaryRun.__table__).where(SummaryRun.week == week))).one()


def test_due_time_in_the_configured_timezone():
    s = settings()
    assert scheduled_at(MONDAY_0759, s) == MONDAY_0800
    assert due_week(MONDAY_0759, s) is None
    assert due_week(MONDAY_0800, s).week == "2026-W47"
    assert due_week(MONDAY_0800 + timedelta(days=3), s).week == "2026-W47"  # late start still posts
    friday = settings(summary_weekday=4, summary_time="17:30", summary_timezone="UTC")
    assert due_week(datetime(2026, 11, 27, 17, 29, tzinfo=UTC), friday) is None
    assert due_week(datetime(2026, 11, 27, 17, 30, tzinfo=UTC), friday).week == "2026-W47"


async def test_posts_once_then_never_again_even_after_restart(db):
    clock = FakeClock(MONDAY_0759)
    channel = Channel()
    s = settings()
    assert await poster_for(db, clock, s).run(channel) == Outcome.NOT_DUE
    clock.set(MONDAY_0800)
    assert await poster_for(db, clock, s).run(channel) == Outcome.POSTED
    # a "restart": a new poster object, later that day and later in the week
    for hours in (1, 30, 100):
        clock.set(MONDAY_0800 + timedelta(hours=hours))
        assert await poster_for(db, clock, s).run(channel) == Outcome.ALREADY_POSTED
    assert channel.posts == ["2026-W47"]
    row = await run_row(db, "2026-W47")
    assert row.message_id == 1001 and row.attempts == 1 and row.posted_at is not None


async def test_failed_post_is_retried_not_duplicated(db):
    clock = FakeClock(MONDAY_0800)
    channel = Channel()
    channel.fail = 1
    s = settings()
    assert await poster_for(db, clock, s).run(channel) == Outcome.FAILED
    row = await run_row(db, "2026-W47")
    assert row.posted_at is None and "Discord unavailable" in row.last_error
    clock.advance(minutes=1)
    assert await poster_for(db, clock, s).run(channel) == Outcome.IN_PROGRESS  # too soon to retry
    clock.advance(minutes=5)
    assert await poster_for(db, clock, s).run(channel) == Outcome.POSTED
    clock.advance(minutes=10)
    assert await poster_for(db, clock, s).run(channel) == Outcome.ALREADY_POSTED
    assert channel.posts == ["2026-W47"]
    row = await run_row(db, "2026-W47")
    assert row.attempts == 2 and row.last_error == ""


async def test_crashed_owner_is_taken_over_after_retry_window(db):
    """A process that claimed the week and died before posting leaves a stale, unposted run."""
    clock = FakeClock(MONDAY_0800)
    s = settings()

    async def crash(report: Report) -> int:
        raise asyncio.CancelledError  # the process is killed mid-post

    with pytest.raises(asyncio.CancelledError):
        await poster_for(db, clock, s).run(crash)
    channel = Channel()
    clock.advance(minutes=2)
    assert await poster_for(db, clock, s).run(channel) == Outcome.IN_PROGRESS
    clock.advance(minutes=4)
    assert await poster_for(db, clock, s).run(channel) == Outcome.POSTED
    assert channel.posts == ["2026-W47"]


async def test_gives_up_after_max_attempts(db):
    clock = FakeClock(MONDAY_0800)
    channel = Channel()
    channel.fail = 99
    s = settings()
    for _ in range(5):
        assert await poster_for(db, clock, s).run(channel) == Outcome.FAILED
        clock.advance(minutes=6)
    assert await poster_for(db, clock, s).run(channel) == Outcome.GAVE_UP
    assert channel.posts == []


async def test_concurrent_processes_post_once(db):
    clock = FakeClock(MONDAY_0800)
    channel = Channel()
    s = settings()
    outcomes = await asyncio.gather(*(poster_for(db, clock, s).run(channel) for _ in range(6)))
    assert outcomes.count(Outcome.POSTED) == 1
    # The others either met the winner's claim or, if it had already finished, its record.
    assert set(outcomes) - {Outcome.POSTED} <= {Outcome.IN_PROGRESS, Outcome.ALREADY_POSTED}
    assert channel.posts == ["2026-W47"]


async def test_next_week_posts_again(db):
    clock = FakeClock(MONDAY_0800)
    channel = Channel()
    s = settings()
    await poster_for(db, clock, s).run(channel)
    clock.advance(days=7)
    await poster_for(db, clock, s).run(channel)
    assert channel.posts == ["2026-W47", "2026-W48"]
