"""Group commit for filing: one writer per service writes queued tips in one transaction.

Why: a commit is the expensive part of a filing (SQLite has one writer and, at the
`synchronous=FULL` the engine sets, syncs the WAL to disk per commit; PostgreSQL flushes its WAL
per commit with `synchronous_commit=on`, which the writer sets for its transactions), and a burst
of members pressing Send at once used to queue for one commit each. Filings that arrive while a
batch is being written wait and are then written together: one transaction, one commit, and each
caller's future resolves only after that commit, so a confirmation means the tip is durably
stored, power cut included (tests/faults/test_kill9_burst.py kills the process right after a
confirmation and checks the setting of the committing connection).

A batch is a fixed handful of statements whatever its size, so no savepoints are needed: after
taking the locks (SQLite's write lock; PostgreSQL advisory locks per member), one read finds
interaction ids already filed and one reads each member's cooldown and open-tip count; replays,
cooldowns and caps are then decided in arrival order in Python, before any write. Tips go in as one
multi-row `INSERT ... ON CONFLICT (interaction_id) DO NOTHING` (a replay filed meanwhile by another
process returns no id and is looked up), then one insert each for audit events and rate keys. An
unexpected error fails the batch; its filings are then retried one per transaction so one bad
filing (say, a receipt hash collision) never fails the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.errors import InvalidInput
from bot.i18n import current, use_locale
from bot.store.tables import table_of
from bot.store.tables.tips import Tip, TipEvent, TipRateKey
from bot.tips.model import stored_time
from bot.tips.ratelimit import RateKeys

# Enough to amortise a commit; small enough that one transaction never holds locks for long.
MAX_BATCH = 250


@dataclass
class Filing:
    """A validated tip ready to store: column values for `tips`, the member key, and the caller's future."""

    values: dict[str, Any]
    key: str | None
    done: asyncio.Future[Stored] = field(repr=False)
    # The filer's language: a refusal is worded in the batch task, which another member's filing
    # may have started (its context, its language), so each filing brings its own.
    language: str = field(default_factory=current)


@dataclass(frozen=True)
class Stored:
    tip_id: int
    replayed: bool
    anonymous: bool
    possible_duplicates: str


