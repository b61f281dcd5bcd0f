"""answer11: two ways members word a question that the entries word otherwise. A count typed in digits
('4 finfisher managers') where the entry writes it out ('four managers') was an unexplained, specific
word; 'suing' stemmed to 'su' where 'sue' stayed 'sue', so 'is anyone suing?' missed an entry that says
who sued or plans to sue. Both were refused with the right entry first."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from bot.kb.text import stem
from tests.kb.answers import answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("were 4 finfisher managers charged?", "case-finfisher-turkey-prosecution"),
        ("the uae guy targeted by 3 spyware companies", "case-ahmed-mansoor"),
        ("thai activists pegasus, is anyone suing?", "case-pegasus-thailand-2022"),
        ("is anyone suing over the thai pegasus hacks", "case-pegasus-thailand-2022"),
    ],
)
def test_a_count_in_digits_and_suing_are_answered(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)


def test_every_form_of_sue_is_one_word() -> None:
    assert {stem(w) for w in ("sue", "sued", "sues", "suing")} == {"sue"}
