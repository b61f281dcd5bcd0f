"""lists21: list questions that got nothing or too much, asked as members ask them."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

# Cases that name Intellexa in passing and tell of no Predator infection.
NOT_PREDATOR = {"case-meta-takedown-2021", "case-nexa-egypt-cerebro"}


@pytest.mark.parametrize(
    "question",
    ["Kogo szpiegowano Predatorem?", "Kogo zhakowano Predatorem?", "who was spied on with Predator?"],
)
def test_an_inflected_product_name_keeps_to_the_products_cases(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"case-predatorgate-greece", "case-egypt-nour-eltantawy"} <= got
    assert not got & NOT_PREDATOR