class TipWriter:
    """Writes filings in batches; `write` returns once the tip is committed (or raises why not)."""

    def __init__(
        self,
        sessions: Callable[[], AbstractAsyncContextManager[AsyncSession]],
        rate: RateKeys,
        now: Callable[[], datetime],
        after_insert: Callable[[AsyncConnection, list[int], datetime], Awaitable[None]] | None = None,
    ) -> None:
        self._sessions = sessions  # an async context manager factory yielding an AsyncSession
        self._rate = rate
        self._now = now
        # Called in the batch's transaction with the new tips' ids (queues their review cards).
        self._after_insert = after_insert
        self.max_batch = MAX_BATCH  # 1 gives one transaction per tip (the benchmark's baseline)
        self._pending: list[Filing] = []
        self._task: asyncio.Task[None] | None = None

    async def write(self, values: dict[str, Any], key: str | None) -> Stored:
        loop = asyncio.get_running_loop()
        filing = Filing(values, key, loop.create_future())
        self._pending.append(filing)
        if self._task is None or self._task.done() or self._task.get_loop() is not loop:
            self._task = loop.create_task(self._drain())
        return await filing.done

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
            try:
                await self._commit(batch)
            except Exception as err:
                if len(batch) == 1:
                    _fail(batch[0], err)
                    continue
                for filing in batch:  # isolate whichever filing (or moment) failed the batch
                    try:
                        await self._commit([filing])
                    except Exception as alone:
                        _fail(filing, alone)

    async def _commit(self, batch: list[Filing]) -> None:
        """Write `batch` in one transaction with a fixed handful of statements, whatever its size."""
        results: dict[int, Stored | InvalidInput] = {}
        t = table_of(Tip).c
        async with self._sessions() as session:
            conn = await session.connection()
            dialect = conn.dialect.name
            if dialect == "sqlite":
                # Take SQLite's write lock before reading anything, so the anti-abuse decisions and the
                # writes are one atomic step across processes, and the batch is one transaction.
                await conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                # A confirmation promises the tip survives a crash, whatever the server's default.
                await conn.exec_driver_sql("SET LOCAL synchronous_commit = on")
            keys = sorted({f.key for f in batch if f.key is not None})
            await self._rate.lock_all(conn, keys)  # PostgreSQL: per member, across processes
            now = self._now()
            at = stored_time(now)  # what is stored: to the hour, never the instant of filing
            ids = {f.values["interaction_id"] for f in batch} - {None}
            filed = set(
                (await conn.execute(select(t.interaction_id).where(t.interaction_id.in_(ids)))).scalars()
                if ids
                else ()
            )
            states = await self._rate.states(conn, keys, now)
            rows: list[dict[str, Any]] = []
            replays: dict[int, int] = {}  # position in batch -> interaction id
            for pos, filing in enumerate(batch):
                interaction_id = filing.values["interaction_id"]
                if interaction_id in filed:  # a replay, even within this batch: the first one files
                    replays[pos] = interaction_id
                    continue
                if filing.key is not None:
                    with use_locale(filing.language):
                        refused = self._rate.admit(filing.key, states[filing.key], now)
                    if refused is not None:
                        results[pos] = refused
                        continue
                if interaction_id is not None:
                    filed.add(interaction_id)
                rows.append({**filing.values, "created_at": at, "updated_at": at})
            stored: dict[str, int] = {}
            if rows:
                # Another process may have filed one of these interaction ids since the check above.
                inserted = await conn.execute(_insert_tip(dialect).returning(t.id, t.receipt_hash), rows)
                stored = {receipt_hash: tip_id for tip_id, receipt_hash in inserted}
            for pos, filing in enumerate(batch):
                tip_id = stored.get(filing.values["receipt_hash"])
                if tip_id is not None:
                    results[pos] = Stored(
                        tip_id, False, filing.values["anonymous"], filing.values["possible_duplicates"]
                    )
                elif pos not in results and pos not in replays:
                    replays[pos] = filing.values["interaction_id"]
            new = [(batch[pos], r) for pos, r in results.items() if isinstance(r, Stored)]
            if new:
                await conn.execute(insert(table_of(TipEvent)), [_event(r, at) for _, r in new])
                if self._after_insert is not None:
                    await self._after_insert(conn, [r.tip_id for _, r in new], now)
            # Anti-abuse rows of admitted filings (a filing whose tip insert lost to a replay still
            # counts, as the member did press Send); they name no tip and no member.
            rate_rows = [row for state in states.values() for row in state.new_rows]
            if rate_rows:
                await conn.execute(insert(table_of(TipRateKey)), rate_rows)
            if replays:
                found = {
                    r.interaction_id: r
                    for r in await conn.execute(
                        select(t.id, t.interaction_id, t.anonymous, t.possible_duplicates).where(
                            t.interaction_id.in_(set(replays.values()))
                        )
                    )
                }
                for pos, interaction_id in replays.items():
                    r = found[interaction_id]  # always there: its insert conflicted or it was seen above
                    results[pos] = Stored(r.id, True, r.anonymous, r.possible_duplicates)
            await session.commit()
        for pos, filing in enumerate(batch):
            outcome = results[pos]
            if isinstance(outcome, InvalidInput):
                _fail(filing, outcome)
            elif not filing.done.done():
                filing.done.set_result(outcome)
        if rate_rows and dialect == "postgresql":  # after the confirmations: it delays nobody
            async with self._sessions() as session:
                await _scatter(session, self._rate)


async def _scatter(session: AsyncSession, rate: RateKeys) -> None:
    """Put the new anti-abuse marks out of filing order (ratelimit.RateKeys.scatter). The tips are
    committed already: a failure here (the table is busy) only leaves it to the next batch."""
    try:
        await rate.scatter(await session.connection())
        await session.commit()
    except Exception:  # never fail filings that are stored; the next batch (or retention) scatters
        # Not logged: this runs as a tip is committed, and a line's timestamp would time the filing.
        await session.rollback()


def _insert_tip(dialect: str) -> postgresql.Insert | sqlite.Insert:
    if dialect == "postgresql":
        return postgresql.insert(table_of(Tip)).on_conflict_do_nothing(index_elements=["interaction_id"])
    return sqlite.insert(table_of(Tip)).on_conflict_do_nothing(index_elements=["interaction_id"])


def _event(stored: Stored, now: datetime) -> dict[str, Any]:
    return {
        "tip_id": stored.tip_id,
        "at": now,
        "actor_id": None,
        "actor_role": "tipster",
        "action": "file",
        "from_status": None,
        "to_status": "new",
        "detail": "anonymous" if stored.anonymous else "contact allowed",
    }


def _fail(filing: Filing, err: BaseException) -> None:
    if not filing.done.done():
        filing.done.set_exception(err)
