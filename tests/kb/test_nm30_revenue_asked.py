"""A firm's revenue asked of a card that gives other amounts (issue 10, session 30): 'How much money
does Memento Labs make per year?' got Hacking Team's card at 0.90, 'Wie hoch ist der Jahresumsatz
von Cellebrite?' Cellebrite's at 0.76: their amounts are sale prices, fines, takeovers, no turnover
(bot/kb/data/asked_values.yaml kind `revenue`). Now refused; an amount the card gives (a takeover's
price, a fine, an award) is still answered, and so is a turnover a firm's own card gives ('turnover
about EUR 20m' on Area's, in a line naming no Area: asked_values.OWN_OUTCOMES).
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "How much money does Memento Labs make per year?",
        "Wie hoch ist der Jahresumsatz von Cellebrite?",
        "how much did Variston turn over per year?",
        "Quanto ha guadagnato RCS Lab nel 2023?",
    ],
)
def test_revenue_no_card_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much did Symantec pay for Blue Coat?", "blue-coat"),
        ("how much did WhatsApp win from NSO?", "case-whatsapp-v-nso"),
        ("how much was Area fined?", ("case-area-syria", "area-spa")),
        # the firm's own card gives its turnover, in a line that does not name it
        ("What is Area SpA's annual turnover?", "area-spa"),
    ],
)
def test_an_amount_the_card_gives_is_still_answered(
    engine: SearchEngine, question: str, expected: str | tuple[str, ...]
) -> None:
    answered(engine, question, expected)
