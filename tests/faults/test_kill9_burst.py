"""kill -9 during a burst of tips: every confirmed tip survives, and a replay files nothing twice.

A child process files tips through the core (the same `TipService.file_tip` the tips cog calls)
and prints a confirmation line only after each commit. Where the kill lands is not left to chance:
crash hooks in the child (tests/multiprocess/entry.py, EW_CRASH) kill it right after the N-th
confirmation, holding each commit back until a confirmation could have arrived (so a writer that
confirms before it commits always loses a confirmed tip), or right after a commit and before anyone
is told. A kill -9 cannot show what a power cut loses, so the child also reports the durability
setting of the connection each commit runs on: SQLite must commit at synchronous=FULL (2).
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from sqlalchemy import func, select

from bot.store.engine import open_database
from bot.store.tables.tips import Tip
from tests.multiprocess.spawn import child_env, start_entry

TIPS = 60
FIRST_ID = 7_000_000
KILL_AFTER = 20
SQLITE_FULL = "2"


def parse(lines: list[str]) -> dict[int, tuple[str, str]]:
    """interaction id -> (FILED|REPLAY, public id), from complete confirmation lines only."""
    out = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("FILED", "REPLAY"):
            out[int(parts[1])] = (parts[0], parts[2])
    return out


async def stored(database_url: str) -> dict[int, int]:
    db = await open_database(database_url)
    try:
        async with db.sessions() as session:
            query = select(Tip.interaction_id, func.count()).group_by(Tip.interaction_id)
            rows = (await (await session.connection()).execute(query)).all()
    finally:
        await db.dispose()
    return {int(i): int(n) for i, n in rows}


def durability(lines: list[str]) -> set[str]:
    settings = {line.split()[1] for line in lines if line.startswith("SYNC ")}
    assert settings, "the crash hook saw no commit"
    return settings


async def burst(database_url: str, tmp_path: Path, crash: str) -> tuple[list[str], int]:
    """Run the burst with a crash hook; the child's output lines and its exit status."""
    env = child_env(database_url=database_url, ew_crash=crash)
    args = ("file-tips", "--count", str(TIPS), "--first-id", str(FIRST_ID))
    child = await start_entry(*args, env=env, cwd=tmp_path)
    out, _ = await asyncio.wait_for(child.communicate(), 120)
    return out.decode().splitlines(keepends=True), child.returncode or 0


async def replay_all(database_url: str, tmp_path: Path) -> dict[int, tuple[str, str]]:
    """Restart without hooks and replay the whole burst (Discord re-delivers; members press Send)."""
    args = ("file-tips", "--count", str(TIPS), "--first-id", str(FIRST_ID))
    replay = await start_entry(*args, env=child_env(database_url=database_url), cwd=tmp_path)
    out, _ = await asyncio.wait_for(replay.communicate(), 120)
    assert replay.returncode == 0
    second = parse(out.decode().splitlines())
    assert len(second) == TIPS
    final = await stored(database_url)
    assert set(final) == set(range(FIRST_ID, FIRST_ID + TIPS))
    assert all(n == 1 for n in final.values()), "a tip was filed twice"
    return second


async def test_kill9_right_after_a_confirmation_loses_no_confirmed_tip(
    database_url: str, tmp_path: Path
) -> None:
    await (await open_database(database_url)).dispose()  # migrated before the burst, as in production
    lines, status = await burst(database_url, tmp_path, f"after-confirm:{KILL_AFTER}")
    assert status == -signal.SIGKILL
    confirmed = parse(lines)
    assert len(confirmed) == KILL_AFTER, "the kill must land right after the chosen confirmation"
    if database_url.startswith("sqlite"):
        assert durability(lines) == {SQLITE_FULL}, "a confirmed tip must survive a power cut"
    else:
        assert durability(lines) == {"on"}

    after_kill = await stored(database_url)
    assert set(confirmed) <= set(after_kill), "a tip the member saw confirmed is missing after kill -9"
    assert all(n == 1 for n in after_kill.values())
    second = await replay_all(database_url, tmp_path)
    for interaction_id, (_, public) in confirmed.items():
        assert second[interaction_id] == ("REPLAY", public)  # same tip, not a second one


async def test_kill9_between_commit_and_confirmation_files_each_tip_once(
    database_url: str, tmp_path: Path
) -> None:
    """Committed but nobody told: the member presses Send again and gets the same tip back."""
    await (await open_database(database_url)).dispose()
    lines, status = await burst(database_url, tmp_path, "after-commit")
    assert status == -signal.SIGKILL
    assert parse(lines) == {}, "killed before any confirmation"
    committed = await stored(database_url)
    assert committed, "the first commit happened before the kill"
    second = await replay_all(database_url, tmp_path)
    assert all(second[i][0] == "REPLAY" for i in committed)
