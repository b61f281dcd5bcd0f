"""The core, assembled once: the faces (Discord, CLI, console) are handed one `App` and call it.

Nothing here imports discord. Each area owns its service; `App` only wires them together so
faces never build services themselves.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.clock import Clock, SystemClock
from bot.kb.service import KnowledgeService
from bot.questions.service import QuestionLogService
from bot.questions.writer import QuestionLogWriter
from bot.settings import Settings
from bot.store.engine import Database, open_database
from bot.summary.service import SummaryService
from bot.tips.service import TipService

log = logging.getLogger(__name__)


@dataclass
class AskOutcome:
    """A search result plus the question-log id the face needs for the rating buttons."""

    result: Any  # bot.kb.search.SearchResult
    question_id: int | None = None
    # The log write still in flight (App.ask with wait_for_log=False); `logged()` settles it.
    pending: asyncio.Future[int | None] | None = None

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

    async def ask(
        self, question: str, *, source: str = "discord", wait_for_log: bool = True, **filters: Any
    ) -> AskOutcome:
        """Answer a question from the knowledge base; every face asks through here so every ask is logged.

        The log write is group-committed (bot/questions/writer.py). With `wait_for_log` False the
        outcome comes back before the row is written, for a face that can answer first and needs
        the id (for rating buttons) only afterwards: it calls `outcome.logged()`.
        """
        result = self.kb.search(question, **filters)
        written = self.questions.record_later(
            question,
            answered=bool(result.answered),
            entry_id=result.entry.id if result.entry is not None else None,
            confidence=float(result.confidence or 0.0),
            source=source,
        )
        outcome = AskOutcome(result, pending=asyncio.ensure_future(_question_id(written)))
        return await outcome.logged() if wait_for_log else outcome

    async def rate(self, question_id: int, helpful: bool) -> None:
        """The member's rating of an answer; one per question, the latest click wins."""
        await self.questions.rate(question_id, helpful)

    # Stateless, so built on each use: they always see the current clock (tests swap it).
    @property
    def questions(self) -> QuestionLogService:
        return QuestionLogService(self.db, self.clock, self.settings, self.question_writer)

    @cached_property
    def question_writer(self) -> QuestionLogWriter:
        return QuestionLogWriter(self.db)

    @property
    def summary(self) -> SummaryService:
        return SummaryService(self.db, self.clock, self.settings, self.kb)

    @cached_property
    def tips(self) -> TipService:
        return TipService(self.db, self.settings, self.clock, self.kb)

    async def close(self) -> None:
        if "question_writer" in self.__dict__:  # every question already asked is written first
            await self.question_writer.drain()
        await self.db.dispose()


async def _question_id(written: asyncio.Future[int]) -> int | None:
    """The row's id, or None when the log is down: the member still gets the answer, only the log
    line (and so the rating) is lost."""
    try:
        return await written
    except (SQLAlchemyError, OSError) as exc:
        log.warning("question log unavailable: %s", type(exc).__name__)
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
