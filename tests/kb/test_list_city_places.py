"""listsC19: a city where something happened stands for its country in a list. "spyware cases in
Budapest or Warsaw" read no place, so every spyware case came back. A city after a word that puts
something in it ("in", "w", "в", "في") is its country; a city said otherwise may be a government
("Washington's actions") or a firm's seat ("a Berlin firm"), and names no place here."""

from __future__ import annotations

import pytest

from bot.kb.cities import countries_at
from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


def test_cases_in_two_capitals_are_those_countries_cases(kb: KnowledgeService) -> None:
    got = listed(kb, "spyware cases in Budapest or Warsaw")
    assert {"case-pegasus-hungary", "case-pegasus-poland"} <= got
    assert "case-paragon-italy" not in got and "case-hermit-2022" not in got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("journalists hacked in Athens", {"Greece"}),
        ("sprawy szpiegowskie w Atenach", {"Greece"}),
        ("Washington's actions against the Predator consortium", set()),
        ("trace the 2013 decision into Brussels and Washington regulation", set()),
        ("a Berlin firm selling spyware", set()),
        ("exports from Sofia and Warsaw", set()),
    ],
)
def test_a_city_is_its_country_only_where_something_happened(question: str, wanted: set[str]) -> None:
    assert countries_at(question) == wanted
