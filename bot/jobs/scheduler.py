"""A small periodic scheduler: each job runs at most once per interval across all processes.

Every tick, each due job tries to take its `JobLease` for one interval; only the holder runs it.
Jobs are plain async callables built in bot/jobs/standard.py; the process runner (bot/cli/run.py,
through `App.running_jobs`) starts and stops the loop, whichever face the process serves.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.clock import Clock, utc
from bot.jobs.lease import acquire, make_holder, release
from bot.store.engine import Database

log = logging.getLogger(__name__)

# How long a shutdown waits for a job in progress. Retention takes milliseconds and the weekly post a
# Discord call or two; only a job that hangs is cancelled.
STOP_GRACE = 5.0


@dataclass
class Job:
    name: str
    every: timedelta
    run: Callable[[], Awaitable[object]]
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
        self._stopping = asyncio.Event()

    async def run_due(self) -> list[str]:
        """Run every job that is due and whose lease this process wins; returns the names run."""
        ran = []
        for job in self.jobs:
            if self._stopping.is_set():  # shutting down: no new job starts
                break
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

    async def run_forever(self, delay: float = 0.0) -> None:
        if await self._stopped_within(delay):
            return
        while True:
            await self.run_due()
            if await self._stopped_within(self.tick):
                return

    async def _stopped_within(self, seconds: float) -> bool:
        """Sleep `seconds` between rounds, waking at once (True) when `stop` is called."""
        if self._stopping.is_set():
            return True
        try:
            await asyncio.wait_for(self._stopping.wait(), timeout=seconds)
        except TimeoutError:
            return False
        return True

    def start(self, *, delay: float = 0.0) -> asyncio.Task[None]:
        """Run the loop in the background, the first round after `delay` seconds."""
        if self._task is None or self._task.done():
            self._stopping.clear()
            self._task = asyncio.create_task(self.run_forever(delay), name="exportwatch-scheduler")
        return self._task

    async def stop(self, *, grace: float = STOP_GRACE) -> None:
        """Let a job in progress finish, then hand the leases back so another process picks the jobs
        up at once. A job is not cut off mid-flight: a database call cancelled there leaves its
        connection half-reset (the pool logs an error) and the job's work half-done. Only a job still
        running after `grace` seconds is cancelled; an idle loop ends at once."""
        task, self._task = self._task, None
        if task is not None:
            self._stopping.set()
            try:
                await asyncio.wait_for(asyncio.shield(task), timeout=grace)
            except TimeoutError:
                log.warning("a job was still running %.0f s into shutdown; it was cancelled", grace)
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            except asyncio.CancelledError:
                task.cancel()
                current = asyncio.current_task()
                if current is not None and current.cancelling():  # the stop itself was cancelled
                    raise
                # else the loop had been cancelled elsewhere: it is over either way
        for job in self.jobs:
            with contextlib.suppress(Exception):
                await release(self.db, job.name, self.holder)
