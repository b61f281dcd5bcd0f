"""The shell face: `python -m bot triage ...` and `python -m bot tips purge|export`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import Settings, get_settings
from bot.store.engine import open_database
from bot.tips.service import TipService
from tests.tips.conftest import MEMBER, form


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DRAFTS_DIR", str(tmp_path / "drafts"))
    knowledge = tmp_path / "knowledge"  # empty: loading the real base for each command is slow
    for folder in ("rules", "vendors", "cases"):
        (knowledge / folder).mkdir(parents=True)
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge))
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def _seed(url: str) -> int:
    async def go() -> int:
        db = await open_database(url)
        try:
            tips = TipService(db, Settings(_env_file=None, database_url=url))  # type: ignore[call-arg]
            return (await tips.file_tip(form(), reporter=MEMBER, anonymous=True)).id
        finally:
            await db.dispose()

    return asyncio.run(go())


def test_triage_from_the_shell(cli_env: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    tip_id = _seed(cli_env)
    assert main(["triage", "queue"]) == 0
    assert f"TIP-{tip_id:04d}" in capsys.readouterr().out
    assert main(["triage", "note", str(tip_id), "checking", "the", "register"]) == 0
    assert main(["triage", "set", f"TIP-{tip_id:04d}", "accepted"]) == 0
    assert "is now accepted" in capsys.readouterr().out
    assert main(["triage", "show", str(tip_id)]) == 0
    shown = capsys.readouterr().out
    assert "checking the register" in shown and "anonymous" in shown and str(MEMBER.user_id) not in shown
    assert main(["triage", "draft", str(tip_id)]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.parent == tmp_path / "drafts" and path.exists()
    assert main(["tips", "export"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["id"] == f"TIP-{tip_id:04d}" and record["status"] == "accepted"
    assert main(["tips", "purge"]) == 0
    assert "closed tips purged: 0" in capsys.readouterr().out


def test_bad_input_is_an_error_message_not_a_traceback(
    cli_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(cli_env)
    assert main(["triage", "show", "TIP-9999"]) == 1  # a failed lookup, not a usage error
    assert "There is no TIP-9999" in capsys.readouterr().err
    assert main(["triage", "set", "1", "pending"]) == 2
    assert "not a tip status" in capsys.readouterr().err


def test_technology_from_the_shell(cli_env: str, capsys: pytest.CaptureFixture[str]) -> None:
    tip_id = _seed(cli_env)  # "facial recognition" in its text: inferred at intake
    assert main(["triage", "show", str(tip_id)]) == 0
    assert "technology: facial recognition (inferred)" in capsys.readouterr().out
    assert main(["triage", "technology", str(tip_id), "video", "surveillance"]) == 0
    assert "technology is now video surveillance" in capsys.readouterr().out
    assert main(["triage", "technology", str(tip_id), "toaster"]) == 2  # bad input
    err = capsys.readouterr().err
    assert "not a technology the bot tracks" in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert main(["triage", "show", str(tip_id)]) == 0
    assert "technology: video surveillance (moderator)" in capsys.readouterr().out
