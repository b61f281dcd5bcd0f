"""Retention with a controllable clock: filed -> triaged -> closed -> reporter link dropped -> purged."""

from __future__ import annotations

from sqlmodel import select

from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.engine import Database
from bot.store.tables.tips import Tip, TipEvent, TipMessage, TipRateKey
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, MOD, form


async def test_tip_lifecycle_to_purge(db: Database, settings: Settings, clock: FakeClock) -> None:
    cfg = settings.model_copy(
        update={
            "reporter_link_days": 30,
            "closed_tip_purge_days": 365,
            "tip_rate_window_hours": 24,
            "tip_max_open_per_member": 5,
        }
    )
    tips = TipService(db, cfg, clock)
    filed = await tips.file_tip(form(), reporter=MEMBER, anonymous=False)
    keep = await tips.file_tip(form(), reporter=None, anonymous=True)  # stays open: never purged
    await tips.claim(MOD, filed.id)
    await tips.ask(MOD, filed.id, "Do you have the contract number?")
    assert filed.receipt
    await tips.reply_by_receipt(filed.receipt, "Yes: 2025/114.")
    clock.advance(days=2)
    assert (await tips.purge()).rate_keys_purged == 1  # the cap's window (24 h) ended: its row is gone
    await tips.accept(MOD, filed.id, "confirmed by the register")
    assert (await tips.show(MOD, filed.id)).tip.reporter_id == MEMBER.user_id

    clock.advance(days=29)
    report = await tips.purge()
    assert (report.links_dropped, report.tips_purged) == (0, 0)
    clock.advance(days=1, seconds=1)
    report = await tips.purge()
    assert (report.links_dropped, report.tips_purged) == (1, 0)
    detail = await tips.show(MOD, filed.id)
    assert detail.tip.reporter_id is None and detail.events[-1].action == "drop_reporter_link"
    assert (await tips.purge()).links_dropped == 0  # idempotent

    clock.advance(days=365 - 30)
    report = await tips.purge()
    assert report.tips_purged == 1
    async with db.sessions() as s:
        assert [t.id for t in (await s.exec(select(Tip))).all()] == [keep.id]
        assert {e.tip_id for e in (await s.exec(select(TipEvent))).all()} == {keep.id}
        assert (await s.exec(select(TipMessage))).all() == []
        assert (await s.exec(select(TipRateKey))).all() == []
    # The receipt now finds nothing, politely.
    try:
        await tips.status_by_receipt(filed.receipt)
    except Exception as err:  # NotFound
        assert "No tip matches" in str(err)
    else:
        raise AssertionError("a purged tip must not be found by its receipt")


async def test_purge_clears_duplicate_links_to_purged_tips(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    tips = TipService(db, settings.model_copy(update={"closed_tip_purge_days": 10}), clock)
    original = await tips.file_tip(form(), reporter=None, anonymous=True)
    dup = await tips.file_tip(form(), reporter=None, anonymous=True)
    await tips.reject(MOD, original.id, "old")
    clock.advance(days=5)
    await tips.mark_duplicate(MOD, dup.id, original.id)
    clock.advance(days=6)
    assert (await tips.purge()).tips_purged == 1
    assert (await tips.show(MOD, dup.id)).tip.duplicate_of is None


async def test_a_tip_forgets_the_interaction_that_filed_it_once_replays_are_over(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    """A Discord interaction id encodes the millisecond it was created: kept, it would undo the
    hour-coarse times. Replays still work while Discord may re-deliver."""
    tips = TipService(db, settings, clock)
    filed = await tips.file_tip(form(), reporter=None, anonymous=True, interaction_id=1234567890123456789)
    clock.advance(minutes=30)
    await tips.purge()
    assert (
        await tips.file_tip(form(), reporter=None, anonymous=True, interaction_id=1234567890123456789)
    ).replayed
    clock.advance(hours=3)
    await tips.purge()
    async with db.sessions() as s:
        tip = await s.get(Tip, filed.id)
        assert tip is not None and tip.interaction_id is None
        assert tip.created_at.minute == tip.created_at.second == tip.created_at.microsecond == 0
