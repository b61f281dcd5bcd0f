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
