"""Attack review 3 (session 9), from the side of whoever holds a copy of the database: what the
stored rows still tell beyond the data statement's promises.

- A purged tip's number must never come back: on SQLite the `tips` table had no AUTOINCREMENT, so
  the next tip after purging the newest one took its number (and with it the purged tip's tombstone
  and "the tipster answered" posts in the review channel).
- Every time a pending notice stores (`tip_notices.due_at`) is no finer than the minute: to the
  microsecond, the due time of a held card bounded the filing to the random delay before it.
- `tip_messages` keeps no column the data statement does not name (a `read_at` nobody wrote).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect, text

from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.engine import Database
from bot.tips.service import TipService
from tests.tips.conftest import MOD, form


async def test_a_purged_tips_number_is_never_given_again(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    tips = TipService(db, settings.model_copy(update={"closed_tip_purge_days": 10}), clock)
    await tips.file_tip(form(), reporter=None, anonymous=True)
    newest = await tips.file_tip(form(), reporter=None, anonymous=True)
    await tips.reject(MOD, newest.id, "old")
    clock.advance(days=11)
    assert (await tips.purge()).tips_purged == 1
    again = await tips.file_tip(form(), reporter=None, anonymous=True)
    assert again.public_id != newest.public_id, "a purged tip's number was given to a new tip"
    assert again.id > newest.id


async def test_a_held_card_stores_its_due_time_to_the_minute_only(db: Database, settings: Settings) -> None:
    clock = FakeClock(datetime(2026, 1, 5, 9, 42, 17, 123456, tzinfo=UTC))
    delayed = settings.model_copy(update={"review_channel_id": 1, "tip_notice_delay_max_seconds": 900})
    tips = TipService(db, delayed, clock)
    await tips.file_tip(form(), reporter=None, anonymous=True)
    async with db.connect() as conn:
        stored = [row[0] for row in await conn.execute(text("SELECT due_at FROM tip_notices"))]
    assert stored, "the card was not queued"
    for value in stored:
        due = datetime.fromisoformat(value) if isinstance(value, str) else value
        assert (due.second, due.microsecond) == (0, 0), f"due time stored finer than the minute: {due}"


async def test_tip_messages_hold_no_column_the_data_statement_does_not_name(db: Database) -> None:
    async with db.connect() as conn:
        columns = await conn.run_sync(lambda c: {c_["name"] for c_ in inspect(c).get_columns("tip_messages")})
    assert "read_at" not in columns, "a read time nobody writes (and the statement does not promise)"


async def test_a_purge_during_a_send_keeps_the_tombstone(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    """Found by this review's e2e run under load: a tip's "answered" notice was being sent when
    retention purged the tip. The purge dropped that notice and queued the card's tombstone, which
    took the dropped notice's id (SQLite reuses the largest id); the sender, done, deleted "its"
    notice by id, the tombstone — and the purged tip's card stayed whole in the review channel."""
    config = settings.model_copy(
        update={"review_channel_id": 1, "closed_tip_purge_days": 10, "tip_notice_delay_max_seconds": 0}
    )
    tips = TipService(db, config, clock)
    filed = await tips.file_tip(form(), reporter=None, anonymous=True)
    (card,) = await tips.notices.claim_due(clock.now())
    await tips.notices.done(card)
    await tips.set_review_message(filed.id, 555)
    await tips.reject(MOD, filed.id, "old")
    clock.advance(days=11)
    (sending,) = await tips.notices.claim_due(clock.now())  # the close's re-render, on its way out
    assert (await tips.purge()).tips_purged == 1
    await tips.notices.done(sending)  # Discord took the re-render; the sender reports it
    assert [kind for kind, _tip, _due in await tips.notices.pending()] == ["tombstone"]
