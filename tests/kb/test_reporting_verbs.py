"""'What did the Pegasus Project reveal?' was refused (0.28) while 'what did the pegasus project
find' was answered (0.95): 'find', 'show' and 'say' were asking words, but the other verbs members
use to ask what a report or leak found ('reveal', 'discover', 'uncover', 'expose', 'conclude') read
as facts the entry does not hold."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What did the Pegasus Project reveal?", "case-pegasus-project-2021"),
        ("what did the hacking team leak reveal", "case-hacking-team-leak-2015"),
        ("What did Citizen Lab discover about Ahmed Mansoor?", "case-ahmed-mansoor"),
        ("what did the PEGA inquiry conclude", "ep-pega-inquiry"),
        ("What did the Predator Files expose?", "case-predator-files-2023"),
    ],
)
def test_asking_what_a_report_revealed_is_answered(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)


@pytest.mark.parametrize(
    "question",
    ["What did the Pegasus Project reveal about Nigeria's election?", "what did Zorbitrex reveal"],
)
def test_a_fact_no_entry_holds_is_still_refused(kb: KnowledgeService, question: str) -> None:
    refused(kb, question)
