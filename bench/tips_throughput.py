"""Benchmark: file 1000 tips concurrently through the core and confirm none is lost.

    python bench/tips_throughput.py                  # 1000 tips, SQLite temp file
    python bench/tips_throughput.py --tips 100       # quick smoke run (a test runs this)
    DATABASE_URL=postgresql+asyncpg://user@host/db python bench/tips_throughput.py
        # same on PostgreSQL: each run creates its own databases on that server and drops them after

Every tip goes through `TipService.file_tip` exactly as the bot files it: validation, the anti-abuse
keyed hash and checks, duplicate hints against open tips and the knowledge base, the Argon2id
receipt hash (in a thread), and the group-committed insert with its audit event and interaction id.
Printed beside baselines: the same burst with one transaction per tip (group commit off, as before),
the same filing done sequentially, Argon2id hashing alone (the CPU floor no filing can beat), and a
plain insert of the same rows without hashing, anti-abuse or duplicate checks.
Targets: >= 500 tips per second concurrently on SQLite, >= 1000 on PostgreSQL.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
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
from bot.tips.receipts import hash_receipt, new_receipt
from bot.tips.service import TipService
from bot.tips.writer import MAX_BATCH

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


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@asynccontextmanager
async def fresh_db(url: str | None, tmp: Path, name: str) -> AsyncIterator[Database]:
    """An empty, migrated database: a temp SQLite file, or a PostgreSQL database made for this run."""
    if url and not is_sqlite(url):
        db_name = f"ew_bench_tips_{uuid.uuid4().hex[:10]}"
        await _admin(url, f'CREATE DATABASE "{db_name}"')
        try:
            db = await open_database(f"{url.rsplit('/', 1)[0]}/{db_name}")
            try:
                yield db
            finally:
                await db.dispose()
        finally:
            await _admin(url, f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        return
    db = await open_database(f"sqlite+aiosqlite:///{tmp / name}")
    try:
        yield db
    finally:
        await db.dispose()


async def lost_tips(db: Database, n: int) -> int:
    """How many of the n filed interactions lack exactly one tip with exactly one audit event."""
    async with db.engine.connect() as conn:
        per_interaction = dict(
            (await conn.execute(select(Tip.interaction_id, func.count()).group_by(Tip.interaction_id))).all()
        )
        events = (await conn.execute(select(func.count()).select_from(TipEvent))).scalar_one()
    kept = sum(per_interaction.get(1_000_000 + i) == 1 for i in range(n))
    print(f"  {kept}/{n} tips stored exactly once, {events}/{n} audit events", flush=True)
    return (n - kept) + abs(n - int(events)) + (len(per_interaction) - kept)


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

    return await run_all(one, n, concurrent=concurrent), latencies


async def run_all(one: Callable[[int], Awaitable[None]], n: int, *, concurrent: bool) -> float:
    """Seconds to run `one(0..n-1)`: all at once (a burst) or one after another."""
    start = time.perf_counter()
    if concurrent:
        await asyncio.gather(*(one(i) for i in range(n)))
    else:
        for i in range(n):
            await one(i)
    return time.perf_counter() - start


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

    return await run_all(one, n, concurrent=concurrent)


async def hash_only(n: int) -> float:
    receipts = [new_receipt() for _ in range(n)]
    start = time.perf_counter()
    await asyncio.gather(*(asyncio.to_thread(hash_receipt, r) for r in receipts))
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
    runs = (
        ("file_tip, concurrent (group commit)", True, MAX_BATCH),
        ("baseline: concurrent, commit per tip", True, 1),
        ("baseline: file_tip, sequential", False, MAX_BATCH),
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for number, (label, concurrent, batch) in enumerate(runs):
            async with fresh_db(url, tmp, f"run{number}.db") as db:
                service = TipService(db, settings, SystemClock(), kb)
                service._writer.max_batch = batch
                elapsed, lat = await file_all(service, n, concurrent=concurrent)
                print(f"{label}:", flush=True)
                lost += await lost_tips(db, n)
            rows.append((label, elapsed, lat))
        rows.append(("floor: Argon2id hashing alone, threads", await hash_only(n), None))
        async with fresh_db(url, tmp, "plain.db") as db:
            rows.append(
                ("baseline: plain insert, concurrent", await plain_insert(db, n, concurrent=True), None)
            )
    backend = "PostgreSQL" if url and not is_sqlite(url) else "SQLite"
    print(f"\n{n} tips on {backend} ({os.cpu_count()} CPUs):")
    print(f"{'':40} {'tips/s':>9} {'total s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for label, elapsed, lat in rows:
        p50 = f"{pct(lat, 50):8.1f}" if lat else f"{'-':>8}"
        p99 = f"{pct(lat, 99):8.1f}" if lat else f"{'-':>8}"
        print(f"{label:40} {n / elapsed:9.0f} {elapsed:8.2f} {p50} {p99}")
    target = 1000 if backend == "PostgreSQL" else 500
    verdict = "none lost" if not lost else f"LOST {lost}"
    print(
        f"\n{verdict} (every filed interaction stored exactly once with its audit event); "
        f"concurrent target >= {target}/s on {backend}"
    )
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
