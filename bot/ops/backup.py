"""Database backups: SQLite through its online backup API, PostgreSQL through pg_dump.

Both run while the bot keeps serving; progress is reported through a callback so the CLI can
show it on long runs. A backup is a full copy (tips, ids of tipsters who asked to be contacted), and
retention never reaches it: it is written owner-only (0600) whatever the umask.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.errors import InvalidInput

Progress = Callable[[int, int], None]  # (done, total) in pages or bytes
BACKUP_MODE = 0o600
RETENTION_WARNING = (
    "Warning: backups are outside retention: purged tips and dropped contact links stay in this file "
    "until you delete it."
)


def _private_target(target: Path) -> None:
    """Create (or tighten) the target as owner-only before anything is written into it."""
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, BACKUP_MODE))
    target.chmod(BACKUP_MODE)


def sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise InvalidInput("An in-memory SQLite database cannot be backed up.")
    return Path(database)


def _sqlite_backup(source: Path, target: Path, progress: Progress | None) -> None:
    if not source.exists():
        raise InvalidInput(f"No database file at {source}.")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:

        def _report(_status: int, remaining: int, total: int) -> None:
            if progress:
                progress(total - remaining, total)

        src.backup(dst, pages=256, progress=_report)
    finally:
        dst.close()
        src.close()


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


async def backup(url: str, target: Path, progress: Progress | None = None) -> Path:
    """Write a consistent copy of the database to `target` and return it."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if url.startswith("sqlite"):
        if not sqlite_path(url).exists():
            raise InvalidInput(f"No database file at {sqlite_path(url)}.")
        _private_target(target)
        await asyncio.to_thread(_sqlite_backup, sqlite_path(url), target, progress)
        return target
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise InvalidInput("pg_dump was not found; install the PostgreSQL client tools to back up.")
    parsed = make_url(url).set(drivername="postgresql")
    # The password goes through the environment, not the command line other users can read.
    env = dict(os.environ, PGPASSWORD=parsed.password or "")
    _private_target(target)
    dsn = parsed.set(password=None).render_as_string(hide_password=False)
    proc = await asyncio.create_subprocess_exec(
        pg_dump,
        "--format=custom",
        f"--file={target}",
        dsn,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    while True:
        try:
            await asyncio.wait_for(asyncio.shield(proc.wait()), timeout=0.5)
            break
        except TimeoutError:
            if progress:
                progress(await asyncio.to_thread(_size, target), 0)
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise InvalidInput(f"pg_dump failed: {err.decode(errors='replace').strip()[:300]}")
    return target
