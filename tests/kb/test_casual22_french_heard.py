"""French members open with where they got what they ask (session 22, casual22): "j'ai entendu que",
"j'ai lu que", "j'ai vu que". The 'ai' of "j'ai" (I have) is the pronoun's verb, not AI: weighed as a
name the card asked about leaves out, it refused the right entry (0.28-0.62 on main). A name that
really is AI ("l'AI Act") is still read, and a claim no card holds stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "j'ai vu que la Commission a publié des lignes directrices en 2024 sur la cybersurveillance",
            "eu-recommendation-2024-2659",
        ),
        (
            "j'ai lu que le Parlement européen avait enquêté sur Pegasus, qu'a-t-il conclu ?",
            "ep-pega-inquiry",
        ),
        (
            "j'ai lu que Meta avait exclu des sociétés de surveillance en 2021, lesquelles ?",
            "case-meta-takedown-2021",
        ),
        ("j'ai une question sur l'AI Act : interdit-il la reconnaissance faciale ?", "eu-ai-act"),
    ],
)
def test_what_the_member_heard_is_asked(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "j'ai entendu que Cellebrite a vendu au Japon, c'est vrai ?",
        "j'ai entendu que Hikvision avait été condamnée au Brésil ?",
    ],
)
def test_a_claim_no_card_holds_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
