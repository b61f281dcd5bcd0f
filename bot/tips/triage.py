"""Moderator triage: claim, ask, accept, reject, duplicate, void, note, queue and show.

Every action checks the caller's level here in the core (faces cannot forget), changes state only
along `TRANSITIONS`, and writes its audit event in the same transaction as the change. Changes use
optimistic concurrency (UPDATE ... WHERE status = the status we read), so of two moderators pressing
"claim" at once exactly one wins and the other gets a clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.clock import Clock
from bot.errors import InvalidInput, NotFound, Refused
from bot.i18n import N_, _, format_number, isolate, pgettext
from bot.permissions import Actor, Level
from bot.store.engine import Database
from bot.store.tables.tips import Tip, TipEvent, TipMessage
from bot.tips import technology
from bot.tips.fields import from_columns
from bot.tips.intake import QUESTION_MAX, REASON_MAX, check_text
from bot.tips.model import (
    ACCEPTED,
    CLAIMED,
    CLOSED_STATUSES,
    DUPLICATE,
    NEEDS_INFO,
    NEW,
    OPEN_STATUSES,
    QUEUE_MAX,
    REJECTED,
    STATUSES,
    VOID,
    EventView,
    MessageView,
    TipDetail,
    TipView,
    as_shown,
    can_transition,
    normalise_status,
    parse_tip_id,
    public_id,
    status_word,
    stored_time,
)

QUEUE_LIMIT = 25
TRIAGE_TIPS = N_("triage tips")  # what a refusal says a member may not do (translated in permissions)


def shown_status(status: str) -> str:
    """A status as moderators read it in their language: the word /triage offers as a choice."""
    return pgettext("choice", status_word(status))


def _shown_id(tip_id: int) -> str:
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
        closed_at=as_shown(tip.closed_at),
        unanswered_question=unanswered,
    )


def tip_id_or_error(value: str | int) -> int:
    tip_id = parse_tip_id(value)
    if tip_id is None:
        raise InvalidInput(_("“{value}” is not a tip id; tip ids look like TIP-0042.").format(value=value))
    return tip_id


class TriageActions:
    """Mixed into TipService; needs `db` and `clock`."""

    db: Database
    clock: Clock

    async def _queue_refresh(self, conn: AsyncConnection, tip: Tip, now: datetime) -> None:
        return None  # TipService queues it

    def _session(self) -> AbstractAsyncContextManager[AsyncSession]:
        """A session; the store turns its outages into `StoreUnavailable` (bot/store/engine.py)."""
        return self.db.sessions()

    async def _get(self, session: AsyncSession, tip_id: int) -> Tip:
        tip = await session.get(Tip, tip_id)
        if tip is None:
            raise NotFound(
                _("There is no {tip} (it may have been purged after closing).").format(tip=_shown_id(tip_id))
            )
        return tip

    async def _transition(
        self,
        actor: Actor,
        tip_ref: str | int,
        to_status: str | None,
        action: str,
        *,
        detail: str = "",
        extra: Callable[[Tip], dict[str, Any]] | None = None,
        expect: frozenset[str] | None = None,
        message: str | None = None,
    ) -> TipView:
        """Move a tip to `to_status` (None or equal: keep it) with its audit event, atomically."""
        actor.require(Level.MODERATOR, TRIAGE_TIPS)
        tip_id = tip_id_or_error(tip_ref)
        now = stored_time(self.clock.now())
        async with self._session() as session:
            tip = await self._get(session, tip_id)
            current = tip.status
            to_status = current if to_status is None else to_status
            if expect is not None and current not in expect:
                raise Refused(_wrong_state(tip_id, current, action))
            # A further question keeps needs-info; naming the technology keeps any status.
            same = to_status == current and action in ("ask", "technology")
            if not same and not can_transition(current, to_status):
                raise Refused(_wrong_state(tip_id, current, action))
            values: dict[str, Any] = {"status": to_status, "updated_at": now}
            if tip.first_action_at is None and action != "technology":  # like a note: no decision
                values["first_action_at"] = now
            if to_status in CLOSED_STATUSES and current not in CLOSED_STATUSES:
                values["closed_at"] = now
                values["decided_at"] = now
            if extra is not None:
                values.update(extra(tip))
            result = await session.exec(
                update(Tip).where(col(Tip.id) == tip_id, col(Tip.status) == current).values(**values)
            )
            if result.rowcount != 1:
                await session.rollback()
                raise Refused(
                    _("Someone else changed {tip} just now; refresh it and try again.").format(
                        tip=_shown_id(tip_id)
                    )
                )
            session.add(
                TipEvent(
                    tip_id=tip_id,
                    at=now,
                    actor_id=actor.user_id,
                    actor_role="moderator",
                    action=action,
                    from_status=current,
                    to_status=to_status,
                    detail=detail,
                )
            )
            if message is not None:
                session.add(
                    TipMessage(
                        tip_id=tip_id, at=now, direction="to_tipster", author_id=actor.user_id, body=message
                    )
                )
            if to_status in CLOSED_STATUSES or action == "technology":
                # Its card in Discord is re-rendered (without the contact mention once closed).
                await self._queue_refresh(await session.connection(), tip, now)
            await session.commit()
            await session.refresh(tip)
            return to_view(tip)

    async def claim(self, actor: Actor, tip_ref: str | int) -> TipView:
        return await self._transition(
            actor,
            tip_ref,
            CLAIMED,
            "claim",
            expect=frozenset({NEW, NEEDS_INFO}),  # taking back a tip that waited long enough for an answer
            extra=lambda _t: {"claimed_by": actor.user_id},
        )

    async def release(self, actor: Actor, tip_ref: str | int) -> TipView:
        return await self._transition(
            actor, tip_ref, NEW, "release", expect=frozenset({CLAIMED}), extra=lambda _t: {"claimed_by": None}
        )

    async def ask(self, actor: Actor, tip_ref: str | int, question: str) -> TipView:
        """A question to the tipster, readable with their receipt; the tip waits in needs-info."""
        text = check_text(question, what="question", limit=QUESTION_MAX)
        return await self._transition(
            actor,
            tip_ref,
            NEEDS_INFO,
            "ask",
            detail=text,
            message=text,
            expect=frozenset({NEW, CLAIMED, NEEDS_INFO}),
            extra=lambda t: {"claimed_by": t.claimed_by or actor.user_id},
        )

    async def accept(self, actor: Actor, tip_ref: str | int, reason: str = "") -> TipView:
        text = check_text(reason, what="reason", limit=REASON_MAX, required=False)
        return await self._transition(
            actor, tip_ref, ACCEPTED, "accept", detail=text, extra=lambda _t: {"reason": text}
        )

    async def reject(self, actor: Actor, tip_ref: str | int, reason: str = "") -> TipView:
        text = check_text(reason, what="reason", limit=REASON_MAX, required=False)
        return await self._transition(
            actor, tip_ref, REJECTED, "reject", detail=text, extra=lambda _t: {"reason": text}
        )

    async def void(self, actor: Actor, tip_ref: str | int, reason: str) -> TipView:
        """Instead of deleting a tip filed by mistake: it stays in the audit trail until retention."""
        text = check_text(reason, what="reason for voiding", limit=REASON_MAX)
        return await self._transition(
            actor, tip_ref, VOID, "void", detail=text, extra=lambda _t: {"reason": text}
        )

    async def mark_duplicate(
        self, actor: Actor, tip_ref: str | int, of_ref: str | int, reason: str = ""
    ) -> TipView:
        actor.require(Level.MODERATOR, TRIAGE_TIPS)
        tip_id, of_id = tip_id_or_error(tip_ref), tip_id_or_error(of_ref)
        if tip_id == of_id:
            raise InvalidInput(_("A tip cannot be a duplicate of itself."))
        async with self._session() as session:
            await self._get(session, of_id)
        text = check_text(reason, what="reason", limit=REASON_MAX, required=False)
        detail = f"duplicate of {public_id(of_id)}" + (f": {text}" if text else "")
        return await self._transition(
            actor,
            tip_id,
            DUPLICATE,
            "duplicate",
            detail=detail,
            extra=lambda _t: {"duplicate_of": of_id, "reason": detail},
        )

    async def set_technology(self, actor: Actor, tip_ref: str | int, value: str) -> TipView:
        """A moderator confirms or corrects the technology (one the bot knows; "none" clears it)."""
        actor.require(Level.MODERATOR, TRIAGE_TIPS)
        tech = technology.chosen(value)
        return await self._transition(
            actor,
            tip_ref,
            None,  # whatever its status: the change is made against the status read
            "technology",
            detail=tech or "none",
            extra=lambda _t: {"technology": tech, "technology_by": technology.MODERATOR if tech else ""},
        )

    async def note(self, actor: Actor, tip_ref: str | int, text: str) -> TipView:
        """A moderator-only note: an audit event that changes nothing else."""
        body = check_text(text, what="note", limit=QUESTION_MAX)
        actor.require(Level.MODERATOR, TRIAGE_TIPS)
        tip_id = tip_id_or_error(tip_ref)
        async with self._session() as session:
            tip = await self._get(session, tip_id)
            session.add(
                TipEvent(
                    tip_id=tip_id,
                    at=stored_time(self.clock.now()),
                    actor_id=actor.user_id,
                    actor_role="moderator",
                    action="note",
                    from_status=tip.status,
                    to_status=tip.status,
                    detail=body,
                )
            )
            await session.commit()
            return to_view(tip)

    async def set_status(self, actor: Actor, tip_ref: str | int, status: str, reason: str = "") -> TipView:
        """The one generic entry point (`/triage set`), routed to the specific action for its rules."""
        actor.require(Level.MODERATOR, TRIAGE_TIPS)
        try:
            target = normalise_status(status)
        except ValueError:
            raise InvalidInput(
                _("“{status}” is not a tip status; use one of: {statuses}.").format(
                    status=status, statuses=", ".join(shown_status(s) for s in STATUSES)
                )
            ) from None
        if target == CLAIMED:
            return await self.claim(actor, tip_ref)
        if target == NEW:
            return await self.release(actor, tip_ref)
        if target == NEEDS_INFO:
            if not reason.strip():
                raise InvalidInput(_("To ask the tipster for more, give the question as the reason."))
            return await self.ask(actor, tip_ref, reason)
        if target == ACCEPTED:
            return await self.accept(actor, tip_ref, reason)
        if target == REJECTED:
            return await self.reject(actor, tip_ref, reason)
        if target == DUPLICATE:
            of = next((w for w in reason.replace(",", " ").split() if parse_tip_id(w)), None)
            if of is None:
                raise InvalidInput(
                    _("To mark a duplicate, give the original tip id as the reason, e.g. TIP-0012.")
                )
            return await self.mark_duplicate(actor, tip_ref, of, reason)
        return await self.void(actor, tip_ref, reason)

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
            events = (
                await session.exec(
                    select(TipEvent)
                    .where(TipEvent.tip_id == tip_id)
                    .order_by(col(TipEvent.id))  # times are hourly; ids keep the order
                )
            ).all()
            messages = (
                await session.exec(
                    select(TipMessage)
                    .where(TipMessage.tip_id == tip_id)
                    .order_by(col(TipMessage.id))  # times are hourly; ids keep the order
                )
            ).all()
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

    async def set_review_message(self, tip_id: int, message_id: int | None) -> None:
        """Remember where the review post is, so buttons and updates find it after a restart."""
        async with self._session() as session:
            await session.exec(update(Tip).where(col(Tip.id) == tip_id).values(review_message_id=message_id))
            await session.commit()


def message_view(m: TipMessage, *, hide_author: bool = False) -> MessageView:
    return MessageView(as_shown(m.at), m.direction, None if hide_author else m.author_id, m.body)


def _wrong_state(tip_id: int, current: str, action: str) -> str:
    tip, shown = _shown_id(tip_id), shown_status(current)
    if current in CLOSED_STATUSES:
        return _("{tip} is already closed ({status}); it can only be voided.").format(tip=tip, status=shown)
    if action == "claim" and current == CLAIMED:
        return _("{tip} has already been claimed by another moderator.").format(tip=tip)
    sentence = _WRONG_STATE.get(action)
    if sentence is None:  # an action added without its sentence: still a whole, polite message
        return _("{tip} is {status}, so that cannot be done now.").format(tip=tip, status=shown)
    return _(sentence).format(tip=tip, status=shown)


# One whole sentence per action (not a past participle spliced into one), so every language can
# word it its own way.
_WRONG_STATE = {
    "claim": N_("{tip} is {status}, so it cannot be claimed now."),
    "release": N_("{tip} is {status}, so it cannot be released now."),
    "ask": N_("{tip} is {status}, so it cannot be sent a question now."),
    "accept": N_("{tip} is {status}, so it cannot be accepted now."),
    "reject": N_("{tip} is {status}, so it cannot be rejected now."),
    "void": N_("{tip} is {status}, so it cannot be voided now."),
    "duplicate": N_("{tip} is {status}, so it cannot be marked a duplicate now."),
}
