"""Moderator triage, the state changes: claim, ask, accept, reject, duplicate, void and note (the
queue and a tip in full, which only read: bot/tips/queue.py).

Every action checks the caller's level here in the core (faces cannot forget), changes state only
along `TRANSITIONS` (`can_take`, which the review card's buttons follow too), and writes its audit
event in the same transaction as the change. Changes use optimistic concurrency (UPDATE ... WHERE
status = the status we read), so of two moderators pressing "claim" at once exactly one wins and the
other gets a clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col

from bot.errors import InvalidInput, Refused
from bot.i18n import N_, _
from bot.permissions import Actor, Level
from bot.store.tables.tips import Tip, TipEvent, TipMessage
from bot.tips import technology
from bot.tips.intake import QUESTION_MAX, REASON_MAX, check_text
from bot.tips.model import (
    ACCEPTED,
    CLAIMED,
    CLOSED_STATUSES,
    DUPLICATE,
    NEEDS_INFO,
    NEW,
    REJECTED,
    STATUSES,
    VOID,
    TipView,
    can_take,
    normalise_status,
    parse_tip_id,
    public_id,
    stored_time,
)
from bot.tips.queue import TriageReads, shown_id, shown_status, tip_id_or_error, to_view

TRIAGE_TIPS = N_("triage tips")  # what a refusal says a member may not do (translated in permissions)


def require_triage(actor: Actor) -> None:
    """Refuse triage below moderator: every triage action checks here, and a face may ask first
    (before opening a form) so a member is refused at once rather than after typing."""
    actor.require(Level.MODERATOR, TRIAGE_TIPS)


class TriageActions(TriageReads):
    """Mixed into TipService; needs `db` and `clock` (reads: bot/tips/queue.py)."""

    async def _queue_refresh(self, conn: AsyncConnection, tip: Tip, now: datetime) -> None:
        return None  # TipService queues it

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
        require_triage(actor)
        tip_id = tip_id_or_error(tip_ref)
        now = stored_time(self.clock.now())
        async with self._session() as session:
            tip = await self._get(session, tip_id)
            current = tip.status
            to_status = current if to_status is None else to_status
            if expect is not None and current not in expect:
                raise Refused(_wrong_state(tip_id, current, action))
            if not can_take(action, current, to_status):
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
                        tip=shown_id(tip_id)
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
        require_triage(actor)
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
        require_triage(actor)
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
        require_triage(actor)
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
        require_triage(actor)
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

    async def set_review_message(self, tip_id: int, message_id: int | None) -> None:
        """Remember where the review post is, so buttons and updates find it after a restart."""
        async with self._session() as session:
            await session.exec(update(Tip).where(col(Tip.id) == tip_id).values(review_message_id=message_id))
            await session.commit()

    async def set_answered_message(self, tip_id: int, message_id: int | None) -> bool:
        """Remember the latest "the tipster answered" post, so retention removes it with the tip.
        False if the tip is gone (purged while the post went out): the face deletes the post itself."""
        async with self._session() as session:
            result = await session.exec(
                update(Tip).where(col(Tip.id) == tip_id).values(answered_message_id=message_id)
            )
            await session.commit()
        return bool(result.rowcount)


def _wrong_state(tip_id: int, current: str, action: str) -> str:
    tip, shown = shown_id(tip_id), shown_status(current)
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
