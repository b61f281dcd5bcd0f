"""Benchmark: the weekly summary over 1M tips and 1M logged questions.

    python bench/summary_speed.py                # 1,000,000 tips and questions, SQLite temp file
    python bench/summary_speed.py --rows 20000   # quick smoke run (a test runs this)
    DATABASE_URL=postgresql://... python bench/summary_speed.py   # same on PostgreSQL (empty DB)

Rows are spread over the 52 weeks before the summarised week's end; the schema comes from the
Alembic migrations, the rows from a plain bulk insert (sqlite3 executemany in one transaction, or
asyncpg COPY). The summary (`SummaryService.build`: every figure, knowledge gaps included) is timed
several times and printed beside a baseline that loads every tip and question row into Python
and counts there, the approach the SQL aggregates replace. Target: <= 1 s on SQLite.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.engine import Database, is_sqlite, open_database
from bot.summary.model import OPEN_STATUSES
from bot.summary.service import SummaryService

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday; the summarised week is 2026-W47
WEEK = "2026-W47"
SPAN = timedelta(weeks=52)
VENDORS = [f"Vendor {i}" for i in range(300)] + ["NSO Group", "Hikvision", "FinFisher", "Hacking Team"]
COUNTRIES = ["Mexico", "China", "Egypt", "Uganda", "Bahrain", "Libya", "Syria", "India", "Hungary", "Greece"]
TECHS = [
    "spyware",
    "facial recognition",
    "interception",
    "biometrics",
    "video surveillance",
    "mobile forensics",
]
ENTRIES = [f"entry-{i}" for i in range(120)]
ASKS = [
    "who sold {t} to {c}",
    "is {t} export to {c} legal",
    "which eu rule covers {t}",
    "{v} contracts in {c}",
    "did {v} get a licence for {c}",
]
SQLITE_TS = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime on SQLite


def tip_rows(n: int, rng: random.Random) -> list[tuple]:
    start = NOW - SPAN
    rows = []
    # ids grow with time, as they do in the bot
    offsets = sorted(rng.random() * SPAN.total_seconds() for _ in range(n))
    for i, offset in enumerate(offsets, 1):
        created = start + timedelta(seconds=offset)
        age = (NOW - created).days
        roll = rng.random()
        if (age > 30 and roll < 0.97) or (age <= 30 and roll < 0.5):
            status = rng.choice(("accepted", "rejected", "duplicate", "void"))
        else:
            status = rng.choice(OPEN_STATUSES)
        first = created + timedelta(hours=rng.expovariate(1 / 12)) if status != "new" else None
        decided = created + timedelta(hours=rng.expovariate(1 / 72)) if status not in OPEN_STATUSES else None
        vendor = rng.choice(VENDORS)
        vendor = vendor.upper() if rng.random() < 0.1 else vendor
        rows.append(
            (
                i,
                status,
                created,
                created,
                first,
                decided,
                decided,
                "text",
                vendor,
                rng.choice(COUNTRIES),
                rng.choice(TECHS),
                "",
                "",
                "",
                True,
                f"r{i}",
                "",
                "",
            )
        )
    return rows


def question_rows(n: int, rng: random.Random, keep_days: int) -> list[tuple]:
    start = NOW - SPAN
    kept_since = NOW - timedelta(days=keep_days)
    rows = []
    offsets = sorted(rng.random() * SPAN.total_seconds() for _ in range(n))
    for i, offset in enumerate(offsets, 1):
        asked = start + timedelta(seconds=offset)
        answered = rng.random() < 0.6
        text = rng.choice(ASKS).format(t=rng.choice(TECHS), c=rng.choice(COUNTRIES), v=rng.choice(VENDORS))
        rating = rng.choice((1, -1, None, None)) if answered else None
        rows.append(
            (
                i,
                asked,
                text if asked >= kept_since else None,
                "discord",
                answered,
                rng.choice(ENTRIES) if answered else None,
                rng.random(),
                rating,
                "answer" if answered else "refused",
            )
        )
    return rows


TIP_COLS = (
    "id, status, created_at, updated_at, first_action_at, decided_at, closed_at, what, vendor, country, "
    "technology, when_text, source_url, extra, anonymous, receipt_hash, possible_duplicates, reason"
)
Q_COLS = "id, asked_at, question, source, answered, entry_id, confidence, rating, outcome"


def _sqlite_value(v: object) -> object:
    return v.strftime(SQLITE_TS) if isinstance(v, datetime) else v


def load_sqlite(path: str, tips: list[tuple], questions: list[tuple]) -> None:
    con = sqlite3.connect(path)
    # Bulk-load settings for this throwaway file only; the bot itself runs with WAL + NORMAL.
    con.execute("PRAGMA cache_size=-1000000")
    con.execute("PRAGMA synchronous=OFF")
    with con:
        con.executemany(
            f"INSERT INTO tips ({TIP_COLS}) VALUES ({','.join('?' * 18)})",
            ([_sqlite_value(v) for v in row] for row in tips),
        )
        con.executemany(
            f"INSERT INTO question_log ({Q_COLS}) VALUES ({','.join('?' * 9)})",
            ([_sqlite_value(v) for v in row] for row in questions),
        )
    con.execute("ANALYZE")
    con.close()


async def load_postgres(db: Database, tips: list[tuple], questions: list[tuple]) -> None:
    async with db.engine.connect() as conn:
        raw = (await conn.get_raw_connection()).driver_connection
        await raw.copy_records_to_table(
            "tips", records=tips, columns=[c.strip() for c in TIP_COLS.split(",")]
        )
        await raw.copy_records_to_table(
            "question_log", records=questions, columns=[c.strip() for c in Q_COLS.split(",")]
        )
        await raw.execute("SELECT setval('tips_id_seq', (SELECT max(id) FROM tips))")
        await raw.execute("ANALYZE")


async def baseline(db: Database, service: SummaryService) -> float:
    """Load every tip and question row into Python and count there: what the aggregates replace."""
    period = service.period(WEEK)
    start_s, end_s = period.start, period.end
    t0 = time.perf_counter()
    async with db.engine.connect() as conn:
        tips = (
            await conn.exec_driver_sql(
                "SELECT status, created_at, first_action_at, decided_at, closed_at,"
                " vendor, country, technology FROM tips"
            )
        ).all()
        qs = (
            await conn.exec_driver_sql("SELECT asked_at, answered, entry_id, rating FROM question_log")
        ).all()

    def as_dt(v: object) -> datetime | None:
        if v is None:
            return None
        d = datetime.fromisoformat(v) if isinstance(v, str) else v
        return d.replace(tzinfo=UTC) if d.tzinfo is None else d

    counts: Counter[str] = Counter()
    vendors: Counter[str] = Counter()
    backlog = 0
    for status, created, _first, _dec, closed, vendor, _c, _t in tips:
        c, cl = as_dt(created), as_dt(closed)
        if start_s <= c < end_s:
            counts[status] += 1
            vendors[vendor.strip().lower()] += 1
        if c < end_s and (cl is None or cl >= end_s):
            backlog += 1
    asked = Counter()
    for asked_at, answered, entry, _rating in qs:
        if start_s <= as_dt(asked_at) < end_s:
            asked[bool(answered)] += 1
            if entry:
                asked[entry] += 1
    return time.perf_counter() - t0


async def run(rows: int, questions: int, repeat: int, url: str | None, keep: Path | None, reuse: bool) -> int:
    rng = random.Random(47)
    settings = Settings(_env_file=None, summary_timezone="Europe/Berlin")
    tmp = tempfile.TemporaryDirectory()
    if url is None:
        url = f"sqlite+aiosqlite:///{keep or Path(tmp.name) / 'bench.db'}"
    print(f"backend: {url.split(':', 1)[0]}; {rows:,} tips, {questions:,} questions over 52 weeks")
    t0 = time.perf_counter()
    if reuse:
        db = await open_database(url)
        print(f"reusing {keep}")
    else:
        tips = tip_rows(rows, rng)
        qs = question_rows(questions, rng, settings.question_log_days)
        db = await open_database(url)
        if is_sqlite(url):
            await db.dispose()
            load_sqlite(url.split(":///", 1)[1], tips, qs)
            db = await open_database(url)
        else:
            await load_postgres(db, tips, qs)
        del tips, qs
        print(f"generated and loaded in {time.perf_counter() - t0:.1f} s")

    service = SummaryService(db, FakeClock(NOW), settings)
    period = service.period(WEEK)
    times = []
    summary = None
    for _ in range(repeat):
        t = time.perf_counter()
        summary = await service.build(period)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    await service.report(WEEK)
    full = time.perf_counter() - t
    base = await baseline(db, service)
    await db.dispose()
    tmp.cleanup()
    assert summary is not None
    print(
        f"week {WEEK}: {summary.tips.opened:,} tips opened, {summary.tips.backlog:,} open at the end, "
        f"{summary.questions.asked:,} questions, {len(summary.questions.gaps)} gap groups"
    )
    print()
    print(f"{'measure':<48}{'seconds':>10}")
    label = f"summary figures, SQL aggregates (median of {repeat})"
    print(f"{label:<48}{statistics.median(times):>10.3f}")
    print(f"{'summary figures, SQL aggregates (best)':<48}{min(times):>10.3f}")
    print(f"{'full report (+ CSV rows, Markdown, JSON, chart)':<48}{full:>10.3f}")
    print(f"{'baseline: load all rows into Python and count':<48}{base:>10.3f}")
    print(f"{'target (SQLite, figures)':<48}{1.0:>10.3f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="tips to generate (default 1,000,000)")
    parser.add_argument("--questions", type=int, help="questions to generate (default: same as --rows)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="SQLite file to keep the data in and reuse on the next run")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL") or None
    if url:
        url = Settings(_env_file=None, database_url=url).database_url
    reuse = args.keep is not None and args.keep.exists()
    return asyncio.run(run(args.rows, args.questions or args.rows, args.repeat, url, args.keep, reuse))


if __name__ == "__main__":
    raise SystemExit(main())
