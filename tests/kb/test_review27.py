"""What review27 found the session's readings broke, from the member's side (issue 10, session 27).

Spanish 'Congreso' stopped being read as Congo and was then dropped as an everyday word, so "¿Qué
dijo el Congreso sobre Pegasus?" answered NSO's card, which tells of no congress: a legislature is
now read as 'congress' in every language (knowledge/glossary.yaml), a word a card must tell. A word
of a card's own name spelt another language's way asks no trial only beside that name's other
words: in "Processo Pall Mall, c'è stato un processo in tribunale?" the second 'processo' asks one
(bot/kb/title_words.py).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        (
            "¿Qué explicó la directora del CNI ante el Congreso sobre el espionaje en Cataluña?",
            {"case-catalangate-2022"},
        ),
        ("O que é o Código de Prática do Processo Pall Mall?", {"pall-mall-code-2025"}),
        ("Chi ha firmato il Processo Pall Mall?", {"pall-mall-code-2025"}),
    ],
)
def test_review27_answers(engine: SearchEngine, question: str, ids: set[str]) -> None:
    answered(engine, question, ids)


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué dijo el Congreso sobre Pegasus?",
        "¿Qué pasó en el Congreso con Predator?",
        "¿Qué opina el Congreso de Hacking Team?",
        "Was hat der Kongress über Candiru gesagt?",
        "Kongre Pegasus hakkında ne dedi?",
        "Processo Pall Mall, c'è stato un processo in tribunale?",
    ],
)
def test_review27_controls_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
