"""'Who was spied on' in another language asks for the people targeted: the case, not the vendor
(session 20, wrong20; found by review19). 'spiato', 'espiado', 'ausspioniert' were words no entry
holds, weighed like an unknown name: 'chi è stato spiato con Graphite?' got Paragon's card first, and
'quién fue espiado en Cataluña?' read nothing at all (nor did 'Cataluña' read as Catalonia). The
glossary now reads them as 'targeted', the word the cases use, as the English question is answered."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "chi è stato spiato con Graphite?",
        "quién fue espiado con Graphite?",
        "qui a été espionné avec Graphite ?",
        "quem foi espionado com o Graphite?",
        "wer wurde mit Graphite ausspioniert?",
        "kto był szpiegowany Graphite?",
        "за кем следили с помощью Graphite?",
    ],
)
def test_who_was_spied_on_with_a_product_is_its_case(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "case-paragon-italy")


@pytest.mark.parametrize(
    "question",
    [
        "quién fue espiado en Cataluña?",
        "qui a été espionné en Catalogne ?",
        "wer wurde in Katalonien ausspioniert?",
        "kto był szpiegowany w Katalonii?",
        "Pegasus en Cataluña",
    ],
)
def test_who_was_spied_on_in_catalonia_is_catalangate(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "case-catalangate-2022")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the firm itself is still asked for by who makes or sells it
        ("chi vende Graphite?", "paragon-solutions"),
        ("wer stellt Graphite her?", "paragon-solutions"),
        ("who was spied on with Graphite?", "case-paragon-italy"),
    ],
)
def test_the_firm_and_the_english_twin_keep_their_answer(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)
