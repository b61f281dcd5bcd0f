"""Summary periods: ISO weeks in the configured timezone, turned into UTC instants for SQL.

All boundaries are computed here in Python (with zoneinfo, so DST weeks are 167 or 169 hours
long) and handed to SQL as UTC instants; the database never needs to know about timezones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import InvalidInput
from bot.i18n import _

WEEK_RE = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            _("Unknown timezone {name}; use an IANA name such as Europe/Berlin.").format(name=repr(name))
        ) from exc


@dataclass(frozen=True)
class Period:
    """One ISO week: `start` inclusive, `end` exclusive, both UTC; `days` are the local midnights."""

    week: str  # e.g. 2026-W47
    tz: str
    first_day: date  # the local Monday

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.tz)

    @property
    def dates(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(7)]

    def midnight(self, day: date) -> datetime:
        """Local midnight of `day` as a UTC instant (zoneinfo picks the right offset either side of DST)."""
        return datetime.combine(day, time(0), tzinfo=self.zone).astimezone(UTC)

    @property
    def boundaries(self) -> list[datetime]:
        """Eight UTC instants: the start of each local day and the end of the week."""
        return [self.midnight(self.first_day + timedelta(days=i)) for i in range(8)]

    @property
    def start(self) -> datetime:
        return self.midnight(self.first_day)

    @property
    def end(self) -> datetime:
        return self.midnight(self.first_day + timedelta(days=7))

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=6)

    def label(self) -> str:
        return f"{self.week} ({self.first_day:%d %b} – {self.last_day:%d %b %Y}, {self.tz})"

    def previous(self) -> Period:
        return week_of(self.first_day - timedelta(days=7), self.tz)


def week_of(day: date, tz: str) -> Period:
    year, week, weekday = day.isocalendar()
    return Period(f"{year}-W{week:02d}", tz, day - timedelta(days=weekday - 1))


def parse_week(text: str, tz: str) -> Period:
    """`2026-W47` (also `2026W47`, `2026-w7`) -> that ISO week in `tz`; a polite error otherwise."""
    match = WEEK_RE.match(text or "")
    if not match:
        shown = text if len(text or "") <= 20 else f"{text[:20]}…"
        raise InvalidInput(_("{week} is not an ISO week; write it like 2026-W47.").format(week=repr(shown)))
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise InvalidInput(
            _("{year} has no week {week}; ISO years have 52 or 53 weeks.").format(year=year, week=week)
        ) from exc
    zone(tz)
    return Period(f"{year}-W{week:02d}", tz, monday)


def last_full_week(now: datetime, tz: str) -> Period:
    """The ISO week before the one `now` falls in, in the local calendar of `tz`."""
    local_today = now.astimezone(zone(tz)).date()
    return week_of(local_today, tz).previous()


def resolve(week: str | None, now: datetime, tz: str) -> Period:
    return parse_week(week, tz) if week else last_full_week(now, tz)
