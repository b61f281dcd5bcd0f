"""`python -m bot db ...` and `python -m bot health`: operations from the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.errors import UserFacingError
from bot.settings import get_settings


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="database operations: upgrade, backup, export")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    up = db_sub.add_parser("upgrade", help="bring the schema up to date (the bot also does this at start)")
    up.set_defaults(handler=_upgrade)

    bk = db_sub.add_parser("backup", help="write a consistent copy of the database while it serves")
    bk.add_argument("--out", type=Path, help="file to write (default: backups/exportwatch-<time>.db|.dump)")
    bk.set_defaults(handler=_backup)

    health = sub.add_parser("health", help="exit 0 when the database and knowledge are usable (for supervisors)")
    health.add_argument("--json", action="store_true", help="print the checks as JSON")
    health.set_defaults(handler=_health)


def _progress_printer(label: str):
    def show(done: int, total: int) -> None:
        if not sys.stderr.isatty():
            return
        figure = f"{100 * done // total}%" if total else f"{done / 1e6:.1f} MB"
        print(f"\r{label}: {figure}", end="", file=sys.stderr, flush=True)

    return show


async def _upgrade(args: argparse.Namespace) -> int:
    from bot.store.engine import open_database

    settings = get_settings()
    db = await open_database(settings.database_url)
    print(f"Schema is up to date ({db.url}).")
    await db.dispose()
    return 0


async def _backup(args: argparse.Namespace) -> int:
    from bot.ops.backup import backup

    url = get_settings().database_url
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix = ".db" if url.startswith("sqlite") else ".dump"
    target = args.out or Path("backups") / f"exportwatch-{stamp}{suffix}"
    try:
        path = await backup(url, target, _progress_printer("Backing up"))
    except UserFacingError as exc:
        print(f"Backup failed: {exc}", file=sys.stderr)
        return 1
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Backup written to {path} ({path.stat().st_size} bytes).")
    return 0


async def _health(args: argparse.Namespace) -> int:
    from bot.ops.health import health

    settings = get_settings()
    report = await health(settings.database_url, settings.knowledge_dir)
    if args.json:
        print(json.dumps(report.to_json()))
    else:
        for check in report.checks:
            print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    return 0 if report.ok else 1
