"""The jobs every process runs: the retention purges and, when a poster is given, the weekly post.

Each job is handed the services it uses, not the whole `App`, so what a job can touch is visible
here. `App.scheduler` wires them; the Discord poster is optional because a process without the
Discord face (the console) still has to purge on time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.clock import Clock
from bot.jobs.scheduler import Job
from bot.store.engine import Database, scrub_after_delete
from bot.summary.posting import Poster, WeeklyPoster
from bot.tips.retention import PurgeReport

log = logging.getLogger(__name__)

RETENTION_EVERY = timedelta(hours=1)
WEEKLY_EVERY = timedelta(minutes=1)


class QuestionPurge(Protocol):
    async def purge_text(self, now: datetime | None = None) -> int: ...


class TipPurge(Protocol):
    async def purge(self, now: datetime) -> PurgeReport: ...


@dataclass(frozen=True)
class Retention:
    """Every retention window in one job: question text, and tips' reporter links, interaction ids
    and closed tips."""

    questions: QuestionPurge
    tips: TipPurge
    db: Database
    clock: Clock

    async def __call__(self) -> None:
        purged = await self.questions.purge_text()
        log.info("retention: question text purged from %d log rows", purged)
        await self.tips.purge(self.clock.now())
        # The tips' interaction ids just cleared would otherwise live on in the SQLite WAL: a Discord
        # id encodes the millisecond a tip was sent. Checkpoint every run.
        await scrub_after_delete(self.db, ())


def standard_jobs(retention: Retention, weekly: WeeklyPoster | None, poster: Poster | None) -> list[Job]:
    """The weekly post (only with both the bookkeeping and somewhere to post) and the retention purges."""
    jobs = [Job("retention", RETENTION_EVERY, retention)]
    if weekly is not None and poster is not None:

        async def weekly_post() -> None:
            await weekly.run(poster)

        jobs.insert(0, Job("weekly_summary", WEEKLY_EVERY, weekly_post))
    return jobs
