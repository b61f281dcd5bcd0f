"""lists18c: German "wer alles?" asks for everyone. "Europäische Anbieter von Spyware, wer alles?" got
nothing: "wer" read as a question for one thing, so the plural noun phrase before it was no list.
"Wer ist der größte?" after the same phrase still asks for one."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "Europäische Anbieter von Spyware, wer alles?",
            {"hacking-team", "intellexa-cytrox", "gamma-finfisher"},
        ),
        ("Italienische Hersteller von Spyware, wer alles?", {"hacking-team", "rcs-lab"}),
    ],
)
def test_wer_alles_lists_everyone(kb: KnowledgeService, question: str, wanted: set[str]) -> None:
    assert wanted <= listed(kb, question)


@pytest.mark.parametrize(
    "question", ["Europäische Anbieter von Spyware, wer ist der größte?", "wer ist der Chef von NSO?"]
)
def test_wer_asking_for_one_stays_single(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()
