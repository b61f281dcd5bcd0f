"""A firm described by its home town or region (session 34, fix round). 'the forensic toolmaker in
Shenzhen' was answered with Meiya Pico (.62), whose card puts it in Xiamen, Fujian: a town after a
firm's noun only the descriptions read ('toolmaker') is now checked as 'the Shenzhen company' is, a
seat its cards (or those it links to) must name. A region is a hint, not a filter:
'Silicon Valley firm Narus in Libya' was refused (.50) as its card names no Californian town; a firm
of the region's country whose cards name no home town there now fits it."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, not_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "the forensic toolmaker in Shenzhen on Washington's list",
        "the forensic toolmaker in Shanghai on Washington's list in 2019",
        "the forensic toolmaker in Wuhan",
    ],
)
def test_a_town_that_is_not_the_firms_seat_contradicts(engine: SearchEngine, question: str) -> None:
    not_answered_with(engine, question, "meiya-pico")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("the forensic toolmaker in Xiamen", "meiya-pico"),
        ("the forensic toolmaker in Fujian", "meiya-pico"),
        ("the forensic toolmaker in Fujian on Washington's list in 2019", "meiya-pico"),
        ("the forensic toolmaker in Xiamen on Washington's list", "meiya-pico"),
        ("Silicon Valley firm Narus in Libya", "narus"),
        (
            "web filters from a Silicon Valley firm discovered in Syria in 2011",
            ("case-blue-coat-syria", "blue-coat"),
        ),
        ("Swedish security-cam firm whose parent is Japanese", "axis-communications"),
        (
            "a Munich firm that sold spyware to Turkey",
            ("case-finfisher-turkey-prosecution", "gamma-finfisher"),
        ),
    ],
)
def test_the_firms_seat_or_region_still_answers(
    engine: SearchEngine, question: str, entry: str | tuple[str, ...]
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    ["which Silicon Valley firm sold to Syria?", "which Silicon Valley firm's gear ended up in Syria?"],
)
def test_a_region_lists_the_firms_whose_cards_name_its_state(kb: KnowledgeService, question: str) -> None:
    """Was an empty list: no card names a town of the valley; Blue Coat's says California."""
    assert {"blue-coat", "case-blue-coat-syria"} <= {e.id for e in kb.search(question).items}


def test_a_state_or_town_list_stays(kb: KnowledgeService) -> None:
    assert {"blue-coat", "case-blue-coat-syria"} <= {
        e.id for e in kb.search("which California firm sold to Syria?").items
    }
    assert "candiru" in {e.id for e in kb.search("which Tel Aviv firms sell spyware?").items}
