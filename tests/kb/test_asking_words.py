"""Words that only carry the ask (talk10): "how can I check if...", "do you track...", "are you a bot
that...". They say how a member asks, not what about; an entry that does not hold them must not lose
the answer for it. "How can I tell if X..." asks a fact, not advice; "how can I check if MY phone..."
asks advice, which only an entry that gives it (the Pegasus Project card names Amnesty's MVT) holds."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("do you track hikvision", {"hikvision"}),
        ("are you tracking nso group", {"nso-group"}),
        ("are you a bot that tracks Hikvision?", {"hikvision"}),
        ("how can i see if hikvision is on the entity list", {"hikvision", "us-entity-list"}),
        # "a company" stands for whichever firm (chatter.py): as words asked it drew the SenseTime
        # card, close behind the Entity List cards (refused at 0.52) or first ("a firm")
        (
            "can i check whether a company is on the us entity list",
            {"us-entity-list", "us-entity-list-human-rights"},
        ),
        (
            "how do i find out if a firm is on the us entity list",
            {"us-entity-list", "us-entity-list-human-rights"},
        ),
        ("how can i tell if finfisher was used against activists in bahrain", {"case-finfisher-bahrain"}),
        ("how do i check if the eu dual-use regulation covers spyware", {"eu-dual-use-2021-821"}),
        ("can you check if blue coat devices ended up in syria", {"case-blue-coat-syria", "blue-coat"}),
    ],
)
def test_a_question_that_starts_with_how_to_ask_is_answered(
    kb: KnowledgeService, question: str, entries: set[str]
) -> None:
    answered(kb, question, entries)


def test_checking_my_phone_for_pegasus_offers_the_card_that_names_a_way_to_check_first(
    kb: KnowledgeService,
) -> None:
    """Issue 10 leftover: refused at 0.15 with NSO Group first, whose card names no way to check."""
    for question in (
        "how can i check if my phone has pegasus",
        "how do i know if my phone is infected with pegasus",
    ):
        result = kb.search(question)
        first = result.entry if result.answered else None
        first_id = first.id if first is not None else result.alternatives[0].id
        # Offered first, still refused (0.21 with the relation features): the card names MVT in
        # one line and phones in another, so `told` reads the ask as not told.
        assert first_id == "case-pegasus-project-2021", question


@pytest.mark.parametrize(
    "question",
    [
        "how can I find out if my phone was targeted by predator spyware",  # no entry says how to check
        # was answered (0.75) with the FinFisher card, which says what FinSpy is, not how to find it:
        # "can I figure out whether my..." did not read as an ask for advice without "how"
        "can I figure out whether my laptop has finspy on it",
        "could we work out if our laptops have finspy",
        "is there a way to tell if my whatsapp was hacked by nso",
        "How can I tell if someone is tracking my phone through SS7?",  # "tracking" carries no weight now
    ],
)
def test_advice_no_entry_holds_is_still_refused(kb: KnowledgeService, question: str) -> None:
    refused(kb, question)
