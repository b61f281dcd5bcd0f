"""Group commit for the question log: every /ask writes one row, and a burst shares statements.

`add` queues a row and returns a future for its id at once; one flusher task writes whatever is
queued as a single multi-row INSERT ... RETURNING (each id matched to its caller by the row's values:
see `_insert`), so 100 concurrent asks cost one statement instead of 100 serialised ones, and a face
that does not need the id yet (a public /ask answer: its rating prompt follows it) can answer before
the row is written. Only one batch is in flight at a time and it is never cancelled (cancelling a
database call mid-flight leaves the connection in an unknown state). `drain` is called by `App.close`
before the engine is disposed, so a clean shutdown writes every question already asked; a crash
(kill -9) loses at most the batch in flight, the questions whose answers were being sent then.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy import insert

from bot.questions.lane import AnswersFirst
from bot.store.engine import Database
from bot.store.tables.questions import QuestionLog

log = logging.getLogger("bot.questions.writer")

LOG = QuestionLog.__table__  # type: ignore[attr-defined]
BATCH_MAX = 200  # rows per statement: 1,200 parameters, well inside SQLite's limit
# Left out of the values a row is matched by (_insert): stored to the hour, read back without its
# time zone on SQLite; rows of one batch alike in everything else are interchangeable.
UNMATCHED = frozenset({"asked_at"})


class Unmatched(Exception):
    """A returned row matched no queued row's values (the batch is rolled back and written again)."""


class QuestionLogWriter:
    def __init__(self, db: Database, lane: AnswersFirst | None = None) -> None:
        self.db = db
        self.lane = lane  # rows nobody waits for yet are written once no answer is in preparation
        self._urgent: asyncio.Event | None = None  # set while a queued row's id is awaited
        self._queue: list[tuple[dict[str, Any], asyncio.Future[int]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self.batches = 0  # statements sent, for tests and the benchmark

    def add(self, values: dict[str, Any], *, urgent: bool = True) -> asyncio.Future[int]:
        """Queue one row; the future gives its id once committed (or raises the database error).
        A row that is not `urgent` may wait for the answers in preparation (bot/questions/lane.py)."""
        loop = asyncio.get_running_loop()
        if self._urgent is None:
            self._urgent = asyncio.Event()
        if urgent:
            self._urgent.set()
        future: asyncio.Future[int] = loop.create_future()
        # A caller that never reads the outcome (it gave up) must not leave an unretrieved exception.
        future.add_done_callback(_consume)
        self._queue.append((values, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = loop.create_task(self._flush(), name="exportwatch-question-log")
        return future

    async def _flush(self) -> None:
        await asyncio.sleep(0)  # one turn of the loop: the rest of a burst joins the first batch
        while self._queue:
            if self.lane is not None:  # answers first, unless someone waits for an id (bounded)
                await self.lane.quiet(unless=self._urgent)
            if self._urgent is not None:
                self._urgent.clear()
            batch, self._queue = self._queue[:BATCH_MAX], self._queue[BATCH_MAX:]
            self.batches += 1
            rows = [values for values, _ in batch]
            try:
                try:
                    ids = await self._insert(rows)
                except Unmatched:  # rolled back: write the batch again, one ordered row at a time
                    ids = await self._insert_ordered(rows)
            except Exception as exc:  # each caller decides what a lost log line means for it
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), row_id in zip(batch, ids, strict=True):
                if not future.done():
                    future.set_result(row_id)

    async def _insert(self, rows: list[dict[str, Any]]) -> list[int]:
        """One multi-row INSERT ... RETURNING for the batch; each row's id found by its values.

        SQLAlchemy can return ids in parameter order only by sending one statement per row on
        SQLite (whose RETURNING order is unspecified): 100 statements and ~300 thread hand-offs for a
        burst of 100. Instead the rows come back with the columns that tell them apart and each
        caller gets the id of a row holding its own values; rows alike in all of them are
        interchangeable. Raises Unmatched (rolling the batch back) if any row cannot be matched."""
        names = [name for name in rows[0] if name not in UNMATCHED]
        async with self.db.begin() as conn:  # outages arrive as StoreUnavailable
            statement = insert(LOG).returning(LOG.c.id, *(LOG.c[name] for name in names))
            returned = (await conn.execute(statement, rows)).fetchall()
            by_values: dict[tuple[Any, ...], list[int]] = {}
            for row in sorted(returned, key=lambda r: int(r[0]), reverse=True):
                by_values.setdefault(tuple(row[1:]), []).append(int(row[0]))
            try:  # the lowest id of a row alike first: SQLite numbers a VALUES list in order
                return [by_values[tuple(values[name] for name in names)].pop() for values in rows]
            except (KeyError, IndexError):
                raise Unmatched from None

    async def _insert_ordered(self, rows: list[dict[str, Any]]) -> list[int]:
        async with self.db.begin() as conn:
            statement = insert(LOG).returning(LOG.c.id, sort_by_parameter_order=True)
            return [int(row[0]) for row in (await conn.execute(statement, rows)).fetchall()]

    async def drain(self, within: float = 10.0) -> None:
        """Write everything queued (on shutdown, before the engine is disposed)."""
        flusher = self._flusher
        if flusher is None or flusher.done():
            return
        try:
            await asyncio.wait_for(asyncio.shield(flusher), within)
        except TimeoutError:
            log.warning("%d question-log rows were still being written at shutdown", len(self._queue))


def _consume(future: asyncio.Future[int]) -> None:
    if not future.cancelled():
        future.exception()
