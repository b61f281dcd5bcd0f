"""A court's verdict asked by its name, in any language (session 28): 'Gab es ein Urteil gegen
Amesys?' got Amesys's card at 0.94, which tells charges, not a verdict, while 'was there a verdict
against Amesys?' was refused only by chance (0.27): 'verdict' and the other languages' nouns
('Urteil', 'jugement', 'sentenza', 'vonnis') now ask the outcome `verdict`, which a card holds by a
sentence, a conviction, a jury's award or a party found liable."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "was there a verdict against Amesys?",
        "Gab es ein Urteil gegen Amesys?",
        "y a-t-il eu un jugement contre Amesys ?",
        "c'è stata una sentenza contro Amesys?",
        "Pall-Mall-Prozess: gab es ein Urteil?",
    ],
)
def test_a_verdict_no_card_tells_is_refused(engine: SearchEngine, question: str) -> None:
    assert not engine.search(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "was there a verdict in the WhatsApp v NSO case?",
        "what was the WhatsApp verdict?",
        "gab es ein Urteil im Fall WhatsApp gegen NSO?",
    ],
)
def test_a_verdict_the_card_tells_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "case-whatsapp-v-nso")
