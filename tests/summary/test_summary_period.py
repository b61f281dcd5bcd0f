"""Week boundaries and timezones: ISO weeks, year ends, DST weeks, local-day buckets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from bot.clock import FakeClock
from bot.errors import InvalidInput
from bot.settings import Settings
from bot.store.tables import Tip
from bot.summary.period import last_full_week, parse_week


def test_parse_week_forms():
    assert parse_week("2026-W47", "UTC").first_day == date(2026, 11, 16)
    assert parse_week("2026w7", "UTC").week == "2026-W07"
    assert parse_week(" 2026-W07 ", "UTC").first_day == date(2026, 2, 9)


@pytest.mark.parametrize("text", ["", "2026-47", "W47", "2026-W0", "2025-W53", "next week", "2026-W47-1"])
def test_bad_weeks_are_polite(text):
    with pytest.raises(InvalidInput):
        parse_week(text, "UTC")


def test_week_53_and_year_boundary():
    p = parse_week("2026-W53", "UTC")  # 2026 has 53 ISO weeks
    assert (p.first_day, p.last_day) == (date(2026, 12, 28), date(2027, 1, 3))
    # 2027-01-04 is the Monday of 2027-W01; the last full week is 2026-W53
    assert last_full_week(datetime(2027, 1, 4, 12, tzinfo=UTC), "UTC").week == "2026-W53"
    # ISO 2025-W01 starts in December 2024
    assert parse_week("2025-W01", "UTC").first_day == date(2024, 12, 30)


def test_last_full_week_depends_on_the_local_date():
    # Sunday 23:30 UTC is already Monday in Berlin: the last full week has moved on there
    now = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    assert last_full_week(now, "UTC").week == "2026-W46"
    assert last_full_week(now, "Europe/Berlin").week == "2026-W47"
    # ...and still Sunday in New York
    assert last_full_week(now, "America/New_York").week == "2026-W46"


def test_unknown_timezone_is_polite():
    with pytest.raises(InvalidInput, match="timezone"):
        parse_week("2026-W47", "Mars/Olympus")


def test_dst_week_boundaries():
    # Europe/Berlin leaves summer time on Sunday 25 Oct 2026: that week is 169 hours long
    p = parse_week("2026-W43", "Europe/Berlin")
    assert p.start == datetime(2026, 10, 18, 22, tzinfo=UTC)
    assert p.end == datetime(2026, 10, 25, 23, tzinfo=UTC)
    assert p.end - p.start == timedelta(hours=169)
    assert p.boundaries[6] == datetime(2026, 10, 24, 22, tzinfo=UTC)  # Sunday starts at CEST midnight
    spring = parse_week("2026-W13", "Europe/Berlin")  # summer time starts Sunday 29 Mar
    assert spring.end - spring.start == timedelta(hours=167)


async def test_dst_week_tips_land_on_their_local_day(db):
    """A tip at Sunday 00:30 CEST and one at Sunday 23:30 CET are both Sunday; Monday 00:30 CET is not."""
    from bot.summary.service import SummaryService

    rows = [
        ("2026-10-24 22:30", "new"),  # Sun 25 Oct 00:30 CEST
        ("2026-10-25 22:30", "claimed"),  # Sun 25 Oct 23:30 CET
        ("2026-10-25 23:30", "new"),  # Mon 26 Oct 00:30 CET: next week
        ("2026-10-24 21:30", "accepted"),  # Sat 24 Oct 23:30 CEST
        ("2026-10-18 22:00", "rejected"),  # Mon 19 Oct 00:00 CEST: first instant of the week
    ]
    async with db.engine.begin() as conn:
        for n, (when, status) in enumerate(rows, 1):
            created = datetime.fromisoformat(when).replace(tzinfo=UTC)
            await conn.execute(
                insert(Tip).values(
                    status=status, created_at=created, updated_at=created, what="x", receipt_hash=f"r{n}"
                )
            )
    settings = Settings(_env_file=None, summary_timezone="Europe/Berlin")
    service = SummaryService(db, FakeClock(datetime(2026, 11, 1, tzinfo=UTC)), settings)
    s = await service.build(service.period("2026-W43"), verbatim=True)  # a kept copy of 4 tips has no split
    assert s.tips.opened == 4
    assert s.tips.per_day == [{"rejected": 1}, {}, {}, {}, {}, {"accepted": 1}, {"new": 1, "claimed": 1}]


@pytest.mark.parametrize("value", ["9", "25:00", "09:60", "nine", "9h30"])
def test_bad_summary_time_is_refused_at_start(value):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="HH:MM"):
        Settings(_env_file=None, summary_time=value)


def test_summary_time_is_normalised_and_timezone_checked():
    from pydantic import ValidationError

    assert Settings(_env_file=None, summary_time="9:05").summary_time == "09:05"
    with pytest.raises(ValidationError, match="IANA"):
        Settings(_env_file=None, summary_timezone="Berlin")
