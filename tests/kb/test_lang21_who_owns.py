"""Who owns a firm, asked in another language ('vem äger Axis?', 'wer besitzt Axis?', 'chi possiede
Axis?'): the verb was an ordinary word no card explains, so the firm's card ('owned by Canon') and its
case tied and the answer was refused (0.32-0.57) where 'who owns Axis?' is answered. The glossary reads
it as the English 'owns' (knowledge/glossary.yaml), and the ownership kind is asked by the same verbs
(bot/kb/data/fact_kinds.yaml): a firm whose card never says who owns it stays refused, as in English
('кто владеет Utimaco?' was answered at 0.87: 'владеет' was no ownership word)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "vem äger Axis?",
        "wer besitzt Axis eigentlich?",
        "chi possiede Axis?",
        "qui possède Axis ?",
        "wie bezit Axis?",
        "кто владеет Axis?",
        "谁拥有Axis？",
    ],
)
def test_who_owns_a_firm_is_its_card_in_every_language(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "axis-communications")


@pytest.mark.parametrize(
    "question",
    [
        "who owns Utimaco?",
        "wer besitzt Utimaco?",
        "qui possède Utimaco ?",
        "chi possiede Utimaco?",
        "vem äger Utimaco?",
        "кто владеет Utimaco?",
        "谁拥有Utimaco？",
        "Chi possiede il gruppo Gamma?",  # nor does Gamma's card (answered at 0.89 before)
    ],
)
def test_who_owns_a_firm_whose_card_never_says_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
