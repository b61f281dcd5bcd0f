"""`python -m bot db export`: every tip as a JSON line, never a tipster's identity."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

import bot.cli.db as db_cli
from bot.cli import main
from bot.ops.export import iter_tip_records
from bot.settings import Settings, get_settings
from bot.store.engine import Database
from bot.tips.model import Reporter, TipForm
from bot.tips.service import TipService

REPORTER_ID = 987654321987654321


async def file_tips(db: Database, named: int, anonymous: int) -> list[str]:
    settings = Settings(_env_file=None, tip_cooldown_seconds=0, tip_max_open_per_member=1000)  # type: ignore[call-arg]
    service = TipService(db, settings)
    ids = []
    for i in range(named + anonymous):
        form = TipForm(
            what=f"Tip number {i}: a contract for interception equipment was signed with the ministry.",
            vendor="Acme Vision",
            country="Examplestan",
        )
        filed = await service.file_tip(
            form,
            reporter=Reporter(REPORTER_ID, "Named Person"),
            anonymous=i >= named,
            interaction_id=1000 + i,
        )
        ids.append(filed.public_id)
    return ids


async def test_export_has_every_tip_and_no_identity(
    db: Database, cli_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = await file_tips(db, named=3, anonymous=2)
    out = tmp_path / "tips.jsonl"
    code = await asyncio.to_thread(main, ["db", "export", "--out", str(out)])
    assert code == 0
    raw = out.read_text(encoding="utf-8")
    records = [json.loads(line) for line in raw.splitlines()]
    assert [r["id"] for r in records] == ids
    assert [r["anonymous"] for r in records] == [False, False, False, True, True]
    # No identity in any form: not the reporter's id, not the filing interaction, not the receipt hash.
    assert str(REPORTER_ID) not in raw and "Named Person" not in raw
    assert "1000" not in raw and "argon2" not in raw
    hidden = ("reporter_id", "interaction_id", "receipt_hash", "claimed_by")
    assert not any(k in r for r in records for k in hidden)
    assert "Exported 5 tips" in capsys.readouterr().err


async def test_export_to_stdout_shows_progress_on_long_runs(
    db: Database, cli_env: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    await file_tips(db, named=1, anonymous=4)
    monkeypatch.setattr(db_cli, "EXPORT_PROGRESS_EVERY", 2)
    code = await asyncio.to_thread(main, ["db", "export", "--progress"])
    captured = capsys.readouterr()
    assert code == 0
    assert len(captured.out.splitlines()) == 5
    assert "Exporting tips: 2/5" in captured.err and "Exporting tips: 4/5" in captured.err


async def test_paging_crosses_page_boundaries(db: Database) -> None:
    ids = await file_tips(db, named=0, anonymous=5)
    assert [r["id"] async for r in iter_tip_records(db, page=2)] == ids


async def test_export_with_the_database_unreachable_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'nowhere.db'}")
    get_settings.cache_clear()
    try:
        code = await asyncio.to_thread(main, ["db", "export"])
    finally:
        get_settings.cache_clear()
    assert code == 1  # like every other command that cannot open the database (a retry may work)
    assert "could not open the database" in capsys.readouterr().err
