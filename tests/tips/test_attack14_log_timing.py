"""Attack review 14: the logs must not time an anonymous tip finer than the database does."""

from __future__ import annotations

import pytest

from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.engine import Database
from bot.tips.service import TipService
from tests.support.logs import debug_logs
from tests.tips.conftest import MEMBER, MOD, form


async def test_no_log_line_marks_the_moment_a_tip_is_filed_or_answered(tips: TipService) -> None:
    """The database keeps a tip's filing and a reply to the hour, forgets the interaction id (its
    millisecond) after two hours, and the review card is held a random while so its time does not
    point at who was online. A log line written as the tip is filed, or as the tipster answers,
    carries that millisecond (and the n-th such line is the n-th tip): with LOG_LEVEL=DEBUG on, the
    logs undid all of it. Nothing may be logged while a tipster files or replies."""
    with debug_logs(("plain", "json")) as out:
        filed = await tips.file_tip(form(), reporter=MEMBER, anonymous=True, interaction_id=None)
    assert out.getvalue() == ""
    assert filed.receipt is not None
    await tips.ask(MOD, filed.id, "Which city was it?")
    with debug_logs(("plain", "json")) as out:
        await tips.status_by_receipt(filed.receipt)
        await tips.reply_by_receipt(filed.receipt, "The capital.")
    assert out.getvalue() == ""


async def test_a_busy_marks_table_logs_nothing_as_a_tip_is_filed_postgres(
    db: Database, settings: Settings, clock: FakeClock
) -> None:
    """On PostgreSQL each filing batch then reorders the anti-abuse marks, giving up at once when the
    table is busy (another filing, the hourly retention, a backup's read): that gave-up was logged at
    INFO, the default level, right as the tip was committed, so in a busy hour the plain logs timed
    filings to the millisecond."""
    if db.dialect != "postgresql":
        pytest.skip("the marks are reordered on PostgreSQL only (SQLite keeps them in key order)")
    tips = TipService(
        db, settings.model_copy(update={"tip_cooldown_seconds": 120}), clock
    )  # a filing leaves a mark
    async with db.engine.connect() as reader:  # a backup or a report reading the table
        await reader.exec_driver_sql("LOCK TABLE tip_rate_keys IN ACCESS SHARE MODE")
        with debug_logs(("plain", "json")) as out:
            await tips.file_tip(form(), reporter=MEMBER, anonymous=True)
            drain = tips._writer._task  # the batch reorders the marks after confirming the tip
            assert drain is not None
            await drain
        await reader.rollback()
    assert out.getvalue() == ""
