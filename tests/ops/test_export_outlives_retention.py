"""Attack review (session 8): an export keeps a purged tip's text, and says so.

`db export` and `tips export` write every tip's fields as typed, the text included, and retention
never reaches the file: a tip purged a year later is still whole in every export made before. The
data statement said the exports held no tip free text; an operator trusting that would keep them
less carefully than a backup, which says on every run that it is outside retention.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.engine import Database
from bot.tips.model import Reporter, TipForm
from bot.tips.service import TipService
from tests.tips.conftest import MOD

MARKER = "Qvzx: the cameras went to the northern depot on the night shift."


@pytest.mark.parametrize("command", [["db", "export"], ["tips", "export"]])
async def test_an_export_made_before_a_purge_keeps_the_tip_and_says_so(
    db: Database, cli_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    clock = FakeClock()
    service = TipService(db, Settings(_env_file=None, tip_cooldown_seconds=0), clock)  # type: ignore[call-arg]
    filed = await service.file_tip(TipForm(what=MARKER), reporter=Reporter(7), anonymous=True)
    out = tmp_path / "tips.jsonl"
    assert await asyncio.to_thread(main, [*command, "--out", str(out)]) == 0
    said = capsys.readouterr().err
    await service.reject(MOD, filed.id, "not enough")
    clock.advance(days=400)
    assert (await service.purge()).tips_purged == 1
    assert "Qvzx" in out.read_text(encoding="utf-8")  # retention does not reach the export
    assert "outside retention" in said, f"the export did not say it keeps purged tips: {said!r}"
