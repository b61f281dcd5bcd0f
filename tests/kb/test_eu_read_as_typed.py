"""The EU in another language reads as English members write it (session 19, wrong19). The glossary
wrote 'UE', 'AB', 'ЕС' as 'european union', two words the older regulation's card (428/2009, "the
European Union's ...") holds more often than the recast's: '¿Qué regula el reglamento de doble uso de
la UE?' was refused with 428/2009 first, where 'What does the EU dual-use regulation regulate?' is
answered by 2021/821. The term is now 'EU', in capitals, so the list reader still tells it from the
Portuguese pronoun 'eu' (places.PRONOUN_NAMES: a place only as written in capitals)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        # refused on main with 428/2009 first at 0.44, 0.60 and 0.34; answered with it at 0.73
        "¿Qué regula el reglamento de doble uso de la UE?",
        "Cosa prevede il regolamento UE sul duplice uso?",
        "Co reguluje rozporządzenie UE o produktach podwójnego zastosowania?",
        "O que diz o regulamento da UE sobre bens de dupla utilização?",
    ],
)
def test_the_eu_dual_use_regulation_asked_in_another_language_is_the_current_one(
    engine: SearchEngine, question: str
) -> None:
    answered(engine, question, "eu-dual-use-2021-821")


def test_the_eu_is_read_in_capitals_and_the_pronoun_is_not(engine: SearchEngine) -> None:
    assert "EU" in engine.read("Quais regras da UE controlam a exportação de spyware?").text.split()
    pronoun = engine.read("Eu quero saber quais empresas venderam spyware para o México")
    assert "EU" not in pronoun.text.split()


def test_a_portuguese_list_of_eu_rules_is_the_union_s(kb: KnowledgeService) -> None:
    items = {e.id for e in kb.search("Quais regras da UE controlam a exportação de spyware?").items}
    assert {"eu-dual-use-2021-821", "eu-dual-use-428-2009"} <= items
