"""Attack review (session 8): with TIP_RATE_SECRET set on PostgreSQL, a dump must not say which tips
a member filed.

The data statement promises that whoever holds the secret and the database learns how many tips a
member filed in the current window, "on SQLite also which ones". On PostgreSQL a plain `pg_dump`
(what `python -m bot db backup` writes) lists a table's rows in the order they sit in its file,
which for `tip_rate_keys` was the order of filing: the positions of a member's cap marks, computed
with the secret, were the positions of their tips in the tips table, anonymous ones included.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.clock import FakeClock
from bot.ops.backup import backup
from bot.settings import Settings
from bot.store.engine import Database
from bot.tips.model import Reporter
from bot.tips.service import TipService
from tests.tips.conftest import form

ALICE, BOB = Reporter(710000000000000001), Reporter(720000000000000002)


def _marks_in_dump(dump: str) -> list[str]:
    """The keys of `tip_rate_keys` as the dump lists them (its COPY block, in file order)."""
    block = dump.split("COPY public.tip_rate_keys", 1)[1].split("\n\\.", 1)[0]
    return [line.split("\t", 1)[0] for line in block.splitlines()[1:] if line.strip()]


async def test_a_dump_does_not_order_a_members_marks_among_the_tips_postgres(
    db: Database, database_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    if db.dialect != "postgresql":
        pytest.skip("the dump's row order is PostgreSQL's; SQLite is refused the secret (threat model 8)")
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=database_url,
        tip_rate_secret=SecretStr("shared-by-the-processes"),
        tip_cooldown_seconds=0,
        tip_max_open_per_member=20,
    )
    tips = TipService(db, settings, clock)
    order = [ALICE, BOB, BOB, ALICE, BOB, ALICE, BOB, BOB, ALICE, BOB, BOB, BOB]
    for who in order:
        await tips.file_tip(form(), reporter=who, anonymous=True)
        clock.advance(minutes=3)
    out = tmp_path / "backup.dump"
    await backup(database_url.replace("+asyncpg", ""), out)  # what `db backup` writes
    if shutil.which("pg_restore") is None:
        pytest.skip("pg_restore is needed to read the backup")
    restored = await asyncio.to_thread(
        subprocess.run,
        ["pg_restore", "--data-only", "--table=tip_rate_keys", "--file=-", str(out)],
        capture_output=True,
        check=True,
        text=True,
    )
    marks = _marks_in_dump(restored.stdout)
    assert len(marks) == len(order)

    # The attacker derives Alice's cap marks with the secret, as RateKeys does.
    rate = tips.rate
    window, _end = rate._window(clock.now())
    token = rate.key(ALICE.user_id)
    hers = {rate._slot_key(token, window, slot) for slot in range(20)}
    positions = [i for i, key in enumerate(marks) if key in hers]
    assert len(positions) == order.count(ALICE)  # how many: promised, and so it is
    filed_by_alice = [i for i, who in enumerate(order) if who == ALICE]
    assert positions != filed_by_alice, "the dump's order tells which tips Alice filed"
    # Stronger than one draw: the dump lists the marks in the order of their keys, which says nothing.
    assert marks == sorted(marks), "the dump lists the marks in an order that is not their keys'"
