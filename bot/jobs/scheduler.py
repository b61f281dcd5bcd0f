"""A small periodic scheduler: each job runs at most once per interval across all processes.

Every tick, each due job tries to take its `JobLease` for one interval; only the holder runs it.
Jobs are plain async callables, so the weekly post and retention purges stay in the core and the
Discord face only starts and stops the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.clock import Clock, utc
from bot.jobs.lease import acquire, make_holder, release
from bot.ops.interactions import purge_processed
from bot.store.engine import Database, scrub_after_delete
from bot.tips.retention import run_retention

if TYPE_CHECKING:
    from bot.app import App
    from bot.summary.posting import Poster

log = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    every: timedelta
    run: Callable[[], Awaitable[Any]]
    next_at: datetime | None = field(default=None, repr=False)


class Scheduler:
    def __init__(
        self, db: Database, clock: Clock, jobs: list[Job], *, tick: float = 30.0, holder: str | None = None
    ) -> None:
        self.db = db
        self.clock = clock
        self.jobs = jobs
        self.tick = tick
        self.holder = holder or make_holder()
        self._task: asyncio.Task[None] | None = None

    async def run_due(self) -> list[str]:
        """Run every job that is due and whose lease this process wins; returns the names run."""
        ran = []
        for job in self.jobs:
            now = utc(self.clock.now())
            if job.next_at is not None and now < job.next_at:
                continue
            try:
                won = await acquire(self.db, job.name, self.holder, job.every, now)
            except Exception:
                log.exception("job %s: could not take its lease", job.name)
                continue
            # Whether we ran it or another process did, nothing is due before the lease ends.
            job.next_at = now + job.every if won else now + timedelta(seconds=self.tick)
            if not won:
                continue
            try:
                await job.run()
                ran.append(job.name)
            except Exception:
                log.exception("job %s failed; it will run again next interval", job.name)
        return ran

    async def run_forever(self) -> None:
        while True:
            await self.run_due()
            await asyncio.sleep(self.tick)

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.run_forever(), name="exportwatch-scheduler")
        return self._task

    async def stop(self) -> None:
        """Cancel the loop and hand the leases back so another process picks the jobs up at once."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for job in self.jobs:
            with contextlib.suppress(Exception):
                await release(self.db, job.name, self.holder)


# Discord replays missed events for minutes after a RESUME; two hours of interaction ids is ample,
# and an id (a snowflake) encodes the millisecond of, say, a tip's Send press: keep them no longer.
PROCESSED_INTERACTIONS_KEPT = timedelta(hours=2)


async def retention(app: App) -> None:
    """Every retention window in one job: question text, tip reporter links and closed tips, and
    the ids of interactions already handled."""
    purged = await app.questions.purge_text()
    log.info("retention: question text purged from %d log rows", purged)
    await run_retention(app)
    forgotten = await purge_processed(app.db, app.clock.now() - PROCESSED_INTERACTIONS_KEPT)
    log.info("retention: %d handled interaction ids forgotten", forgotten)
    # The ids just forgotten (and the tips' interaction ids cleared above) would otherwise live on in
    # the SQLite WAL: a Discord id encodes the millisecond a tip was sent. Checkpoint every run.
    await scrub_after_delete(app.db, ())


def build_jobs(app: App, poster: Poster | None) -> list[Job]:
    """The standard jobs: the weekly post (when a poster is given) and the retention purges."""
    from bot.summary.posting import WeeklyPoster

    jobs = [Job("retention", timedelta(hours=1), lambda: retention(app))]
    if poster is not None:

        async def weekly() -> None:
            await WeeklyPoster(app.summary, app.db, app.clock, app.settings).run(poster)

        jobs.insert(0, Job("weekly_summary", timedelta(minutes=1), weekly))
    return jobs


class _AppClock:
    """Reads `app.clock` on every call, so swapping the app's clock (tests) reaches the scheduler."""

    def __init__(self, app: App) -> None:
        self.app = app

    def now(self) -> datetime:
        return self.app.clock.now()


def build_scheduler(app: App, poster: Poster | None, *, tick: float = 30.0) -> Scheduler:
    return Scheduler(app.db, _AppClock(app), build_jobs(app, poster), tick=tick)
