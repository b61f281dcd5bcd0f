"""The core, assembled once: the faces (Discord, CLI, console) are handed one `App` and call it.

Nothing here imports discord. Each area owns its service; `App` wires them together so faces
never build services themselves, and holds the steps that span areas: a member's question
(search, then the question log) and a knowledge reload (who may, then what the log says).
The periodic jobs belong to the App's lifecycle too: the process runner (bot/cli/run.py) runs
them with `running_jobs`, whichever face it serves.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import cached_property

from bot.clock import Clock, SystemClock
from bot.errors import StoreUnavailable
from bot.i18n import N_
from bot.jobs.scheduler import Scheduler
from bot.jobs.standard import Retention, standard_jobs
from bot.kb.check import Problem
from bot.kb.filters import NO_FILTERS, Filters
from bot.kb.result import SearchResult
from bot.kb.service import KnowledgeService
from bot.kb.worker import SearchWorker
from bot.permissions import Actor, Level
from bot.questions.lane import AnswersFirst
from bot.questions.service import ANSWER, LIST, REFUSED, QuestionLogService, checked_question
from bot.questions.writer import QuestionLogWriter
from bot.settings import Settings
from bot.store.engine import Database, open_database
from bot.summary.posting import Poster, WeeklyPoster
from bot.summary.service import SummaryService
from bot.tips.service import TipService

log = logging.getLogger(__name__)


# Jobs wait this long after start, so a restart storm or a short-lived process does no work.
JOBS_STARTUP_DELAY = 30.0
JOBS_TICK = 30.0
# What a refusal says a non-admin may not do (translated in bot.permissions).
RELOAD_KNOWLEDGE = N_("reload the knowledge base")
# The problems a refused reload writes to the log, one line each (never file contents).
PROBLEMS_LOGGED = 10


@dataclass
class AskOutcome:
    """A search result plus the question-log id the face needs for the rating buttons."""

    result: SearchResult
    question_id: int | None = None  # None when the question log is down: no rating then
    # The log write still in flight (App.ask with wait_for_log=False); `logged()` settles it.
    pending: asyncio.Future[int | None] | None = None
    # Whether the ask went to the question log at all: small talk does not, so it has nothing to rate.
    in_log: bool = True

    async def logged(self) -> AskOutcome:
        """This outcome once its question-log row is written: question_id set, or None if it failed."""
        if self.pending is not None:
            self.question_id, self.pending = await self.pending, None
        return self


@dataclass
class App:
    settings: Settings
    kb: KnowledgeService
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    # The search worker process, once `start_search_worker` has started it (SEARCH_WORKER=process).
    worker: SearchWorker | None = field(default=None, init=False, repr=False)

    async def ask(
        self,
        question: str,
        *,
        source: str = "discord",
        filters: Filters = NO_FILTERS,
        wait_for_log: bool = True,
    ) -> AskOutcome:
        """A member's question, answered and logged: the member faces (Discord, console) ask through
        here so every member's question reaches the question log and can be rated.

        The answer itself is `KnowledgeService.search`, the one search path. `python -m bot ask` calls
        that directly, without this log line: it is the maintainers' tool for trying knowledge (often a
        draft directory, in batches, with no database), and its questions are not members' questions,
        so they must not count in the weekly summary.

        The log write is group-committed (bot/questions/writer.py). With `wait_for_log` False the
        outcome comes back before the row is written, for a face that can answer first and needs
        the id (for rating buttons) only afterwards: it calls `outcome.logged()`.

        A blank question is refused (`checked_question`) before anything is searched or logged.
        Small talk ("hi", "thanks", "what can you do?": `result.talk`) is not a question: it is not
        logged, so it is neither counted nor listed as a knowledge gap in the weekly summary.
        """
        result = await self.search(checked_question(question), filters)
        if result.talk is not None:
            return AskOutcome(result, in_log=False)
        written = self.questions.record_later(
            question,
            answered=bool(result.answered),
            outcome=_outcome(result),
            entry_id=result.entry.id if result.entry is not None else None,
            confidence=float(result.confidence or 0.0),
            source=source,
            urgent=wait_for_log,
        )
        outcome = AskOutcome(result, pending=asyncio.ensure_future(_question_id(written)))
        return await outcome.logged() if wait_for_log else outcome

    async def search(self, question: str, filters: Filters = NO_FILTERS) -> SearchResult:
        """`KnowledgeService.search` where `SEARCH_WORKER` puts it: the worker process once
        `start_search_worker` has started it, a thread, or here on the event loop."""
        if self.worker is not None:
            return await self.worker.search(question, filters)
        if self.settings.search_worker == "thread":
            return await asyncio.to_thread(self.kb.search, question, filters)
        return self.kb.search(question, filters)

    async def start_search_worker(self) -> SearchWorker | None:
        """Fork the search worker (SEARCH_WORKER=process) once the knowledge is loaded and the heap
        frozen; `close` stops it. Idempotent; None when the setting keeps searches in this process."""
        if self.settings.search_worker != "process":
            return None
        if self.worker is None:
            self.worker = SearchWorker(self.kb)
            await self.worker.start()
        return self.worker

    def authorize_reload(self, actor: Actor) -> None:
        """Refuse a knowledge reload to anyone below admin (a face asks before acknowledging)."""
        actor.require(Level.ADMIN, RELOAD_KNOWLEDGE)

    async def reload_knowledge(self, actor: Actor, why: str) -> list[Problem]:
        """An admin's (or SIGHUP's) reload: `KnowledgeService.reload` swaps in the new knowledge only
        when the directory is clean, so a broken file leaves the previous knowledge serving. The
        outcome goes to the log: the counts, or the problems (paths and messages, never contents)."""
        self.authorize_reload(actor)
        problems = await self.kb.reload()
        if problems:
            log.warning(
                "Knowledge reload (%s) refused: %d problem(s); the previous knowledge is still serving",
                why,
                len(problems),
            )
            for problem in problems[:PROBLEMS_LOGGED]:
                log.warning("  %s", problem)
        else:
            log.info("Knowledge reloaded (%s): %s", why, self._counts_line())
        return problems

    def _counts_line(self) -> str:
        """The counts per kind, in English, for the log."""
        counts = self.kb.counts()
        parts = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
        return f"{sum(counts.values())} entries ({parts})"

    async def rate(self, question_id: int, helpful: bool) -> None:
        """The member's rating of an answer; one per question, the latest click wins."""
        await self.questions.rate(question_id, helpful)

    # Stateless, so built on each use: they always see the current clock (tests swap it).
    @property
    def questions(self) -> QuestionLogService:
        return QuestionLogService(self.db, self.clock, self.settings, self.question_writer)

    @cached_property
    def question_writer(self) -> QuestionLogWriter:
        return QuestionLogWriter(self.db, self.answers_first)

    @cached_property
    def answers_first(self) -> AnswersFirst:
        """Marks answers in preparation; rating prompts and the log write wait for them (lane.py)."""
        return AnswersFirst()

    @property
    def summary(self) -> SummaryService:
        return SummaryService(self.db, self.clock, self.settings, self.kb)

    @cached_property
    def tips(self) -> TipService:
        return TipService(self.db, self.settings, self.clock, self.kb)

    def scheduler(self, poster: Poster | None = None, *, tick: float = JOBS_TICK) -> Scheduler:
        """This process's jobs, each given the services it uses; the weekly post only with a poster."""
        retention = Retention(self.questions, self.tips, self.db, self.clock)
        weekly = WeeklyPoster(self.summary, self.db, self.clock, self.settings) if poster else None
        return Scheduler(self.db, self.clock, standard_jobs(retention, weekly, poster), tick=tick)

    @asynccontextmanager
    async def running_jobs(
        self,
        poster: Poster | None = None,
        *,
        tick: float = JOBS_TICK,
        startup_delay: float = JOBS_STARTUP_DELAY,
    ) -> AsyncIterator[Scheduler]:
        """Run the jobs in the background for as long as the face runs; leases are handed back after."""
        scheduler = self.scheduler(poster, tick=tick)
        scheduler.start(delay=startup_delay)
        try:
            yield scheduler
        finally:
            await scheduler.stop()

    async def close(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            await worker.close()
        if "question_writer" in self.__dict__:  # every question already asked is written first
            await self.question_writer.drain()
        await self.db.dispose()


async def _question_id(written: asyncio.Future[int]) -> int | None:
    """The row's id, or None when the log is down: the member still gets the answer, only the log
    line (and so the rating) is lost."""
    try:
        return await written
    except StoreUnavailable as exc:
        log.warning("question log unavailable: %s", exc.cause)
        return None


async def build_app(settings: Settings, *, clock: Clock | None = None) -> App:
    # The database first: when it is down, say so at once instead of after loading the knowledge.
    db = await open_database(settings.database_url)
    try:
        kb = await KnowledgeService.load(
            settings.knowledge_dir, drafts=settings.drafts_path, threshold=settings.answer_threshold
        )
    except BaseException:
        await db.dispose()
        raise
    return App(settings=settings, kb=kb, db=db, clock=clock or SystemClock())


def _outcome(result: SearchResult) -> str:
    """What the member got, for the question log: a list (several entries, or one the engine did not
    answer with itself) is not a refusal even when the engine alone would have refused."""
    if result.as_list:
        return LIST
    return ANSWER if result.answered else REFUSED
