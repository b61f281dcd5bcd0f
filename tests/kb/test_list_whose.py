"""listsC19: "whose equipment reached Iran?" got nothing: "whose" was no way of asking for the firms.
"Whose" opening a clause, gear right after it, a verb of use or sale and only narrowing words after
that asks which firms, as "who sold surveillance gear to Iran?" does; a "whose" about one thing (a
named case, documents, a kit said by what it did) keeps the engine's answer."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


def test_whose_gear_reached_a_place_is_the_firms(kb: KnowledgeService) -> None:
    got = listed(kb, "whose equipment reached Iran?")
    assert {"allot", "trovicor"} <= got
    assert "hikvision" not in got and "nso-group" not in got


@pytest.mark.parametrize(
    "question",
    [
        "whose spyware was used against Ahmed Mansoor?",
        "Whose kit in Gaddafi's capital taped up to 40m minutes of foreign calls monthly?",
        "Whose spyware sales documents did protesters find in the Egyptian secret police headquarters?",
    ],
)
def test_whose_about_one_thing_stays_single(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()
