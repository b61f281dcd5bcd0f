"""listsC19: "firms headquartered in the States" named no place, so the list held every vendor or
nothing. "The States", capitalised after "the", is the United States (as Dutch "de VS" is); "the
states that signed" and "the Gulf States" are not."""

from __future__ import annotations

from bot.kb.place_names import words_of
from bot.kb.places import places
from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

VENDORS = frozenset({"vendor"})


def test_firms_in_the_states_are_the_american_firms(kb: KnowledgeService) -> None:
    got = listed(kb, "firms headquartered in the States that you cover?")
    assert {"blue-coat", "narus", "netapp"} <= got
    assert "nso-group" not in got and "hikvision" not in got


def test_the_states_is_the_us_only_capitalised() -> None:
    q = "companies based in the States"
    assert places(words_of(q), q, VENDORS)[1] == {"United States"}
    q = "which of the states signed the code?"
    assert places(words_of(q), q, VENDORS) == (set(), set())
    q = "spyware sold to the Gulf States"
    assert "United States" not in places(words_of(q), q, VENDORS)[0]
