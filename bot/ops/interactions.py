"""Exactly-once handling of Discord interactions across reconnects and processes.

Discord may deliver the same INTERACTION_CREATE twice (a RESUME replays what the client missed,
and a shard can move between processes). The first process to insert the id handles it; everyone
else sees the row and skips. One atomic INSERT ... ON CONFLICT DO NOTHING per interaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from bot.questions.service import utc
from bot.store.engine import Database
from bot.store.tables.ops import ProcessedInteraction

P = ProcessedInteraction.__table__.c  # type: ignore[attr-defined]
KIND_MAX = 40


async def first_time(db: Database, interaction_id: int, kind: str, now: datetime) -> bool:
    """Record `interaction_id` as handled; True only for the first caller, in any process."""
    insert = postgresql.insert if db.dialect == "postgresql" else sqlite.insert
    async with db.sessions() as session:
        result = await (await session.connection()).execute(
            insert(ProcessedInteraction.__table__)  # type: ignore[arg-type]
            .values(interaction_id=int(interaction_id), at=utc(now), kind=kind[:KIND_MAX])
            .on_conflict_do_nothing(index_elements=["interaction_id"])
        )
        await session.commit()
        return result.rowcount == 1  # type: ignore[attr-defined]


async def purge_processed(db: Database, before: datetime) -> int:
    """Forget interactions older than `before` (Discord stops replaying after minutes, not days)."""
    async with db.sessions() as session:
        result = await (await session.connection()).execute(
            delete(ProcessedInteraction.__table__).where(P.at < utc(before))  # type: ignore[arg-type]
        )
        await session.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
