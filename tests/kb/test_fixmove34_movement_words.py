"""Another place's movement named in the glossary's words of another language (session 34, helper
fixmove). Round 1 read 'independentistas', 'onafhankelijkheidsbeweging', 'självständighetsrörelsen'
... as the cards' 'independence movement', so any region's movement got Catalangate: 'de Schotse
onafhankelijkheidsbeweging' (.75), 'o que querem os independentistas da Madeira?' (.85). Now a place
word written with a capital beside the movement's word, which the card never names, holds the card
(senses.movement_elsewhere); Catalonia named in any language, and the questions without a place,
stay answered."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine

CATALANGATE = "case-catalangate-2022"

ELSEWHERE = [
    "de Schotse onafhankelijkheidsbeweging",
    "o que querem os independentistas da Madeira?",
    "självständighetsrörelsen i Skottland",
    "движение за независимость Шотландии",
    "Unabhängigkeitsbewegung in Südtirol",
    "que pensent les indépendantistes de Bretagne ?",
]

STAY = [
    "¿Qué dijo el CNI sobre los independentistas espiados?",
    "oye, ¿el CNI reconoció que espió a independentistas?",
    "¿Fue Candiru, o más bien NSO, quien espió a los independentistas catalanes?",
    "wie bespioneerde de Catalaanse onafhankelijkheidsbeweging?",
    "självständighetsrörelsen i Katalonien",
    "кто шпионил за сторонниками независимости Каталонии?",
    "espionnage des indépendantistes de Catalogne par le CNI",
    "wurde die katalanische Unabhängigkeitsbewegung ausspioniert?",
]


@pytest.mark.parametrize("question", ELSEWHERE)
def test_other_place_refused(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert not (result.answered and result.entry is not None and result.entry.id == CATALANGATE), (
        question,
        result.confidence,
    )


@pytest.mark.parametrize("question", STAY)
def test_catalonia_answered(engine: SearchEngine, question: str) -> None:
    result = engine.search(question)
    assert result.answered and result.entry is not None and result.entry.id == CATALANGATE, (
        question,
        result.entry and result.entry.id,
        result.confidence,
    )
