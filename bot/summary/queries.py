"""SQL aggregates behind the summary: every figure is counted by the database over indexed columns.

Only small results come back to Python (a few dozen grouped rows, a median, at most
`GAP_TEXT_LIMIT` question texts), so a week's summary stays fast however many rows there are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, extract, func, or_, select, type_coerce
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import utc
from bot.store.tables import table_of
from bot.store.tables.questions import REFUSED, QuestionLog
from bot.store.tables.tips import Tip
from bot.summary.model import CLOSED_STATUSES, OPEN_STATUSES, Count, OldestOpen
from bot.summary.period import Period

T = table_of(Tip).c
Q = table_of(QuestionLog).c

TOP_N = 10
GAP_TEXT_LIMIT = 2000
NOT_GIVEN = "(not given)"
# A column or SQL expression; its Python type depends on the backend (or, for `T.c`, is not declared).
SQLValue = ColumnElement[Any]
# Only members' questions count: the console is where editors test knowledge (often against the
# live database), and its questions would fill the coordinators' knowledge gaps with test text.
SUMMARY_SOURCES = ("discord",)


def seconds_between(later: SQLValue, earlier: SQLValue, dialect: str) -> SQLValue:
    """Elapsed seconds between two timestamp columns, written the way each backend can compute it
    (a float on SQLite, a numeric on PostgreSQL)."""
    if dialect == "postgresql":
        return extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


async def median(conn: AsyncConnection, expr: SQLValue, *where: ColumnElement[bool]) -> float | None:
    """The median of `expr` over the rows matching `where`, computed in SQL.

    PostgreSQL has percentile_cont; SQLite has no median, so the middle one or two values are
    fetched with ORDER BY + LIMIT/OFFSET after a COUNT (both run inside the database).
    """
    dialect = conn.dialect.name
    if dialect == "postgresql":
        value = (
            await conn.execute(select(func.percentile_cont(0.5).within_group(expr)).where(*where))
        ).scalar()
        return None if value is None else float(value)
    n = (await conn.execute(select(func.count()).select_from(table_of(Tip)).where(*where))).scalar_one()
    if not n:
        return None
    rows = (
        (
            await conn.execute(
                select(expr.label("v")).where(*where).order_by("v").limit(2 - n % 2).offset((n - 1) // 2)
            )
        )
        .scalars()
        .all()
    )
    return sum(float(v) for v in rows) / len(rows)


def _in_period(col: SQLValue, period: Period) -> ColumnElement[bool]:
    return and_(col >= period.start, col < period.end)


def _asked_in(period: Period) -> ColumnElement[bool]:
    """Members' questions asked in the period (console tests left out)."""
    return and_(_in_period(Q.asked_at, period), Q.source.in_(SUMMARY_SOURCES))


async def tip_totals(conn: AsyncConnection, period: Period) -> tuple[int, int]:
    opened = (await conn.execute(select(func.count()).where(_in_period(T.created_at, period)))).scalar_one()
    closed = (await conn.execute(select(func.count()).where(_in_period(T.closed_at, period)))).scalar_one()
    return int(opened), int(closed)


async def tips_by(
    conn: AsyncConnection, period: Period, column: str, canonical: Callable[[str], str | None] | None = None
) -> list[Count]:
    """Tips opened in the period grouped by a free-text field, case and spacing normalised.

    Each group is labelled by `canonical(spelling)` when it names a knowledge entry (its title;
    "NSO" and "nso group" then count together), else by its most common spelling, never by
    whichever spelling happens to sort first ("NSO GROUP").
    """
    col = T[column]
    # case, outer and doubled inner spaces do not make a new vendor ("NSO  Group" = "nso group")
    spaced = func.replace(func.replace(func.trim(col), "  ", " "), "  ", " ")
    rows = (
        await conn.execute(
            select(spaced, func.count().label("n")).where(_in_period(T.created_at, period)).group_by(spaced)
        )
    ).all()
    return group_spellings([(label or "", int(n)) for label, n in rows], canonical)


