"""/kb reload and SIGHUP against the loopback Discord, on a private copy of the fixture knowledge."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from bot.chat.cogs.admin import STILL_SERVING, Admin, counts_text, reload_message
from bot.kb.check import Problem
from bot.kb.model import KINDS
from bot.kb.service import KnowledgeService
from tests.fakediscord.harness import DiscordEnv
from tests.support.knowledge import add_vendor, editable_knowledge


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return editable_knowledge(tmp_path)


@pytest.fixture
async def knowledge(kb_dir: Path) -> KnowledgeService:
    return await KnowledgeService.load(kb_dir)


def break_file(kb_dir: Path) -> Path:
    path = kb_dir / "vendors" / "acme-vision.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("kind: vendor", "kind: [unclosed"), encoding="utf-8")
    return path


async def test_admin_reload_picks_up_a_new_file(discord_env: DiscordEnv, kb_dir: Path) -> None:
    assert discord_env.app.kb.get("zenith-optics") is None
    add_vendor(kb_dir)
    reply = await (await discord_env.slash("kb reload", by="ada")).reply()
    assert reply.ephemeral
    assert "Knowledge reloaded: 4 entries" in reply.text()
    assert "2 vendors" in reply.text()
    found = discord_env.app.kb.search("Zenith Optics lenses")  # the new entry is searched, first
    first = found.entry.id if found.entry is not None else found.alternatives[0].id
    assert first == "zenith-optics"


async def test_broken_file_keeps_old_knowledge_serving_and_reports(
    discord_env: DiscordEnv, kb_dir: Path
) -> None:
    add_vendor(kb_dir)
    broken = break_file(kb_dir)
    reply = await (await discord_env.slash("kb reload", by="ada")).reply()
    text = reply.text()
    assert "not reloaded" in text and STILL_SERVING in text
    assert f"{broken.name}:" in text  # path:line: message
    # Neither the new vendor nor anything from the broken directory is served; the old entry is.
    assert discord_env.app.kb.get("zenith-optics") is None
    answer = await (await discord_env.slash("ask", question="What did Acme Vision sell?")).reply()
    assert "Acme Vision" in answer.text()


async def test_members_and_moderators_cannot_reload(discord_env: DiscordEnv, kb_dir: Path) -> None:
    add_vendor(kb_dir)
    for who in ("alice", "mo", "cora"):
        reply = await (await discord_env.slash("kb reload", by=who)).reply()
        assert "Only admins" in reply.text() and reply.ephemeral
    assert discord_env.app.kb.get("zenith-optics") is None


async def test_sighup_reloads(discord_env: DiscordEnv, kb_dir: Path) -> None:
    add_vendor(kb_dir)
    os.kill(os.getpid(), signal.SIGHUP)
    for _ in range(100):
        if discord_env.app.kb.get("zenith-optics") is not None:
            break
        await asyncio.sleep(0.05)
    assert discord_env.app.kb.get("zenith-optics") is not None


async def test_sighup_with_a_broken_file_logs_problems_and_keeps_serving(
    discord_env: DiscordEnv, kb_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cog = discord_env.bot.get_cog("Admin")  # loaded as an extension: a fresh copy of the module
    assert cog is not None and type(cog).__name__ == Admin.__name__
    break_file(kb_dir)
    await cog.on_sighup()
    assert discord_env.app.kb.get("acme-vision") is not None
    assert any("refused" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)
    assert any("acme-vision.md:" in r.getMessage() for r in caplog.records)


async def test_cog_unload_removes_the_sighup_handler(discord_env: DiscordEnv) -> None:
    await discord_env.bot.remove_cog("Admin")
    previous = signal.signal(signal.SIGHUP, signal.SIG_DFL)
    try:
        # asyncio's handler is gone: the loop no longer owns SIGHUP's wakeup handler.
        assert previous in (signal.SIG_DFL, None)
    finally:
        signal.signal(signal.SIGHUP, previous or signal.SIG_DFL)


def test_problem_list_fits_a_discord_message() -> None:
    problems = [Problem(f"vendors/v{i}.md", i, "x" * 400 + " ```") for i in range(40)]
    text = reload_message(None, problems)  # type: ignore[arg-type]
    assert len(text) <= 2000
    assert "40 problems" in text and "more" in text
    assert text.count("```") == 2  # the file's own fences cannot break out of the code block


@pytest.mark.allow_error_logs
async def test_sighup_reload_that_crashes_is_logged_and_the_old_knowledge_serves(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Building the new index fails outright (here: out of memory), not with file problems: the
    operator reads it in the log with its stack, and members still get answers from the old index."""
    cog = discord_env.bot.get_cog("Admin")
    assert cog is not None

    async def out_of_memory() -> list[Problem]:
        raise MemoryError("index build")

    monkeypatch.setattr(discord_env.app.kb, "reload", out_of_memory)
    await cog.on_sighup()
    failed = [r for r in caplog.records if "Knowledge reload (SIGHUP) failed" in r.getMessage()]
    assert [r.levelname for r in failed] == ["ERROR"] and failed[0].exc_info is not None
    assert "the previous knowledge is still serving" in failed[0].getMessage()
    reply = await (await discord_env.slash("vendor", by="alice", name="acme-vision")).reply()
    assert "Acme Vision" in reply.text()


async def test_reload_counts_name_every_kind_of_entry(discord_env: DiscordEnv) -> None:
    """Each kind the knowledge model has gets its own words in the admin's counts: a kind added to
    the model without them would be counted as cases."""
    assert set(discord_env.app.kb.counts()) <= set(KINDS)
    shown = counts_text(discord_env.app)
    for kind in KINDS:
        assert f" {kind}" in shown, (kind, shown)
    reply = await (await discord_env.slash("kb reload", by="ada")).reply()
    assert shown in reply.text()


async def test_a_reload_still_running_when_the_bot_stops_is_cancelled(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGHUP, then shutdown before the reload finished (a large knowledge folder): the unloading
    cog cancels it rather than leave it running against a closing app."""
    cog = discord_env.bot.get_cog("Admin")
    assert cog is not None
    started = asyncio.Event()

    async def slow_reload() -> list[Problem]:
        started.set()
        await asyncio.Event().wait()  # never finishes by itself
        return []

    monkeypatch.setattr(discord_env.app.kb, "reload", slow_reload)
    reload = cog.on_sighup()
    await started.wait()
    await discord_env.bot.remove_cog("Admin")
    assert reload.cancelling() or reload.cancelled()  # asked to stop by the unload itself
    with pytest.raises(asyncio.CancelledError):
        await reload
