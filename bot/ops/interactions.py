"""Exactly-once handling of Discord interactions across reconnects and processes.

Discord may deliver the same INTERACTION_CREATE twice (a RESUME replays what the client missed,
and a shard can move between processes). The first process to insert the id handles it; everyone
else sees the row and skips. The claim is one atomic INSERT ... ON CONFLICT DO NOTHING RETURNING:
the ids it returns are the ones this caller won, on SQLite (3.35+) and PostgreSQL alike.

`Claims` is group commit for that statement. A burst of interactions used to mean one transaction
each, and on SQLite one serialised commit each; at 100 concurrent they queued past the guard's
timeout. Now claims that arrive while a batch is in flight wait for the next one, so a burst costs
a few statements instead of a hundred, and an idle bot still claims at once (no artificial delay).
The winner of each id is still decided by the database's unique key, so batching changes the cost,
not the guarantee.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from bot.clock import utc
from bot.store.engine import Database
from bot.store.tables import table_of
from bot.store.tables.ops import ProcessedInteraction

log = logging.getLogger("bot.ops.interactions")

P = table_of(ProcessedInteraction).c
KIND_MAX = 40
BATCH_MAX = 500  # rows per statement: 1,500 parameters, well inside SQLite's limit


async def claim_batch(db: Database, claims: Iterable[tuple[int, str, datetime]]) -> set[int]:
    """Record (id, kind, at) rows as handled in one transaction; returns the ids this caller won."""
    rows = {
        int(i): {"interaction_id": int(i), "at": utc(at), "kind": kind[:KIND_MAX]} for i, kind, at in claims
    }
    if not rows:
        return set()
    insert = postgresql.insert if db.dialect == "postgresql" else sqlite.insert
    statement = (
        insert(table_of(ProcessedInteraction))
        .values(list(rows.values()))
        .on_conflict_do_nothing(index_elements=["interaction_id"])
        .returning(P.interaction_id)
    )
    async with db.sessions() as session:
        result = await (await session.connection()).execute(statement)
        won = {int(row[0]) for row in result.fetchall()}
        await session.commit()
    return won


async def first_time(db: Database, interaction_id: int, kind: str, now: datetime) -> bool:
    """Record `interaction_id` as handled; True only for the first caller, in any process."""
    return int(interaction_id) in await claim_batch(db, [(interaction_id, kind, now)])


class Claims:
    """Group-committed claims for one process; `claim` answers like `first_time`.

    Only one batch is in flight at a time, and it is never cancelled: a caller that stops waiting
    (a timeout) leaves the statement to finish in the background, because cancelling a database
    call mid-flight leaves the connection in an unknown state (SQLAlchemy logs an ERROR resetting
    it), and a claim that lands late still stops a later replay.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._pending: dict[int, tuple[str, datetime, asyncio.Future[bool]]] = {}
        self._flusher: asyncio.Task[None] | None = None
        self.batches = 0  # statements sent, for tests and the benchmark

    def claim(self, interaction_id: int, kind: str, now: datetime) -> asyncio.Future[bool]:
        """A future that resolves True if this process won the id (or raises the database error)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bool] = loop.create_future()
        interaction_id = int(interaction_id)
        if interaction_id in self._pending:  # the same id twice in one batch: only the first can win
            future.set_result(False)
            return future
        # A waiter that gave up never reads the outcome; without this a failed batch would log
        # "exception was never retrieved" at ERROR when the future is collected.
        future.add_done_callback(_consume)
        self._pending[interaction_id] = (kind, now, future)
        if self._flusher is None or self._flusher.done():
            self._flusher = loop.create_task(self._flush())
        return future

    async def _flush(self) -> None:
        while self._pending:
            ids = list(self._pending)[:BATCH_MAX]
            batch = {i: self._pending.pop(i) for i in ids}
            self.batches += 1
            try:
                won = await claim_batch(self.db, ((i, kind, at) for i, (kind, at, _) in batch.items()))
            except Exception as exc:  # every waiter decides what a failed claim means for it
                for _, _, future in batch.values():
                    if not future.done():
                        future.set_exception(exc)
                continue
            for i, (_, _, future) in batch.items():
                if not future.done():
                    future.set_result(i in won)

    async def drain(self, within: float = 5.0) -> None:
        """Let the batch in flight finish (on shutdown, before the engine is disposed)."""
        flusher = self._flusher
        if flusher is not None and not flusher.done():
            try:
                await asyncio.wait_for(asyncio.shield(flusher), within)
            except TimeoutError:
                log.warning("A batch of interaction claims was still running at shutdown")


def _consume(future: asyncio.Future[bool]) -> None:
    if not future.cancelled():
        future.exception()


async def purge_processed(db: Database, before: datetime) -> int:
    """Forget interactions older than `before` (Discord stops replaying after minutes, not days)."""
    async with db.sessions() as session:
        result = await (await session.connection()).execute(
            delete(table_of(ProcessedInteraction)).where(P.at < utc(before))
        )
        await session.commit()
        return int(result.rowcount or 0)
