"""review18b: "who was hit by" a measure asks for the firms it acted on, not people targeted.

listsP18 read "hit" as people targeted, and so a place after it as where gear was used: "who was hit
by the US entity list in 2021?" (a list of the firms listed before) came back refused, the US being
nowhere any spyware was used. A rule that hits is read as "who was blacklisted" is.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question", ["who was hit by the US entity list in 2021?", "who was hit by the entity list?"]
)
def test_a_measure_that_hit_lists_the_firms_it_names(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"nso-group", "candiru"} <= got, got


def test_gear_that_hit_still_lists_where_people_were_hit(kb: KnowledgeService) -> None:
    got = listed(kb, "who was hit by Pegasus in Mexico?")
    assert "case-pegasus-mexico-2017" in got, got
