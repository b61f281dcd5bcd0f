"""KnowledgeService: loading off the loop, refusing invalid knowledge, atomic reload."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.kb.filters import Filters
from bot.kb.service import KnowledgeInvalid, KnowledgeService
from tests.kb.conftest import FIXTURES
from tests.support.knowledge import editable_knowledge


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return editable_knowledge(tmp_path)


async def test_load_serves_entries(kb_dir: Path) -> None:
    kb = await KnowledgeService.load(kb_dir)
    assert kb.counts() == {"rule": 1, "vendor": 1, "case": 1}
    assert kb.get("acme-vision") is not None and kb.get("nope") is None
    assert kb.search("acmecam").entry.id == "acme-vision"
    assert kb.freshness() == "2026-11-26"
    assert [e.id for e, _ in kb.lookup("", Filters(kind="case"))] == ["case-acme-ruritania"]
    assert kb.complete("acm")[0].id == "acme-vision"


async def test_load_refuses_invalid_knowledge_with_problem_list() -> None:
    with pytest.raises(KnowledgeInvalid) as err:
        await KnowledgeService.load(FIXTURES / "summary-too-long")
    assert "rules/test-rule.md:6: summary is 325 characters" in str(err.value)


async def test_reload_swaps_only_when_clean(kb_dir: Path) -> None:
    kb = await KnowledgeService.load(kb_dir)
    rule = kb_dir / "rules" / "test-rule.md"
    good = rule.read_text()
    rule.write_text(good.replace("status: established", "status: rumoured"))
    problems = await kb.reload()
    assert problems and "status" in str(problems[0])
    assert kb.get("test-rule") is not None  # old knowledge still served

    rule.write_text(good.replace("title: Test Export Rule", "title: Renamed Export Rule"))
    assert await kb.reload() == []
    assert kb.get("test-rule").title == "Renamed Export Rule"


async def test_drafts_are_not_served(kb_dir: Path) -> None:
    text = (kb_dir / "vendors" / "acme-vision.md").read_text()
    draft = text.replace("id: acme-vision", "id: acme-draft").replace(
        "title: Acme Vision", "title: Drafty Co"
    )
    (kb_dir / "drafts" / "acme-draft.md").write_text(draft.replace("  - Acme\n  - AcmeCam\n", ""))
    kb = await KnowledgeService.load(kb_dir)
    assert kb.get("acme-draft") is None
    assert kb.search("drafty co").entry is None
