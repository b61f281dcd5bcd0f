"""A firm's name no card holds that is an English word ('Acme') is no typo of a shorter name: on main
'acme' was corrected into 'ACE', the US rule's licence exception, and 'Tell me about Acme Spyworks'
was answered with that rule at 0.94, in every language. Such a firm is refused; the acronym itself,
and a real name misspelt, are still read."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about Acme Spyworks",
        "what do you know about the Acme surveillance company?",
        "¿Qué sabes de Acme Spyworks?",
        "Erzähl mir etwas über Acme Spyworks",
        "Parle-moi d'Acme Spyworks",
    ],
)
def test_an_unknown_firm_named_by_a_word_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the acronym asked outright, and a misspelt name, are still read
        ("what is licence exception ACE?", ("us-ear-cybersecurity-rule",)),
        ("tell me about the Sandvin company", ("sandvine",)),
        ("what is Cellebrit?", ("cellebrite",)),
    ],
)
def test_the_acronym_and_misspelt_names_still_answer(
    engine: SearchEngine, question: str, entry: tuple[str, ...]
) -> None:
    answered(engine, question, entry)
