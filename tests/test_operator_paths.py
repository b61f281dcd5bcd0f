"""What an operator or moderator meets at the shell: work is never lost, the database in use is
shown, pasted DATABASE_URL options mean what they say, and an unreachable Discord is one line."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import discord
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from bot.cli import main
from bot.errors import InvalidInput, Refused
from bot.ops.backup import backup
from bot.ops.health import check_database
from bot.settings import ROOT, Settings, get_settings
from bot.store.engine import open_database
from bot.store.urls import engine_args, libpq_url, normalise
from bot.tips.service import TipService
from tests.dbfixtures import postgres_admin_url
from tests.tips.conftest import MEMBER, MOD, form


@pytest.fixture
def shell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`python -m bot` in-process against a fresh database with tips, as test_tips_cli does."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'shell.db'}"
    knowledge = tmp_path / "knowledge"
    for folder in ("rules", "vendors", "cases"):
        (knowledge / folder).mkdir(parents=True)
    for key, value in {
        "DATABASE_URL": url,
        "DRAFTS_DIR": str(tmp_path / "drafts"),
        "KNOWLEDGE_DIR": str(knowledge),
    }.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def _tips(url: str, work) -> object:
    async def go() -> object:
        db = await open_database(url)
        try:
            return await work(TipService(db, Settings(_env_file=None, database_url=url)))
        finally:
            await db.dispose()

    return asyncio.run(go())


def test_drafting_again_keeps_the_editors_work_unless_forced(
    shell: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def accepted(tips: TipService) -> int:
        tip = await tips.file_tip(form(), reporter=None, anonymous=True)
        await tips.accept(MOD, tip.id)
        return tip.id

    tip_id = _tips(shell, accepted)
    assert main(["triage", "draft", str(tip_id)]) == 0
    path = Path(capsys.readouterr().out.strip())
    path.write_text(path.read_text(encoding="utf-8") + "\nEditor: confirmed with a second source.\n")
    assert main(["triage", "draft", str(tip_id)]) == 1  # refused: a failed operation, not bad input
    assert "already exists" in capsys.readouterr().err
    assert "confirmed with a second source" in path.read_text(encoding="utf-8")
    assert main(["triage", "draft", str(tip_id), "--force"]) == 0
    assert "confirmed with a second source" not in path.read_text(encoding="utf-8")
    assert not list(path.parent.glob("*.tmp"))


def test_triage_show_lists_the_conversation_in_time_order(
    shell: str, capsys: pytest.CaptureFixture[str]
) -> None:
    async def conversation(tips: TipService) -> int:
        filed = await tips.file_tip(form(), reporter=MEMBER, anonymous=False)
        await tips.ask(MOD, filed.id, "Which city was it?")
        await tips.reply_by_receipt(filed.receipt, "Examplecity, in March.")
        await tips.note(MOD, filed.id, "Checked the city register.")
        await tips.accept(MOD, filed.id)
        return filed.id

    tip_id = _tips(shell, conversation)
    assert main(["triage", "show", str(tip_id)]) == 0
    shown = capsys.readouterr().out
    order = [
        shown.index(s)
        for s in (
            "Which city was it?",
            "Examplecity, in March.",
            "Checked the city register.",
            "claimed->accepted",
        )
    ]
    assert order == sorted(order), shown
    assert "needs_info" not in shown  # statuses spelled as people type them


def test_tips_export_writes_to_a_file(shell: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async def two(tips: TipService) -> None:
        for _ in range(2):
            await tips.file_tip(form(), reporter=None, anonymous=True)

    _tips(shell, two)
    target = tmp_path / "tips.jsonl"
    assert main(["tips", "export", "--out", str(target)]) == 0
    assert capsys.readouterr().out == ""  # the records went to the file, not the terminal
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["TIP-0001", "TIP-0002"]


async def test_health_names_the_database_in_use_without_its_password() -> None:
    check = await check_database("postgresql+asyncpg://ew:s3cret-pw@127.0.0.1:1/ew", limit=2)
    assert not check.ok and "127.0.0.1:1/ew" in check.detail and "s3cret-pw" not in check.detail
    assert f"{ROOT / 'exportwatch.db'}" in normalise("sqlite:///exportwatch.db", ROOT)


async def test_sqlite_mode_ro_is_honoured_not_ignored(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'ro.db'}"
    await (await open_database(url)).dispose()
    db = await open_database(normalise(f"{url}?mode=ro"), run_migrations=False)
    try:
        async with db.engine.connect() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM tips"))).scalar_one() == 0
            with pytest.raises(OperationalError, match="readonly"):
                await conn.execute(text("DELETE FROM tips"))
    finally:
        await db.dispose()


def test_postgresql_options_reach_asyncpg_in_its_own_terms() -> None:
    url, args = engine_args(
        normalise("postgresql://u:p@db/ew?sslmode=require&connect_timeout=7&application_name=exportwatch")
    )
    assert dict(url.query) == {} and url.drivername == "postgresql+asyncpg"
    assert args == {"ssl": "require", "timeout": 7.0, "server_settings": {"application_name": "exportwatch"}}
    with pytest.raises(ValueError, match="sslrootcert: no such file"):
        normalise("postgresql://u@db/ew?sslrootcert=/nonexistent/root.crt")
    # pg_dump reads the libpq names the person wrote.
    assert libpq_url(normalise("postgres://u:p@db/ew?sslmode=verify-full")).startswith("postgresql://")
    assert "sslmode=verify-full" in libpq_url(normalise("postgres://u:p@db/ew?sslmode=verify-full"))


@pytest.mark.skipif(postgres_admin_url() is None, reason="needs TEST_DATABASE_URL (PostgreSQL)")
async def test_a_pasted_sslmode_connects_to_postgresql(database_url: str) -> None:
    url = normalise(
        database_url.replace("postgresql+asyncpg://", "postgresql://")
        + "?sslmode=prefer&connect_timeout=5&application_name=ew-test"
    )
    db = await open_database(url)
    try:
        async with db.engine.connect() as conn:
            name = (await conn.execute(text("SHOW application_name"))).scalar_one()
        assert name == "ew-test"
    finally:
        await db.dispose()


@pytest.mark.parametrize("url", ["mysql://u:p@h/db", "http://example.org/x"])
async def test_backup_never_hands_another_scheme_to_pg_dump(url: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="sqlite and postgresql"):
        await backup(url, tmp_path / "x.dump")


async def test_backup_never_overwrites_an_earlier_backup(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'live.db'}"
    await (await open_database(url)).dispose()
    first = await backup(url, tmp_path / "b.db")
    with pytest.raises(Refused, match="already exists"):
        await backup(url, first)
    assert await backup(url, first, force=True) == first


def test_no_network_to_discord_is_one_line_and_status_1(
    shell: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Port 9 on loopback refuses at once: the same as a machine without network or DNS.
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")
    monkeypatch.setenv("DISCORD_TOKEN", "x.y.z")
    monkeypatch.setenv("LOG_LEVEL", "ERROR")
    get_settings.cache_clear()
    assert main(["run"]) == 1  # retrying may work (README: 1), unlike a rejected token (2)
    err = capsys.readouterr().err
    assert "Could not reach Discord" in err and "Traceback" not in err and '  File "' not in err
    assert len(err.strip().splitlines()) == 1


def test_drafts_and_backups_answer_in_the_operators_language(
    shell: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """tidy16: a moderator or operator working in German, French or Spanish got these in English."""

    async def filed_and_accepted(tips: TipService) -> tuple[int, int]:
        waiting = await tips.file_tip(form(), reporter=None, anonymous=True)
        accepted = await tips.file_tip(
            form(what="Acme sold cameras to the ministry, says a contract."), reporter=None, anonymous=True
        )
        await tips.accept(MOD, accepted.id)
        return waiting.id, accepted.id

    waiting, accepted = _tips(shell, filed_and_accepted)  # type: ignore[misc]
    assert main(["--lang", "es", "triage", "draft", str(waiting)]) == 1
    assert "Solo los avisos aceptados pueden convertirse en borrador" in capsys.readouterr().err
    assert main(["--lang", "de", "triage", "draft", str(accepted)]) == 0
    capsys.readouterr()
    assert main(["--lang", "de", "triage", "draft", str(accepted)]) == 1
    err = capsys.readouterr().err
    assert (
        "gibt es bereits einen Entwurf" in err and "(Discord: ersetzen)" in err
    )  # the option as Discord shows it
    out = tmp_path / "copy.db"
    assert main(["--lang", "fr", "db", "backup", "--out", str(out)]) == 0
    assert "les sauvegardes échappent à la durée de conservation" in capsys.readouterr().err
    assert main(["--lang", "fr", "db", "backup", "--out", str(out)]) == 1
    assert "existe déjà ; choisissez un autre --out" in capsys.readouterr().err
