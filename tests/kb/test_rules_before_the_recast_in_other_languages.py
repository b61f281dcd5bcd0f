"""'Before the recast' in a member's own language asks for the rule the recast replaced, as in English
(session 22): 'Welche EU-Regeln galten vor der Neufassung?' (0.21) and 'avant la refonte' (0.09) were
refused, since neither 'Neufassung' nor 'refonte' read as 'recast' (knowledge/glossary.yaml) and the
article after the before-word ('der', 'la') hid the rule named (in_force.py `preceded`). A question
about the recast itself keeps its answer."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "Welche Exportregeln hatte die EU vor der Neufassung?",
        "quelles règles européennes s'appliquaient avant la refonte ?",
        "¿Qué normas de exportación tenía la UE antes de la refundición?",
        "Welke EU-regels golden voor de herschikking?",
        "quali regole UE valevano prima della rifusione?",
    ],
)
def test_before_the_recast_asks_for_the_rule_it_replaced(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-428-2009")


@pytest.mark.parametrize(
    "question",
    [
        "Was regelt die Neufassung der Dual-Use-Verordnung?",
        "que change la refonte du règlement double usage ?",
    ],
)
def test_the_recast_itself_keeps_its_answer(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-2021-821")


@pytest.mark.parametrize(
    "question",
    [
        # 'before' after the noun (review22: the recast itself answered at 0.96-0.98)
        "yeniden düzenlenmiş tüzükten önce ne geçerliydi?",
        "重订之前适用什么规定?",
        "在重订之前欧盟适用什么?",
    ],
)
def test_before_written_after_the_recast_never_gets_the_recast(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert not (result.answered and result.entry is not None and result.entry.id == "eu-dual-use-2021-821")
