"""What moderators are told in Discord about tips, and when: the core's half of the notice outbox.

Timing: a review card posted the instant a tip is filed, or "the tipster answered" the instant they
reply, lets a moderator line the tip up with who was active in the server. So both are *held*: the
first such notice opens a batch due a uniformly random 0..TIP_NOTICE_DELAY_MAX_SECONDS later, every
notice that arrives before then joins it, and the whole batch is released together.

Copies in Discord: when a tip closes its card is re-rendered (without the contact mention); when
retention purges it, the card becomes a tombstone and its "the tipster answered" post is deleted.
Those are due at once and retried (with a growing pause) until Discord accepts them; a card or
post that is already gone counts as done.

The rows (`tip_notices`) are written in the same transaction as the change they report, so a crash
loses none. The Discord face claims due rows (`claim_due`), renders and sends them, and reports
`done` or `failed`; a claim is a lease, so two processes never send the same notice.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import as_utc
from bot.store.engine import Database
from bot.store.tables import table_of
from bot.store.tables.notices import TipNotice
from bot.tips.model import public_id

CARD = "card"  # post the review card of a new tip (held)
ANSWERED = "answered"  # the tipster answered: refresh the card and say so (held)
REFRESH = "refresh"  # re-render the card (its tip closed: no contact mention any more)
TOMBSTONE = "tombstone"  # the tip was purged: the card must no longer show anything of it
REMOVE = "remove"  # the tip was purged: delete its "the tipster answered" post
GONE = (TOMBSTONE, REMOVE)  # what a purge leaves to do, after the tip itself is gone
HELD = (CARD, ANSWERED)

CLAIM_FOR = timedelta(minutes=2)  # a process that died mid-send gives the notice back after this
MAX_PAUSE = timedelta(hours=1)  # between retries of a notice Discord keeps refusing
N = table_of(TipNotice).c
_random = random.SystemRandom()


@dataclass(frozen=True)
class Notice:
    id: int
    kind: str
    tip_id: int
    public_id: str
    message_id: int | None
    attempts: int
    # Our claim on the row (claim_due, renew): the face renews it before each send and skips a notice
    # another process has taken meanwhile.
    claimed_until: datetime | None = None
    # Tried before (it failed, or an earlier claim lapsed, say by a crash): an earlier attempt may have
    # posted a card Discord has and the bot never wrote down, which the face must adopt, not repeat.
    retried: bool = False


def to_the_minute(when: datetime, *, up: bool = True) -> datetime:
    """A due time as stored: to the whole minute. To the microsecond, a held card's due time bounded
    its tip's filing to the random delay before it, far finer than the stored hour. Held notices and
    retries round up (never out before their moment); a notice due at once rounds down (still due)."""
    whole = when.replace(second=0, microsecond=0)
    return whole if whole == when or not up else whole + timedelta(minutes=1)


async def held_due(conn: AsyncConnection, now: datetime, delay_max_seconds: int) -> datetime:
    """When a held notice written now is released: with the open batch, or a fresh random moment."""
    if delay_max_seconds <= 0:
        return to_the_minute(now, up=False)
    open_batch: datetime | None = (
        # A notice waiting to be retried is not a batch to join (its pause can be an hour).
        await conn.execute(
            select(func.min(N.due_at)).where(N.kind.in_(HELD), N.due_at > now, N.attempts == 0)
        )
    ).scalar()
    if open_batch is not None:
        return as_utc(open_batch)
    return to_the_minute(now + timedelta(seconds=_random.uniform(0, delay_max_seconds)))


async def add(
    conn: AsyncConnection,
    kind: str,
    tip_ids: Iterable[int],
    now: datetime,
    *,
    delay_max_seconds: int = 0,
    message_ids: Mapping[int, int | None] | None = None,
) -> None:
    """Queue `kind` for each tip, inside the caller's transaction (held kinds join the open batch)."""
    ids = list(tip_ids)
    if not ids:
        return
    due = await held_due(conn, now, delay_max_seconds) if kind in HELD else to_the_minute(now, up=False)
    await conn.execute(
        insert(table_of(TipNotice)),
        [
            {
                "kind": kind,
                "tip_id": tip_id,
                "public_id": public_id(tip_id),
                "message_id": (message_ids or {}).get(tip_id),
                "due_at": due,
                "attempts": 0,
                "claimed_until": None,
            }
            for tip_id in ids
        ],
    )


