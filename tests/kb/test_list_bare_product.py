"""lists18c: a product's bare name in a list question. The knowledge files name Intellexa's product
"Predator spyware" (the bare "Predator" was dropped as ambiguous), so "who was targeted by
Predator?" and "Predator cases?" got nothing. Said as a name (capitalised) or beside a product or
targeting word, the bare name names the product in a list reading only; a question asking for one
thing about it keeps the engine's answer, and "predator" in a lowercase sentence names nothing."""

from __future__ import annotations

import pytest

from bot.kb.list_bare import bare_named
from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who was targeted by Predator?", {"case-predatorgate-greece", "case-egypt-nour-eltantawy"}),
        ("who got hacked with predator?", {"case-predatorgate-greece", "case-egypt-nour-eltantawy"}),
        ("Predator cases?", {"case-predatorgate-greece", "case-predator-angola-mozambique"}),
    ],
)
def test_a_bare_product_name_narrows_a_list(kb: KnowledgeService, question: str, wanted: set[str]) -> None:
    got = listed(kb, question)
    assert wanted <= got
    assert "case-pegasus-hungary" not in got


@pytest.mark.parametrize(
    "question",
    ["what is Predator?", "who makes Predator?", "which company sells Predator?", "who is behind Predator?"],
)
def test_one_thing_about_the_product_keeps_the_single_answer(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


def test_a_lowercase_everyday_word_names_nothing(kb: KnowledgeService) -> None:
    assert bare_named("are there lists of predator species in the area", kb._names) == set()
    assert bare_named("Predator cases?", kb._names) == {"intellexa-cytrox"}
    assert bare_named("which companies' tools were found in the Predator Files?", kb._names) == set()
