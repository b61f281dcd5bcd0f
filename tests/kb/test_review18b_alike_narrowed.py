"""review18b: "other firms like NSO in Israel?" lists the linked firms from there, of the gear asked.

The "others like X" reading (listsE18, now in every language) listed every firm X links to and read
no place or technology: "Gibt es andere Firmen wie NSO in Israel?" listed Hacking Team (Italian) and
Positive Technologies (Russian); "other companies like Hikvision in China?" the Dutch TKH Group; "what
other firm like Sandvine sells DPI?" Intellexa, which sells spyware.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "Are there other firms like NSO in Israel?",
        "Gibt es andere Firmen wie NSO in Israel?",
        "other israeli firms like NSO?",
    ],
)
def test_firms_like_one_from_a_place_are_from_there(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"candiru", "quadream"} <= got, got
    assert not {"hacking-team", "positive-technologies", "nso-group"} & got, got


def test_firms_like_one_in_a_country_leave_out_a_firm_from_elsewhere(kb: KnowledgeService) -> None:
    got = listed(kb, "Are there other companies like Hikvision in China?")
    assert "dahua" in got, got
    assert "tkh-group" not in got, got


def test_a_firm_like_one_selling_some_gear_sells_it(kb: KnowledgeService) -> None:
    assert "intellexa-cytrox" not in listed(kb, "What other firm like Sandvine sells DPI?")
