"""lists27 (issue 10, list questions): "NSO" said alone named a case as well as the firm.

A firm's capitalised short name ("NSO" of "NSO Group", "TKH" of "TKH Group") is read as its name;
the reading was applied to every entry, so the case titled "NSO Pegasus used against lawyers ... in
Mexico" was named by every question saying "NSO". A "who was blacklisted ... with NSO" question then
named a case, read as one card, and got no list at all. Only a firm's title gives a short name now.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

OTHER_YEARS = {"hikvision", "dahua", "intellexa-cytrox", "sandvine"}


@pytest.mark.parametrize(
    "question",
    [
        "who got blacklisted by Commerce along with NSO in 2021?",
        "who was sanctioned by the US with NSO in 2021?",
        "who was added to the Entity List with NSO in November 2021?",
    ],
)
def test_who_was_blacklisted_with_a_firm_said_by_its_short_name(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"nso-group", "positive-technologies", "coseinc"} <= got, got
    assert not OTHER_YEARS & got, got  # listed in another year


def test_the_short_name_still_names_its_firm_and_its_cases(kb: KnowledgeService) -> None:
    assert "case-pegasus-mexico-2017" in listed(kb, "which cases involve NSO?")


@pytest.mark.parametrize("question", ["who founded NSO?", "was NSO blacklisted in 2021?"])
def test_one_thing_asked_stays_one_answer(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)
