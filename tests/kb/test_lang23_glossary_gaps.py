"""Domain words the glossary lacked in other languages (session 23, lang23): 'cibervigilancia'
(a form matches only at a word's start, so 'vigilancia' never matched inside it), 'directrices',
'Leitlinien', 'linee guida', 'wytyczne' (the Recommendation's guidelines), 'Verhaltenskodex' (a code
of practice), 'пытки' (torture), 'equipamiento' (equipment): each an ordinary word weighing against
the card that speaks of it, or a word read as nothing at all."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué dicen las directrices europeas sobre la exportación de cibervigilancia?",
        "Was steht in den Leitlinien der EU zur Ausfuhr von Überwachungstechnik?",
        "Quali sono le linee guida dell'UE sulla cybersorveglianza?",
        "Co mówią wytyczne UE o eksporcie?",
    ],
)
def test_the_eu_guidelines_asked_in_another_language_reach_the_recommendation(
    engine: SearchEngine, question: str
) -> None:
    answered(engine, question, "eu-recommendation-2024-2659")


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué dicen las directrices de China sobre cibervigilancia?",  # no card tells China's guidelines
        "Was steht im Verhaltenskodex von Hikvision?",  # nor a firm's own code
    ],
)
def test_guidelines_or_a_code_no_card_tells_are_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("¿Qué es la cibervigilancia?", "cyber-surveillance"),
        ("Was ist der Verhaltenskodex von Pall Mall?", "code of practice"),
        ("Что такое кодекс Pall Mall?", "code of practice"),
        ("Кто применял пытки в Бахрейне?", "torture"),
        ("¿Se usó equipamiento de Trovicor en Baréin?", "equipment"),
        ("Trovicor ekipmanı Bahreyn'de işkence için kullanıldı mı?", "torture"),
    ],
)
def test_the_domain_word_is_read_as_the_cards_english_term(
    engine: SearchEngine, question: str, term: str
) -> None:
    assert term in engine.read(question).text
