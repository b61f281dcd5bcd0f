"""kill -9 during a burst of 200 tips: every confirmed tip survives, and a replay files nothing twice.

A child process files tips through the core (the same `TipService.file_tip` the tips cog calls)
and prints a confirmation line only after each commit; the test SIGKILLs it mid-burst. Slow-ish
(two child processes, ~Argon2id per tip), so it runs one burst per backend under test.
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from sqlalchemy import func, select

from bot.store.engine import open_database
from bot.store.tables.tips import Tip
from tests.multiprocess.spawn import child_env, start_entry

TIPS = 200
FIRST_ID = 7_000_000
KILL_AFTER = 40


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


async def test_kill9_mid_burst_loses_no_confirmed_tip_and_replay_files_nothing_twice(
    database_url: str, tmp_path: Path
) -> None:
    await (await open_database(database_url)).dispose()  # migrated before the burst, as in production
    env = child_env(database_url=database_url)
    args = ("file-tips", "--count", str(TIPS), "--first-id", str(FIRST_ID))

    burst = await start_entry(*args, env=env, cwd=tmp_path)
    assert burst.stdout is not None
    lines: list[str] = []
    async with asyncio.timeout(60):
        while len(lines) < KILL_AFTER:
            line = await burst.stdout.readline()
            assert line, f"the burst ended early after {len(lines)} tips (exit {await burst.wait()})"
            lines.append(line.decode())
        burst.send_signal(signal.SIGKILL)
        rest = await burst.stdout.read()  # lines written before the kill reached the member too
        assert await burst.wait() == -signal.SIGKILL
    lines += rest.decode().splitlines(keepends=True)
    confirmed = parse(lines)
    assert KILL_AFTER <= len(confirmed) < TIPS, "the kill must land mid-burst"

    after_kill = await stored(database_url)
    assert set(confirmed) <= set(after_kill), "a tip the member saw confirmed is missing after kill -9"
    assert all(n == 1 for n in after_kill.values())

    # Restart and replay the whole burst (Discord re-delivers; members press Send again).
    replay = await start_entry(*args, env=env, cwd=tmp_path)
    out, _ = await asyncio.wait_for(replay.communicate(), 120)
    assert replay.returncode == 0
    second = parse(out.decode().splitlines())
    assert len(second) == TIPS
    for interaction_id, (_, public) in confirmed.items():
        assert second[interaction_id] == ("REPLAY", public)  # same tip, not a second one
    final = await stored(database_url)
    assert set(final) == set(range(FIRST_ID, FIRST_ID + TIPS))
    assert all(n == 1 for n in final.values()), "a tip was filed twice"
