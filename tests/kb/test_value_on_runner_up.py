"""An amount asked that the first card does not give but the runner-up gives, explaining the
question as well, is answered with the runner-up (wrong23): 'how much was the Idemia sale?' ranked
the Shanghai sale's case first (its title says 'sale'), held it for no amount, and refused, though
IDEMIA's card tells its sale to Advent for about EUR 2.43bn. A runner-up explaining less is asked
of something else and stays refused. A French question with its verb inverted ('combien ... a-t-elle
touché ?') asks an amount too (bot/kb/search.py, data/asked_values.yaml)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much was the Idemia sale?", "idemia"),
        ("how much was the sale of IDEMIA?", "idemia"),
        ("combien Hacking Team a-t-elle touché du Soudan ?", "case-hacking-team-leak-2015"),  # EUR 480,000
    ],
)
def test_an_amount_a_card_gives_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how much was the Morpho sale to Shanghai police?",
        "combien IDEMIA a-t-elle touché de la police de Shanghai ?",
        "combien NSO a-t-elle reçu du Mexique ?",
    ],
)
def test_an_amount_no_card_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
