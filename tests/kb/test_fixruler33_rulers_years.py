"""A ruler's name stands for his country only while he ruled (fixruler33), from the member's side:
"who sold to Mubarak?" listed Sandvine (2017), Intellexa's Predator (2023), the 2015 Hacking Team
leak and Nexa's Cerebro (2014, sold to al-Sisi), every one a sale after he fell in 2011; "who sold
to Assad?" listed RCS Lab and the Hermit case, whose cards say only that Hermit was used in Syria.
The country asked by its name keeps every card, and the round's ruler questions keep working."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService

AFTER_MUBARAK = {
    "sandvine",
    "case-sandvine-turkey-belarus-egypt",
    "case-egypt-nour-eltantawy",
    "intellexa-cytrox",
    "hacking-team",
    "case-hacking-team-leak-2015",
    "case-nexa-egypt-cerebro",
    "amesys-nexa",
}


def _ids(kb: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in kb.search(question).items}


@pytest.mark.parametrize(
    "question",
    [
        "who sold to Mubarak?",
        "who sold to Mubarak's regime?",
        "who sold spyware to Mubarak?",
        "who supplied Mubarak's security services?",
        "which firms equipped Mubarak's police?",
    ],
)
def test_no_sale_after_mubarak_fell_is_told_as_his(kb: KnowledgeService, question: str) -> None:
    assert not _ids(kb, question) & AFTER_MUBARAK


def test_egypt_by_its_name_keeps_every_sale(kb: KnowledgeService) -> None:
    assert {"sandvine", "case-nexa-egypt-cerebro", "case-egypt-nour-eltantawy"} <= _ids(
        kb, "who sold to Egypt?"
    )


def test_sisi_is_egypt_from_2013(kb: KnowledgeService) -> None:
    got = _ids(kb, "who sold to Sisi?")
    assert {"case-nexa-egypt-cerebro", "sandvine"} <= got
    assert "case-egypt-nour-eltantawy" not in got  # an infection, no sale


@pytest.mark.parametrize("question", ["who sold to Assad?", "who sold surveillance to the Assad regime?"])
def test_assad_needs_a_sale_not_use_there(kb: KnowledgeService, question: str) -> None:
    got = _ids(kb, question)
    assert {"area-spa", "case-area-syria", "blue-coat", "case-blue-coat-syria"} <= got
    assert not got & {"rcs-lab", "case-hermit-2022"}


def test_syria_by_its_name_keeps_the_use_there(kb: KnowledgeService) -> None:
    assert "case-hermit-2022" in _ids(kb, "who sold to Syria?")


def test_the_rounds_ruler_questions_keep_working(kb: KnowledgeService) -> None:
    assert {"area-spa", "case-area-syria"} <= _ids(
        kb, "Wer hat dem Assad-Regime Abhör- und Filtertechnik verkauft?"
    )
    assert {"amesys-nexa", "case-amesys-libya", "vastech"} <= _ids(
        kb, "من زوّد ليبيا القذافي بأنظمة المراقبة؟"
    )
    assert {"amesys-nexa", "case-amesys-libya"} <= _ids(kb, "who sold to Gaddafi?")
    assert {"sandvine", "cellebrite"} <= _ids(kb, "who sold to Lukashenko?")
    assert {"gamma-finfisher", "case-finfisher-turkey-prosecution"} <= _ids(kb, "who sold to Erdogan?")


@pytest.mark.parametrize("question", ["Mubarak trial", "Assad's family"])
def test_a_ruler_named_without_a_list_stays_as_it_was(kb: KnowledgeService, question: str) -> None:
    assert kb.search(question).items == []
