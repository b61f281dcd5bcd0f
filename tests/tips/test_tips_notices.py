"""When moderators hear of a tip: held a random while and released in batches, so a card's time does
not point at who was active; and card edits on close and purge, stored and retried until done."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.engine import Database
from bot.tips import notices
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, MOD, form

DELAY = 900


class FixedDraw:
    """Stands in for the random source: the delay is drawn, here always `seconds`."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.bounds: list[tuple[float, float]] = []

    def uniform(self, low: float, high: float) -> float:
        self.bounds.append((low, high))
        return self.seconds


def _service(db: Database, clock: FakeClock, tmp_path: Path, **overrides: object) -> TipService:
    values = {
        "tip_cooldown_seconds": 0,
        "tip_max_open_per_member": 0,
        "review_channel_id": 42,
        "tip_notice_delay_max_seconds": DELAY,
        "knowledge_dir": tmp_path / "knowledge",
    } | overrides
    return TipService(db, Settings(_env_file=None, **values), clock)  # type: ignore[call-arg]


async def test_cards_are_held_and_released_together(
    db: Database, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw = FixedDraw(600)
    monkeypatch.setattr(notices, "_random", draw)
    tips = _service(db, clock, tmp_path)
    start = clock.now()
    first = await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    clock.advance(seconds=10)
    second = await tips.file_tip(
        form(what="Another contract, for phone extraction kits, in May."), reporter=None, anonymous=True
    )
    pending = await tips.notices.pending()
    assert [(k, t) for k, t, _ in pending] == [("card", first.id), ("card", second.id)]
    assert {due for _, _, due in pending} == {start + timedelta(seconds=600)}  # one batch
    assert draw.bounds == [(0, DELAY)]  # drawn once per batch, uniformly in 0..max
    clock.advance(seconds=500)
    assert await tips.notices.claim_due(clock.now()) == []  # nothing before the batch is due
    clock.advance(seconds=90)
    batch = await tips.notices.claim_due(clock.now())
    assert [n.tip_id for n in batch] == [first.id, second.id]  # all due notices at once
    assert await tips.notices.claim_due(clock.now()) == []  # claimed: nobody else takes them
    await tips.notices.done(batch[1])
    retry_at = await tips.notices.failed(batch[0], clock.now())  # Discord refused the first card
    # The next tip after the batch went out: a new batch, its own random delay (not the retry's).
    third = await tips.file_tip(
        form(what="A third contract, for spyware licences, in June."), reporter=None, anonymous=True
    )
    assert [(k, t) for k, t, _ in await tips.notices.pending()] == [("card", first.id), ("card", third.id)]
    assert [d for _, _, d in await tips.notices.pending()] == [retry_at, clock.now() + timedelta(seconds=600)]


async def test_the_delay_is_uniform_up_to_the_setting(db: Database, clock: FakeClock, tmp_path: Path) -> None:
    tips = _service(db, clock, tmp_path)
    dues = []
    for n in range(12):  # each tip after the previous batch went out: a fresh draw each time
        now = clock.now()
        await tips.file_tip(
            form(what=f"Contract number {n} for face recognition cameras."), reporter=None, anonymous=True
        )
        [(_, _, due)] = await tips.notices.pending()
        assert now <= due <= now + timedelta(seconds=DELAY)
        dues.append(due - now)
        clock.set(due)
        [notice] = await tips.notices.claim_due(clock.now())
        await tips.notices.done(notice)
    assert len(set(dues)) > 1, "the delay is not random"


async def test_an_answer_joins_the_open_batch_and_zero_means_at_once(
    db: Database, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notices, "_random", FixedDraw(300))
    tips = _service(db, clock, tmp_path)
    filed = await tips.file_tip(form(), reporter=None, anonymous=True)
    assert filed.receipt is not None
    await tips.set_review_message(filed.id, 555)
    await tips.ask(MOD, filed.id, "Which city?")
    clock.advance(seconds=60)
    await tips.reply_by_receipt(filed.receipt, "The capital.")
    dues = {k: d for k, _, d in await tips.notices.pending()}
    assert dues["answered"] == dues["card"]  # released with the batch already waiting
    instant = _service(db, clock, tmp_path, tip_notice_delay_max_seconds=0)
    other = await instant.file_tip(
        form(what="Yet another contract for drones, signed in July."), reporter=None, anonymous=True
    )
    assert ("card", other.id, clock.now()) in await instant.notices.pending()


async def test_no_review_channel_queues_nothing(db: Database, clock: FakeClock, tmp_path: Path) -> None:
    tips = _service(db, clock, tmp_path, review_channel_id=None)
    await tips.file_tip(form(), reporter=MEMBER, anonymous=False)
    assert await tips.notices.pending() == []


async def test_closing_refreshes_the_card_and_purging_tombstones_it(
    db: Database, clock: FakeClock, tmp_path: Path
) -> None:
    tips = _service(db, clock, tmp_path)
    filed = await tips.file_tip(form(), reporter=MEMBER, anonymous=False)
    for notice in await tips.notices.claim_due(clock.now() + timedelta(seconds=DELAY)):
        await tips.notices.done(notice)
    await tips.set_review_message(filed.id, 777)
    await tips.reject(MOD, filed.id, "not credible")
    [refresh] = await tips.notices.claim_due(clock.now())  # due at once: a moderator's action
    assert (refresh.kind, refresh.tip_id, refresh.message_id) == ("refresh", filed.id, 777)
    # Discord refuses: the notice waits a growing pause, then comes back.
    first_pause = await tips.notices.failed(refresh, clock.now()) - clock.now()
    assert first_pause > timedelta(0) and await tips.notices.claim_due(clock.now()) == []
    clock.advance(seconds=first_pause.total_seconds())
    [again] = await tips.notices.claim_due(clock.now())
    assert again.attempts == 1
    assert await tips.notices.failed(again, clock.now()) - clock.now() > first_pause
    # The purge replaces pending work on the tip by a tombstone for its card, in its transaction.
    later = clock.now() + timedelta(days=tips.settings.closed_tip_purge_days + 1)
    report = await tips.purge(later)
    assert report.tips_purged == 1
    pending = await tips.notices.pending()
    assert [(k, t) for k, t, _ in pending] == [("tombstone", filed.id)]
    [tomb] = await tips.notices.claim_due(later)
    assert tomb.message_id == 777 and tomb.public_id == "TIP-0001"
