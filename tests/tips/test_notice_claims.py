"""Attack review (session 8): two processes working one notice outbox never both post a tip's card.

A second card of a tip is a copy nobody tracks: the bot keeps one card's message id, so the other is
never re-rendered when the tip closes (a contact tipster's mention stays) nor made a tombstone when
the tip is purged (its text stays in Discord). A batch is claimed whole and sent at Discord's pace,
so a long batch outlasts its claim and another process claims the same notices again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.engine import Database
from bot.tips import notices
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, form


def _service(db: Database, clock: FakeClock, tmp_path: Path) -> TipService:
    config = Settings(  # type: ignore[call-arg]
        _env_file=None,
        tip_cooldown_seconds=0,
        tip_max_open_per_member=0,
        review_channel_id=42,
        tip_notice_delay_max_seconds=0,
        knowledge_dir=tmp_path / "knowledge",
    )
    return TipService(db, config, clock)


async def _renewed(outbox: notices.Notices, claimed: list[notices.Notice], now: datetime) -> list[int]:
    """What a notice pump does just before sending each notice: renew its claim. The tips whose card
    it would now post (it deletes the notice only after Discord took the card)."""
    return [n.tip_id for n in claimed if await outbox.renew(n, now) is not None]


async def test_a_slow_batch_and_a_second_process_post_each_card_once(
    db: Database, clock: FakeClock, tmp_path: Path
) -> None:
    tips = _service(db, clock, tmp_path)
    for _ in range(3):
        await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    first, second = notices.Notices(db), notices.Notices(db)
    batch = await first.claim_due(clock.now())
    assert [n.kind for n in batch] == [notices.CARD] * 3
    posted = await _renewed(first, batch[:1], clock.now())  # the first card goes out...
    await first.done(batch[0])
    clock.advance(minutes=3)  # ...then Discord slows the batch down past its claim
    taken = await second.claim_due(clock.now())
    assert {n.tip_id for n in taken} == {n.tip_id for n in batch[1:]}
    assert all(n.retried for n in taken)  # an earlier claim lapsed: a card may already be out
    # Both processes are now about to post the remaining cards, the second one first.
    posted += await _renewed(second, taken, clock.now())
    posted += await _renewed(first, batch[1:], clock.now())
    assert sorted(posted) == sorted(n.tip_id for n in batch), f"cards posted: {posted}"


async def test_a_first_attempt_is_not_marked_retried(db: Database, clock: FakeClock, tmp_path: Path) -> None:
    tips = _service(db, clock, tmp_path)
    await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
    outbox = notices.Notices(db)
    (notice,) = await outbox.claim_due(clock.now())
    assert not notice.retried  # a fresh card never looks for an earlier copy (one history read saved)
    await outbox.failed(notice, clock.now())
    clock.advance(hours=1)
    (again,) = await outbox.claim_due(clock.now())
    assert again.retried