def group_spellings(
    rows: list[tuple[str, int]], canonical: Callable[[str], str | None] | None = None
) -> list[Count]:
    """(spelling, count) rows -> groups, largest first, the tail folded into "N others"."""
    groups: dict[str, dict[str, int]] = {}
    titles: dict[str, str] = {}
    for spelling, n in rows:
        spelling = " ".join(spelling.split())
        title = canonical(spelling) if canonical and spelling else None
        key = f"entry:{title}" if title else spelling.lower()
        if title:
            titles[key] = title
        groups.setdefault(key, {})
        groups[key][spelling] = groups[key].get(spelling, 0) + n

    def label(key: str, spellings: dict[str, int]) -> str:
        if key in titles:
            return titles[key]
        # The commonest spelling; on a tie, one written in mixed case ("NSO Group", not "NSO GROUP").
        best = min(spellings, key=lambda s: (-spellings[s], s.isupper() or s.islower(), s))
        return best or NOT_GIVEN

    counts = sorted(
        (Count(label(k, v), sum(v.values()), trusted=k in titles) for k, v in groups.items()),
        key=lambda c: (-c.count, c.label.lower()),
    )
    if len(counts) > TOP_N:
        rest = sum(c.count for c in counts[TOP_N - 1 :])
        counts = [*counts[: TOP_N - 1], Count(f"{len(counts) - TOP_N + 1} others", rest, trusted=True)]
    return counts


async def tips_by_status(conn: AsyncConnection, period: Period) -> list[Count]:
    rows = (
        await conn.execute(
            select(T.status, func.count()).where(_in_period(T.created_at, period)).group_by(T.status)
        )
    ).all()
    found = {status: int(n) for status, n in rows}
    order = list(OPEN_STATUSES + CLOSED_STATUSES) + sorted(set(found) - set(OPEN_STATUSES + CLOSED_STATUSES))
    return [Count(s, found[s]) for s in order if s in found]


async def per_day(conn: AsyncConnection, period: Period) -> list[dict[str, int]]:
    """Tips opened per local day by current status; day buckets are UTC instants from `period`."""
    bounds = period.boundaries
    day = case(*((T.created_at < bounds[i + 1], i) for i in range(6)), else_=6)
    rows = (
        await conn.execute(
            select(day.label("day"), T.status, func.count())
            .where(_in_period(T.created_at, period))
            .group_by("day", T.status)
        )
    ).all()
    days: list[dict[str, int]] = [{} for _ in range(7)]
    for index, status, n in rows:
        days[int(index)][status] = int(n)
    return days


async def latencies(conn: AsyncConnection, period: Period) -> tuple[float | None, float | None, int]:
    """Median hours to first action and to decision for tips opened in the period, and how many wait."""
    dialect = conn.dialect.name
    opened = _in_period(T.created_at, period)
    first = await median(
        conn,
        seconds_between(T.first_action_at, T.created_at, dialect),
        opened,
        T.first_action_at.is_not(None),
    )
    decision = await median(
        conn, seconds_between(T.decided_at, T.created_at, dialect), opened, T.decided_at.is_not(None)
    )
    waiting = (
        await conn.execute(select(func.count()).where(opened, T.first_action_at.is_(None)))
    ).scalar_one()
    hours = [None if v is None else round(v / 3600.0, 2) for v in (first, decision)]
    return hours[0], hours[1], int(waiting)


def _unindexed(col: SQLValue) -> SQLValue:
    """`col` wrapped so the planner cannot use its index: SQLite otherwise walks created_at from
    the oldest tip to satisfy ORDER BY, when the other condition's index range is far smaller."""
    return func.coalesce(col, col)


