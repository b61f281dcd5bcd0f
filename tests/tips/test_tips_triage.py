"""Triage: the state machine (every allowed and every disallowed change), audit, concurrency, follow-up."""

from __future__ import annotations

import asyncio
import itertools

import pytest
from sqlmodel import col, select

from bot.errors import InvalidInput, NotFound, Refused
from bot.store.engine import Database
from bot.store.tables.tips import Tip, TipEvent
from bot.tips.model import (
    ACCEPTED,
    CLAIMED,
    DUPLICATE,
    NEEDS_INFO,
    NEW,
    REJECTED,
    STATUSES,
    TRANSITIONS,
    VOID,
    card_actions,
)
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, MOD, MOD2, form

REASONS = {NEEDS_INFO: "Which city was it?", VOID: "filed by mistake", ACCEPTED: "", REJECTED: "no evidence"}


async def reach(tips: TipService, status: str) -> int:
    """A fresh tip in `status`, walked there through the ordinary actions."""
    tip_id = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
    if status == NEW:
        return tip_id
    if status == CLAIMED:
        await tips.claim(MOD, tip_id)
    elif status == DUPLICATE:
        other = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
        await tips.mark_duplicate(MOD, tip_id, other)
    else:
        await tips.set_status(MOD, tip_id, status, REASONS[status])
    return tip_id


async def events(db: Database, tip_id: int) -> list[TipEvent]:
    async with db.sessions() as s:
        return list(
            (await s.exec(select(TipEvent).where(TipEvent.tip_id == tip_id).order_by(col(TipEvent.id)))).all()
        )


async def status_of(db: Database, tip_id: int) -> str:
    async with db.sessions() as s:
        tip = await s.get(Tip, tip_id)
        assert tip is not None
        return tip.status


def reason_for(target: str, tip_id: int) -> str:
    return f"TIP-{tip_id + 1000:04d}" if target == DUPLICATE else REASONS.get(target, "")


@pytest.mark.parametrize(
    ("start", "target"),
    [(a, b) for a, b in itertools.product(STATUSES, STATUSES) if a != b and b not in TRANSITIONS[a]],
)
async def test_every_disallowed_transition_is_refused_and_leaves_no_trace(
    tips: TipService, db: Database, start: str, target: str
) -> None:
    tip_id = await reach(tips, start)
    reason = reason_for(target, tip_id)
    if target == DUPLICATE:  # name a real, open original: only the transition itself may be refused
        reason = (await tips.file_tip(form(), reporter=None, anonymous=True)).public_id
    before = len(await events(db, tip_id))
    with pytest.raises(Refused, match=r"cannot|can only be voided"):
        await tips.set_status(MOD, tip_id, target, reason)
    assert await status_of(db, tip_id) == start
    assert len(await events(db, tip_id)) == before


def test_closed_tips_can_only_be_voided_per_the_documented_rules() -> None:
    """The parametrised tests above derive their cases from TRANSITIONS; this pins TRANSITIONS itself
    to the README's rule, so widening it (say, accepted -> duplicate) cannot pass unnoticed."""
    for closed in (ACCEPTED, REJECTED, DUPLICATE):
        assert TRANSITIONS[closed] == {VOID}
    assert TRANSITIONS[VOID] == frozenset()


@pytest.mark.parametrize(("start", "target"), [(a, b) for a in STATUSES for b in sorted(TRANSITIONS[a])])
async def test_every_allowed_transition_works_and_is_audited(
    tips: TipService, db: Database, start: str, target: str
) -> None:
    tip_id = await reach(tips, start)
    reason = reason_for(target, tip_id)
    if target == DUPLICATE:
        reason = (await tips.file_tip(form(), reporter=None, anonymous=True)).public_id
    view = await tips.set_status(MOD, tip_id, target.replace("_", "-"), reason)
    assert view.status == target
    last = (await events(db, tip_id))[-1]
    assert (last.actor_id, last.from_status, last.to_status) == (MOD.user_id, start, target)
    assert (view.closed_at is not None) == (target in {ACCEPTED, REJECTED, DUPLICATE, VOID})


