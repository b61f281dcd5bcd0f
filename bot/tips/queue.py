"""What moderators read in triage: the queue, one tip in full, and the views every triage answer is.

Split from triage.py (the state changes) so each file keeps one job; the actions build on this
(`TriageActions` extends `TriageReads`), never the other way round. Reads check the caller's level
here in the core, as the actions do.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, TypeVar

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound
from bot.i18n import N_, _, format_number, isolate, pgettext
from bot.permissions import Actor, Level
from bot.store.engine import Database
from bot.store.tables.tips import Tip, TipEvent, TipMessage
from bot.tips.fields import from_columns
from bot.tips.model import (
    OPEN_STATUSES,
    QUEUE_MAX,
    EventView,
    MessageView,
    TipDetail,
    TipView,
    as_shown,
    normalise_status,
    parse_tip_id,
    public_id,
    status_word,
)

QUEUE_LIMIT = 25
Row = TypeVar("Row", TipEvent, TipMessage)


def shown_status(status: str) -> str:
    """A status as moderators read it in their language: the word /triage offers as a choice."""
    return pgettext("choice", status_word(status))


def shown_id(tip_id: int) -> str:
    return isolate(public_id(tip_id))


def to_view(tip: Tip, *, unanswered: bool = False) -> TipView:
    assert tip.id is not None
    return TipView(
        id=tip.id,
        public_id=public_id(tip.id),
        status=tip.status,
        # Every time a view carries is to the hour: faces cannot show a finer one (model.as_shown).
        created_at=as_shown(tip.created_at),
        updated_at=as_shown(tip.updated_at),
        **from_columns(tip),
        technology_by=tip.technology_by,
        anonymous=tip.anonymous,
        reporter_id=None if tip.anonymous else tip.reporter_id,
        claimed_by=tip.claimed_by,
        duplicate_of=tip.duplicate_of,
        possible_duplicates=tip.possible_duplicates,
        reason=tip.reason,
        review_message_id=tip.review_message_id,
        answered_message_id=tip.answered_message_id,
        closed_at=as_shown(tip.closed_at),
        unanswered_question=unanswered,
    )


def tip_id_or_error(value: str | int) -> int:
    tip_id = parse_tip_id(value)
    if tip_id is None:
        raise InvalidInput(_("“{value}” is not a tip id; tip ids look like TIP-0042.").format(value=value))
    return tip_id


def message_view(m: TipMessage, *, hide_author: bool = False) -> MessageView:
    return MessageView(as_shown(m.at), m.direction, None if hide_author else m.author_id, m.body)


async def _history(session: AsyncSession, table: type[Row], tip_id: int) -> Sequence[Row]:
    """A tip's events or messages in the order they happened: times are hourly, so ids keep it."""
    query = select(table).where(col(table.tip_id) == tip_id).order_by(col(table.id))
    return (await session.exec(query)).all()


class TriageReads:
    """Mixed into TipService (through TriageActions); needs `db` and `clock`."""

    db: Database
    clock: Clock

    def _session(self) -> AbstractAsyncContextManager[AsyncSession]:
        """A session; the store turns its outages into `StoreUnavailable` (bot/store/engine.py)."""
        return self.db.sessions()

    async def _get(self, session: AsyncSession, tip_id: int) -> Tip:
        tip = await session.get(Tip, tip_id)
        if tip is None:
            raise NotFound(
                _("There is no {tip} (it may have been purged after closing).").format(tip=shown_id(tip_id))
            )
        return tip

    async def queue(
        self, actor: Actor, status: str | None = None, *, mine: bool = False, limit: int = QUEUE_LIMIT
    ) -> list[TipView]:
        """Open tips oldest first (or one status); `mine` = claimed by the caller."""
        actor.require(Level.MODERATOR, N_("see the tip queue"))
        if not 1 <= limit <= QUEUE_MAX:  # never quietly show one tip for 0, or 100 for 500
            raise InvalidInput(
                _("The queue shows 1 to {max} tips at a time.").format(max=format_number(QUEUE_MAX))
            )
        query = select(Tip).where(*self._queue_filter(actor, status, mine))
        query = query.order_by(col(Tip.created_at), col(Tip.id)).limit(limit)
        async with self._session() as session:
            tips = (await session.exec(query)).all()
            return [to_view(t) for t in tips]

    async def queue_total(self, actor: Actor, status: str | None = None, *, mine: bool = False) -> int:
        """How many tips the same queue holds in all: a listing cut to fit says how many it left out."""
        actor.require(Level.MODERATOR, N_("see the tip queue"))
        query = select(func.count()).select_from(Tip).where(*self._queue_filter(actor, status, mine))
        async with self._session() as session:
            return int((await session.exec(query)).one())

    @staticmethod
    def _queue_filter(actor: Actor, status: str | None, mine: bool) -> list[Any]:
        """The queue's conditions: one status (or every open one), and only the caller's claims."""
        if status:
            try:
                conditions = [col(Tip.status) == normalise_status(status)]
            except ValueError:
                raise InvalidInput(_("“{status}” is not a tip status.").format(status=status)) from None
        else:
            conditions = [col(Tip.status).in_(OPEN_STATUSES)]
        if mine:
            conditions.append(col(Tip.claimed_by) == actor.user_id)
        return conditions

    async def show(self, actor: Actor, tip_ref: str | int) -> TipDetail:
        actor.require(Level.MODERATOR, N_("see tips"))
        tip_id = tip_id_or_error(tip_ref)
        async with self._session() as session:
            tip = await self._get(session, tip_id)
            events = await _history(session, TipEvent, tip_id)
            messages = await _history(session, TipMessage, tip_id)
        return TipDetail(
            tip=to_view(tip, unanswered=bool(messages) and messages[-1].direction == "to_tipster"),
            events=[
                EventView(
                    as_shown(e.at),
                    e.actor_id,
                    e.actor_role,
                    e.action,
                    e.from_status,
                    e.to_status,
                    e.detail,
                )
                for e in events
            ],
            messages=[message_view(m) for m in messages],
        )
