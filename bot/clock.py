"""Time as a dependency, so retention and summaries can be tested with a controllable clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol, overload

# How finely a time is ever shown to moderators or written to an export. Finer times let whoever
# sees them line a tip (or a tipster's reply) up with who was active in the server at that moment.
SHOWN_RESOLUTION = timedelta(hours=1)


def utc(value: datetime) -> datetime:
    """`value` as an aware UTC time: SQLite hands back naive datetimes from timezone columns, and
    everything stored is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@overload
def as_utc(value: datetime) -> datetime: ...


@overload
def as_utc(value: datetime | None) -> datetime | None: ...


def as_utc(value: datetime | None) -> datetime | None:
    """`utc` for a column that may be empty."""
    return None if value is None else utc(value)


def shown_time(value: datetime) -> datetime:
    """`value` (UTC) rounded down to the hour: the one helper every view, card and export uses."""
    return utc(value).replace(minute=0, second=0, microsecond=0)


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when