async def test_two_moderators_claiming_at_once_exactly_one_wins(tips: TipService, db: Database) -> None:
    for _ in range(5):
        tip_id = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
        results = await asyncio.gather(
            tips.claim(MOD, tip_id), tips.claim(MOD2, tip_id), return_exceptions=True
        )
        winners = [r for r in results if not isinstance(r, BaseException)]
        losers = [r for r in results if isinstance(r, BaseException)]
        assert len(winners) == 1 and len(losers) == 1 and isinstance(losers[0], Refused)
        claims = [e for e in await events(db, tip_id) if e.action == "claim"]
        assert len(claims) == 1 and claims[0].actor_id == winners[0].claimed_by


async def test_question_and_answer_by_receipt_without_identity(tips: TipService, db: Database) -> None:
    filed = await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    assert filed.receipt
    await tips.claim(MOD, filed.id)
    await tips.ask(MOD, filed.id, "Which city was it?")
    status = await tips.status_by_receipt(filed.receipt.upper())
    assert status.status == NEEDS_INFO and status.awaiting_reply
    assert [m.body for m in status.messages] == ["Which city was it?"]
    assert all(m.author_id is None for m in status.messages)  # no moderator id for the tipster
    view = await tips.reply_by_receipt(filed.receipt, "  It was the capital.  ")
    assert view.status == CLAIMED and view.claimed_by == MOD.user_id
    detail = await tips.show(MOD, filed.id)
    assert [(m.direction, m.author_id, m.body) for m in detail.messages] == [
        ("to_tipster", MOD.user_id, "Which city was it?"),
        ("from_tipster", None, "It was the capital."),
    ]
    reply_event = detail.events[-1]
    assert (reply_event.action, reply_event.actor_id, reply_event.actor_role) == ("reply", None, "tipster")
    await tips.accept(MOD, filed.id)
    with pytest.raises(InvalidInput, match="closed"):
        await tips.reply_by_receipt(filed.receipt, "one more thing")


async def test_queue_filters_and_show_lists_audit(tips: TipService) -> None:
    a = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
    b = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
    c = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
    await tips.claim(MOD, b)
    await tips.reject(MOD2, c, "spam")
    assert [t.id for t in await tips.queue(MOD)] == [a, b]
    assert [t.id for t in await tips.queue(MOD, mine=True)] == [b]
    assert [t.id for t in await tips.queue(MOD2, mine=True)] == []
    assert [t.id for t in await tips.queue(MOD, "rejected")] == [c]
    await tips.note(MOD, b, "Checking the procurement register.")
    detail = await tips.show(MOD, "tip-" + str(b))
    assert [e.action for e in detail.events] == ["file", "claim", "note"]
    with pytest.raises(InvalidInput, match="not a tip status"):
        await tips.queue(MOD, "pending")


async def test_unknown_and_malformed_ids_are_polite(tips: TipService) -> None:
    with pytest.raises(NotFound, match="TIP-0999"):
        await tips.show(MOD, 999)
    with pytest.raises(InvalidInput, match="not a tip id"):
        await tips.claim(MOD, "banana")
    tip_id = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
    with pytest.raises(InvalidInput, match="itself"):
        await tips.mark_duplicate(MOD, tip_id, tip_id)
    with pytest.raises(InvalidInput, match="reason"):
        await tips.void(MOD, tip_id, "   ")


CARD_PRESSES = {
    "claim": lambda tips, tip_id, other: tips.claim(MOD2, tip_id),
    "ask": lambda tips, tip_id, other: tips.ask(MOD, tip_id, "Which city was it?"),
    "accept": lambda tips, tip_id, other: tips.accept(MOD, tip_id),
    "reject": lambda tips, tip_id, other: tips.reject(MOD, tip_id, "no evidence"),
    "duplicate": lambda tips, tip_id, other: tips.mark_duplicate(MOD, tip_id, other),
    "note": lambda tips, tip_id, other: tips.note(MOD, tip_id, "Checked the register."),
}


@pytest.mark.parametrize(("status", "action"), list(itertools.product(STATUSES, CARD_PRESSES)))
async def test_the_card_offers_exactly_the_presses_that_succeed(
    tips: TipService, status: str, action: str
) -> None:
    """A moderator never meets a button that can only be refused, nor misses one that would work."""
    tip_id = await reach(tips, status)
    other = (await tips.file_tip(form(), reporter=None, anonymous=True)).id
    press = CARD_PRESSES[action](tips, tip_id, other)
    if action in card_actions(status):
        await press
    else:
        with pytest.raises(Refused):
            await press
