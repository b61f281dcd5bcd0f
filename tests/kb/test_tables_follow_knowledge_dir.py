"""An operator's KNOWLEDGE_DIR is searched with its own glossary and casual table, the ones `kb check`
checked with its entries, never the package's knowledge/ (absent from a wheel): a reviewed copy was
searched with tables nobody had checked against it, and /kb reload re-read its entries only
(review12a)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from bot.kb.service import KnowledgeInvalid, KnowledgeService

from .conftest import FIXTURES

QUESTION = "which firms sell cam snooping gear?"


def _copy(tmp_path: Path, casual: str | None, glossary: str | None = None) -> Path:
    directory = tmp_path / "kb"
    shutil.copytree(FIXTURES / "valid", directory)
    if casual is not None:
        (directory / "casual.yaml").write_text(casual, encoding="utf-8")
    if glossary is not None:
        (directory / "glossary.yaml").write_text(glossary, encoding="utf-8")
    return directory


def _table(phrase: str) -> str:
    return f"terms:\n  video surveillance:\n    - {phrase}\n"


async def test_the_directory_s_own_casual_table_is_read(tmp_path: Path) -> None:
    """The deployment's phrase is read; the package's ('snooping' -> surveillance) is not."""
    kb = await KnowledgeService.load(_copy(tmp_path, _table("cam snooping gear")))
    assert kb.engine.read(QUESTION).text == "which firms sell video surveillance?"


async def test_reload_reads_a_changed_casual_table(tmp_path: Path) -> None:
    directory = _copy(tmp_path, _table("camera spying kit"))
    kb = await KnowledgeService.load(directory)
    assert "video surveillance" not in kb.engine.read(QUESTION).text
    (directory / "casual.yaml").write_text(_table("cam snooping gear"), encoding="utf-8")
    assert await kb.reload() == []
    assert kb.engine.read(QUESTION).text == "which firms sell video surveillance?"


async def test_a_directory_without_tables_uses_none_and_says_so(tmp_path: Path) -> None:
    """Nothing of the package's tables: 'snooping' stays as typed (a wheel has no knowledge/ to
    fall back on, and a copy's editor never checked the package's rows against their entries); the
    bot logs the missing tables when it starts (bot/cli/run.py)."""
    kb = await KnowledgeService.load(_copy(tmp_path, None))
    assert kb.engine.read(QUESTION).text == QUESTION
    assert kb.missing_tables() == ["glossary.yaml", "casual.yaml"]
    kb = await KnowledgeService.load(_copy(tmp_path / "other", _table("cam snooping gear"), "terms: {}\n"))
    assert kb.missing_tables() == []


async def test_the_missing_tables_are_known_from_the_build_not_looked_up_on_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bot asks at start, on its event loop: the answer is what the build (in its thread) found,
    and a reload that brings a table in says so with the engine that uses it."""
    directory = _copy(tmp_path, None)
    kb = await KnowledgeService.load(directory)
    (directory / "casual.yaml").write_text(_table("cam snooping gear"), encoding="utf-8")
    with monkeypatch.context() as blocked:

        def on_the_loop(path: Path) -> bool:
            raise AssertionError(f"looked at {path} on the event loop")

        blocked.setattr(Path, "is_file", on_the_loop)
        assert kb.missing_tables() == ["glossary.yaml", "casual.yaml"]  # what the serving engine lacks
    assert await kb.reload() == []
    assert kb.missing_tables() == ["glossary.yaml"]


@pytest.mark.parametrize(
    "casual",
    [
        "terms: [unclosed\n",  # not YAML
        _table("cam snooping gear").replace("video surveillance", "submarine cables"),  # no entry's term
    ],
)
async def test_an_invalid_table_is_refused_politely(tmp_path: Path, casual: str) -> None:
    with pytest.raises(KnowledgeInvalid, match=r"casual\.yaml"):
        await KnowledgeService.load(_copy(tmp_path, casual))


async def test_reload_keeps_serving_when_the_new_table_is_invalid(tmp_path: Path) -> None:
    directory = _copy(tmp_path, _table("cam snooping gear"))
    kb = await KnowledgeService.load(directory)
    (directory / "casual.yaml").write_text("terms: [unclosed\n", encoding="utf-8")
    problems = await kb.reload()
    assert problems and all("casual.yaml" in str(p) for p in problems)
    assert kb.engine.read(QUESTION).text == "which firms sell video surveillance?"


async def test_the_running_bot_tells_the_operator_what_is_missing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from types import SimpleNamespace

    from bot.cli.run import _say_missing_tables

    kb = await KnowledgeService.load(_copy(tmp_path, _table("cam snooping gear")))
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.cli.run"):
        _say_missing_tables(SimpleNamespace(kb=kb))  # type: ignore[arg-type]
    said = [r.getMessage() for r in caplog.records if r.name == "bot.cli.run"]
    assert [m.rsplit(" has no ", 1)[-1] for m in said] == ["glossary.yaml: searching without it"]
