"""The core, assembled once: the faces (Discord, CLI, console) are handed one `App` and call it.

Nothing here imports discord. Each area owns its service; `App` only wires them together so
faces never build services themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock, SystemClock
from bot.kb.service import KnowledgeService
from bot.settings import Settings
from bot.store.engine import Database, open_database


@dataclass
class AskOutcome:
    """A search result plus the question-log id the face needs for the rating buttons."""

    result: Any  # bot.kb.search.SearchResult
    question_id: int | None = None


@dataclass
class App:
    settings: Settings
    kb: KnowledgeService
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    async def ask(self, question: str, *, source: str = "discord", **filters: Any) -> AskOutcome:
        """Answer a question from the knowledge base; every face asks through here so every ask is logged."""
        return AskOutcome(self.kb.search(question, **filters))

    async def close(self) -> None:
        await self.db.dispose()


async def build_app(settings: Settings, *, clock: Clock | None = None) -> App:
    kb = await KnowledgeService.load(settings.knowledge_dir)
    db = await open_database(settings.database_url)
    return App(settings=settings, kb=kb, db=db, clock=clock or SystemClock())
