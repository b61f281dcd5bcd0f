"""The scheduled weekly post, exactly once per ISO week across restarts and processes.

The week's `SummaryRun` row is claimed before anything is sent: the first INSERT wins, and a
later attempt may only take over an unposted run whose last attempt is older than `retry_after`
(a crashed or failed owner), via a compare-and-set on `attempts`. `posted_at` is written right
after the post succeeds, so a run with `posted_at` set is never posted again. The post itself goes
through a `Poster` the Discord face implements and the process runner passes in, which keeps
this module Discord-free.

The window between Discord accepting the message and `posted_at` being written is closed by the
Discord face's poster: before sending, it looks for its own earlier post of the same week in the
channel's recent history and adopts that message instead of posting again.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import Protocol

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.clock import Clock, utc
from bot.i18n import use_locale
from bot.settings import Settings
from bot.store.engine import Database
from bot.store.tables import table_of
from bot.store.tables.ops import SummaryRun
from bot.summary.model import Report
from bot.summary.period import Period, last_full_week, week_of, zone
from bot.summary.service import SummaryService

log = logging.getLogger(__name__)
R = table_of(SummaryRun).c


class Poster(Protocol):
    """Where the weekly summary goes (bot/chat implements it): posts the report, returns the message id."""

    def __call__(self, report: Report) -> Awaitable[int | None]: ...


class Outcome(StrEnum):
    NOT_DUE = "not_due"
    POSTED = "posted"
    ALREADY_POSTED = "already_posted"
    IN_PROGRESS = "in_progress"  # another process (or a recent failed attempt) owns it for now
    FAILED = "failed"
    GAVE_UP = "gave_up"


def parse_time(value: str) -> time:
    try:
        hour, minute = (int(part) for part in value.strip().split(":"))
        return time(hour, minute)
    except ValueError as exc:
        raise ValueError(f"SUMMARY_TIME must be HH:MM, not {value!r}") from exc


def scheduled_at(now: datetime, settings: Settings) -> datetime:
    """This local week's posting moment (weekday + time in the summary timezone), as UTC."""
    tz = settings.summary_timezone
    monday = week_of(now.astimezone(zone(tz)).date(), tz).first_day
    day = monday + timedelta(days=settings.summary_weekday)
    return datetime.combine(day, parse_time(settings.summary_time), tzinfo=zone(tz)).astimezone(now.tzinfo)


def due_week(now: datetime, settings: Settings) -> Period | None:
    """The week to post now: the last full week once this week's moment has passed (late is fine)."""
    now = utc(now)
    if now < scheduled_at(now, settings):
        return None
    return last_full_week(now, settings.summary_timezone)


class WeeklyPoster:
    def __init__(
        self,
        service: SummaryService,
        db: Database,
        clock: Clock,
        settings: Settings,
        *,
        retry_after: timedelta = timedelta(minutes=5),
        max_attempts: int = 5,
    ) -> None:
        self.service = service
        self.db = db
        self.clock = clock
        self.settings = settings
        self.retry_after = retry_after
        self.max_attempts = max_attempts

    async def run(self, poster: Poster) -> Outcome:
        """Post the due week if nobody has; safe to call as often as you like from any process."""
        now = utc(self.clock.now())
        period = due_week(now, self.settings)
        if period is None:
            return Outcome.NOT_DUE
        claim = await self._claim(period.week, now)
        if isinstance(claim, Outcome):
            return claim
        try:
            # The post is the team's: rendered in the team's language, whoever's process runs it.
            with use_locale(self.settings.team_language):
                report = await self.service.report(period.week)
                message_id = await poster(report)
        except Exception as exc:  # any failure is recorded and retried later, never swallowed silently
            log.warning("weekly summary %s: attempt %d failed: %s", period.week, claim, type(exc).__name__)
            await self._record(period.week, last_error=f"{type(exc).__name__}: {exc}"[:500])
            return Outcome.FAILED
        await self._record(period.week, posted_at=utc(self.clock.now()), message_id=message_id, last_error="")
        log.info("weekly summary %s posted (attempt %d)", period.week, claim)
        return Outcome.POSTED

    async def _claim(self, week: str, now: datetime) -> int | Outcome:
        """The attempt number if this process now owns the week's run, else why not."""
        insert = postgresql.insert if self.db.dialect == "postgresql" else sqlite.insert
        async with self.db.sessions() as session:
            result = await (await session.connection()).execute(
                insert(table_of(SummaryRun))
                .values(week=week, started_at=now, attempts=1, last_error="")
                .on_conflict_do_nothing(index_elements=["week"])
            )
            await session.commit()
            if result.rowcount == 1:
                return 1
            row = (
                await (await session.connection()).execute(
                    select(R.posted_at, R.started_at, R.attempts).where(R.week == week)
                )
            ).one()
            if row.posted_at is not None:
                return Outcome.ALREADY_POSTED
            if row.attempts >= self.max_attempts:
                return Outcome.GAVE_UP
            if utc(row.started_at) > now - self.retry_after:
                return Outcome.IN_PROGRESS
            taken = await (await session.connection()).execute(
                update(table_of(SummaryRun))
                .where(R.week == week, R.posted_at.is_(None), R.attempts == row.attempts)
                .values(started_at=now, attempts=row.attempts + 1)
            )
            await session.commit()
            if taken.rowcount != 1:
                return Outcome.IN_PROGRESS
            return int(row.attempts) + 1

    async def _record(self, week: str, **values: object) -> None:
        async with self.db.sessions() as session:
            await (await session.connection()).execute(
                update(table_of(SummaryRun)).where(R.week == week).values(**values)
            )
            await session.commit()
