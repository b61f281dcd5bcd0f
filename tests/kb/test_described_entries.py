"""Plain questions (issue 10): a member describes an entry instead of naming it. 'The 2023 US
presidential order on commercial spyware' is Executive Order 14093, which its entry calls an
executive order; 'presidential' matched no word of it and the question was refused at 0.21-0.61
with the right entry offered first. knowledge/casual.yaml reads 'presidential order' and
'presidential decree' as 'executive order'. A presidential order no entry holds (another
country's, another subject's) is still refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "is there a US presidential decree restricting government use of commercial spyware?",
        "What does the 2023 US presidential order limiting federal agencies' use of commercial spyware say?",
    ],
)
def test_a_described_executive_order_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "us-eo-14093")


@pytest.mark.parametrize(
    "question",
    [
        # another country's decree, another subject: no entry holds it
        "What does the Brazilian presidential decree banning facial recognition in schools say?",
        "is there a presidential decree restricting exports of facial recognition from India?",
        "did a presidential order ban Hikvision cameras in Kenya?",
    ],
)
def test_a_presidential_order_no_entry_holds_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