async def forget_tips(conn: AsyncConnection, tip_ids: Iterable[int]) -> None:
    """Drop pending card work for tips being purged (their tombstones and removals are queued instead)."""
    ids = list(tip_ids)
    if ids:
        await conn.execute(delete(table_of(TipNotice)).where(N.tip_id.in_(ids), N.kind.not_in(GONE)))


class Notices:
    """The outbox as the Discord face uses it: what is due, and how each attempt went."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def claim_due(self, now: datetime, limit: int = 100) -> list[Notice]:
        """Every due notice nobody is working on (a released batch comes out whole), claimed for us."""
        free = or_(N.claimed_until.is_(None), N.claimed_until < now)
        async with self.db.begin() as conn:
            lapsed = {
                notice_id: claimed_until is not None
                for notice_id, claimed_until in await conn.execute(
                    select(N.id, N.claimed_until)
                    .where(N.due_at <= now, free)
                    .order_by(N.due_at, N.id)
                    .limit(limit)
                )
            }
            if not lapsed:
                return []
            until = now + CLAIM_FOR
            rows = await conn.execute(
                update(table_of(TipNotice))
                .where(N.id.in_(list(lapsed)), free)
                .values(claimed_until=until)
                .returning(N.id, N.kind, N.tip_id, N.public_id, N.message_id, N.attempts)
            )
            claimed = [
                Notice(
                    id=row.id,
                    kind=row.kind,
                    tip_id=row.tip_id,
                    public_id=row.public_id,
                    message_id=row.message_id,
                    attempts=row.attempts,
                    claimed_until=until,
                    retried=bool(row.attempts) or lapsed[row.id],
                )
                for row in rows
            ]
        # Cards first, then answers, then edits: in their batch order.
        order = {CARD: 0, ANSWERED: 1, REFRESH: 2, TOMBSTONE: 3, REMOVE: 4}
        return sorted(claimed, key=lambda n: (order.get(n.kind, 9), n.id))

    async def renew(self, notice: Notice, now: datetime) -> Notice | None:
        """Extend our claim just before sending; None if it lapsed and another process took the notice.

        A batch is claimed whole but sent one notice at a time, at Discord's pace: a long batch can
        outlast its claim, and a second process would post the same card again (the bot then keeps one
        card's id, and the other card is never re-rendered nor purged).
        """
        until = now + CLAIM_FOR
        async with self.db.begin() as conn:
            result = await conn.execute(
                update(table_of(TipNotice))
                .where(N.id == notice.id, N.claimed_until == notice.claimed_until)
                .values(claimed_until=until)
            )
        return replace(notice, claimed_until=until) if result.rowcount == 1 else None

    async def done(self, notice: Notice) -> None:
        """The notice went out: delete it, if it is still the row we claimed. A purge meanwhile may
        have dropped it and queued a tombstone; matching the claim, not only the id, never deletes
        that tombstone (on SQLite a new row could take the dropped row's id)."""
        async with self.db.begin() as conn:
            await conn.execute(delete(table_of(TipNotice)).where(*_ours(notice)))

    async def failed(self, notice: Notice, now: datetime) -> datetime:
        """Discord refused or was unreachable: try again after a pause that grows with each attempt."""
        pause: timedelta = min(timedelta(minutes=1) * (2 ** min(notice.attempts, 10)), MAX_PAUSE)
        async with self.db.begin() as conn:
            await conn.execute(
                update(table_of(TipNotice))
                .where(*_ours(notice))
                .values(attempts=notice.attempts + 1, due_at=to_the_minute(now + pause), claimed_until=None)
            )
        return to_the_minute(now + pause)

    async def next_due(self) -> datetime | None:
        """When the next notice falls due (the face sleeps until then, or until woken)."""
        async with self.db.connect() as conn:
            due: datetime | None = (await conn.execute(select(func.min(N.due_at)))).scalar()
            return as_utc(due)

    async def pending(self) -> list[tuple[str, int, datetime]]:
        """(kind, tip id, due) of every notice waiting: for tests and the health of the outbox."""
        async with self.db.connect() as conn:
            rows = await conn.execute(select(N.kind, N.tip_id, N.due_at).order_by(N.id))
            return [(k, t, as_utc(d)) for k, t, d in rows]


def _ours(notice: Notice) -> tuple[ColumnElement[bool], ...]:
    """The row `notice` was claimed as: its id and our claim on it."""
    if notice.claimed_until is None:
        return (N.id == notice.id,)
    return (N.id == notice.id, N.claimed_until == notice.claimed_until)
