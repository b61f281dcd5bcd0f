"""Benchmark: file 1000 tips concurrently through the core and confirm none is lost.

    python bench/tips_throughput.py                  # 1000 tips, SQLite temp file
    python bench/tips_throughput.py --tips 100       # quick smoke run (a test runs this)
    DATABASE_URL=postgresql://... python bench/tips_throughput.py   # same on PostgreSQL (empty DB)

Every tip goes through `TipService.file_tip` exactly as the bot files it: validation, the anti-abuse
keyed hash and checks, duplicate hints against open tips and the knowledge base, the Argon2id
receipt hash (in a thread), and the insert with its audit event and interaction id. Printed beside
two baselines: the same filing done sequentially, and a plain insert of the same rows without
hashing, anti-abuse or duplicate checks (the floor the safety work costs against).
Target: >= 500 tips per second on SQLite.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from bot.clock import SystemClock
from bot.kb.service import KnowledgeService
from bot.settings import ROOT, Settings
from bot.store.engine import Database, is_sqlite, open_database
from bot.store.tables.tips import Tip, TipEvent
from bot.tips.model import Reporter, TipForm
from bot.tips.service import TipService

VENDORS = ["Acme Vision", "Blue Coat", "Hikvision", "Cellebrite", "Zeta Networks", "Northwind Intercept"]
COUNTRIES = ["Examplestan", "Egypt", "Serbia", "Myanmar", "Bahrain", "Syria"]


def tip_form(i: int) -> TipForm:
    return TipForm(
        what=f"Report {i}: a shipment of monitoring equipment was delivered to the interior ministry, "
        f"with installation by the vendor's engineers over {i % 12 + 1} weeks.",
        vendor=VENDORS[i % len(VENDORS)],
        country=COUNTRIES[i % len(COUNTRIES)],
        when=f"{2020 + i % 6}",
        source=f"https://news.example.org/story/{i}",
    )


async def fresh_db(url: str | None, tmp: Path, name: str) -> Database:
    if url and not is_sqlite(url):
        db = await open_database(url)
        async with db.engine.begin() as conn:  # an empty PostgreSQL database is expected; reset tips
            for table in ("tip_rate_keys", "tip_messages", "tip_events", "tips"):
                await conn.exec_driver_sql(f"DELETE FROM {table}")
        return db
    return await open_database(f"sqlite+aiosqlite:///{tmp / name}")


async def count_tips(db: Database) -> tuple[int, int]:
    async with db.engine.connect() as conn:
        tips = (await conn.execute(select(func.count()).select_from(Tip))).scalar_one()
        events = (await conn.execute(select(func.count()).select_from(TipEvent))).scalar_one()
    return int(tips), int(events)


async def file_all(service: TipService, n: int, *, concurrent: bool) -> tuple[float, list[float]]:
    latencies: list[float] = []

    async def one(i: int) -> None:
        start = time.perf_counter()
        # Distinct members (a real burst comes from many people); half anonymous, each with an interaction id.
        await service.file_tip(
            tip_form(i),
            reporter=Reporter(user_id=10_000 + i),
            anonymous=i % 2 == 0,
            interaction_id=1_000_000 + i,
        )
        latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    if concurrent:
        await asyncio.gather(*(one(i) for i in range(n)))
    else:
        for i in range(n):
            await one(i)
    return time.perf_counter() - start, latencies


async def plain_insert(db: Database, n: int, *, concurrent: bool) -> float:
    async def one(i: int) -> None:
        f = tip_form(i)
        now = datetime.now(UTC)
        async with db.sessions() as s:
            s.add(
                Tip(
                    status="new",
                    created_at=now,
                    updated_at=now,
                    what=f.what,
                    vendor=f.vendor,
                    country=f.country,
                    when_text=f.when,
                    source_url=f.source,
                    receipt_hash=f"plain-{i}",
                )
            )
            await s.commit()

    start = time.perf_counter()
    if concurrent:
        await asyncio.gather(*(one(i) for i in range(n)))
    else:
        for i in range(n):
            await one(i)
    return time.perf_counter() - start


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else values[0] * 1000


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tips", type=int, default=1000)
    args = parser.parse_args()
    n = args.tips
    url = os.environ.get("DATABASE_URL")
    kb = await KnowledgeService.load(ROOT / "knowledge")
    settings = Settings(_env_file=None, tip_cooldown_seconds=120, tip_max_open_per_member=5)  # type: ignore[call-arg]
    rows: list[tuple[str, float, list[float] | None]] = []
    lost = 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for label, concurrent in (("file_tip, concurrent", True), ("file_tip, sequential", False)):
            db = await fresh_db(url, tmp, f"{concurrent}.db")
            try:
                elapsed, lat = await file_all(
                    TipService(db, settings, SystemClock(), kb), n, concurrent=concurrent
                )
                tips, events = await count_tips(db)
                lost += (n - tips) + (n - events)
                print(f"{label}: {tips}/{n} tips and {events}/{n} audit events in the database", flush=True)
            finally:
                await db.dispose()
            rows.append((label, elapsed, lat))
        db = await fresh_db(url, tmp, "plain.db")
        try:
            rows.append(
                ("baseline: plain insert, concurrent", await plain_insert(db, n, concurrent=True), None)
            )
        finally:
            await db.dispose()
    backend = "PostgreSQL" if url and not is_sqlite(url) else "SQLite"
    print(f"\n{n} tips on {backend}:")
    print(f"{'':38} {'tips/s':>9} {'total s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for label, elapsed, lat in rows:
        p50 = f"{pct(lat, 50):8.1f}" if lat else f"{'-':>8}"
        p99 = f"{pct(lat, 99):8.1f}" if lat else f"{'-':>8}"
        print(f"{label:38} {n / elapsed:9.0f} {elapsed:8.2f} {p50} {p99}")
    print(f"\nlost: {lost} (target 0); concurrent throughput target >= 500/s on SQLite")
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