async def backlog(conn: AsyncConnection, period: Period) -> tuple[int, OldestOpen | None]:
    """Tips open at the end of the period, and the oldest of them.

    Open at `end` means created before it and not closed before it: either still open now (the
    (status, created_at) index, covering) or closed only after `end` (a short closed_at range).
    Both parts are index ranges, never a walk over all tips.
    """
    end = period.end
    still_open = and_(T.status.in_(OPEN_STATUSES), T.created_at < end)
    closed_later = and_(T.closed_at >= end, T.status.in_(CLOSED_STATUSES), _unindexed(T.created_at) < end)
    count = 0
    for condition in (still_open, closed_later):
        count += int((await conn.execute(select(func.count()).where(condition))).scalar_one())
    probes = [
        select(T.id, T.created_at).where(T.status == status, T.created_at < end).order_by(T.created_at)
        for status in OPEN_STATUSES
    ]
    probes.append(select(T.id, T.created_at).where(closed_later).order_by(_unindexed(T.created_at)))
    candidates = []
    for probe in probes:
        row = (await conn.execute(probe.limit(1))).first()
        if row is not None:
            candidates.append((utc(row.created_at), int(row.id)))
    oldest = None
    if candidates:
        created_at, tip_id = min(candidates)
        oldest = OldestOpen(tip_id, created_at, round((end - created_at).total_seconds() / 86400.0, 1))
    return count, oldest


async def question_totals(conn: AsyncConnection, period: Period) -> tuple[int, int, int, int]:
    """Asked, answered, rated helpful, rated not helpful: one pass over the period's range.
    Answered means the member got something (an entry's card or a list), not a refusal."""
    row = (
        await conn.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((Q.outcome != REFUSED, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Q.rating > 0, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Q.rating < 0, 1), else_=0)), 0),
            ).where(_asked_in(period))
        )
    ).one()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


async def top_entries(conn: AsyncConnection, period: Period) -> list[Count]:
    rows = (
        await conn.execute(
            select(Q.entry_id, func.count().label("n"))
            .where(Q.answered.is_(True), _asked_in(period), Q.entry_id.is_not(None))
            .group_by(Q.entry_id)
            .order_by(func.count().desc(), Q.entry_id)
            .limit(TOP_N)
        )
    ).all()
    return [Count(entry_id, int(n)) for entry_id, n in rows]


async def unanswered_texts(
    conn: AsyncConnection, period: Period, kept_since: datetime
) -> tuple[list[str], int]:
    """The most recent refused question texts still within retention, and how many had none. A list
    the member got (even one the engine alone would have refused) is an answer, not a gap."""
    in_range = and_(Q.outcome == REFUSED, _asked_in(period))
    kept = and_(Q.question.is_not(None), Q.asked_at >= kept_since)
    texts = (
        (
            await conn.execute(
                select(Q.question)
                .where(in_range, kept)
                .order_by(Q.asked_at.desc(), Q.id.desc())
                .limit(GAP_TEXT_LIMIT)
            )
        )
        .scalars()
        .all()
    )
    purged = (
        await conn.execute(
            select(func.count()).where(in_range, or_(Q.question.is_(None), Q.asked_at < kept_since))
        )
    ).scalar_one()
    return [t for t in texts if t and t.strip()], int(purged)


def export_rows_query(period: Period, *, raw_times: bool = False) -> Select[*tuple[Any, ...]]:
    """Tips opened or closed in the period, for the CSV; only columns that cannot identify a tipster.

    `raw_times` returns SQLite's timestamp text as is, to be parsed off the event loop in bulk
    (SQLAlchemy's per-value parsing costs most of the export time on a busy week).
    """
    times: list[SQLValue] = [T.created_at, T.first_action_at, T.decided_at, T.closed_at]
    if raw_times:
        times = [type_coerce(col, String()).label(col.name) for col in times]
    return (
        select(
            T.id,
            T.status,
            *times,
            T.vendor,
            T.country,
            T.technology,
            T.duplicate_of,
        )
        .where(or_(_in_period(T.created_at, period), _in_period(T.closed_at, period)))
        .order_by(T.id)
    )
