"""fixrev33: a member's own foreign ministry is not the US State Department. 'das Aussenministerium'
(German) and 'utrikesdepartementet' (Swedish) name the writer's own; said as the American one, they
still ask for the State Department's measures."""

from __future__ import annotations

import pytest

from bot.kb import list_authority


@pytest.mark.parametrize(
    "question",
    [
        "Welche Maßnahmen hat das Aussenministerium ergriffen?",
        "Vilka åtgärder har utrikesdepartementet vidtagit?",
    ],
)
def test_a_members_own_foreign_ministry_is_no_us_body(question: str) -> None:
    assert "state" not in list_authority.bodies(question)


@pytest.mark.parametrize(
    "question",
    [
        "Welche Maßnahmen hat das US Aussenministerium ergriffen?",
        "Vilka åtgärder har amerikanska utrikesdepartementet vidtagit?",
        "measures from the State Department",
    ],
)
def test_the_american_one_is_still_the_state_department(question: str) -> None:
    assert list_authority.bodies(question).get("state") == "United States"
