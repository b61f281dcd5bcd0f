"""Asked for every vendor, a member sees the first ones and how to browse them all, in every face.

member14 (issue 10, item 5): "list every vendor you have" got no list. The core now answers with the
first MAX_ITEMS and the count (tests/kb/test_list_catalogue.py); here each face shows the pointer:
the Discord answer says so in its footer and carries a "Browse them all" button that opens /search
over every vendor, the console and `ask` name their search command with the kind filter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.app import AskOutcome
from bot.chat.views.reply import answer_embed, answer_view
from bot.chat.views.search import BrowseButton, SearchPageButton, query_from_state
from bot.cli.ask import readable
from bot.kb.check import check_directory
from bot.kb.service import KnowledgeService

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def kb() -> KnowledgeService:
    report = check_directory(KNOWLEDGE)
    assert report.ok, report.problems
    return KnowledgeService.from_entries(list(report.entries))


def test_discord_shows_the_count_and_a_button_to_browse_every_vendor(kb: KnowledgeService) -> None:
    question = "list every vendor you have"
    outcome = AskOutcome(kb.search(question))
    vendors = sum(1 for e in kb.entries() if e.kind == "vendor")
    embed = answer_embed(Any, question, outcome)  # type: ignore[arg-type]  # a list reads no app
    assert embed.footer.text is not None and f"of {vendors}" in embed.footer.text
    view = answer_view(Any, outcome, rate_here=False)  # type: ignore[arg-type]
    assert view is not None
    buttons = [i for i in view.children if isinstance(i, BrowseButton)]
    assert len(buttons) == 1
    browse = query_from_state(buttons[0].state)
    assert browse.query == "" and browse.filters.kind == "vendor"
    assert kb.page(browse, 1, 5).total == vendors


def test_a_list_shown_whole_has_no_browse_button(kb: KnowledgeService) -> None:
    outcome = AskOutcome(kb.search("which companies sold spyware to Mexico?"))
    assert outcome.result.as_list
    view = answer_view(Any, outcome, rate_here=False)  # type: ignore[arg-type]
    assert view is not None
    assert not [i for i in view.children if isinstance(i, BrowseButton | SearchPageButton)]


def test_ask_names_the_search_that_browses_them_all(kb: KnowledgeService) -> None:
    text = readable(kb.search("list every vendor you have"))
    assert "/search kind=vendor" in text
