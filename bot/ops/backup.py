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

from bot.errors import InvalidInput, Refused, UserFacingError
from bot.i18n import N_, _
from bot.store.urls import libpq_url

Progress = Callable[[int, int], None]  # (done, total) in pages or bytes
BACKUP_MODE = 0o600
RETENTION_WARNING = N_(  # translated where it is printed
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
        raise InvalidInput(_("An in-memory SQLite database cannot be backed up."))
    return Path(database)


def _sqlite_backup(source: Path, target: Path, progress: Progress | None) -> None:
    if not source.exists():
        raise InvalidInput(_("No database file at {file}.").format(file=source))
    if target.exists() and target.resolve() == source.resolve():
        raise InvalidInput(_("The backup file cannot be the database itself; choose another --out."))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
    except sqlite3.Error:
        src.close()
        raise
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


async def backup(url: str, target: Path, progress: Progress | None = None, *, force: bool = False) -> Path:
    """Write a consistent copy of the database to `target` and return it.

    An existing file is never replaced unless `force` (it may be the only good copy); a target that
    cannot be written is a one-line `UserFacingError`, never a driver exception.
    """
    backend = url.partition(":")[0].partition("+")[0]
    if backend not in {"sqlite", "postgresql"}:  # settings refuse these; never hand one to pg_dump
        raise InvalidInput(_("Backups support sqlite and postgresql databases only."))
    if not force and await asyncio.to_thread(target.exists):
        raise Refused(
            _("{file} already exists; choose another --out (or --force to replace it).").format(file=target)
        )
    try:
        await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True, mode=0o700)
        if backend == "sqlite":
            source = sqlite_path(url)
            if not await asyncio.to_thread(source.exists):
                raise InvalidInput(_("No database file at {file}.").format(file=source))
            await asyncio.to_thread(_private_target, target)
            await asyncio.to_thread(_sqlite_backup, source, target, progress)
            return target
        return await _pg_backup(url, target, progress)
    except (OSError, sqlite3.Error) as err:
        reason = getattr(err, "strerror", None) or str(err).splitlines()[0][:120] or type(err).__name__
        raise UserFacingError(_("cannot write {file}: {reason}").format(file=target, reason=reason)) from None


async def _pg_backup(url: str, target: Path, progress: Progress | None) -> Path:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise InvalidInput(_("pg_dump was not found; install the PostgreSQL client tools to back up."))
    parsed = make_url(libpq_url(url))  # sslmode, sslrootcert... as libpq reads them
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
    _out, err = await proc.communicate()
    if proc.returncode != 0:  # unreachable server, refused login: a failed operation, not bad input
        first = (err.decode(errors="replace").strip().splitlines() or ["no message"])[0]
        raise UserFacingError(_("pg_dump failed: {reason}").format(reason=first[:300]))
    return target
