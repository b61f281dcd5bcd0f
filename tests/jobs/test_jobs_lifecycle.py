"""Jobs belong to the process, not to a Discord cog: a process serving only the console still purges
on time, and when the face stops, the jobs stop and hand their leases to the next process."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.cli.run import serve_console
from bot.clock import FakeClock
from bot.jobs.lease import acquire
from bot.jobs.scheduler import Job, Scheduler
from bot.jobs.standard import RETENTION_EVERY
from bot.kb.service import KnowledgeService
from bot.settings import Settings

T0 = datetime(2026, 11, 23, 9, tzinfo=UTC)
FAST = {"tick": 0.01, "startup_delay": 0.0}


async def question_texts(app: App) -> list[str | None]:
    async with app.db.engine.connect() as conn:
        return list((await conn.exec_driver_sql("SELECT question FROM question_log")).scalars())


class UntilPurged:
    """A console user who types nothing until retention has run, then closes the console."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.purged = False

    async def read(self) -> str | None:
        for _ in range(1000):  # a bound, so a broken lifecycle fails instead of hanging
            if await question_texts(self.app) == [None]:
                self.purged = True
                return None
            await asyncio.sleep(0.02)
        return None


async def test_a_console_only_process_runs_retention(db) -> None:
    clock = FakeClock(T0)
    settings = Settings(_env_file=None, question_log_days=30)
    app = App(settings=settings, kb=KnowledgeService.from_entries([]), db=db, clock=clock)
    await app.questions.record("who sold spyware to uganda", answered=False)
    clock.advance(days=31)
    reader = UntilPurged(app)
    assert await serve_console(app, jobs=FAST, reader=reader, stdout=io.StringIO()) == 0
    assert reader.purged, "the question text outlived its retention window with no Discord face"


async def test_stopping_the_face_hands_the_leases_back(db) -> None:
    kb = KnowledgeService.from_entries([])
    app = App(settings=Settings(_env_file=None), kb=kb, db=db, clock=FakeClock(T0))
    async with app.running_jobs(None, **FAST) as scheduler:
        assert [job.name for job in scheduler.jobs] == ["retention"]  # no poster, no weekly post
        for _ in range(500):
            if scheduler.jobs[0].next_at is not None:
                break
            await asyncio.sleep(0.01)
        assert not await acquire(db, "retention", "next-process", timedelta(hours=1), T0)  # held
    assert await acquire(db, "retention", "next-process", timedelta(hours=1), T0)


async def test_a_purge_in_progress_when_the_process_stops_is_finished_not_cut_off(db) -> None:
    """Stopping the face while retention is mid-run: the purge completes (cut off mid-query, the
    question text stayed and the pool logged an error as its half-reset connection came back; that was
    the cause of test_a_console_only_process_runs_retention's rare error under load)."""
    clock = FakeClock(T0)
    app = App(
        settings=Settings(_env_file=None, question_log_days=30),
        kb=KnowledgeService.from_entries([]),
        db=db,
        clock=clock,
    )
    await app.questions.record("who sold spyware to uganda", answered=False)
    clock.advance(days=31)
    started, go_on = asyncio.Event(), asyncio.Event()

    async def slow_retention() -> None:
        started.set()
        await go_on.wait()  # stands for a query still running when the stop comes
        await app.questions.purge_text()

    scheduler = Scheduler(db, clock, [Job("retention", RETENTION_EVERY, slow_retention)], tick=0.01)
    scheduler.start()
    await started.wait()
    stopping = asyncio.create_task(scheduler.stop())
    await asyncio.sleep(0)  # the stop has begun before the job's query finishes
    go_on.set()
    await stopping
    assert await question_texts(app) == [None], "the stop cut the purge off: the question text outlived it"
    assert await acquire(db, "retention", "next-process", timedelta(hours=1), T0)  # and handed back


async def test_a_job_that_hangs_does_not_hold_the_shutdown(db) -> None:
    clock = FakeClock(T0)
    started = asyncio.Event()

    async def hangs() -> None:
        started.set()
        await asyncio.Event().wait()

    scheduler = Scheduler(db, clock, [Job("retention", RETENTION_EVERY, hangs)], tick=0.01)
    scheduler.start()
    await started.wait()
    await scheduler.stop(grace=0.01)  # returns: the hung job is cancelled after the grace
    assert await acquire(db, "retention", "next-process", timedelta(hours=1), T0)
