"""Session 15 (a member's pass at 80x24): on /search's second page, items 10 and on had their
summary one column left of their title, so it read as part of the item above."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bot.cli.console.search import SearchState, search_page
from bot.cli.console.term import Screen, render
from bot.kb.check import check_directory
from bot.kb.filters import Filters, SearchQuery
from bot.kb.service import KnowledgeService

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


def test_a_two_digit_item_s_summary_hangs_under_its_title() -> None:
    report = check_directory(KNOWLEDGE)
    app: Any = SimpleNamespace(kb=KnowledgeService.from_entries(list(report.entries)))
    text, _more = search_page(app, SearchState(SearchQuery("", Filters.of(kind="vendor")), page=2))
    lines = render(text, Screen(80, 24))
    ten = next(n for n, line in enumerate(lines) if line.startswith("10. "))
    item = lines[ten + 1 : next(n for n in range(ten + 1, len(lines)) if lines[n].startswith("11. "))]
    assert item and all(line.startswith("    ") for line in item), item  # under the title, not left of it
