"""What an attack on session 30's round-1 changes found, from the member's side (twins of the
commits' examples tried on the base and the merged tree): each regression fixed here, with the twin
that keeps the fix it came with.
"""

from __future__ import annotations

import pytest

from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "never"),
    [
        # the maker's home ("Israeli spyware") is no place where the people were targeted: Candiru's
        # and QuaDream's victims (their cards name Israel) had joined a list of Greek journalists
        (
            "Greek journalists hacked with Israeli spyware",
            {"candiru", "quadream", "case-candiru-victims-2021"},
        ),
        ("Emirati activists hacked with Italian spyware", {"case-paragon-italy"}),
        ("Moroccan journalists targeted with Israeli spyware", {"case-candiru-victims-2021"}),
    ],
)
def test_the_makers_home_is_no_place_of_targeting(service, question: str, never: set[str]) -> None:
    assert not never & listed(service, question)


def test_people_asked_without_a_place_of_targeting_are_no_list(service) -> None:
    assert listed(service, "journalists hacked with Israeli spyware") == set()
    # one story with its own question after it is the engine's to answer, not a list
    assert listed(service, "activists targeted in Bahrain - did they win in court?") == set()
    # the shape the change was for keeps its list
    assert {"case-predator-angola-mozambique", "case-predatorgate-greece"} <= listed(
        service, "reporters targeted in Greece and Angola"
    )
    assert "case-predatorgate-greece" in listed(service, "Greek journalists hacked with Israeli spyware")


def test_a_rules_scope_is_no_list_it_keeps(service) -> None:
    # "not covered by" claimed 12 cases were outside the EU regulation, from the cards' silence
    assert listed(service, "which cases are not covered by the EU dual-use regulation?") == set()
    assert listed(service, "which firms are not covered by the AI Act?") == set()
    # a list the rule keeps is still read negated: the firms on it are left out
    israeli = listed(service, "Israeli firms not on the Entity List")
    assert israeli and not {"nso-group", "candiru"} & israeli


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("old Hermit case", {"case-hermit-2022", "rcs-lab"}),  # "old hermits" is no everyday sense here
        ("what happened with the old Hermit spyware in Kazakhstan?", {"case-hermit-2022", "rcs-lab"}),
        ("Allot more info pls", {"allot"}),
        ("is Idemia still French?", {"idemia"}),  # 'French National Assembly' is no title 'French'
    ],
)
def test_member_phrasing_is_no_everyday_sense_nor_a_title(engine, question: str, expect: set[str]) -> None:
    result = engine.search(question)
    assert result.answered and result.entry is not None and result.entry.id in expect


@pytest.mark.parametrize(
    "question",
    ["what do hermit crabs eat?", "is Brejza still a senator?", "how do hermit crabs change shells?"],
)
def test_the_fixes_those_came_with_still_hold(engine, question: str) -> None:
    assert not engine.search(question).answered
