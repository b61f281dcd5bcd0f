"""Lists of a place, from the member's side (lplace34): a capital no card names stands for its
country ("Kampala or Lusaka: everything", "anything on Rabat?"), Naypyidaw is read as Myanmar's
capital. A capital a card names stays a town (its cards), a town that is no capital and that no card
names stays an empty list, and a single question keeps its answer."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


def items(kb: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in kb.search(question).items}


@pytest.mark.parametrize("question", ["Kampala or Lusaka: everything", "Uganda or Zambia: everything"])
def test_a_capital_no_card_names_is_its_country(kb: KnowledgeService, question: str) -> None:
    assert {"case-huawei-uganda-zambia", "huawei"} <= items(kb, question)


@pytest.mark.parametrize("question", ["anything on Rabat?", "anything on Morocco?"])
def test_rabat_is_morocco(kb: KnowledgeService, question: str) -> None:
    assert {"bae-systems", "circles", "quadream"} <= items(kb, question)


def test_a_capital_the_cards_name_stays_a_town(kb: KnowledgeService) -> None:
    assert {"case-amesys-libya", "amesys-nexa"} <= items(kb, "anything on Tripoli")


@pytest.mark.parametrize("question", ["Lyon connections", "anything on Lyon?"])
def test_a_town_no_card_names_that_is_no_capital_stays_empty(kb: KnowledgeService, question: str) -> None:
    assert items(kb, question) == set()


def test_naypyidaw_is_myanmar(kb: KnowledgeService) -> None:
    assert {"case-cognyte-myanmar", "cognyte"} <= items(kb, "anything on Naypyidaw")


def test_a_single_question_keeps_its_answer(kb: KnowledgeService) -> None:
    """A description of one Milan-based firm is no list: the engine answers with its card."""
    result = kb.search(
        "Which Milan-based seller of police hacking software lost its worldwide export permit after a huge "
        "leak of its internal files?"
    )
    assert result.answered and result.entry is not None and result.entry.id == "hacking-team"
    assert result.items == []
