"""An amount asked of a place must stand with that place on the card, and a count of minutes or
signatures is no amount (wrong21, session 21). "how much did sandvine sell for in egypt" was answered
at 0.97 by the Sandvine case, whose only amount is the Belarus contract: the case's title names
Egypt, so the place was read as its own name and never weighed. "Combien Amesys a touché pour le
contrat libyen ?" was answered at 0.96 because the Libya card's '40 million minutes' of recorded
calls read as money. A case told of several places now weighs the place asked (values.py `_spread`),
and a number in millions that counts something is no amount (`_MONEY`)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.values import _MONEY
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "how much did sandvine sell for in egypt",
        "¿por cuánto vendió Sandvine sus equipos a Egipto?",
        "Combien Amesys a touché pour le contrat libyen ?",
        "how much did Libya pay Amesys?",
        # 'facturé' (billed) and Dutch 'hoeveel verdient' ask an amount too
        "Combien Amesys a-t-il facturé à la Libye pour le système Eagle ?",
        "Hoeveel verdient Noldus per jaar met FaceReader?",
    ],
)
def test_an_amount_the_card_gives_of_no_place_asked_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much was sandvine's belarus contract?", "case-sandvine-turkey-belarus-egypt"),
        ("how much did the belarus contract with sandvine cost", "case-sandvine-turkey-belarus-egypt"),
        ("Hoeveel verdient Area SpA per jaar?", "area-spa"),
        ("how much did the US fine Area SpA?", "case-area-syria"),
    ],
)
def test_an_amount_the_card_gives_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("up to 40 million minutes of international calls a month", False),
        ("The initiative needed 1 million signatures", False),
        ("under a $2.5 million contract", True),
        ("a 2.5 million contract", True),
        ("EUR 5 million through a shell company", True),
        ("20m fines", True),
    ],
)
def test_a_count_in_millions_is_no_amount(text: str, money: bool) -> None:
    assert bool(_MONEY.search(text)) is money
